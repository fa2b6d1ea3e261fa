package normalize

import (
	"strings"
	"testing"
)

// TestBodyWithAdjectiveAfterNoun holds bodies that speak as themselves
// in languages that put the adjective after its noun ("la police
// nationale", "el ministerio ruso de Defensa"): the phrase, adjective and
// complement kept, is the speaker as written, not the person named before
// nor a phrase running on into "dans un communiqué". A ministry is a body
// in French and Spanish. Invented wording.
func TestBodyWithAdjectiveAfterNoun(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"fr", []string{`Le maire Paul Vernet a visité le quartier.`, `« Trois suspects ont été interpellés dans la nuit », a indiqué la police nationale dans un communiqué.`},
			[]string{"la police nationale|indiqué|Trois suspects"}},
		{"fr", []string{`« Les batteries côtières ont intercepté douze drones au-dessus de la baie », rapporte le ministère suédois de la Défense sur son site.`},
			[]string{"le ministère suédois de la Défense|rapporte|Les batteries"}},
		{"es", []string{`"Las baterías costeras interceptaron doce drones sobre la bahía", informó el ministerio sueco de Defensa en un comunicado.`},
			[]string{"el ministerio sueco de Defensa|informó|Las baterías"}},
		{"es", []string{`"Tres sospechosos fueron detenidos durante la noche", señaló la policía local en un comunicado.`},
			[]string{"la policía local|señaló|Tres sospechosos"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: tt.lang}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
