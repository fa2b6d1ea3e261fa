package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineRegionBracket: a town followed by its département, province
// or a region the lexicons know, in brackets, is one place with no source
// ("Sète (Hérault) –"), as is a bracket no lexicon knows that a comma
// and a date follow; a bracket naming an agency stays the source, also
// after the region.
func TestDatelineRegionBracket(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"Vallon-Clair (Hérault) – Le conseil municipal a voté le budget.", dl("Vallon-Clair (Hérault)", "")},
		{"Saint-Aubin-du-Pré (Morbihan) - Les pêcheurs sont rentrés au port.", dl("Saint-Aubin-du-Pré (Morbihan)", "")},
		{"Castelnau (Haute-Garonne) (AFP) – Le maire a démissionné.", dl("Castelnau (Haute-Garonne)", "AFP")},
		{"Villanueva del Prado (Asturias) - El alcalde firmó el convenio.", dl("Villanueva del Prado (Asturias)", "")},
		{"Puerto Lindo (Ciudad Real), 4 mar (Agencia Norte) - El pleno aprobó las cuentas.", dl("Puerto Lindo (Ciudad Real)", "Agencia Norte")},
		{"Lyon (AFP) — Le maire a annoncé un plan.", dl("Lyon", "AFP")},
		{"Kestrelpur (Veloria), Dec. 3 — Police arrested two men.", dl("Kestrelpur (Veloria)", "")},
		{"Kestrelpur (Veloria), Dec. 3 (KNA) — Police arrested two men.", dl("Kestrelpur (Veloria)", "KNA")},
		{"Vallon-Clair (Valley Wire) — Le maire a annoncé un plan.", dl("Vallon-Clair", "Valley Wire")},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "valleyledger.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
