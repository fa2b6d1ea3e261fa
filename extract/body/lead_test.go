package body

import (
	"strings"
	"testing"
)

// TestExtractLead: a standfirst in a header box inside the article's
// element stays out of the text but comes back as Lead, for its dateline;
// a caption box, a kicker label or a paragraph after kept text does not.
func TestExtractLead(t *testing.T) {
	story := `<p>Die Stadtwerke haben am Dienstag neue Preise für Fernwärme vorgelegt, die ab dem Frühjahr gelten sollen und viele Haushalte treffen.</p>
<p>Ein Sprecher sagte, die Kosten für Brennstoffe seien im vergangenen Jahr deutlich gestiegen und müssten weitergegeben werden.</p>
<p>Der Verbraucherverband kündigte an, die neuen Tarife prüfen zu lassen, und riet Kunden, ihre Abrechnungen genau zu lesen.</p>
<p>Im Stadtrat soll das Thema in der kommenden Sitzung noch einmal beraten werden, wie mehrere Fraktionen mitteilten.</p>`
	tests := []struct {
		name, html, want string
	}{
		{"standfirst in a header box",
			`<div class="article__body"><div class="article__header__intro"><p class="article__header__intro__text"><span class="article__location">Hagen.</span> Fernwärme wird im Frühjahr teurer. Was Kunden jetzt wissen müssen.</p></div>` + story + `</div>`,
			"Hagen. Fernwärme wird im Frühjahr teurer. Was Kunden jetzt wissen müssen."},
		{"teaser box in English",
			`<div class="story-body"><div class="story-header"><p>Leeds. The council will vote on new parking charges next week, officials said.</p></div>` + strings.ReplaceAll(story, "Die", "Der") + `</div>`,
			"Leeds. The council will vote on new parking charges next week, officials said."},
		{"caption box",
			`<div class="article__body"><div class="image-caption"><p>Hagen. Ein Blick auf das Heizkraftwerk am Stadtrand, aufgenommen im Winter.</p></div>` + story + `</div>`,
			""},
		{"kicker label",
			`<div class="article__body"><div class="article__header"><p>EXKLUSIV:</p></div>` + story + `</div>`,
			""},
		{"no box",
			`<div class="article__body">` + story + `</div>`,
			""},
	}
	for _, tt := range tests {
		res := Extract(parse(t, page(`<article>`+tt.html+`</article>`)), Options{})
		if res.Lead != tt.want {
			t.Errorf("%s: lead %q, want %q", tt.name, res.Lead, tt.want)
		}
		if strings.Contains(res.Text(), "Was Kunden jetzt") || strings.Contains(res.Text(), "parking charges") {
			t.Errorf("%s: the standfirst is in the text: %q", tt.name, res.Text())
		}
		if !strings.Contains(res.Text(), "neue Preise") {
			t.Errorf("%s: story lost: %q", tt.name, res.Text())
		}
	}
}
