package body

import (
	"fmt"
	"strings"
	"testing"
)

// TestStoriesSignal: a body taken from an element that holds two stories,
// each in an <article> of its own, says so in Signals.Stories; one story
// in its <article>, teaser cards or short comments set in <article>
// elements inside the body, and a story whose <article> is the body
// element itself, count one story or none.
func TestStoriesSignal(t *testing.T) {
	story := func(topic string, n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString("<p>" + para(fmt.Sprint(topic, i), 2) + "</p>")
		}
		return b.String()
	}
	var cards, comments strings.Builder
	for i := range 4 {
		fmt.Fprintf(&cards, `<article class="card"><h3><a href="/s%d">Orchard reopens after the frost, part %d</a></h3><p>Growers count the damage.</p></article>`, i, i)
		fmt.Fprintf(&comments, `<article class="c"><p>I walked past the quarry gate on Sunday and the lorries were still going in, comment %d.</p></article>`, i)
	}
	tests := []struct {
		name string
		html string
		want int
	}{
		{"two stories in two articles", `<div class="stream"><article><h1>Quarry closes</h1>` + story("quarry", 8) + `</article><article><h2>Orchard reopens</h2>` + story("orchard", 6) + `</article></div>`, 2},
		{"one story in an article inside a wrapper", `<div class="stream"><article><h1>Quarry closes</h1>` + story("quarry", 8) + `</article><p>` + para("appendix", 2) + `</p></div>`, 1},
		{"teaser cards inside the story", `<div class="text"><h1>Quarry closes</h1>` + story("quarry", 4) + cards.String() + story("gravel", 4) + `</div>`, 0},
		{"short comments as articles", `<div class="text"><h1>Quarry closes</h1>` + story("quarry", 8) + comments.String() + `</div>`, 0},
		{"the story's article is the body", `<article><h1>Quarry closes</h1>` + story("quarry", 8) + `</article>`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(parse(t, page(tt.html)), Options{})
			if !strings.Contains(res.Text(), "quarry0 report") {
				t.Fatalf("story lost: %q", res.Text())
			}
			if got := res.Signals.Stories; got != tt.want {
				t.Errorf("Stories = %d, want %d", got, tt.want)
			}
		})
	}
}
