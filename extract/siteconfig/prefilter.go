package siteconfig

import (
	"strings"

	"github.com/antchfx/htmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html"
)

// Most expressions of a site-config file select nothing on a given page
// (the strip lists name every box the site has ever had), and the XPath
// engine pays for an empty answer what it pays for a full one: a walk of
// the tree with an allocation per step. A prefilter answers "cannot
// match" from one allocation-free walk for the common shape of these
// expressions, a location path that opens with //name[predicates]: when
// no element under the root has that name and passes what can be told of
// the predicates, the path, and so the whole expression, selects nothing.
//
// The prefilter may only err towards evaluating: it ignores what it does
// not understand (positions, functions other than the few below, text
// tests), compares names without case, and reads every comparison with a
// string as "the attribute contains it". An expression of another shape
// (a function call, a path from the root or the context node) is always
// evaluated.

// evaluate is e evaluated on root, or nil when the prefilter shows it
// selects nothing. Callers treat nil as they treat an empty node set.
func evaluate(root *html.Node, e *xpath.Expr) any {
	if f, ok := parseFilter(e.String()); ok && !f.mayMatch(root) {
		return nil
	}
	return e.Evaluate(htmlquery.CreateXPathNavigator(root))
}

// filter is the union of the first steps of an expression's paths.
type filter struct {
	steps []step
}

// step is //name[preds]: name is "" for *.
type step struct {
	name  string
	conds []cond // all must hold
	// pos is set by the fast path alone (parseFast), for a step whose one
	// predicate is a position: 1 for [1], -1 for [last()], 0 for none.
	pos int
}

// cond is what can be read of a predicate. op: 't' not understood
// (maybe true), 'q' @name = lit, 'c' contains(@name, lit), 's'
// starts-with(@name, lit), 'k' contains(concat(pre,
// normalize-space(@name), post), lit), 'e' @name, 'a' all of kids, 'o'
// any of kids.
type cond struct {
	op        byte
	name      string
	lit       string
	pre, post string
	kids      []cond
}

// maxAlternatives bounds the union an expression may be split into.
const maxAlternatives = 8

// parseFilter reads expr as a union of paths each opening with
// //name[...]; ok is false for any other shape.
func parseFilter(expr string) (filter, bool) {
	var f filter
	alts, ok := splitTop(strings.TrimSpace(expr), '|')
	if !ok || len(alts) > maxAlternatives {
		return f, false
	}
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if strings.HasPrefix(a, "(") {
			// (path)[n]…: what it selects, the path inside selects.
			end := closing(a, 0)
			if end < 0 || !onlyPredicatesOrPath(a[end+1:]) {
				return f, false
			}
			inner, ok := parseFilter(a[1:end])
			if !ok {
				return f, false
			}
			f.steps = append(f.steps, inner.steps...)
			continue
		}
		s, ok := parseStep(a)
		if !ok {
			return f, false
		}
		f.steps = append(f.steps, s)
	}
	return f, len(f.steps) > 0
}

// onlyPredicatesOrPath says s is empty, predicates, or a path going on
// from them ("[1]", "[1]/a").
func onlyPredicatesOrPath(s string) bool {
	for {
		s = strings.TrimSpace(s)
		if s == "" || s[0] == '/' {
			return true
		}
		if s[0] != '[' {
			return false
		}
		end := closing(s, 0)
		if end < 0 {
			return false
		}
		s = s[end+1:]
	}
}

// parseStep reads "//name[p1][p2]…" and ignores what follows the
// predicates: further steps only narrow or move from what this one
// selects, and operators make the result no node set at all, which the
// callers take for empty.
func parseStep(a string) (step, bool) {
	if !strings.HasPrefix(a, "//") {
		return step{}, false
	}
	return parseStepBody(a[2:])
}

