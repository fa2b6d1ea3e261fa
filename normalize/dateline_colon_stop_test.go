package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineColonAfterBracketAndStopAfterDate: a colon closing the
// agency's bracket ends the dateline ("Place (Agency):", "PLACE, Date
// (Agency):"), an acronym the lexicons list as a place staying the
// agency there; a full stop after a French press release's date ends it
// too ("Place, le 3 décembre 2024. Le …").
func TestDatelineColonAfterBracketAndStopAfterDate(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"Tromsvik (Fjord Wire): Regjeringen la fram budsjettet.", dl("Tromsvik", "Fjord Wire")},
		{"Tromsvik (NTB): Regjeringen la fram budsjettet.", dl("Tromsvik", "NTB")},
		{"KESTRELPUR, Dec 3 (KNA): Police arrested two men.", dl("KESTRELPUR", "KNA")},
		{"Kestrelpur, December 3 (KNA) Police arrested two men.", dl("Kestrelpur", "KNA")},
		{"Vallon-Clair, le 3 décembre 2024. Le conseil a voté le budget.", dl("Vallon-Clair", "")},
		{"Vallon-Clair (Hérault): Le conseil a voté le budget.", dl("Vallon-Clair (Hérault)", "")},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "valleyledger.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
