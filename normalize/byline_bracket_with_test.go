package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestBylineBracketedWithAgency covers a byline that closes with the
// agency it drew on in brackets ("Par A et B (avec AFP)", "By A (with
// AP)", "Von A (mit dpa)", "Por A (con EFE)", "By A (with files from
// Reuters)"): the writers stay the authors and the agency is the story's
// source, as in the unbracketed form. A bracketed person is no source.
func TestBylineBracketedWithAgency(t *testing.T) {
	tests := []struct {
		byline           string
		authors, sources []string
	}{
		{"Par Camille Roussel et Théo Marchand (avec AFP)", []string{"Camille Roussel", "Théo Marchand"}, []string{"AFP"}},
		{"By Hollis Grant (with AP)", []string{"Hollis Grant"}, []string{"AP"}},
		{"Von Lena Brückner (mit dpa)", []string{"Lena Brückner"}, []string{"dpa"}},
		{"Por Lucía Ferrer (con EFE)", []string{"Lucía Ferrer"}, []string{"EFE"}},
		{"By Hollis Grant (with files from Reuters)", []string{"Hollis Grant"}, []string{"Reuters"}},
		{"By Hollis Grant (with Ada Nwosu)", []string{"Hollis Grant"}, nil},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourpost.com/news/vote", SiteName: "Harbour Post", Title: "The vote",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}},
			Body:    []body.Block{{Text: "The council voted on Monday to close the old bridge for repairs."}, {Text: "Opponents said the closure would cut the town in two for a year."}}}
		a := Normalize(p, Options{})
		if !slices.Equal(a.Authors, tc.authors) || !slices.Equal(a.Sources, tc.sources) {
			t.Errorf("%q: authors %q sources %q, want %q and %q", tc.byline, a.Authors, a.Sources, tc.authors, tc.sources)
		}
	}
}
