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

// TestSisterOutletsLookup: the sister-noun reader, which tries only the
// nouns a word opens (by its lowered ASCII form, or by its first
// letter's fold orbit past ASCII), reads what trying every noun with
// strings.EqualFold reads.
func TestSisterOutletsLookup(t *testing.T) {
	lx := loadLexicon()
	every := func(toks []string) []string {
		var out []string
		for k, tok := range toks {
			if len(tok) < 5 {
				continue
			}
			for _, noun := range lx.sisterNouns {
				if k+len(noun) >= len(toks) || !strings.EqualFold(strings.Trim(tok, wordPunct), noun[0]) {
					continue
				}
				match := true
				for j, w := range noun[1:] {
					if !strings.EqualFold(strings.Trim(toks[k+1+j], wordPunct), w) {
						match = false
						break
					}
				}
				if match {
					if name := lx.nameFrom(toks[k+len(noun):]); name != "" {
						out = append(out, name)
					}
				}
			}
		}
		return out
	}
	for _, s := range []string{
		"Our sister station Valley Radio first reported the closure on Monday.",
		"As our SISTER PAPER, the Harbor Gazette, noted, the pier reopens.",
		"Die Schwesterzeitung Talbote berichtete zuerst über die Brücke.",
		"Über die „Schwesterzeitung“ Talbote wurde nichts bekannt.",
		"Unsere ſister station Valley Radio meldete es zuerst.",
		"El diario hermano La Voz del Puerto publicó la noticia.",
		"Новость первой сообщила сестринская станция Радио Долина.",
		"Nothing here names a family outlet at all, not even a sister.",
	} {
		toks := strings.Fields(s)
		got, want := lx.sisterOutlets(toks), every(toks)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: sisterOutlets %q, trying every noun %q", s, got, want)
		}
	}
	if got := lx.sisterOutlets(strings.Fields("Unsere ſister station Valley Radio meldete es zuerst.")); len(got) != 1 {
		t.Errorf("a word past ASCII that folds with a noun's first word: %q, want one outlet", got)
	}
}
