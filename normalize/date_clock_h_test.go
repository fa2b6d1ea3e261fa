package normalize

import (
	"testing"
	"time"
)

// TestClockWithH: French and Portuguese pages write the time of day with
// an "h" ("à 14h05", "às 8h15"); the minute is read as from "14:05". A
// count of hours ("3h") or an "h" with no two-digit minute is no clock.
// The lines are invented.
func TestClockWithH(t *testing.T) {
	lx := loadLexicon()
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		loc  *time.Location
		want string
	}{
		{"Publié le 14 mars 2025 à 14h05", paris, "2025-03-14T14:05:00+01:00"},
		{"Mis à jour le 2 juin 2025 à 8h40", paris, "2025-06-02T08:40:00+02:00"},
		{"14/03/2025 08h15", time.UTC, "2025-03-14T08:15:00Z"},
		{"14 de março de 2025, às 21h30", time.UTC, "2025-03-14T21:30:00Z"},
		{"14 mars 2025, il y a 3h", paris, "2025-03-14T00:00:00+01:00"},
	}
	for _, tt := range tests {
		st, ok := lx.parseDate(tt.in, tt.loc, time.Time{})
		if got := st.t.Format(time.RFC3339); !ok || got != tt.want {
			t.Errorf("parseDate(%q) = %q (%v), want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, s := range []string{"14h5", "14h60", "25h10", "3h"} {
		if _, _, _, ok := parseClock(s); ok {
			t.Errorf("parseClock(%q) reads a clock", s)
		}
	}
}
