package extract

import (
	"strings"
	"testing"

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
