package normalize

import (
	"fmt"
	"testing"
)

// TestReportedWithTimeAdverbial: ", X reported" cites an unknown outlet
// when a time adverbial closes it ("earlier this week,", "last month."),
// as a day or a full stop does; a company reporting its figures, or a
// person, is still no outlet.
func TestReportedWithTimeAdverbial(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"The plan, Harbour Watch reported earlier this week, has divided the council.", []string{"Harbour Watch"}},
		{"The ferry will stop running in March, the Eastvale Sentinel reported last month.", []string{"Eastvale Sentinel"}},
		{"The mayor has resigned, Kestrel Wire reported overnight.", []string{"Kestrel Wire"}},
		{"Revenue rose 8 percent, Larkfield Mills reported earlier this week, beating forecasts.", nil},
		{"The decision came after months of delay, Priya Thornbury reported last week.", nil},
		// No time adverbial closes it: unread, as before.
		{"The plan, Harbour Watch reported with some alarm, has divided the council.", nil},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{tt.para}, "", "example.org")
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.para, got, tt.want)
		}
	}
}
