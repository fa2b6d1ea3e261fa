package body

import (
	"fmt"
	"strings"
	"testing"
)

// TestCardRun: a grid of other stories' cards (picture, linked headline,
// a short summary) set after the article inside its element leaves the
// text, summaries and all; two such cards, cards whose summaries link on,
// and round-up items whose linked titles head paragraphs of their own stay.
func TestCardRun(t *testing.T) {
	cards := func(n int, summary string) string {
		var b strings.Builder
		b.WriteString(`<div class="grid"><h2>Weekend in the valley</h2>`)
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, `<div class="tile"><div class="pic"><a href="/s/%d"><img src="/p%d.jpg"></a></div><div class="head"><a href="/s/%d">Story number %d of the week</a></div><div class="sum">%s</div></div>`,
				i, i, i, i, fmt.Sprintf(summary, i))
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	tests := []struct {
		name string
		tail string
		gone []string
		kept []string
	}{
		{"four cards", cards(4, "A short look at what changed in town this week, part %d."),
			[]string{"short look at what changed", "Story number"}, nil},
		{"russian cards", cards(5, "Лёгкая прогулка вдоль реки, маршрут номер %d, подходит для детей."),
			[]string{"Лёгкая прогулка"}, nil},
		{"two cards", cards(2, "A short look at what changed in town this week, part %d."),
			nil, []string{"short look at what changed in town this week, part 0."}},
		{"summaries that link on", cards(4, `The full <a href="/x">timetable %d</a> is online now.`),
			nil, nil},
		{"round-up items with paragraphs",
			`<div class="item"><div class="head"><a href="/walk/1">The mill loop</a></div><p>Flat and four miles long, the loop starts at the old mill and ends at the café by the lock.</p><p>Boots are needed after rain.</p></div>` +
				`<div class="item"><div class="head"><a href="/walk/2">The ridge path</a></div><p>Steep at first, the ridge path gives the best views over the lower town and the river.</p><p>Allow three hours.</p></div>` +
				`<div class="item"><div class="head"><a href="/walk/3">The quarry walk</a></div><p>Muddy in winter, the quarry walk passes the old lime kilns and the nature reserve.</p><p>Dogs on leads.</p></div>`,
			nil, []string{"Flat and four miles long", "best views over the lower town", "passes the old lime kilns"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, page(`<article><div class="article-body">
<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months, closing two berths at a time.</p>
<p>Shipping companies have asked for the work to be done at night so that the ferries to the islands can keep their timetable through the summer season.</p>
<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month, the notice said.</p>
`+tt.tail+`</div></article>`)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
}
