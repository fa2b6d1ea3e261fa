package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestSiteNameBeforeWriter: the site's own name set before the writer's
// with no comma between ("Laporan Wartawan Kestrel Gazette Rina
// Lestari") is no part of the name; the site's name alone, or before
// words that do not read as a person's name, is left as it was.
func TestSiteNameBeforeWriter(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Laporan Wartawan Kestrel Gazette Ratna Wulandari", []string{"Ratna Wulandari"}},
		{"Kestrel Gazette Tamsin Greaves", []string{"Tamsin Greaves"}},
		{"Laporan Wartawan Kestrel Gazette, Ratna Wulandari", []string{"Ratna Wulandari"}},
		{"Tamsin Greaves Kestrel Gazette", []string{"Tamsin Greaves"}},
		{"Kestrel Gazette", []string{"Kestrel Gazette"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/bridge", SiteName: "Kestrel Gazette", Title: "Bridge reopens",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
