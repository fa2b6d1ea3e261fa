package normalize

import "testing"

// TestPassiveOrg holds invented reports where an according-to cue names
// an organisation ("laut Bundesregierung", "Laut Bundesamt für
// Statistik", "según la OMS", "according to the WHO"): the organisation
// is the quote's speaker, its whole name as printed (FIELDS.md: an
// organisation speaks when the article says so). A person after the cue
// is unaffected, and a name opening with its article ("según El
// Heraldo"), often an outlet, is left to the sources.
func TestPassiveOrg(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"de laut", "de", []string{
			`Die Reform soll laut Bundesregierung die „Bindungen zwischen Bundeswehr und Gesellschaft stärken“ und mehr Bewerber bringen.`,
		}, []string{"Bundesregierung: Bindungen zwischen"}},
		{"de Laut, complement", "de", []string{
			`Laut Bundesamt für Statistik ist die Lage „so angespannt wie seit zwanzig Jahren nicht mehr“.`,
		}, []string{"Bundesamt für Statistik: so angespannt"}},
		{"es según la", "es", []string{
			`Según la OMS, la situación es "la peor de las últimas dos décadas en toda la región".`,
		}, []string{"OMS: la peor de las"}},
		{"fr selon l'", "fr", []string{
			`Selon l'OCDE, la situation est « la plus tendue depuis vingt ans dans toute la région ».`,
		}, []string{"OCDE: la plus tendue"}},
		{"it secondo l'", "it", []string{
			`Secondo l'OCSE la situazione è "la più tesa degli ultimi vent'anni in tutta la regione".`,
		}, []string{"OCSE: la più tesa"}},
		{"en according to the", "en", []string{
			`According to the WHO, the situation is "the worst in two decades across the whole region".`,
		}, []string{"WHO: the worst in two"}},
		{"es person", "es", []string{
			`Según Marta López Ruiz, la situación es "la peor de las últimas dos décadas en toda la región".`,
		}, []string{"Marta López Ruiz: la peor de las"}},
		{"es name with its article", "es", []string{
			`Según El Heraldo, la situación es "la peor de las últimas dos décadas en toda la región".`,
		}, []string{": la peor de las"}},
	}
	checkQuotes(t, lx, tests)
}