// parseStepBody is parseStep of what follows the step's axis: "name[p1]…".
func parseStepBody(a string) (step, bool) {
	var s step
	n := 0
	for n < len(a) && isNameByte(a[n]) {
		n++
	}
	switch {
	case n == 0 && strings.HasPrefix(a, "*"):
		n = 1
	case n == 0:
		return s, false
	default:
		s.name = a[:n]
	}
	a = a[n:]
	if a != "" && (a[0] == '(' || a[0] == ':') {
		return s, false // text(), node(), an axis or a prefix
	}
	for strings.HasPrefix(a, "[") {
		end := closing(a, 0)
		if end < 0 {
			return s, false
		}
		s.conds = append(s.conds, parseCond(a[1:end]))
		a = a[end+1:]
	}
	return s, true
}

// isNameByte says b may stand in an ASCII element name.
func isNameByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '-' || b == '_' || b == '.'
}

// parseCond reads a predicate: or of ands of the comparisons it knows.
func parseCond(p string) cond {
	p = strings.TrimSpace(p)
	if ors, ok := splitWord(p, "or"); ok && len(ors) > 1 {
		c := cond{op: 'o'}
		for _, o := range ors {
			c.kids = append(c.kids, parseCond(o))
		}
		return c
	}
	if ands, ok := splitWord(p, "and"); ok && len(ands) > 1 {
		c := cond{op: 'a'}
		for _, o := range ands {
			c.kids = append(c.kids, parseCond(o))
		}
		return c
	}
	if strings.HasPrefix(p, "(") && closing(p, 0) == len(p)-1 {
		return parseCond(p[1 : len(p)-1])
	}
	maybe := cond{op: 't'}
	// @name = 'lit'
	if name, rest, ok := attrName(p); ok {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return cond{op: 'e', name: name}
		}
		if rest[0] != '=' {
			return maybe
		}
		lit, ok := literal(strings.TrimSpace(rest[1:]))
		if !ok {
			return maybe
		}
		return cond{op: 'q', name: name, lit: lit}
	}
	// contains(@name, 'lit'), starts-with(@name, 'lit'),
	// contains(concat(' ', normalize-space(@name), ' '), ' lit ')
	var args string
	op := byte('c')
	switch {
	case strings.HasPrefix(p, "contains(") && strings.HasSuffix(p, ")"):
		args = p[len("contains(") : len(p)-1]
	case strings.HasPrefix(p, "starts-with(") && strings.HasSuffix(p, ")"):
		args, op = p[len("starts-with("):len(p)-1], 's'
	default:
		return maybe
	}
	parts, ok := splitTop(args, ',')
	if !ok || len(parts) != 2 {
		return maybe
	}
	lit, ok := literal(strings.TrimSpace(parts[1]))
	if !ok {
		return maybe
	}
	first := strings.TrimSpace(parts[0])
	if name, rest, ok := attrName(first); ok && strings.TrimSpace(rest) == "" {
		return cond{op: op, name: name, lit: lit}
	}
	if name, pre, post, ok := paddedClass(first); ok && op == 'c' {
		return cond{op: 'k', name: name, lit: lit, pre: pre, post: post}
	}
	return maybe
}

// paddedClass reads concat('lit', normalize-space(@name), 'lit') and
// returns name and the literals around it.
func paddedClass(s string) (name, pre, post string, ok bool) {
	if !strings.HasPrefix(s, "concat(") || !strings.HasSuffix(s, ")") {
		return "", "", "", false
	}
	parts, ok := splitTop(s[len("concat("):len(s)-1], ',')
	if !ok || len(parts) != 3 {
		return "", "", "", false
	}
	if pre, ok = literal(strings.TrimSpace(parts[0])); !ok {
		return "", "", "", false
	}
	if post, ok = literal(strings.TrimSpace(parts[2])); !ok {
		return "", "", "", false
	}
	mid := strings.TrimSpace(parts[1])
	if !strings.HasPrefix(mid, "normalize-space(") || !strings.HasSuffix(mid, ")") {
		return "", "", "", false
	}
	name, rest, ok := attrName(strings.TrimSpace(mid[len("normalize-space(") : len(mid)-1]))
	if !ok || strings.TrimSpace(rest) != "" {
		return "", "", "", false
	}
	return name, pre, post, true
}

