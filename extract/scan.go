package extract

import (
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// docIndex holds the elements that the page-level readers look up, found
// in one walk over the document instead of one goquery Find each. Each
// list is in document order, as Find returns it.
type docIndex struct {
	// bodyHasElement is whether "body *" matches anything.
	bodyHasElement bool
	metas          []*html.Node // meta[content]
	ldScripts      []*html.Node // script[type="application/ld+json" i]
	dateNodes      []*html.Node // selDateNodes
	base           []*html.Node // base[href], first only
	canonical      []*html.Node // link[rel~="canonical" i], first only
	html           []*html.Node // html, first only
	title          []*html.Node // title, first only
	h1s            []*html.Node // h1
	heads          []*html.Node // h1, h2
	editors        []*html.Node // selItempropEditor
	datelines      []*html.Node // selItempropDateline
	// marks holds, for every element with a class or id, the word sets
	// they match (furniture, byline, date): five readers ask about every
	// element, so the page answers once.
	marks map[*html.Node]classMark
	// maps holds marks and the index's map of class strings, for release.
	maps *indexMaps
}

// indexMaps are the two maps indexDoc fills: every element with a class or
// id to its marks, and every class string of the page to its marks.
type indexMaps struct {
	marks   map[*html.Node]classMark
	byClass map[string]classMark
}

// indexPool keeps indexDoc's maps between pages: a page fills them with
// hundreds of entries, and growing them again for every page cost as much
// as filling them. A page's index gives them back (release) emptied, so
// an index never holds another page's entries, and sync.Pool is safe for
// concurrent use.
var indexPool = sync.Pool{New: func() any { return new(indexMaps) }}

// release empties x's maps and gives them back to indexPool. Nothing may
// use x afterwards; Extract releases its index when it returns.
func (x *docIndex) release() {
	if x == nil || x.maps == nil {
		return
	}
	clear(x.maps.marks)
	clear(x.maps.byClass)
	indexPool.Put(x.maps)
	x.marks, x.maps = nil, nil
}

// isFurniture is isFurniture(n), answered from the page's index when n is
// one of its elements (a node of a rule's cloned tree is asked directly).
func (x *docIndex) isFurniture(n *html.Node) bool {
	if x != nil {
		if m, ok := x.marks[n]; ok {
			return m&markFurniture != 0 && !structural(n)
		}
	}
	return isFurniture(n)
}

// classMarks is classSets.marks(classID(n)), from the page's index when
// n is one of its elements; ci is classID(n).
func (x *docIndex) classMarks(n *html.Node, ci string) classMark {
	if x != nil {
		if m, ok := x.marks[n]; ok {
			return m
		}
	}
	return classSets.marks(ci)
}

// Selectors of the page-level readers, matched in indexDoc.
var (
	selMetaContent = mustSel("meta[content]")
	selLDScript    = mustSel(`script[type="application/ld+json" i]`)
	selDateNodes   = mustSel("time[datetime], [itemprop=datePublished], [itemprop=dateModified]")
	selBase        = mustSel("base[href]")
	selCanonical   = mustSel(`link[rel~="canonical" i]`)
)

// indexDoc walks the tree under root once and fills a docIndex.
func indexDoc(root *html.Node) *docIndex {
	// Sized for every element with attributes, a bound on those with a
	// class or id, so that the map is not grown and rehashed entry by
	// entry.
	// The maps come from indexPool when a page indexed before gave them
	// back (release), grown already; a new one is sized.
	maps := indexPool.Get().(*indexMaps)
	if maps.marks == nil {
		attributed := withAttributes(root)
		maps.marks = make(map[*html.Node]classMark, attributed)
		// Class names repeat within a page: on the benchmark pages one
		// element with attributes in three brings a class string not
		// seen before (one in two at most). Sized so, the map is not
		// grown and rehashed step by step as it fills; it is a hint,
		// not a bound.
		maps.byClass = make(map[string]classMark, attributed/3)
	}
	x := &docIndex{marks: maps.marks, maps: maps}
	byClass := maps.byClass
	var both []byte // "class id", reused
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			// An element without class or id is left out: asked about,
			// it is answered at once without the index.
			if c, id := classAndID(n); c != "" || id != "" {
				// ci is classID(n), looked up without a copy.
				// (Not c + id: one of the two is empty most often, and
				// the concatenation is a call even then.)
				ci := c
				switch {
				case c == "":
					ci = id
				case id != "":
					both = append(append(append(both[:0], c...), ' '), id...)
					ci = bytesString(both)
				}
				m, ok := byClass[ci]
				if !ok {
					if c != "" && id != "" {
						ci = strings.Clone(ci)
					}
					m = classSets.marks(ci)
					byClass[ci] = m
				}
				x.marks[n] = m
			}
			if inBody {
				x.bodyHasElement = true
			}
			switch n.Data {
			case "html":
				if x.html == nil {
					x.html = []*html.Node{n}
				}
			case "title":
				if x.title == nil {
					x.title = []*html.Node{n}
				}
			case "body":
				inBody = true
			case "h1":
				x.h1s = append(x.h1s, n)
				x.heads = append(x.heads, n)
			case "h2":
				x.heads = append(x.heads, n)
			}
			// Each selector below can only match its own tag or an
			// element with itemprop: ask it only of those.
			switch n.DataAtom {
			case atom.Meta:
				if selMetaContent.Match(n) {
					x.metas = append(x.metas, n)
				}
			case atom.Script:
				if selLDScript.Match(n) {
					x.ldScripts = append(x.ldScripts, n)
				}
			case atom.Base:
				if x.base == nil && selBase.Match(n) {
					x.base = []*html.Node{n}
				}
			case atom.Link:
				if x.canonical == nil && selCanonical.Match(n) {
					x.canonical = []*html.Node{n}
				}
			}
			if n.DataAtom == atom.Time || hasItemprop(n) {
				if selItempropEditor.Match(n) {
					x.editors = append(x.editors, n)
				}
				if selItempropDateline.Match(n) {
					x.datelines = append(x.datelines, n)
				}
				if selDateNodes.Match(n) {
					x.dateNodes = append(x.dateNodes, n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		walk(c, false)
	}
	return x
}

// withAttributes counts the elements with attributes under n.
func withAttributes(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && len(c.Attr) > 0 {
			count++
		}
		count += withAttributes(c)
	}
	return count
}

// sel wraps nodes found by indexDoc as a goquery selection.
func sel(nodes []*html.Node) *goquery.Selection {
	return &goquery.Selection{Nodes: nodes}
}

func hasItemprop(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "itemprop" && a.Namespace == "" {
			return true
		}
	}
	return false
}
