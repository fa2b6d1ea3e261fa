package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestSyndicationLinesMoreLanguages: the line naming the outlet a story
// first ran in, in French, Italian, Portuguese and Dutch, gives that
// outlet as the source and leaves the text.
func TestSyndicationLinesMoreLanguages(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"Cet article a été publié initialement par Le Courrier du Lac.", "Le Courrier du Lac"},
		{"Cet article a été publié à l'origine sur Osprey Wire.", "Osprey Wire"},
		{"Questo articolo è stato pubblicato originariamente su Osprey Wire.", "Osprey Wire"},
		{"Este artigo foi publicado originalmente no Correio do Lago.", "Correio do Lago"},
		{"Este artigo foi publicado originalmente em Osprey Wire.", "Osprey Wire"},
		{"Dit artikel verscheen eerder in Osprey Wire.", "Osprey Wire"},
		{"Dit artikel is eerder gepubliceerd op Osprey Wire.", "Osprey Wire"},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/bridge", SiteName: "Kestrel Gazette", Title: "Bridge reopens",
			Body: []body.Block{
				{Kind: body.Paragraph, Text: "The harbour bridge reopened on Tuesday after three months of repairs."},
				{Kind: body.Paragraph, Text: "Traffic was light in the first hours, the port authority said."},
				{Kind: body.Paragraph, Text: tc.line},
			}}
		a := Normalize(p, Options{})
		if !slices.Equal(a.Sources, []string{tc.want}) {
			t.Errorf("%q: sources %q, want [%q]", tc.line, a.Sources, tc.want)
		}
		if strings.Contains(a.Text, tc.want) {
			t.Errorf("%q: the line stays in the text", tc.line)
		}
	}
}
