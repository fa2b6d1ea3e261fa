package body

import (
	"fmt"
	"strings"
	"testing"
)

// TestArticleParts: an article the page cuts into parts of one kind, with
// a video, an ad slot or a related box between them, is read whole even
// when the element holding the parts holds furniture heavier than a small
// part; a next story, a column opening with a heading of its own, a part
// of another kind or text between the parts keep the body as it was.
func TestArticleParts(t *testing.T) {
	var links strings.Builder
	for i := range 30 {
		fmt.Fprintf(&links, `<li><a href="/more/%d">The orchard committee meets again about the spring market, item %d</a></li>`, i, i)
	}
	wrap := func(inner string) string {
		return `<div class="page-content"><h1>Quarry to close</h1>` + inner + `<div class="more"><h2>More news</h2><ul>` + links.String() + `</ul></div></div>`
	}
	lede := `<p>` + para("lede", 2) + `</p>`
	rest := `<p>` + para("quarry", 3) + `</p><p>` + para("orchard", 3) + `</p><p>` + para("ferry", 3) + `</p><p>` + para("granary", 3) + `</p>`
	video := `<div class="player"><video src="/v.mp4"></video><p>Watch: the quarry from the air</p></div>`
	tests := []struct {
		name       string
		html       string
		kept, gone []string
	}{
		{"a lede cut off by a video",
			wrap(`<div class="text">` + lede + `</div>` + video + `<div class="text">` + rest + `</div>`),
			[]string{"lede report", "granary report"}, []string{"Watch: the quarry"}},
		{"an end cut off by a related box",
			wrap(`<div class="text">` + rest + `</div><div class="related"><h3>Read more</h3><ul><li><a href="/a">Ferry strike ends</a></li><li><a href="/b">School reopens</a></li></ul></div><div class="text">` + lede + `</div>`),
			[]string{"lede report", "granary report"}, []string{"Ferry strike ends"}},
		{"the next story in an article of the same class",
			wrap(`<article class="story">` + rest + `</article>` + video + `<article class="story">` + lede + `</article>`),
			[]string{"granary report"}, []string{"lede report"}},
		{"a column that opens with a heading of its own",
			wrap(`<div class="col">` + rest + `</div><div class="col"><h3>About the paper</h3>` + lede + `</div>`),
			[]string{"granary report"}, []string{"lede report"}},
		{"text between the parts",
			wrap(`<div class="text">` + lede + `</div><div class="note"><p>` + para("appendix", 2) + `</p></div>` + video + `<div class="text">` + rest + `</div>`),
			[]string{"granary report"}, []string{"lede report"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, "<html><body>"+tt.html+"</body></html>"), Options{}).Text()
			checkText(t, text, tt.kept, tt.gone)
		})
	}
	// A part read into the body is no rival text beside it.
	half := `<p>` + para("tramway", 3) + `</p><p>` + para("lighthouse", 3) + `</p>`
	res := Extract(parse(t, "<html><body>"+wrap(`<div class="text">`+half+`</div>`+video+`<div class="text">`+rest+`</div>`)+"</body></html>"), Options{})
	checkText(t, res.Text(), []string{"tramway report", "granary report"}, nil)
	if res.Signals.Rival >= 0.25 {
		t.Errorf("Rival = %.2f, want under 0.25: the other part counted as a text beside the body", res.Signals.Rival)
	}
}
