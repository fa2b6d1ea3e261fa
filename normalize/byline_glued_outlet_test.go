package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineGluedOutlet: an outlet named with its article right after
// the writer's name, with no separator ("Hollis Grant The Daily
// Gazette"), is the writer's outlet, not part of the name.
func TestBylineGluedOutlet(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Hollis Grant The Daily Gazette", []string{"Hollis Grant"}},
		{"By Hollis Grant The Kestrel Herald", []string{"Hollis Grant"}},
		{"By Hollis Grant and Mara Quill The Evening Ledger", []string{"Hollis Grant", "Mara Quill"}},
		{"Von Anna Roth Die Zeit", []string{"Anna Roth"}},
		// Guard: no outlet after the article.
		{"By Hollis Grant", []string{"Hollis Grant"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.example-paper.example/a/1", SiteName: "Example Paper", Title: "Plan", Lang: "en",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
