package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineSlashLabelAndBrackets: a slash right before a credit label
// and its colon parts two credits ("Pewarta: X/Editor: Y"; before, the
// editor was read as a second writer), and a byline element that prints
// its credit in brackets ("(Editing by Y)") reads as the credit (before,
// the whole "Editing by Y" was an author). A slash between names still
// parts writers.
func TestBylineSlashLabelAndBrackets(t *testing.T) {
	tests := []struct {
		byline           string
		authors, editors []string
	}{
		{"Pewarta: Sri Handayani/Editor: Joko Prasetyo", []string{"Sri Handayani"}, []string{"Joko Prasetyo"}},
		{"Reporter: Sri Handayani/Redaktur: Joko Prasetyo", []string{"Sri Handayani"}, []string{"Joko Prasetyo"}},
		{"Penulis: Sri Handayani /Editor: Joko Prasetyo", []string{"Sri Handayani"}, []string{"Joko Prasetyo"}},
		{"Reporter: Sri Handayani/Dimas Anggara", []string{"Sri Handayani", "Dimas Anggara"}, nil},
		{"(Editing by Maya Lindqvist)", nil, []string{"Maya Lindqvist"}},
		{"(Reporting by Omar Haddad; Editing by Maya Lindqvist)", []string{"Omar Haddad"}, []string{"Maya Lindqvist"}},
		{"[Penulis: Sri Handayani]", []string{"Sri Handayani"}, nil},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kabarpesisir.example/berita/1", SiteName: "Kabar Pesisir", Title: "Nelayan kembali melaut",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		got := Normalize(p, Options{})
		a, e := got.Authors, got.Editors
		if len(a) == 0 {
			a = nil
		}
		if len(e) == 0 {
			e = nil
		}
		if !slices.Equal(a, tc.authors) || !slices.Equal(e, tc.editors) {
			t.Errorf("%q: authors %q editors %q, want %q %q", tc.byline, a, e, tc.authors, tc.editors)
		}
	}
}
