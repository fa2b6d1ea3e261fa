package normalize

import (
	"strings"
	"testing"
	"unicode"
)

// isDomainLikeSplit is isDomainLike as it read before it stopped
// building strings.Split's slice.
func isDomainLikeSplit(s string) bool {
	if !strings.Contains(s, ".") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') {
			return false
		}
	}
	labels := strings.Split(s, ".")
	long := false
	for _, l := range labels {
		if len(l) > 2 {
			long = true
		}
	}
	return long && len(labels[len(labels)-1]) >= 2
}

// outletCases are names an outlet test weighs: people, outlets, domains,
// initials, non-ASCII and over-long names, and broken UTF-8.
var outletCases = []string{
	"", ".", "..", "a.b", "N.Y", "S.D.", "ab.cd", "abc.d", "a..bc", "x.abc", "abc.de",
	"www.harbourpost.co.uk", "Harbourpost.com", "HARBOURPOST.COM/", "“Valley Times”", "The Valley Times",
	"Jane Roe", "JANE ROE", "Mª José Ortiz", "Ärzte Zeitung", "Straße.de", "berita-kota.id", "kota–berita.id",
	"Reuters", "AFP", "The Associated Press", "Harbour News", "harbournews", "Harbour NEWS", "Kelvin \u212a News",
	"ſtar news", "A Very Long Publication Name Indeed Weekly", "A Very Long Publication Name Indeed News",
	"\xffnews", "bad\xfe.com", "Radio Lembah FM", "tribun.news/berita", "x.com", "X.COM", "id.x.co", "ZEITUNG.DE", "Zeitbild News",
}

func TestLowerOnStack(t *testing.T) {
	lx := loadLexicon()
	for _, s := range outletCases {
		if got, want := isDomainLike(s), isDomainLikeSplit(s); got != want {
			t.Errorf("isDomainLike(%q) = %v, want %v", s, got, want)
		}
		if got, want := lx.isOutlet(s), lx.isOutletLower(strings.ToLower(trimPunct(s))); got != want {
			t.Errorf("isOutlet(%q) = %v, want %v", s, got, want)
		}
		if got, want := lx.looksLikeOutlet(s), lx.looksLikeOutletLower(strings.ToLower(s)); got != want {
			t.Errorf("looksLikeOutlet(%q) = %v, want %v", s, got, want)
		}
		var buf [32]byte
		if n, ok := lowerASCIIInto(&buf, s); ok && string(buf[:n]) != strings.ToLower(s) {
			t.Errorf("lowerASCIIInto(%q) = %q, want %q", s, buf[:n], strings.ToLower(s))
		} else if !ok && isASCIIString(s) && len(s) <= len(buf) {
			t.Errorf("lowerASCIIInto(%q) refused an ASCII string that fits", s)
		}
	}
}

// TestLowerJoinASCII checks placeOK's stack phrase against
// strings.ToLower(strings.Join(ws, " ")), at the buffer's edge too, and
// that knownPlaces, which placeOK now asks only of a phrase with a slash,
// says no to every phrase without one.
func TestLowerJoinASCII(t *testing.T) {
	long := strings.Repeat("Abcdefg ", 8)
	cases := [][]string{
		{"Harbour", "City"}, {"NEW", "PORT"}, {"Zürich"}, {"Kota", "Lama", "\xff"}, {},
		{"A"}, {"Brückstadt/Lindau"}, {strings.Repeat("X", 64)}, {strings.Repeat("X", 64), "A"}, {strings.Repeat("X", 65)},
		{strings.Repeat("Y", 63), "Z"}, {strings.Repeat("Y", 62), "Z"}, strings.Fields(long),
	}
	lx := loadLexicon()
	for _, ws := range cases {
		want := strings.ToLower(strings.Join(ws, " "))
		var buf [64]byte
		n, ok := lowerJoinASCII(&buf, ws)
		if ok && string(buf[:n]) != want {
			t.Errorf("lowerJoinASCII(%q) = %q, want %q", ws, buf[:n], want)
		}
		if !ok && isASCIIString(want) && len(want) <= len(buf) {
			t.Errorf("lowerJoinASCII(%q) refused an ASCII phrase that fits", ws)
		}
		if !strings.Contains(want, "/") && lx.knownPlaces(want) {
			t.Errorf("knownPlaces(%q) without a slash", want)
		}
	}
}

// TestCreditLabelPats checks the credit labels' stored patterns against
// the concatenations splitCredit and trimCaption built on every call.
func TestCreditLabelPats(t *testing.T) {
	lx := loadLexicon()
	if len(lx.creditLabelPats) != len(lx.creditLabels) || len(lx.creditLabels) == 0 {
		t.Fatalf("%d patterns for %d credit labels", len(lx.creditLabelPats), len(lx.creditLabels))
	}
	for i, l := range lx.creditLabels {
		if want := [2]string{l + ":", l + " :"}; lx.creditLabelPats[i] != want {
			t.Errorf("credit label %q: patterns %q, want %q", l, lx.creditLabelPats[i], want)
		}
	}
}
