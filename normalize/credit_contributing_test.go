package normalize

import (
	"reflect"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// TestContributingFootLine: a "Contributing:" line closing the story
// (a chain of local papers prints its other reporters so, with their
// outlets) credits contributors. The body drops the short line, so
// extract must find it by its label as it finds "Editor:"; the outlets
// beside the names and a wire alone credit no person.
func TestContributingFootLine(t *testing.T) {
	c := func(names ...string) []kabar.Person {
		var out []kabar.Person
		for _, n := range names {
			out = append(out, kabar.Person{Name: n, Role: kabar.RoleContributor})
		}
		return out
	}
	tests := []struct {
		foot string
		want []kabar.Person
	}{
		{`<p>Contributing: Olena Marchuk</p>`, c("Olena Marchuk")},
		{`<p>Contributing: Olena Marchuk and Dmytro Savchenko</p>`, c("Olena Marchuk", "Dmytro Savchenko")},
		{`<p><em>Contributing: Olena Marchuk, Valley Ledger</em></p>`, c("Olena Marchuk")},
		{`<p><i>Contributing: Olena Marchuk, Valley Ledger; Dmytro Savchenko, Coastline Daily</i></p>`, c("Olena Marchuk", "Dmytro Savchenko")},
		// The plural label of a credit box, as the foot line prints it.
		{`<p>Contributors: Olena Marchuk and Dmytro Savchenko</p>`, c("Olena Marchuk", "Dmytro Savchenko")},
		{`<p>Contributors: Olena Marchuk, Dmytro Savchenko</p>`, c("Olena Marchuk", "Dmytro Savchenko")},
		// Guard: a wire alone is no person.
		{`<p>Contributing: The Associated Press</p>`, nil},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(wirePage(tt.foot)), "https://harbourwire.example/world/port-strike", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.foot, err)
		}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Contributors, tt.want) {
			t.Errorf("%s: contributors %v, want %v", tt.foot, a.Contributors, tt.want)
		}
		if strings.Contains(a.Text, "Contributing") {
			t.Errorf("%s: credit line left in text", tt.foot)
		}
	}
}
