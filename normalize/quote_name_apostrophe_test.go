package normalize

import "testing"

// TestNameApostropheNoQuote: a single mark inside a transliterated name
// ("Siti ‘Aisyah", "Abdul ‘Aziz", "Ma’ruf", "Ka‘bah", "Qur’an",
// "O’Brien") is an apostrophe, never a quotation's opening: glued to
// letters on both sides; or closing nowhere, glued to a letter on its
// right, with a double quotation mark later in the paragraph, between
// two capitalised words, or right after a quotation's closing mark.
// A single quotation in British style still opens and closes. (The
// speaker's name drops a mark that opens a word, as the tokenizer reads
// words: "Halimah Aisyah Rumbewas".)
func TestNameApostropheNoQuote(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{name: "ayn before a double quote, id", lang: "id", paras: []string{
			`Ustazah Halimah ‘Aisyah Rumbewas berbicara di depan jemaah. "Kita harus saling membantu tetangga yang sedang kesusahan," kata Halimah.`,
		}, want: []string{"Halimah Aisyah Rumbewas: Kita harus saling"}},
		{name: "ayn in a paragraph of its own, en", lang: "en", paras: []string{
			`Yusuf ‘Aziz Okonjo led the evening prayers at the hall.`,
			`“We pray for every family that lost a home in the flood,” Okonjo said.`,
		}, want: []string{"Yusuf Aziz Okonjo: We pray for every family"}},
		{name: "ayn after a closing mark", lang: "en", paras: []string{
			`Yusuf Okonjo led the evening prayers at the hall.`,
			`“We pray for every family that lost a home in the flood,” ‘Okonjo said.`,
		}, want: []string{"Yusuf Okonjo: We pray for every family"}},
		{name: "glued apostrophes, id", lang: "id", paras: []string{
			`Wakil Presiden Ma’ruf Suhendra pulang dari Ka‘bah pekan lalu. "Pemerintah akan segera membantu warga yang terdampak banjir," kata Ma’ruf.`,
		}, want: []string{"Ma’ruf Suhendra: Pemerintah akan segera"}},
		{name: "glued apostrophe inside the quote", lang: "id", paras: []string{
			`"Kami membaca Qur’an setiap malam bersama anak-anak di rumah," kata Nur Aini Wambrauw, warga setempat.`,
		}, want: []string{"Nur Aini Wambrauw: Kami membaca Qur’an"}},
		{name: "british single quotes still open", lang: "en", paras: []string{
			`‘We will not stand for it any longer, not this year,’ said Siobhan O’Brien, a local councillor.`,
		}, want: []string{"Siobhan O’Brien: We will not stand"}},
		{name: "british single quote running over paragraphs", lang: "en", paras: []string{
			`Councillor Siobhan Byrne said: ‘We will not stand for it any longer, not this year or the next.`,
			`‘We have written to the minister twice and heard nothing back from anyone.’`,
		}, want: []string{"Siobhan Byrne: We will not stand", "Siobhan Byrne: We have written"}},
	})
}
