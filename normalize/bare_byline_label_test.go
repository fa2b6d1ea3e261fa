package normalize

import (
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestBareBylineLabel: a byline label standing alone as a line of the
// body ("von", "By", "Oleh:", "Texto —"), the names it introduced set
// apart and left out, leaves the text near the body's edges; a label
// with a name after it is a byline line (read elsewhere), and a word that
// is no label, or a label inside a sentence, stays.
func TestBareBylineLabel(t *testing.T) {
	lx := loadLexicon()
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"von", true},
		{"By", true},
		{"Oleh:", true},
		{"Texto —", true},
		{"par", true},
		{"Reporter:", true},
		{"By Jana Novak", false},
		{"von Jana Novak", false},
		{"Vonn", false},
		{"Byline", false},
		{"By the harbour.", false},
		{"Harbour news", false},
	} {
		if got := lx.bareBylineLabel(tc.line); got != tc.want {
			t.Errorf("bareBylineLabel(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	story := []string{
		"Ernährung spielt im Winter eine wichtige Rolle, sagt die Ärztin aus Talhausen.",
		"Hühnersuppe, Ingwer und viel Wasser helfen dem Körper, wieder zu Kräften zu kommen.",
		"Wunder darf man davon aber keine erwarten, heißt es in der Studie der Klinik.",
	}
	// A list item that is a label's word among other items stays ("Red",
	// the Indonesian editor's label, in a list of colours); a label set
	// as a list item of its own goes.
	colours := []body.Block{{Kind: body.Paragraph, Text: "The paint comes in three colours this spring, the shop said."},
		{Kind: body.ListItem, Text: "Blue"}, {Kind: body.ListItem, Text: "Red"}, {Kind: body.ListItem, Text: "Green"}}
	p := &extract.Page{URL: "https://www.talpost.example/home/paint", SiteName: "Talpost", Title: "Paint", Body: colours}
	if got := Normalize(p, Options{}).Text; !strings.Contains(got, "Red") {
		t.Errorf("list item \"Red\" left the text: %q", got)
	}
	lone := []body.Block{{Kind: body.Paragraph, Text: story[0]}, {Kind: body.ListItem, Text: "von"}, {Kind: body.Paragraph, Text: story[1]}, {Kind: body.Paragraph, Text: story[2]}}
	p = &extract.Page{URL: "https://www.talpost.example/gesundheit/suppe", SiteName: "Talpost", Title: "Suppe hilft", Body: lone}
	if got, want := Normalize(p, Options{}).Text, strings.Join(story, "\n\n"); got != want {
		t.Errorf("label as a lone list item: text %q, want %q", got, want)
	}
	for _, label := range []string{"von", "Von:", "By", "Oleh"} {
		blocks := []body.Block{{Kind: body.Paragraph, Text: story[0]}, {Kind: body.Paragraph, Text: label}}
		for _, s := range story[1:] {
			blocks = append(blocks, body.Block{Kind: body.Paragraph, Text: s})
		}
		p := &extract.Page{URL: "https://www.talpost.example/gesundheit/suppe", SiteName: "Talpost", Title: "Suppe hilft", Body: blocks}
		if got, want := Normalize(p, Options{}).Text, strings.Join(story, "\n\n"); got != want {
			t.Errorf("label %q: text %q, want %q", label, got, want)
		}
	}
}