// attrName reads "@name" at the start of s.
func attrName(s string) (name, rest string, ok bool) {
	if !strings.HasPrefix(s, "@") {
		return "", s, false
	}
	n := 1
	for n < len(s) && isNameByte(s[n]) {
		n++
	}
	if n == 1 || n < len(s) && (s[n] == ':' || s[n] == '(') {
		return "", s, false
	}
	return s[1:n], s[n:], true
}

// literal reads s as one XPath string literal.
func literal(s string) (string, bool) {
	if len(s) < 2 || (s[0] != '\'' && s[0] != '"') || s[len(s)-1] != s[0] {
		return "", false
	}
	in := s[1 : len(s)-1]
	if strings.IndexByte(in, s[0]) >= 0 {
		return "", false
	}
	return in, true
}

// closing is the index of the bracket closing the one at s[open], or -1;
// brackets inside string literals do not count.
func closing(s string, open int) int {
	depth := 0
	var quote byte
	for i := open; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// splitTop splits s at sep outside literals, brackets and parentheses; ok
// is false when they do not balance.
func splitTop(s string, sep byte) ([]string, bool) {
	return splitOutside(s, func(i int) int {
		if s[i] == sep {
			return 1
		}
		return 0
	})
}

// splitWord splits s at the operator word (or, and) standing alone
// outside literals, brackets and parentheses.
func splitWord(s, word string) ([]string, bool) {
	return splitOutside(s, func(i int) int {
		if strings.HasPrefix(s[i:], word) && i > 0 && isSpace(s[i-1]) && i+len(word) < len(s) && isSpace(s[i+len(word)]) {
			return len(word)
		}
		return 0
	})
}

// splitOutside splits s where sep(i) gives a separator's length at byte i
// outside string literals, brackets and parentheses; ok is false when
// they do not balance.
func splitOutside(s string, sep func(i int) int) ([]string, bool) {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
			if depth < 0 {
				return nil, false
			}
		case depth == 0:
			if n := sep(i); n > 0 {
				out = append(out, s[start:i])
				start = i + n
				i += n - 1
			}
		}
	}
	if depth != 0 || quote != 0 {
		return nil, false
	}
	return append(out, s[start:]), true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// mayMatch says some element under root (root included) may be selected
// by one of f's first steps.
func (f filter) mayMatch(root *html.Node) bool {
	found := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for ; n != nil && !found; n = n.NextSibling {
			if n.Type == html.ElementNode {
				for i := range f.steps {
					if f.steps[i].holds(n) {
						found = true
						return
					}
				}
			}
			if n.FirstChild != nil {
				visit(n.FirstChild)
			}
		}
	}
	if root.Type == html.ElementNode {
		for i := range f.steps {
			if f.steps[i].holds(root) {
				return true
			}
		}
	}
	visit(root.FirstChild)
	return found
}

// holds says element n may be selected by the step.
func (s *step) holds(n *html.Node) bool {
	if s.name != "" && !strings.EqualFold(n.Data, s.name) {
		return false
	}
	for i := range s.conds {
		if !s.conds[i].holds(n) {
			return false
		}
	}
	return true
}

// holds says the predicate may be true of n: names are compared without
// case and every comparison with a string reads as "contains it".
func (c *cond) holds(n *html.Node) bool {
	switch c.op {
	case 'q', 'c', 's', 'k':
		lit := c.lit
		if c.op == 'k' {
			// The padded, space-normalised value holds lit: it holds
			// each run of lit without white space.
			w := strings.Fields(lit)
			if len(w) == 0 {
				return true
			}
			lit = w[0]
		}
		if lit == "" {
			return true
		}
		for _, a := range n.Attr {
			if strings.EqualFold(a.Key, c.name) && strings.Contains(a.Val, lit) {
				return true
			}
		}
		return false
	case 'e':
		for _, a := range n.Attr {
			if strings.EqualFold(a.Key, c.name) {
				return true
			}
		}
		return false
	case 'a':
		for i := range c.kids {
			if !c.kids[i].holds(n) {
				return false
			}
		}
		return true
	case 'o':
		for i := range c.kids {
			if c.kids[i].holds(n) {
				return true
			}
		}
		return false
	}
	return true
}
