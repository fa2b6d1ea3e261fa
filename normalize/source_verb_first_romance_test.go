package normalize

import "testing"

// TestSourceVerbFirstRomance covers the French and Spanish close of a
// sentence that names its outlet after the verb: the compound past and
// the verbs of writing and telling in French ("…, a rapporté Le
// Parisien", "…, écrit Le Monde", "…, indique Le Figaro"), the present
// of "publicar" in Spanish ("…, publica El Mundo"). Look-alikes: the same
// verbs before a person, an office or a book.
func TestSourceVerbFirstRomance(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"fr a rapporté", "Le quai rouvrira en juin, a rapporté Le Parisien.", []string{"Le Parisien"}},
		{"fr a révélé", "Le quai rouvrira en juin, a révélé Le Monde.", []string{"Le Monde"}},
		{"fr écrit", "Le quai rouvrira en juin, écrit Le Figaro.", []string{"Le Figaro"}},
		{"fr indique", "Le quai rouvrira en juin, indique Libération.", []string{"Libération"}},
		{"es publica", "El muelle abrirá en junio, publica El Mundo.", []string{"El Mundo"}},
		{"fr écrit person", "« Nous sommes prêts », écrit Hélène Marchetti dans son livre.", nil},
		{"fr indique office", "Le quai rouvrira en juin, indique la mairie dans un communiqué.", nil},
		{"es publica book", "La editorial publica Cien años de soledad en una nueva edición.", nil},
	})
}
