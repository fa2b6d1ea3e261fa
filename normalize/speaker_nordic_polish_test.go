package normalize

import "testing"

// TestNordicPolishOffices holds invented Swedish, Norwegian, Danish and
// Polish reports: an office before a name, opening a sentence in capitals
// ("Kommunalrådet", "Ordfører", "Burmistrz") or after the verb in lower
// case, is no part of the name, and a role noun after the verb
// ("siger borgmesteren") stands for the person who holds it.
func TestNordicPolishOffices(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"sv office opening the sentence", "sv", []string{
			`Kommunalrådet Elsa Nordqvist invigde den nya simhallen i går.`,
			`”Vi har väntat på den här dagen i mer än tio år”, säger Elsa Nordqvist.`,
		}, []string{"Elsa Nordqvist: Vi har väntat"}},
		{"sv office after the verb", "sv", []string{
			`”Vi har väntat på den här dagen i mer än tio år”, berättar ordförande Elsa Nordqvist.`,
		}, []string{"Elsa Nordqvist: Vi har väntat"}},
		{"no office opening the sentence", "no", []string{
			`Ordfører Sindre Bakkevold åpnet den nye brua lørdag.`,
			`«Brua gjør hverdagen enklere for alle som bor på øya», forteller Bakkevold.`,
		}, []string{"Sindre Bakkevold: Brua gjør hverdagen"}},
		{"da role noun after the verb", "da", []string{
			`Borgmester Lone Vestergaard besøgte den nye skole mandag.`,
			`»Skolen bliver et samlingssted for hele bydelen,« siger borgmesteren.`,
		}, []string{"Lone Vestergaard: Skolen bliver et"}},
		{"sv 'sa', a verb of Swedish text", "sv", []string{
			`Elsa Nordqvist invigde simhallen i går.`,
			`”Vi har väntat på den här dagen i mer än tio år”, sa hon.`,
		}, []string{"Elsa Nordqvist: Vi har väntat"}},
		{"pl office opening the sentence", "pl", []string{
			`Burmistrz Janusz Wróblewski otworzył nowy basen miejski.`,
			`„Na ten dzień mieszkańcy czekali ponad dziesięć lat” – powiedział Wróblewski.`,
		}, []string{"Janusz Wróblewski: Na ten dzień"}},
	}
	checkQuotes(t, lx, tests)
}

// TestNordicRelativeClause: "som" opens a relative clause after a
// subject set off by a comma ("Sindre, som jobber …, beskriver …"): the
// subject, a first name standing for a person named in full before, is
// who the quote in its sentence belongs to, not the last speaker.
func TestNordicRelativeClause(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"no", "no", []string{
			`De to brødrene Sindre Bakke Moen (31) og Eirik Moen (28) sykler gjennom hele landet.`,
			`«Man ser bygdene på en helt annen måte fra sykkelsetet», forklarer Eirik, som er lærer.`,
			`Sindre, som jobber som elektriker hos firmaet Nordlys, beskriver turen som «det beste vi har gjort sammen».`,
		}, []string{"Eirik Moen: Man ser bygdene", "Sindre Bakke Moen: det beste vi har"}},
	}
	checkQuotes(t, lx, tests)
}
