package body

import "testing"

// TestStoryCard: another story's card set in an <article> of its own
// among the article's paragraphs (a kicker, a headline, a summary, the
// whole card linked by an empty link laid over it) leaves the text, in the
// middle or at the end, whether or not the article itself is an
// <article>; a card without a link, a long <article>, and live-blog
// entries that follow one another stay.
func TestStoryCard(t *testing.T) {
	card := func(title string) string {
		return `<article class="tz"><div><a href="/2024/other-story"></a><div><picture><img src="/c.jpg" alt=""></picture></div>
<h3><div><span>Rowing club</span></div><span>:</span><span>` + title + `</span></h3></div>
<p>The oldest crew on the lake trains at dawn all year round, and this summer it won the regatta for the third time.</p>
<footer><span>By Aino Rebane</span></footer></article>`
	}
	own := `<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months, closing two berths at a time.</p>
<p>Shipping companies have asked for the work to be done at night so that the ferries to the islands can keep their timetable through the summer season.</p>`
	last := `<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month, the notice said.</p>`
	tests := []struct {
		name string
		page string
		gone []string
		kept []string
	}{
		{"card between paragraphs", `<div class="story">` + own + `<div class="x">` + card("Dawn on the water") + `</div>` + last + `</div>`,
			[]string{"Dawn on the water", "oldest crew", "Aino Rebane", "Rowing club"}, []string{"public meeting"}},
		{"card at the end, article in an <article>", `<div class="app"><article class="main">` + own + last + `<div class="x">` + card("Third win in a row") + `</div></article></div>`,
			[]string{"Third win in a row", "oldest crew"}, []string{"public meeting"}},
		{"card without a link", `<div class="story">` + own + `<article><h3>Rowing club</h3><p>The oldest crew on the lake trains at dawn all year round, and this summer it won the regatta.</p></article>` + last + `</div>`,
			nil, []string{"oldest crew on the lake", "public meeting"}},
		{"live-blog entries", `<div class="story">` + own +
			`<article><h3>10:40 Ferries delayed</h3><p>The morning ferry left forty minutes late because of fog in the channel, the operator said.</p><a href="/live#e1">Link</a></article>` +
			`<article><h3>10:15 Berth closed</h3><p>The second berth was closed at ten so that divers could inspect the quay wall, the authority said.</p><a href="/live#e2">Link</a></article>` +
			`<article><h3>09:50 Work begins</h3><p>The first dredger arrived at the northern channel shortly after nine, a day earlier than planned.</p><a href="/x/e3">Link</a></article></div>`,
			nil, []string{"forty minutes late", "divers could inspect", "first dredger arrived"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, page(tt.page)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel"}, tt.kept...), tt.gone)
		})
	}
}
