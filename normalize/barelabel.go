package normalize

import "strings"

// bareBylineLabel reports a block that is a byline label and nothing
// else ("von", "By", "Oleh:", "Texto -"): the names it introduced were set
// in an element of their own, a link or a picture the body left out, and
// the label stayed behind as a line of the text. It holds no name, so
// readPeople has nothing to read from it; FIELDS.md keeps bylines out of
// the text. Only labels that stand alone are taken (not "laporan
// wartawan *," nor a wild "- detik*"); Normalize asks it of paragraphs,
// not of list items (a list of colours may well hold "Red").
func (lx *lexicon) bareBylineLabel(s string) bool {
	if len(s) > 40 {
		return false
	}
	t := strings.TrimRight(s, " :-–—|")
	if t == "" || t == s && strings.ContainsAny(s, ".,;") {
		return false
	}
	l := strings.ToLower(t)
	for i := range lx.bylines {
		b := &lx.bylines[i]
		if b.text == l && !b.outlet && !b.wild {
			return true
		}
	}
	return false
}
