package normalize

import (
	"slices"
	"testing"
)

// TestGermanKindNounIsNoPartOfOutlet: German capitalises the noun of an
// outlet's kind ("die Zeitung X", "der Sender X", "die
// Nachrichtenagentur X"); a cue that reads the capitalised words after it
// cites the outlet by its name alone, as "the newspaper X" does, and
// once. Look-alikes: a name the noun closes ("Süddeutsche Zeitung"), the
// noun alone, and a noun that is not marked (Portal, also an English
// word).
func TestGermanKindNounIsNoPartOfOutlet(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"Der Plan wurde aufgegeben, wie die Zeitung Talboter Anzeiger berichtet.", []string{"Talboter Anzeiger"}},
		{"Der Plan wurde aufgegeben, berichtet die Tageszeitung Talboter Anzeiger.", []string{"Talboter Anzeiger"}},
		{"Der Plan wurde aufgegeben, wie das Magazin Talboter Rundschau berichtet.", []string{"Talboter Rundschau"}},
		{"Der Plan wurde aufgegeben, sagte die Bürgermeisterin dem Sender Talbot TV.", []string{"Talbot TV"}},
		{"Der Plan wurde aufgegeben, wie die Nachrichtenagentur Talbot Wire meldet.", []string{"Talbot Wire"}},
		{"Der Plan wurde aufgegeben, wie die Talboter Zeitung berichtet.", []string{"Talboter Zeitung"}},
		{"Der Plan wurde aufgegeben, wie die Zeitung berichtet.", nil},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{tt.para}, "Valley Ledger", "valleyledger.example")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sources %q, want %q", tt.para, got, tt.want)
		}
	}
}
