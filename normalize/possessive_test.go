package normalize

import "testing"

// TestPossessiveEndsName holds invented paragraphs where a name ending in
// s takes a bare apostrophe for its possessive and a capitalised word
// follows ("Greta Voss' Erfolgsgeschichte"; German capitalises the noun):
// the apostrophe ends the name, so the person stays "Greta Voss" and a
// later pronoun or surname goes to her, not to a name with the noun glued
// on.
func TestPossessiveEndsName(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"German possessive, pronoun later", "de", []string{
			`Bemerkenswert ist vor allem Greta Voss' Erfolgsgeschichte, die in einer Garage begann.`,
			`„Am Anfang hatte ich nichts außer einer Idee“, erzählt sie.`,
		}, []string{"Greta Voss: Am Anfang"}},
		{"German possessive, surname later", "de", []string{
			`Niklas Haas' Unternehmen beschäftigt heute vierzig Leute.`,
			`„Wir wachsen langsam, aber sicher“, sagt Haas.`,
		}, []string{"Niklas Haas: Wir wachsen"}},
		{"typographic apostrophe", "de", []string{
			`Inspirierend ist Doris Weiss’ Lebensgeschichte.`,
			`„Ich habe nie aufgegeben“, sagte Weiss.`,
		}, []string{"Doris Weiss: Ich habe"}},
	}
	checkQuotes(t, lx, tests)
}
