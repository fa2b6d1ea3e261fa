package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineBodyOpensWithBrand: the body after a dateline may open with
// a name written with a lower-case first letter and a capital inside
// ("eBay", "iPhone"); a lower-case word still makes the line an aside.
func TestDatelineBodyOpensWithBrand(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"PORT ELLIS, Nov 3 (Reuters) - eBay said on Monday it would close its office.", dl("PORT ELLIS", "Reuters")},
		{"Port Ellis (AP) — iPhone sales slowed in the third quarter.", dl("Port Ellis", "AP")},
		{"PORT ELLIS — mRNA vaccines were shipped to the island on Friday.", dl("PORT ELLIS", "")},
		{"Budi Santoso - yang kini menjabat ketua RT - mengatakan.", nil},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "harbourtimes.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
