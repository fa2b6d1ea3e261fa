package extract

import (
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// TestAttrFold checks attr's first-byte shortcut against strings.EqualFold.
func TestAttrFold(t *testing.T) {
	keys := []string{"class", "CLASS", "Class", "claſs", "id", "ID", "K", "k", "\u212a", "@", "`", "[", "{", "", "é", "data-src", "href"}
	for _, k := range keys {
		n := &html.Node{Type: html.ElementNode, Attr: []html.Attribute{{Key: k, Val: "v"}}}
		for _, want := range keys {
			if want == "" {
				continue
			}
			got := attr(n, want) == "v"
			if exp := strings.EqualFold(k, want); got != exp {
				t.Errorf("attr with key %q asked for %q: %v, EqualFold says %v", k, want, got, exp)
			}
		}
	}
}

// TestRemovalsRestore takes nodes out of a tree as applyRule does (a
// box, then a node inside it, first and last children, neighbours one
// after the other, a text node, the body's last child) and checks that
// restore leaves every node linked as before: parent, children and
// siblings, and the same rendering.
func TestRemovalsRestore(t *testing.T) {
	const page = `<html><head><title>T</title></head><body><div id="a" class="b"><p lang="en">One <a href="/x">two</a></p><!-- c --><p>three</p>` +
		`<aside><ul><li>x</li><li id="y">y</li></ul></aside><span>s</span><em>e</em></div><footer>f</footer></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	render := func(n *html.Node) string {
		var b strings.Builder
		if err := html.Render(&b, n); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	type links struct{ parent, first, last, prev, next *html.Node }
	snapshot := func() map[*html.Node]links {
		m := map[*html.Node]links{}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			m[n] = links{n.Parent, n.FirstChild, n.LastChild, n.PrevSibling, n.NextSibling}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		return m
	}
	want, wantLinks := render(root), snapshot()
	q := func(s string) *html.Node { return cascadia.Query(root, cascadia.MustCompile(s)) }
	var taken removals
	aside, inner := q("aside"), q("#y")
	taken.remove(aside)
	taken.remove(inner) // inside a box already taken out
	p := q("p")
	taken.remove(p.FirstChild) // a first child, a text node
	taken.remove(p)            // a first element child
	taken.remove(q("span"))    // neighbours, one after the other
	taken.remove(q("em"))      // the div's last child
	taken.remove(q("footer"))  // the body's last child
	if render(root) == want {
		t.Fatal("nothing was taken out")
	}
	taken.restore()
	if got := render(root); got != want {
		t.Fatalf("restored tree renders\n%s\nwant\n%s", got, want)
	}
	got := snapshot()
	if len(got) != len(wantLinks) {
		t.Fatalf("%d nodes after restore, %d before", len(got), len(wantLinks))
	}
	for n, l := range wantLinks {
		if got[n] != l {
			t.Errorf("<%s> %q linked as %+v after restore, %+v before", n.Data, n.Data, got[n], l)
		}
	}
}
