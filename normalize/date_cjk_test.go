package normalize

import (
	"testing"
	"time"
)

// TestCJKDates: a visible date written with the Chinese, Japanese or
// Korean signs for year, month, day, hour and minute reads as the
// numeric form does. The lines are invented.
func TestCJKDates(t *testing.T) {
	lx := loadLexicon()
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"2025年3月14日 10時15分", "2025-03-14T10:15:00+09:00"},
		{"2025年03月14日(金) 10:15", "2025-03-14T10:15:00+09:00"},
		{"公開日：2025年3月14日", "2025-03-14T00:00:00+09:00"},
		{"2025년 3월 14일 10:15", "2025-03-14T10:15:00+09:00"},
		{"입력 2025년 3월 14일 10시 15분", "2025-03-14T10:15:00+09:00"},
		{"发布时间：2025年3月14日 10:15", "2025-03-14T10:15:00+09:00"},
	}
	for _, tt := range tests {
		st, ok := lx.parseDate(tt.in, tokyo, time.Time{})
		if got := st.t.Format(time.RFC3339); !ok || got != tt.want {
			t.Errorf("parseDate(%q) = %q (%v), want %q", tt.in, got, ok, tt.want)
		}
	}
	// A sign after no digit is a word's, not a date's.
	if got := cjkDate("서울시 2025년 일요일"); got != "서울시 2025/일요일" {
		t.Errorf("cjkDate = %q", got)
	}
}
