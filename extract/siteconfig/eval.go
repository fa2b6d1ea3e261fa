package siteconfig

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"slices"

	"github.com/antchfx/htmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
				c, err := xpath.Compile(withoutIDCalls(e))
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
			c, err := xpath.Compile(withoutIDCalls(w.XPath))
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
	if fp, ok := parseFast(e.String()); ok {
		ns, ok := fp.elements(root)
		for _, n := range ns {
			if fp.attr == "" {
				add(htmlquery.InnerText(n))
				continue
			}
			for _, a := range n.Attr {
				if a.Key == fp.attr {
					add(a.Val)
				}
			}
		}
		if ok {
			return out
		}
	}
	if u, ok := parseFastUnion(e.String()); ok {
		if ns, ok := u.elements(root); ok {
			for _, n := range ns {
				add(htmlquery.InnerText(n))
			}
			return out
		}
	}
	if f, ok := parseSubstr(e.String()); ok {
		if v, ok := f.eval(root); ok {
			add(v) // substring.go: the engine's string, without its walk
			return out
		}
	}
	switch v := evaluate(root, e).(type) {
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
	if fp, ok := parseFast(e.String()); ok {
		if fp.attr != "" {
			return nil // attributes, no elements
		}
		if ns, ok := fp.elements(root); ok {
			return ns
		}
	} else if u, ok := parseFastUnion(e.String()); ok {
		if ns, ok := u.elements(root); ok {
			return ns
		}
	}
	it, ok := evaluate(root, e).(*xpath.NodeIterator)
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
	d, _ := r.DateKindOf(root)
	return d
}

// DateKindOf is DateOf, and whether the expression that gave the date
// reads the time the story was last changed rather than published
// (readsModified): the format has only date:, and some files point it at
// article:modified_time, og:updated_time, dateModified or an "Updated"
// line. FIELDS.md keeps such a time out of published_at.
func (r *Rule) DateKindOf(root *html.Node) (date string, modified bool) {
	for _, e := range r.compile().date {
		if v := values(root, e); len(v) > 0 {
			return v[0], readsModified(e.String())
		}
	}
	return "", false
}

// readsModified says a date expression names a modification time: it
// names a change ("modified", "updated", "lastUpdate", "changed") and no
// publication ("published", "datePublished", "created", "issued",
// "posted", "pubdate"); an expression that names both reads the
// publication time marked off by the change ("substring-before(…
// '"datePublished":"'), '","dateModified"')").
func readsModified(expr string) bool {
	x := strings.ToLower(expr)
	changed := false
	for _, w := range modifiedWords {
		changed = changed || strings.Contains(x, w)
	}
	if !changed {
		return false
	}
	for _, w := range publishedWords {
		if strings.Contains(x, w) {
			return false
		}
	}
	return true
}

