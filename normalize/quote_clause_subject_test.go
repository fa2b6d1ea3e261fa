package normalize

import (
	"strings"
	"testing"
)

// TestReportingVerbPastObject holds a verb that reaches its "that" past
// a short object or adverbial ("told US media this month that …", "warned
// lawmakers in a hearing that …"): the verb leads into the quote and its
// own subject speaks, also when an earlier clause of the sentence, joined
// by "but", "aber", "pero", names someone else. Invented wording.
func TestReportingVerbPastObject(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"en", []string{`President Alan Brock wants out, but General Mark Tilley, chairman of the Joint Chiefs of Staff, told US media this month that troops are likely to stay "for several more years to come".`},
			[]string{"Mark Tilley|told|for several"}},
		{"en", []string{`Alan Brock spoke first. Mark Tilley warned lawmakers in a hearing that the troops would stay "for several more years to come".`},
			[]string{"Mark Tilley|warned|for several"}},
		{"en", []string{`The mayor wants a new bridge, but Councillor Ruth Penrose told the meeting on Tuesday that the money "is simply not there this year".`},
			[]string{"Ruth Penrose|told|is simply"}},
		{"es", []string{`El alcalde Luis Ferrán quiere un puente nuevo, pero la concejala Marta Ibáñez dijo en el pleno que el dinero "no está disponible este año".`},
			[]string{"Marta Ibáñez|dijo|no está"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: tt.lang}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
