package normalize

import (
	"strings"
	"testing"
)

// TestInitialsAsGivenName holds names whose given name is two initials
// in capitals ("JD Vance", "BJ Habibie" shapes): the run is a person's
// name, not an acronym's body before a surname, and the surname alone
// later is that person. An acronym of three letters before a name stays an
// organisation's. Invented wording.
func TestInitialsAsGivenName(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"en", []string{`"We will not give up on this town," said TK Marlowe.`},
			[]string{"TK Marlowe|said|We will"}},
		{"en", []string{`RJ Dunmore spoke to the crowd for an hour.`, `"Nobody in this county should have to choose between rent and food," Dunmore said.`},
			[]string{"RJ Dunmore|said|Nobody in"}},
		{"id", []string{`"Kami akan terus mengawal kasus ini sampai tuntas," kata BK Wirananda.`},
			[]string{"BK Wirananda|kata|Kami akan"}},
		{"id", []string{`"Kami akan terus mengawal kasus ini sampai tuntas," kata Ketua KPK Rudi Hartawan.`},
			[]string{"Rudi Hartawan|kata|Kami akan"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: tt.lang}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
