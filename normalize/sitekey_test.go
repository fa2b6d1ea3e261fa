package normalize

import (
	"strings"
	"testing"
	"unicode"
)

// siteKeyPlain is siteKey as first written, through strings.ToLower and
// the unicode tables: the reference for the ASCII path.
func siteKeyPlain(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, suf := range []string{".co.id", ".co.uk", ".com", ".net", ".org", ".id"} {
		s = strings.TrimSuffix(s, suf)
	}
	s = strings.TrimPrefix(s, "www.")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestSiteKey: siteKey equals the plain reading on names in ASCII and not,
// with endings stacked, spaces around, a prefix, and at the length where
// the stack buffer ends.
func TestSiteKey(t *testing.T) {
	long := strings.Repeat("Ab", maxSiteKeyASCII/2)
	for _, s := range []string{
		"", " ", "Harbour Post", "  HarbourPost.com ", "WWW.HARBOURPOST.CO.UK",
		"www.kabarina.co.id", "kabarina.id.com", "Kabarina.com.id", "news.org.net",
		"www.", ".com", "x.co.id.id", "TV-7 Malang", "@BeritaKita_99", "a.b.c",
		"Zürcher Blatt", "ÉCHO DU LAC.fr", "Kelvin \u212a.com", "\u00a0Lintas\u00a0",
		"Новости.com", "東京新聞", long, long + "c", long[1:] + ".com", "bad \xff byte",
		"\tTabbed\n", "www.www.site.com",
	} {
		if got, want := siteKey(s), siteKeyPlain(s); got != want {
			t.Errorf("siteKey(%q) = %q, want %q", s, got, want)
		}
	}
}
