package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineOffices: an office or rank abbreviated before a writer's name
// ("By Sen. Jane Roe", "Lt. Gen. Tom Okafor") is dropped from the byline,
// as a job title is (FIELDS.md). Its full stop made the abbreviation a
// writer of its own ("Sen" beside "Jane Roe"). Honorifics stay with the
// name, and a full stop after a name still ends it.
func TestBylineOffices(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By Sen. Mara Quillon", []string{"Mara Quillon"}},
		{"Gov. Tessa Brandt", []string{"Tessa Brandt"}},
		{"By Sen. Mara Quillon and Gov. Tessa Brandt", []string{"Mara Quillon", "Tessa Brandt"}},
		{"By Lt. Gen. Owen Halvorsen (ret.)", []string{"Owen Halvorsen"}},
		{"By Amb. Ruth Okonjo, Col. Dean Farrow", []string{"Ruth Okonjo", "Dean Farrow"}},
		// Guards (pass without the change).
		{"By Dr. Lena Voss", []string{"Dr. Lena Voss"}},
		{"Finn Calder. Harbour Wire Service", []string{"Finn Calder"}},
		{"By Mara Quillon and Tessa Brandt", []string{"Mara Quillon", "Tessa Brandt"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kabarkita.example/opinion/bridge", SiteName: "Kabar Kita", Title: "The bridge",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
