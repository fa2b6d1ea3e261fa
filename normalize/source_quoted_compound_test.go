package normalize

import "testing"

// TestSourceQuotedNames covers outlets set in quotation marks as German
// and Swiss papers print them: after an article ("berichtet die
// „Süddeutsche Zeitung“", "berichtet die «Neue Zürcher Zeitung»"), joined by a
// hyphen to a noun ("der „Bild“-Zeitung"): the name is what the marks
// hold. Look-alike: a quoted word so joined that is no outlet.
func TestSourceQuotedNames(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"article then quoted name", "Das berichtet die „Süddeutsche Zeitung“ unter Berufung auf die Stadtwerke.", []string{"Süddeutsche Zeitung"}},
		{"swiss marks", "Das berichtet die «Neue Zürcher Zeitung» unter Berufung auf die Stadtwerke.", []string{"Neue Zürcher Zeitung"}},
		{"quoted name and noun", "Laut einem Bericht der „Bild“-Zeitung öffnet der Steg im Juni.", []string{"Bild"}},
		{"quoted word and noun", "Laut dem „Zukunfts“-Plan der Stadt öffnet der Steg im Juni.", nil},
	})
}
