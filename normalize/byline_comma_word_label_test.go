package normalize

import (
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestCommaOneWordLabel covers a credit opened after a comma by a label of
// one word written in lower case with a name after it: the wire loan in
// Italian ("Tradotto da Carla Neri, editing Paolo Serra"), a picture
// credit ("Por Lucía Ferrer, fotos Iván Mora"). The name takes the new
// label's role, not the role before the comma. A job after the writer's
// name with no name after it ("By Mara Quill, editor") and an outlet
// ("By Mara Quill, Valley Ledger") start no credit.
func TestCommaOneWordLabel(t *testing.T) {
	lx := loadLexicon()
	rep, ed, tr, ph := kabar.RoleReporter, kabar.RoleEditor, kabar.RoleTranslator, kabar.RolePhotographer
	checkCreditLines(t, lx, []creditLineCase{
		{"Tradotto da Carla Neri, editing Paolo Serra",
			[]credit{{name: "Carla Neri", role: tr}, {name: "Paolo Serra", role: ed}}},
		{"(Tradotto da Carla Neri, editing Paolo Serra)",
			[]credit{{name: "Carla Neri", role: tr}, {name: "Paolo Serra", role: ed}}},
		{"Por Lucía Ferrer, fotos Iván Mora",
			[]credit{{name: "Lucía Ferrer", role: rep}, {name: "Iván Mora", role: ph}}},
		// Guards (pass without the change).
		{"By Mara Quill, editor",
			[]credit{{name: "Mara Quill", role: rep}}},
		{"Tradotto da Carla Neri; editing Paolo Serra",
			[]credit{{name: "Carla Neri", role: tr}, {name: "Paolo Serra", role: ed}}},
	})
}
