package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineTrailingButtons: a byline element that catches the buttons
// and prompts after the writer's name ("Share on Facebook", "View
// Comments", "Listen to article", "Newsletter Sign up", "Publié le") or
// the photo's agency ("Getty Images") gives the writer alone. Before, the
// buttons' small words stayed ("Hollis Grant on on"), unknown buttons
// joined the name, and a prompt with a lower-case word lost the writer.
func TestBylineTrailingButtons(t *testing.T) {
	tests := []struct {
		lang, byline string
		want         []string
	}{
		{"en", "By Hollis Grant Share on Facebook Share on Twitter", []string{"Hollis Grant"}},
		{"en", "By Hollis Grant View Comments", []string{"Hollis Grant"}},
		{"en", "Hollis Grant Listen to article", []string{"Hollis Grant"}},
		{"en", "Hollis Grant Newsletter Sign up", []string{"Hollis Grant"}},
		{"en", "By Hollis Grant Getty Images", []string{"Hollis Grant"}},
		{"en", "By Hollis Grant and Mara Quill Share this article", []string{"Hollis Grant", "Mara Quill"}},
		{"fr", "Par Claire Roux Publié le", []string{"Claire Roux"}},
		{"de", "Von Anna Roth Redakteurin Politik", []string{"Anna Roth"}},
		// Guards: an author page's link opens with its furniture; a
		// name stays whole.
		{"en", "View all posts by Hollis Grant", []string{"Hollis Grant"}},
		{"en", "By Hollis Grant Follow Mara Quill Follow", []string{"Hollis Grant", "Mara Quill"}},
		{"en", "By Mary Ann Whitcombe", []string{"Mary Ann Whitcombe"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.example-paper.example/a/1", SiteName: "Example Paper", Title: "Plan", Lang: tc.lang,
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: authors %q, want %q", tc.lang, tc.byline, got, tc.want)
		}
	}
}
