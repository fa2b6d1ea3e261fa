package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeText is the visible text under n, whitespace collapsed; script,
// style, noscript and template contents are skipped. Block elements and
// <br> separate words.
func nodeText(n *html.Node) string { return textOf(n, false) }

// spacedText is nodeText with a space at every element boundary, for
// short metadata built from adjacent spans ("<span>Ann Lee</span><span>Author</span>"
// reads "Ann Lee Author", not "Ann LeeAuthor"). Not for running text,
// where tags may split a word.
func spacedText(n *html.Node) string { return textOf(n, true) }

func textOf(n *html.Node, spaced bool) string {
	t := newTextBuilder()
	t.node(n, spaced)
	return t.done()
}

// textBuilder collapses text as it is written: what it holds is always
// collapse of everything written, with separators where space asked for
// them, so that a text is built in one pass and one buffer. (That is so
// when the texts written are valid UTF-8, as the tree's texts are: extract
// decodes the page to valid UTF-8 before parsing it.)
//
// Its buffer comes from textBufPool (newTextBuilder) and goes back there
// when the text is taken (done), which copies it into a string of its
// own: one allocation a text, not one for each time a growing builder
// outgrows its memory. A buffer given back is cut to length 0, so no
// text of one call is seen by another; sync.Pool keeps extract safe for
// concurrent use.
type textBuilder struct {
	buf     *[]byte
	b       []byte
	pending bool // a separator since the last word written
	// The last string that gave b words, and where in it the first and
	// the last of them begin and end; writes counts the strings that
	// gave b words. When one string gave all of them and b is those
	// bytes as they stand there (single spaces between the words),
	// done returns them from that string without a copy.
	src            string
	srcFrom, srcTo int
	writes         int
}

// textBufPool holds the buffers of textBuilders between calls.
var textBufPool = sync.Pool{New: func() any {
	b := make([]byte, 0, 256)
	return &b
}}

// maxPooledText bounds the buffers kept in textBufPool: one page's very
// long text is not held for the rest.
const maxPooledText = 64 << 10

func newTextBuilder() textBuilder {
	buf := textBufPool.Get().(*[]byte)
	return textBuilder{buf: buf, b: (*buf)[:0]}
}

// done returns the text built and gives the buffer back (a zero
// textBuilder has none to give); t is not used again.
func (t *textBuilder) done() string {
	var s string
	if t.writes == 1 && t.srcTo-t.srcFrom == len(t.b) && t.src[t.srcFrom:t.srcTo] == string(t.b) {
		// Most texts asked for are one text node's words (a title, a
		// name, a link), often already collapsed.
		s = t.src[t.srcFrom:t.srcTo]
	} else {
		s = string(t.b)
	}
	t.src = ""
	if t.buf != nil && cap(t.b) <= maxPooledText {
		*t.buf = t.b[:0]
		textBufPool.Put(t.buf)
	}
	t.buf, t.b = nil, nil
	return s
}

// space separates what comes next from what came before.
func (t *textBuilder) space() { t.pending = true }

// write appends s a word at a time.
func (t *textBuilder) write(s string) {
	start := -1          // start of the current word in s
	first, last := -1, 0 // where the words s gives b begin and end
	for i := 0; i < len(s); {
		c := s[i]
		if asciiWord[c] {
			// A run of ASCII word bytes: the word goes on.
			if start < 0 {
				if t.pending && len(t.b) > 0 {
					t.b = append(t.b, ' ')
				}
				t.pending = false
				start = i
			}
			for i++; i < len(s) && asciiWord[s[i]]; i++ {
			}
			continue
		}
		size := 1
		var space bool
		if c < utf8.RuneSelf {
			space = true // (an ASCII byte of no word is white space)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = isCollapseSpace(r)
		}
		if space {
			if start >= 0 {
				t.b = append(t.b, s[start:i]...)
				if first < 0 {
					first = start
				}
				last, start = i, -1
			}
			t.pending = true
		} else if start < 0 {
			if t.pending && len(t.b) > 0 {
				t.b = append(t.b, ' ')
			}
			t.pending = false
			start = i
		}
		i += size
	}
	if start >= 0 {
		t.b = append(t.b, s[start:]...)
		if first < 0 {
			first = start
		}
		last = len(s)
	}
	if first >= 0 {
		t.src, t.srcFrom, t.srcTo = s, first, last
		t.writes++
	}
}

