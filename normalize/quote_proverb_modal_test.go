package normalize

import (
	"strings"
	"testing"
)

// TestProverbAndModalLeadIn holds two English lead-ins that gave the
// quote to the last speaker: a proverb brought in by a noun ("As the
// saying goes", "there is a saying that goes") is no one's, and "As X
// would say" (a verb of mood, not an adverb, between the lone name and
// its verb) is X's, as written. French "a affirmé" (an auxiliary spelt as
// the English article) still reads its subject. Invented wording.
func TestProverbAndModalLeadIn(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"en", []string{`"We ask about every hobby and every pet," Dr. Owen Harte said.`, `As the saying goes, "An apple a day keeps the doctor away."`},
			[]string{"Owen Harte|said|We ask", "||An apple"}},
		{"en", []string{`"We ask about every hobby and every pet," Dr. Owen Harte said.`, `Locals have a saying that goes "the river always takes its share of the harvest".`},
			[]string{"Owen Harte|said|We ask", "||the river"}},
		{"en", []string{`"We ask about every hobby and every pet," Dr. Owen Harte said.`, `As Poirot would put it, "The little grey cells must do their work."`},
			[]string{"Owen Harte|said|We ask", "Poirot|put|The little"}},
		{"fr", []string{`« Nous avons repoussé toutes les attaques de la nuit », a déclaré Paul Vernet.`, `Le ministre de la Défense a affirmé que l'armée avait « détruit les meilleures unités ennemies ».`},
			[]string{"Paul Vernet|déclaré|Nous avons", "Le ministre de la Défense|affirmé|détruit les"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: tt.lang}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
