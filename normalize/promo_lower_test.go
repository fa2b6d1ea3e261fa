package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// isSitePromoPlain is isSitePromo lowering the paragraph with
// strings.ToLower (apostrophes folded, foldApostrophe) into a string of
// its own: the reference its buffer on the stack is held to.
func (lx *lexicon) isSitePromoPlain(para, site string, domains ...string) bool {
	if len(para) > maxSitePromo || hasSpeech(para) {
		return false
	}
	own, cue := hasCues(strings.Map(foldApostrophe, strings.ToLower(para)), &lx.promoOwn, &lx.promoCues)
	if own {
		return true
	}
	if !cue {
		return false
	}
	return mentionsSite(para, site, domains...)
}

// TestSitePromoLowerBuffer compares isSitePromo with isSitePromoPlain on
// paragraphs made of the lexicons' promotion cues in any case, an
// invented outlet's name and domain, words, accented capitals, letters
// whose lower case is longer in UTF-8 (Ⱥ), broken UTF-8 (three bytes
// lowered from one) and paragraphs at and past maxSitePromo.
func TestSitePromoLowerBuffer(t *testing.T) {
	lx := loadLexicon()
	var cues []string
	for _, set := range []*cueIndex{&lx.promoOwn, &lx.promoCues} {
		for _, l := range set.byFirst {
			cues = append(cues, l...)
		}
		cues = append(cues, set.loose...)
	}
	if len(cues) == 0 {
		t.Fatal("the lexicons hold no promotion cues")
	}
	words := []string{" ", " ", ", ", ". ", "Velmora Post", "VELMORA POST", "velmorapost.example", "the ferry", "ÉTÉ", "Ⱥ", "\xff", "\xff\xfe", "— ", "“", "”", "’", "'"}
	rng := rand.New(rand.NewPCG(14, 20))
	promos := 0
	for n := range 20000 {
		var b strings.Builder
		for k := rng.IntN(24); k >= 0; k-- {
			if rng.IntN(3) == 0 {
				c := cues[rng.IntN(len(cues))]
				if rng.IntN(2) == 0 {
					c = strings.ToUpper(c)
				}
				b.WriteString(c)
			} else {
				b.WriteString(words[rng.IntN(len(words))])
			}
		}
		para := b.String()
		if n%500 == 0 {
			para = strings.Repeat("\xff", maxSitePromo) // three times as long lowered
		}
		want := lx.isSitePromoPlain(para, "Velmora Post", "velmorapost.example")
		if got := lx.isSitePromo(para, "Velmora Post", "velmorapost.example"); got != want {
			t.Fatalf("isSitePromo(%q) = %v, with strings.ToLower %v", para, got, want)
		}
		if want {
			promos++
		}
	}
	if promos == 0 {
		t.Fatal("no paragraph was a promotion: the cases try one way only")
	}
}
