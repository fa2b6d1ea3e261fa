package normalize

import "testing"

// TestSourceCreditLinesGerman covers the German closing credit lines that
// name the agencies a story draws on: "Mit Informationen von/der …",
// and the agencies named by their kind first ("der Nachrichtenagenturen
// X und Y"). Look-alikes: a sentence that opens with the same words and
// names no outlet.
func TestSourceCreditLinesGerman(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"informationen von", "Mit Informationen von Reuters und AP", []string{"Reuters", "AP"}},
		{"informationen der agencies", "Mit Informationen der Nachrichtenagenturen AFP und KNA", []string{"AFP", "KNA"}},
		{"material der agencies", "Mit Material der Agenturen dpa und epd", []string{"dpa", "epd"}},
		{"informationen der list", "Mit Informationen der Agenturen AFP, dpa und Reuters.", []string{"AFP", "dpa", "Reuters"}},
		{"informationen der authority", "Mit Informationen der Stadtverwaltung Lindenau", nil},
	})
}
