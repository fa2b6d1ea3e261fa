package normalize

import "testing"

// TestUnnamedRolePronoun: a person brought in by an indefinite article
// and a role of no gender, no name after it ("A neighbour, who asked not
// to be named, said …", "A witness told the court …"), is whom "she
// said" or "he said" in that paragraph means, as written; the role was
// given bare ("neighbour"), without its article. A name set off after
// the role is the person's, as before.
func TestUnnamedRolePronoun(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "a neighbour with a relative clause", lang: "en", paras: []string{
			`A neighbour, who asked not to be named, said she heard glass breaking. "It sounded like someone dropping a tray of glasses," she said.`,
		}, want: []string{"a neighbour"}},
		{name: "a witness, he", lang: "en", paras: []string{
			`A witness told the court he saw the van leave at midnight. "The lights were off and it drove very fast," he said.`,
		}, want: []string{"a witness"}},
		{name: "a name after the role", lang: "en", paras: []string{
			`A neighbour, Jenna Hartley, said she heard glass breaking. "It sounded like someone dropping a tray of glasses," she said.`,
		}, want: []string{"Jenna Hartley"}},
	})
}
