package extract

import (
	"math/rand"
	"testing"

	"golang.org/x/net/html"
)

// TestClassAndID compares classAndID with attr asked for "class" and
// then "id", on attribute lists drawn from both keys in several cases,
// repeated, with a namespace, folded by Unicode ("claſſ", the Kelvin
// sign), empty, and other keys sharing their first letters.
func TestClassAndID(t *testing.T) {
	keys := []string{"class", "id", "CLASS", "Id", "iD", "claſſ", "\u212Aey", "", "itemprop", "idx", "cls", "classes", "href", "İd", "ıd", "data-id", "c", "i"}
	rng := rand.New(rand.NewSource(11))
	both := 0
	for k := 0; k < 20000; k++ {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for j := rng.Intn(6); j > 0; j-- {
			a := html.Attribute{Key: keys[rng.Intn(len(keys))], Val: string(rune('a' + rng.Intn(26)))}
			if rng.Intn(8) == 0 {
				a.Namespace = "xlink"
			}
			n.Attr = append(n.Attr, a)
		}
		c, id := classAndID(n)
		wc, wid := attr(n, "class"), attr(n, "id")
		if c != wc || id != wid {
			t.Fatalf("classAndID(%v) = %q, %q; attr says %q, %q", n.Attr, c, id, wc, wid)
		}
		if wc != "" && wid != "" {
			both++
		}
	}
	if both == 0 {
		t.Fatal("no node with both: the table tells nothing")
	}
}
