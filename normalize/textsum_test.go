package normalize

import (
	"crypto/sha256"
	"strings"
	"testing"
)

// TestTextSum holds textSum to sha256.Sum256 of the text's bytes, and
// checks that it copies nothing: a record's body is kilobytes long.
func TestTextSum(t *testing.T) {
	long := strings.Repeat("The ferry to the outer islands leaves at dawn. ", 200)
	for _, s := range []string{"", "a", "Déjà vu at the harbour café", long} {
		if got, want := textSum(s), sha256.Sum256([]byte(s)); got != want {
			t.Errorf("textSum(%.20q) = %x, want %x", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(20, func() { _ = textSum(long) }); n != 0 {
		t.Errorf("textSum of %d bytes allocates %v times, want 0", len(long), n)
	}
}
