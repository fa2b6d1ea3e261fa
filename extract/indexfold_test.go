package extract

import (
	"strings"
	"testing"
)

// TestIndexFoldASCII holds the first-byte test of indexFoldASCII to the
// plain search it stands for: strings.Index in the ASCII-lowered line.
func TestIndexFoldASCII(t *testing.T) {
	lines := []string{
		"Senin, 7 Desember 2026 14:05 WIB | DIPERBARUI 16:30 WIB",
		"Published 3 March 2026 · Updated 4 March 2026",
		"Terbit 1/2/2026 diPerbarui pukul 10.00",
		"updated",
		"Upd",
		"",
		"Kelvin \u212Apdated 2026",
		"a\x00pdated @pdated `pdated Updated",
	}
	for _, s := range lines {
		for _, sub := range []string{"updated", "diperbarui", "@pdated", "pdated", "u", "`pdated"} {
			want := strings.Index(asciiLower(s), sub)
			if got := indexFoldASCII(s, sub); got != want {
				t.Errorf("indexFoldASCII(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
	}
}
