package body

import "testing"

// TestLinkedClause: a sentence of the story whose link carries most of its
// words, but neither its start nor its end, stays in the body; a line
// that is the link, one that ends inside its link, and a short pointer to
// the site's own pages go, as before.
func TestLinkedClause(t *testing.T) {
	tests := []struct {
		name, line, probe string
		kept              bool
	}{
		{"sentence going on into a link",
			`<p>The ferry operator was fined and <a href="/ferry-fine">ordered to refit two of its older vessels by March</a>.</p>`,
			"ordered to refit two of its older vessels", true},
		{"interviewer's question, linked",
			`<p>What does he make of <a href="/budget">the council's budget for the coming year, six months on</a>?</p>`,
			"budget for the coming year", true},
		{"teaser: the link is the line",
			`<p><a href="/other">Ferry operator ordered to refit two of its older vessels by March.</a></p>`,
			"older vessels", false},
		{"pointer ending inside its link",
			`<p>How we report the news: <a href="/about/principles">The Harbour Gazette Charter of Standards and Trust.</a></p>`,
			"Charter of Standards", false},
		{"short pointer naming the site",
			`<p>This is <a href="/europe">the Europe desk of the Gazette</a> at Gazette24.</p>`,
			"Europe desk", false},
	}
	always := []string{"dredging of the northern channel", "public meeting in the town hall"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.line)), Options{}).Text()
			if tt.kept {
				checkText(t, text, append(always, tt.probe), nil)
			} else {
				checkText(t, text, always, []string{tt.probe})
			}
		})
	}
	// The same sentence as the body's first or last line points elsewhere.
	pointer := `<p>For the full list of closures, see <a href="/guide">our guide to the region's ferry timetables</a>.</p>`
	story := `<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months.</p>
<p>Shipping companies have asked for the work to be done at night so that the ferries to the islands can keep their timetable.</p>
<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month, the notice said.</p>`
	for name, body := range map[string]string{
		"linked clause closing the body": story + pointer,
		"linked clause opening the body": pointer + story,
	} {
		t.Run(name, func(t *testing.T) {
			text := Extract(parse(t, page(`<article><div class="article-body">`+body+`</div></article>`)), Options{}).Text()
			checkText(t, text, always, []string{"ferry timetables"})
		})
	}
}
