package normalize

import "testing"

// TestDatelineBrandCased24: an outlet written as one word with a capital
// inside it ("Jakarta, KabarPublik -") is the dateline's source, not a
// region of the place; a town or surname with a short particle before
// its inner capital ("McAllen", "DeKalb") stays a place. The texts are
// invented.
func TestDatelineBrandCased24(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, place, source string
	}{
		{"Jakarta, KabarPublik - Pemerintah mengumumkan rencana baru.", "Jakarta", "KabarPublik"},
		{"MEDAN, WartaDaerah – Harga cabai kembali naik.", "MEDAN", "WartaDaerah"},
		{"Springfield, ValleyWire — The council met on Tuesday.", "Springfield", "ValleyWire"},
		{"McAllen, Texas — The council met on Tuesday.", "McAllen, Texas", ""},
		{"DeKalb, Ill. — The council met on Tuesday.", "DeKalb, Ill.", ""},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %q (%q)", tt.para, dl, tt.place, tt.source)
		}
	}
	for w, want := range map[string]bool{
		"KabarPublik": true, "ValleyWire": true, "McAllen": false, "DeKalb": false,
		"MacArthur": false, "JAKARTA": false, "Jakarta": false, "Kabar": false, "KabarP": false,
	} {
		if got := brandCased(w); got != want {
			t.Errorf("brandCased(%q) = %v, want %v", w, got, want)
		}
	}
}