// modifiedWords and publishedWords are the words (lower case, as parts of
// class names, properties and keys) by which a date expression says which
// time it reads.
var (
	modifiedWords  = []string{"modif", "update", "changed"}
	publishedWords = []string{"publi", "creat", "issued", "posted", "pubdate", "release"}
)

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
		switch v := evaluate(root, e).(type) {
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

// ArticleOf returns a copy of the article as the file describes it: the
// elements of the first body expression that selects any (the outermost,
// in document order) under one new <div>, with the file's strip,
// strip_id_or_class, strip_image_src, strip_attr, dissolve and wrap_in
// directives applied to the copy; root is not modified. Nil when no body
// expression matches.
func (r *Rule) ArticleOf(root *html.Node) *html.Node {
	x := r.compile()
	var top []*html.Node
	for _, e := range x.body {
		if top = outermost(nodes(root, e)); len(top) > 0 {
			break
		}
	}
	if len(top) == 0 {
		return nil
	}
	c := copier{r: r, drop: map[*html.Node]bool{}}
	// The expressions run inside each body element, not over the page:
	// their cost follows the article's size, and what they would remove
	// outside it is not copied anyway. An expression anchored above the
	// body (//article//aside with the body inside <article>) then finds
	// nothing; the generic cleaning and the sanity checks stand behind.
	for _, t := range top {
		for _, e := range x.strip {
			for _, n := range nodes(t, e) {
				c.drop[n] = true
			}
		}
		for _, e := range x.attr {
			it, ok := evaluate(t, e).(*xpath.NodeIterator)
			if !ok {
				continue
			}
			for it.MoveNext() {
				if nav, ok := it.Current().(*htmlquery.NodeNavigator); ok && nav.NodeType() == xpath.AttributeNode {
					if c.dropAttr == nil {
						c.dropAttr = map[*html.Node][]string{}
					}
					c.dropAttr[nav.Current()] = append(c.dropAttr[nav.Current()], nav.LocalName())
				}
			}
		}
		for _, e := range x.dissolve {
			for _, n := range nodes(t, e) {
				if c.dissolve == nil {
					c.dissolve = map[*html.Node]bool{}
				}
				c.dissolve[n] = true
			}
		}
		for i, e := range x.wrap {
			if e == nil || r.WrapIn[i].Tag == "" {
				continue
			}
			for _, n := range nodes(t, e) {
				if c.wrap == nil {
					c.wrap = map[*html.Node]string{}
				}
				c.wrap[n] = r.WrapIn[i].Tag
			}
		}
	}
	holder := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	var copies []*html.Node
	for _, n := range top {
		copies = c.appendCopy(copies[:0], n, true)
		for _, k := range copies {
			holder.AppendChild(k)
		}
	}
	return holder
}

// copier copies a subtree leaving out what the file strips.
type copier struct {
	r        *Rule
	drop     map[*html.Node]bool
	dropAttr map[*html.Node][]string
	dissolve map[*html.Node]bool
	wrap     map[*html.Node]string
}

// appendCopy appends to dst the copies standing for n: none when n is
// stripped, its children's when it is dissolved, else one (wrapped when
// asked). The body element itself (top) is never dissolved or wrapped.
// The children's copies are appended to dst too, after n's place, and
// taken from there into n's copy: one slice for the whole subtree, not
// one for each node and each node's children.
func (c *copier) appendCopy(dst []*html.Node, n *html.Node, top bool) []*html.Node {
	if c.drop[n] {
		return dst
	}
	if n.Type == html.ElementNode && c.stripped(n) {
		return dst
	}
	if n.Type != html.ElementNode {
		return append(dst, &html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Namespace: n.Namespace})
	}
	at := len(dst)
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		dst = c.appendCopy(dst, ch, false)
	}
	if !top && c.dissolve[n] {
		return dst // the children's copies stand for n
	}
	k := &html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Namespace: n.Namespace}
	k.Attr = append([]html.Attribute(nil), n.Attr...)
	if names := c.dropAttr[n]; len(names) > 0 {
		k.Attr = slices.DeleteFunc(k.Attr, func(a html.Attribute) bool { return slices.Contains(names, a.Key) })
	}
	for _, ch := range dst[at:] {
		k.AppendChild(ch)
	}
	dst = dst[:at]
	if tag := c.wrap[n]; tag != "" && !top {
		w := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
		w.AppendChild(k)
		return append(dst, w)
	}
	return append(dst, k)
}

// stripped says whether strip_id_or_class or strip_image_src removes n.
func (c *copier) stripped(n *html.Node) bool {
	for _, s := range c.r.StripIDOrClass {
		if s != "" && (strings.Contains(attr(n, "id"), s) || strings.Contains(attr(n, "class"), s)) {
			return true
		}
	}
	if n.Data == "img" {
		for _, s := range c.r.StripImageSrc {
			if s != "" && strings.Contains(attr(n, "src"), s) {
				return true
			}
		}
	}
	return false
}

