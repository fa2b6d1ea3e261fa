package normalize

import "testing"

// TestStopwordNames: a stopword that is a given name or a surname too
// ("Will", "He"), capitalised and followed by one capitalised word no
// lexicon knows, opens the speaker's name; the pronoun and the opener
// stay what they are elsewhere.
func TestStopwordNames(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{name: "given name after the verb", lang: "en", paras: []string{
			"Small sellers say the new tools came too late.",
			"“I posted it once and half of my followers swiped away within an hour,” said Will Ostrander, a consultant for online shops.",
		}, want: []string{"Will Ostrander: I posted it once"}},
		{name: "given name before the verb", lang: "en", paras: []string{
			"The count went on past midnight.",
			"“We will keep going until the very last ballot has been counted,” Will Harlan said.",
		}, want: []string{"Will Harlan: We will keep going"}},
		{name: "surname opening a sentence after the quote", lang: "en", paras: []string{
			"Trade talks resumed on Tuesday.",
			"“Without a rollback of the tariffs, what is the incentive for the other side to sign?” He Wenbo, the former director of the fund's regional office, said at an event in Geneva.",
		}, want: []string{"He Wenbo: Without a rollback"}},
		{name: "surname after the verb", lang: "en", paras: []string{
			"Trade talks resumed on Tuesday.",
			"“The factories are waiting for a signal that the tariffs will not rise again,” said He Liqun, an economist at a bank in Shanghai.",
		}, want: []string{"He Liqun: The factories are waiting"}},
		{name: "the pronoun stays a pronoun", lang: "en", paras: []string{
			"Mara Quist, the port's director, spoke on Monday.",
			"“The ships are waiting for a signal that the tariffs will not rise again,” he said.",
		}, want: []string{"Mara Quist: The ships are waiting"}},
	}
	checkQuotes(t, lx, tests)
}
