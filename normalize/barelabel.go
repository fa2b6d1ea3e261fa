package normalize

import "strings"

// bareBylineLabel reports a block that is a byline label and nothing
// else ("von", "By", "Oleh:", "Texto -"): the names it introduced were set
// in an element of their own, a link or a picture the body left out, and
// the label stayed behind as a line of the text. It holds no name, so
// readPeople has nothing to read from it; FIELDS.md keeps bylines out of
// the text. Only labels that stand alone are taken (not "laporan
// wartawan *," nor a wild "- detik*"). Normalize does not take a list
// item that stands among other items kept (see amongItems).
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

// amongItems reports that block i is a list item with a list item kept
// (not taken out by readPeople, drop) right before or after it: an item
// of a list of the story's own ("Blue", "Red", "Green": "Red" is the
// Indonesian editor's label). A byline label set as a list item stands
// alone, or next to the names readPeople took.
func amongItems(blocks []string, i int, listed, drop map[int]bool) bool {
	if !listed[i] {
		return false
	}
	return i > 0 && listed[i-1] && !drop[i-1] || i+1 < len(blocks) && listed[i+1] && !drop[i+1]
}
