package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineTitleCaseConjunction: a byline set in title case writes its
// conjunction capitalised ("By Mara Quillon And Tessa Brandt"); it joins
// two writers as the lower-case one does. The two names were read as one
// of four words. "Dan" (a given name too) and a conjunction between single
// words stay inside the name.
func TestBylineTitleCaseConjunction(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By Mara Quillon And Tessa Brandt", []string{"Mara Quillon", "Tessa Brandt"}},
		{"Von Anna Weber Und Jonas Keller", []string{"Anna Weber", "Jonas Keller"}},
		{"Par Claire Dubois Et Luc Martin", []string{"Claire Dubois", "Luc Martin"}},
		{"By Mara Quillon, Owen Halvorsen And Tessa Brandt", []string{"Mara Quillon", "Owen Halvorsen", "Tessa Brandt"}},
		// Guards (pass without the change).
		{"Dan Jervis-Walsh", []string{"Dan Jervis-Walsh"}},
		{"By Rina Dan Santoso", []string{"Rina Dan Santoso"}},
		{"By Mara Quillon and Tessa Brandt", []string{"Mara Quillon", "Tessa Brandt"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kabarkita.example/news/bridge", SiteName: "Kabar Kita", Title: "The bridge",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
