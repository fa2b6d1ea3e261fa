package normalize

import (
	"strings"
	"testing"
)

// TestAffixHelpersAgree checks the helpers against the concatenations they
// stand for.
func TestAffixHelpersAgree(t *testing.T) {
	words := []string{"", " ", "/", "news", "news/", "a news", "a-news", "warta.com/x", "warta.com", "x.com/", ".com/", "by ", "by", "by jane", "bya", "le monde/", "monde"}
	parts := []string{"", "news", ".com", "by", "a", "monde", "x"}
	for _, s := range words {
		for _, p := range parts {
			if got, want := hasSuffixAfter(s, ' ', p), strings.HasSuffix(s, " "+p); got != want {
				t.Errorf("hasSuffixAfter(%q, ' ', %q) = %v, want %v", s, p, got, want)
			}
			if got, want := hasPrefixBefore(s, p, ' '), strings.HasPrefix(s, p+" "); got != want {
				t.Errorf("hasPrefixBefore(%q, %q, ' ') = %v, want %v", s, p, got, want)
			}
			if got, want := containsFollowedBy(s, p, '/'), strings.Contains(s, p+"/"); got != want {
				t.Errorf("containsFollowedBy(%q, %q, '/') = %v, want %v", s, p, got, want)
			}
		}
	}
}
