package normalize

import (
	"testing"
	"time"
)

// dateCase is a date line and the instant parseDate should read from it
// (RFC 3339; "" for none), on a UTC site.
type dateCase struct{ in, want string }

// checkParseDates runs parseDate over each case as fetched on 10 December
// 2026 at 16:00 UTC, so a date line without a year reads as one of 2026.
func checkParseDates(t *testing.T, lx *lexicon, cases []dateCase) {
	t.Helper()
	fetched := time.Date(2026, 12, 10, 16, 0, 0, 0, time.UTC)
	for _, tt := range cases {
		st, ok := lx.parseDate(tt.in, time.UTC, fetched)
		got := ""
		if ok {
			got = st.t.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
