package normalize

import "testing"

// TestTitledSingleName: a person the article names by one word after a
// personal title ("Prince Albrecht", "Mrs Okonjo", "Pak Harno", "Bu
// Ningsih") is a member of the cast, so "he", "she", "ia" and "-nya" in
// the sentences after find that person; before, a one-word name was no
// one, and the pronoun went to no speaker or to another person named
// earlier (en: the Washington Examiner, Sputnik, on a prince named so).
// Such a name is the pronoun's person in its own paragraph or once it
// has spoken; paragraphs on, the speaker before it stays likelier.
func TestTitledSingleName(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "prince, then his pronoun in the same paragraph", lang: "en", paras: []string{
			`In an interview, the broadcaster's Fiona Blake pressed Prince Albrecht about the night of June 4.`,
			`Albrecht does not remember the party, but he clearly remembers the dinner. "Eating at that harbour café was an unusual thing for me," he said.`,
			`"Oh, really? Yes," he assures himself. "I was at home with my children that night."`,
		}, want: []string{"Albrecht", "Albrecht"}},
		{name: "Mrs and a surname", lang: "en", paras: []string{
			`Mrs Okonjo runs the only pharmacy in Ebute Ward. She said supplies had not arrived for a month. "We are rationing insulin for the first time," she said.`,
		}, want: []string{"Okonjo"}},
		{name: "queen, a woman's title, after a man has spoken", lang: "en", paras: []string{
			`"The visit was planned for a year," said palace adviser Tomas Reinholt.`,
			`Queen Ingrid thanked the crowd. "I have never felt so welcome in this city," she said.`,
		}, want: []string{"Tomas Reinholt", "Ingrid"}},
		{name: "Pak, then -nya", lang: "id", paras: []string{
			`Pak Harno sudah berjualan bakso di depan sekolah itu sejak 1998. Ia mengaku omzetnya turun sejak pandemi. "Dulu sehari bisa habis dua ratus mangkok, sekarang separuhnya saja," katanya.`,
		}, want: []string{"Harno"}},
		{name: "Bu, then kata dia", lang: "id", paras: []string{
			`Bu Ningsih membuka warung nasi di dekat terminal. "Pembeli paling ramai saat jam makan siang dan sore hari," kata dia.`,
		}, want: []string{"Ningsih"}},
		// A man brought in by a title in the paragraph before, who has
		// not spoken, is not whom "he said" after another man's quotes
		// means.
		{name: "a titled man who has not spoken, paragraphs on", lang: "en", paras: []string{
			`Thabo Ramone, a farmer, said the company had broken its promises. "Nothing has been built here in four years," he said.`,
			`Mr Lekhanya then sold the lease to the mining company.`,
			`"Our houses are cracked and our fields are full of stones from the blasting," he said.`,
		}, want: []string{"Thabo Ramone", "Thabo Ramone"}},
	})
}
