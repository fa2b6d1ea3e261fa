package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readPeople fills Authors, Editors and Bylines from JSON-LD, meta tags,
// the site rule's selectors and generic byline elements, in that order.
// A JSON-LD Organization credited as author is kept with Source
// "jsonld:org" so that normalize can use it only when no person is named.
func readPeople(p *Page, doc *goquery.Document, idx *docIndex, meta metaTags, ld linkedData, rule *SiteRule) {
	if ld.main != nil {
		for _, a := range ld.people(ld.main, "author") {
			src := "jsonld"
			if a.org {
				src = "jsonld:org"
			}
			p.Authors = appendField(p.Authors, a.name, src)
		}
		for _, e := range ld.people(ld.main, "editor") {
			if !e.org {
				p.Editors = appendField(p.Editors, e.name, "jsonld")
			}
		}
		for _, c := range ld.people(ld.main, "contributor") {
			if !c.org {
				p.Contributors = appendField(p.Contributors, c.name, "jsonld")
			}
		}
	}
	for _, k := range metaAuthorKeys {
		for _, v := range meta.all(k) {
			if !looksLikeURL(v) && !strings.HasPrefix(v, "@") {
				p.Authors = appendField(p.Authors, collapse(v), "meta:"+k)
			}
		}
	}
	for _, k := range metaEditorKeys {
		for _, v := range meta.all(k) {
			if !looksLikeURL(v) {
				p.Editors = appendField(p.Editors, collapse(v), "meta:"+k)
			}
		}
	}
	root := doc.Nodes[0]
	if rule != nil {
		for _, kind := range []string{"author", "editor", "byline"} {
			for _, sel := range rule.selectors(kind) {
				for _, n := range cascadia.QueryAll(root, sel) {
					t := spacedText(n)
					if t == "" || len(t) > maxBylineLen {
						continue
					}
					switch kind {
					case "author":
						p.Authors = appendField(p.Authors, t, "rule")
					case "editor":
						p.Editors = appendField(p.Editors, t, "rule")
					default:
						p.Bylines = appendField(p.Bylines, t, "rule")
					}
				}
			}
		}
	}
	for _, t := range visibleBylines(root, idx) {
		p.Bylines = appendField(p.Bylines, t, "byline")
	}
	for _, n := range idx.editors {
		if n.DataAtom == atom.Meta {
			p.Editors = appendField(p.Editors, attr(n, "content"), "microdata")
		} else if t := spacedText(n); len(t) <= maxBylineLen {
			p.Editors = appendField(p.Editors, t, "microdata")
		}
	}
	for _, t := range labelledLines(root, idx) {
		p.Bylines = appendField(p.Bylines, t, "text")
	}
}

// selItempropEditor finds schema.org microdata editors.
var selItempropEditor = mustSel("[itemprop=editor]")

// maxLabelLine bounds a credit line found by its label.
const maxLabelLine = 80

// labelledLines returns short credit lines that name no class but start
// with a credit label of conventions.json followed by a colon ("Editor :
// Ervan Hardoko", a table row "Penulis | : X"), outside paragraphs of
// running text. They are located here and read by normalize.
func labelledLines(root *html.Node, idx *docIndex) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer, atom.Select, atom.Form, atom.A, atom.Figure, atom.Figcaption:
			return
		}
		if idx.isFurniture(n) {
			return
		}
		if n.DataAtom == atom.Tr || (n.DataAtom == atom.Li || n.DataAtom == atom.Div || n.DataAtom == atom.Span || n.DataAtom == atom.P || n.DataAtom == atom.Dd) && !hasBlockChild(n) {
			if !mayBeLabelLine(n) {
				return
			}
			if t := spacedText(n); len(t) <= maxLabelLine && startsWithLabel(t) {
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// mayBeLabelLine is a cheap test, without building the text, that
// spacedText(n) may be a labelled line: short enough, with a colon.
func mayBeLabelLine(n *html.Node) bool {
	return shortTextHas(n, maxLabelLine, func(c byte) bool { return c == ':' })
}

// shortTextHas is a cheap test, without building the text, that
// nodeText(n) or spacedText(n) may be at most limit bytes long and hold an
// ASCII byte for which want is true. It counts the visible ASCII bytes
// other than whitespace, which collapse keeps: when there are more than
// limit, the text is longer than limit.
func shortTextHas(n *html.Node, limit int, want func(byte) bool) bool {
	found, count := false, 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			for i := 0; i < len(n.Data); i++ {
				switch c := n.Data[i]; c {
				case ' ', '\t', '\n', '\r', '\f', '\v':
				default:
					if c < utf8.RuneSelf {
						count++
						if count > limit {
							return false
						}
						if !found && want(c) {
							found = true
						}
					}
				}
			}
			return true
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Br:
				return true
			}
		case html.CommentNode:
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(n) && found
}

// startsWithLabel reports whether t opens with a credit label and a colon
// ("Editor: X", "Penulis | : X"), the label matched whole and
// case-insensitively.
func startsWithLabel(t string) bool {
	label, rest, ok := strings.Cut(t, ":")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	label = strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label), "|")))
	for _, l := range bylineLabels {
		if label == l {
			return true
		}
	}
	return false
}

// maxBylineLen bounds a byline element's text: longer elements are author
// bio boxes or whole articles, not bylines.
const maxBylineLen = 200

// maxAuthorLineLen bounds the line around an author link taken as byline.
const maxAuthorLineLen = 120

// isAuthorLink reports whether href points at an author page
// ("/author/jane-doe", "/penulis/rina"), by the path conventions of
// conventions.json.
func isAuthorLink(href string) bool {
	if href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	return authorPath.MatchString(href)
}

