package body

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFoldSpace checks foldSpace, which returns a folded line as it is,
// against strings.Join(strings.Fields(s), " ") on written lines and on
// lines drawn from words and every kind of white space, and that a folded
// line comes back without a copy.
func TestFoldSpace(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a \tb", "a\u00a0b", "a \u00a0b",
		"a\u2009b", "a\u3000", "\u0085a", "a\u200bb", "Warga berkumpul di alun-alun sejak pagi.", "é é", "x\u1680y",
		"Die Sitzung begann um 9 Uhr.\r", "broken \xff byte", "\xe2\x80", "a \xe2\x80"}
	pieces := []string{"a", "Kota", "é", "\xff", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2009",
		"\u200b", "\u3000", "\u2028", "\u202f", "\u205f", "\u1680", "\u180e"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := strings.Join(strings.Fields(s), " ")
		got := foldSpace(s)
		if got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	}
	line := "Warga berkumpul di alun-alun sejak pagi."
	if n := testing.AllocsPerRun(100, func() { _ = foldSpace(line) }); n != 0 {
		t.Errorf("foldSpace of a folded line: %v allocations, want 0", n)
	}
}
