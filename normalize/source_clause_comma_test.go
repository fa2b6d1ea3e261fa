package normalize

import (
	"fmt"
	"testing"
)

// TestSourceAfterClauseComma: the outlet before a reporting verb ends at
// the comma that closes the clause before it ("… on Monday, Osprey Wire
// reported"): the day, the place or the date before the comma is no part
// of its name.
func TestSourceAfterClauseComma(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"The ferry service resumed on Monday, Osprey Wire reported.", []string{"Osprey Wire"}},
		{"The ferry service resumed on Monday, Reuters reported.", []string{"Reuters"}},
		{"The ferry service resumed Tuesday, CNN reported, citing port officials.", []string{"CNN"}},
		{"The ferry service resumed in Port Ellis, Bloomberg News reported.", []string{"Bloomberg News"}},
		{"Layanan feri kembali berjalan Senin, Osprey Wire melaporkan.", []string{"Osprey Wire"}},
		{"The ferry service resumed, the Lakeside Courier reported.", []string{"Lakeside Courier"}},
		{"Lakeside Courier reported that the ferry service resumed.", []string{"Lakeside Courier"}},
	}
	for _, tc := range tests {
		got := lx.readSources([]string{tc.para}, "Kestrel Gazette", "kestrelgazette.example")
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: sources %q, want %q", tc.para, got, tc.want)
		}
	}
}
