package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineSecondedByMetadata: when the metadata disagrees with itself,
// the visible byline decides between its sources. The most trusted source
// (JSON-LD) may hold the CMS account that posted the story; a weaker one
// (a meta tag) and the byline name the writer. Without a second witness
// the most trusted source still stands over a byline element, which may
// belong to a teaser.
func TestBylineSecondedByMetadata(t *testing.T) {
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	tests := []struct {
		name    string
		authors []extract.Field
		bylines []extract.Field
		want    []string
	}{
		{
			name:    "uploader in JSON-LD, writer in meta and byline",
			authors: []extract.Field{f("Dana Pruitt", "jsonld"), f("By Marcus Ellery", "meta:sailthru.author")},
			bylines: []extract.Field{f("By Marcus Ellery", "byline")},
			want:    []string{"Marcus Ellery"},
		},
		{
			name:    "two writers seconded by parsely meta",
			authors: []extract.Field{f("Priya Natarajan", "jsonld"), f("Ingrid Solberg", "meta:parsely-author"), f("Tomás Ferreira", "meta:parsely-author")},
			bylines: []extract.Field{f("By Ingrid Solberg and Tomás Ferreira", "byline")},
			want:    []string{"Ingrid Solberg", "Tomás Ferreira"},
		},
		{
			name:    "byline that no metadata seconds does not overrule",
			authors: []extract.Field{f("Dana Pruitt", "jsonld")},
			bylines: []extract.Field{f("By Marcus Ellery", "byline")},
			want:    []string{"Dana Pruitt"},
		},
		{
			name:    "metadata that agrees with the byline",
			authors: []extract.Field{f("Marcus Ellery", "jsonld"), f("Marcus Ellery", "meta:author")},
			bylines: []extract.Field{f("By Marcus Ellery", "byline")},
			want:    []string{"Marcus Ellery"},
		},
		{
			name:    "a one-word byline name does not overrule",
			authors: []extract.Field{f("Dana Pruitt", "jsonld"), f("Marcus", "meta:author")},
			bylines: []extract.Field{f("By Marcus", "byline")},
			want:    []string{"Dana Pruitt"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise",
				Authors: tc.authors, Bylines: tc.bylines}
			got := Normalize(p, Options{}).Authors
			if !slices.Equal(got, tc.want) {
				t.Errorf("authors %q, want %q", got, tc.want)
			}
		})
	}
}
