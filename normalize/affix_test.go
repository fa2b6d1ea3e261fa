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

// TestPlainWords checks plainWords against what it stands for: the words
// rejoined are the line, and none is in the set.
func TestPlainWords(t *testing.T) {
	set := map[string]bool{"in": true, "di": true}
	for _, s := range []string{
		"", " ", "Reporting by Ana Lind", "Reporting by Ana Lind in Oslo", "Reporting  by Ana", " Reporting by",
		"Reporting by ", "Reporting\tby", "Reporting\u00a0by", "Reporting\u2003by", "Oleh Sari di Medan", "in", "Ïn è", "a\u0085b", "x\xffy z",
	} {
		want := strings.Join(strings.Fields(s), " ") == s
		for _, w := range strings.Fields(s) {
			if set[w] {
				want = false
			}
		}
		if s == "" {
			want = false // left to the caller's own path
		}
		if got := plainWords(s, set); got != want {
			t.Errorf("plainWords(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCountFieldsUpTo checks the bounded count against countFields.
func TestCountFieldsUpTo(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " one two ", "a\tb\u00a0c\u2003d e", strings.Repeat("word ", 50)} {
		for _, limit := range []int{1, 2, 3, 41} {
			if got, want := countFieldsUpTo(s, limit), min(countFields(s), limit); got != want {
				t.Errorf("countFieldsUpTo(%.20q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}
