package normalize

import "testing"

// TestReportedByBody: a quote inside the reported speech of a person
// named as the subject of the sentence leading into it ('X said the plan
// was “…,” the port authority said') is that person's; the body named
// after it reports the words. Without a person leading in, the body
// speaks, as before.
func TestReportedByBody(t *testing.T) {
	lx := loadLexicon()
	const open = `“We have waited far too long for this, and that is what we told them,” said Desmond Achterberg, the chief executive of the council.`
	checkSpeakers(t, lx, []quoteCase{
		{name: "a named person, the authority reports", lang: "en", paras: []string{open,
			`Port director Ilse Vantongeren said the plan was “a step in the right direction for everyone,” the port authority said in a statement.`},
			want: []string{"Desmond Achterberg", "Ilse Vantongeren"}},
		{name: "a named person, the police report", lang: "en", paras: []string{open,
			`Inspector Marek Dvorsky said the road stays “closed until the bridge has been fully inspected,” police said.`},
			want: []string{"Desmond Achterberg", "Marek Dvorsky"}},
		{name: "no person leading in", lang: "en", paras: []string{open,
			`The plan was “a step in the right direction for everyone,” the port authority said in a statement.`},
			want: []string{"Desmond Achterberg", "port authority"}},
	})
}
