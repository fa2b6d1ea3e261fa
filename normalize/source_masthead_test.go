package normalize

import (
	"fmt"
	"testing"
)

// TestStrongCueMastheads: after a cue that only an outlet fits ("según
// publica X", "según recoge X", ", rapporte X", "selon les informations
// de X"), an unknown name printed as a masthead — opened by its article
// or an article elided onto it, its words joined by a preposition — is
// the outlet, even where a word of it names a region ("du Sud"); a
// person, a body or a name in lower case is not.
func TestStrongCueMastheads(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"Según publica El Eco de Robledal, las obras comenzarán en primavera.", []string{"El Eco de Robledal"}},
		{"Según recoge La Voz del Valle Alto, el coste superará los diez millones.", []string{"La Voz del Valle Alto"}},
		{"Les travaux dureront deux ans, rapporte L'Écho des Collines.", []string{"L'Écho des Collines"}},
		{"Selon les informations de La Dépêche du Littoral, le chantier est suspendu.", []string{"La Dépêche du Littoral"}},
		{"Le maire a démissionné, rapporte Le Républicain du Nord.", []string{"Le Républicain du Nord"}},
		// A person, a body, a bare place: no outlet.
		{"Según publica Carmen Echeverri en su blog, las obras comenzarán en primavera.", nil},
		{"Según recoge el Ayuntamiento de Robledal, el coste superará los diez millones.", nil},
		{"Les travaux dureront deux ans, rapporte Marie Dupont.", nil},
		{"Les travaux dureront deux ans, rapporte la mairie de Valbonne.", nil},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{tt.para}, "", "exemple.org")
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.para, got, tt.want)
		}
	}
}
