package eval

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Leftover returns the boilerplate strings still found in text, compared
// as score.py does: NFKC, case-folded, whitespace collapsed, and only
// strings of at least 8 characters after that.
func Leftover(text string, boilerplate []string) []string {
	t := squash(text)
	var out []string
	for _, b := range boilerplate {
		s := squash(b)
		if len([]rune(s)) >= 8 && strings.Contains(t, s) {
			out = append(out, b)
		}
	}
	return out
}

func squash(s string) string {
	return strings.Join(strings.Fields(cases.Fold().String(norm.NFKC.String(s))), " ")
}
