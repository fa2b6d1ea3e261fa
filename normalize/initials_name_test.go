package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestInitialsAreNoAuthors: FIELDS.md takes no author from initials
// alone. An editor's initials after a writer's name behind a slash
// ("Dewi Kartika/dkt") go and the writer stands (before, the byline was
// refused whole and the writer lost); initials alone, slashed ("dkt/bsr")
// or with their stops ("K.D.", "M.A.R."), credit no one, in bylines and
// metadata alike.
func TestInitialsAreNoAuthors(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Dewi Kartika/dkt", []string{"Dewi Kartika"}},
		{"Dewi Kartika / dkt", []string{"Dewi Kartika"}},
		{"dkt/bsr", nil},
		{"K.D.", nil},
		{"M.A.R.", nil},
		{"K.D. Lang", []string{"K.D. Lang"}},
		{"Dewi Kartika/Bagus Surya", []string{"Dewi Kartika", "Bagus Surya"}},
	}
	for _, tc := range tests {
		for _, src := range []string{"byline", "meta"} {
			p := &extract.Page{URL: "https://www.kabarpesisir.example/berita/1", SiteName: "Kabar Pesisir", Title: "Nelayan kembali melaut"}
			if src == "byline" {
				p.Bylines = []extract.Field{{Value: tc.byline, Source: "byline"}}
			} else {
				p.Authors = []extract.Field{{Value: tc.byline, Source: "meta:author"}}
			}
			got := Normalize(p, Options{}).Authors
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s %q: authors %q, want %q", src, tc.byline, got, tc.want)
			}
		}
	}
}
