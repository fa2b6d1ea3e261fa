package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineAgencyBeforePlace: wire copy that prints the agency in
// brackets first and the place after it ("(Agency) - CITY, 3 MAR -")
// gives both; an agency alone before the body still gives no place.
func TestDatelineAgencyBeforePlace(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"(ANSA) - VERONA, 14 GIU - Il consiglio comunale ha approvato il bilancio.", dl("VERONA", "ANSA")},
		{"(Adnkronos) - VERONA, 14 giugno - Il consiglio comunale ha approvato il bilancio.", dl("VERONA", "Adnkronos")},
		{"(Italpress) - VERONA - Il consiglio comunale ha approvato il bilancio.", dl("VERONA", "Italpress")},
		{"(ANSA) - Il consiglio comunale ha approvato il bilancio.", dl("", "ANSA")},
		{"(Reuters) - Shares slipped - then recovered by noon.", dl("", "Reuters")},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "kestrelgazette.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
