package body

import (
	"strings"
	"testing"
)

// TestEdgeBylineLinesStay: a short line with no link that opens with a
// byline label at either end of the body stays for normalize to read and
// take out; before, trimEdges dropped it with the date and share lines,
// and its writer was lost where extract's own byline reader (near the
// headline only) did not see it. A linked teaser line and an unlabelled
// short line at an edge still go.
func TestEdgeBylineLinesStay(t *testing.T) {
	prose := `<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months.</p>
<p>Shipping companies have asked for the work to be done at night so that the ferries to the islands can keep their timetable.</p>
<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month.</p>`
	tests := []struct {
		name, head, foot string
		kept, gone       []string
	}{
		{"label and e-mail over the story", "<p>By Maren Holt | mholt@harbourpost.example</p>", "", []string{"By Maren Holt"}, nil},
		{"label and outlet under the story", "", "<p>By Maren Holt, Harbour Post</p>", []string{"By Maren Holt, Harbour Post"}, nil},
		{"indonesian label under the story", "", "<p>Penulis: Rina Wulandari</p>", []string{"Penulis: Rina Wulandari"}, nil},
		{"german label over the story", "<p>Von Jonas Brandt</p>", "", []string{"Von Jonas Brandt"}, nil},
		{"linked teaser byline goes", "", `<p><a href="/other">By Maren Holt</a></p>`, nil, []string{"By Maren Holt"}},
		{"unlabelled short line goes", "", "<p>Share on social</p>", nil, []string{"Share on social"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := page("<article><div class=\"article-body\">" + tt.head + prose + tt.foot + "</div></article>")
			text := Extract(parse(t, html), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
			if strings.Count(text, "\n\n") < 2 {
				t.Errorf("prose lost: %q", text)
			}
		})
	}
}
