package normalize

import (
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDeskPlaceLabel covers an Italian wire credit naming the desk that
// wrote the story up with its city before the names ("In redazione a
// Roma Luca Verdi"): the city goes (the label is marked "@", a place
// first), and the names take the writing role, the author alone and a
// contributor beside a reporter, as French 'rédigé par'. Its preposition
// is the label's, not a filing place dropCreditPlaces would cut with the
// names after it.
func TestDeskPlaceLabel(t *testing.T) {
	lx := loadLexicon()
	rep, ed, con := kabar.RoleReporter, kabar.RoleEditor, kabar.RoleContributor
	checkCreditLines(t, lx, []creditLineCase{
		{"In redazione a Roma Luca Verdi",
			[]credit{{name: "Luca Verdi", role: rep}}},
		{"In redazione a Vetralla Luca Verdi, editing Paolo Serra",
			[]credit{{name: "Luca Verdi", role: rep}, {name: "Paolo Serra", role: ed}}},
		{"Hanno collaborato Mario Rossi e Anna Bianchi, in redazione a Roma Luca Verdi, editing Paolo Serra",
			[]credit{{name: "Mario Rossi", role: con}, {name: "Anna Bianchi", role: con}, {name: "Luca Verdi", role: rep}, {name: "Paolo Serra", role: ed}}},
		{"Testo di Mario Rossi; in redazione a Roma Luca Verdi",
			[]credit{{name: "Mario Rossi", role: rep}, {name: "Luca Verdi", role: con}}},
	})
}
