package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// TestSpeakerRoundEight holds invented articles for a class read on
// pages of several publishers: an informant the article keeps unnamed
// ("the source said", "sagte die Quelle", "explicó la fuente") is that
// phrase as written, never the person who spoke last, even in the
// paragraph where that person spoke; after "a source close to …" the
// definite noun goes back to that description.
func TestSpeakerRoundEight(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		lang  string
		paras []string
		want  []string // "speaker: first words of the text"
	}{
		{"the source said after a named speaker, en", "en", []string{
			`"Nobody controls the border crossing," Martin Oyelaran said.`,
			`A resident of the camp who asked not to be named disputed the claim. "The roads are open at night," the source said.`,
		}, []string{"Martin Oyelaran: Nobody", "the source: The roads"}},
		{"a source told, en", "en", []string{
			`"We will appeal this ruling," said Dana Whitfield, the club's chairman.`,
			`"The board never voted on the sale," a source told the newspaper.`,
		}, []string{"Dana Whitfield: We will", "a source: The board"}},
		{"die Quelle, de", "de", []string{
			`„Wir prüfen alle Optionen“, sagte Konrad Mehlhorn.`,
			`„Der Vertrag war längst unterschriftsreif“, sagte die Quelle.`,
		}, []string{"Konrad Mehlhorn: Wir prüfen", "die Quelle: Der Vertrag"}},
		{"the source said in the paragraph where a named person spoke, en", "en", []string{
			`"The deal is not dead yet," Priya Sandoval told reporters. "The board never voted on the sale," the source said.`,
		}, []string{"Priya Sandoval: The deal", "the source: The board"}},
		{"the sources after an unnamed informant brought in, en", "en", []string{
			`"We will appeal this ruling," said Dana Whitfield.`,
			`"The coach knew for weeks," said a club source.`,
			`"He will not be back next season," the source added.`,
		}, []string{"Dana Whitfield: We will", "a club source: The coach", "a club source: He will"}},
		{"la fuente, es", "es", []string{
			`“Vamos a recurrir la sanción”, dijo Álvaro Pineda.`,
			`“Nadie en el consejo sabía nada”, explicó la fuente.`,
		}, []string{"Álvaro Pineda: Vamos a", "la fuente: Nadie en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
				got = append(got, q.Speaker+": "+q.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotes\n got %q\nwant %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("quote %d\n got %q\nwant %q…\nof %s", i, got[i], tt.want[i], fmt.Sprint(tt.paras))
				}
			}
		})
	}
}
