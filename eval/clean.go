package eval

import "strings"

// Leftover returns the boilerplate strings still found in text, compared
// as score.py does: NFKC, case-folded, whitespace collapsed, and only
// strings of at least 8 characters after that.
func Leftover(text string, boilerplate []string) []string {
	t := NormTitle(text)
	var out []string
	for _, b := range boilerplate {
		s := NormTitle(b)
		if len([]rune(s)) >= 8 && strings.Contains(t, s) {
			out = append(out, b)
		}
	}
	return out
}
