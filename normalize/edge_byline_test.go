package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestEdgeBylineBlocks: a byline line the body keeps at an edge of the
// text is read and leaves the text; one that names only the site itself
// in a form the credit reader refuses ("Par Les Echos" on lesechos.fr:
// an article opens it) leaves the text too. (Whether the site as the
// whole byline is its author is the credit reader's call, not this
// test's: FIELDS.md and the fundus labels part there.)
func TestEdgeBylineBlocks(t *testing.T) {
	prose := []string{
		"The harbour authority said on Monday that dredging of the northern channel would begin in the spring.",
		"Shipping companies have asked for the work to be done at night so that the ferries keep their timetable.",
		"The council will hear residents' objections at a public meeting in the town hall next month.",
	}
	tests := []struct {
		name, line string
		head       bool
		authors    []string
	}{
		{"writer and e-mail over the story", "By Maren Holt | mholt@harbourpost.example", true, []string{"Maren Holt"}},
		{"writer under the story", "By Maren Holt and Idris Bello", false, []string{"Maren Holt", "Idris Bello"}},
		{"the site with its article under the story", "Par Les Quais", false, []string{"?"}},
		{"the site with its article over the story", "By The Harbour Post", true, []string{"?"}},
		{"the site's domain word", "Von lesquais", false, []string{"?"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var blocks []body.Block
			for _, s := range prose {
				blocks = append(blocks, body.Block{Kind: body.Paragraph, Text: s})
			}
			line := body.Block{Kind: body.Paragraph, Text: tc.line}
			if tc.head {
				blocks = append([]body.Block{line}, blocks...)
			} else {
				blocks = append(blocks, line)
			}
			site := "Harbour Post"
			if strings.Contains(tc.line, "Quais") || strings.Contains(tc.line, "lesquais") {
				site = "Les Quais"
			}
			p := &extract.Page{URL: "https://www.lesquais.example/news/dredging", SiteName: site, Title: "Dredging to begin", Body: blocks}
			got := Normalize(p, Options{})
			if strings.Contains(got.Text, tc.line) {
				t.Errorf("line %q left in the text", tc.line)
			}
			a := got.Authors
			if len(a) == 0 {
				a = nil
			}
			if !slices.Equal(tc.authors, []string{"?"}) && !slices.Equal(a, tc.authors) {
				t.Errorf("authors %q, want %q", a, tc.authors)
			}
		})
	}
}
