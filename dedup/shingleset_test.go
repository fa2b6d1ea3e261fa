package dedup

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refEachShingle is eachShingle as first written (a closure per word,
// ranging over runes): the faster one must give the same shingles.
func refEachShingle(text string, fn func(i int, h uint64) bool) {
	var w [ShingleWords]uint64 // ring of the last word hashes
	words := 0
	h := uint64(fnvOffset)
	in := false
	more := true
	end := func() {
		w[words%ShingleWords] = h
		words++
		if words >= ShingleWords {
			var x uint64
			for j := range ShingleWords {
				x = x*0x9e3779b97f4a7c15 + w[(words+j)%ShingleWords]
			}
			more = fn(words-ShingleWords, mix(x))
		}
		h = fnvOffset
		in = false
	}
	var enc [utf8.UTFMax]byte
	for _, r := range text {
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			word = unicode.IsLetter(r) || unicode.IsNumber(r)
		}
		if !word {
			if in {
				end()
				if !more {
					return
				}
			}
			continue
		}
		in = true
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h = (h ^ uint64(r)) * fnvPrime
			continue
		}
		for _, c := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
			h = (h ^ uint64(c)) * fnvPrime
		}
	}
	if in {
		end()
	}
}

// TestEachShingleMatchesReference: same indices and hashes on texts
// mixing ASCII, other scripts and invalid UTF-8, stopping anywhere.
func TestEachShingleMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"Kata", "ini", " ", "  ", ".", "É", "ölçü", "日本", "\xff", "\xc3", "123", "ABC", "\n\n", "—", "İstanbul", "ß", "x"}
	for n := 0; n < 20000; n++ {
		var s string
		for k := r.IntN(80); k > 0; k-- {
			s += parts[r.IntN(len(parts))]
		}
		var a, b []uint64
		var ai, bi []int
		stop := r.IntN(30)
		refEachShingle(s, func(i int, h uint64) bool { a = append(a, h); ai = append(ai, i); return i < stop })
		eachShingle(s, func(i int, h uint64) bool { b = append(b, h); bi = append(bi, i); return i < stop })
		if len(a) != len(b) {
			t.Fatalf("%q: %d vs %d", s, len(a), len(b))
		}
		for i := range a {
			if a[i] != b[i] || ai[i] != bi[i] {
				t.Fatalf("%q differs at %d", s, i)
			}
		}
	}
}

// TestShingleSetMatchesSame: SameText decides exactly as Same on sorted
// shingle lists, for the same, edited and different texts.
func TestShingleSetMatchesSame(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2))
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h", "Kata", "ölçü", "x", "y"}
	mk := func() string {
		s := ""
		for k := r.IntN(400); k > 0; k-- {
			s += words[r.IntN(len(words))] + " "
		}
		return s
	}
	agree, yes := 0, 0
	for n := 0; n < 3000; n++ {
		a := mk()
		b := a
		switch r.IntN(3) {
		case 0:
			b = mk()
		case 1:
			if len(a) > 0 {
				b = a[:r.IntN(len(a))] + mk()[:0] + " zz " + a[r.IntN(len(a)):]
			}
		}
		set := NewShingleSet(a)
		want := Same(Shingles(a), Shingles(b))
		if got := set.SameText(b, nil); got != want {
			t.Fatalf("differ: %v %v", got, want)
		}
		if set.Len() != len(Shingles(a)) {
			t.Fatal("len")
		}
		agree++
		if want {
			yes++
		}
	}
	t.Log(agree, yes)
}

// TestSameTextStopsOnceSure: SameText stops reading a copy once enough of
// it is in common that the rest cannot change the answer, and still
// decides exactly as Same where the answer is close or comes late.
func TestSameTextStopsOnceSure(t *testing.T) {
	src := benchText(41)
	words := strings.Fields(src)
	other := strings.Fields(benchText(42))
	join := func(parts ...[]string) string {
		var all []string
		for _, p := range parts {
			all = append(all, p...)
		}
		return strings.Join(all, " ")
	}
	cases := []struct {
		name string
		text string
		// early: SameText must have stopped before the text's end.
		early bool
	}{
		{"near copy", strings.Replace(src, words[100], "diganti", 1), true},
		{"copy with a new foot", join(words, other[:80]), true},
		{"copy with a new head", join(other[:80], words), true},
		{"two thirds of the text, then another story", join(words[:230], other[:120]), true},
		{"half of the text, then another story", join(words[:175], other[:175]), false},
		{"another story, then half of the text", join(other[:175], words[175:]), false},
		{"another story", benchText(43), false},
		{"a short copy", join(words[:30]), false},
	}
	set := NewShingleSet(src)
	var scratch ShingleSet
	for _, c := range cases {
		want := Same(Shingles(src), Shingles(c.text))
		if got := set.SameText(c.text, &scratch); got != want {
			t.Errorf("%s: SameText %v, Same %v", c.name, got, want)
		}
		all := len(Shingles(c.text))
		if stopped := scratch.Len() < all; stopped != c.early {
			t.Errorf("%s: read %d of %d shingles, want stopped early = %v", c.name, scratch.Len(), all, c.early)
		}
	}
}
