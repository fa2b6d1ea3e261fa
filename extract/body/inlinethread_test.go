package body

import (
	"fmt"
	"strings"
	"testing"
)

// TestInlineCommentThread: a comment thread set directly in the article's
// element, no wrapper of its own and no class name saying comment, goes
// from its heading to the element's end when stamps of its comments or
// reply buttons follow the heading; with neither, only the heading goes.
func TestInlineCommentThread(t *testing.T) {
	article := `<p>` + para("ferry", 3) + `</p><p>` + para("pier", 3) + `</p><h2>3 comments on the plan from the harbour board</h2><p>` + para("timetable", 3) + `</p>`
	comment := func(i int, stamp, button string) string {
		s := fmt.Sprintf(`<p class="m%d">%s</p><p>%s</p>`, i, stamp, para(fmt.Sprintf("reply%d", i), 2))
		if button != "" {
			s += `<p><a href="#c` + fmt.Sprint(i) + `">` + button + `</a></p>`
		}
		return s
	}
	cases := []struct {
		name, heading string
		stamp         func(i int) string
		button        string
		wrapHeading   bool
		cut           bool
	}{
		{name: "writer and date, reply buttons", heading: "12 Responses",
			stamp: func(i int) string { return fmt.Sprintf("Reader %c 7 December 2026 at 10:4%d am", 'A'+i, i) }, button: "Reply", cut: true},
		{name: "writer and relative time, no buttons", heading: "Kommentare (4)",
			stamp: func(i int) string { return fmt.Sprintf("Leser %c · vor %d Stunden", 'A'+i, i+2) }, cut: true},
		{name: "names alone, reply buttons", heading: "5 komentar",
			stamp: func(i int) string { return fmt.Sprintf("Pembaca %c", 'A'+i) }, button: "Balas ↓", cut: true},
		{name: "heading in a wrapper of its own", heading: "4 thoughts on “Ferry pier reopens”",
			stamp: func(i int) string { return fmt.Sprintf("Reader %c, 2 days ago", 'A'+i) }, wrapHeading: true, cut: true},
		{name: "no stamps and no buttons", heading: "12 Responses",
			stamp: func(i int) string { return fmt.Sprintf("Reader %c", 'A'+i) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var thread strings.Builder
			for i := range 4 {
				thread.WriteString(comment(i, c.stamp(i), c.button))
			}
			heading := `<h3>` + c.heading + `</h3>`
			if c.wrapHeading {
				heading = `<div class="th">` + heading + `</div>`
			}
			html := `<html><body><div class="story"><h1>Ferry pier reopens in Saltmarsh</h1>` + article + heading + thread.String() + `</div></body></html>`
			text := Extract(parse(t, html), Options{}).Text()
			if !strings.Contains(text, "timetable report") || !strings.Contains(text, "3 comments on the plan") {
				t.Fatalf("article cut: %q", text)
			}
			if strings.Contains(text, c.heading) {
				t.Errorf("heading kept: %q", text)
			}
			if kept := strings.Contains(text, "reply0 report"); kept == c.cut {
				t.Errorf("thread kept %v, want %v: %q", kept, !c.cut, text)
			}
		})
	}
}

// TestThreadWitnesses: the lines threadFollows counts.
func TestThreadWitnesses(t *testing.T) {
	lx := builtin()
	for _, s := range []string{"Reply", "Reply ↓", "[Antworten]", "Répondre", "Log in to Reply", "Balas"} {
		if !lx.replyButton(s) {
			t.Errorf("replyButton(%q) = false", s)
		}
	}
	for _, s := range []string{"Reply to the mayor's letter was swift.", "Replying", "Answer"} {
		if lx.replyButton(s) {
			t.Errorf("replyButton(%q) = true", s)
		}
	}
	for _, s := range []string{"7 December 2026 at 10:42 am", "Rosa Finch 7 December 2026 at 10:42 am", "Ivo Drent · 2 days ago", "vor 3 Stunden"} {
		if !lx.stampedLine(s) {
			t.Errorf("stampedLine(%q) = false", s)
		}
	}
	for _, s := range []string{"The board met on 7 December 2026 at 10:42 am to vote.", "Rosa Finch", "Harbour board minutes"} {
		if lx.stampedLine(s) {
			t.Errorf("stampedLine(%q) = true", s)
		}
	}
}
