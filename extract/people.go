package extract

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readPeople fills Authors, Editors and Bylines from JSON-LD, meta tags,
// the site rule's selectors and generic byline elements, in that order.
// A JSON-LD Organization credited as author is kept with Source
// "jsonld:org" so that normalize can use it only when no person is named.
func readPeople(p *Page, doc *goquery.Document, meta metaTags, ld linkedData, rule *SiteRule) {
	if ld.main != nil {
		for _, a := range ld.main.people("author") {
			src := "jsonld"
			if a.org {
				src = "jsonld:org"
			}
			p.Authors = appendField(p.Authors, a.name, src)
		}
		for _, e := range ld.main.people("editor") {
			if !e.org {
				p.Editors = appendField(p.Editors, e.name, "jsonld")
			}
		}
		for _, c := range ld.main.people("contributor") {
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
					t := nodeText(n)
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
	for _, t := range visibleBylines(root) {
		p.Bylines = appendField(p.Bylines, t, "byline")
	}
}

// maxBylineLen bounds a byline element's text: longer elements are author
// bio boxes or whole articles, not bylines.
const maxBylineLen = 200

// bylineClass matches class or id fragments that name a byline or credit
// element across CMSs, in English and Indonesian.
var bylineClass = regexp.MustCompile(`author|byline|by-line|penulis|reporter|wartawan|pewarta|redaktur|editor|credit|contributor|writer|kontributor`)

// notBylineClass matches elements whose names contain a byline word but
// which hold something else (editor's picks, author avatars, login boxes).
var notBylineClass = regexp.MustCompile(`pick|choice|pilihan|avatar|photo|foto|image|img|caption|login|subscribe|follow|social|share|comment|tooltip|bio\b|author-bio|authorbio|description|desc`)

// furnitureClass matches containers whose contents are not this article's
// credits: lists of other articles, comments, navigation.
var furnitureClass = regexp.MustCompile(`related|recommend|terkait|populer|popular|trending|terpopuler|comment|komentar|widget|most-|newsletter|breadcrumb|footer|navbar|menu|teaser|list-berita|latest|terbaru|more-`)

// visibleBylines returns the text of byline elements outside furniture: by
// class/id name, rel=author and itemprop=author. Only the outermost element
// of a nested match is taken, unless it is too long to be a byline.
func visibleBylines(root *html.Node) []string {
	var out []string
	var walk func(n *html.Node, taken bool)
	walk = func(n *html.Node, taken bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer, atom.Figure, atom.Figcaption, atom.Select, atom.Form, atom.Svg:
				return
			}
			ci := classID(n)
			if furnitureClass.MatchString(ci) {
				return
			}
			if !taken && isBylineElement(n, ci) {
				t := nodeText(n)
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

func isBylineElement(n *html.Node, ci string) bool {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link || n.DataAtom == atom.Img {
		return false
	}
	if strings.Contains(strings.ToLower(attr(n, "rel")), "author") || strings.EqualFold(attr(n, "itemprop"), "author") {
		return true
	}
	return bylineClass.MatchString(ci) && !notBylineClass.MatchString(ci)
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
