package normalize

import "testing"

// TestBylineUnknownPhraseBeforeBy covers a byline whose words hold a
// label word ("by") after a phrase no lexicon knows ("Sponsored by
// Harbour Bank", "Brought to you by Acme Foods"): a sponsor's line or
// an unknown credit, never a name, so it credits no one rather than
// the whole phrase.
func TestBylineUnknownPhraseBeforeBy(t *testing.T) {
	checkBylineAndMeta(t, "https://www.harbourpost.com/news/fair", "Harbour Post", "The fair", []bylineCase{
		{"Sponsored by Harbour Bank", nil},
		{"Brought to you by Acme Foods", nil},
		{"Presented by Lakeside Motors", nil},
		// A name with a particle stays one.
		{"By Lena von Hagen", []string{"Lena von Hagen"}},
		{"By Carl af Ekholm", []string{"Carl af Ekholm"}},
	})
}

// TestBylineMadeWorkPhrases covers English credit phrases that say what
// the writer made before "by" ("Guest post by", "Story and photos by",
// "Words and pictures by"): the names after them are the authors, never
// the phrase's first word ("Story") or the whole phrase.
func TestBylineMadeWorkPhrases(t *testing.T) {
	checkBylineAndMeta(t, "https://www.harbourpost.com/news/fair", "Harbour Post", "The fair", []bylineCase{
		{"Guest post by Ines Duarte", []string{"Ines Duarte"}},
		{"A guest post by Ines Duarte", []string{"Ines Duarte"}},
		{"Guest column by Ines Duarte and Felix Brandt", []string{"Ines Duarte", "Felix Brandt"}},
		{"Story and photos by Felix Brandt", []string{"Felix Brandt"}},
		{"Words and pictures by Felix Brandt", []string{"Felix Brandt"}},
	}, "Guest column by Ines Duarte and Felix Brandt")
}