// node writes the text under n as textOf reads it.
func (t *textBuilder) node(n *html.Node, spaced bool) {
	switch n.Type {
	case html.TextNode:
		t.write(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Br:
			t.space()
			return
		}
	case html.CommentNode:
		return
	}
	block := n.Type == html.ElementNode && (spaced || isBlock(n.DataAtom))
	if block {
		t.space()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c, spaced)
	}
	if block {
		t.space()
	}
}

// textCount measures what a textBuilder would hold, without building it:
// its words, its length in runes and its textWeight.
type textCount struct {
	words, wordRunes, wordWeight int // the words' own runes, spaces between them left out
	inWord                       bool
}

func (t *textCount) space() { t.inWord = false }

func (t *textCount) write(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				t.inWord = false
				i++
				continue
			}
			// A run of ASCII word bytes, one rune and weight 1 each.
			j := i + 1
			for j < len(s) && asciiWord[s[j]] {
				j++
			}
			t.rune(1)
			t.wordRunes += j - i - 1
			t.wordWeight += j - i - 1
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isCollapseSpace(r) {
			t.inWord = false
		} else {
			t.rune(runeWeight(r))
		}
		i += size
	}
}

// rune counts one rune of a word.
func (t *textCount) rune(weight int) {
	if !t.inWord {
		t.inWord = true
		t.words++
	}
	t.wordRunes++
	t.wordWeight += weight
}

// runes is utf8.RuneCountInString of the text.
func (t *textCount) runes() int { return t.wordRunes + max(t.words-1, 0) }

// weight is textWeight of the text.
func (t *textCount) weight() int { return t.wordWeight + max(t.words-1, 0) }

// node counts the text under n as nodeText reads it.
func (t *textCount) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.write(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Br:
			t.space()
			return
		}
	case html.CommentNode:
		return
	}
	block := n.Type == html.ElementNode && isBlock(n.DataAtom)
	if block {
		t.space()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c)
	}
	if block {
		t.space()
	}
}

// unreadText says the text under n is none of nodeText's: a comment, or
// an element whose content is code, markup for later or a drawing
// (script, style, noscript, template, svg), or a line break. The cheap
// walkers that stand in for nodeText (hasText, shortTextMarks) skip
// what it skips.
func unreadText(n *html.Node) bool {
	if n.Type == html.CommentNode {
		return true
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Br:
		return n.Type == html.ElementNode
	}
	return false
}

