package normalize

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestEditingFootLines: a short credit line closing the story in another
// language than English ("Bearbeitet von X", "Édité par X", "Reportagem de
// X; edição de Y") gives its reporter and editor, as "Edited by X" does.
// The body dropped the short line and no reader outside it took it.
func TestEditingFootLines(t *testing.T) {
	// The page's JSON-LD names the site as its author: with no writer
	// credited, the site stands (as before this change).
	site := []string{"Harbour Wire"}
	tests := []struct {
		foot             string
		authors, editors []string
	}{
		{`<p>Bearbeitet von Ilse Varga</p>`, site, []string{"Ilse Varga"}},
		{`<p>Redigiert von Ilse Varga</p>`, site, []string{"Ilse Varga"}},
		{`<p>Édité par Ilse Varga</p>`, site, []string{"Ilse Varga"}},
		{`<p>Editado por Ilse Varga</p>`, site, []string{"Ilse Varga"}},
		{`<p>Reportagem de Olena Marchuk; edição de Ilse Varga</p>`, []string{"Olena Marchuk"}, []string{"Ilse Varga"}},
		{`<p>Reportage de Olena Marchuk; édité par Ilse Varga</p>`, []string{"Olena Marchuk"}, []string{"Ilse Varga"}},
		// Guard (passes without the change).
		{`<p>Edited by Ilse Varga</p>`, site, []string{"Ilse Varga"}},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(wirePage(tt.foot)), "https://harbourwire.example/world/port-strike", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.foot, err)
		}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Authors, tt.authors) || !reflect.DeepEqual(a.Editors, tt.editors) {
			t.Errorf("%s: authors %q editors %q; want %q %q", tt.foot, a.Authors, a.Editors, tt.authors, tt.editors)
		}
		if strings.Contains(a.Text, "Ilse Varga") {
			t.Errorf("%s: credit line left in text", tt.foot)
		}
	}
}
