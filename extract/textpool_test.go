package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// oldCollapse is collapse as it was before textBuilder's buffers were
// pooled: strings.Fields joined by single spaces gives the same answer
// for the separators isCollapseSpace reports that Fields also splits at.
func oldCollapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestTextBuilderReuse builds texts one after another, long and short, so
// that each builder takes a buffer the one before gave back: every text
// must be what a builder of its own (no pooled buffer) makes, and a text
// taken earlier must not change when the buffer is written again.
func TestTextBuilderReuse(t *testing.T) {
	pages := []string{
		`<div><p>Harbour  pilots <b>strike</b> at dawn</p><p>Talks resume on Friday.</p></div>`,
		`<div><span>Nadia Okafor</span><span>Reporter</span><br>Port Elric</div>`,
		`<div>` + strings.Repeat("<p>A long paragraph about the tides and the ferries. </p>", 200) + `</div>`,
		`<div> <script>var x = 1;</script>Short</div>`,
		`<div>   </div>`,
	}
	var roots []*html.Node
	for _, p := range pages {
		doc, err := html.Parse(strings.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, doc)
	}
	own := func(n *html.Node, spaced bool) string {
		var tb textBuilder // no pooled buffer
		tb.node(n, spaced)
		return string(tb.b)
	}
	var kept []string
	var want []string
	for round := 0; round < 3; round++ {
		for _, r := range roots {
			for _, spaced := range []bool{false, true} {
				got := textOf(r, spaced)
				w := own(r, spaced)
				if got != w {
					t.Fatalf("textOf(spaced %v) = %q, want %q", spaced, got, w)
				}
				kept, want = append(kept, got), append(want, w)
			}
		}
	}
	for i := range kept {
		if kept[i] != want[i] {
			t.Errorf("text %d changed after later texts: %q, want %q", i, kept[i], want[i])
		}
	}
	for _, s := range []string{"plain", "two  spaces", " lead and trail ", "tabs\tand\nlines", "   ", "", strings.Repeat("word  ", 20000)} {
		if got, w := collapse(s), oldCollapse(s); got != w {
			t.Errorf("collapse(%.40q) = %.40q, want %.40q", s, got, w)
		}
	}
}