// hasText reports whether nodeText(n) != "", stopping at the first
// visible character instead of building the text.
func hasText(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		for i := 0; i < len(n.Data); {
			c := n.Data[i]
			if c < utf8.RuneSelf {
				if !asciiSpace[c] {
					return true
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(n.Data[i:])
			if !isCollapseSpace(r) {
				return true
			}
			i += size
		}
		return false
	case html.ElementNode, html.CommentNode:
		if unreadText(n) {
			return false
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

// selText is nodeText over every node of s, space-joined.
func selText(s *goquery.Selection) string {
	parts := make([]string, 0, s.Length())
	for _, n := range s.Nodes {
		if t := nodeText(n); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// collapse folds runs of whitespace (including NBSP and zero-width spaces)
// into one space and trims. A string already collapsed is returned as is;
// otherwise the result is built in one pass.
func collapse(s string) string {
	// Fast path: find the first byte where s differs from its collapsed
	// form (a separator other than a single ASCII space between words).
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
					break
				}
				if r, _ := utf8.DecodeRuneInString(s[i+1:]); isCollapseSpace(r) {
					break
				}
			} else if c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isCollapseSpace(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	// Only separators from i on (trailing whitespace, or a blank string):
	// the answer is the prefix, with no copy.
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isCollapseSpace(r) {
			break
		}
		j += size
	}
	if j == len(s) {
		return s[:i]
	}
	t := newTextBuilder()
	t.b = append(t.b, s[:i]...)
	t.write(s[i:])
	return t.done()
}

// asciiSpace holds the ASCII bytes isCollapseSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// asciiWord holds the ASCII bytes that are not asciiSpace: the bytes of
// a word that the text readers take a run at a time, one lookup each.
var asciiWord = func() (w [256]bool) {
	for c := range utf8.RuneSelf {
		w[c] = !asciiSpace[c]
	}
	return w
}()

// isCollapseSpace reports whether collapse treats r as whitespace.
func isCollapseSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u200b', '\u2009', '\u202f', '\u3000', '\ufeff':
		return true
	}
	return false
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.Figure, atom.Figcaption,
		atom.Blockquote, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Dl, atom.Dt, atom.Dd, atom.Pre, atom.Main,
		atom.Address, atom.Time:
		return true
	}
	return false
}

// attr returns the value of an attribute of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		// Most attributes are let go at their first byte, ASCII and
		// different whatever its case, without the EqualFold call.
		if a.Namespace != "" || len(a.Key) > 0 && len(key) > 0 && a.Key[0]|key[0] < utf8.RuneSelf && a.Key[0]|0x20 != key[0]|0x20 {
			continue
		}
		// The parser lower-cases keys, and callers name them in lower
		// case: the same bytes answer without folding.
		if a.Key == key || strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// classAndID is attr(n, "class"), attr(n, "id") in one pass over n's
// attributes, which ends once both are found. (The tests of attr,
// written out for the two keys: neither key folds to the other.)
func classAndID(n *html.Node) (class, id string) {
	foundClass, foundID := false, false
	for _, a := range n.Attr {
		if a.Namespace != "" || len(a.Key) == 0 {
			continue
		}
		switch k0 := a.Key[0]; {
		case k0 < utf8.RuneSelf && k0|0x20 != 'c' && k0|0x20 != 'i':
			continue
		case !foundClass && (a.Key == "class" || (k0 >= utf8.RuneSelf || k0|0x20 == 'c') && strings.EqualFold(a.Key, "class")):
			class, foundClass = a.Val, true
		case !foundID && (a.Key == "id" || (k0 >= utf8.RuneSelf || k0|0x20 == 'i') && strings.EqualFold(a.Key, "id")):
			id, foundID = a.Val, true
		}
		if foundClass && foundID {
			break
		}
	}
	return class, id
}

// classID is the class and id of n, space-joined, as written (case kept
// so that wordSet can split camelCase names).
func classID(n *html.Node) string {
	c, id := classAndID(n)
	switch {
	case id == "":
		return c
	case c == "":
		return id
	}
	return c + " " + id
}

// hasAncestor reports whether some proper ancestor of n satisfies f.
func hasAncestor(n *html.Node, f func(*html.Node) bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && f(p) {
			return true
		}
	}
	return false
}

// contains reports whether n is inside (or is) root.
func contains(root, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// cascadiaFirst returns the first node at or under root matching sel.
func cascadiaFirst(root *html.Node, sel cascadia.Matcher) *html.Node {
	if root.Type == html.ElementNode && sel.Match(root) {
		return root
	}
	return cascadia.Query(root, sel)
}

// mustSel compiles a selector written in this package's source; it is
// only called with constant selectors that tests exercise.
func mustSel(s string) cascadia.Matcher {
	m, err := cascadia.ParseGroup(s)
	if err != nil {
		panic("extract: bad built-in selector " + s + ": " + err.Error())
	}
	return m
}

// Built-in selectors used on every page.
var (
	selImg     = mustSel("img")
	selHeading = mustSel("h1, h2")
	selLink    = mustSel("a[href]")
)
