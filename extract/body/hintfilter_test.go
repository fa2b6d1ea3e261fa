package body

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestHintFilter compares classify with the hint filter against
// classify with the zero filter (every word looked up) on class strings
// made of hint words, their camelCase and upper-case forms, digits,
// separators and words that are no hint.
func TestHintFilter(t *testing.T) {
	lx := builtin()
	plain := *lx
	plain.hintFilter = [256]uint32{}
	var words []string
	for w := range lx.hints {
		words = append(words, w)
	}
	slices.Sort(words)
	words = append(words, "wrapper", "x", "col", "md", "6", "grid", "article", "row", "a1", "verylongclassnamethatgoesonandonforeverandever")
	seps := []string{" ", "-", "_", "  ", "\t", "__", ":"}
	rng := rand.New(rand.NewSource(3))
	hits := 0
	for k := 0; k < 5000; k++ {
		var b strings.Builder
		for j := rng.Intn(5); j >= 0; j-- {
			w := words[rng.Intn(len(words))]
			switch rng.Intn(4) {
			case 0:
				w = strings.ToUpper(w[:1]) + w[1:]
			case 1:
				w = strings.ToUpper(w)
			}
			b.WriteString(w)
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		s := b.String()
		p1, w1, s1 := lx.classify(s)
		p2, w2, s2 := plain.classify(s)
		if p1 != p2 || w1 != w2 || s1 != s2 {
			t.Errorf("classify(%q) = %v %v %v with the filter, %v %v %v without", s, p1, w1, s1, p2, w2, s2)
		}
		if p2 || w2 || s2 {
			hits++
		}
	}
	if hits == 0 || hits == 5000 {
		t.Fatalf("%d of 5000 class strings hint: the table tells nothing", hits)
	}
}

// TestIsSpaceTable checks isSpace's table against HTML's five ASCII
// white space bytes, for every byte.
func TestIsSpaceTable(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
		if got := isSpace(byte(c)); got != want {
			t.Errorf("isSpace(%#x) = %v, want %v", c, got, want)
		}
	}
}
