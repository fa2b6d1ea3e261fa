package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestOfficeNotLabel: a label of one language that another abbreviates
// as an office ([byline-offices]: Indonesian "Rep: X", English "Rep.") is
// the office when written with the abbreviation's period: a sentence
// opening with a representative's name and party is prose, no credit
// line. With its colon it stays the label.
func TestOfficeNotLabel(t *testing.T) {
	lx := loadLexicon()
	for _, line := range []string{
		"Rep. Rosa Finch (D-Ore.) shortly after the vote linked the delay to the harbour board's remarks on the ferry pier.",
		"Rep. Ivo Drent (R-Mont.) on Monday tied the closure to the county's budget.",
	} {
		for _, v := range []*lexicon{lx, lx.bylineView("en")} {
			if cs, ok := v.readCreditLine(line); ok {
				t.Errorf("%q read as a credit: %+v", line, cs)
			}
		}
	}
	cs, ok := lx.readCreditLine("Rep: Rina Lestari")
	if want := []credit{{name: "Rina Lestari", role: kabar.RoleReporter}}; !ok || !reflect.DeepEqual(cs, want) {
		t.Errorf("'Rep: Rina Lestari' = %+v, %v; want %+v", cs, ok, want)
	}
}
