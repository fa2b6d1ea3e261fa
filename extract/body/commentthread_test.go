package body

import (
	"fmt"
	"strings"
	"testing"
)

// TestCommentThreadHeading: a comment thread set in a wrapper of its own
// under the article, headed by its count ("12 Responses", "Kommentare
// (3)") and marked by no class name, leaves the text with its heading; an
// article's subheading that holds a number and more words stays.
func TestCommentThreadHeading(t *testing.T) {
	article := `<p>` + para("quarry", 3) + `</p><p>` + para("tramway", 3) + `</p><h2>3 comments on the plan from the council</h2><p>` + para("orchard", 3) + `</p>`
	for _, heading := range []string{"12 Responses", "Kommentare (3)", "4 thoughts on “Quarry vote in Millbrook”", "7 komentar"} {
		t.Run(heading, func(t *testing.T) {
			var thread strings.Builder
			for i := range 5 {
				fmt.Fprintf(&thread, `<div class="c-%d"><p><b>Reader %d</b></p><p>%s</p></div>`, i, i, para(fmt.Sprintf("reply%d", i), 2))
			}
			html := `<html><body><div class="story"><h1>Quarry vote in Millbrook</h1>` + article +
				`<div class="thread"><h3>` + heading + `</h3>` + thread.String() + `</div></div></body></html>`
			text := Extract(parse(t, html), Options{}).Text()
			if !strings.Contains(text, "orchard report") || !strings.Contains(text, "3 comments on the plan") {
				t.Fatalf("article cut: %q", text)
			}
			if strings.Contains(text, "reply0 report") || strings.Contains(text, heading) {
				t.Errorf("thread kept: %q", text)
			}
		})
	}
}
