package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestRuneSetAgrees compares runeSet.index with strings.IndexAny on
// texts of quotation marks, their bytes cut apart, invalid bytes and
// other letters of several scripts, for the sets hasSpeech reads.
func TestRuneSetAgrees(t *testing.T) {
	pieces := []string{"\"", "“", "”", "„", "«", "»", "「", "」", "‘", "’", "a", "Ölz", " ", "kata", "東京",
		"\xe2", "\x80", "\x9c", "\xe2\x80", "\xc2", "\xab", "\xe3\x80", "\xff", "\ufffd", "—", "é"}
	r := rand.New(rand.NewPCG(7, 15))
	for _, chars := range []string{speechOpenMarks, speechCloseMarks, "“”", "a\"«"} {
		set := newRuneSet(chars)
		found := 0
		for n := 0; n < 20000; n++ {
			var b strings.Builder
			for k := r.IntN(10); k >= 0; k-- {
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
			text := b.String()
			want := strings.IndexAny(text, chars)
			if got := set.index(text); got != want {
				t.Fatalf("index(%q) in %q = %d, IndexAny %d", text, chars, got, want)
			}
			if want >= 0 {
				found++
			}
		}
		if found == 0 {
			t.Errorf("%q: no text holds one of the runes", chars)
		}
	}
}
