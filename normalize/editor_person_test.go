package normalize

import (
	"reflect"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestEditorIsAPerson: the site's own name or an outlet set after an
// editing credit ("Editing by A | Harbour Wire", "Editor: Harbour Wire")
// is no editor; the people the credit names are.
func TestEditorIsAPerson(t *testing.T) {
	tests := []struct {
		name, foot string
		editors    []string
	}{
		{"site after a bar", `<p>Reporting by Kalina Petrova; Editing by Owen Hartley | Harbour Wire</p>`, []string{"Owen Hartley"}},
		{"site after a dash", `<p>Reporting by Kalina Petrova; Editing by Owen Hartley – Harbour Wire</p>`, []string{"Owen Hartley"}},
		{"two editors and the site", `<p>Reporting by Kalina Petrova; Editing by Owen Hartley and Rhea Solberg | Harbour Wire</p>`, []string{"Owen Hartley", "Rhea Solberg"}},
		{"the site alone", `<p>Reporter: Kalina Petrova</p><p>Editor: Harbour Wire</p>`, nil},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(wirePage(tt.foot)), "https://harbourwire.example/world/port-strike", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := Normalize(p, Options{}).Editors; !reflect.DeepEqual(got, tt.editors) {
			t.Errorf("%s: editors %q, want %q", tt.name, got, tt.editors)
		}
	}
}
