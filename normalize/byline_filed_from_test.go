package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineFiledFromPlace: a city the dateline table knows, set after a
// byline's names behind a slash, a bar or a dash, is where the writer
// filed from, in a visible byline and in a meta author alike: the
// writers stand and the place is no second writer (before, "Name /
// City" lost its writer, and a meta "Name | City" was kept whole).
func TestBylineFiledFromPlace(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Inés Calvo / Madrid", []string{"Inés Calvo"}},
		{"Inés Calvo | Madrid", []string{"Inés Calvo"}},
		{"Inés Calvo - Madrid", []string{"Inés Calvo"}},
		{"Marta Ribas Soler / Barcelona", []string{"Marta Ribas Soler"}},
		{"Paolo Ferri | Milan", []string{"Paolo Ferri"}},
		{"João Neves - Lisboa", []string{"João Neves"}},
		{"Inés Calvo, Tomás Vidal / Madrid", []string{"Inés Calvo", "Tomás Vidal"}},
		{"Inés Calvo / Tomás Vidal", []string{"Inés Calvo", "Tomás Vidal"}},
		// A second writer after the bar stands.
		{"Inés Calvo | Tomás Vidal", []string{"Inés Calvo", "Tomás Vidal"}},
	}
	for _, tc := range tests {
		for _, src := range []string{"byline", "meta"} {
			if src == "meta" && tc.byline == "Inés Calvo | Tomás Vidal" {
				continue // one meta author is one name: not a list
			}
			p := &extract.Page{URL: "https://www.diariodelpuerto.example/noticias/ferry", SiteName: "Diario del Puerto", Title: "Suben las tarifas del ferry"}
			if src == "byline" {
				p.Bylines = []extract.Field{{Value: tc.byline, Source: "byline"}}
			} else {
				p.Authors = []extract.Field{{Value: tc.byline, Source: "meta:author"}}
			}
			got := Normalize(p, Options{}).Authors
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s %q: authors %q, want %q", src, tc.byline, got, tc.want)
			}
		}
	}
}
