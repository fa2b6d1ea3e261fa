package body

import "testing"

// TestPagerLine: the pager of an article split over pages, its numbers
// in a run with pager words, arrows and separators around them, is no
// text; a line with other words, numbers out of a run or years is.
func TestPagerLine(t *testing.T) {
	lx := builtin()
	tests := map[string]bool{
		"1 2 3 4 5":                           true,
		"2 3 4":                               true,
		"Halaman: 1 2 3 Berikutnya":           true,
		"« Sebelumnya 1 2 Selanjutnya »":      true,
		"Pages: 1 2 3 Next ›":                 true,
		"Seite 1 | 2 | 3 weiter":              true,
		"Página 1 2 Siguiente":                true,
		"1 3 5":                               false, // not a run
		"2023 2024":                           false, // years
		"3":                                   false, // one number
		"Halaman 2":                           false, // one number: "halaman {n}" is the lexicon's
		"Next":                                false, // no numbers: the lexicon's
		"Rooms 1 2 3 were flooded":            false,
		"In 2020 there were 3 4 5 cases.":     false,
		"Tahap 1 2 3 sudah selesai, kata dia": false,
	}
	for s, want := range tests {
		if got := lx.pagerLine(s); got != want {
			t.Errorf("pagerLine(%q) = %v, want %v", s, got, want)
		}
	}
	// A pager's words alone leave the text through the lexicon.
	for _, s := range []string{"Next", "Previous", "Berikutnya", "Sebelumnya", "Weiter", "Zurück", "Suivant", "Précédent", "Siguiente", "Anterior"} {
		if got := lx.judge(s, 0); got != drop {
			t.Errorf("judge(%q) = %d, want %d", s, got, drop)
		}
	}
	for _, s := range []string{"Sebelumnya, polisi telah memeriksa tiga saksi.", "Next year the ferry will run twice a day.", "Weiter ging es am Montag mit der Sitzung."} {
		if got := lx.judge(s, 0); got != keep {
			t.Errorf("judge(%q) = %d, want %d", s, got, keep)
		}
	}
}
