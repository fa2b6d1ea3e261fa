package normalize

import (
	"strings"
	"testing"
)

// TestIsGivenWord checks that isGivenWord(w) is isGivenName of w lowered
// by strings.ToLower, on every given name of the lexicons written in
// lower case, capitalised and in capitals, and on invented words: other
// scripts, letters whose lower case is longer or shorter in UTF-8 (İ, K
// the kelvin sign), broken UTF-8 and words longer than the stack buffer.
func TestIsGivenWord(t *testing.T) {
	lx := loadLexicon()
	if len(lx.givenGender) == 0 {
		t.Fatal("the lexicons hold no given names")
	}
	words := []string{"", "Zorvanek", "ÖZTÜRKLI", "İlkay", "\u212aim", "Kim", "KIM", "Ана", "\xffAna", "Ana\xff",
		strings.Repeat("Marisol", 12), strings.Repeat("É", 40)}
	for name := range lx.givenGender {
		words = append(words, name, strings.ToUpper(name), strings.ToUpper(name[:1])+name[1:])
	}
	given := 0
	for _, w := range words {
		want := lx.isGivenName(strings.ToLower(w))
		if got := lx.isGivenWord(w); got != want {
			t.Fatalf("isGivenWord(%q) = %v, isGivenName of it lowered %v", w, got, want)
		}
		if want {
			given++
		}
	}
	if given < len(lx.givenGender) {
		t.Errorf("%d words are given names, fewer than the lexicons' %d", given, len(lx.givenGender))
	}
}
