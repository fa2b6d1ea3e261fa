package body

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// classifyPlain is classify as it read each byte of a class attribute
// through the whole loop, before runs of small letters and digits were
// taken at once.
func (lx *lexicon) classifyPlain(attr string) (pos, weak, strong bool) {
	var buf [48]byte
	n := 0
	last := hintNone  // last hint word of the current class name
	taxonomy := false // the current class name is a topic label
	word := func() {
		if n > 0 && n <= len(buf) && !taxonomy && lx.hintFilter[buf[0]]>>min(n, 31)&1 == 0 {
			switch h := lx.hints[string(buf[:n])]; h {
			case hintStrongNegative:
				strong = true
			case hintPositive, hintWeakNegative:
				last = h
			}
		}
		n = 0
	}
	name := func() {
		word()
		if taxonomy {
			last, taxonomy = hintNone, false
			return
		}
		switch last {
		case hintPositive:
			pos = true
		case hintWeakNegative:
			weak = true
		}
		last = hintNone
	}
	var prev byte
	for i := 0; i < len(attr); i++ {
		c := attr[i]
		if (i == 0 || isSpace(attr[i-1])) && taxonomyName(attr[i:]) {
			taxonomy = true
		}
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if n < len(buf) {
				buf[n] = c
			}
			n++
		case 'A' <= c && c <= 'Z':
			if 'a' <= prev && prev <= 'z' {
				word() // camelCase hump
			}
			if n < len(buf) {
				buf[n] = c + 'a' - 'A'
			}
			n++
		case isSpace(c):
			name()
		default:
			word()
		}
		prev = c
	}
	name()
	return pos, weak, strong
}

// TestClassifyRuns checks classify against classifyPlain on class
// attributes made of hint words and pieces of them, in camel case, with
// digits, separators, taxonomy prefixes, runs of white space, words past
// classify's 48-byte buffer and bytes above 0x7F.
func TestClassifyRuns(t *testing.T) {
	lx := builtin()
	pieces := []string{" ", "  ", "\t", "-", "_", "a", "Z", "9", "x1", "é", "\xff", "tag-", "category-",
		strings.Repeat("longword", 7), "Main", "Menu"}
	for h := range lx.hints {
		pieces = append(pieces, h, strings.ToUpper(h[:1])+h[1:])
	}
	r := rand.New(rand.NewPCG(71, 72))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		p1, w1, s1 := lx.classify(s)
		p2, w2, s2 := lx.classifyPlain(s)
		if p1 != p2 || w1 != w2 || s1 != s2 {
			t.Fatalf("classify(%q) = %v %v %v, want %v %v %v", s, p1, w1, s1, p2, w2, s2)
		}
	}
}
