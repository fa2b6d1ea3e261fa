package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineGluedButton: a byline element whose name and the job title or
// button after it lost the space between them ("Hollis GrantSenior
// Reporter", "Mara QuillFollow") gives the name alone; a name with an
// inner capital stays whole.
func TestBylineGluedButton(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By Hollis GrantSenior Reporter", []string{"Hollis Grant"}},
		{"Mara QuillFollow", []string{"Mara Quill"}},
		{"By Mara QuillStaff Writer", []string{"Mara Quill"}},
		// Guards: inner capitals of a name.
		{"By Ronan McKenna", []string{"Ronan McKenna"}},
		{"By Tomas DeArdo", []string{"Tomas DeArdo"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.example-paper.example/a/1", SiteName: "Example Paper", Title: "Plan", Lang: "en",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
