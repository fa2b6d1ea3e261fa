package body

import (
	"strings"
	"testing"
)

// TestHiddenRest: an article that shows its first paragraphs and hides
// the rest behind a "read more" button (display:none, the hidden
// attribute, a hiding class) is read whole; a hidden copy of what the
// body shows adds nothing twice, and a long hidden text away from the
// body (a closed dialog) stays out.
func TestHiddenRest(t *testing.T) {
	shown := `<p>` + para("quarry", 3) + `</p><p>` + para("orchard", 3) + `</p>`
	rest := `<p>` + para("ferry", 3) + `</p><p>` + para("granary", 3) + `</p><p>` + para("lighthouse", 3) + `</p>`
	tests := []struct {
		name       string
		html       string
		kept, gone []string
	}{
		{"rest with display:none", `<article><h1>Quarry to close</h1><div class="body">` + shown + `<button>Read more</button><div class="more" style="display:none">` + rest + `</div></div></article>`,
			[]string{"quarry report", "granary report", "lighthouse report"}, nil},
		{"rest with the hidden attribute, beside the body", `<article><h1>Quarry to close</h1><div class="body">` + shown + `</div><div class="body-rest" hidden>` + rest + `</div></article>`,
			[]string{"quarry report", "lighthouse report"}, nil},
		{"a long hidden dialog away from the body", `<article><h1>Quarry to close</h1><div class="body">` + shown + `</div></article><div class="layout"><div class="modal-wrap"><div class="dialog" style="display:none">` + rest + `</div></div></div>`,
			[]string{"quarry report", "orchard report"}, []string{"granary report"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, page(tt.html)), Options{}).Text()
			checkText(t, text, tt.kept, tt.gone)
		})
	}
	// A hidden copy of the shown paragraphs is no rest of the article.
	text := Extract(parse(t, page(`<article><div class="body">`+shown+`<div class="print" style="display:none">`+shown+`</div></div></article>`)), Options{}).Text()
	if n := strings.Count(text, "quarry report number a"); n != 1 {
		t.Errorf("shown paragraph %d times:\n%s", n, text)
	}
}
