package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineUpperConjunction: a conjunction printed in capitals between
// two names in capitals joins two writers even where the rest of the
// byline is in mixed case ("By NADIA FAROUK AND PIETER SMIT Associated
// Press"); before, the second writer was run into the first ("Nadia
// Farouk And Pieter Smit"). A name in mixed case with "Dan" in it stays
// one name.
func TestBylineUpperConjunction(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By NADIA FAROUK AND PIETER SMIT Associated Press", []string{"Nadia Farouk", "Pieter Smit"}},
		{"NADIA FAROUK AND PIETER SMIT, Associated Press", []string{"Nadia Farouk", "Pieter Smit"}},
		{"Oleh RINA WULANDARI DAN BAYU SAPUTRA Antara", []string{"Rina Wulandari", "Bayu Saputra"}},
		{"Oleh RINA WULANDARI DAN BAYU SAPUTRA", []string{"Rina Wulandari", "Bayu Saputra"}},
		{"Von LENA VOGT UND EMIL HARTMANN dpa", []string{"Lena Vogt", "Emil Hartmann"}},
		{"By Dan Okoro", []string{"Dan Okoro"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourpost.example/news/dredging", SiteName: "Harbour Post", Title: "Dredging to begin",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		got := Normalize(p, Options{}).Authors
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
