package normalize

import "testing"

// TestHeadingNamesNoOne: a subheading in title case tells no names from
// words; its capitalised words are no person a later quote goes to. A
// sentence or a short name line is read as before.
func TestHeadingNamesNoOne(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{name: "question heading", lang: "en", paras: []string{
			"Here is what the early reviews say:",
			"What Does Orbix Offer?",
			"Orbix is a plan to make cloud gaming happen. First, “Is streaming the future of gaming?” Possibly.",
		}, want: []string{": Is streaming the future"}},
		{name: "heading with function words", lang: "en", paras: []string{
			"The firm had planned the merger for a year.",
			"How the Deal With Harmon Fell Apart",
			"The talks ended in March. “Is this the end of the road for the merger?” Perhaps.",
		}, want: []string{": Is this the end"}},
		{name: "a sentence naming the speaker stays", lang: "en", paras: []string{
			"Dana Whitcombe joined the board of the Tamsworth mill on Monday.",
			"“We will keep the plant open for as long as it takes,” Whitcombe said.",
		}, want: []string{"Dana Whitcombe: We will keep"}},
	}
	checkQuotes(t, lx, tests)
}
