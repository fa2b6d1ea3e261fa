package normalize

import (
	"slices"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// TestPhotoCreditsAreNoAuthors: FIELDS.md never takes a photo credit for
// an author. A picture agency standing as the byline or the meta author
// ("Getty Images") credits no writer; a credit box that labels roles by
// their nouns ("Words: X Pictures: Y", "Photography: Y") gives the
// photographer as a contributor, in a visible byline and in metadata
// alike (before, metadata kept "X Pictures: Y" as one name).
func TestPhotoCreditsAreNoAuthors(t *testing.T) {
	tests := []struct {
		byline  string
		authors []string
		photo   string
	}{
		{"Getty Images", nil, ""},
		{"Shutterstock", nil, ""},
		{"Reuters/Getty Images", nil, ""},
		{"Words: Hana Kowalczyk Pictures: Bram de Wit", []string{"Hana Kowalczyk"}, "Bram de Wit"},
		{"Hana Kowalczyk | Photography: Bram de Wit", []string{"Hana Kowalczyk"}, "Bram de Wit"},
		{"Text: Hana Kowalczyk; Photos: Bram de Wit", []string{"Hana Kowalczyk"}, "Bram de Wit"},
		{"Teks: Sari Ramadhani Foto: Yoga Pratama", []string{"Sari Ramadhani"}, "Yoga Pratama"},
		{"Reuters", []string{"Reuters"}, ""},
	}
	for _, tc := range tests {
		for _, src := range []string{"byline", "meta"} {
			p := &extract.Page{URL: "https://www.harbourpost.example/news/dredging", SiteName: "Harbour Post", Title: "Dredging to begin"}
			if src == "byline" {
				p.Bylines = []extract.Field{{Value: tc.byline, Source: "byline"}}
			} else {
				p.Authors = []extract.Field{{Value: tc.byline, Source: "meta:author"}}
			}
			got := Normalize(p, Options{})
			a := got.Authors
			if len(a) == 0 {
				a = nil
			}
			if !slices.Equal(a, tc.authors) {
				t.Errorf("%s %q: authors %q, want %q", src, tc.byline, a, tc.authors)
			}
			if tc.photo != "" && !slices.Contains(got.Contributors, kabar.Person{Name: tc.photo, Role: kabar.RolePhotographer}) {
				t.Errorf("%s %q: contributors %v, want photographer %q", src, tc.byline, got.Contributors, tc.photo)
			}
		}
	}
}
