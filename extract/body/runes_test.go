package body

import (
	"testing"
	"unicode"
)

// TestRuneTable checks lowerRune and isLetterDigit against unicode for
// every rune of the table and around it, negatives and runes past
// Unicode included.
func TestRuneTable(t *testing.T) {
	check := func(r rune) {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
		if got, want := isLetterDigit(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isLetterDigit(%U) = %v, want %v", r, got, want)
		}
	}
	for r := rune(-3); r < runeTableSize+0x400; r++ {
		check(r)
	}
	for _, r := range []rune{0xffff, 0x10000, 0x10400, 0x10ffff, 0x110000, 0x7fffffff} {
		check(r)
	}
}