// visibleBylines returns the text of byline elements outside furniture: by
// class/id name, rel=author and itemprop=author. Only the outermost element
// of a nested match is taken, unless it is too long to be a byline.
func visibleBylines(root *html.Node, idx *docIndex) []string {
	var out []string
	var walk func(n *html.Node, taken bool)
	walk = func(n *html.Node, taken bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer, atom.Figure, atom.Figcaption, atom.Select, atom.Form, atom.Svg:
				return
			}
			ci := classID(n)
			if idx.isFurniture(n) {
				return
			}
			if !taken && isBylineElement(n, ci, idx) {
				t := spacedText(n)
				// A bare author link stands in a line such as "von <a>Name</a>":
				// take the line when it is short.
				if n.DataAtom == atom.A && n.Parent != nil && !isBylineElement(n.Parent, classID(n.Parent), idx) {
					if pt := spacedText(n.Parent); len(pt) <= maxAuthorLineLen && countLinks(n.Parent) <= 3 {
						t = pt
					}
				}
				if t != "" && len(t) <= maxBylineLen && countLinks(n) <= 4 {
					out = append(out, t)
					taken = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, taken)
		}
	}
	walk(root, false)
	return out
}

// isBylineElement reports whether n holds a byline by its link, rel,
// itemprop or class; ci is classID(n).
func isBylineElement(n *html.Node, ci string, idx *docIndex) bool {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link || n.DataAtom == atom.Img {
		return false
	}
	if n.DataAtom == atom.A && isAuthorLink(attr(n, "href")) {
		return true
	}
	if strings.Contains(strings.ToLower(attr(n, "rel")), "author") || strings.EqualFold(attr(n, "itemprop"), "author") {
		return true
	}
	if m := idx.classMarks(n, ci); m&markByline == 0 || m&markNotByline != 0 {
		return false
	}
	// A credit beside a picture is the photographer's: it goes to Images.
	if strings.Contains(strings.ToLower(ci), "credit") && nearPicture(n) {
		return false
	}
	return true
}

// nearPicture reports whether n's parent or grandparent holds an <img>.
func nearPicture(n *html.Node) bool {
	for a, i := n.Parent, 0; a != nil && i < 2; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.Body || a.DataAtom == atom.Article {
			return false
		}
		if cascadiaFirst(a, selImg) != nil {
			return true
		}
	}
	return false
}

func countLinks(n *html.Node) int {
	c := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			c++
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	return c
}

// appendField adds a value unless it is empty or already there with the
// same text.
func appendField(fs []Field, value, source string) []Field {
	value = collapse(value)
	if value == "" {
		return fs
	}
	for _, f := range fs {
		if f.Value == value {
			return fs
		}
	}
	return append(fs, Field{Value: value, Source: source})
}

// isFurniture reports whether n is a container of page furniture (related
// lists, comments, navigation) by its class or id. The page's structural
// elements are never furniture, whatever their classes say: some sites
// give <body> a class such as "segment--recommended".
func isFurniture(n *html.Node) bool {
	if n.Type != html.ElementNode || len(n.Attr) == 0 || structural(n) {
		return false
	}
	return furnitureClass.MatchString(classID(n))
}

// structural reports the page's structural elements, which are never
// furniture.
func structural(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return true
	}
	return false
}

// selParagraph finds paragraphs.
var selParagraph = mustSel("p")

// signOffLines returns the names that open or close the article body (its
// first or last paragraph; a bold crosshead in between is no signature) as
// a paragraph of their own set wholly in bold ("<p><strong>Mohloai
// Mpesi</strong></p>", "<p style=text-align:right><b>Lê Phương</b></p>"):
// a signature without a label. They go to Bylines with Source "text".
func signOffLines(content *html.Node) []string {
	if content == nil {
		return nil
	}
	var paras []*html.Node
	for _, n := range cascadia.QueryAll(content, selParagraph) {
		if hasText(n) && !hasAncestor(n, func(a *html.Node) bool {
			return a.DataAtom == atom.Figure || a.DataAtom == atom.Blockquote || a.DataAtom == atom.Figcaption
		}) {
			paras = append(paras, n)
		}
	}
	var out []string
	for i, n := range paras {
		if i > 0 && i < len(paras)-1 {
			continue
		}
		if t := nodeText(n); boldText(n) == t && looksLikeNames(t) {
			out = append(out, t)
		}
	}
	return out
}

// boldText is the text of n's <strong> and <b> elements, space-joined.
func boldText(n *html.Node) string {
	var parts []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Strong || n.DataAtom == atom.B) {
			parts = append(parts, nodeText(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapse(strings.Join(parts, " "))
}

// nameJoiners may stand between the names of a signature.
var nameJoiners = map[string]bool{"/": true, "&": true, ",": true, "and": true, "und": true, "dan": true, "et": true, "y": true, "e": true, "và": true}

// looksLikeNames reports whether t reads as one to three personal names:
// two to four capitalised words each, joined by "/", "&", "," or "and",
// with no digits and no sentence punctuation.
func looksLikeNames(t string) bool {
	if len([]rune(t)) > 60 || strings.ContainsAny(t, "0123456789.!?:;\"()|@") {
		return false
	}
	t = strings.NewReplacer("/", " / ", ",", " , ", "&", " & ").Replace(t)
	names, words := 0, 0
	for _, w := range append(strings.Fields(t), "/") {
		if nameJoiners[strings.ToLower(w)] {
			if words > 0 {
				if words < 2 || words > 4 {
					return false
				}
				names++
			}
			words = 0
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		words++
	}
	return names >= 1 && names <= 3
}
