package normalize

import "testing"

// TestSourceActiveVerbDari covers the Indonesian active citation verbs
// with "dari" after them, as the passive ones take it ("Melansir dari
// X", "Mengutip dari X"): the outlet is a source. After the same words a
// person or an office's page cites no outlet.
func TestSourceActiveVerbDari(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"melansir dari", "Melansir dari Reuters, harga kopi dunia naik tiga persen pekan ini.", []string{"Reuters"}},
		{"mengutip dari", "Mengutip dari The Guardian, kapal itu membawa 40 penumpang.", []string{"The Guardian"}},
		{"mengutip dari with noun", "Mengutip dari kantor berita Antara, dermaga dibuka kembali pada Juni.", []string{"Antara"}},
		{"mengutip dari person", "Mengutip dari Dimas Prasetyo, rapat berlangsung tertutup.", nil},
	})
}
