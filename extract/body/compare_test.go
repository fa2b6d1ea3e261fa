package body

import (
	"strings"
	"testing"
)

func TestArticleBodyLost(t *testing.T) {
	paras := []string{
		"The valley council voted on Thursday evening to rebuild the old stone bridge over the river before the winter floods arrive.",
		"Engineers told the meeting that the central arch had shifted by several centimetres since the spring and could not carry lorries much longer.",
		"Residents of the two villages on either bank have driven a detour of forty minutes since the bridge was closed to heavy traffic in June.",
		"The work is to be paid for from the regional road fund, with a smaller share coming from the council's own reserves for emergencies.",
		"A temporary footbridge will be put up next to the old one so that schoolchildren can keep walking to the primary school on the far bank.",
		"Construction is due to start in the first week of October, and the council hopes to reopen the crossing to all traffic by early spring.",
	}
	ab := strings.Join(paras, "\n")
	blocks := func(ps ...string) Result {
		var r Result
		for _, p := range ps {
			r.Blocks = append(r.Blocks, Block{Text: p})
		}
		return r
	}
	const promo = "Subscribe to our weekly newsletter for all the news from the valley, free of charge."
	const teaser = "Read next: Floods close the mountain pass for a second week in a row this autumn."
	for _, tc := range []struct {
		name        string
		other, base Result
		articleBody string
		more        bool // other leaves out over a twentieth more than base
	}{
		{"same paragraphs", blocks(paras...), blocks(paras...), ab, false},
		{"other drops furniture base kept", blocks(paras...), blocks(append(append([]string{}, paras...), promo)...), ab, false},
		{"base is articleBody in one piece", blocks(paras...), blocks(strings.Join(paras, " ")), ab, false},
		{"other drops a middle paragraph", blocks(append(append([]string{}, paras[:3]...), paras[4:]...)...), blocks(paras...), ab, true},
		{"other drops the end but gains a teaser", blocks(append(append([]string{}, paras[:5]...), teaser, promo)...), blocks(paras...), ab, true},
		{"base itself lacks what other lacks", blocks(paras[:5]...), blocks(paras[:5]...), ab, false},
		{"other holds more than base", blocks(paras...), blocks(paras[1:]...), ab, false},
		{"no articleBody", blocks(paras[:3]...), blocks(paras...), "", false},
		{"articleBody too short to witness", blocks(paras[1:]...), blocks(paras...), paras[0] + "\n" + paras[1], false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ArticleBodyLost(tc.other, tc.base, tc.articleBody)
			if (got > 0.05) != tc.more {
				t.Errorf("ArticleBodyLost = %.3f, want > 0.05: %v", got, tc.more)
			}
		})
	}
}

func TestEachShingle(t *testing.T) {
	count := func(bs ...string) int {
		var blocks []Block
		for _, b := range bs {
			blocks = append(blocks, Block{Text: b})
		}
		n := 0
		eachShingle(blocks, func(uint64) { n++ })
		return n
	}
	for _, tc := range []struct {
		blocks []string
		want   int
	}{
		{nil, 0},
		{[]string{"—"}, 0},
		{[]string{"two words"}, 1},
		{[]string{"one two three four"}, 1},
		{[]string{"one two three four five"}, 2},
		{[]string{"one two", "three four five"}, 2}, // a run spans blocks
		{[]string{"Ärger über Brücke", "geht weiter"}, 2},
	} {
		if got := count(tc.blocks...); got != tc.want {
			t.Errorf("shingles of %q = %d, want %d", tc.blocks, got, tc.want)
		}
	}
	// Case and punctuation do not matter; word order does.
	a := shingleSet([]Block{{Text: "The Bridge, reopened: at last."}})
	b := shingleSet([]Block{{Text: "the bridge reopened at last"}})
	c := shingleSet([]Block{{Text: "at last the bridge reopened"}})
	if missing([]Block{{Text: "the bridge reopened at last"}}, a) != 0 || len(a) != len(b) {
		t.Errorf("case or punctuation changed the shingles")
	}
	if missing([]Block{{Text: "the bridge reopened at last"}}, c) == 0 {
		t.Errorf("reordered words gave the same shingles")
	}
}

func TestUnvouched(t *testing.T) {
	story := Result{Blocks: []Block{
		{Text: "The orchard co-operative pressed its first cider of the season on Saturday, a week later than last year."},
		{Text: "Members blamed the cold spring, which held back the blossom and left the early varieties small and sour."},
	}}
	withLede := Result{Blocks: append([]Block{{Text: "A late harvest, but a good one: the co-operative's presses are running again."}}, story.Blocks...)}
	withPanel := Result{Blocks: append(append([]Block{}, story.Blocks...), Block{Text: "Most read this week: the village fete moves to the football ground next summer."})}
	ab := story.Blocks[0].Text + "\n" + story.Blocks[1].Text
	lede := withLede.Blocks[0].Text
	for _, tc := range []struct {
		name        string
		other, base Result
		witnesses   []string
		vouched     bool // under half of what other adds is unvouched
	}{
		{"adds nothing", story, story, []string{ab}, true},
		{"adds the standfirst the description holds", withLede, story, []string{ab, lede}, true},
		{"adds the standfirst, no description", withLede, story, []string{ab}, false},
		{"adds a panel", withPanel, story, []string{ab, lede}, false},
		{"adds story text articleBody holds", story, Result{Blocks: story.Blocks[:1]}, []string{ab}, true},
		{"no witness", withPanel, story, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The words where the added text meets the rest (three
			// shingles) are nobody's: what the witness holds is
			// the bulk, not all.
			if got := Unvouched(tc.other, tc.base, tc.witnesses...); (got < 0.5) != tc.vouched {
				t.Errorf("Unvouched = %.3f, want vouched %v", got, tc.vouched)
			}
		})
	}
}
