package normalize

import "testing"

// TestQuoteCtxCapNouns: the quote reader's capNouns is the lexicon's
// answer for its language, for every language the lexicons name and for
// none.
func TestQuoteCtxCapNouns(t *testing.T) {
	lx := loadLexicon()
	yes := 0
	for _, lang := range append([]string{"", "xx", "de", "en", "id"}, lx.langs...) {
		c := newQuoteCtx(lx, lang)
		if c.capNouns != lx.capNouns[lang] {
			t.Errorf("%q: capNouns %v, the lexicon %v", lang, c.capNouns, lx.capNouns[lang])
		}
		if c.capNouns {
			yes++
		}
	}
	if yes == 0 {
		t.Error("no language capitalises its nouns: the test asks nothing")
	}
}
