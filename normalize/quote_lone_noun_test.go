package normalize

import (
	"strings"
	"testing"
)

// TestPronounPassesLoneNoun holds a class of languages that capitalise
// every noun: a sentence whose subject is an office ending in a noun
// ("Die Direktion für öffentliches Beschaffungswesen sagt …") leaves that
// one word as its subject, and a later "sagte er" must not fall to it:
// the person it stands for is the one named before. A surname an
// attribution named stays a referent. Invented wording.
func TestPronounPassesLoneNoun(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		paras []string
		want  []string
	}{
		{[]string{
			`Paul Amsler, Experte für Energie, sagte, dass die Regierung die Verfassung missachte.`,
			`„Die Behörde wird die Konten der Unternehmen nicht prüfen können“, bezweifelte er.`,
			`Die Nationale Direktion für öffentliches Beschaffungswesen (DNB) sagt ebenfalls, dass sie nicht eingreifen kann.`,
			`„Der Fall der Schreibtische zeigt, dass sie in Wirklichkeit nur stehlen wollen“, sagte er.`},
			[]string{"Paul Amsler|bezweifelte|Die Behörde", "Paul Amsler|sagte|Der Fall"}},
		{[]string{
			`Die Anwohnerin Petra Kessler wehrt sich gegen den Bau der Straße.`,
			`„Wir wurden von niemandem gefragt, nicht ein einziges Mal“, sagte Kessler.`,
			`Das Bauamt für öffentliches Verkehrswesen sagt dagegen, dass alle Fristen eingehalten wurden.`,
			`„Für uns ist das ein Schlag ins Gesicht, ganz ehrlich“, sagte sie.`},
			[]string{"Petra Kessler|sagte|Wir wurden", "Petra Kessler|sagte|Für uns"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: "de"}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
