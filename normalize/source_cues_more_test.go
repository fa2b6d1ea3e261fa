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

// TestNewspaperWordsRegister: "Register" and "Intelligencer" name
// English newspapers as "Gazette" and "Herald" do ("according to the
// Valley Register", "the Intelligencer reported"); a person's name (a
// given name the lexicons know, then a newspaper word: "Mark Post") or a
// register of names is no outlet.
func TestNewspaperWordsRegister(t *testing.T) {
	tests := []sourceCase{
		{"according to register", "The county spent $2 million on the plan, according to the Valley Register.", []string{"Valley Register"}},
		{"hyphenated register", "The county spent $2 million on the plan, according to the Hillport News-Register.", []string{"Hillport News-Register"}},
		{"intelligencer reported", "The Intelligencer reported that the county spent $2 million on the plan.", []string{"The Intelligencer"}},
		{"a register lower case", "The county spent $2 million, according to the voter register.", nil},
		{"a person", "The county spent $2 million, according to Mark Register.", nil},
		{"a person named post", "The county spent $2 million, according to Mark Post.", nil},
		{"a person named herald", "Jane Herald reported that the county spent $2 million on the plan.", nil},
		{"known outlet opening with a given name", "The county spent $2 million, according to Charlie Hebdo.", []string{"Charlie Hebdo"}},
	}
	checkSources(t, loadLexicon(), tests)
}
