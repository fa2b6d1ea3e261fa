package normalize

import "testing"

// TestSourceGermanInitials covers German-language papers cited by their
// initials ("wie die FAZ berichtete", "laut NZZ").
func TestSourceGermanInitials(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"FAZ after wie", "Der Plan ist vorerst gescheitert, wie die FAZ berichtete.", []string{"FAZ"}},
		{"NZZ after laut", "Laut NZZ will der Bundesrat die Vorlage überarbeiten.", []string{"NZZ"}},
		{"WAZ reported", "Die WAZ berichtet, dass die Brücke gesperrt bleibt.", []string{"WAZ"}},
	})
}
