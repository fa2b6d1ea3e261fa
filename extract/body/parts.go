package body

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An article split into parts.
//
// Pages cut the article's text into several elements of one kind, side by
// side, and set what interrupts it between them: an ad slot, a video
// player, a box of related links, a newsletter sign-up. When the element
// holding the parts also holds page furniture that costs more than the
// smaller parts add (a long list of links under the article), the choice
// settles on the largest part alone, and the record loses the rest: the
// lede, or the article's end. articleParts finds the other parts.

// articleParts returns, in page order, the chosen element and its sibling
// elements that are further parts of the same article, or nil when there
// are none. A sibling is a part when it has the chosen element's tag and
// class (a class it has), is neither furniture nor an <article> (an
// <article> is a story of its own: the next story of an endless scroll
// sits in one just like the first), holds no <h1> (another story's
// headline) and prose of value, opens with a paragraph of prose when it
// follows the chosen element, and ends with one when it precedes it (the
// text runs on across the interruption); and nothing between it and the
// parts already found is prose (what interrupts the article is not
// text). The search stops at the first sibling of the same kind that is
// no part.
func articleParts(elems []elem, blocks []rawBlock, values []float64, chosen int) []int {
	e := &elems[chosen]
	if e.parent < 0 || e.node.DataAtom == atom.Article || attr(e.node, "class") == "" {
		return nil
	}
	class := attr(e.node, "class")
	if !sameKindSibling(e.node, class) {
		return nil
	}
	p := int(e.parent)
	// sibling holds the children of p in page order; k is chosen's.
	var sibling []int
	k := -1
	for j := p + 1; j < len(elems) && elems[j].start < elems[p].end; j++ {
		if elems[j].parent != int32(p) {
			continue
		}
		if j == chosen {
			k = len(sibling)
		}
		sibling = append(sibling, j)
	}
	if k < 0 || len(sibling) < 2 {
		return nil
	}
	same := func(x int) bool {
		n := elems[x].node
		return n.DataAtom == e.node.DataAtom && n.Data == e.node.Data && attr(n, "class") == class
	}
	// prose is the value of the prose (no furniture) in blocks [from, to).
	prose := func(from, to int32) float64 {
		v := 0.0
		for i := from; i < to; i++ {
			if blocks[i].neg < 0 && values[i] > 0 {
				v += values[i]
			}
		}
		return v
	}
	opens := func(from, to int32, dir int) bool {
		i, end := from, to
		if dir < 0 {
			i, end = to-1, from-1
		}
		for ; i != end; i += int32(dir) {
			b := &blocks[i]
			if b.kind == Heading || values[i] < 0 && b.neg < 0 {
				return false
			}
			if values[i] > 0 && b.neg < 0 {
				return b.kind == Paragraph
			}
		}
		return false
	}
	part := func(x int, dir int) bool {
		f := &elems[x]
		if f.neg || f.end <= f.start || holdsH1(elems, blocks, f) || prose(f.start, f.end) <= 0 {
			return false
		}
		if dir > 0 {
			return opens(f.start, f.end, 1)
		}
		return opens(f.start, f.end, -1)
	}
	first, lastPart := k, k
	for j := k - 1; j >= 0; j-- {
		x := sibling[j]
		if !same(x) {
			continue
		}
		if !part(x, -1) || prose(elems[x].end, elems[sibling[first]].start) > 0 {
			break
		}
		first = j
	}
	for j := k + 1; j < len(sibling); j++ {
		x := sibling[j]
		if !same(x) {
			continue
		}
		if !part(x, 1) || prose(elems[sibling[lastPart]].end, elems[x].start) > 0 {
			break
		}
		lastPart = j
	}
	if first == k && lastPart == k {
		return nil
	}
	var out []int
	for j := first; j <= lastPart; j++ {
		if x := sibling[j]; same(x) {
			out = append(out, x)
		}
	}
	return out
}

// sameKindSibling reports whether n has a sibling element of its tag and
// class: articleParts' question, asked of the tree before its elements
// are searched.
func sameKindSibling(n *html.Node, class string) bool {
	for _, next := range [2]func(*html.Node) *html.Node{
		func(x *html.Node) *html.Node { return x.PrevSibling },
		func(x *html.Node) *html.Node { return x.NextSibling },
	} {
		for c := next(n); c != nil; c = next(c) {
			if c.Type == html.ElementNode && c.DataAtom == n.DataAtom && c.Data == n.Data && attr(c, "class") == class {
				return true
			}
		}
	}
	return false
}

// holdsH1 reports whether element f holds an <h1> block.
func holdsH1(elems []elem, blocks []rawBlock, f *elem) bool {
	for i := f.start; i < f.end; i++ {
		if b := &blocks[i]; b.kind == Heading && b.owner >= 0 && elems[b.owner].node.DataAtom == atom.H1 {
			return true
		}
	}
	return false
}
