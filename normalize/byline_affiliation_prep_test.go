package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestBylineAffiliationAfterPreposition covers a byline that names where
// its writer works after a comma and a preposition ("Por Lucía Ferrer,
// de EFE", "Por Rui Matos, da Reuters", "Por Lucía Ferrer, de El
// País"): the organisation is no author. Look-alikes: a name with its
// particle ("Por Lucía de la Serna") and two writers, the first with a
// particle ("Por Luis de Miranda y Lucía Ferrer").
func TestBylineAffiliationAfterPreposition(t *testing.T) {
	tests := []struct {
		byline  string
		authors []string
	}{
		{"Por Lucía Ferrer, de EFE", []string{"Lucía Ferrer"}},
		{"Por Rui Matos, da Reuters", []string{"Rui Matos"}},
		{"Por Lucía Ferrer, de El País", []string{"Lucía Ferrer"}},
		{"Por Lucía de la Serna", []string{"Lucía de la Serna"}},
		{"Por Luis de Miranda y Lucía Ferrer", []string{"Luis de Miranda", "Lucía Ferrer"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.diariopuerto.example/ciudad/muelle", SiteName: "Diario Puerto", Title: "El muelle", Lang: "es",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}},
			Body:    []body.Block{{Text: "El ayuntamiento aprobó el martes reabrir el muelle viejo antes del verano."}, {Text: "Los vecinos pidieron que las obras no cortaran el paseo durante meses."}}}
		a := Normalize(p, Options{})
		if !slices.Equal(a.Authors, tc.authors) {
			t.Errorf("%q: authors %q, want %q", tc.byline, a.Authors, tc.authors)
		}
	}
}
