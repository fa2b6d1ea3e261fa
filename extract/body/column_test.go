package body

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// TestHeadlineColumn: a page that sets the article in a column with its
// headline and a second text, led by a heading of its own, in the column
// beside it, under one wrapper, gives the headline's column; a headline
// in a header of its own, a lede set with the headline and the text
// going on in paragraphs, or a headline right in the body element keep
// the whole body.
func TestHeadlineColumn(t *testing.T) {
	story := `<p>` + para("quarry", 3) + `</p><p>` + para("orchard", 3) + `</p><p>` + para("ferry", 3) + `</p>`
	other := `<p>` + para("lighthouse", 3) + `</p><p>` + para("tramway", 3) + `</p><p>` + para("granary", 2) + `</p>`
	cases := []struct {
		name, html string
		gone, kept []string
	}{
		{"a second story in the next column",
			`<div class="row"><div class="col-8"><h1>Quarry to close</h1>` + story + `</div><div class="col-4"><h2>Also today: the lighthouse reopens</h2>` + other + `</div></div>`,
			[]string{"lighthouse report", "Also today"}, nil},
		{"a headline in a header of its own",
			`<div class="story"><div class="head"><h1>Quarry to close</h1><p class="by">By Ilse Varn</p></div><div class="text"><h2>What the council decided</h2>` + story + `<h2>What comes next</h2>` + other + `</div></div>`,
			nil, []string{"lighthouse report", "What comes next"}},
		{"a lede with the headline, the text going on in paragraphs",
			`<div class="story"><div class="top"><h1>Quarry to close</h1>` + story + `</div><div class="more">` + other + `</div></div>`,
			nil, []string{"lighthouse report"}},
		{"a headline right in the body element",
			`<div class="story"><h1>Quarry to close</h1>` + story + `<h2>What comes next</h2>` + other + `</div>`,
			nil, []string{"lighthouse report", "What comes next"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := parse(t, "<html><body>"+c.html+"</body></html>")
			text := Extract(doc, Options{Headline: firstElem(doc, atom.H1)}).Text()
			checkText(t, text, append([]string{"quarry report", "ferry report"}, c.kept...), c.gone)
		})
	}
}
