package normalize

import (
	"strings"
	"testing"
)

// TestTrimWordPunct: trimWordPunct trims what strings.Trim(s, wordPunct)
// trims, for words with quotes and brackets of several scripts on either
// side, words made only of them, and bytes that are no valid UTF-8.
func TestTrimWordPunct(t *testing.T) {
	for _, s := range []string{
		"", "word", "(word)", "„Wort“", "«mot»,", "‘word’.", "\"word\"!", "[via", "sister:",
		"“”", "...", "«", "„", "a.b.c.", "’s", "Valley’s", "x\xff", "\xff(", "(\xe2\x80", "—dash—", "(Ledger)].",
	} {
		if got, want := trimWordPunct(s), strings.Trim(s, wordPunct); got != want {
			t.Errorf("trimWordPunct(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkTrimWordPunct measures the trim on a word with a closing
// quote, as the source readers meet most words.
func BenchmarkTrimWordPunct(b *testing.B) {
	for b.Loop() {
		_ = trimWordPunct("„Valley Ledger“,")
	}
}
