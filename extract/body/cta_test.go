package body

import "testing"

// TestCallToAction: a box the page's class names call a call to action
// ("cta": give, join, subscribe) leaves the text, heading and all; a class
// that only holds the letters inside a word of its own stays.
func TestCallToAction(t *testing.T) {
	tests := []struct {
		name string
		box  string
		gone []string
		kept []string
	}{
		{"appeal after the article",
			`<div class="zone-widget-cta-letter"><div class="card"><h5>A note to our readers</h5><p>Back the Harbour Gazette and keep local reporting free for everyone who reads it.</p></div></div>`,
			[]string{"A note to our readers", "Back the Harbour Gazette"}, nil},
		{"camel-case name",
			`<section class="ArticleCta"><p>Become a member today and get the weekend edition delivered to your door.</p></section>`,
			[]string{"Become a member"}, nil},
		{"letters inside a word",
			`<div class="octagon-frame"><p>The octagonal lighthouse at the harbour mouth was built in 1868 and restored twice since.</p></div>`,
			nil, []string{"octagonal lighthouse"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.box)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
}
