package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// TestPossessiveEndsName holds invented paragraphs where a name ending in
// s takes a bare apostrophe for its possessive and a capitalised word
// follows ("Greta Voss' Erfolgsgeschichte"; German capitalises the noun):
// the apostrophe ends the name, so the person stays "Greta Voss" and a
// later pronoun or surname goes to her, not to a name with the noun glued
// on.
func TestPossessiveEndsName(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		lang  string
		paras []string
		want  []string // "speaker: first words of the text"
	}{
		{"German possessive, pronoun later", "de", []string{
			`Bemerkenswert ist vor allem Greta Voss' Erfolgsgeschichte, die in einer Garage begann.`,
			`„Am Anfang hatte ich nichts außer einer Idee“, erzählt sie.`,
		}, []string{"Greta Voss: Am Anfang"}},
		{"German possessive, surname later", "de", []string{
			`Niklas Haas' Unternehmen beschäftigt heute vierzig Leute.`,
			`„Wir wachsen langsam, aber sicher“, sagt Haas.`,
		}, []string{"Niklas Haas: Wir wachsen"}},
		{"typographic apostrophe", "de", []string{
			`Inspirierend ist Doris Weiss’ Lebensgeschichte.`,
			`„Ich habe nie aufgegeben“, sagte Weiss.`,
		}, []string{"Doris Weiss: Ich habe"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tc.lang}, tc.paras) {
				got = append(got, q.Speaker+": "+q.Text)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("quotes\n got %q\nwant %q", got, tc.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("quote %d\n got %q\nwant %q…\nof %s", i, got[i], tc.want[i], fmt.Sprint(tc.paras))
				}
			}
		})
	}
}
