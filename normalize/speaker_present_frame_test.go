package normalize

import "testing"

// TestPresentTenseFrame: "A voice is then heard saying:", "a man is seen
// telling": the present tense of the frame "could be heard saying" stands
// between the subject and the participle too; the subject was not read
// back past "is", and the quote went to the last person named (en: iNews,
// an unnamed voice given to the actress on stage).
func TestPresentTenseFrame(t *testing.T) {
	lx := loadLexicon()
	const lead = `The actress Dana Whitley was escorted off the stage after two protesters climbed onto it.`
	checkSpeakers(t, lx, []quoteCase{
		{name: "is then heard saying, colon", lang: "en", paras: []string{lead,
			`A voice is then heard saying: "We will have to stop the show now, ladies and gentlemen."`,
		}, want: []string{"A voice"}},
		{name: "is heard saying, no comma", lang: "en", paras: []string{lead,
			`A voice is heard saying "We will have to stop the show now, ladies and gentlemen."`,
		}, want: []string{"A voice"}},
		// A group is no one speaker: none, but never the actress.
		{name: "are heard chanting", lang: "en", paras: []string{lead,
			`Some fans are heard chanting: "Let the show go on, let the show go on tonight."`,
		}, want: []string{""}},
		{name: "past tense, as before", lang: "en", paras: []string{lead,
			`A voice could be heard saying: "We will have to stop the show now, ladies and gentlemen."`,
		}, want: []string{"A voice"}},
	})
}
