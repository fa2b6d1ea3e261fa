package normalize

import "testing"

// TestSourceVerbFirstIndonesian covers the Indonesian close of a sentence
// that names its outlet after the verb ("…, lapor Reuters", "…, tulis The
// Guardian"): the outlet is a source. The same words before a person or
// a reporter on the spot cite no outlet.
func TestSourceVerbFirstIndonesian(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"lapor agency", "Harga minyak dunia naik dua persen pada Senin, lapor Reuters.", []string{"Reuters"}},
		{"lapor with noun", "Gempa mengguncang pesisir pada Selasa pagi, lapor kantor berita Antara.", []string{"Antara"}},
		{"tulis paper", "Rencana itu ditunda hingga tahun depan, tulis The Guardian.", []string{"The Guardian"}},
		{"tulis person", "Ia menolak tuduhan itu, tulis Dimas Prasetyo di akunnya.", nil},
		{"lapor reporter", "Rapat berlangsung tertutup, lapor wartawan di lokasi.", nil},
	})
}
