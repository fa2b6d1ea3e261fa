package normalize

import (
	"strings"
	"testing"
)

// TestWordFilters: each filter refuses no word of its set, so that every
// set test answers as the map alone (for every key, its upper-case and
// cut forms, and invented words); it refuses most other words; the zero
// filter refuses nothing; and reading articles adds nothing to the sets
// after the filters are built (rebuilding them gives the same filters).
func TestWordFilters(t *testing.T) {
	lx := loadLexicon()
	sets := []struct {
		name string
		m    map[string]bool
		f    *wordFilter
		has  func(string) bool
	}{
		{"indefinites", lx.indefinites, &lx.filters.indefinites, lx.isIndefinite},
		{"verbs", lx.verbs, &lx.filters.verbs, lx.isVerb},
		{"orgWords", lx.orgWords, &lx.filters.orgWords, lx.isOrgWord},
		{"joiners", lx.joiners, &lx.filters.joiners, lx.isJoiner},
		{"conjunctions", lx.conjunctions, &lx.filters.conjunctions, lx.isConjunction},
		{"articles", lx.articles, &lx.filters.articles, lx.isArticle},
		{"titles", lx.titles, &lx.filters.titles, lx.isTitleWord},
		{"locatives", lx.locatives, &lx.filters.locatives, lx.isLocative},
		{"stopwords", lx.allStopwords, &lx.filters.stopwords, lx.isStopword},
		{"days", lx.days, &lx.filters.days, lx.isDay},
		{"particles", lx.particles, &lx.filters.particles, lx.isParticle},
		{"nameOpeners", lx.nameOpeners, &lx.filters.nameOpeners, lx.isNameOpener},
		{"roleDets", lx.roleDets, &lx.filters.roleDets, lx.isRoleDet},
		{"nounDets", lx.nounDets, &lx.filters.nounDets, lx.isNounDet},
		{"bodyTitles", lx.bodyTitles, &lx.filters.bodyTitles, lx.isBodyTitle},
		{"placeHeads", lx.placeHeads, &lx.filters.placeHeads, lx.isPlaceHead},
		{"openerWords", lx.openerWords, &lx.filters.openerWords, lx.isOpenerWord},
		{"orgNouns", lx.orgNouns, &lx.filters.orgNouns, lx.isOrgNoun},
	}
	invented := strings.Fields("the a an ein eine seorang une said says told mengatakan ujar kata of dan and und " +
		"ministry kementerian university council board police minister presiden bupati from dari di in " +
		"Tamsworth whitcombe harlow orbix bramfeld cibinong x xy déclaré führer ängstlich 東京 ")
	for _, s := range sets {
		if len(s.m) == 0 {
			t.Fatalf("%s: the lexicon holds no words", s.name)
		}
		words := append([]string{""}, invented...)
		for w := range s.m {
			words = append(words, w, strings.ToUpper(w), w+"s", w+"x", w[:len(w)/2], w+strings.Repeat("z", 40))
		}
		refused := 0
		for _, w := range words {
			if got, want := s.has(w), s.m[w]; got != want {
				t.Errorf("%s: %q: filtered test says %v, the map %v", s.name, w, got, want)
			}
			if s.f.refuses(w) {
				refused++
				if s.m[w] {
					t.Errorf("%s: the filter refuses %q, a word of the set", s.name, w)
				}
			}
		}
		if refused == 0 {
			t.Errorf("%s: the filter refused none of %d words", s.name, len(words))
		}
		var zero wordFilter
		for _, w := range words {
			if zero.refuses(w) {
				t.Fatalf("the zero filter refuses %q", w)
			}
		}
	}
	before := lx.filters
	checkQuotes(t, lx, []quoteCase{{name: "a paragraph read", lang: "en", paras: []string{
		"A woman from Harlow, the chair of the Tamsworth Mill Board of Trustees, said the vote was close.",
		"“We will keep the plant open for as long as it takes,” Dana Whitcombe said.",
	}, want: []string{"Dana Whitcombe: We will keep"}}})
	lx.buildFilters()
	if lx.filters != before {
		t.Errorf("the word sets changed after the filters were built")
	}
}

// TestWordFilterEnds: a word is refused by either end, so that one that
// opens like a word of the set, at its length, goes without a lookup
// when its last byte ends no such word; one that matches both ends is
// left to the map.
func TestWordFilterEnds(t *testing.T) {
	f := filterOf(map[string]bool{"minister": true, "mayor": true})
	for w, want := range map[string]bool{
		"minister": false, "mayor": false, // words of the set
		"ministry": true, "mayors": true, "xinister": true, "mayon": true, // an end or the length differs
		"monster": true, "mxxxxxxr": false, // "mxxxxxxr" opens and ends as "minister" does: the map decides
		"": false,
	} {
		if got := f.refuses(w); got != want {
			t.Errorf("refuses(%q) = %v, want %v", w, got, want)
		}
	}
}
