package normalize

import "testing"

// TestPossessedRole: a name's possessive and a role noun ("Vance's rep")
// is someone the article does not name: the role as written, whether
// the quote follows the verb's sentence, closes with the verb, or comes
// after it; one the article named with that role is no such case.
func TestPossessedRole(t *testing.T) {
	lx := loadLexicon()
	lead := "The singer cancelled the tour on Friday."
	tests := []quoteCase{
		{name: "indirect sentence, then the quote", lang: "en", paras: []string{lead,
			"Vance's rep told reporters that the claim was false. “She never agreed to any of this and the label knows it.”"},
			want: []string{"Vance's rep: She never agreed"}},
		{name: "after the quote", lang: "en", paras: []string{lead,
			"“She never agreed to any of this and the label knows it,” Dolly Vance's representative told reporters."},
			want: []string{"Dolly Vance's representative: She never agreed"}},
		{name: "before a colon", lang: "en", paras: []string{lead,
			"Dolly Vance’s lawyer said: “She never agreed to any of this and the label knows it.”"},
			want: []string{"Dolly Vance’s lawyer: She never agreed"}},
		{name: "after the verb", lang: "en", paras: []string{lead,
			"“She never agreed to any of this and the label knows it,” said Vance's spokeswoman."},
			want: []string{"Vance's spokeswoman: She never agreed"}},
		{name: "the holder named after the role", lang: "en", paras: []string{lead,
			"“She never agreed to any of this and the label knows it,” said Vance's lawyer Tom Reyes."},
			want: []string{"Tom Reyes: She never agreed"}},
		{name: "a name alone stays", lang: "en", paras: []string{lead,
			"“She never agreed to any of this and the label knows it,” Dolly Vance told reporters."},
			want: []string{"Dolly Vance: She never agreed"}},
	}
	checkQuotes(t, lx, tests)
}
