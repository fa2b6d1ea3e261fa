package body

import (
	"strings"
	"testing"
)

// TestRelatedLabelOverList: a related label set as a line of its own (not
// a heading) over a list whose items each hold a link takes the list with
// it, the stories as related links; topic tags under it leave the text
// but are no related stories; a list of the story's own after an
// ordinary line stays.
func TestRelatedLabelOverList(t *testing.T) {
	tests := []struct {
		name    string
		box     string
		gone    []string
		kept    []string
		related int
	}{
		{"stories under a div label",
			`<div class="heading-h3">More Great Harbour Times Stories</div><ul><li>Ferry captains must rest, <a href="/story/a">no matter what the board says</a></li><li>Paid parking is not the problem. <a href="/story/b">Our habits are</a></li><li>Could a lost hiker <a href="/story/c">use the stars to get home</a>?</li></ul>`,
			[]string{"More Great Harbour Times", "Paid parking", "lost hiker"}, nil, 3},
		{"tags under a read-more label",
			`<p>Read more:</p><ul><li><a href="/topic/ports">Ports</a></li><li><a href="/topic/weather">Weather</a></li></ul>`,
			[]string{"Read more", "Ports", "Weather"}, nil, 0},
		{"the story's own list",
			`<p>The contractor listed three conditions.</p><ul><li>Work stops at ten at night, <a href="/rules">as the rules say</a>.</li><li>Every berth reopens within six weeks of closing.</li></ul>`,
			nil, []string{"Work stops at ten", "Every berth reopens"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(parse(t, signupArticle(tt.box)), Options{PageURL: "https://harbour.example/news/1"})
			checkText(t, res.Text(), append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
			if len(res.Related) != tt.related {
				t.Errorf("related = %d links, want %d: %v", len(res.Related), tt.related, res.Related)
			}
		})
	}
}

// TestLeadLabelAtEnd: a short label closing the body that announces what
// should follow ("Sources:", "See the posts:", "Mehr Themen auf
// Example.de:") leaves the text and says so in Signals.LeadInCut; a
// sentence ending in a colon, or such a label inside the body, stays.
func TestLeadLabelAtEnd(t *testing.T) {
	tests := []struct {
		last string
		cut  bool
	}{
		{"Sources:", true},
		{"See the posts :", true},
		{"Mehr Themen auf Harbourpost.de:", true},
		{"Lihat unggahannya:", true},
		{"The harbour master then read out the list of closed berths, one by one:", false},
		{"Residents were divided over the plan:", false},
	}
	// Inside the body, a label stays.
	if text := Extract(parse(t, signupArticle("<p>Sources:</p>")), Options{}).Text(); !strings.Contains(text, "Sources:") {
		t.Errorf("a label inside the body left the text:\n%s", text)
	}
	for _, tt := range tests {
		t.Run(tt.last, func(t *testing.T) {
			res := Extract(parse(t, endArticle("<p>"+tt.last+"</p>")), Options{})
			text := res.Text()
			if tt.cut {
				checkText(t, text, []string{"public meeting in the town hall"}, []string{tt.last})
			} else {
				checkText(t, text, []string{tt.last}, nil)
			}
			if res.Signals.LeadInCut != tt.cut {
				t.Errorf("LeadInCut = %v, want %v", res.Signals.LeadInCut, tt.cut)
			}
		})
	}
}

// endArticle is an article of four paragraphs with box after them.
func endArticle(box string) string {
	return page(`<article><div class="article-body">
<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months, closing two berths at a time.</p>
<p>Shipping companies have asked for the work to be done at night so that the ferries to the islands can keep their timetable through the summer season.</p>
<p>A spokeswoman for the authority said the contractor had been told to keep noise low near the houses on the quay and to report each week on progress.</p>
<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month, the notice said.</p>
` + box + `
</div></article>`)
}
