package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBrandBesidePerson: an outlet whose name ends in an outlet's head
// noun ("... Network", "... Wire", "... Today", "... Review") stands
// beside a writer as the writer's outlet, not as a second author; alone
// it is the whole byline.
func TestBrandBesidePerson(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Tamsin Greaves | Kestrel Network", []string{"Tamsin Greaves"}},
		{"Tamsin Greaves, Osprey Wire", []string{"Tamsin Greaves"}},
		{"By Tamsin Greaves and Olu Adebayo, Lakeside Today", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"Tamsin Greaves - Fenwick Review", []string{"Tamsin Greaves"}},
		{"Kestrel Network", []string{"Kestrel Network"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/bridge", SiteName: "Kestrel Gazette", Title: "Bridge reopens",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
