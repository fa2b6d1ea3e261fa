package normalize

import (
	"strings"
	"testing"
)

// TestIndefiniteSubjectPhrase holds speakers the article does not name,
// given before the verb by an indefinite article and a noun phrase whose
// head comes after a qualifier ("a police spokesperson", "a senior
// official"): the phrase is written whole, up to its head, not cut after
// its second word. Invented wording.
func TestIndefiniteSubjectPhrase(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		paras []string
		want  []string
	}{
		{[]string{`"We have a suspect in custody tonight," a police spokesperson said.`},
			[]string{"a police spokesperson|said|We have"}},
		{[]string{`"The bridge will stay shut until spring," a county spokeswoman told reporters.`},
			[]string{"a county spokeswoman|told|The bridge"}},
		{[]string{`"Nobody saw the truck until it was too late," a witness said.`},
			[]string{"a witness|said|Nobody saw"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: "en"}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
