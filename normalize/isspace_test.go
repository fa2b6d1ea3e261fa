package normalize

import (
	"testing"
	"unicode"
)

// TestIsSpace holds isSpace to unicode.IsSpace on every rune, and on
// values that are no runes.
func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, unicode.IsSpace says %v", r, got, want)
		}
	}
}
