package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// alnumLowerCopy is alnumLower as it was: every word copied.
func alnumLowerCopy(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteByte(byte(r))
		case r > 127 && (r < 0x2000 || r > 0x206f):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// headlineWordsEach is headlineWords as it was: one key per word, each
// its own string.
func headlineWordsEach(s string) []string {
	var out []string
	for w := range strings.FieldsSeq(s) {
		if k := alnumLowerCopy(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// TestHeadlineKeys: alnumLower, which returns a word in key form as it is,
// and headlineWords, which writes the other keys into one buffer, give the
// keys the copying forms gave (nil for no keys), on invented headlines in
// several scripts, broken UTF-8, and over 256 bytes and 32 keys.
func TestHeadlineKeys(t *testing.T) {
	long := strings.Repeat("Harbour Council Votes To Close The Pier ", 12)
	for _, s := range []string{
		"", " ", "harbour council votes to close the old ferry pier",
		"Harbour council votes — Valley Times", "| — · » ›", "“ ” … ‘’ –",
		"2026: 14 dead", "Ķīla \u212a \u0130 ſ", "Zeitung: Bürger wählen neu",
		"Губернатор посетил порт", "議会が港の閉鎖を決定", "Pemkot tutup pelabuhan lama - Kota News",
		"\xff \xfe\xfd abc\xff", "a\u00a0b\u2003c", "#tag @user $5 %", "¡Hola! ¿Qué?", "Ω Σ",
		"Dr. Jane Roe-Smith’s “plan”", "\u200b \u2060 \u2063", "x9 9x ab-cd ab’s",
		long, long + "ÉTÉ été", strings.Repeat("Ünïcödé ", 60),
	} {
		if got, want := headlineWords(s), headlineWordsEach(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("headlineWords(%q) = %q, want %q", s, got, want)
		}
		for w := range strings.FieldsSeq(s) {
			if got, want := alnumLower(w), alnumLowerCopy(w); got != want {
				t.Errorf("alnumLower(%q) = %q, want %q", w, got, want)
			}
		}
		if got, want := alnumLower(s), alnumLowerCopy(s); got != want {
			t.Errorf("alnumLower(%q) = %q, want %q", s, got, want)
		}
	}
}
