package normalize

import "testing"

// TestRound18Classes holds the failure classes of this round's review of
// half-A aeb and fundus pages, in invented articles.
func TestRound18Classes(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		// An age standing for a person after or before the verb ("said
		// the 36-year-old", "sagte der 51-Jährige") fell to the last
		// speaker; news writes it of the person the text has just been
		// about, the last named as a clause's subject (uk: iNews, lu:
		// Tageblatt).
		{name: "age after the verb, subject in the paragraph before", lang: "en", paras: []string{
			`"We were simply the better side today," said Nora Quill after the final.`,
			`Tobias Marren then beat the top seed in four sets.`,
			`"He is a very dangerous player on this surface," said the 34-year-old.`,
		}, want: []string{"Nora Quill: We were", "Tobias Marren: He is a very"}},
		{name: "age before the verb", lang: "en", paras: []string{
			`"We were simply the better side today," said Nora Quill after the final.`,
			`Tobias Marren disagreed with that view. "It was open for a long time," the 52-year-old said.`,
		}, want: []string{"Nora Quill: We were", "Tobias Marren: It was open"}},
		{name: "German age after the verb, subject in the paragraph before", lang: "de", paras: []string{
			`„Wir waren heute einfach die bessere Mannschaft“, sagte Trainerin Nora Quill.`,
			`Tobias Marren hat sein Urteil über das Finale längst gefällt.`,
			`„Das Spiel war lange völlig offen“, sagte der 52-Jährige.`,
		}, want: []string{"Nora Quill: Wir waren", "Tobias Marren: Das Spiel"}},
		// The speaker who is also the person last named keeps the quote.
		{name: "age of the last speaker", lang: "en", paras: []string{
			`"We were simply the better side today," said Tobias Marren after the final.`,
			`"I have waited a long time for a night like this one," said the 34-year-old.`,
		}, want: []string{"Tobias Marren: We were", "Tobias Marren: I have waited"}},
		{name: "age after a named subject and an organisation", lang: "en", paras: []string{
			`"We were simply the better side today," said Nora Quill after the final.`,
			`Tobias Marren then beat the top seed. The tennis federation said it would review the line calls.`,
			`"He is a very dangerous player on this surface," said the 34-year-old.`,
		}, want: []string{"Nora Quill: We were", "Tobias Marren: He is a very"}},
	})
}
