package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
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

// TestLineGatesKeepCredits checks that lineGates refuses no element whose
// text startsWithOpener takes for a credit line: its first-byte test
// must stay exact under leading space, framing, markup and case.
func TestLineGatesKeepCredits(t *testing.T) {
	var bodies []string
	for _, o := range creditOpeners {
		up := strings.ToUpper(o[:1]) + o[1:]
		for _, f := range []string{
			"%s Ana Lind",
			"  \n\t%s Ana Lind; Editing by Bo Ek",
			"\u00a0%s Ana Lind",
			"(%s Ana Lind)",
			"— %s Ana Lind",
			"<!-- x --><script>var a;</script><b>%s</b> <i>Ana Lind</i>",
			"<span> </span><span>%s Ana Lind</span>",
			"x %s Ana Lind",
			"<br>%s Ana Lind",
		} {
			bodies = append(bodies, strings.ReplaceAll(f, "%s", up), strings.ReplaceAll(f, "%s", strings.ToUpper(o)))
		}
	}
	bodies = append(bodies, "\u212aelvin Ana Lind", "", "   ", "<b></b>")
	credits := 0
	for _, b := range bodies {
		doc, err := html.Parse(strings.NewReader("<html><body><div>" + b + "</div></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		div := doc.FirstChild.LastChild.FirstChild // html > body > div
		if div == nil || div.Data != "div" {
			t.Fatalf("%q: no div", b)
		}
		_, credit := lineGates(div)
		if want := startsWithOpener(spacedText(div)); want {
			credits++
			if !credit {
				t.Errorf("lineGates(%q) refuses a credit line", b)
			}
		}
	}
	if credits < len(creditOpeners) {
		t.Errorf("only %d credit lines among the cases", credits)
	}
}
