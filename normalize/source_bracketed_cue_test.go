package normalize

import (
	"slices"
	"testing"
)

// TestBracketedCitation: a citation set in brackets ("(according to X)",
// "(laut X)", "[via X]") is read as it is without them, and the bracket
// is no part of the name; a clause in brackets closing a paragraph
// ("(X reported)") cites X, not "X reported". Look-alike: an acronym in
// brackets after an outlet's full name stays its acronym.
func TestBracketedCitation(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"The ferry plan was dropped last year (via The Harbor Gazette).", []string{"The Harbor Gazette"}},
		{"The ferry plan was dropped last year (according to The Harbor Gazette).", []string{"The Harbor Gazette"}},
		{"The ferry plan was dropped last year [via Harbor Gazette].", []string{"Harbor Gazette"}},
		{"The ferry plan was dropped last year (Harbor Gazette reported).", []string{"Harbor Gazette"}},
		{"Der Fährplan wurde aufgegeben (laut Talboter Anzeiger).", []string{"Talboter Anzeiger"}},
		{"El plan fue abandonado (según el diario Heraldo del Valle).", []string{"Heraldo del Valle"}},
		{"Rencana itu dibatalkan (dikutip dari Harbor Gazette).", []string{"Harbor Gazette"}},
		{"The ferry plan was dropped last year (a decision the council regrets).", nil},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{tt.para}, "Valley Ledger", "valleyledger.example")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sources %q, want %q", tt.para, got, tt.want)
		}
	}
}
