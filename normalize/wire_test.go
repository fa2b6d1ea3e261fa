package normalize

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// wirePage is an invented wire-style story: the site as the JSON-LD
// author, the credit line FOOT at the foot of the story.
func wirePage(foot string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike halts grain exports - Harbour Wire</title>
<meta property="og:site_name" content="Harbour Wire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port strike halts grain exports","datePublished":"2025-03-04T10:15:00Z","author":{"@type":"Organization","name":"Harbour Wire"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike halts grain exports</h1><div class="article-body">
<p>ODESA, March 4 (Harbour Wire) - Dock workers at the country's largest grain port walked off the job on Tuesday, halting exports for a second day as talks over pay stalled.</p>
<p>"We will not return until the offer is fair," union leader Petro Havryliuk told reporters outside the terminal gates on Tuesday morning.</p>
<p>The port handled about a third of the country's grain shipments last year, according to official figures released in January.</p>
<p>Shipping agents said at least fourteen vessels were waiting at anchor outside the harbour, with more expected this week.</p>
` + foot + `
</div></article><footer>© 2025 Harbour Wire</footer></body></html>`
}

// TestWireFootCredits runs extract and normalize on the wire page with its
// credit line in the usual layouts: a paragraph of its own, one in
// parentheses with places, and a line after the body's last paragraph.
func TestWireFootCredits(t *testing.T) {
	tests := []struct {
		name, foot       string
		authors, editors []string
	}{
		{"plain paragraph", `<p>Reporting by Olena Marchuk; Editing by Mark Ellison</p>`,
			[]string{"Olena Marchuk"}, []string{"Mark Ellison"}},
		{"parenthesised with places", `<p>(Reporting by Olena Marchuk in Odesa and Dmytro Savchenko in Kyiv; Additional reporting by Lena Fischer in Berlin; Editing by Mark Ellison and Rosa Delgado)</p>`,
			[]string{"Olena Marchuk", "Dmytro Savchenko"}, []string{"Mark Ellison", "Rosa Delgado"}},
		{"line after the body", `</div><div class="story-foot"><span>Reporting by Olena Marchuk, editing by Mark Ellison</span></div><div>`,
			[]string{"Olena Marchuk"}, []string{"Mark Ellison"}},
		{"in the story's footer", `</div><footer class="article-footer"><p>Reporting by Olena Marchuk; Editing by Mark Ellison</p></footer><div>`,
			[]string{"Olena Marchuk"}, []string{"Mark Ellison"}},
		{"labels in bold", `<p><strong>Reporting by</strong> Olena Marchuk; <strong>Editing by</strong> Mark Ellison</p>`,
			[]string{"Olena Marchuk"}, []string{"Mark Ellison"}},
		{"closing the last paragraph", `<p>Shipping resumed later in the day. (Reporting by Olena Marchuk; Editing by Mark Ellison)</p>`,
			[]string{"Olena Marchuk"}, []string{"Mark Ellison"}},
		{"a credit line of two lines", `<p>Reporting by Olena Marchuk<br>Editing by Mark Ellison</p>`,
			[]string{"Olena Marchuk"}, []string{"Mark Ellison"}},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(wirePage(tt.foot)), "https://harbourwire.example/world/port-strike", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Authors, tt.authors) || !reflect.DeepEqual(a.Editors, tt.editors) {
			t.Errorf("%s: authors %q editors %q; want %q %q", tt.name, a.Authors, a.Editors, tt.authors, tt.editors)
		}
		if strings.Contains(a.Text, "Reporting by") || strings.Contains(a.Text, "Editing by") {
			t.Errorf("%s: credit line left in text: %q", tt.name, a.Text[len(a.Text)-80:])
		}
	}
}
