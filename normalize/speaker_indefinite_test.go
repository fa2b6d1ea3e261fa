package normalize

import "testing"

// TestLoneIndefinite: "another" (or "one") standing alone for the
// subject is a person the article does not name and gives no role: the
// quote has no speaker, neither the word nor the last person named; with
// a noun after it, the phrase as written.
func TestLoneIndefinite(t *testing.T) {
	lx := loadLexicon()
	before := []string{"Residents packed the hall on Monday.", "Mara Quist, who runs the bakery, said the plan was fine."}
	tests := []quoteCase{
		{name: "another before the verb after the quote", lang: "en", paras: append(before[:2:2],
			"“It will not work and everyone here knows it,” another said."),
			want: []string{": It will not work"}},
		{name: "Another with an adverb, then a colon", lang: "en", paras: append(before[:2:2],
			"Another reportedly said: “The road floods every spring and nobody fixes it.”"),
			want: []string{": The road floods"}},
		{name: "Another opening the sentence", lang: "en", paras: append(before[:2:2],
			"Another wrote: “The road floods every spring and nobody fixes it.”"),
			want: []string{": The road floods"}},
		{name: "said another", lang: "en", paras: append(before[:2:2],
			"“It will not work and everyone here knows it,” said another."),
			want: []string{": It will not work"}},
		{name: "one said", lang: "en", paras: append(before[:2:2],
			"“It will not work and everyone here knows it,” one said."),
			want: []string{": It will not work"}},
		{name: "another with its noun", lang: "en", paras: append(before[:2:2],
			"“It will not work and everyone here knows it,” another resident wrote."),
			want: []string{"another resident: It will not work"}},
		{name: "a named speaker stays", lang: "en", paras: append(before[:2:2],
			"“It will not work and everyone here knows it,” Quist said."),
			want: []string{"Mara Quist: It will not work"}},
	}
	checkQuotes(t, lx, tests)
}
