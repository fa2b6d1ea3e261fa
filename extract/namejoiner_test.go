package extract

import (
	"strings"
	"testing"
)

// TestNameJoinerSpacer: the shared replacer spaces a signature's joining
// marks as the replacer looksLikeNames built on every call did, and
// looksLikeNames reads invented signatures as before.
func TestNameJoinerSpacer(t *testing.T) {
	perCall := func(s string) string { return strings.NewReplacer("/", " / ", ",", " , ", "&", " & ").Replace(s) }
	for _, s := range []string{"", "Dana Whitcombe/Rina Hartono", "Tom Reed, Ann Lee & Bo Kim", "a//b,,c&&d", "Jürgen Weiß / Zoë Hart", "no joiners here"} {
		if got, want := nameJoinerSpacer.Replace(s), perCall(s); got != want {
			t.Errorf("Replace(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Dana Whitcombe/Rina Hartono":  true,
		"Tom Reed, Ann Lee & Bo Kim":   true,
		"Dana Whitcombe and Tom Reed":  true,
		"Read more: the council votes": false,
		"Dana":                         false,
	} {
		if got := looksLikeNames(s); got != want {
			t.Errorf("looksLikeNames(%q) = %v, want %v", s, got, want)
		}
	}
}
