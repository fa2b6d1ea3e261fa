package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// copiedTextOf is textOf as it was before done could answer from the
// text written: the builder's bytes, copied.
func copiedTextOf(n *html.Node, spaced bool) string {
	t := newTextBuilder()
	t.node(n, spaced)
	s := string(t.b)
	t.done()
	return s
}

// TestTextBuilderView holds textOf to the copied form, where the text is
// one text node's words as they stand (a view of it) and where it is not
// (runs of white space, other separators, several nodes, a script between
// two texts), and checks that a view costs no allocation.
func TestTextBuilderView(t *testing.T) {
	cases := []struct {
		frag string
		view bool // one text node's words as they stand
	}{
		{`<h1>Ferry service resumes after storm</h1>`, true},
		{`<h1>  Ferry service resumes  </h1>`, true},
		{`<h1>Café reopens on the quay</h1>`, true},
		{`<h1>Ferry  service resumes</h1>`, false},
		{"<h1>Ferry\nservice resumes</h1>", false},
		{"<h1>Ferry\u00a0service</h1>", false},
		{`<h1>Ferry <b>service</b> resumes</h1>`, false},
		{`<h1><span>Ines Varga</span><span>Harbour desk</span></h1>`, false},
		{`<h1>Ferry<script>var late = 1;</script> service</h1>`, false},
		{`<h1><b></b>Ferry service</h1>`, true},
		{`<h1>   </h1>`, false},
		{`<h1></h1>`, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.frag))
		if err != nil {
			t.Fatal(err)
		}
		n := findAtom(doc, "h1")
		for _, spaced := range []bool{false, true} {
			if got, want := textOf(n, spaced), copiedTextOf(n, spaced); got != want {
				t.Errorf("textOf(%q, %v) = %q, want %q", c.frag, spaced, got, want)
			}
		}
		if !c.view {
			continue
		}
		textOf(n, false) // a buffer in the pool
		if a := testing.AllocsPerRun(20, func() { textOf(n, false) }); a != 0 {
			t.Errorf("textOf(%q) allocates %v times, want 0 (a view of the text node)", c.frag, a)
		}
	}
}

func findAtom(n *html.Node, name string) *html.Node {
	if n.Type == html.ElementNode && n.Data == name {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findAtom(c, name); f != nil {
			return f
		}
	}
	return nil
}
