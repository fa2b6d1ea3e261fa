package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineOfOutlet: "of the Outlet" after a writer's name in a byline
// is the outlet the writer works for, as "for the Outlet" is: the writer
// stands, and so does a co-writer before or after. Before, "Mara Quill of
// the Daily Gazette" read as too long a name and the co-writer was lost.
func TestBylineOfOutlet(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By Hollis Grant and Mara Quill of the Daily Gazette", []string{"Hollis Grant", "Mara Quill"}},
		{"By Hollis Grant of the Daily Gazette and Mara Quill of the Evening Star", []string{"Hollis Grant", "Mara Quill"}},
		{"By Hollis Grant of Kestrel News", []string{"Hollis Grant"}},
		{"Hollis Grant, Mara Quill and Tomas Lagos of the Harbour Ledger", []string{"Hollis Grant", "Mara Quill", "Tomas Lagos"}},
		// Guard: as before.
		{"By Hollis Grant for the Daily Gazette", []string{"Hollis Grant"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.example-paper.example/a/1", SiteName: "Example Paper", Title: "Plan", Lang: "en",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
