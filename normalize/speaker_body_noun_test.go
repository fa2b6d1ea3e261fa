package normalize

import "testing"

// TestBodyNounNoPerson: "the constabulary said", "the fire service said",
// "the watchdog said": a body named by its noun alone stands for the
// organisation of that noun the article named ("Carrow Vale
// Constabulary"), else for no one; it went to the last person who spoke
// (the neighbour quoted before the police statement).
func TestBodyNounNoPerson(t *testing.T) {
	lx := loadLexicon()
	const witness = `Jenna Hartley, a neighbour, said she heard glass breaking. "It sounded like someone dropping a tray of glasses," she said.`
	checkSpeakers(t, lx, []quoteCase{
		{name: "constabulary before a colon", lang: "en", paras: []string{witness,
			`The constabulary said in a statement: "Enquiries are continuing and we would ask anyone with information to get in touch."`,
		}, want: []string{"Jenna Hartley", ""}},
		{name: "constabulary after the quote", lang: "en", paras: []string{witness,
			`"Enquiries are continuing and we would ask anyone with information to get in touch," the constabulary said.`,
		}, want: []string{"Jenna Hartley", ""}},
		{name: "the constabulary the article named", lang: "en", paras: []string{
			`Officers from Carrow Vale Constabulary were called at 2am. ` + witness,
			`The constabulary said in a statement: "Enquiries are continuing and we would ask anyone with information to get in touch."`,
		}, want: []string{"Jenna Hartley", "Carrow Vale Constabulary"}},
		{name: "the regulator", lang: "en", paras: []string{
			`"We were never told the fees would double," said shop owner Marcus Obi.`,
			`"Firms must set out every charge clearly before a customer signs," the regulator said.`,
		}, want: []string{"Marcus Obi", ""}},
	})
}
