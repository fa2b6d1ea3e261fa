package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineAuthorPageLink: a byline element that holds the link to the
// writer's page ("View all posts by A", "Posts by A", "Alle Artikel von
// A") credits the writer alone, without the link's words or its label.
func TestBylineAuthorPageLink(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"View all posts by Tamsin Greaves", []string{"Tamsin Greaves"}},
		{"Posts by Tamsin Greaves", []string{"Tamsin Greaves"}},
		{"All articles by Tamsin Greaves", []string{"Tamsin Greaves"}},
		{"More stories by Tamsin Greaves", []string{"Tamsin Greaves"}},
		{"Alle Artikel von Lena Brandtner", []string{"Lena Brandtner"}},
		{"By Tamsin Greaves", []string{"Tamsin Greaves"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/bridge", SiteName: "Kestrel Gazette", Title: "Bridge reopens",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
