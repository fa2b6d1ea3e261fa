package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// textWeightPlain is textWeight's definition read a rune at a time: the
// reference its eight-byte reading of ASCII is checked against.
func textWeightPlain(s string) int {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			n += 3
		} else {
			n++
		}
	}
	return n
}

// TestTextWeightRuns compares textWeight with textWeightPlain on a table
// of texts where ASCII runs end at every offset of an eight-byte word, and
// on 30,000 random texts of ASCII, Latin letters, CJK, Hangul and broken
// UTF-8.
func TestTextWeightRuns(t *testing.T) {
	cases := []string{
		"",
		"a",
		"eight ch",
		"nine char",
		"Sixteen letters.",
		"é", "ab é cd", "abcdefgé", "abcdefghé", "abcdefghijklmnoé",
		"漢字", "Kota 서울 hari ini, 東京 and かな カナ — done.",
		"\xff", "abcdefg\xff", "abcdefgh\xffabcdefgh", "\xe6\xbc", "abcdefgh\xe6\xbc",
		strings.Repeat("Plain running text of a made-up report. ", 40),
	}
	for _, c := range cases {
		if got, want := textWeight(c), textWeightPlain(c); got != want {
			t.Errorf("textWeight(%q) = %d, want %d", c, got, want)
		}
		if got, want := TextWeight(c), textWeightPlain(c); got != want {
			t.Errorf("TextWeight(%q) = %d, want %d", c, got, want)
		}
	}
	pieces := []string{"a", "Kata ", "word, ", "12345678", " ", ".", "é", "ß", "Ж", "漢", "か", "カ", "한", "\u3000", "\xff", "\xe6", "\xbc", "\U0001F600"}
	rng := rand.New(rand.NewPCG(20, 12))
	var b strings.Builder
	for range 30000 {
		b.Reset()
		for range rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := textWeight(s), textWeightPlain(s); got != want {
			t.Fatalf("textWeight(%q) = %d, want %d", s, got, want)
		}
	}
}
