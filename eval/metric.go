package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ShingleSize is the length of the token n-grams the body metric compares
// (the ScrapingHub benchmark uses 4).
const ShingleSize = 4

// Tokens cuts s into \w+ tokens with the semantics of Python's re module on
// str patterns: a word character is a letter (Lu, Ll, Lt, Lm, Lo), a number
// (Nd, Nl, No) or the underscore. Combining marks (Mn, Mc, Me) are not word
// characters there, so they split tokens here too; score.py does the same.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isWord(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the ShingleSize-token n-grams of s. A text shorter than
// ShingleSize tokens (but not empty) is one shingle, as in the benchmark.
func shingles(s string) map[string]int {
	t := Tokens(s)
	m := make(map[string]int, len(t))
	if len(t) == 0 {
		return m
	}
	n := len(t) - ShingleSize + 1
	if n < 1 {
		n = 1
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.Reset()
		end := min(i+ShingleSize, len(t))
		for j := i; j < end; j++ {
			if j > i {
				b.WriteByte(0)
			}
			b.WriteString(t[j])
		}
		m[b.String()]++
	}
	return m
}

// Counts compares the shingle multisets of truth and pred and returns true
// positives, false positives and false negatives normalised to sum 1 (all
// zero when both texts are empty).
func Counts(truth, pred string) (tp, fp, fn float64) {
	a, b := shingles(truth), shingles(pred)
	var itp, ifp, ifn int
	for k, x := range a {
		y := b[k]
		itp += min(x, y)
		ifn += max(0, x-y)
	}
	for k, y := range b {
		ifp += max(0, y-a[k])
	}
	s := float64(itp + ifp + ifn)
	if s == 0 {
		return 0, 0, 0
	}
	return float64(itp) / s, float64(ifp) / s, float64(ifn) / s
}

func precision(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fp == 0 {
		return 0
	}
	return tp / (tp + fp)
}

func recall(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fn == 0 {
		return 0
	}
	return tp / (tp + fn)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// sameTokens reports whether a and b have the same token sequence.
func sameTokens(a, b string) bool {
	x, y := Tokens(a), Tokens(b)
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}
