package extract

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestParseParts: parseParts, which takes the parts' slice from partsPool
// and gives it back, parses what html.Parse parses from the parts
// keptParts gives, for each kind of cut, page after page (a page of many
// parts, then pages of few, so that a slice given back is reused).
func TestParseParts(t *testing.T) {
	many := strings.Repeat(`<div class="row"   data-tracking="0123456789abcdefghij">
	      <script>var x = "<b>";</script><!-- a comment here --><svg><path d="M0 0 L10 10 L20 20 Z"/></svg>
	      <p>Harbour council votes to close the pier.</p></div>
	`, 40)
	pages := []string{
		"<html><head><style>p{color:red}</style><title>Pier</title></head><body>" + many + "</body></html>",
		`<html><body><p>Short page</p>        <script>let y = 1</script></body></html>`,
		`<p>No html element, one part</p>`,
		"<html><body>" + many[:len(many)/3] + "</body></html>",
		``,
	}
	kinds := []cuts{
		{rawText: true},
		{rawText: true, spacing: true, comments: true, drawing: true, data: true, attrs: true},
		{spacing: true},
		{comments: true, drawing: true},
	}
	render := func(n *html.Node) string {
		var b bytes.Buffer
		if err := html.Render(&b, n); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	// The trees of the first round, rendered again after the second: the
	// parser's buffer (joinPool) is reused, and no tree may hold its bytes.
	type kept struct {
		tree     *html.Node
		rendered string
	}
	var first []kept
	for round := range 2 {
		for _, c := range kinds {
			for i, p := range pages {
				want, err := html.Parse(&partsReader{keptParts([]byte(p), c)})
				if err != nil {
					t.Fatal(err)
				}
				page := []byte(p)
				got, err := parseParts(page, c)
				if err != nil {
					t.Fatal(err)
				}
				if render(got) != render(want) {
					t.Errorf("round %d, cuts %+v, page %d: parseParts parsed another tree", round, c, i)
				}
				if string(page) != p {
					t.Errorf("round %d, cuts %+v, page %d: parseParts changed the page", round, c, i)
				}
				if round == 0 {
					first = append(first, kept{got, render(got)})
				}
			}
		}
	}
	for i, k := range first {
		if render(k.tree) != k.rendered {
			t.Errorf("tree %d changed when its parser's buffer was reused", i)
		}
	}
}
