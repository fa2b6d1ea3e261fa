package body

import "testing"

// TestDatelineStub: a dateline printed as a block of its own, before the
// paragraph it opens, is kept for normalize to read: a few words ending
// in a dash, or an outlet's address and a place parted by a comma. Short
// lines of other shapes are not stubs.
func TestDatelineStub(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Jakarta -", true},
		{"JAKARTA, KABARKU.COM -", true},
		{"Warta.co.id, Kupang", true},
		{"PALU, BERITAKU.COM", true},
		{"Beritaku.com, Jakarta Selatan", true},
		{"Jakarta, Indonesia", false},
		{"Share, Tweet", false},
		{"Read more at beritaku.com, or call us", false},
		{"Beritaku.com, Jakarta, Indonesia", false},
		{"Tags: banjir, kupang", false},
	}
	for _, tt := range tests {
		if got := datelineStub(tt.line); got != tt.want {
			t.Errorf("datelineStub(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
