package normalize

import "testing"

// TestCitationFormsNorthAndCentral covers citation forms of German and
// the Nordic and Dutch languages beyond "laut X": the German postposition
// ("Dem Kurier zufolge", "Einem Bericht der X zufolge"), a report named by
// "laut einem Bericht der X", the verb before the outlet with its article
// ("berichtet die X"), and the Nordic and Dutch words that make a name an
// outlet ("Nyheter", "Nyheder"). A bare noun ("der Zeitung zufolge") names
// the paper spoken of before, and authorities and people are no outlets.
func TestCitationFormsNorthAndCentral(t *testing.T) {
	lx := loadLexicon()
	tests := []sourceCase{
		{"zufolge dative", "Dem Spiegel zufolge wurde der Vertrag gekündigt.", []string{"Spiegel"}},
		{"zufolge report", "Einem Bericht der Allgemeinen Zeitung zufolge fehlen drei Millionen Euro.", []string{"Allgemeinen Zeitung"}},
		{"zufolge report des", "Einem Bericht des Hafen-Anzeiger zufolge sinken die Preise.", []string{"Hafen-Anzeiger"}},
		{"laut einem bericht", "Laut einem Bericht der Bild soll der Trainer gehen.", []string{"Bild"}},
		{"laut dem", "Laut dem Handelsblatt sinken die Preise.", []string{"Handelsblatt"}},
		{"verb then article", "Der Trainer muss gehen, berichtet die Bild.", []string{"Bild"}},
		{"swedish nyheter", "Enligt Dagens Nyheter har avtalet sagts upp.", []string{"Dagens Nyheter"}},
		{"swedish rapporterar", "Det rapporterar Sveriges Radio.", []string{"Sveriges Radio"}},
		{"danish oplyser", "Det oplyser DR Nyheder torsdag.", []string{"DR Nyheder"}},
		{"norwegian opplyser", "Det opplyser Nordlys Nyheter.", []string{"Nordlys Nyheter"}},
		// A word of outlet names alone is a name ("the Times").
		{"the times", "He told the Times that he would run again.", []string{"Times"}},
		{"the telegraph", "According to the Telegraph, the deal is off.", []string{"Telegraph"}},
		{"il messaggero", "Lo scrive il Messaggero nell'edizione di oggi.", []string{"Messaggero"}},
		// Look-alikes.
		{"bare noun zufolge", "Der Zeitung zufolge sind zwei Menschen gestorben.", nil},
		{"bare noun laut", "Laut Zeitung ist das falsch.", nil},
		{"police zufolge", "Der Polizei zufolge sind zwei Menschen gestorben.", nil},
		{"mayor zufolge", "Dem Bürgermeister Hans Meier zufolge ist die Brücke sicher.", nil},
		{"police verb article", "Berichtet die Polizei, wurde niemand verletzt.", nil},
		{"swedish person", "Det skriver Magdalena Andersson på Facebook.", nil},
		{"swedish agency", "Det skriver Trafikverket i ett pressmeddelande.", nil},
		{"norwegian police", "Det melder Politiet i Oslo.", nil},
	}
	checkSources(t, lx, tests)
}
