package siteconfig

import (
	"fmt"
	"strings"
	"sync"

	"github.com/antchfx/htmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html"
)

// compiled holds a rule's XPath expressions, compiled once on first use.
// An expression that does not compile is left out and reported.
type compiled struct {
	once                                     sync.Once
	title, body, author, date, strip, attr   []*xpath.Expr
	dissolve, native, single, next, pageCond []*xpath.Expr
	wrap                                     []*xpath.Expr // parallel to Config.WrapIn
	errs                                     []string
}

func (r *Rule) compile() *compiled {
	x := &r.x
	x.once.Do(func() {
		comp := func(key string, exprs []string) []*xpath.Expr {
			var out []*xpath.Expr
			for _, e := range exprs {
				c, err := xpath.Compile(e)
				if err != nil {
					x.errs = append(x.errs, fmt.Sprintf("%s %q: %v", key, e, err))
					continue
				}
				out = append(out, c)
			}
			return out
		}
		x.title = comp("title", r.Title)
		x.body = comp("body", r.Body)
		x.author = comp("author", r.Author)
		x.date = comp("date", r.Date)
		x.strip = comp("strip", r.Strip)
		x.attr = comp("strip_attr", r.StripAttr)
		x.dissolve = comp("dissolve", r.Dissolve)
		x.native = comp("native_ad_clue", r.NativeAdClue)
		x.single = comp("single_page_link", r.SinglePageLink)
		x.next = comp("next_page_link", r.NextPageLink)
		x.pageCond = comp("if_page_contains", r.IfPageContains)
		for _, w := range r.WrapIn {
			c, err := xpath.Compile(w.XPath)
			if err != nil {
				x.errs = append(x.errs, fmt.Sprintf("wrap_in(%s) %q: %v", w.Tag, w.XPath, err))
			}
			x.wrap = append(x.wrap, c)
		}
	})
	return x
}

// CompileErrors lists the expressions of the file that do not compile.
func (r *Rule) CompileErrors() []string { return r.compile().errs }

// HasFields says whether the file names any of title, author, date or body.
func (r *Rule) HasFields() bool {
	return len(r.Title)+len(r.Author)+len(r.Date)+len(r.Body) > 0
}

// values evaluates e on root: the text of each element or text node, the
// value of each attribute, or the string, number or boolean an XPath
// function returns. Values are trimmed with inner spaces collapsed; empty
// ones are dropped.
func values(root *html.Node, e *xpath.Expr) []string {
	var out []string
	add := func(s string) {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			out = append(out, s)
		}
	}
	switch v := e.Evaluate(htmlquery.CreateXPathNavigator(root)).(type) {
	case string:
		add(v)
	case *xpath.NodeIterator:
		for v.MoveNext() {
			nav, ok := v.Current().(*htmlquery.NodeNavigator)
			if !ok {
				continue
			}
			if nav.NodeType() == xpath.AttributeNode {
				add(nav.Value())
			} else {
				add(htmlquery.InnerText(nav.Current()))
			}
		}
	}
	return out
}

// nodes evaluates e on root and returns the elements it selects.
func nodes(root *html.Node, e *xpath.Expr) []*html.Node {
	it, ok := e.Evaluate(htmlquery.CreateXPathNavigator(root)).(*xpath.NodeIterator)
	if !ok {
		return nil
	}
	var out []*html.Node
	for it.MoveNext() {
		nav, ok := it.Current().(*htmlquery.NodeNavigator)
		if !ok || nav.NodeType() != xpath.ElementNode {
			continue
		}
		n := nav.Current()
		if len(out) == 0 || out[len(out)-1] != n {
			out = append(out, n)
		}
	}
	return out
}

// first returns the values of the first expression that yields any.
func first(root *html.Node, exprs []*xpath.Expr) []string {
	for _, e := range exprs {
		if v := values(root, e); len(v) > 0 {
			return v
		}
	}
	return nil
}

// Title is the first value of the first title expression that yields one.
func (r *Rule) TitleOf(root *html.Node) string {
	if v := first(root, r.compile().title); len(v) > 0 {
		return v[0]
	}
	return ""
}

// AuthorsOf are the values of the first author expression that yields any.
func (r *Rule) AuthorsOf(root *html.Node) []string { return first(root, r.compile().author) }

// DateOf is the first value of the first date expression that yields one.
func (r *Rule) DateOf(root *html.Node) string {
	if v := first(root, r.compile().date); len(v) > 0 {
		return v[0]
	}
	return ""
}

// IsNativeAd says whether a native_ad_clue expression matches the page.
func (r *Rule) IsNativeAd(root *html.Node) bool {
	for _, e := range r.compile().native {
		if len(nodes(root, e)) > 0 {
			return true
		}
	}
	return false
}

// Links returns the single-page link and the next-page link the file
// names on this page (attribute values or link elements' href), empty
// when none. When the file has if_page_contains conditions, the links are
// used only on pages where one of them matches.
func (r *Rule) Links(root *html.Node) (single, next string) {
	x := r.compile()
	if len(x.pageCond) > 0 {
		ok := false
		for _, e := range x.pageCond {
			if len(nodes(root, e)) > 0 {
				ok = true
				break
			}
		}
		if !ok {
			return "", ""
		}
	}
	return linkOf(root, x.single), linkOf(root, x.next)
}

