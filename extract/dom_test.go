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

// TestCloneTree checks the copy renders as the original, shares no node
// or attribute list with it, and takes an appended attribute without
// touching the next node's.
func TestCloneTree(t *testing.T) {
	const page = `<html><head><title>T</title></head><body><div id="a" class="b"><p lang="en">One <a href="/x">two</a></p><!-- c --><p>three</p></div></body></html>`
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
	want := render(root)
	c := cloneTree(root)
	if got := render(c); got != want {
		t.Fatalf("clone renders\n%s\nwant\n%s", got, want)
	}
	var walk func(a, b *html.Node)
	walk = func(a, b *html.Node) {
		if a == b {
			t.Fatalf("node %q shared", a.Data)
		}
		if len(a.Attr) > 0 && &a.Attr[0] == &b.Attr[0] {
			t.Fatalf("attributes of %q shared", a.Data)
		}
		if len(a.Attr) == 0 && b.Attr != nil {
			t.Errorf("attributes of %q: %v, want nil", b.Data, b.Attr)
		}
		for x, y := a.FirstChild, b.FirstChild; x != nil || y != nil; x, y = x.NextSibling, y.NextSibling {
			if x == nil || y == nil {
				t.Fatal("children differ")
			}
			walk(x, y)
		}
	}
	walk(root, c)
	div := cascadia.Query(c, cascadia.MustCompile("div"))
	div.Attr = append(div.Attr, html.Attribute{Key: "data-x", Val: "1"})
	if got := render(root); got != want {
		t.Errorf("the original changed: %s", got)
	}
	if p := cascadia.Query(c, cascadia.MustCompile("p")); attr(p, "lang") != "en" {
		t.Errorf("an attribute appended to the div changed the p's: %v", p.Attr)
	}
}
