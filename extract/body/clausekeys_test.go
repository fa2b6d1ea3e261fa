package body

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// clauseKeysPlain is clauseKeys as first written, a strings.Builder per
// clause: the reference for the one-buffer version.
func clauseKeysPlain(s string) []string {
	var out []string
	var b strings.Builder
	words, in := 0, false
	end := func() {
		if in {
			b.WriteByte(' ')
			words++
			in = false
		}
		if words >= 2 {
			out = append(out, " "+b.String())
		}
		b.Reset()
		words = 0
	}
	for _, r := range s {
		switch {
		case isLetterDigit(r):
			b.WriteRune(lowerRune(r))
			in = true
		case r == '\'' || r == '’' || r == '-' || r == '‐':
			if in { // inside a word ("don't", "Jean-Luc"): a word break, as wordKeys reads it
				b.WriteByte(' ')
				words++
				in = false
			}
		case unicode.IsPunct(r):
			end()
		default:
			if in {
				b.WriteByte(' ')
				words++
				in = false
			}
		}
	}
	end()
	return out
}

// TestClauseKeys: clauseKeys equals the plain reading on sentences with
// clauses of one word and of several, apostrophes and hyphens inside
// words, several scripts, capitals that grow when lowered, broken UTF-8,
// and more clauses than its stack array of spans holds.
func TestClauseKeys(t *testing.T) {
	many := strings.Repeat("one two, ", 20) + "three"
	for _, s := range []string{
		"",
		"Word.",
		"Two words.",
		"“We will rebuild the pier,” she said; “and soon.”",
		"Yes. No. Maybe so, she said.",
		"Don't split Jean-Luc's co‐op — or do?",
		"Der Bürgermeister sagte: „Wir BAUEN den Steg neu“, und ging.",
		"İzmir'de İSKELE, dedi; ΤΟ ΛΙΜΑΝΙ θα ανοίξει.",
		"ȺȺȺ ȾȾȾ, ȺȾ ȺȾ ȺȾ.",
		"broken \xff bytes, in the \xe2\x80 middle of it",
		"tabs\tand\nnewlines, between words here",
		"no punctuation at all at the end",
		"trailing punctuation only ...",
		many,
	} {
		got, want := clauseKeys(s), clauseKeysPlain(s)
		if !slices.Equal(got, want) {
			t.Errorf("clauseKeys(%q)\n= %q\nwant %q", s, got, want)
		}
	}
}
