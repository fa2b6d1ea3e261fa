package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestBylinePlaceFromDateline covers a byline that sets the place the
// writer filed from after her name ("Ana Ruiz | Sevilla", "Por Ana Ruiz -
// Huelva") where no lexicon knows the town: the article's own dateline
// names it, so it is no second writer. A second writer whose name is no
// place of the dateline stays, and so does a lone author.
func TestBylinePlaceFromDateline(t *testing.T) {
	tests := []struct {
		byline, first string
		want          []string
	}{
		{"Lucía Ferrer | Alcaraz", "Alcaraz, 4 mar (EFE).- El alcalde presentó un plan para el transporte público de la ciudad.", []string{"Lucía Ferrer"}},
		{"Por Pablo Serrano - Villanueva", "VILLANUEVA (EFE).- El alcalde presentó un plan para el transporte público de la ciudad.", []string{"Pablo Serrano"}},
		{"Hollis Grant | Port Avalon", "PORT AVALON, Kenmare — The council met on Monday to pass the budget for the coming year.", []string{"Hollis Grant"}},
		{"Lucía Ferrer y Pablo Serrano", "Alcaraz, 4 mar (EFE).- El alcalde presentó un plan para el transporte público de la ciudad.", []string{"Lucía Ferrer", "Pablo Serrano"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.diario-ejemplo.es/local/plan", SiteName: "Diario Ejemplo", Title: "Un plan",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}},
			Body:    []body.Block{{Text: tc.first}, {Text: "La oposición criticó el plan y pidió más detalles sobre su coste total."}}}
		got := Normalize(p, Options{}).Authors
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
