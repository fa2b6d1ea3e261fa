package normalize

import (
	"reflect"
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
	tests := []struct {
		line string
		want []credit
	}{
		{"Writer: Hollis Grant | Editor: Mira Osei", []credit{{name: "Hollis Grant", role: rep}, {name: "Mira Osei", role: ed}}},
		{"Writers: Hollis Grant and Tomasz Wilk", []credit{{name: "Hollis Grant", role: rep}, {name: "Tomasz Wilk", role: rep}}},
		{"Contributing reporters: Tomasz Wilk and Ada Nwosu", []credit{{name: "Tomasz Wilk", role: con}, {name: "Ada Nwosu", role: con}}},
		{"Redactora: Lucía Ferrer", []credit{{name: "Lucía Ferrer", role: rep}}},
		{"Redactor: Pablo Serrano | Edición: Marta Gil", []credit{{name: "Pablo Serrano", role: rep}, {name: "Marta Gil", role: ed}}},
	}
	for _, tc := range tests {
		got, _ := lx.readCreditLine(tc.line)
		for i := range got {
			got[i].source, got[i].outlet, got[i].orgSource = "", false, false
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %+v, want %+v", tc.line, got, tc.want)
		}
	}
}
