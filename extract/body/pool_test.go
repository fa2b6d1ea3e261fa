package body

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// reusePages are invented pages with what a walk records: blocks in
// articles and furniture, links, a hidden body, classes the lexicon
// weighs, a table, emphasis and line breaks.
var reusePages = []string{
	`<html><body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
	<article class="article-body"><h1>Harbour council votes to close the pier</h1>
	<p>The Tamsworth harbour council voted on Tuesday to close the old ferry pier by spring, after a survey found its piles rotten.</p>
	<p>“We had no choice,” said Dana Whitcombe, who chairs the council. <a href="/pier">Read the survey</a> in full.</p>
	<p><em>Photo: Harlow Press</em></p><p>Baca juga: <a href="/other">Another story</a></p></article>
	<aside class="related"><h3>More stories</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside>
	<footer class="site-footer">© 2026 The Valley Times</footer></body></html>`,
	`<html><body><div id="app"><div hidden class="story-content"><p>Ferry services on the Bramfeld line resume next week, the operator said on Monday after a month of repairs to both vessels.</p>
	<p>Passengers with season tickets will be refunded for the weeks lost, a spokesperson added.<br>Timetables are online.</p></div></div>
	<table><tr><td>Route</td><td>Times</td></tr></table></body></html>`,
	`<html><body><main><div class="entry-content post"><h2>Five things to know</h2><ol><li>One thing about the budget and its lines.</li>
	<li>Another thing, <strong>bold</strong> and <a href="https://example.org/x">linked</a>.</li></ol>
	<div class="share-buttons"><a href="#">Share</a></div><p>Ends here with a sentence long enough to count as prose for the walk.</p></div></main>
	<div class="comments"><p>First!</p></div></body></html>`,
}

// TestWalkerReuse: a walk on a walker that walked another page and was
// emptied as putWalker empties it records what a walk on a new walker records,
// and Extract, which takes its walkers from walkerPool, gives the same
// result every time it reads a page, between reads of other pages.
func TestWalkerReuse(t *testing.T) {
	lx := builtin()
	var docs []*html.Node
	for _, p := range reusePages {
		doc, err := html.Parse(strings.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	walk := func(w *walker, doc *html.Node, showHidden bool) *walker {
		w.showHidden, w.root = showHidden, doc
		w.walk(doc)
		w.flush()
		return w
	}
	for i, doc := range docs {
		for _, showHidden := range []bool{false, true} {
			fresh := walk(newWalker(lx), doc, showHidden)
			for j, other := range docs {
				w := walk(newWalker(lx), other, !showHidden)
				w.reset() // what putWalker does before the pool takes it
				w.lx = lx // what getWalker does
				got := walk(w, doc, showHidden)
				if !reflect.DeepEqual(got.blocks, fresh.blocks) || !reflect.DeepEqual(got.elems, fresh.elems) {
					t.Errorf("page %d (hidden %v) after page %d on the same walker: blocks or elements differ", i, showHidden, j)
				}
				if len(fresh.blocks) == 0 {
					t.Fatalf("page %d: no blocks", i)
				}
			}
		}
	}
	var first []Result
	for round := range 3 {
		for i, doc := range docs {
			r := Extract(doc, Options{PageURL: "https://example.org/story"})
			if round == 0 {
				first = append(first, r)
				continue
			}
			if !reflect.DeepEqual(r, first[i]) {
				t.Errorf("page %d, read %d: Extract gave %+v, first %+v", i, round+1, r, first[i])
			}
		}
	}
}
