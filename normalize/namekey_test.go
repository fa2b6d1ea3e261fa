package normalize

import (
	"strings"
	"testing"
	"unicode"
)

// TestNameKey: nameKey is the letters and digits of strings.ToLower(s),
// as its first form built it, on names in several scripts, with marks,
// digits, the runes whose lower case is longer or shorter in UTF-8, and
// broken UTF-8.
func TestNameKey(t *testing.T) {
	plain := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) || unicode.IsNumber(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, s := range []string{
		"", "Jana Novak", "JANA NOVÁK-ŠŤASTNÁ", "O'Brien, Mary-Kate (AP)", "Zoë Ångström 3rd",
		"İSTANBUL Şehir", "Ελένη ΠΑΠΑΔΟΠΟΥΛΟΥ", "Σίσυφος ΟΔΟΣ", "Дмитрий ИВАНОВ", "Ⱥnna Ⱦom", "Kelvin K sign",
		"李小龙 ２０２４", "\xffbad\xc3 bytes\xe2\x80", "ǅemal ǈubica", "ΣΑΣ", "Straße GROSS",
	} {
		if got, want := nameKey(s), plain(s); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
	}
}
