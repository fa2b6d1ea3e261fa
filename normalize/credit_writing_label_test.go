package normalize

import (
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestWritingLabelBesideReporter covers French 'rédigé par', which credits
// whoever wrote the text up: alone it names the author, but in a wire
// line that credits a reporter too ("Reportage A; rédigé par B; édité
// par C") the desk writer is a contributor, as "Writing by" is in English.
// A contributor ('avec') beside it does not make it one.
func TestWritingLabelBesideReporter(t *testing.T) {
	lx := loadLexicon()
	rep, ed, con := kabar.RoleReporter, kabar.RoleEditor, kabar.RoleContributor
	checkCreditLines(t, lx, []creditLineCase{
		{"Rédigé par Claire Vautrin",
			[]credit{{name: "Claire Vautrin", role: rep}}},
		{"Rédigé par Claire Vautrin, édité par Jules Marot",
			[]credit{{name: "Claire Vautrin", role: rep}, {name: "Jules Marot", role: ed}}},
		{"Reportage Claire Vautrin; rédigé par Jules Marot; édité par Anne Roux",
			[]credit{{name: "Claire Vautrin", role: rep}, {name: "Jules Marot", role: con}, {name: "Anne Roux", role: ed}}},
		{"(Reportage de Claire Vautrin à Lyon, rédigé par Jules Marot, édité par Anne Roux)",
			[]credit{{name: "Claire Vautrin", role: rep}, {name: "Jules Marot", role: con}, {name: "Anne Roux", role: ed}}},
		{"Avec Claire Vautrin à Lyon; rédigé par Jules Marot; édité par Anne Roux",
			[]credit{{name: "Claire Vautrin", role: con}, {name: "Jules Marot", role: rep}, {name: "Anne Roux", role: ed}}},
	})
}
