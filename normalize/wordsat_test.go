package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// wordsAtPlain is wordsAt without its first-byte test.
func wordsAtPlain(lower []string, i int, pat []string) bool {
	if len(pat) == 0 || i+len(pat) > len(lower) {
		return len(pat) == 0
	}
	for j, p := range pat {
		w := lower[i+j]
		if w == p {
			continue
		}
		if trimStops(w, true) != trimStops(p, false) || strings.HasSuffix(p, ":") {
			return false
		}
	}
	return true
}

// TestWordsAtFirstByte compares wordsAt with the plain comparison on
// word lists and cues of words with and without trailing and leading
// stops, brackets and colons.
func TestWordsAtFirstByte(t *testing.T) {
	words := []string{"", "kata", "kata,", "kata.", "kata:", "kata)", "kata),", ",", ".", ":", ")", "),", "said", "said,",
		"sumber:", "sumber", "menurut", "according", "to", "to,", ",to", ".x", "x", "x.", "é", "é,"}
	r := rand.New(rand.NewPCG(4, 600))
	matched := 0
	for n := 0; n < 50000; n++ {
		lower := make([]string, r.IntN(4))
		for k := range lower {
			lower[k] = words[r.IntN(len(words))]
		}
		pat := make([]string, r.IntN(3))
		for k := range pat {
			pat[k] = words[r.IntN(len(words))]
		}
		i := 0
		if len(lower) > 0 {
			i = r.IntN(len(lower))
		}
		want := wordsAtPlain(lower, i, pat)
		if got := wordsAt(lower, i, pat); got != want {
			t.Fatalf("wordsAt(%q, %d, %q) = %v, plainly %v", lower, i, pat, got, want)
		}
		if want && len(pat) > 0 {
			matched++
		}
	}
	if matched == 0 {
		t.Error("no cue matched: the cases try one way only")
	}
}
