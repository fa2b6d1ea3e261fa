package body

import (
	"fmt"
	"strings"
	"testing"
)

// TestLiveBlogStampsInHeaders: a live blog that sets each entry's time in
// a header of its own (left out of the body as furniture) still shows the
// live blog's shape in Signals.Stamps, whether the stamp is a bare clock
// time, a date with a time or a relative time ("3 hours ago": agoLine,
// which live blogs set as often as clock times). A comment
// thread under an article stamps its comments alike, but they are not in
// the body, so it counts nothing, nor does a ticker of other stories'
// times set among the article's paragraphs, nor the article's date line.
func TestLiveBlogStampsInHeaders(t *testing.T) {
	entries := []string{
		"The mayor opened the flood barrier at the river mouth after the water rose above the warning mark overnight.",
		"Residents of the lower town were told to move their cars to higher ground before the evening tide arrives.",
		"The rail operator said trains between the two coastal towns would run on a reduced timetable all day.",
		"Emergency crews have set up a shelter in the sports hall of the secondary school on the hill road.",
		"The weather service expects the rain to ease by midnight but warned of more wind on the coast tomorrow.",
	}
	live := func(stamp func(i int) string) string {
		var b strings.Builder
		b.WriteString(`<article><h1>Storm on the coast: live</h1><div class="live-feed">`)
		for i, e := range entries {
			fmt.Fprintf(&b, `<div class="entry"><div class="entry-header"><time>%s</time></div><h3>Update %d on the storm</h3><p>%s</p></div>`, stamp(i), i+1, e)
		}
		b.WriteString(`</div></article>`)
		return b.String()
	}
	var thread strings.Builder
	thread.WriteString(`<article><div class="story"><p class="date">Posted 7 December 2026, 9:15</p>`)
	for _, e := range entries {
		thread.WriteString(`<p>` + e + `</p>`)
	}
	thread.WriteString(`<div class="comments">`)
	for i := range 6 {
		fmt.Fprintf(&thread, `<div class="comment"><div class="comment-meta">7 December 2026 at %d:%02d</div><p>I live by the harbour and the water came up to the second step of our house, comment %d.</p></div>`, 10+i, 5*i, i)
	}
	thread.WriteString(`</div></div></article>`)

	var ticker strings.Builder
	ticker.WriteString(`<article><div class="story">`)
	for i, e := range entries {
		ticker.WriteString(`<p>` + e + `</p>`)
		if i == 1 {
			ticker.WriteString(`<aside class="ticker">`)
			for j := range 6 {
				fmt.Fprintf(&ticker, `<div class="item"><p class="time">%d:%02d</p><p><a href="/news/%d">Council approves the budget for the new harbour wall, item %d</a></p></div>`, 9+j, 10*j, j, j)
			}
			ticker.WriteString(`</aside>`)
		}
	}
	ticker.WriteString(`</div></article>`)

	tests := []struct {
		name string
		html string
		live bool
	}{
		{"clock times in entry headers", live(func(i int) string { return fmt.Sprintf("%d:%02d", 17-i, 50-5*i) }), true},
		{"dates with times in entry headers", live(func(i int) string { return fmt.Sprintf("7 December 2026, %d:%02d", 17-i, 50-5*i) }), true},
		{"relative times", live(func(i int) string { return fmt.Sprintf("%d hours ago", i+1) }), true},
		{"comment thread under an article", thread.String(), false},
		{"news ticker amid an article", ticker.String(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(parse(t, page(tt.html)), Options{})
			if !strings.Contains(res.Text(), "flood barrier") {
				t.Fatalf("body lost: %q", res.Text())
			}
			s := res.Signals
			if got := s.Stamps >= 3 && s.Stamps*4 >= s.Blocks; got != tt.live {
				t.Errorf("Stamps %d of %d blocks: live blog shape %v, want %v", s.Stamps, s.Blocks, got, tt.live)
			}
		})
	}
}
