package normalize

import (
	"slices"
	"testing"
)

// TestSourceCompoundGerman: German cites an outlet in a compound whose
// last part is what the outlet reports ("Nach „X“-Informationen", "einem
// „X“-Bericht zufolge", "laut X-Recherchen"). A quoted first part is a
// publication's title; a bare one must be an outlet by its name, since
// authorities compound the same nouns ("Polizei-Angaben"). The site's own
// name in such a compound is no source.
func TestSourceCompoundGerman(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"Nach „Talboter Kurier“-Informationen prüfen die Ermittler auch diesen Fall.", []string{"Talboter Kurier"}},
		{"Nach „Wendelblick“-Informationen prüfen die Ermittler auch diesen Fall.", []string{"Wendelblick"}},
		{"Einem „Abendpost Marlau“-Bericht zufolge kassiert der Boxer mehr als zehn Millionen.", []string{"Abendpost Marlau"}},
		{"Wie aus »Wendelblick«-Recherchen hervorgeht, stand die Brücke seit Jahren leer.", []string{"Wendelblick"}},
		{"In einem «Talbote»-Interview sagte die Ministerin, sie trete nicht zurück.", []string{"Talbote"}},
		{"Nach Spiegel-Recherchen stand die Brücke seit Jahren leer.", []string{"Spiegel"}},
		{"Nach Talboter-Kurier-Informationen prüfen die Ermittler auch diesen Fall.", []string{"Talboter-Kurier"}},
		{"Nach Polizei-Angaben wurde niemand verletzt.", nil},
		{"Nach UN-Angaben sind mehr als zweitausend Menschen geflohen.", nil},
		{"Der Bundesnetzagentur-Bericht nennt zwölf Minuten im Jahr.", nil},
		{"Nach Valley-Ledger-Recherchen stand die Brücke seit Jahren leer.", nil},
		{"Nach „Valley Ledger“-Recherchen stand die Brücke seit Jahren leer.", nil},
		{"Die Brücke heißt „Alte Liebe“. Der Bericht kam später.", nil},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{tt.para}, "Valley Ledger", "valleyledger.example")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sources %q, want %q", tt.para, got, tt.want)
		}
	}
}
