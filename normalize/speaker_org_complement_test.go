package normalize

import "testing"

// TestOrgComplementName holds invented reports in six languages where an
// organisation speaks under a name that goes on past its head noun over
// a preposition ("das Landesamt für Umwelt", "el Ministerio de Sanidad",
// "het Centraal Bureau voor de Statistiek"): the speaker is the whole
// name (FIELDS.md), never the head noun alone or a role resolved to
// someone named before. A common noun alone after its article ("so der
// Verband") names no organisation, and a determiner after "für" opens a
// phrase of common nouns that is no part of the name.
func TestOrgComplementName(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"de teilte … mit", "de", []string{
			`„Die Messwerte liegen seit Wochen deutlich über dem Grenzwert für die Region“, teilte das Landesamt für Umweltschutz mit.`,
		}, []string{"Landesamt für Umweltschutz: Die Messwerte"}},
		{"de conjunction in the complement", "de", []string{
			`„Die Zahl der Anträge ist im ersten Quartal deutlich gesunken“, teilte das Bundesamt für Migration und Flüchtlinge am Montag mit.`,
		}, []string{"Bundesamt für Migration und Flüchtlinge: Die Zahl der Anträge"}},
		{"de role noun of an org word", "de", []string{
			`„Die Zahl der offenen Stellen in der Region ist gestiegen“, erklärte die Agentur für Arbeit in Lindenau.`,
		}, []string{"Agentur für Arbeit: Die Zahl der offenen"}},
		{"de common noun alone", "de", []string{
			`„Die Zahl der Mitglieder ist im vergangenen Jahr deutlich gestiegen“, so der Verband.`,
		}, []string{": Die Zahl der Mitglieder"}},
		{"es", "es", []string{
			`"Las cifras de contagios siguen bajando en todas las regiones del país", informó el Ministerio de Sanidad.`,
		}, []string{"Ministerio de Sanidad: Las cifras"}},
		{"it", "it", []string{
			`"I contagi continuano a calare in tutte le regioni del Nord", ha spiegato il Ministero della Salute in una nota.`,
		}, []string{"Ministero della Salute: I contagi"}},
		{"pt", "pt", []string{
			`"Os casos continuam a diminuir em todas as regiões do país", disse o Ministério da Saúde em comunicado.`,
		}, []string{"Ministério da Saúde: Os casos"}},
		{"nl", "nl", []string{
			`"Het aantal inwoners groeit in alle provincies van het land", zegt het Centraal Bureau voor de Statistiek.`,
		}, []string{"Centraal Bureau voor de Statistiek: Het aantal inwoners"}},
	}
	checkQuotes(t, lx, tests)
}
