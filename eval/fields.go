package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// The field metrics of score.py's "fields" mode, one function for each of
// its helpers, so that kabar prints the referee's figures without Python.
// Python semantics that matter: \w is a letter, a number or "_" (combining
// marks are not); \s and str.split() use str.isspace(); casefold is full
// Unicode case folding; datetime.fromisoformat is Python 3.11's.

// NormName is score.py's norm_name: NFKC, case-folded, every character that
// is neither a word character, whitespace nor "-" turned into a space, and
// whitespace collapsed. Names, dateline places and speakers compare so.
func NormName(s string) string {
	s = cases.Fold().String(norm.NFKC.String(s))
	b := []byte(s)[:0:0]
	for _, r := range s {
		if !isWord(r) && !pyIsSpace(r) && r != '-' {
			r = ' '
		}
		b = utf8.AppendRune(b, r)
	}
	return strings.Join(pyFields(string(b)), " ")
}

// NormTitle is score.py's norm_title (and its squash): NFKC, case-folded,
// whitespace collapsed.
func NormTitle(s string) string {
	return strings.Join(pyFields(cases.Fold().String(norm.NFKC.String(s))), " ")
}

// pyIsSpace is Python's str.isspace for one character: Go's unicode.IsSpace
// plus the information separators U+001C to U+001F.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f
}

// pyFields is Python's str.split() with no argument.
func pyFields(s string) []string { return strings.FieldsFunc(s, pyIsSpace) }

// SetF1 is score.py's set_f1: F1 of the sets of normalised names (empty
// strings dropped before normalising). Both empty scores 1, one empty 0.
func SetF1(truth, pred []string) float64 {
	set := func(names []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range names {
			if x != "" {
				m[NormName(x)] = true
			}
		}
		return m
	}
	t, p := set(truth), set(pred)
	if len(t) == 0 && len(p) == 0 {
		return 1
	}
	if len(t) == 0 || len(p) == 0 {
		return 0
	}
	tp := 0
	for k := range t {
		if p[k] {
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	pr, rc := float64(tp)/float64(len(p)), float64(tp)/float64(len(t))
	return 2 * pr * rc / (pr + rc)
}

// NamesOf is score.py's names_of: a string is one name; a list holds names
// as strings or as objects with "name"; anything else is no names.
func NamesOf(r Record, key string) []string {
	switch v := r[key].(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if m, ok := x.(map[string]any); ok {
				// x.get("name", ""): a falsy value is dropped by SetF1
				// as Python drops it.
				if n, ok := m["name"]; ok && truthy(n) {
					out = append(out, pyStr(n))
				} else {
					out = append(out, "")
				}
				continue
			}
			out = append(out, pyStr(x))
		}
		return out
	}
	return nil
}

// quoteTokens is score.py's qtokens: \w+ tokens, each case-folded.
func quoteTokens(s string) map[string]int {
	m := map[string]int{}
	for _, t := range Tokens(s) {
		m[cases.Fold().String(t)]++
	}
	return m
}

// OverlapF1 is score.py's overlap_f1: F1 of the case-folded token
// multisets of a truth quote and a predicted one.
func OverlapF1(truth, pred string) float64 {
	x, y := quoteTokens(truth), quoteTokens(pred)
	tp, nx, ny := 0, 0, 0
	for k, a := range x {
		tp += min(a, y[k])
		nx += a
	}
	for _, b := range y {
		ny += b
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(ny), float64(tp)/float64(nx)
	return 2 * p * r / (p + r)
}

// QuoteMatch is the minimum OverlapF1 for a predicted quote to count as
// finding a truth quote.
const QuoteMatch = 0.8

// MatchQuotes pairs truth quotes with predicted ones as score.py does:
// each truth quote in order takes the unused predicted quote of highest
// OverlapF1 (the first among equals), if that reaches QuoteMatch. match[i]
// is the index in pred of truth[i]'s quote, or -1.
func MatchQuotes(truth, pred []string) (match []int) {
	used := make([]bool, len(pred))
	match = make([]int, len(truth))
	for i, q := range truth {
		best, bj := 0.0, -1
		for j, r := range pred {
			if used[j] {
				continue
			}
			if f := OverlapF1(q, r); f > best {
				best, bj = f, j
			}
		}
		match[i] = -1
		if best >= QuoteMatch {
			used[bj] = true
			match[i] = bj
		}
	}
	return match
}
