package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestDatelineWireIsNoSource: a story a wire filed ("LAGOS (Reuters) -")
// names that wire again further on ("an email reviewed by Reuters",
// "told Reuters"): the wire wrote the story, so it is the dateline's
// source and no cited source, as the site's own name is none. Another
// outlet the story cites stays a source.
func TestDatelineWireIsNoSource(t *testing.T) {
	page := func(lead, later string) string {
		return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Refinery output falls - Delta Daily</title>
<meta property="og:site_name" content="Delta Daily">
</head><body><article><h1>Refinery output falls</h1><div class="article-body">
<p>` + lead + ` Output at the country's largest refinery fell by a third in May, two people familiar with the matter said.</p>
<p>` + later + `</p>
<p>The refinery, which opened last year, has struggled with power cuts and a shortage of crude.</p>
<p>Engineers expect repairs to take until the end of the summer, the company said in a statement.</p>
</div></article></body></html>`
	}
	tests := []struct {
		name, lead, later string
		want              []string
	}{
		{"reviewed by the wire", "LAGOS (Reuters) -", "The figures were in an email to staff that was reviewed by Reuters.", nil},
		{"told the wire", "LAGOS, June 3 (Reuters) -", "A spokesperson told Reuters the unit would restart in July.", nil},
		{"wires listed", "AFP and Reuters, LAGOS —", "A spokesperson told AFP the unit would restart in July.", nil},
		{"another outlet stays", "LAGOS (Reuters) -", "The figures were first reported by Bloomberg on Monday.", []string{"Bloomberg"}},
		{"no dateline keeps it", "", "A spokesperson told Reuters the unit would restart in July.", []string{"Reuters"}},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(page(tt.lead, tt.later)), "https://deltadaily.example/business/refinery", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		a := Normalize(p, Options{})
		if !slices.Equal(a.Sources, tt.want) {
			t.Errorf("%s: sources %q, want %q (dateline %+v)", tt.name, a.Sources, tt.want, a.Dateline)
		}
	}
}
