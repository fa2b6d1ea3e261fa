package normalize

import (
	"strings"
	"testing"
)

// TestOutletJobBeforeName holds a speaker named after the verb with an
// outlet and a newsroom job before the name ("said Valley Ledger editor
// Rosa Finch"): the job is a [byline-job] noun, and like an office's
// title after its body it leaves the name alone. Invented wording.
func TestOutletJobBeforeName(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		paras []string
		want  []string
	}{
		{[]string{`"We cannot wait any longer for this money," said Valley Ledger editor Rosa Finch.`},
			[]string{"Rosa Finch|said|We cannot"}},
		{[]string{`"Readers noticed the change within a week," said Harbor Courier columnist Dev Ramaswamy.`},
			[]string{"Dev Ramaswamy|said|Readers noticed"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: "en"}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
