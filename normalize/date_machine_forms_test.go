package normalize

import (
	"testing"
	"time"
)

// TestMachineDateForms24: machine-written dates that meta tags and
// JSON-LD carry in forms the reader did not take: a Unix time in seconds
// or milliseconds, a Java zoned time with the zone's name in brackets
// after the offset, and a space before the offset. The values are
// invented.
func TestMachineDateForms24(t *testing.T) {
	lx := loadLexicon()
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"1741947300", "2025-03-14T10:15:00Z"},
		{"1741947300000", "2025-03-14T10:15:00Z"},
		{"2025-03-14T11:15:00+01:00[Europe/Berlin]", "2025-03-14T11:15:00+01:00"},
		{"2025-03-14T11:15:00.250+01:00[Europe/Berlin]", "2025-03-14T11:15:00.25+01:00"},
		{"2025-03-14T11:15:00 +01:00", "2025-03-14T11:15:00+01:00"},
		{"2025-03-14T11:15:00 +0100", "2025-03-14T11:15:00+01:00"},
	}
	for _, tt := range tests {
		st, ok := lx.parseDate(tt.in, berlin, time.Time{})
		if got := st.t.Format(time.RFC3339Nano); !ok || got != tt.want || !st.zoned || !st.hasTime {
			t.Errorf("parseDate(%q) = %q (ok %v, zoned %v), want %q", tt.in, got, ok, st.zoned, tt.want)
		}
	}
	// Numbers of other lengths are no Unix time.
	for _, s := range []string{"174194730", "17419473000", "+174194730"} {
		if st, ok := lx.parseDate(s, berlin, time.Time{}); ok {
			t.Errorf("parseDate(%q) = %v, want no date", s, st.t)
		}
	}
}
