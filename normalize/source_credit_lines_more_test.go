package normalize

import (
	"slices"
	"testing"
)

// TestClosingCreditsMoreLanguages: the short closing credits and
// syndication lines of more languages and wordings name the outlet as
// their English equivalents do ("Source: X", "With X", "This article first
// appeared in X"), and a credit line in brackets ends at its close, which
// is no part of the outlet's name ("(With Reuters)" was "Reuters)").
func TestClosingCreditsMoreLanguages(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		line string
		want []string
	}{
		{"(With Reuters)", []string{"Reuters"}},
		{"(Avec AFP).", []string{"AFP"}},
		{"(con información de Harbor Wire)", []string{"Harbor Wire"}},
		{"(With inputs from PTI)", []string{"PTI"}},
		{"(Com informações da Reuters)", []string{"Reuters"}},
		{"Com informações do Harbor Gazette", []string{"Harbor Gazette"}},
		{"Fonte: Harbor Gazette", []string{"Harbor Gazette"}},
		{"Bron: Harbor Gazette", []string{"Harbor Gazette"}},
		{"Źródło: Harbor Gazette", []string{"Harbor Gazette"}},
		{"Zdroj: Harbor Gazette", []string{"Harbor Gazette"}},
		{"Kilde: Harbor Gazette", []string{"Harbor Gazette"}},
		{"Källa: Harbor Gazette", []string{"Harbor Gazette"}},
		{"Kaynak: Harbor Gazette", []string{"Harbor Gazette"}},
		{"Источник: Harbor Gazette", []string{"Harbor Gazette"}},
		{"This story was first published by Harbor Gazette.", []string{"Harbor Gazette"}},
		{"This article was produced by Harbor Gazette and is republished with permission.", []string{"Harbor Gazette"}},
		{"Cet article a d'abord été publié dans Harbor Gazette.", []string{"Harbor Gazette"}},
		{"Het artikel verscheen eerder in Harbor Gazette.", []string{"Harbor Gazette"}},
		{"Artykuł ukazał się pierwotnie w Harbor Gazette.", []string{"Harbor Gazette"}},
		{"With inputs from agencies", nil},
		{"(The plan was dropped last year after a long dispute)", nil},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{"The ferry service to the outer islands will resume on Friday after three weeks of repairs.", tt.line}, "Valley Ledger", "valleyledger.example")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sources %q, want %q", tt.line, got, tt.want)
		}
	}
}
