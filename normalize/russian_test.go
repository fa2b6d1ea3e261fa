package normalize

import "testing"

// TestRussianQuotes holds invented Russian reports: «» quotes attributed
// after the quote by a comma and a dash and a verb before its subject
// ('«…», — сказала Орлова'), by a pronoun, by a verb before the quote
// ('Смирнов отметил: «…»'), speech printed after a dash ('— …, —
// пояснил инженер Павел Смирнов.'), and an office before a name, which
// is no part of it.
func TestRussianQuotes(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"comma, dash, verb, name; pronoun; verb before; dash speech", "ru", []string{
			"Мэр города Анна Орлова в понедельник посетила стройку нового моста.",
			"«Мост откроют до конца этого года, деньги уже выделены», — сказала Орлова.",
			"«Мы ждали этот мост очень много лет», — добавила она.",
			"— Работы идут по графику, задержек пока нет, — пояснил инженер Павел Смирнов.",
			"Смирнов отметил: «Главное сейчас — погода и поставки бетона».",
		}, []string{"Анна Орлова: Мост откроют", "Анна Орлова: Мы ждали", "Павел Смирнов: Работы идут по графику, задержек пока нет", "Павел Смирнов: Главное сейчас"}},
		{"an office before the name", "ru", []string{
			"Режиссёр Ольга Волкова представила новый фильм на фестивале.",
			"В интервью режиссёр Ольга Волкова рассказала: «Мы снимали эту картину почти три года»."}, []string{"Ольга Волкова: Мы снимали"}},
	}
	checkQuotes(t, lx, tests)
}

// TestRussianCreditLines: the labels of a Russian credit line, several on one line.
func TestRussianCreditLines(t *testing.T) {
	lx := loadLexicon()
	checkCreditRoles(t, lx, []creditRoleCase{
		{"ru", "Текст: Ольга Волкова", "[{Ольга Волкова reporter}]"},
		{"ru", "Авторы: Ольга Волкова, Игорь Белов", "[{Ольга Волкова reporter} {Игорь Белов reporter}]"},
		{"ru", "Текст: Ольга Волкова | Фото: Игорь Белов", "[{Ольга Волкова reporter} {Игорь Белов photographer}]"},
		{"ru", "Редактор: Игорь Белов", "[{Игорь Белов editor}]"},
	})
}
