package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// quoteCase is an invented article's paragraphs and the quotes its reader
// must find, each as "speaker: first words of the text", in order.
type quoteCase struct {
	name  string
	lang  string
	paras []string
	want  []string
}

// checkQuotes reads each case's paragraphs as one article and fails when
// the quotes differ in number, or a quote's "speaker: text" does not
// start with the wanted prefix.
func checkQuotes(t *testing.T, lx *lexicon, cases []quoteCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
				got = append(got, q.Speaker+": "+q.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotes\n got %q\nwant %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("quote %d\n got %q\nwant %q…\nof %s", i, got[i], tt.want[i], fmt.Sprint(tt.paras))
				}
			}
		})
	}
}

// checkSpeakers reads each case's paragraphs as one article and fails
// when the speakers of the quotes found, in order, differ from want.
func checkSpeakers(t *testing.T, lx *lexicon, cases []quoteCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
				got = append(got, q.Speaker)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("speakers\n got %q\nwant %q\nof %s", got, tt.want, strings.Join(tt.paras, "\n"))
			}
		})
	}
}
