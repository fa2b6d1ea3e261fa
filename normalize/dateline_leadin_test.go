package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineCorrespondentLeadIn: a newsroom's credit for its own
// correspondent and a comma before the place ("From our correspondent,
// Lahore —") leave the place alone as the dateline, in each language's
// wording; without the comma the words are a sentence's.
func TestDatelineCorrespondentLeadIn(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"From Our Correspondent, Kestrel Bay — Police arrested two men on Monday.", dl("Kestrel Bay", "")},
		{"From our correspondent, PORT ELLIS: The council met on Monday.", dl("PORT ELLIS", "")},
		{"By Our Staff Reporter, MARLOW — Traders closed their shops.", dl("MARLOW", "")},
		{"De notre correspondant, Vallon-Clair (Hérault) – Le maire a démissionné.", dl("Vallon-Clair (Hérault)", "")},
		{"Von unserem Korrespondenten, BRÜCKENAU – Der Rat hat getagt.", dl("BRÜCKENAU", "")},
		{"From our correspondent in the north we heard little.", nil},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "valleyledger.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
