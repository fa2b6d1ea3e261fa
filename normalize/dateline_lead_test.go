package normalize

import (
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestDatelineFromLead: a dateline printed in the standfirst box over the
// story (extract.Page.Lead) is the dateline when the body's own head has
// none; the body's own wins, and a box's label or a photo caption is none.
func TestDatelineFromLead(t *testing.T) {
	paras := []string{
		"Die Stadtwerke haben am Dienstag neue Preise für Fernwärme vorgelegt, die ab dem Frühjahr gelten.",
		"Ein Sprecher sagte, die Kosten seien im vergangenen Jahr deutlich gestiegen.",
	}
	tests := []struct {
		name, lead, first, want string
	}{
		{"city and full stop", "Hamburg. Fernwärme wird im Frühjahr teurer. Was Kunden jetzt wissen müssen.", "", "Hamburg"},
		{"city named again in the story", "Lüdenscheid. Fernwärme wird teurer.", "In Lüdenscheid zahlen Kunden bald mehr. Die Stadtwerke haben neue Preise vorgelegt.", "Lüdenscheid"},
		{"upper case and dash", "LEEDS — The council will vote on new parking charges next week.", "", "LEEDS"},
		{"agency in brackets", "Wien (APA) - Die Regierung legt ein neues Budget vor.", "", "Wien"},
		{"the body's own wins", "Hamburg. Fernwärme wird teurer.", "Bremen. Die Stadtwerke haben am Dienstag neue Preise vorgelegt.", "Bremen"},
		{"a label with a colon", "BESUCH: Die Sängerin bekam Besuch von ihrem Manager im Krankenhaus.", "", ""},
		{"a photo agency's caption", "WASHINGTON, DC - MARCH 3: Senator Ada Kline speaks during a hearing on Capitol Hill.", "", ""},
		{"no place", "Fernwärme wird im Frühjahr teurer. Was Kunden jetzt wissen müssen.", "", ""},
	}
	for _, tt := range tests {
		ps := paras
		if tt.first != "" {
			ps = append([]string{tt.first}, paras...)
		}
		var blocks []body.Block
		for _, p := range ps {
			blocks = append(blocks, body.Block{Kind: body.Paragraph, Text: p})
		}
		p := &extract.Page{URL: "https://www.stadtkurier.example/lokales/fernwaerme", SiteName: "Stadtkurier", Title: "Fernwärme wird teurer",
			Lead: tt.lead, Body: blocks}
		got := ""
		if dl := Normalize(p, Options{}).Dateline; dl != nil {
			got = dl.Place
		}
		if got != tt.want {
			t.Errorf("%s: place %q, want %q", tt.name, got, tt.want)
		}
	}
}
