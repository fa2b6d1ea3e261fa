package body

import (
	"strings"
	"testing"
)

// TestPaywallCutParagraph: a paywalled article that wraps each paragraph
// in an element of its own shows one whole paragraph and the start of the
// next, cut off with an ellipsis where the paywall begins; the cut
// paragraph is the article's, though it counts for nothing in choosing the
// body. A teaser's summary cut short after the article, in an element of
// another class, stays out.
func TestPaywallCutParagraph(t *testing.T) {
	const whole = `The county opened its new ferry landing on the north shore on Saturday, two years after the old pier was closed by storm damage and a long dispute over who should pay for it.`
	const cut = `The landing can take two boats at once, and the operator said the first evening crossings would start in the spring, once crews have been trained on the…`
	const teaser = `A second ferry company has asked the county for a berth at the landing, saying demand on the southern route has grown every year since the…`
	layout := func(next string) string {
		return `<div class="content"><div class="tags"><a href="/t/ferries">Ferries</a></div><h1>Ferry landing opens</h1>` +
			`<div class="photos"><ul><li><img src="/1.jpg" data-caption="The new landing"></li></ul></div>` +
			`<div class="block">` + whole + `</div>` + next +
			`<div class="register"><p><b>This story is for members.</b></p><p><a href="/join">Join</a> <a href="/login">Log in to read on</a></p></div>` +
			`<div class="more"><h2>More news</h2><ul><li><a href="/a">Council sets budget</a></li><li><a href="/b">School roof repaired</a></li></ul></div></div>`
	}
	tests := []struct {
		name       string
		html       string
		kept, gone []string
	}{
		{"cut paragraph in a wrapper like the whole one", layout(`<div class="block">` + cut + `</div>`), []string{whole, cut}, nil},
		{"teaser's summary in a card after the article", layout(`<div class="card">` + teaser + `</div>`), []string{whole}, []string{teaser}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, "<html><body>"+tt.html+"</body></html>"), Options{}).Text()
			checkText(t, text, tt.kept, tt.gone)
			if strings.Contains(text, "Log in") {
				t.Errorf("paywall prompt kept:\n%s", text)
			}
		})
	}
}
