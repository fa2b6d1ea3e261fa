package body

import (
	"strings"
	"testing"
)

// TestEmbeddedTeaser: another story's card set among the article's
// paragraphs (its linked headline and a sentence of summary) leaves the
// text, its headline going to the related links; the items of a round-up,
// each a linked heading over its text in a card of its own, stay, the
// last one too.
func TestEmbeddedTeaser(t *testing.T) {
	p := func(topic string) string { return `<p>` + para(topic, 2) + `</p>` }
	card := `<div class="embed"><h4><a href="/news/2026/10/ferry-timetable">Ferry timetable to change in spring</a></h4><p>The operator plans two extra crossings each evening from April, it said last month.</p></div>`
	item := func(name, shop string) string {
		return `<div class="item"><h3><a href="https://` + shop + `.example/` + name + `">The ` + name + ` lamp</a></h3><p>` + para(name, 2) + `</p></div>`
	}
	tests := []struct {
		name       string
		html       string
		kept, gone []string
	}{
		{"a card among the paragraphs", `<article><div class="body">` + p("quarry") + p("orchard") + card + p("ferry") + p("granary") + `</div></article>`,
			[]string{"quarry report", "granary report"}, []string{"Ferry timetable to change", "two extra crossings"}},
		{"a round-up's items", `<article><div class="body">` + p("quarry") + item("harbour", "shop") + item("lighthouse", "store") + item("granary", "market") + p("orchard") + `</div></article>`,
			[]string{"The harbour lamp", "harbour report", "The granary lamp", "granary report", "orchard report"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(parse(t, page(tt.html)), Options{PageURL: "https://news.example/2026/11/quarry"})
			checkText(t, res.Text(), tt.kept, tt.gone)
			if len(tt.gone) > 0 {
				found := false
				for _, l := range res.Related {
					found = found || strings.HasSuffix(l.URL, "/news/2026/10/ferry-timetable")
				}
				if !found {
					t.Errorf("the card's headline is not among the related links: %v", res.Related)
				}
			}
		})
	}
}
