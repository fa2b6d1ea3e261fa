package normalize

import "testing"

// TestSourcePluralAgencyNouns covers agencies named together after the
// plural of their noun ("selon les agences AFP et Reuters", "según las
// agencias EFE y Reuters", "die Nachrichtenagenturen AFP und Reuters",
// "the news agencies AFP and Reuters"): each is a source. Look-alikes:
// the plural noun alone, and agencies of another trade after it.
func TestSourcePluralAgencyNouns(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"fr", "Le quai rouvrira en juin, selon les agences AFP et Reuters.", []string{"AFP", "Reuters"}},
		{"es", "Según las agencias EFE y Reuters, el muelle abrirá en junio.", []string{"EFE", "Reuters"}},
		{"de", "Das berichteten die Nachrichtenagenturen AFP und Reuters am Abend.", []string{"AFP", "Reuters"}},
		{"en", "The pier will reopen in June, according to the news agencies AFP and Reuters.", []string{"AFP", "Reuters"}},
		{"fr noun alone", "Le quai rouvrira en juin, selon les agences.", nil},
		{"es other trade", "Según las agencias de viajes de la ciudad, el muelle abrirá en junio.", nil},
		{"en government agencies", "The pier will reopen in June, according to federal agencies.", nil},
	})
}
