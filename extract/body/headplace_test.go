package body

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// TestHeadPlace: the body is placed against the page's headline (see
// Signals.HeadGap, AboveHead, HeadColumn). An article set as a header and
// a text beside it, or whole under its headline, gives no sign; a body
// above the headline, or one that joins the headline's story to a longer
// text beside it, does.
func TestHeadPlace(t *testing.T) {
	story := `<p>` + para("quarry", 3) + `</p><p>` + para("tramway", 3) + `</p><p>` + para("orchard", 3) + `</p>`
	var other strings.Builder
	for _, w := range []string{"pension", "tenancy", "licence", "zoning", "harvest", "toll", "levy"} {
		other.WriteString(`<p>` + para(w, 4) + `</p>`)
	}
	cases := []struct {
		name, html         string
		above              bool
		colLow, colHigh    float64 // HeadColumn in [colLow, colHigh]
		gapLow, gapHigh    float64 // HeadGap in [gapLow, gapHigh]
		want, unwantedText string
	}{
		{name: "header and text in an article element",
			html:   `<article><header><h1>Quarry vote in Millbrook</h1><p>By Ada Quill</p></header><div class="copy">` + story + `</div></article>`,
			colLow: -1, colHigh: 0.1, gapLow: 0, gapHigh: 0, want: "quarry report"},
		{name: "headline over the text in one wrapper",
			html:   `<div class="story"><h1>Quarry vote in Millbrook</h1>` + story + `</div><div class="foot"><p>Valley Ledger, 4 Mill Lane.</p></div>`,
			colLow: -1, colHigh: -1, gapLow: 0, gapHigh: 0, want: "quarry report"},
		{name: "headline's story joined to a longer text beside it",
			html:   `<main><div class="top"><h1>Quarry vote in Millbrook</h1><div class="t">` + story + `</div></div><section class="s">` + other.String() + `</section></main>`,
			colLow: 0.2, colHigh: 0.8, gapLow: 0, gapHigh: 0, want: "quarry report"},
		{name: "a longer text above the headline taken for the body",
			html:  `<main><section class="s">` + other.String() + `</section><div class="top"><h1>Quarry vote in Millbrook</h1><div class="t">` + story + `</div></div></main>`,
			above: true, colLow: -1, colHigh: -1, gapLow: 0, gapHigh: 0, want: "pension report", unwantedText: "quarry report"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := parse(t, "<html><head><title>Quarry vote in Millbrook</title></head><body>"+c.html+"</body></html>")
			res := Extract(doc, Options{Headline: firstElem(doc, atom.H1)})
			text, s := res.Text(), res.Signals
			if !strings.Contains(text, c.want) || c.unwantedText != "" && strings.Contains(text, c.unwantedText) {
				t.Fatalf("body %q: the case no longer sets the body it tests", text)
			}
			if s.AboveHead != c.above {
				t.Errorf("AboveHead = %v, want %v", s.AboveHead, c.above)
			}
			if s.HeadColumn < c.colLow || s.HeadColumn > c.colHigh {
				t.Errorf("HeadColumn = %.3f, want in [%.2f, %.2f]", s.HeadColumn, c.colLow, c.colHigh)
			}
			if s.HeadGap < c.gapLow || s.HeadGap > c.gapHigh {
				t.Errorf("HeadGap = %.3f, want in [%.2f, %.2f]", s.HeadGap, c.gapLow, c.gapHigh)
			}
		})
	}
	t.Run("no headline", func(t *testing.T) {
		res := Extract(parse(t, "<html><body><div>"+story+"</div></body></html>"), Options{})
		if s := res.Signals; s.HeadGap != noWitness || s.HeadColumn != noWitness || s.AboveHead {
			t.Errorf("signals %+v: want no witness without a headline", s)
		}
	})
}
