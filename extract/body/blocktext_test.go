package body

import (
	"testing"
)

// TestBlockText holds blockText to string(tb), where the block is the
// last text node's words as they stand and where it is not, and checks
// that the first costs no allocation.
func TestBlockText(t *testing.T) {
	cases := []struct {
		tb, last string
		view     bool
	}{
		{"The tide turned before the ferry left.", "The tide turned before the ferry left.", true},
		{"The tide turned before the ferry left.", "\n   The tide turned before the ferry left.  \n", true},
		{"Ó Súilleabháin spoke at the quay.", " Ó Súilleabháin spoke at the quay.", true},
		{"The tide turned before the ferry left.", "The tide  turned before the ferry left.", false},
		{"The tide turned before the ferry left.", "The tide\nturned before the ferry left.", false},
		{"The tide turned before the ferry left.", "ferry left.", false},
		{"The tide turned before the ferry left.", "", false},
		{"Ferry", "Ferry left", false},
	}
	for _, c := range cases {
		if got := blockText([]byte(c.tb), c.last); got != c.tb {
			t.Errorf("blockText(%q, %q) = %q", c.tb, c.last, got)
		}
		if !c.view {
			continue
		}
		tb := []byte(c.tb)
		if a := testing.AllocsPerRun(20, func() { _ = blockText(tb, c.last) }); a != 0 {
			t.Errorf("blockText(%q, %q) allocates %v times, want 0", c.tb, c.last, a)
		}
	}
}
