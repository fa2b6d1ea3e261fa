package normalize

import (
	"strings"
	"testing"
)

// TestLabelPatterns: the patterns built once with each byline label are
// the ones phraseLabelBreaks and splitAtCommaLabels used to build on
// every call, and labelByText answers as the scan of bylines (longest
// first, no outlet label) did, for every label's text and its capitalised
// and upper-case forms.
func TestLabelPatterns(t *testing.T) {
	lx := loadLexicon()
	phrases, commas := 0, 0
	for _, l := range lx.bylines {
		spaced := ""
		if !strings.Contains(l.text, "*") && countFields(l.text) >= minPhraseLabel {
			spaced = " " + l.text + " "
			phrases++
		}
		comma := ""
		if strings.Contains(l.text, " ") && !l.outlet {
			comma = ", " + l.text + " "
			commas++
		}
		if l.spaced != spaced || l.commaSpaced != comma {
			t.Errorf("label %q: patterns %q %q, want %q %q", l.text, l.spaced, l.commaSpaced, spaced, comma)
		}
		for _, w := range []string{l.text, strings.ToUpper(l.text[:1]) + l.text[1:], strings.ToUpper(l.text), "x" + l.text} {
			var want label
			wantOK := false
			lw := strings.ToLower(w)
			for _, m := range lx.bylines {
				if m.text == lw && !m.outlet {
					want, wantOK = m, true
					break
				}
			}
			got, ok := lx.labelByText[lw]
			if ok != wantOK || got.text != want.text || got.role != want.role {
				t.Errorf("labelByText[%q] = %q %v %v, want %q %v %v", lw, got.text, got.role, ok, want.text, want.role, wantOK)
			}
		}
	}
	if phrases == 0 || commas == 0 {
		t.Errorf("%d phrase labels, %d comma labels: the lexicon no longer tests them", phrases, commas)
	}
}
