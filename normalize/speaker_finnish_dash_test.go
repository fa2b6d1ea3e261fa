package normalize

import "testing"

// TestFinnishDashSpeech holds invented Finnish reports. Finnish prints
// speech as a paragraph opened by a dash ("– …, kertoo Virtanen."), and
// its commonest verb of speech is "kertoa" ("kertoo", "kertoi"), which
// is as often "told about" when the word after it is in the elative
// ("Kaupunki kertoi päätöksestä."): that sentence attributes no quote
// (see TestQuoteSameGuillemets). A pronoun may come before the verb
// ("– …, hän kertoi.").
func TestFinnishDashSpeech(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"dash speech, kertoo", "fi", []string{
			`Kunnanjohtaja Aino Lehtimäki avasi uuden kirjaston lauantaina.`,
			`– Kirjasto on ollut kyläläisten toive jo kymmenen vuoden ajan, kertoo Lehtimäki.`,
			`– Nyt se on vihdoin valmis kaikkien käyttöön.`,
		}, []string{"Aino Lehtimäki: Kirjasto on ollut", "Aino Lehtimäki: Nyt se on vihdoin"}},
		{"dash speech, pronoun", "fi", []string{
			`Tutkija Eero Salminen on seurannut järven tilaa vuosikymmeniä.`,
			`– Veden laatu on parantunut selvästi viime vuosina, hän kertoi.`,
		}, []string{"Eero Salminen: Veden laatu on"}},
		{"guillemets, kertoi", "fi", []string{
			`»Emme odottaneet näin suurta kävijämäärää heti ensimmäisenä päivänä», kertoi Marja Koskinen.`,
		}, []string{"Marja Koskinen: Emme odottaneet"}},
		{"dash list, no verb", "fi", []string{
			`Kirjastossa on tarjolla:`,
			`– lasten satutunteja joka viikko`,
			`– lehtiä ja pelejä kaikenikäisille`,
		}, nil},
	}
	checkQuotes(t, lx, tests)
}
