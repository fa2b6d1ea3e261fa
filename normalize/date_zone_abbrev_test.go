package normalize

import (
	"testing"
	"time"
)

// TestZoneAbbreviations24: a visible date line that names its zone by one
// of the unambiguous abbreviations of Africa, Asia, Russia or Brazil gives that offset,
// not the site's default. Abbreviations that are words ("cat", "art",
// "west") or name two zones ("ast", "amt") stay out. The lines are
// invented.
//
// "WAT" (West Africa) is left out too: it is Dutch for "what".
func TestZoneAbbreviations24(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ in, want string }{
		{"Published 14 March 2025, 08:15 EAT", "2025-03-14T08:15:00+03:00"},
		{"March 14, 2025 08:15 PKT", "2025-03-14T08:15:00+05:00"},
		{"Friday, 14 Mar 2025 8:15 PM MYT", "2025-03-14T20:15:00+08:00"},
		{"March 14, 2025 - 8:15 PM PHT", "2025-03-14T20:15:00+08:00"},
		{"14 March 2025, 08:15 NPT", "2025-03-14T08:15:00+05:45"},
		{"14/03/2025 08:15 ICT", "2025-03-14T08:15:00+07:00"},
		{"14 March 2025, 08:15 MSK", "2025-03-14T08:15:00+03:00"},
		{"14/03/2025 08h15 BRT", "2025-03-14T08:15:00-03:00"},
	}
	for _, tt := range tests {
		st, ok := lx.parseDate(tt.in, time.UTC, time.Time{})
		if got := st.t.Format(time.RFC3339); !ok || got != tt.want {
			t.Errorf("parseDate(%q) = %q (%v), want %q", tt.in, got, ok, tt.want)
		}
	}
}
