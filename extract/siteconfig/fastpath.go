package siteconfig

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// The commonest expressions of site-config files are one step,
// //name[predicates], sometimes with /@attr after it, and predicates that
// only compare attributes with strings. Those that select something are
// evaluated here, as the XPath engine (antchfx/xpath over htmlquery)
// evaluates them, without its allocation per step: the elements under
// the root (the root itself excluded) in document order whose name is
// name, exactly, and for which every predicate holds. Further steps
// (/b[q], //b[q]), unions of such paths (fastUnion) and the substring
// calls that cut a line (substring.go) are read the same way, each in
// the order the engine gives its nodes; a shape whose order the engine
// makes odd (a descendant step from nodes that nest, where it repeats
// nodes) is left to the engine at evaluation.

// fastPath is //name[conds], then child steps /name[conds] or
// descendant steps //name[conds], then optionally /@attr.
type fastPath struct {
	step
	kids []kidStep // the further steps, in order
	attr string    // "" for the elements themselves
}

// kidStep is a step after the first: a child step, or a descendant one
// (//, descendant-or-self::node()/child::name).
type kidStep struct {
	step
	desc bool
}

// parseFast reads expr as a fast path; ok is false for any other shape
// (a position, an axis, a function other than the predicates' few) or
// for a predicate it cannot evaluate exactly.
func parseFast(expr string) (fastPath, bool) {
	var p fastPath
	expr = strings.TrimSpace(expr)
	if !strings.HasPrefix(expr, "//") {
		return p, false
	}
	for at, first := 2, true; at <= len(expr); first = false {
		desc := false
		if !first && at < len(expr) && expr[at] == '/' {
			desc = true
			at++
		}
		// A step ends at the end or at the next '/' outside its
		// predicates.
		end := len(expr)
		for i := at; i < len(expr); i++ {
			switch expr[i] {
			case '[':
				j := closing(expr, i)
				if j < 0 {
					return p, false
				}
				i = j
			case '/':
				end = i
				i = len(expr)
			}
		}
		seg := expr[at:end]
		if !first && !desc && strings.HasPrefix(seg, "@") {
			name, rest, ok := attrName(seg)
			if !ok || rest != "" || end < len(expr) {
				return p, false
			}
			p.attr = name
			break
		}
		s, ok := parseStepBody(seg)
		if !ok {
			return p, false
		}
		// parseStepBody ignores what follows the predicates; here
		// nothing may.
		rest := seg
		if s.name == "" {
			rest = rest[1:]
		} else {
			rest = rest[len(s.name):]
		}
		if !onlyPredicates(rest) {
			return p, false
		}
		// A lone position, the first or the last of each node's
		// children so named.
		switch rest {
		case "[1]":
			s.pos, s.conds = 1, nil
		case "[last()]":
			s.pos, s.conds = -1, nil
		}
		for i := range s.conds {
			if !s.conds[i].exact() {
				return p, false
			}
		}
		if first {
			p.step = s
		} else {
			p.kids = append(p.kids, kidStep{s, desc})
		}
		at = end + 1
	}
	return p, true
}

// onlyPredicates says s is nothing but [..] groups.
func onlyPredicates(s string) bool {
	for s != "" {
		if s[0] != '[' {
			return false
		}
		end := closing(s, 0)
		if end < 0 {
			return false
		}
		s = s[end+1:]
	}
	return true
}

// exact says the predicate is read in full.
func (c *cond) exact() bool {
	switch c.op {
	case 'q', 'c', 's', 'k', 'e':
		return true
	case 'a', 'o':
		for i := range c.kids {
			if !c.kids[i].exact() {
				return false
			}
		}
		return true
	}
	return false
}

// elements are the elements the step selects under root, in the order
// the XPath engine gives them: without predicates, document order; with
// predicates, //name[…] is descendant-or-self::node()/child::name[…],
// so the children of each node in document order (the root's first),
// which puts an element's later siblings before its own descendants.
//
// ok is false when a descendant step starts from nodes one of which holds
// another: the engine then gives the nodes under both twice, which is
// left to it.
func (p *fastPath) elements(root *html.Node) (out []*html.Node, ok bool) {
	out = p.step.elements(root)
	for i := range p.kids {
		k := &p.kids[i]
		var next []*html.Node
		if k.desc {
			// //b[q] from each node in turn, as from the root.
			if nested(out) {
				return nil, false
			}
			for _, n := range out {
				next = append(next, k.step.elements(n)...)
			}
			out = next
			continue
		}
		// A child step: the matching children of each node, in turn
		// (each child has one parent, so none comes twice).
		for _, n := range out {
			next = k.appendChildren(next, n)
		}
		out = next
	}
	return out, true
}

// nested says some node of ns is under another.
func nested(ns []*html.Node) bool {
	if len(ns) < 2 {
		return false
	}
	in := make(map[*html.Node]bool, len(ns))
	for _, n := range ns {
		in[n] = true
	}
	for _, n := range ns {
		for a := n.Parent; a != nil; a = a.Parent {
			if in[a] {
				return true
			}
		}
	}
	return false
}

