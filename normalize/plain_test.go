package normalize

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// simHashPlain is SimHash as first written: words by strings.FieldsFunc,
// strings.ToLower, and a vote per bit per shingle.
func simHashPlain(text string) string {
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	if len(ws) == 0 {
		return ""
	}
	const k = 3
	var v [64]int
	for i := 0; i < max(len(ws)-k+1, 1); i++ {
		x := uint64(fnvOffset)
		for _, w := range ws[i:min(i+k, len(ws))] {
			x = fnvAdd(x, w)
			x = (x ^ ' ') * fnvPrime
		}
		for b := range 64 {
			v[b] += int(x>>uint(b)&1)*2 - 1
		}
	}
	var out uint64
	for b := range 64 {
		if v[b] > 0 {
			out |= 1 << uint(b)
		}
	}
	return fmt.Sprintf("%016x", out)
}

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func TestSimHashPlain(t *testing.T) {
	words := []string{"the", "Harga", "minyak", "ÉTÉ", "naik", "2024", "x", "çà", "漢字", "—", "Straße", "a-b", "³"}
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 3, 4, 10, 254, 255, 256, 257, 600, 2000} {
		for range 5 {
			var b strings.Builder
			for range n {
				b.WriteString(words[r.IntN(len(words))])
				b.WriteString([]string{" ", ", ", "\n", ". "}[r.IntN(4)])
			}
			s := b.String()
			if got, want := SimHash(s), simHashPlain(s); got != want {
				t.Fatalf("SimHash of %d words = %s, want %s", n, got, want)
			}
		}
	}
}

func TestTokenWord(t *testing.T) {
	plain := func(raw string) string {
		w := strings.TrimFunc(raw, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '-' && r != '\'' && r != '’'
		})
		return strings.Trim(w, "-'’")
	}
	pieces := []string{"a", "Z", "9", "-", "'", "’", "(", ")", "\"", "“", "”", ",", ".", "é", "漢", "²", "\xff", "\xe2\x80", " ", "—"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := tokenWord(s), plain(s); got != want {
			t.Fatalf("tokenWord(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFieldsPlain(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "\xff", "é", ",", "\u200b"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.Fields(s)
		if got := countFields(s); got != len(want) {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, len(want))
		}
		if got := appendFields(nil, s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}
