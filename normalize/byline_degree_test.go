package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineDegrees: honorifics and degrees around a writer's name do
// not make it too long to be a name, and a doctorate's field in lower
// case ("Dr. med.") ends no name. A byline of three honorifics and a
// name of three words credited no one; "Dr. med." was split off as a
// writer of its own. Degrees after the name go, as before.
func TestBylineDegrees(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Oleh: Prof. Dr. Hj. Sekar Ayu Pratiwi", []string{"Prof. Dr. Hj. Sekar Ayu Pratiwi"}},
		{"Oleh: Prof. Dr. Hj. Sekar Ayu Pratiwi, S.H., M.H.", []string{"Prof. Dr. Hj. Sekar Ayu Pratiwi"}},
		{"Von Prof. Dr. med. Lothar Brenninger", []string{"Prof. Dr. med. Lothar Brenninger"}},
		{"Von Dr. rer. nat. Ina Vollrath und Jens Korb", []string{"Dr. rer. nat. Ina Vollrath", "Jens Korb"}},
		// Guards (pass without the change).
		{"Penulis: Wulan Sari, SpOG dan Rina Kusuma, S.Pd.I", []string{"Wulan Sari", "Rina Kusuma"}},
		{"By Owen Farley, M.D., and Lena Voss, PhD", []string{"Owen Farley", "Lena Voss"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kabarkita.example/news/jembatan", SiteName: "Kabar Kita", Title: "Jembatan dibuka",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
