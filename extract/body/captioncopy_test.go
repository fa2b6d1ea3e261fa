package body

import "testing"

// TestCaptionCopy: a slideshow that shows a picture's caption again beside
// it, outside the <figure>, leaves the caption out of the text; a
// paragraph that only holds part of a caption's words, or a short label
// both share, stays.
func TestCaptionCopy(t *testing.T) {
	fig := func(caption, credit string) string {
		return `<figure><img src="/p.jpg"><figcaption><span class="cap">` + caption + `</span> <span class="credit">` + credit + `</span></figcaption></figure>`
	}
	tests := []struct {
		name string
		box  string
		gone []string
		kept []string
	}{
		{"the caption shown again in a slideshow",
			`<div class="slides"><div class="slide">` + fig("Fishing boats wait at the old quay for the tide to turn.", "Mira Holt for Example") +
				`<div class="slide-text">Fishing boats wait at the old quay for the tide to turn.</div></div></div>`,
			[]string{"Fishing boats wait at the old quay"}, nil},
		{"caption and credit shown again together",
			`<div>` + fig("The new lock gates were fitted in March.", "Port Authority") +
				`<p>The new lock gates were fitted in March. Port Authority</p></div>`,
			[]string{"The new lock gates were fitted"}, nil},
		{"prose that shares some of a caption's words stays",
			`<div>` + fig("The lock gates in March.", "Port Authority") +
				`<p>The lock gates in March were the last part of the works to be finished, the engineer said.</p></div>`,
			nil, []string{"were the last part of the works"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.box)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
}
