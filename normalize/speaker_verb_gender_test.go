package normalize

import "testing"

// TestVerbGenderAgreement: where the past tense agrees with its subject
// (Czech, Slovak, Polish, Russian, Ukrainian), a reporting verb without
// its subject goes to the person of the gender its form tells, not to
// the last speaker of the other gender; a verb of the last speaker's
// gender, or a plural, keeps the last speaker. The genders come from the
// verbs of named attributions ('řekl Kubát') and from surname forms
// ("Horáková", "Nowicka", "Орлова").
func TestVerbGenderAgreement(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{"cs: feminine verb after a man's quote", "cs", []string{
			"Ministryně Jana Horáková a ministr Tomáš Kubát jednali v pondělí o rozpočtu.",
			"„Rozpočet bude hotový do konce měsíce a nikdo ho nezmění,“ řekl Kubát.",
			"„Nikdo nám zatím nic neslíbil a čekáme dál,“ dodala.",
		}, []string{"Tomáš Kubát", "Jana Horáková"}},
		{"cs: masculine verb keeps the man", "cs", []string{
			"Ministryně Jana Horáková a ministr Tomáš Kubát jednali v pondělí o rozpočtu.",
			"„Rozpočet bude hotový do konce měsíce a nikdo ho nezmění,“ řekl Kubát.",
			"„Termín je pevný a posouvat ho nebudeme,“ dodal.",
		}, []string{"Tomáš Kubát", "Tomáš Kubát"}},
		{"sk: feminine verb, feminine surname", "sk", []string{
			"Starostka Eva Kováčová a poslanec Marek Hudák otvorili nový most.",
			"„Most sme čakali dlhých dvadsať rokov a konečne je tu,“ povedal Hudák.",
			"„Peniaze na opravu ciest máme pripravené už na jar,“ doplnila.",
		}, []string{"Marek Hudák", "Eva Kováčová"}},
		{"pl: feminine verb after a man's quote", "pl", []string{
			"Burmistrz Anna Nowicka i radny Piotr Zając spotkali się z mieszkańcami.",
			"„Nowa szkoła będzie gotowa przed końcem przyszłego roku,” powiedział Zając.",
			"„Pieniądze na budowę mamy już zapewnione w budżecie,” dodała.",
		}, []string{"Piotr Zając", "Anna Nowicka"}},
		{"ru: feminine verb after a man's quote", "ru", []string{
			"Мэр Анна Орлова и депутат Игорь Белов в понедельник осмотрели мост.",
			"«Мост откроют до конца этого года», — сказал Белов.",
			"«Деньги на ремонт дорог уже выделены полностью», — добавила.",
		}, []string{"Игорь Белов", "Анна Орлова"}},
		{"uk: feminine verb after a man's quote", "uk", []string{
			"Міська голова Ганна Ковальська і депутат Петро Гнатюк у понеділок оглянули міст.",
			"«Міст відкриють до кінця цього року», — сказав Гнатюк.",
			"«Гроші на ремонт доріг уже виділені повністю», — додала.",
		}, []string{"Петро Гнатюк", "Ганна Ковальська"}},
	})
}

// TestVerbAndSurnameGender: the endings read are the page language's,
// longest first, and on a reporting verb alone.
func TestVerbAndSurnameGender(t *testing.T) {
	lx := loadLexicon()
	for _, tt := range []struct{ cue, lang, want string }{
		{"dodala", "cs", "f"}, {"dodal", "cs", "m"}, {"dodali", "cs", ""},
		{"powiedziała", "pl", "f"}, {"powiedział", "pl", "m"},
		{"призналась", "ru", "f"}, {"признался", "ru", "m"}, {"сказали", "ru", ""},
		{"додала", "uk", "f"}, {"сказав", "uk", "m"},
		{"dodala", "es", ""}, {"stal", "cs", ""},
	} {
		if got := lx.verbGender(tt.cue, tt.lang); got != tt.want {
			t.Errorf("verbGender(%q, %s) = %q, want %q", tt.cue, tt.lang, got, tt.want)
		}
	}
	for _, tt := range []struct{ name, lang, want string }{
		{"Jana Horáková", "cs", "f"}, {"Petr Černý", "cs", "m"}, {"Tomáš Kubát", "cs", ""},
		{"Anna Nowicka", "pl", "f"}, {"Jan Kowalski", "pl", "m"},
		{"Анна Орлова", "ru", "f"}, {"Игорь Белов", "ru", "m"},
		{"Anna Nowicka", "en", ""},
	} {
		if got := lx.surnameGender(tt.name, tt.lang); got != tt.want {
			t.Errorf("surnameGender(%q, %s) = %q, want %q", tt.name, tt.lang, got, tt.want)
		}
	}
}
