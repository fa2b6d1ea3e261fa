package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestIndexReuse: an index built on the maps another page's index gave
// back (release) marks exactly the elements with a class or id, each with
// the marks of its class string, and nothing of the other page; and
// Extract gives the same page every time, between other pages.
func TestIndexReuse(t *testing.T) {
	pages := []string{
		`<html><head><title>Pier to close</title></head><body><nav class="menu main-nav" id="top"><a href="/">Home</a></nav>
		<article class="article-body"><h1 class="headline">Harbour council votes to close the pier</h1>
		<p class="byline">By Dana Whitcombe</p><time datetime="2026-03-02T10:00:00Z">2 March</time>
		<p>The Tamsworth harbour council voted on Tuesday to close the old ferry pier by spring.</p></article>
		<aside class="related-stories"><a href="/a">Another story</a></aside><footer id="footer" class="site-footer">© The Valley Times</footer></body></html>`,
		`<html><body><div id="app"><div class="story-content"><p class="lead">Ferry services resume next week, the operator said.</p>
		<span class="author-name">Rina Hartono</span><div class="share social">Share</div></div></div></body></html>`,
		`<html><body><p>No classes at all here, just a paragraph of text about the budget.</p></body></html>`,
	}
	var docs []*html.Node
	for _, p := range pages {
		doc, err := html.Parse(strings.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	want := func(root *html.Node) map[*html.Node]classMark {
		m := map[*html.Node]classMark{}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				if ci := classID(n); attr(n, "class") != "" || attr(n, "id") != "" {
					m[n] = classSets.marks(ci)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		return m
	}
	for round := range 3 {
		for i, doc := range docs {
			x := indexDoc(doc)
			if got := x.marks; !reflect.DeepEqual(got, want(doc)) {
				t.Errorf("round %d, page %d: the index marks %d elements, want %d, or other marks", round, i, len(got), len(want(doc)))
			}
			x.release()
			if x.marks != nil {
				t.Errorf("a released index keeps its marks")
			}
		}
	}
	var first []*Page
	for round := range 3 {
		for i, p := range pages {
			pg, err := Extract([]byte(p), "https://example.org/news/pier", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if round == 0 {
				first = append(first, pg)
				continue
			}
			if !reflect.DeepEqual(pg, first[i]) {
				t.Errorf("page %d, read %d: Extract gave another page", i, round+1)
			}
		}
	}
}
