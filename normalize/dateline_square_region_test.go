package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineSquareBracketRegion: a wire that sets the country in square
// brackets after the town ("Town [Country], Date (Agency):") gives the
// town with its country as the place and the agency as the source; a
// known agency in square brackets is still the source.
func TestDatelineSquareBracketRegion(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"Port Ellis [Veloria], Nov 3 (Meridian): The council approved the budget.", dl("Port Ellis [Veloria]", "Meridian")},
		{"Kestrel Bay [Veloria], March 14 (KNA): Farmers protested on Monday.", dl("Kestrel Bay [Veloria]", "KNA")},
		{"Kestrel Bay (North Province) [Veloria], 4 May (KNA): Farmers protested.", dl("Kestrel Bay (North Province) [Veloria]", "KNA")},
		{"Kestrel Bay [Veloria], May 4: Farmers protested on Monday.", dl("Kestrel Bay [Veloria]", "")},
		{"Jakarta [Antara] - Harga beras naik lagi.", dl("Jakarta", "Antara")},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "harbourtimes.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
