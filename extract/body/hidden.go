package body

import "golang.org/x/net/html"

// The rest of the article behind a "read more" button.
//
// Pages show the first paragraphs of an article and hide the rest in an
// element that a button reveals (display:none, the hidden attribute, a
// class that hides it). The walk passes hidden elements over, so the body
// found is the part shown; a reader who presses the button reads the
// whole article, and so should the record.

// hiddenRest reports whether the hidden elements inside the chosen
// element, or inside the element holding it, hold at least as much text
// as the body shows, and minBodyValue at least: the rest of an article
// behind a button. Hidden furniture inside an article (a closed panel, an
// offer box, a caption's alternate) holds less than the article shows.
func hiddenRest(a *analysis) bool {
	if a.w == nil || a.chosen < 0 || len(a.w.hid) == 0 {
		return false
	}
	elems := a.w.elems
	c := int32(a.chosen)
	p := elems[c].parent
	shown := 0
	for i := elems[c].start; i < elems[c].end; i++ {
		if a.values[i] > 0 {
			shown += len(a.w.blocks[i].text)
		}
	}
	need := max(shown, minBodyValue)
	got := 0
	for _, h := range a.w.hid {
		in := h.in
		for in > c {
			in = elems[in].parent
		}
		if in != c && h.in != p {
			continue
		}
		got += textUpTo(h.node, need-got)
		if got >= need {
			return true
		}
	}
	return false
}

// maxHiddenLift is how many levels above the body first found the body
// read with the hidden text may lie (see holdsNear).
const maxHiddenLift = 2

// holdsNear reports whether n is m or one of its maxHiddenLift nearest
// ancestors: the body read with the hidden text shown is where the
// body was found, or the element holding it and the hidden rest.
func holdsNear(n, m *html.Node) bool {
	for i := 0; m != nil && i <= maxHiddenLift; i++ {
		if m == n {
			return true
		}
		m = m.Parent
	}
	return false
}
