package normalize

import (
	"maps"
	"slices"
)

// A byline's conjunction is a word of the page's language: Dutch "en"
// joins two writers ("Door Jan Smit en Piet Bos") where Spanish "en" puts
// the place a writer filed from after her name ("Por Ana Soto en Lima");
// Polish "i" joins two writers where Norwegian "i" is "in". The merged
// lexicon cannot tell these apart, so the bylines of a page in a
// language whose conjunctions clash so are read with a view of the
// lexicon in which that language's conjunctions join names and are no
// [byline-place] words, and its [own-byline-place] words are (Norwegian
// "i": "Av Kari Lie i Bergen"). Every other word set is the merged
// lexicon's.
//
// A label too is sometimes a word of one language only: Italian opens a
// byline with "di" ("di Carla Neri e Piero Galli"), a word that opens
// Indonesian sentences ("Di Jakarta, …") and Italian ones too, and is
// never a label elsewhere. A language's [own-byline] labels are read
// only in its view, and only where a byline label is (cutLabel): a line
// of prose is refused by parseByline as with any label; the word stays
// no byline text of the names readers (bylineTexts, labelByText), so
// "Luca di Monte" keeps its particle.

// buildBylineViews builds lx.bylineViews once the lexicon is complete: a
// view for each language that has a conjunction the merged lexicon
// reads otherwise (one of [own-conjunctions], or a [byline-place] word
// of another language) or words of [own-byline-place]. A view is a
// shallow copy: it shares every map but the three it changes, and is
// never changed after.
func (lx *lexicon) buildBylineViews() {
	lx.bylineViews = map[string]*lexicon{}
	langs := slices.Sorted(maps.Keys(lx.langConjunctions))
	for _, own := range []map[string]bool{setOf(lx.ownBylinePlace), setOf(lx.ownBylines)} {
		for lang := range own {
			if !slices.Contains(langs, lang) {
				langs = append(langs, lang)
			}
		}
	}
	slices.Sort(langs)
	for _, lang := range langs {
		conj, places := lx.langConjunctions[lang], lx.ownBylinePlace[lang]
		own := lx.ownBylines[lang]
		differs := len(places) > 0 || len(own) > 0
		for w := range conj {
			differs = differs || !lx.conjunctions[w] || lx.bylinePlace[w]
		}
		if !differs {
			continue
		}
		v := *lx
		v.bylineViews = nil
		v.conjunctions = maps.Clone(lx.conjunctions)
		v.bylinePlace = maps.Clone(lx.bylinePlace)
		v.bylinePlaceTitle = maps.Clone(lx.bylinePlaceTitle)
		for w := range places {
			v.bylinePlace[w] = true
			v.bylinePlaceTitle[titleWord(w)] = true
		}
		for w := range conj {
			v.conjunctions[w] = true
			delete(v.bylinePlace, w)
			delete(v.bylinePlaceTitle, titleWord(w))
		}
		v.filters.conjunctions = filterOf(v.conjunctions)
		if len(own) > 0 {
			v.bylines = append(slices.Clone(lx.bylines), own...)
			slices.SortStableFunc(v.bylines, func(a, b label) int { return len(b.text) - len(a.text) })
			v.bylinesByFirst = byFirstByte(v.bylines)
			v.creditGate = newCreditGate(&v)
		}
		lx.bylineViews[lang] = &v
	}
}

// bylineView is the lexicon the bylines of a page in lang are read with:
// lx itself unless lang's conjunctions clash with another language's
// words (see buildBylineViews).
func (lx *lexicon) bylineView(lang string) *lexicon {
	if v := lx.bylineViews[lang]; v != nil {
		return v
	}
	return lx
}

// setOf is the set of m's keys.
func setOf[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}
