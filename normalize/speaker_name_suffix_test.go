package normalize

import "testing"

// TestNameSuffix: a name ending in a generation's suffix ("Jr.", "Sr",
// "III"). A surname that is a title word too ("King", "Judge", "Bishop")
// was read as an office before it and the suffix left as the name
// ("Jr"); "Sr" without its stop was read as a title and the name refused;
// and a later surname alone ("King said") did not find the person, whose
// last word is the suffix. Invented articles.
func TestNameSuffix(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{name: "surname title before Jr., surname alone later", lang: "en", paras: []string{
			`"We march at dawn," said Harold Bishop King Jr. on Tuesday.`,
			`The crowd grew through the morning.`,
			`"Nobody will stop us now," King said.`,
		}, want: []string{"Harold Bishop King Jr: We march", "Harold Bishop King Jr: Nobody"}},
		{name: "surname title before Sr without a stop", lang: "en", paras: []string{
			`Walter Judge Sr said the mill would reopen. "The orders are back," he said.`,
			`Workers were told on Monday.`,
			`"We start in March," Judge said.`,
		}, want: []string{"Walter Judge Sr: The orders", "Walter Judge Sr: We start"}},
		{name: "plain surname before Sr without a stop", lang: "en", paras: []string{
			`"The orders are back," said Walter Penwick Sr.`,
		}, want: []string{"Walter Penwick Sr: The orders"}},
		{name: "surname title before the suffix, surname alone in a later paragraph", lang: "en", paras: []string{
			`Marcus Duke Jr. opened the session with a short speech.`,
			`"This town owes its nurses more than thanks," Duke said.`,
		}, want: []string{"Marcus Duke Jr: This town"}},
		// A guard: a Roman numeral after a name goes as before.
		{name: "surname title before a Roman numeral", lang: "en", paras: []string{
			`"The vote was fair," said Conrad Bishop III, the board's chair.`,
			`Opponents asked for a recount.`,
			`"There will be no recount," Bishop said.`,
		}, want: []string{"Conrad Bishop: The vote", "Conrad Bishop: There will"}},
	})
}
