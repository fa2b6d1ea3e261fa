package normalize

import (
	"slices"
	"testing"
)

// TestSourceGuillemetsAndKindCompounds: German, Danish and Czech set a
// cited title in »…« (the guillemets pointing inward, the other way from
// French «…»), which opens and closes a name as „…“ does; and German
// joins a word to the noun of an outlet's kind ("US-Sender",
// "Tech-Magazin", "Online-Zeitung"), a compound that introduces the name
// after it as the noun alone does and is no part of it. Look-alikes: the
// compound with no name after it, a name whose own last part is the noun
// ("Ostsee-Zeitung").
func TestSourceGuillemetsAndKindCompounds(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"Das Gerät kommt im Juli, wie das Magazin »Talmobile« berichtet.", []string{"Talmobile"}},
		{"Das Gerät kommt im Juli, sagte die Ministerin dem Magazin »Talmobile«.", []string{"Talmobile"}},
		{"Das Gerät kommt im Juli, wie die »Talboter Post« berichtet.", []string{"Talboter Post"}},
		{"Das Gerät kommt im Juli, wie der US-Sender Talbot TV berichtet.", []string{"Talbot TV"}},
		{"Das Gerät kommt im Juli, wie das US-Magazin »Talmobile« berichtet.", []string{"Talmobile"}},
		{"Das Gerät kommt im Juli, berichtet das Tech-Magazin Talmobile.", []string{"Talmobile"}},
		{"Das Gerät kommt im Juli, sagte die Ministerin der Online-Zeitung „Talboter Blick“.", []string{"Talboter Blick"}},
		{"Das Gerät kommt im Juli, sagte sie im US-Sender Talbot TV.", []string{"Talbot TV"}},
		{"Das Gerät kommt im Juli, wie die Wendel-Zeitung berichtet.", []string{"Wendel-Zeitung"}},
		{"Der US-Sender überträgt das Spiel im Juli.", nil},
		{"Die Ministerin sprach mit dem US-Sender über den Plan.", nil},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{tt.para}, "Valley Ledger", "valleyledger.example")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sources %q, want %q", tt.para, got, tt.want)
		}
	}
}
