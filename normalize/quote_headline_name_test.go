package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// TestHeadlineNamesLoneSurname holds a class seen where a body goes on
// with a surname only and gives the full name nowhere but the headline:
// the headline's name is the speaker's, also when the headline joins it
// to a team or a brand by a conjunction, and also in a language that
// capitalises every noun (where a lone capitalised word is otherwise no
// name). German verbs of feeling report speech with their reflexive
// pronoun before the subject ("freut sich X"). Invented wording.
func TestHeadlineNamesLoneSurname(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang, title string
		paras       []string
		want        []string
	}{
		{"de", "Felix Kranzbichler und Velox sind die stärksten Fahrer beim Bergrennen",
			[]string{`Am Ende siegte der Favorit.`, `„Damit hatte ich heute wirklich nicht gerechnet“, freut sich Kranzbichler nach dem Ziel.`, `„Das Team hat mir am Berg sehr geholfen“, sagt Kranzbichler.`},
			[]string{"Felix Kranzbichler|freut|Damit hatte", "Felix Kranzbichler|sagt|Das Team"}},
		{"de", "Mira Oberholzer gewinnt den Sprint in Graz",
			[]string{`Die Titelverteidigerin lag lange zurück.`, `„Ich habe bis zum letzten Meter an den Sieg geglaubt“, sagt Oberholzer.`},
			[]string{"Mira Oberholzer|sagt|Ich habe"}},
		{"de", "",
			[]string{`Trainerin Hanna Vogt war nach dem Spiel zufrieden.`, `„Wir haben heute fast alles richtig gemacht“, freut sich Vogt.`},
			[]string{"Hanna Vogt|freut|Wir haben"}},
		{"de", "",
			[]string{`Kapitän Jonas Pfleiderer haderte mit dem Schiedsrichter.`, `„Diese Entscheidung hat uns das ganze Spiel gekostet“, ärgerte sich Pfleiderer.`},
			[]string{"Jonas Pfleiderer|ärgerte|Diese Entscheidung"}},
		{"en", "Tom Hale and Ferrari take the win at a wet Monza",
			[]string{`The race was stopped twice for rain.`, `"We pushed as hard as we could until the very last lap," said Hale.`},
			[]string{"Tom Hale|said|We pushed"}},
		{"fr", "Léa Marchetti et Alpine dominent le rallye de Corse",
			[]string{`La pilote a pris la tête dès la première spéciale.`, `« Nous avons eu beaucoup de chance aujourd'hui sur la route », a déclaré Marchetti.`},
			[]string{"Léa Marchetti|déclaré|Nous avons"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: tt.lang, title: tt.title}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q, %q)\n got %q\nwant %q", tt.title, tt.paras, got, tt.want)
		}
	}
}

// speakerLines reads paras as an article with art and gives each quote
// as "speaker|cue|first two words", the shape the speaker tables of this
// round compare.
func speakerLines(lx *lexicon, art articleInfo, paras []string) []string {
	var got []string
	for _, q := range lx.readArticleQuotes(art, paras) {
		f := strings.Fields(q.Text)
		got = append(got, fmt.Sprintf("%s|%s|%s", q.Speaker, q.Cue, strings.Join(f[:min(2, len(f))], " ")))
	}
	return got
}
