package normalize

import "testing"

// TestNamedOrgWord holds invented German reports where an organisation
// the article introduced by its kind and its name ("die städtische
// Entwicklungsgesellschaft Wobau") speaks later under the name alone
// after its article ("so die Wobau", "teilte die Wobau mit"): the
// organisation is the speaker, as printed. A word the article never
// named as an organisation's stays unread, and a person is unaffected.
func TestNamedOrgWord(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"so die X", "de", []string{
			`Zum Start der Messe startet Lindaus städtische Entwicklungsgesellschaft Wobau am Montag eine neue Internetseite.`,
			`Demnach sei es „denkbar, dass die neue Haltestelle über dem alten Bahnhof entsteht“, so die Wobau.`,
		}, []string{"Wobau: denkbar, dass"}},
		{"teilte die X mit", "de", []string{
			`Die Wohnungsbaugesellschaft Wobau stellte am Montag ihre Pläne vor.`,
			`„Die ersten Mieter können schon im Herbst einziehen“, teilte die Wobau mit.`,
		}, []string{"Wobau: Die ersten Mieter"}},
		{"never named", "de", []string{
			`„Die ersten Mieter können schon im Herbst einziehen“, teilte die Wobau mit.`,
		}, []string{": Die ersten Mieter"}},
		{"a person", "de", []string{
			`Geschäftsführer Jan Roth von der Entwicklungsgesellschaft Wobau stellte die Pläne vor.`,
			`„Die ersten Mieter können schon im Herbst einziehen“, sagte Roth.`,
		}, []string{"Jan Roth: Die ersten Mieter"}},
	}
	checkQuotes(t, lx, tests)
}
