package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestDatelineProperty: the schema.org dateline property gives the
// dateline where the body opens with none, read as a dateline or, whole,
// as one place (as the body prints it when it opens with it); a value
// that is a date or a sentence gives none, and the body's own dateline
// wins over the property. The dateline is printed (FIELDS.md): a value
// no reader sees (JSON-LD, a <meta>'s content) counts only where the
// head of the body prints its place; an element's text is printed.
func TestDatelineProperty(t *testing.T) {
	pa := func(s string) body.Block { return body.Block{Kind: body.Paragraph, Text: s} }
	story := []body.Block{
		pa("The ferry operator ordered six new vessels on Wednesday, its chief executive said."),
		pa("The first of the vessels is due in two years."),
	}
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		name   string
		props  []extract.Field
		blocks []body.Block
		want   *kabar.Dateline
	}{
		{"a town in mixed case", []extract.Field{{Value: "Port Ellis", Source: "microdata"}}, story, dl("Port Ellis", "")},
		{"a town and its agency", []extract.Field{{Value: "PORT ELLIS (Osprey Wire) —", Source: "microdata"}}, story, dl("PORT ELLIS", "Osprey Wire")},
		{"a town, its region and a date", []extract.Field{{Value: "Kestrelburg, Ore., March 4", Source: "microdata"}}, story, dl("Kestrelburg, Ore.", "")},
		{"JSON-LD the body does not print", []extract.Field{{Value: "Port Ellis", Source: "jsonld"}}, story, nil},
		{"JSON-LD with its country, unprinted", []extract.Field{{Value: "Marlow, UK", Source: "jsonld"}}, story, nil},
		{"a meta tag the body does not print", []extract.Field{{Value: "KESTRELBURG, Ore.", Source: "meta:dateline"}}, story, nil},
		{"unprinted JSON-LD, then a printed element", []extract.Field{{Value: "Marlow, UK", Source: "jsonld"}, {Value: "Port Ellis", Source: "microdata"}}, story, dl("Port Ellis", "")},
		{"JSON-LD the second paragraph prints", []extract.Field{{Value: "Port Ellis", Source: "jsonld"}}, []body.Block{
			pa("Exclusive"),
			pa("PORT ELLIS, in the early hours of Wednesday, the ferry operator ordered six new vessels."),
		}, dl("PORT ELLIS", "")},
		{"a date", []extract.Field{{Value: "March 4, 2026", Source: "jsonld"}}, story, nil},
		{"a sentence", []extract.Field{{Value: "The ferry operator ordered six new vessels.", Source: "microdata"}}, story, nil},
		{"the first fits", []extract.Field{{Value: "4 March 2026", Source: "jsonld"}, {Value: "MARLOW", Source: "microdata"}}, story, dl("MARLOW", "")},
		{"as the body prints it", []extract.Field{{Value: "Port Ellis", Source: "jsonld"}}, []body.Block{
			pa("PORT ELLIS The ferry operator ordered six new vessels on Wednesday."),
		}, dl("PORT ELLIS", "")},
		{"the body's own wins", []extract.Field{{Value: "Marlow", Source: "jsonld"}}, []body.Block{
			pa("PORT ELLIS — The ferry operator ordered six new vessels on Wednesday."),
		}, dl("PORT ELLIS", "")},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/ferries", SiteName: "Kestrel Gazette", Title: "Ferry order",
			Body: tc.blocks, Datelines: tc.props}
		if got := Normalize(p, Options{}).Dateline; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: dateline %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestDatelinePropertyWitness: where the body's reading of its opening
// and the dateline property name different places, the property's place
// is taken as the paragraph prints it when the dateline's head holds it
// as a whole phrase; a body's place that opens with the property's (the
// fuller one) and a property the head does not hold leave the body's.
func TestDatelinePropertyWitness(t *testing.T) {
	pa := func(s string) body.Block { return body.Block{Kind: body.Paragraph, Text: s} }
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		name, prop, para string
		want             *kabar.Dateline
	}{
		{"a lead-in no lexicon lists", "Kestrelpur", "Filed By Our Desk, KESTRELPUR — Police arrested two men on Monday.", dl("KESTRELPUR", "")},
		{"the fuller body reading", "Kestrelburg", "KESTRELBURG, Ore. — Police arrested two men on Monday.", dl("KESTRELBURG, Ore.", "")},
		{"the region the body leaves out", "Vallon-Clair (Veloria)", "Vallon-Clair (Veloria) (KNA) – Le maire a démissionné ce lundi.", dl("Vallon-Clair (Veloria)", "KNA")},
		{"a place the head does not hold", "Marlow", "PORT ELLIS — Police arrested two men on Monday.", dl("PORT ELLIS", "")},
		{"part of a word", "Ellis", "PORT ELLISTON — Police arrested two men on Monday.", dl("PORT ELLISTON", "")},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/ferries", SiteName: "Kestrel Gazette", Title: "Ferry order",
			Body: []body.Block{pa(tc.para), pa("The first of the vessels is due in two years.")}, Datelines: []extract.Field{{Value: tc.prop, Source: "jsonld"}}}
		if got := Normalize(p, Options{}).Dateline; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: dateline %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
