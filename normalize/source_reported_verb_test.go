package normalize

import (
	"fmt"
	"testing"
)

// TestSourceReportedBeforeOutlet: "…, reported X." cites X as "X
// reported" does; "reported" before anything that is no outlet cites no
// one.
func TestSourceReportedBeforeOutlet(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"The ferry service resumed on Monday, reported Osprey Wire.", []string{"Osprey Wire"}},
		{"The ferry service resumed on Monday, reported the Lakeside Courier.", []string{"Lakeside Courier"}},
		{"As reported in the Lakeside Courier, the ferry service resumed.", []string{"Lakeside Courier"}},
		{"The port authority reported losses of $3 million.", []string{}},
		{"Police reported Kestrel Street closed after the crash.", []string{}},
	}
	for _, tc := range tests {
		got := lx.readSources([]string{tc.para}, "Kestrel Gazette", "kestrelgazette.example")
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: sources %q, want %q", tc.para, got, tc.want)
		}
	}
}
