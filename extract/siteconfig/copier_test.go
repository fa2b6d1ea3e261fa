package siteconfig

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// copyPlain is the copier's copy as it was before appendCopy: a slice of
// its own for each node's copies and for each node's children. The
// reference appendCopy is held to.
func (c *copier) copyPlain(n *html.Node, top bool) []*html.Node {
	if c.drop[n] {
		return nil
	}
	if n.Type == html.ElementNode && c.stripped(n) {
		return nil
	}
	if n.Type != html.ElementNode {
		return []*html.Node{{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Namespace: n.Namespace}}
	}
	var kids []*html.Node
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		kids = append(kids, c.copyPlain(ch, false)...)
	}
	if !top && c.dissolve[n] {
		return kids
	}
	k := &html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Namespace: n.Namespace}
	k.Attr = append([]html.Attribute(nil), n.Attr...)
	if names := c.dropAttr[n]; len(names) > 0 {
		k.Attr = slices.DeleteFunc(k.Attr, func(a html.Attribute) bool { return slices.Contains(names, a.Key) })
	}
	for _, ch := range kids {
		k.AppendChild(ch)
	}
	if tag := c.wrap[n]; tag != "" && !top {
		w := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
		w.AppendChild(k)
		return []*html.Node{w}
	}
	return []*html.Node{k}
}

// TestAppendCopy compares appendCopy with copyPlain on 3,000 random
// choices of the nodes of two invented pages to drop, dissolve (nested
// in one another too), wrap and strip attributes of, with the rule's
// strip_id_or_class and strip_image_src, copying one or two body
// elements into one holder with one slice, as ArticleOf does.
func TestAppendCopy(t *testing.T) {
	pages := []string{samplePage,
		`<body><main><section class="a"><p>One <i>two <b>three</b></i> four.</p><ul><li>x</li><li class="share-tools">y</li></ul>` +
			`<span class="w"><span class="w">deep</span> tail</span></section><section class="b"><!-- c --><p id="q" style="s">Five.</p>` +
			`<img src="https://pixel.example/p.gif"><div><div><p>six</p></div></div></section></main></body>`}
	r := &Rule{Config: Parse("example.org", []byte(sampleConfig)), Origin: "user"}
	render := func(n *html.Node) string {
		var b strings.Builder
		if err := html.Render(&b, n); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	rng := rand.New(rand.NewPCG(18, 40))
	for _, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var all, elems []*html.Node
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			all = append(all, n)
			if n.Type == html.ElementNode && n.DataAtom != atom.Html && n.DataAtom != atom.Head {
				elems = append(elems, n)
			}
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				walk(ch)
			}
		}
		walk(root)
		for range 1500 {
			c := copier{r: r, drop: map[*html.Node]bool{}, dissolve: map[*html.Node]bool{}, wrap: map[*html.Node]string{}, dropAttr: map[*html.Node][]string{}}
			for _, n := range all {
				switch rng.IntN(12) {
				case 0:
					c.drop[n] = true
				case 1, 2:
					c.dissolve[n] = true
				case 3:
					c.wrap[n] = []string{"blockquote", "figure"}[rng.IntN(2)]
				case 4:
					c.dropAttr[n] = []string{"class", "style", "id"}[:1+rng.IntN(3)]
				}
			}
			top := []*html.Node{elems[rng.IntN(len(elems))]}
			if rng.IntN(2) == 0 {
				top = append(top, elems[rng.IntN(len(elems))])
			}
			want := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			for _, n := range top {
				for _, k := range c.copyPlain(n, true) {
					want.AppendChild(k)
				}
			}
			got := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			var copies []*html.Node
			for _, n := range top {
				copies = c.appendCopy(copies[:0], n, true)
				for _, k := range copies {
					got.AppendChild(k)
				}
			}
			if g, w := render(got), render(want); g != w {
				t.Fatalf("appendCopy gives\n%s\ncopyPlain\n%s", g, w)
			}
		}
	}
}