// outermost drops the nodes nested in another of ns, keeping order.
func outermost(ns []*html.Node) []*html.Node {
	if len(ns) < 2 {
		return ns
	}
	in := make(map[*html.Node]bool, len(ns))
	for _, n := range ns {
		in[n] = true
	}
	var out []*html.Node
	for _, n := range ns {
		nested := false
		for p := n.Parent; p != nil; p = p.Parent {
			if in[p] {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, n)
		}
	}
	return out
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
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

// ReadsRawText says whether the file may read the text of a script or a
// style sheet: one of its expressions or find strings names such an
// element (or a class or id with "script" or "style" in it, which is
// only stricter), as in //script[@id='datalayer'] or a find_string that
// turns <script> into <div>. The attribute @style names none.
// The extractor parses a page without that text only for a file that
// reads none of it.
func (r *Rule) ReadsRawText() bool {
	r.rawOnce.Do(func() {
		lists := [][]string{r.Title, r.Body, r.Author, r.Date, r.Strip, r.StripIDOrClass, r.StripAttr,
			r.Dissolve, r.NativeAdClue, r.SinglePageLink, r.NextPageLink, r.IfPageContains}
		for _, w := range r.WrapIn {
			lists = append(lists, []string{w.XPath})
		}
		for _, rep := range r.Replace {
			lists = append(lists, []string{rep.Find, rep.With})
		}
		for _, l := range lists {
			for _, s := range l {
				if namesRawElement(s) {
					r.readsRaw = true
					return
				}
			}
		}
	})
	return r.readsRaw
}

// namesRawElement says s holds "script" or "style" (in any case), other
// than as the attribute name "@style" or within "noscript": a noscript
// element's text is never dropped (it is stepped over whole), so a file
// that turns <noscript> into <div> to read lazy-loaded images reads no
// script text.
func namesRawElement(s string) bool {
	l := strings.ToLower(s)
	for i := 0; ; {
		k := strings.Index(l[i:], "script")
		if k < 0 {
			break
		}
		if i+k < len("no") || l[i+k-len("no"):i+k] != "no" {
			return true
		}
		i += k + len("script")
	}
	for i := 0; ; {
		k := strings.Index(l[i:], "style")
		if k < 0 {
			return false
		}
		if i+k == 0 || l[i+k-1] != '@' {
			return true
		}
		i += k + len("style")
	}
}

// ReadsSpacing says whether the file may tell how long a run of white
// space between two elements is: one of its XPath expressions compares
// or cuts an element's or a text node's string value (text(), ".", a
// path compared with "=", substring-after(//div, " by ")), where a run
// of spaces and newlines could change what matches. Everything else the
// file reads, it reads with white space collapsed (values) or as
// elements (nodes). The extractor shortens such runs before parsing
// (keptParts) only for a file that cannot tell (see readsStringValue).
// find_string and replace_string are not looked at: they edit the page
// as fetched, before anything is cut from it.
func (r *Rule) ReadsSpacing() bool {
	r.spacingOnce.Do(func() {
		lists := [][]string{r.Title, r.Body, r.Author, r.Date, r.Strip, r.StripAttr,
			r.Dissolve, r.NativeAdClue, r.SinglePageLink, r.NextPageLink, r.IfPageContains}
		for _, w := range r.WrapIn {
			lists = append(lists, []string{w.XPath})
		}
		for _, l := range lists {
			for _, s := range l {
				if readsStringValue(s) {
					r.readsSpacing = true
					return
				}
			}
		}
	})
	return r.readsSpacing
}

// ReadsComments says whether one of the file's expressions selects
// comments (comment()): the extractor empties comments before parsing
// only for a file that does not.
func (r *Rule) ReadsComments() bool {
	r.readsMarkup()
	return r.readsComments
}

// ReadsDrawing says whether one of the file's expressions names the
// attributes d or points, or any attribute (@*, attribute::): the
// extractor empties those attributes inside <svg> before parsing only
// for a file that does not.
func (r *Rule) ReadsDrawing() bool {
	r.readsMarkup()
	return r.readsDrawing
}

// ReadsData says whether one of the file's expressions names a data-*
// attribute, or any attribute (@*, attribute::): the extractor cuts the
// values of data-* attributes no reader of its own names only for a
// file that does not.
func (r *Rule) ReadsData() bool {
	r.readsMarkup()
	return r.readsData
}

// ReadsUnread says whether one of the file's expressions names one of
// UnreadAttributes, an event handler ("@on…"), or any attribute: the
// extractor drops those attributes whole only for a file that does not.
func (r *Rule) ReadsUnread() bool {
	r.readsMarkup()
	return r.readsUnread
}

// UnreadAttributes are the attributes (lowered) that no reader of the
// extractor's looks up, besides event handlers (on…): loading and
// fetching hints, focus order, link targets and the drawing attributes
// of icons. The extractor drops them whole, key and value, before
// parsing, where no site config names them (ReadsUnread): the parser
// copies each attribute's key and value several times over, and they
// are a twentieth of a news page's attributes. A test of package
// extract checks that no reader's code or data names one of them.
// (go-readability, the body's last resort, scans every attribute value
// of an image or embed for an image file or a video host's address,
// which none of these holds; it reads "sizes", which is not here.)
var UnreadAttributes = []string{"target", "tabindex", "async", "defer", "crossorigin", "integrity",
	"nonce", "loading", "decoding", "fetchpriority", "referrerpolicy", "autocomplete",
	"spellcheck", "draggable", "focusable", "viewbox", "fill", "fill-rule", "clip-rule", "stroke",
	"stroke-width", "stroke-linecap", "stroke-linejoin", "transform", "xmlns", "xmlns:xlink", "version"}

func (r *Rule) readsMarkup() {
	r.markupOnce.Do(func() {
		lists := [][]string{r.Title, r.Body, r.Author, r.Date, r.Strip, r.StripAttr,
			r.Dissolve, r.NativeAdClue, r.SinglePageLink, r.NextPageLink, r.IfPageContains}
		for _, w := range r.WrapIn {
			lists = append(lists, []string{w.XPath})
		}
		for _, l := range lists {
			for _, s := range l {
				low := strings.ToLower(s)
				r.readsComments = r.readsComments || strings.Contains(low, "comment(")
				anyAttr := strings.Contains(low, "@*") || strings.Contains(low, "attribute::")
				r.readsDrawing = r.readsDrawing || namesAttribute(low, "d") || namesAttribute(low, "points") || anyAttr
				r.readsData = r.readsData || strings.Contains(low, "data-") || anyAttr
				r.readsUnread = r.readsUnread || anyAttr || strings.Contains(low, "@on")
				for _, name := range UnreadAttributes {
					r.readsUnread = r.readsUnread || namesAttribute(low, name)
				}
			}
		}
	})
}

// namesAttribute says the lowered XPath expression x holds "@name" not
// followed by a byte of a longer name.
func namesAttribute(x, name string) bool {
	for i := 0; ; {
		k := strings.Index(x[i:], "@"+name)
		if k < 0 {
			return false
		}
		i += k + 1 + len(name)
		if i == len(x) || !xpathNameByte(x[i]) {
			return true
		}
	}
}

// readsStringValue says whether the XPath expression x may read the
// string value of an element or a text node other than through a plain
// location path (whose values the extractor collapses). It is a lexical
// test, stricter than needed: outside quoted literals,
//   - "text()" or a "." that is not part of ".." or a number: the
//     context node's or a text node's value;
//   - a function call other than a node-counting or boolean one
//     (position, last, count, not, true, false, boolean, name,
//     local-name) with an argument that is not a literal, a number or
//     one attribute ("@class"): contains(@class, 'x') reads no text,
//     contains(., 'x') and substring-after(//p, ' by ') do;
//   - a comparison ("=", "!=", "<", ">") with an operand that is a
//     location path other than one attribute: [@id='x'] reads no text,
//     [h2='Author'] does.
//
// An expression it cannot read through (an unbalanced parenthesis or
// quote) reads text.
func readsStringValue(x string) bool {
	// Blank out literals so that their contents are not read as syntax.
	b := []byte(x)
	for i := 0; i < len(b); i++ {
		if q := b[i]; q == '\'' || q == '"' {
			k := strings.IndexByte(x[i+1:], q)
			if k < 0 {
				return true
			}
			for j := i + 1; j < i+1+k; j++ {
				b[j] = 'L' // a literal's contents: an operand, never syntax
			}
			i += k + 1
		}
	}
	s := string(b)
	if strings.Contains(s, "text()") {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '.':
			if i+1 < len(s) && s[i+1] == '.' {
				i++ // "..": the parent, a node
				continue
			}
			if i+1 < len(s) && '0' <= s[i+1] && s[i+1] <= '9' {
				continue // ".5"
			}
			if i > 0 && '0' <= s[i-1] && s[i-1] <= '9' {
				continue // "1.5"
			}
			if i+1 < len(s) && s[i+1] == '/' {
				continue // "./p": a path from the context node
			}
			return true
		case '(':
			name := identBefore(s, i)
			args, ok := callArgs(s, i)
			if !ok {
				return true
			}
			switch name {
			case "", "position", "last", "count", "not", "true", "false", "boolean", "name", "local-name":
				// A grouping, or a function of nodes or booleans: its
				// arguments are tested where they appear.
				continue
			}
			for _, a := range args {
				if !plainOperand(a) {
					return true
				}
			}
		case '=', '<', '>':
			left := operandBefore(s, i)
			j := i + 1
			if j < len(s) && s[j] == '=' {
				j++
			}
			right := operandAfter(s, j)
			if !plainOperand(left) || !plainOperand(right) {
				return true
			}
		}
	}
	return false
}

