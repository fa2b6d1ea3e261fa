package body

import "testing"

// TestSignupLinkLine: a short line at the end of the body that links to
// the outlet's newsletter sign-up, in any language and however
// sentence-like, leaves the text; a paragraph of the story that links to a
// newsletter in passing (long, or in the middle), a link whose host only
// holds the word, and a word that merely contains it stay.
func TestSignupLinkLine(t *testing.T) {
	tests := []struct {
		name string
		tail string
		gone []string
		kept []string
	}{
		{"german promo in italics",
			`<p><em>Jeden Freitag das Wichtigste vom Hafen im Postfach – mit unserem Wochenbrief. </em><a href="https://www.nordblatt.example/dienste/newsletter-bestellen?q=7"><em>Jetzt kostenlos bestellen!</em></a></p>`,
			[]string{"Wochenbrief", "kostenlos bestellen"}, nil},
		{"english promo, query word",
			`<p>Get the harbour news in your inbox every morning. <a href="/account?signup=1&amp;list=newsletters">Sign up now.</a></p>`,
			[]string{"harbour news in your inbox"}, nil},
		{"host holds the word",
			`<p>The figures were first published by <a href="https://newsletter.example.net/p/dredging">an industry bulletin</a> last week, the authority said.</p>`,
			nil, []string{"first published by an industry bulletin"}},
		{"word inside another",
			`<p>The full report is on the <a href="/reports/newslettering-guide">council's website</a> from Monday, the notice said.</p>`,
			nil, []string{"full report is on the council's website"}},
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

func TestSignupLink(t *testing.T) {
	lx := builtin()
	tests := map[string]bool{
		"https://www.example.de/dienste/newsletter-bestellen?q=7": true,
		"/newsletters":                          true,
		"/account?list=newsletter&src=article":  true,
		"https://newsletter.example.net/p/item": false, // the host
		"/reports/newslettering-guide":          false,
		"https://www.example.com/news/1":        false,
		"https://www.example.com":               false,
	}
	for href, want := range tests {
		if got := lx.signupLink(href); got != want {
			t.Errorf("signupLink(%q) = %v, want %v", href, got, want)
		}
	}
}
