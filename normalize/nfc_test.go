package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestIsNFC compares isNFC with norm.NFC.IsNormalString on texts whose
// ASCII opening is followed by what composes with its last byte
// (combining marks, U+0338 after "<" or "="), marks in and out of
// canonical order, long runs of marks, Hangul jamo, precomposed and
// decomposed letters, characters NFC never keeps (U+212B, U+F900),
// broken UTF-8, and on 50,000 random texts of those pieces.
func TestIsNFC(t *testing.T) {
	pieces := []string{"a", "e", "Plain words ", "<", "=", " ", "12345678", "\u0301", "\u0338", "\u0327", "\u0323\u0307", "\u0307\u0323",
		"\u1100", "\u1161", "\u11a8", "한", "é", "e\u0301", "\u212b", "\uf900", "\u00c5", "漢", "\xff", "\xe6\xbc", "’", strings.Repeat("\u0301", 35)}
	cases := []string{"", "a", "abcdefgh", "abcdefghé", "abcdefghe\u0301", "abcdefg<\u0338", "\u0301", "a\u0301", "\u1100\u1161", "x\u1100\u1161", "ok \xff"}
	rng := rand.New(rand.NewPCG(20, 26))
	for range 50000 {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	normal := 0
	for _, s := range cases {
		want := norm.NFC.IsNormalString(s)
		if got := isNFC(s); got != want {
			t.Fatalf("isNFC(%q) = %v, IsNormalString %v", s, got, want)
		}
		if want {
			normal++
		}
	}
	if normal == 0 || normal == len(cases) {
		t.Fatalf("%d of %d texts in NFC: the cases try one way only", normal, len(cases))
	}
}