// identBefore is the function name that ends just before s[i] ('('), or
// "" for a grouping.
func identBefore(s string, i int) string {
	j := i
	for j > 0 && xpathNameByte(s[j-1]) {
		j--
	}
	return s[j:i]
}

// callArgs splits the arguments of the call whose '(' is s[i] at its
// top-level commas; ok is false when the parenthesis is not closed.
func callArgs(s string, i int) (args []string, ok bool) {
	depth, start := 0, i+1
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '(', '[':
			depth++
		case ']':
			depth--
		case ')':
			if depth == 0 {
				return append(args, s[start:j]), true
			}
			depth--
		case ',':
			if depth == 0 {
				args = append(args, s[start:j])
				start = j + 1
			}
		}
	}
	return nil, false
}

// operandBefore is the operand that ends just before s[i] (a comparison
// operator): the name-and-'@' run, or a closing ')' for a call's result,
// or a literal.
func operandBefore(s string, i int) string {
	j := i
	for j > 0 && (s[j-1] == '!' || s[j-1] == '<' || s[j-1] == '>' || s[j-1] == ' ') {
		j--
	}
	end := j
	if j > 0 && (s[j-1] == ')' || s[j-1] == '\'' || s[j-1] == '"') {
		return s[j-1 : end] // a call's result (its arguments are tested as a call) or a literal
	}
	for j > 0 && (xpathNameByte(s[j-1]) || s[j-1] == '@') {
		j--
	}
	return s[j:end]
}

