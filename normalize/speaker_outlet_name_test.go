package normalize

import "testing"

// TestOutletBeforeName: a known outlet's name of several words right
// before a person's, with no comma ("Speaking to the Daily Mail Orla
// Brennick said"), glued its last word to the name ("Mail Orla
// Brennick"): the word after "the" was dropped as an office's place, and
// the rest of the outlet read as a given name. Invented articles.
func TestOutletBeforeName(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{name: "Daily Mail before a full name", lang: "en", paras: []string{
			`Speaking to the Daily Mail Orla Brennick said: "The plan is dead."`,
		}, want: []string{"Orla Brennick: The plan"}},
		{name: "Evening Standard before a surname the article named", lang: "en", paras: []string{
			`Orla Brennick runs the shipyard at Carrow Point.`,
			`Speaking to the Evening Standard Brennick said: "We have orders for three years."`,
		}, want: []string{"Orla Brennick: We have orders"}},
		{name: "Spanish outlet with its article before a name", lang: "es", paras: []string{
			`En declaraciones a El País Orla Brennick dijo: "El plan está muerto."`,
		}, want: []string{"Orla Brennick: El plan"}},
		// Guards: outlets the cut already took (a place opening the
		// outlet's name, a single outlet word, no "the" before) stay
		// so.
		{name: "Financial Times before a surname", lang: "en", paras: []string{
			`Orla Brennick runs the shipyard at Carrow Point.`,
			`Speaking to the Financial Times Brennick said: "We have orders for three years."`,
		}, want: []string{"Orla Brennick: We have orders"}},
		{name: "Sky News without an article", lang: "en", paras: []string{
			`In an interview with Sky News Orla Brennick said: "The yard stays open."`,
		}, want: []string{"Orla Brennick: The yard"}},
		{name: "Italian outlet of three words", lang: "it", paras: []string{
			`Intervistata dal Corriere della Sera Orla Brennick ha detto: "Il piano è morto."`,
		}, want: []string{"Orla Brennick: Il piano"}},
	})
}
