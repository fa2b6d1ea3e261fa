package normalize

import (
	"fmt"
	"testing"
)

// TestRoleNounQualifiers: a role noun whose head title two people share
// ("chief") stands for the one whose role the words before the head
// narrow to ("the police chief" for the chief introduced as the police
// chief), whether the person was introduced with the office before the
// name or in an apposition after it; with no narrowing word, the most
// recent holder of the title, as before.
func TestRoleNounQualifiers(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"apposition, then another chief", []string{
			`“We closed the bridge before the river peaked,” Anouk Verhaegen, the county's fire chief, said on Sunday.`,
			`“The insurers will have to move faster this time,” said Tomas Ilunga, the chief executive of Larkfield Mutual.`,
			`“Nobody was hurt, and that is what matters tonight,” the fire chief said.`,
		}, []string{"Anouk Verhaegen", "Tomas Ilunga", "Anouk Verhaegen"}},
		{"office before the name", []string{
			`Finance Director Oriel Mbatha presented the draft budget to the council on Thursday.`,
			`“Every department will see its share cut by a tenth,” Mbatha said.`,
			`“We cannot staff the clinics on this money,” said Ruben Salo, the health director.`,
			`“The cuts are the price of last year's overspend,” the finance director said.`,
		}, []string{"Oriel Mbatha", "Ruben Salo", "Oriel Mbatha"}},
		{"the narrowing word picks the later one too", []string{
			`“The harbour will reopen by Friday,” said Ines Cardew, the port director.`,
			`“We expect the first ferries on Saturday morning,” said Jalen Brooks, the transport director.`,
			`“Freight will wait until the channel is surveyed again,” the port director said.`,
			`“Buses will replace the ferries until then,” the transport director said.`,
		}, []string{"Ines Cardew", "Jalen Brooks", "Ines Cardew", "Jalen Brooks"}},
		{"no narrowing word: the most recent", []string{
			`“We closed the bridge before the river peaked,” Anouk Verhaegen, the county's fire chief, said on Sunday.`,
			`“The insurers will have to move faster this time,” said Tomas Ilunga, the chief executive of Larkfield Mutual.`,
			`“Claims will be paid within the month,” the chief said.`,
		}, []string{"Anouk Verhaegen", "Tomas Ilunga", "Tomas Ilunga"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readArticleQuotes(articleInfo{lang: "en"}, tt.paras) {
			got = append(got, q.Speaker)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
