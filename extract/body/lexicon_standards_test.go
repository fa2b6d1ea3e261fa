package body

import "testing"

// TestEditorialStandardsLines: a story's closing link to the outlet's
// editorial standards leaves the text; prose about standards stays.
func TestEditorialStandardsLines(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text string
		want verdict
	}{
		{"Our Standards: The Harbour Wire Trust Principles.", drop},
		{"Our Standards", drop},
		{"Learn more about our editorial standards and how we correct errors.", drop},
		{"Read our editorial standards", drop},
		{"Editorial Standards", drop},
		{"Editorial Guidelines", drop},
		{"Editorial standards at the paper were tightened after the inquiry, the report said.", keep},
		{"Our standards for the new ferry terminal are stricter than any port's, the harbour master said.", keep},
		{"Why you can trust a vote that was counted twice is the question the council faces.", keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, 0); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
