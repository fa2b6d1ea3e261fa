package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestDatelineAfterSummaryBullets: a summary's bullets set over the story
// ("Key points") do not count among the two paragraphs a dateline may
// open; a list item that is a dateline itself is still read, and a third
// paragraph of prose still opens no dateline.
func TestDatelineAfterSummaryBullets(t *testing.T) {
	li := func(s string) body.Block { return body.Block{Kind: body.ListItem, Text: s} }
	pa := func(s string) body.Block { return body.Block{Kind: body.Paragraph, Text: s} }
	tests := []struct {
		name   string
		blocks []body.Block
		want   *kabar.Dateline
	}{
		{"after two bullets", []body.Block{
			li("The ferry operator ordered six new vessels worth $900 million."),
			li("The order follows a year of record passenger numbers."),
			pa("PORT ELLIS, Veloria — The ferry operator ordered six new vessels on Wednesday, its chief executive said."),
			pa("The first of the vessels is due in two years."),
		}, &kabar.Dateline{Place: "PORT ELLIS, Veloria"}},
		{"after three bullets and a lede", []body.Block{
			li("The ferry operator ordered six new vessels."),
			li("The order is its largest."),
			li("Deliveries start in two years."),
			pa("Ferries have never been busier on the coast."),
			pa("PORT ELLIS (Osprey Wire) — The ferry operator ordered six new vessels on Wednesday."),
		}, &kabar.Dateline{Place: "PORT ELLIS", Source: "Osprey Wire"}},
		{"a bullet that is the dateline", []body.Block{
			li("AFP, PORT ELLIS"),
			pa("The ferry operator ordered six new vessels on Wednesday, its chief executive said."),
		}, &kabar.Dateline{Place: "PORT ELLIS", Source: "AFP"}},
		{"third paragraph of prose", []body.Block{
			pa("Ferries have never been busier on the coast."),
			pa("The operator carried four million people last year."),
			pa("PORT ELLIS — The ferry operator ordered six new vessels on Wednesday."),
		}, nil},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/ferries", SiteName: "Kestrel Gazette", Title: "Ferry order", Body: tc.blocks}
		if got := Normalize(p, Options{}).Dateline; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: dateline %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
