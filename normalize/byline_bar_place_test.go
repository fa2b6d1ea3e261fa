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

// TestBylineDashUnknownPlace: behind a spaced dash as behind a bar
// ("Giulia Ferri - Bellavista", in a byline or a JSON-LD author), a
// single capitalised word no lexicon knows after a full name is the town
// the writer filed from; a second writer written in full and a lone
// given name behind the dash stay in the byline.
func TestBylineDashUnknownPlace(t *testing.T) {
	it := []string{"Il consiglio comunale ha approvato martedì un nuovo piano per gli autobus della valle.", "L'opposizione ha criticato il piano e ha chiesto più dettagli sul costo totale."}
	en := []string{"The council approved a new plan for the bus routes of the valley on Tuesday.", "The opposition criticised the plan and asked for more detail on its total cost."}
	tests := []struct {
		url, byline string
		text        []string
		want        []string
		meta        bool // the JSON-LD author reads the same
	}{
		{"https://www.giornale-esempio.it/cronaca/piano", "Giulia Ferri - Bellavista", it, []string{"Giulia Ferri"}, true},
		{"https://www.giornale-esempio.it/cronaca/piano", "di Giulia Ferri - Bellavista", it, []string{"Giulia Ferri"}, false},
		{"https://www.weekly-example.co.uk/news/plan", "Hollis Grant – Brackwater", en, []string{"Hollis Grant"}, true},
		{"https://www.weekly-example.co.uk/news/plan", "By Hollis Grant - Brackwater", en, []string{"Hollis Grant"}, false},
		{"https://www.weekly-example.co.uk/news/plan", "Hollis Grant - Mara Quill", en, []string{"Hollis Grant", "Mara Quill"}, false},
		{"https://www.giornale-esempio.it/cronaca/piano", "Giulia Ferri - Maria", it, []string{"Giulia Ferri", "Maria"}, false},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: tc.url, Title: "Piano",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}},
			Body:    []body.Block{{Text: tc.text[0]}, {Text: tc.text[1]}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("byline %q: authors %q, want %q", tc.byline, got, tc.want)
		}
		if !tc.meta {
			continue
		}
		p = &extract.Page{URL: tc.url, Title: "Piano",
			Authors: []extract.Field{{Value: tc.byline, Source: "jsonld"}},
			Body:    []body.Block{{Text: tc.text[0]}, {Text: tc.text[1]}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("JSON-LD author %q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
