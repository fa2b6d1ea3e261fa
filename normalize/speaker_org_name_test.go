package normalize

import "testing"

// TestOrganisationBeforeName: an organisation of several words that no
// lexicon holds, right before a person's name with no comma ("Speaking to
// the United Nations Anna Brennick said"), left its last words glued to
// the name ("Nations Anna Brennick"): after "the", only the run's first
// word was dropped. The name starts at its given name, as it does after
// an office's "of" (givenStart). Invented articles.
func TestOrganisationBeforeName(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{name: "two-word organisation", lang: "en", paras: []string{
			`Speaking to the United Nations Anna Brennick said: "The camps are full."`,
		}, want: []string{"Anna Brennick: The camps"}},
		{name: "charity of two words", lang: "en", paras: []string{
			`Writing for the Red Cross Peter Lindqvist said: "We need more trucks."`,
		}, want: []string{"Peter Lindqvist: We need"}},
		{name: "three-word body", lang: "en", paras: []string{
			`Speaking for the Harbour Pilots Guild Maria Okafor said: "The channel is too shallow."`,
		}, want: []string{"Maria Okafor: The channel"}},
		{name: "Spanish organisation after its article", lang: "es", paras: []string{
			`En declaraciones a la Cruz Roja Ana Brennick dijo: "Los campos están llenos."`,
		}, want: []string{"Ana Brennick: Los campos"}},
		// Guards: an office's place and a known outlet before the name.
		{name: "office's place after its locative", lang: "en", paras: []string{
			`Attorney for Vermont Peter Lindqvist said: "The case is closed."`,
		}, want: []string{"Peter Lindqvist: The case"}},
		{name: "known outlet, surname alone", lang: "en", paras: []string{
			`Maria Okafor has run the ferry line since 2019.`,
			`Speaking to the Daily Mail Okafor said: "We carry twice as many cars."`,
		}, want: []string{"Maria Okafor: We carry"}},
	})
}