func linkOf(root *html.Node, exprs []*xpath.Expr) string {
	for _, e := range exprs {
		switch v := e.Evaluate(htmlquery.CreateXPathNavigator(root)).(type) {
		case string:
			if s := strings.TrimSpace(v); s != "" {
				return s
			}
		case *xpath.NodeIterator:
			for v.MoveNext() {
				nav, ok := v.Current().(*htmlquery.NodeNavigator)
				if !ok {
					continue
				}
				if nav.NodeType() == xpath.AttributeNode {
					if s := strings.TrimSpace(nav.Value()); s != "" {
						return s
					}
					continue
				}
				if h := strings.TrimSpace(htmlquery.SelectAttr(nav.Current(), "href")); h != "" {
					return h
				}
			}
		}
	}
	return ""
}

// Prepare returns a copy of the tree under root with the file's strip,
// strip_id_or_class, strip_image_src, strip_attr, dissolve and wrap_in
// directives applied; root is not modified.
func (r *Rule) Prepare(root *html.Node) *html.Node {
	x := r.compile()
	work := clone(root)
	for _, e := range x.strip {
		for _, n := range nodes(work, e) {
			remove(n, work)
		}
	}
	if len(r.StripIDOrClass) > 0 || len(r.StripImageSrc) > 0 {
		var doomed []*html.Node
		walk(work, func(n *html.Node) {
			if n.Type != html.ElementNode {
				return
			}
			for _, s := range r.StripIDOrClass {
				if s == "" {
					continue
				}
				if strings.Contains(attr(n, "id"), s) || strings.Contains(attr(n, "class"), s) {
					doomed = append(doomed, n)
					return
				}
			}
			if n.Data == "img" {
				for _, s := range r.StripImageSrc {
					if s != "" && strings.Contains(attr(n, "src"), s) {
						doomed = append(doomed, n)
						return
					}
				}
			}
		})
		for _, n := range doomed {
			remove(n, work)
		}
	}
	for _, e := range x.attr {
		it, ok := e.Evaluate(htmlquery.CreateXPathNavigator(work)).(*xpath.NodeIterator)
		if !ok {
			continue
		}
		type hit struct {
			n    *html.Node
			name string
		}
		var hits []hit
		for it.MoveNext() {
			if nav, ok := it.Current().(*htmlquery.NodeNavigator); ok && nav.NodeType() == xpath.AttributeNode {
				hits = append(hits, hit{nav.Current(), nav.LocalName()})
			}
		}
		for _, h := range hits {
			for i, a := range h.n.Attr {
				if a.Key == h.name {
					h.n.Attr = append(h.n.Attr[:i], h.n.Attr[i+1:]...)
					break
				}
			}
		}
	}
	for _, e := range x.dissolve {
		for _, n := range nodes(work, e) {
			if n.Parent == nil || n == work {
				continue
			}
			for c := n.FirstChild; c != nil; {
				next := c.NextSibling
				n.RemoveChild(c)
				n.Parent.InsertBefore(c, n)
				c = next
			}
			n.Parent.RemoveChild(n)
		}
	}
	for i, e := range x.wrap {
		if e == nil || r.WrapIn[i].Tag == "" {
			continue
		}
		for _, n := range nodes(work, e) {
			if n.Parent == nil || n == work {
				continue
			}
			w := &html.Node{Type: html.ElementNode, Data: r.WrapIn[i].Tag}
			n.Parent.InsertBefore(w, n)
			n.Parent.RemoveChild(n)
			w.AppendChild(n)
		}
	}
	return work
}

// BodyMatches says whether a body expression selects an element of root.
// It lets a caller skip Prepare (a copy of the page and every strip
// expression) on pages where the file's body is gone after a redesign.
func (r *Rule) BodyMatches(root *html.Node) bool {
	for _, e := range r.compile().body {
		if len(nodes(root, e)) > 0 {
			return true
		}
	}
	return false
}

// BodyOf returns the element holding the article in work (a tree from
// Prepare, which it may change): the elements of the first body
// expression that selects any, joined under one new <div> appended to
// work's <body> when there are several. Nil when no expression matches.
func (r *Rule) BodyOf(work *html.Node) *html.Node {
	for _, e := range r.compile().body {
		ns := nodes(work, e)
		// Drop elements nested in another selected one.
		var top []*html.Node
		for _, n := range ns {
			inside := false
			for _, m := range ns {
				if m != n && isAncestor(m, n) {
					inside = true
					break
				}
			}
			if !inside {
				top = append(top, n)
			}
		}
		switch len(top) {
		case 0:
			continue
		case 1:
			return top[0]
		}
		holder := &html.Node{Type: html.ElementNode, Data: "div"}
		for _, n := range top {
			if n.Parent != nil {
				n.Parent.RemoveChild(n)
			}
			holder.AppendChild(n)
		}
		host := findElement(work, "body")
		if host == nil {
			host = work
		}
		host.AppendChild(holder)
		return holder
	}
	return nil
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

func findElement(n *html.Node, tag string) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) {
		if found == nil && c.Type == html.ElementNode && c.Data == tag {
			found = c
		}
	})
	return found
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func remove(n, root *html.Node) {
	if n.Parent != nil && n != root {
		n.Parent.RemoveChild(n)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(clone(ch))
	}
	return c
}
