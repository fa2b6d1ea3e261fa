package normalize

import (
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestAuthorNote covers the author's note closing a story, in several
// languages, and the look-alikes that stay in the text.
func TestAuthorNote(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para    string
		authors []string
		want    bool
	}{
		{"Priya Nandakumar is the Ledger's consumer editor and tests every gadget she writes about.", []string{"Priya Nandakumar"}, true},
		{"Tom Aldous's book on river towns, \"Upstream\" (Harbour Press, 2021), is out now. Follow him on Twitter @tomaldous.", []string{"Tom Aldous"}, true},
		{"Tom Aldous’s new novel comes out in May.", []string{"Kit Moreno", "Tom Aldous"}, true},
		{"Jana Weller schreibt seit 2010 über Verkehr und Stadtplanung.", []string{"Jana Weller"}, true},
		{"Lucía Ferrer es periodista y cubre la política municipal.", []string{"Lucía Ferrer"}, true},
		{"Rina Lestari adalah wartawan desk ekonomi.", []string{"Rina Lestari"}, true},
		// Look-alikes: the name inside, a name of one word, another person.
		{"Ask Nora is written by Nora Quill. Write to her at the address below.", []string{"Nora Quill"}, false},
		{"Regan is a mother of two who loves hiking.", []string{"Regan"}, false},
		{"Martin Crowe is expected in court on Monday.", []string{"Priya Nandakumar"}, false},
		{"Priya Nandakumar said the vote was close.", []string{"Priya Nandakumar"}, false},
	}
	for _, tt := range tests {
		if got := lx.isAuthorNote(tt.para, tt.authors); got != tt.want {
			t.Errorf("isAuthorNote(%q, %q) = %v, want %v", tt.para, tt.authors, got, tt.want)
		}
	}
}

// TestAuthorNoteLeadAndRuns: a note may open with a few words that
// describe the author before the name ("Die Kölner Ärztin Mara Lenz ist
// …"), several writers' notes close the story one after another, and
// markup may break one note over paragraphs ("… Ines Kuyper" / "is a
// lecturer …"): all leave the text, the story's own last sentence stays.
func TestAuthorNoteLeadAndRuns(t *testing.T) {
	lx := loadLexicon()
	leads := []struct {
		para    string
		authors []string
		want    bool
	}{
		{"Die Kölner Ärztin Mara Lenz ist Mitgründerin eines Vereins für Geflüchtete.", []string{"Mara Lenz"}, true},
		{"Historian Owen Achterberg is the author of three books on the canal towns.", []string{"Owen Achterberg"}, true},
		// A sentence before the name is no description of her.
		{"After the vote, Owen Achterberg is leaving the council.", []string{"Owen Achterberg"}, false},
		{"The mayor told Owen Achterberg is wrong, she said.", []string{"Owen Achterberg"}, false},
	}
	for _, tt := range leads {
		if got := lx.isAuthorNote(tt.para, tt.authors); got != tt.want {
			t.Errorf("isAuthorNote(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
	story := []string{
		"The city's informal traders have asked for shelters and water points at the new market.",
		"The council says it will answer their petition before the budget vote in March.",
	}
	runs := []struct {
		name  string
		notes []string
	}{
		{"two notes", []string{"Ines Kuyper is a lecturer in urban planning.", "Bongani Dlamini is a researcher at the city observatory."}},
		{"one note broken over paragraphs", []string{"Ines Kuyper is a lecturer in urban planning. Bongani Dlamini", "is a researcher at the city observatory."}},
		{"broken twice", []string{"Ines Kuyper is a lecturer in urban planning. Bongani Dlamini", "is a researcher at the city observatory. Thandi Mokoena", "Is a visiting fellow at the university."}},
	}
	for _, tc := range runs {
		var blocks []body.Block
		for _, s := range append(append([]string{}, story...), tc.notes...) {
			blocks = append(blocks, body.Block{Kind: body.Paragraph, Text: s})
		}
		p := &extract.Page{URL: "https://www.capeledger.example/opinion/traders", SiteName: "Cape Ledger", Title: "Traders need shelter",
			Bylines: []extract.Field{{Value: "By Ines Kuyper, Bongani Dlamini and Thandi Mokoena", Source: "byline"}}, Body: blocks}
		got := Normalize(p, Options{}).Text
		if want := strings.Join(story, "\n\n"); got != want {
			t.Errorf("%s: text %q, want %q", tc.name, got, want)
		}
	}
}
