package normalize

import (
	"strings"
	"testing"
)

// TestNameParticleRuns holds names with a run of particles inside them
// ("van der", "van den", "von der") and surnames printed with their
// particle opening them ("Van der Berghe", "De Vries"): the full name is
// read whole, and the surname with its particle resolves to the person the
// article named in full. Where every noun is capitalised, "von der" before
// a noun is where someone works, and an article after a name is the
// sentence's. Invented wording.
func TestNameParticleRuns(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		lang  string
		paras []string
		want  []string
	}{
		{"two particles after the verb", "en",
			[]string{`"We played well in the second half," said Ludovic van der Berghe.`},
			[]string{"Ludovic van der Berghe|said|We played"}},
		{"surname with its capitalised particle before the verb", "en",
			[]string{`Coach Ludovic van der Berghe was upbeat after the match.`, `"We played well in the second half," Van der Berghe said.`},
			[]string{"Ludovic van der Berghe|said|We played"}},
		{"Dutch surname opened by De", "nl",
			[]string{`Burgemeester Pieter de Vries opende de vergadering.`, `"We kunnen niet langer wachten op het rijk," zei De Vries.`},
			[]string{"Pieter de Vries|zei|We kunnen"}},
		{"Dutch van den after a job", "nl",
			[]string{`"We kunnen niet langer wachten op het rijk," zei wethouder Joost van den Akker.`},
			[]string{"Joost van den Akker|zei|We kunnen"}},
		{"Spanish name of five words with its particles", "es",
			[]string{`"No podemos esperar más en esta ciudad", dijo María de los Ángeles Cuevas.`},
			[]string{"María de los Ángeles Cuevas|dijo|No podemos"}},
		{"Spanish surname resolves to the name with its particles", "es",
			[]string{`La alcaldesa María de los Ángeles Cuevas abrió la sesión.`, `"No podemos esperar más en esta ciudad", dijo Cuevas.`},
			[]string{"María de los Ángeles Cuevas|dijo|No podemos"}},
		{"Spanish body's joiner stays out of a name", "es",
			[]string{`"No podemos esperar más en esta ciudad", dijo el rector de la Universidad de Valdoria, Tomás Ibarra.`},
			[]string{"Tomás Ibarra|dijo|No podemos"}},
		{"German von der before an institution", "de",
			[]string{`„Die Pegel steigen schneller als erwartet“, sagte Frauke Tessmer von der Hochschule Lindenau.`},
			[]string{"Frauke Tessmer|sagte|Die Pegel"}},
		{"German von der before an unknown body", "de",
			[]string{`„Die Schlange wird jede Woche länger“, sagte Frauke Tessmer von der Tafel.`},
			[]string{"Frauke Tessmer|sagte|Die Schlange"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakerLines(lx, articleInfo{lang: tt.lang}, tt.paras)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
			}
		})
	}
}
