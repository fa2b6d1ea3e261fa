package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineBar: a vertical bar set apart by spaces ends a dateline
// after a place and the outlet's mark ("BERLIN taz |", "HAMBURG dpa |")
// or after a place in upper case ("MARLOW |"); a breadcrumb's or a
// name's bar stays no dateline.
func TestDatelineBar(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para, site string
		want       *kabar.Dateline
	}{
		{"KESTRELBURG vlz | Der Stadtrat hat den Haushalt beschlossen.", "vlz.example", dl("KESTRELBURG", "vlz")},
		{"BRÜCKENAU epd | Die Synode tagt am Montag.", "valleyledger.example", dl("BRÜCKENAU", "epd")},
		{"PORT ELLIS AFP | The council met on Monday.", "valleyledger.example", dl("PORT ELLIS", "AFP")},
		{"MARLOW | Traders closed their shops on Monday.", "valleyledger.example", dl("MARLOW", "")},
		{"Home | News | Politics", "valleyledger.example", nil},
		{"Jane Roe | Valley Ledger", "valleyledger.example", nil},
		{"KESTREL Bay | Die Stadt plant.", "valleyledger.example", nil},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, tc.site); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
