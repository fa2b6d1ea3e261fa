package normalize

import "testing"

// TestRoleAsWrittenAfterQuote holds invented reports that name no one and
// close a quote on a role ('", so die Sprecherin.', '", said the
// spokeswoman.', '», a déclaré la porte-parole.'): FIELDS.md gives the
// role as written. A role with a person named before keeps that person,
// an organisation noun no body was named for stays empty, and a role
// from an earlier sentence's indirect speech gives no quote a speaker.
func TestRoleAsWrittenAfterQuote(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"so die Sprecherin, de", "de", []string{
			`Der Kreistag hat den Haushalt am Montag beschlossen.`,
			`„Wir rechnen mit zwei Jahren Bauzeit für die neue Halle“, so die Sprecherin.`,
		}, []string{"die Sprecherin: Wir rechnen"}},
		{"sagte der Polizeisprecher, de", "de", []string{
			`Auf der Landstraße bei Eschenhain ist am Morgen ein Lastwagen umgekippt.`,
			`„Der Fahrer wurde leicht verletzt und ins Krankenhaus gebracht“, sagte der Polizeisprecher.`,
		}, []string{"der Polizeisprecher: Der Fahrer"}},
		{"said the spokeswoman, en", "en", []string{
			`The county board approved the budget on Monday night.`,
			`"We expect construction of the new hall to take two years," said the spokeswoman.`,
		}, []string{"the spokeswoman: We expect"}},
		{"a déclaré la porte-parole, fr", "fr", []string{
			`Le conseil départemental a voté le budget lundi soir.`,
			`« Nous prévoyons deux années de travaux pour la nouvelle salle », a déclaré la porte-parole.`,
		}, []string{"la porte-parole: Nous prévoyons"}},
		{"a role after a named person, de", "de", []string{
			`Polizeisprecherin Jana Oberländer bestätigte den Unfall am Morgen.`,
			`„Der Fahrer wurde leicht verletzt und ins Krankenhaus gebracht“, so die Sprecherin.`,
		}, []string{"Jana Oberländer: Der Fahrer"}},
		{"an organisation never named, de", "de", []string{
			`Die Preise für Heizöl sind im Winter deutlich gestiegen.`,
			`„Viele Haushalte werden die Nachzahlung kaum stemmen können“, so der Verband.`,
		}, []string{": Viele Haushalte"}},
		{"a role of indirect speech, en", "en", []string{
			`In a statement after the summit, the minister said the accord was outdated.`,
			`Under the accord, each member would take “such steps as it deems necessary to restore order.”`,
		}, []string{": such steps as it deems"}},
	}
	checkQuotes(t, lx, tests)
}
