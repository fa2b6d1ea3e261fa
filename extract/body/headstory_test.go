package body

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// TestHeadColumnProse: Signals.HeadColumnProse counts the story's
// paragraphs in the headline's column. A short story set under its
// headline and a long text beside it (a footer's history of the paper,
// another section) taken together leave the headline's column with the
// story's paragraphs and a small share of the body; a header beside the
// text holds a byline and no paragraph of the story.
func TestHeadColumnProse(t *testing.T) {
	story := `<p>` + para("ferry", 2) + `</p><p>` + para("pier", 1) + `</p><p>` + para("timetable", 1) + `</p>`
	var long strings.Builder
	for _, w := range []string{"founding", "printing", "merger", "archive", "charter", "masthead", "foundry", "newsroom", "bindery", "carrier"} {
		long.WriteString(`<p>` + para(w, 4) + `</p>`)
	}
	cases := []struct {
		name, html      string
		colLow, colHigh float64
		proseLow        int
		proseHigh       int
	}{
		{name: "short story and a long text beside it",
			html:   `<div class="page"><div class="story"><h1>Ferry pier reopens in Saltmarsh</h1><p>By Ivo Drent</p>` + story + `</div><div class="about">` + long.String() + `</div></div>`,
			colLow: 0, colHigh: 0.1, proseLow: 3, proseHigh: 3},
		{name: "header beside the text",
			html:   `<article><header><h1>Ferry pier reopens in Saltmarsh</h1><p>By Ivo Drent</p></header><div class="copy">` + story + long.String() + `</div></article>`,
			colLow: -1, colHigh: 0.1, proseLow: 0, proseHigh: 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := parse(t, "<html><head><title>Ferry pier reopens in Saltmarsh</title></head><body>"+c.html+"</body></html>")
			res := Extract(doc, Options{Headline: firstElem(doc, atom.H1)})
			text, s := res.Text(), res.Signals
			if !strings.Contains(text, "ferry report") || !strings.Contains(text, "carrier report") {
				t.Fatalf("body %q: the case no longer sets the body it tests", text)
			}
			if s.HeadColumn < c.colLow || s.HeadColumn > c.colHigh {
				t.Errorf("HeadColumn = %.3f, want in [%.2f, %.2f]", s.HeadColumn, c.colLow, c.colHigh)
			}
			if s.HeadColumnProse < c.proseLow || s.HeadColumnProse > c.proseHigh {
				t.Errorf("HeadColumnProse = %d, want in [%d, %d]", s.HeadColumnProse, c.proseLow, c.proseHigh)
			}
		})
	}
}
