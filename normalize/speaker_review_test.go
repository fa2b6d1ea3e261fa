package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// TestReviewClasses holds the failure classes an unlabelled review of
// pages from many publishers found (several publishers each), in
// invented articles: each case lists every quote as "speaker|text".
func TestReviewClasses(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		lang  string
		paras []string
		want  []string
	}{
		// Mixed marks: a curly opener closed by a straight mark, and the
		// other way round.
		{"curly open, straight close, en", "en", []string{
			`Marta Quenell spoke first at the hearing.`,
			`“When the river rises this fast, nobody has time to move the cattle," said Desmond Harrow, a farmer from the valley.`,
		}, []string{"Desmond Harrow|When the river rises this fast, nobody has time to move the cattle"}},
		{"straight open, curly close, en", "en", []string{
			`After the vote, Councillor Imelda Vance issued a statement, saying, "I am proud of what this town decided tonight.”`,
		}, []string{"Imelda Vance|I am proud of what this town decided tonight."}},
		{"broken quote in mixed marks, en", "en", []string{
			`Tobias Renner, who represents the tenants, welcomed the ruling.`,
			`“Thirty years of renting in this city," he said, "have taught me to expect nothing from landlords.”`,
		}, []string{"Tobias Renner|Thirty years of renting in this city", "Tobias Renner|have taught me to expect nothing from landlords."}},
		{"inner straight quotes stay inside curly, en", "en", []string{
			`“They called it the "green corridor" plan, and nobody read it,” said Ayla Brandt.`,
		}, []string{`Ayla Brandt|They called it the "green corridor" plan, and nobody read it`}},
		{"mixed marks, de", "de", []string{
			`„Wir haben die Schäden noch lange nicht im Griff", sagte Bürgermeisterin Henrike Laue.`,
		}, []string{"Henrike Laue|Wir haben die Schäden noch lange nicht im Griff"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
				got = append(got, q.Speaker+"|"+q.Text)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quotes\n got %q\nwant %q\nof %s", got, tt.want, strings.Join(tt.paras, "\n"))
			}
		})
	}
}
