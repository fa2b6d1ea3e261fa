package siteconfig

import (
	"strings"

	"github.com/antchfx/htmlquery"
	"golang.org/x/net/html"
)

// Site-config files cut a byline or a date out of a line with
// substring-after(path, 'lit') and substring-before(path, 'lit'), nested
// at most a few deep ("substring-before(substring-after(//p[@class='meta'],
// 'By'), '|')"). The XPath engine walks the whole tree for the path with
// an allocation per node it visits (thousands a page) and then reads one
// string. When the path is a fast path (fastpath.go) the same string is
// computed here from the fast path's first node, as antchfx/xpath's
// substringIndFunc computes it: the string value of the first node the
// path selects ("" when it selects none), then what follows (after) or
// precedes (before) the first occurrence of the literal, "" when the
// literal is absent or empty.

// substrFn is one substring-after or substring-before call whose first
// argument is a fast path (inner nil) or another such call.
type substrFn struct {
	after bool
	word  string
	inner *substrFn
	path  fastPath
}

// maxSubstrDepth bounds the nesting read; deeper forms go to the engine.
const maxSubstrDepth = 4

// parseSubstr reads expr as a substring-after/substring-before call of
// a fast path or of such a call, with a string literal for the second
// argument; ok is false for any other shape.
func parseSubstr(expr string) (*substrFn, bool) {
	return parseSubstrDepth(expr, 0)
}

func parseSubstrDepth(expr string, depth int) (*substrFn, bool) {
	if depth >= maxSubstrDepth {
		return nil, false
	}
	expr = strings.TrimSpace(expr)
	var f substrFn
	switch {
	case strings.HasPrefix(expr, "substring-after("):
		f.after = true
	case strings.HasPrefix(expr, "substring-before("):
	default:
		return nil, false
	}
	open := strings.IndexByte(expr, '(')
	if closing(expr, open) != len(expr)-1 {
		return nil, false // something follows the call
	}
	args, ok := splitTop(expr[open+1:len(expr)-1], ',')
	if !ok || len(args) != 2 {
		return nil, false
	}
	word, ok := literal(strings.TrimSpace(args[1]))
	if !ok {
		return nil, false
	}
	f.word = word
	if inner, ok := parseSubstrDepth(args[0], depth+1); ok {
		f.inner = inner
		return &f, true
	}
	p, ok := parseFast(args[0])
	if !ok {
		return nil, false
	}
	f.path = p
	return &f, true
}

// eval is the call's string on root, as the engine returns it; ok is
// false when the path's elements are left to the engine
// (fastPath.elements).
func (f *substrFn) eval(root *html.Node) (string, bool) {
	var str string
	if f.inner != nil {
		v, ok := f.inner.eval(root)
		if !ok {
			return "", false
		}
		str = v
	} else {
		ns, ok := f.path.elements(root)
		if !ok {
			return "", false
		}
		str = firstValue(ns, f.path.attr)
	}
	if f.word == "" {
		return "", true
	}
	i := strings.Index(str, f.word)
	if i < 0 {
		return "", true
	}
	if f.after {
		return str[i+len(f.word):], true
	}
	return str[:i], true
}

// firstValue is the string value of the first node a path selects, in
// the engine's order, from its elements ns: the first element's inner
// text, or (attr set) the value of the first attribute so named of the
// first element that has one; "" when there is none.
func firstValue(ns []*html.Node, attr string) string {
	for _, n := range ns {
		if attr == "" {
			return htmlquery.InnerText(n)
		}
		for _, a := range n.Attr {
			if a.Key == attr {
				return a.Val
			}
		}
	}
	return ""
}
