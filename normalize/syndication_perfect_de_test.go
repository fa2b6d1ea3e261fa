package normalize

import (
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestSyndicationGermanPerfect covers the German note that a piece ran
// elsewhere first, in the perfect with its verb after the outlet
// ("Dieser Text ist zuerst auf X erschienen", "… ist zuerst im X
// erschienen"): the outlet is the source and the note leaves the text,
// as the simple past's note does.
func TestSyndicationGermanPerfect(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"bei with article", "Dieser Artikel ist zuerst bei der Nordsee Rundschau erschienen.", []string{"Nordsee Rundschau"}},
		{"auf a domain", "Dieser Text ist zuerst auf hafenblatt.de erschienen.", []string{"hafenblatt.de"}},
		{"im", "Dieser Beitrag ist zuerst im Hafenkurier erschienen.", []string{"Hafenkurier"}},
	})
	p := &extract.Page{URL: "https://www.elbbote.de/politik/rat", SiteName: "Elbbote", Title: "Der Rat",
		Body: []body.Block{{Text: "Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen."},
			{Text: "Die Opposition kündigte an, gegen den Entwurf zu klagen."},
			{Text: "Dieser Text ist zuerst auf hafenblatt.de erschienen."}}}
	a := Normalize(p, Options{})
	if strings.Contains(a.Text, "zuerst") {
		t.Errorf("syndication note left in text: %q", a.Text)
	}
}
