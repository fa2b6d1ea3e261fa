package body

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// TestHeadlineStory: a short story under the page's headline, outweighed
// by the next story's <article> below it, is the body when that element
// opens with its linked headline (an endless scroll's next story, a
// recommended story's card); the element opening with an unlinked
// subheading or with prose, or nothing but a standfirst under the
// headline, leaves the body where it was.
func TestHeadlineStory(t *testing.T) {
	own := `<div class="text"><p>` + para("quarry", 3) + `</p><p>` + para("orchard", 3) + `</p></div>`
	next := `<p>` + para("lighthouse", 3) + `</p><p>` + para("tramway", 3) + `</p><p>` + para("ferry", 4) + `</p><p>` + para("harbour", 4) + `</p>`
	cases := []struct {
		name, html string
		kept, gone []string
	}{
		{"the next story's card in an <article>",
			`<main><h1>Quarry to close</h1>` + own + `<section class="next"><article><h2><a href="/lighthouse">Lighthouse for sale</a></h2>` + next + `</article></section></main>`,
			[]string{"quarry report", "orchard report"}, []string{"lighthouse report", "harbour report"}},
		{"an unlinked subheading over the article's own text",
			`<main><h1>Quarry to close</h1>` + own + `<div class="more"><h2>What the village says</h2>` + next + `</div></main>`,
			[]string{"lighthouse report", "harbour report"}, nil},
		{"a permalink repeating the headline over the article's text",
			`<main><h1>Quarry to close</h1><div class="intro"><p>` + para("quarry", 3) + `</p><p>` + para("orchard", 3) + `</p></div><article><h2><a href="/quarry">Quarry to close</a></h2>` + next + `</article></main>`,
			[]string{"lighthouse report", "harbour report"}, nil},
		{"a standfirst under the headline is no story",
			`<main><h1>Quarry to close</h1><p class="standfirst">` + para("quarry", 2) + `</p><article><h2><a href="/quarry">Quarry to close</a></h2>` + next + `</article></main>`,
			[]string{"lighthouse report", "harbour report"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := parse(t, "<html><body>"+c.html+"</body></html>")
			text := Extract(doc, Options{Headline: firstElem(doc, atom.H1)}).Text()
			checkText(t, text, c.kept, c.gone)
		})
	}
}
