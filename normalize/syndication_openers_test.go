package normalize

import "testing"

// TestSyndicationOpeners: the indexed mayOpenSyndicationCue answers as
// asking every cue with wordsAt does, on the embedded lexicons and on
// hand-made cues whose first words end in stops, a colon or a
// parenthesis, for words with and without trailing stops.
func TestSyndicationOpeners(t *testing.T) {
	plain := func(cues []syndicationCue, w string) bool {
		for _, cue := range cues {
			if !cue.creditOnly && (len(cue.words) == 0 || wordsAt([]string{w}, 0, cue.words[:1])) {
				return true
			}
		}
		return false
	}
	words := []string{
		"", ".", "),", "first", "first,", "first.", "first:", "first)", "first).", "(first",
		"tayang", "tayang,", "artikel", "artikel:", "this", "originally", "quelle:", "quelle",
		"source", "source:", "source),", "via", "via.", "with", "avec", "mit", "der", "x",
		"see:", "see", "note).", "note)", "note", "(note",
	}
	hand := []syndicationCue{
		{words: []string{"first", "seen", "in"}},
		{words: []string{"source:"}},
		{words: []string{"note)", "from"}},
		{words: []string{"with"}, creditOnly: true},
		{words: []string{".", "via"}},
	}
	lx := loadLexicon()
	for _, tc := range []struct {
		name string
		cues []syndicationCue
	}{
		{"embedded", lx.syndication},
		{"hand-made", hand},
		{"hand-made with an empty cue", append(hand[:len(hand):len(hand)], syndicationCue{})},
	} {
		l := &lexicon{syndication: tc.cues}
		l.indexSyndication()
		for _, w := range words {
			if got, want := l.mayOpenSyndicationCue(w), plain(tc.cues, w); got != want {
				t.Errorf("%s: mayOpenSyndicationCue(%q) = %v, want %v", tc.name, w, got, want)
			}
		}
	}
}
