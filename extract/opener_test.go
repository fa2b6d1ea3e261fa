package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestStartsWithOpenerHead checks that lowering only the head of a line
// answers as lowering all of it did.
func TestStartsWithOpenerHead(t *testing.T) {
	whole := func(t string) bool {
		t = strings.TrimLeft(t, "([-–—* ")
		lower := strings.ToLower(t)
		for _, o := range creditOpeners {
			if !strings.HasPrefix(lower, o+" ") {
				continue
			}
			rest := strings.TrimSpace(t[len(o):])
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return true
			}
		}
		return false
	}
	long := strings.Repeat("and the harbour board met again ", 20)
	lines := []string{"", "(", "x"}
	for _, o := range creditOpeners {
		up := strings.ToUpper(o[:1]) + o[1:]
		lines = append(lines, "("+up+" Ana Lind; Editing by Bo Ek)", up+" Ana Lind "+long, "— "+o+" ana lind", up+"  Ana", up)
	}
	lines = append(lines, "\u212aelvin "+long, "ÅÄÖ "+long, "x\xff\xfe "+long)
	for _, l := range lines {
		if got, want := startsWithOpener(l), whole(l); got != want {
			t.Errorf("startsWithOpener(%.40q) = %v, want %v", l, got, want)
		}
	}
}

// TestContainsAnyOf checks the substring form against strings.ContainsAny.
func TestContainsAnyOf(t *testing.T) {
	for _, s := range []string{"", "plain", "JosÃ©", "Â£5", "â€™s", "Ã\xff", "\xc3", "caf\xc3\xa9", "ÅÄÖ", "x\xe2\x80\x99y"} {
		if got, want := containsAnyOf(s, "Ã", "Â", "â", "Å", "Ä"), strings.ContainsAny(s, "ÃÂâÅÄ"); got != want {
			t.Errorf("containsAnyOf(%q) = %v, want %v", s, got, want)
		}
	}
}
