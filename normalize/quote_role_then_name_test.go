package normalize

import (
	"strings"
	"testing"
)

// TestRoleThenNameAfterComma holds speakers given after the verb by a
// role that names no one ("one of the residents", "seorang warga", "ein
// Anwohner") and then, set off by a comma, the person's name: the name
// is the speaker, not the role. A role followed by a relative clause
// stays the speaker as written. Invented wording.
func TestRoleThenNameAfterComma(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"id", []string{`"Saya kira ada gempa besar tadi malam," ucap seorang warga, Siti Aminah.`},
			[]string{"Siti Aminah|ucap|Saya kira"}},
		{"id", []string{`"Saya kira ada gempa besar tadi malam," ucap salah satu warga, Siti.`},
			[]string{"Siti|ucap|Saya kira"}},
		{"en", []string{`"I thought it was an earthquake at first," said a resident, Tom Arlo.`},
			[]string{"Tom Arlo|said|I thought"}},
		{"de", []string{`„Ich dachte zuerst an ein Erdbeben“, sagte ein Anwohner, Tom Arlo.`},
			[]string{"Tom Arlo|sagte|Ich dachte"}},
		{"fr", []string{`« J'ai d'abord cru à un tremblement de terre », raconte une habitante, Marie Lenoir.`},
			[]string{"Marie Lenoir|raconte|J'ai d'abord"}},
		{"en", []string{`"I thought it was an earthquake at first," said one of the residents, who asked not to be named.`},
			[]string{"one of the residents|said|I thought"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: tt.lang}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
