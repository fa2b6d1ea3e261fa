package normalize

import "testing"

// TestUkrainianQuotes holds invented Ukrainian reports: «» quotes
// attributed after the quote by a comma, a dash and a verb before its
// subject ('«…», — сказала Коваль'), by a pronoun, by a verb before the
// quote ('Гнатюк зазначив: «…»'), speech printed after a dash ('— …, —
// пояснив інженер Петро Гнатюк.'), and an office before a name, which
// is no part of it.
func TestUkrainianQuotes(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"comma, dash, verb, name; pronoun; verb before; dash speech", "uk", []string{
			"Міська голова Олена Коваль у понеділок відвідала будівництво нового мосту.",
			"«Міст відкриють до кінця цього року, гроші вже виділені», — сказала Коваль.",
			"«Ми чекали на цей міст дуже багато років», — додала вона.",
			"— Роботи йдуть за графіком, затримок поки немає, — пояснив інженер Петро Гнатюк.",
			"Гнатюк зазначив: «Головне зараз — погода і постачання бетону».",
		}, []string{"Олена Коваль: Міст відкриють", "Олена Коваль: Ми чекали", "Петро Гнатюк: Роботи йдуть за графіком, затримок поки немає", "Петро Гнатюк: Головне зараз"}},
		{"an office before the name", "uk", []string{
			"Режисерка Ганна Мирошник представила новий фільм на фестивалі.",
			"В інтерв'ю режисерка Ганна Мирошник розповіла: «Ми знімали цю картину майже три роки»."}, []string{"Ганна Мирошник: Ми знімали"}},
	}
	checkQuotes(t, lx, tests)
}

// TestUkrainianCreditLabels: the labels of a Ukrainian credit line.
func TestUkrainianCreditLabels(t *testing.T) {
	lx := loadLexicon()
	checkCreditRoles(t, lx, []creditRoleCase{
		{"uk", "Автор: Ганна Мирошник", "[{Ганна Мирошник reporter}]"},
		{"uk", "Автори: Ганна Мирошник, Петро Гнатюк", "[{Ганна Мирошник reporter} {Петро Гнатюк reporter}]"},
		{"uk", "Текст: Ганна Мирошник | Фото: Петро Гнатюк", "[{Ганна Мирошник reporter} {Петро Гнатюк photographer}]"},
		{"uk", "Редакторка: Олена Коваль", "[{Олена Коваль editor}]"},
	})
}

// TestUkrainianDates: Ukrainian dates and a wire dateline read as the
// other languages' do.
func TestUkrainianDates(t *testing.T) {
	lx := loadLexicon()
	checkParseDates(t, lx, []dateCase{
		{"7 грудня 2026, 14:30", "2026-12-07T14:30:00Z"},
		{"Понеділок, 7 грудня 2026 року", "2026-12-07T00:00:00Z"},
		{"П'ятниця, 3 квітня 2026", "2026-04-03T00:00:00Z"},
		{"3 груд. 2025, 09:05", "2025-12-03T09:05:00Z"},
	})
	para := "ЛЬВІВ, 7 грудня (Вісті Заходу) — Міська рада ухвалила план ремонту доріг."
	if dl := lx.readDateline(para, ""); dl == nil || dl.Place != "ЛЬВІВ" || dl.Source != "Вісті Заходу" {
		t.Errorf("readDateline(%q) = %+v, want ЛЬВІВ (Вісті Заходу)", para, dl)
	}
}

// TestUkrainianOrRussian: an undeclared page in Ukrainian is Ukrainian,
// one in Russian stays Russian: the stopword lists share no word.
func TestUkrainianOrRussian(t *testing.T) {
	lx := loadLexicon()
	uk := "Міська рада у понеділок ухвалила план ремонту доріг, який мав бути готовий ще влітку. Депутати зазначили, що гроші вже є, але роботи почнуться лише після того, як буде обрано підрядника."
	ru := "Городской совет в понедельник утвердил план ремонта дорог, который должен был быть готов ещё летом. Депутаты отметили, что деньги уже есть, но работы начнутся только после того, как будет выбран подрядчик."
	if got := lx.language("", uk, "vistizakhodu.example"); got != "uk" {
		t.Errorf("Ukrainian text: language = %q, want uk", got)
	}
	if got := lx.language("", ru, "vestipovolzhya.example"); got != "ru" {
		t.Errorf("Russian text: language = %q, want ru", got)
	}
}