// operandAfter is the operand that starts at s[j] after a comparison
// operator, up to the next byte that cannot be part of a name.
func operandAfter(s string, j int) string {
	for j < len(s) && (s[j] == ' ' || s[j] == '=') {
		j++
	}
	if j < len(s) && (s[j] == '\'' || s[j] == '"') {
		return s[j : j+1]
	}
	k := j
	for k < len(s) && (xpathNameByte(s[k]) || s[k] == '@') {
		k++
	}
	if k < len(s) && s[k] == '(' {
		return ")" // a call's result; its arguments are tested as a call
	}
	return s[j:k]
}

// plainOperand says the operand a (spaces trimmed) reads no element's
// string value: a literal (blanked to L by readsStringValue, or its
// quote), a number, a call's result (")", or "name(…)" whole), or one
// attribute ("@id").
func plainOperand(a string) bool {
	a = strings.TrimSpace(a)
	switch {
	case a == "" || a == ")" || a == "'" || a == `"`:
		return true
	case a[0] == '\'' || a[0] == '"':
		return true
	case a[0] == '@':
		return len(a) > 1 && strings.IndexFunc(a[1:], func(r rune) bool { return r > 0x7f || !xpathNameByte(byte(r)) }) < 0
	case a[len(a)-1] == ')':
		// A call's result when a name opens it ("normalize-space(@class)"):
		// its own arguments are tested at its '('.
		if k := strings.IndexByte(a, '('); k > 0 && identBefore(a, k) == a[:k] {
			return true
		}
		return false
	}
	if _, err := strconv.ParseFloat(a, 64); err == nil {
		return true
	}
	return false
}

// xpathNameByte says c may be part of an XPath name (ASCII letters, digits,
// '-', '_', ':'; a '.' is read apart).
func xpathNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':'
}
