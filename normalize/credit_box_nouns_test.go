package normalize

import (
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestCreditBoxNouns covers credit boxes that label the writer by the
// newsroom's noun for the job ("Writer:", Spanish "Redactor:") and list
// other reporters as "Contributing reporters:": each label gives its role
// to the names after it.
func TestCreditBoxNouns(t *testing.T) {
	lx := loadLexicon()
	rep, ed, con := kabar.RoleReporter, kabar.RoleEditor, kabar.RoleContributor
	checkCreditLines(t, lx, []creditLineCase{
		{"Writer: Hollis Grant | Editor: Mira Osei", []credit{{name: "Hollis Grant", role: rep}, {name: "Mira Osei", role: ed}}},
		{"Writers: Hollis Grant and Tomasz Wilk", []credit{{name: "Hollis Grant", role: rep}, {name: "Tomasz Wilk", role: rep}}},
		{"Contributing reporters: Tomasz Wilk and Ada Nwosu", []credit{{name: "Tomasz Wilk", role: con}, {name: "Ada Nwosu", role: con}}},
		{"Redactora: Lucía Ferrer", []credit{{name: "Lucía Ferrer", role: rep}}},
		{"Redactor: Pablo Serrano | Edición: Marta Gil", []credit{{name: "Pablo Serrano", role: rep}, {name: "Marta Gil", role: ed}}},
	})
}
