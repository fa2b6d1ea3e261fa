package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestIsMonthHeads compares isMonth, which looks an abbreviation up in
// monthHeads, with the scan of every month name it replaced, on every
// prefix of every month name (some cut inside a rune), their upper-case
// and accented variants, and words that are no month.
func TestIsMonthHeads(t *testing.T) {
	lx := loadLexicon()
	scan := func(w string) bool {
		if _, ok := lx.months[w]; ok {
			return true
		}
		if n := utf8.RuneCountInString(w); n < 3 || n > 4 {
			return false
		}
		for m := range lx.months {
			if strings.HasPrefix(m, w) {
				return true
			}
		}
		return false
	}
	words := []string{"", "x", "mar", "març", "ma\xc3", "dez", "déc", "fév", "feb.", "sept", "septe", "mon", "tue", "jan", "ju", "agu", "okt", "abc", "ma\xc3\xa7", "mär", "mäz"}
	for m := range lx.months {
		for k := 0; k <= len(m); k++ {
			words = append(words, m[:k], strings.ToUpper(m[:k]), m[:k]+"x")
		}
	}
	yes, no := 0, 0
	for _, w := range words {
		got, want := lx.isMonth(w), scan(w)
		if got != want {
			t.Errorf("isMonth(%q) = %v, the scan says %v", w, got, want)
		}
		if want && !lx.isMonthName(w) {
			yes++
		} else if !want {
			no++
		}
	}
	if yes == 0 || no == 0 {
		t.Fatalf("%d abbreviations, %d others: the table tells nothing", yes, no)
	}
}

// isMonthName says w is a month's full name in the lexicons.
func (lx *lexicon) isMonthName(w string) bool { _, ok := lx.months[w]; return ok }
