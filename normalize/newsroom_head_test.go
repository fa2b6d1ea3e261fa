package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestNewsroomHeadLabels: "Tim" or "Redaksi" before the site's or an
// outlet's name is a newsroom label, which FIELDS.md takes for no author
// ("Tim detikcom"), in a visible byline and in metadata alike; before it
// the label was kept whole, cut down to the site's name ("Redaksi X" ->
// "X") or to the given name "Tim". A person whose given name is Tim
// stands, and so does a writer named beside the label.
func TestNewsroomHeadLabels(t *testing.T) {
	const url, site = "https://www.wartaselatan.example/berita/123/banjir", "WartaSelatan"
	tests := []struct {
		byline string
		want   []string
	}{
		{"Tim WartaSelatan", nil},
		{"Tim wartaselatan.example", nil},
		{"Redaksi WartaSelatan", nil},
		{"Tim Kabarindo.com", nil},
		{"Oleh: Tim Kabarindo.com", nil},
		{"Tim Harian Nusantara", nil},
		{"Redaksi Harian Nusantara", nil},
		{"Tim Santoso", []string{"Tim Santoso"}},
		{"Tim Hendrawan Putra", []string{"Tim Hendrawan Putra"}},
		{"Rina Wulandari, Tim WartaSelatan", []string{"Rina Wulandari"}},
		{"Tim WartaSelatan, Agus Prabowo", []string{"Agus Prabowo"}},
	}
	for _, tc := range tests {
		for _, src := range []string{"byline", "meta"} {
			p := &extract.Page{URL: url, SiteName: site, Title: "Banjir melanda tiga kecamatan"}
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
