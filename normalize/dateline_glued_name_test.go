package normalize

import (
	"reflect"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestDatelineGluedName: a page may run the byline's name and the
// dateline together in one paragraph ("Jane Roe WASHINGTON —"): the place
// is the part in capitals, not the name in mixed case before it. A place
// in one case, and a region after a comma in another case, stay whole.
func TestDatelineGluedName(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"Dana Whitcombe PORT ELLIS — The ferry operator ordered six new vessels on Wednesday.", dl("PORT ELLIS", "")},
		{"Dana Q. Whitcombe KESTRELBURG (Osprey Wire) — The ferry operator ordered six new vessels.", dl("KESTRELBURG", "Osprey Wire")},
		{"Marta Illescas-Reyes MARLOW, Nov. 20 (Osprey Wire) - The ferry operator ordered six new vessels.", dl("MARLOW", "Osprey Wire")},
		{"PORT ELLIS — The ferry operator ordered six new vessels on Wednesday.", dl("PORT ELLIS", "")},
		{"Port Ellis — The ferry operator ordered six new vessels on Wednesday.", dl("Port Ellis", "")},
		{"KESTRELBURG, Ore. — The ferry operator ordered six new vessels on Wednesday.", dl("KESTRELBURG, Ore.", "")},
		{"Kestrelpur, NTB (Osprey Wire) - The ferry operator ordered six new vessels on Wednesday.", dl("Kestrelpur, NTB", "Osprey Wire")},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "valleyledger.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: dateline %+v, want %+v", tc.para, got, tc.want)
		}
	}
}

// TestCreditHeadGluedDateline: a credit that opens the lead paragraph and
// runs on into the dateline ("By Jane Roe WASHINGTON (Wire) —") gives its
// names, and the dateline stays with the prose and is read; a credit
// followed by prose with no dateline is cut as before.
func TestCreditHeadGluedDateline(t *testing.T) {
	pa := func(s string) body.Block { return body.Block{Kind: body.Paragraph, Text: s} }
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	rest := pa("The first of the vessels is due in two years, the operator said.")
	tests := []struct {
		lead, lang string
		want       *kabar.Dateline
		authors    []string
		text       string
	}{
		{"By Dana Whitcombe PORT ELLIS (Osprey Wire) - The ferry operator ordered six new vessels on Wednesday.", "en",
			dl("PORT ELLIS", "Osprey Wire"), []string{"Dana Whitcombe"}, "PORT ELLIS (Osprey Wire) - The ferry operator"},
		{"By Dana Whitcombe and Ravi Okonkwo KESTRELBURG — The ferry operator ordered six new vessels on Wednesday.", "en",
			dl("KESTRELBURG", ""), []string{"Dana Whitcombe", "Ravi Okonkwo"}, "KESTRELBURG — The ferry operator"},
		{"Laporan Wartawan Harian Kestrel, Rina Lestari HARIANKESTREL.COM, MARLOW - Operator kapal memesan enam kapal baru pada Rabu.", "id",
			dl("MARLOW", "HARIANKESTREL.COM"), []string{"Rina Lestari"}, "HARIANKESTREL.COM, MARLOW - Operator kapal"},
		{"By Dana Whitcombe - The ferry operator ordered six new vessels on Wednesday.", "en",
			nil, []string{"Dana Whitcombe"}, "The ferry operator"},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/ferries", SiteName: "Kestrel Gazette", Title: "Ferry order",
			Lang: tc.lang, Body: []body.Block{pa(tc.lead), rest}}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Dateline, tc.want) || !reflect.DeepEqual(a.Authors, tc.authors) || !strings.HasPrefix(a.Text, tc.text) {
			t.Errorf("%q: dateline %+v authors %q text %q; want %+v %q %q…", tc.lead, a.Dateline, a.Authors, a.Text[:min(len(a.Text), 60)], tc.want, tc.authors, tc.text)
		}
	}
}