// elements are the elements //step selects under root (fastPath.elements).
func (p *step) elements(root *html.Node) []*html.Node {
	var out []*html.Node
	match := func(n *html.Node) bool {
		return n.Type == html.ElementNode && (p.name == "" || n.Data == p.name) && p.allHold(n)
	}
	var visit func(n *html.Node)
	if len(p.conds) == 0 && p.pos == 0 {
		visit = func(n *html.Node) {
			for ; n != nil; n = n.NextSibling {
				if match(n) {
					out = append(out, n)
				}
				if n.FirstChild != nil {
					visit(n.FirstChild)
				}
			}
		}
		visit(root.FirstChild)
		return out
	}
	// visit(n) emits n's matching children, then does the same for each
	// of them in turn.
	visit = func(n *html.Node) {
		out = p.appendChildren(out, n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.FirstChild != nil {
				visit(c)
			}
		}
	}
	visit(root)
	return out
}

// appendChildren appends n's children that the step selects: those
// whose name is p.name and for which every predicate holds, or with a
// position the first or the last of those so named.
func (p *step) appendChildren(out []*html.Node, n *html.Node) []*html.Node {
	var last *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || p.name != "" && c.Data != p.name || !p.allHold(c) {
			continue
		}
		switch p.pos {
		case 0:
			out = append(out, c)
		case 1:
			return append(out, c)
		default:
			last = c
		}
	}
	if last != nil {
		out = append(out, last)
	}
	return out
}

func (p *step) allHold(n *html.Node) bool {
	for i := range p.conds {
		if !p.conds[i].is(n) {
			return false
		}
	}
	return true
}

// is evaluates the predicate on n as XPath does: @name = lit holds when
// any attribute so named has that value; a function of @name reads the
// first attribute so named, "" when there is none.
func (c *cond) is(n *html.Node) bool {
	switch c.op {
	case 'q':
		for _, a := range n.Attr {
			if a.Key == c.name && a.Val == c.lit {
				return true
			}
		}
		return false
	case 'e':
		for _, a := range n.Attr {
			if a.Key == c.name {
				return true
			}
		}
		return false
	case 'c', 's', 'k':
		v := ""
		for _, a := range n.Attr {
			if a.Key == c.name {
				v = a.Val
				break
			}
		}
		switch c.op {
		case 'c':
			return strings.Contains(v, c.lit)
		case 's':
			return strings.HasPrefix(v, c.lit)
		}
		return strings.Contains(c.pre+normalizeSpace(v)+c.post, c.lit)
	case 'a':
		for i := range c.kids {
			if !c.kids[i].is(n) {
				return false
			}
		}
		return true
	case 'o':
		for i := range c.kids {
			if c.kids[i].is(n) {
				return true
			}
		}
		return false
	}
	return false
}

// normalizeSpace is XPath normalize-space as antchfx/xpath computes it:
// trimmed, each run of white space one space (over runes, so invalid
// UTF-8 reads as U+FFFD).
func normalizeSpace(m string) string {
	if isPlainSpaced(m) {
		return m
	}
	rs := []rune(strings.TrimSpace(m))
	var b strings.Builder
	b.Grow(len(m))
	for i, r := range rs {
		space := unicode.IsSpace(r)
		if space && i+1 < len(rs) && unicode.IsSpace(rs[i+1]) {
			continue
		}
		if space {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlainSpaced says m is ASCII without control characters, neither opens
// nor closes with a space and holds no two spaces together: normalizing
// leaves it as it is.
func isPlainSpaced(m string) bool {
	for i := 0; i < len(m); i++ {
		c := m[i]
		if c >= 0x7f || c < ' ' {
			return false
		}
		if c == ' ' && (i == 0 || i == len(m)-1 || m[i-1] == ' ') {
			return false
		}
	}
	return true
}

// fastUnion is a union of fast paths that select elements: a | b | ….
// The engine's union (antchfx's unionQuery) gives the left side's nodes,
// then the right side's that it has not given yet, in each side's own
// order; no sorting into document order. Attribute paths are left to the
// engine, whose union tells attribute nodes apart by name, value and
// place.
type fastUnion []fastPath

// parseFastUnion reads expr as a union of two or more fast paths of
// elements; ok is false for any other shape.
func parseFastUnion(expr string) (fastUnion, bool) {
	alts, ok := splitTop(strings.TrimSpace(expr), '|')
	if !ok || len(alts) < 2 || len(alts) > maxAlternatives {
		return nil, false
	}
	u := make(fastUnion, 0, len(alts))
	for _, a := range alts {
		p, ok := parseFast(a)
		if !ok || p.attr != "" {
			return nil, false
		}
		u = append(u, p)
	}
	return u, true
}

// elements are the union's elements, each once, in the engine's order;
// ok as for fastPath.elements.
func (u fastUnion) elements(root *html.Node) (out []*html.Node, ok bool) {
	seen := map[*html.Node]bool{}
	for i := range u {
		ns, ok := u[i].elements(root)
		if !ok {
			return nil, false
		}
		for _, n := range ns {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out, true
}
