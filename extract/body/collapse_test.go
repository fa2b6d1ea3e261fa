package body

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// appendCollapsedPlain is walker.text as it was: byte by byte, appended.
func appendCollapsedPlain(buf []byte, s string, inEm bool, em int) ([]byte, int) {
	kept := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !maybeSpace[c] {
			buf = append(buf, c)
			kept++
			continue
		}
		if c != 0xC2 || i+1 < len(s) && s[i+1] == 0xA0 {
			if len(buf) > 0 && buf[len(buf)-1] != ' ' {
				buf = append(buf, ' ')
			}
			if c == 0xC2 {
				i++
			}
			continue
		}
		buf = append(buf, c)
		kept++
	}
	if inEm {
		em += kept
	}
	return buf, em
}

// TestAppendCollapsed compares appendCollapsed with the plain appending
// loop on texts of words, runs of white space, no-break spaces, a lone
// 0xC2 and other UTF-8, after buffers empty, ending in a space or not.
func TestAppendCollapsed(t *testing.T) {
	pieces := []string{"word", " ", "  ", "\n\t", "\r\n", "\f", "\u00a0", "\xc2", "\xc2\xa0\xa0", "é", "Â", "東京", ".", ""}
	r := rand.New(rand.NewPCG(3, 9))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		start := []string{"", "lead", "lead ", " "}[r.IntN(4)]
		inEm := r.IntN(2) == 0
		buf := make([]byte, len(start), len(start)+r.IntN(6))
		copy(buf, start)
		got, gotEm := appendCollapsed(bytes.Clone(buf), s, inEm, 5)
		want, wantEm := appendCollapsedPlain(bytes.Clone(buf), s, inEm, 5)
		if !bytes.Equal(got, want) || gotEm != wantEm {
			t.Fatalf("appendCollapsed(%q, %q) = %q, %d; plainly %q, %d", start, s, got, gotEm, want, wantEm)
		}
	}
}
