package normalize

// wordFilter refuses, without hashing it, most words that a set of words
// does not hold: bit min(len(w), 31) of first[w[0]] is set when no word
// of the set opens with the byte w[0] and has w's length, and that bit of
// last[w[len(w)-1]] when none ends with w's last byte and has its length
// (every word of 31 bytes or more counts as 31). A word it does not
// refuse may or may not be in the set; the set's map answers that.
//
// The quote reader asks the lexicon's small word sets (indefinites,
// reporting verbs, joiners, organisation words, titles, …) about most
// words of every paragraph, and nearly every answer is no: a map lookup
// hashes the word first, the filter reads three bytes. (The first byte
// alone let through most words of the larger sets, the titles of every
// language, where every letter opens words of every common length.)
//
// The zero filter refuses nothing, so a lexicon built without
// buildFilters (as some tests build one) answers as its maps do. The
// filters are built from the maps once they are complete; nothing adds
// to those maps afterwards (TestWordFilters checks both).
type wordFilter struct{ first, last [256]uint32 }

// filterOf is the filter of the keys of m.
func filterOf[V any](m map[string]V) wordFilter {
	var f wordFilter
	for i := range f.first {
		f.first[i], f.last[i] = ^uint32(0), ^uint32(0)
	}
	for w := range m {
		if w != "" {
			bit := uint32(1) << min(len(w), 31)
			f.first[w[0]] &^= bit
			f.last[w[len(w)-1]] &^= bit
		}
	}
	return f
}

// refuses says w is in no set f was built from.
func (f *wordFilter) refuses(w string) bool {
	return w != "" && (f.first[w[0]]|f.last[w[len(w)-1]])>>min(len(w), 31)&1 != 0
}

// lexFilters are the filters of the lexicon's word sets that the quote
// reader asks most often.
type lexFilters struct {
	indefinites, verbs, orgWords, joiners, conjunctions, articles, titles, locatives, stopwords wordFilter
	// stopLangs is of lx.stopLangs' keys, which detect looks up for
	// each of a text's first words.
	stopLangs wordFilter
	// Of the smaller sets the name and speaker readers ask of most
	// capitalised runs.
	days, particles, nameOpeners, roleDets, nounDets, bodyTitles, placeHeads, openerWords, orgNouns wordFilter
}

// buildFilters builds lx's filters from its maps; parseLexicons calls it
// once the lexicon files are read.
func (lx *lexicon) buildFilters() {
	lx.filters = lexFilters{
		indefinites:  filterOf(lx.indefinites),
		verbs:        filterOf(lx.verbs),
		orgWords:     filterOf(lx.orgWords),
		joiners:      filterOf(lx.joiners),
		conjunctions: filterOf(lx.conjunctions),
		articles:     filterOf(lx.articles),
		titles:       filterOf(lx.titles),
		locatives:    filterOf(lx.locatives),
		stopwords:    filterOf(lx.allStopwords),
		stopLangs:    filterOf(lx.stopLangs),
		days:         filterOf(lx.days),
		particles:    filterOf(lx.particles),
		nameOpeners:  filterOf(lx.nameOpeners),
		roleDets:     filterOf(lx.roleDets),
		nounDets:     filterOf(lx.nounDets),
		bodyTitles:   filterOf(lx.bodyTitles),
		placeHeads:   filterOf(lx.placeHeads),
		openerWords:  filterOf(lx.openerWords),
		orgNouns:     filterOf(lx.orgNouns),
	}
}

// The set tests below are the maps' answers, the filter asked first.

func (lx *lexicon) isIndefinite(l string) bool {
	return !lx.filters.indefinites.refuses(l) && lx.indefinites[l]
}

func (lx *lexicon) isVerb(l string) bool { return !lx.filters.verbs.refuses(l) && lx.verbs[l] }

func (lx *lexicon) isOrgWord(l string) bool { return !lx.filters.orgWords.refuses(l) && lx.orgWords[l] }

func (lx *lexicon) isJoiner(l string) bool { return !lx.filters.joiners.refuses(l) && lx.joiners[l] }

func (lx *lexicon) isConjunction(l string) bool {
	return !lx.filters.conjunctions.refuses(l) && lx.conjunctions[l]
}

func (lx *lexicon) isArticle(l string) bool { return !lx.filters.articles.refuses(l) && lx.articles[l] }

func (lx *lexicon) isLocative(l string) bool {
	return !lx.filters.locatives.refuses(l) && lx.locatives[l]
}

// isTitleWord says l is a word of the titles set as written; isTitle
// reads compounds and endings too.
func (lx *lexicon) isTitleWord(l string) bool {
	return !lx.filters.titles.refuses(l) && lx.titles[l]
}

func (lx *lexicon) isDay(l string) bool { return !lx.filters.days.refuses(l) && lx.days[l] }

func (lx *lexicon) isParticle(l string) bool {
	return !lx.filters.particles.refuses(l) && lx.particles[l]
}

func (lx *lexicon) isNameOpener(l string) bool {
	return !lx.filters.nameOpeners.refuses(l) && lx.nameOpeners[l]
}

func (lx *lexicon) isRoleDet(l string) bool { return !lx.filters.roleDets.refuses(l) && lx.roleDets[l] }

func (lx *lexicon) isNounDet(l string) bool { return !lx.filters.nounDets.refuses(l) && lx.nounDets[l] }

func (lx *lexicon) isBodyTitle(l string) bool {
	return !lx.filters.bodyTitles.refuses(l) && lx.bodyTitles[l]
}

func (lx *lexicon) isPlaceHead(l string) bool {
	return !lx.filters.placeHeads.refuses(l) && lx.placeHeads[l]
}

func (lx *lexicon) isOpenerWord(l string) bool {
	return !lx.filters.openerWords.refuses(l) && lx.openerWords[l]
}

func (lx *lexicon) isOrgNoun(l string) bool { return !lx.filters.orgNouns.refuses(l) && lx.orgNouns[l] }
