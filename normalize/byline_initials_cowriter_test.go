package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestInitialledBylineKeepsCowriters: metadata that names only the first
// writer in full ("Mara Quill") and a visible byline that writes every
// writer with initials ("By M. Quill and T. Hale"): the byline holds them
// all, so it speaks for all, and the first is written out from metadata.
// Before, the initials kept the byline from covering the metadata name
// and the second writer was lost.
func TestInitialledBylineKeepsCowriters(t *testing.T) {
	tests := []struct {
		meta, byline string
		want         []string
	}{
		{"Mara Quill", "By M. Quill and T. Hale", []string{"Mara Quill", "T. Hale"}},
		{"Mara Quill", "By M. Quill, T. Hale and J.R. Okafor", []string{"Mara Quill", "T. Hale", "J.R. Okafor"}},
		{"Mara Quill", "By M Quill & Tomas Hale", []string{"Mara Quill", "Tomas Hale"}},
		{"Mara Quill", "By M. Quill and Tomas Hale", []string{"Mara Quill", "Tomas Hale"}},
		// Guards: a byline whose initials are not the metadata writer's
		// covers no one; a byline naming the same one writer changes
		// nothing.
		{"Mara Quill", "By N. Quill and T. Hale", []string{"Mara Quill"}},
		{"Mara Quill", "By M. Quill", []string{"Mara Quill"}},
	}
	for _, src := range []string{"jsonld", "meta"} {
		for _, tc := range tests {
			p := &extract.Page{URL: "https://www.harbourledger.example/news/pier", SiteName: "Harbour Ledger", Title: "Pier reopens",
				Authors: []extract.Field{{Value: tc.meta, Source: src}},
				Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
			if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
				t.Errorf("%s %q + %q: authors %q, want %q", src, tc.meta, tc.byline, got, tc.want)
			}
		}
	}
}
