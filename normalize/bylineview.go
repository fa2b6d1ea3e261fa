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

// buildBylineViews builds lx.bylineViews once the lexicon is complete: a
// view for each language that has a conjunction the merged lexicon
// reads otherwise (one of [own-conjunctions], or a [byline-place] word
// of another language) or words of [own-byline-place]. A view is a
// shallow copy: it shares every map but the three it changes, and is
// never changed after.
func (lx *lexicon) buildBylineViews() {
	lx.bylineViews = map[string]*lexicon{}
	langs := slices.Sorted(maps.Keys(lx.langConjunctions))
	for lang := range lx.ownBylinePlace {
		if !slices.Contains(langs, lang) {
			langs = append(langs, lang)
		}
	}
	for _, lang := range langs {
		conj, places := lx.langConjunctions[lang], lx.ownBylinePlace[lang]
		differs := len(places) > 0
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
