package normalize

import (
	"math/bits"
	"strings"
	"unicode"
)

// langSample is how many words of the text language detection reads.
const langSample = 400

// language is the page's two-letter language. The page's declaration
// (<html lang>, og:locale) is a hint that the text must not contradict:
//
//   - a declared language with stopwords in the lexicons stands when the
//     text has enough of them (minShare of its words);
//   - a declared language without stopwords here stands unless the text
//     is plainly another lexicon language (minOther of its words);
//   - an undeclared page takes the language whose stopwords it has, when
//     they are enough.
//
// Otherwise the text detector (lingua-go, see langid.go) decides, which
// happens on a few pages in a hundred: templates copied from an English
// site onto Indonesian or Zulu pages, pages that declare nothing. When it
// cannot tell, the declaration, the stopwords, then the top-level domain
// answer, in that order.
func (lx *lexicon) language(declared, text, domain string) string {
	d := declaredLang(declared)
	detected, counts, words := lx.detect(text)
	share := func(l string) float64 {
		if words == 0 {
			return 0
		}
		return float64(counts[l]) / float64(words)
	}
	switch {
	case words < minDetectWords && d == "" && unspacedText(text):
		// A script written without spaces (Japanese, Chinese) has few
		// words however long its text: the detector reads its letters.
		if l := lx.detector.identify(text); l != "" {
			return l
		}
	case words < minDetectWords:
		// Too little text to judge: a declaration, else the stopwords.
	case d != "" && lx.stopwords[d] != nil:
		if share(d) >= minShare {
			return d
		}
		if l := lx.detector.identify(text); l != "" {
			return l
		}
	case d != "":
		if detected == "" || share(detected) < minOther {
			return d
		}
		if l := lx.detector.identify(text); l != "" {
			return l
		}
	default:
		if detected != "" && share(detected) >= minShare {
			return detected
		}
		if l := lx.detector.identify(text); l != "" {
			return l
		}
	}
	if d != "" {
		return d
	}
	if detected != "" {
		return detected
	}
	if i := strings.LastIndexByte(domain, '.'); i >= 0 {
		return lx.tldLang[domain[i+1:]]
	}
	return ""
}

// Thresholds of language, as shares of the text's first words: running
// text in a lexicon language has a quarter to a half of its words among
// the language's stopwords, text in another language a few in a hundred.
const (
	minShare       = 0.15
	minOther       = 0.25
	minDetectWords = 12
)

// detect counts stopwords of each lexicon language in the first words of
// text and returns the language with the most, if the text has enough,
// with the counts and the number of words read.
//
// The counts are kept by language index (stopMask) and made a map at
// the end: most words are no stopword, which the filter of stopLangs'
// keys says for most of them before any lookup, and a stopword counts
// for each of its languages by bit.
func (lx *lexicon) detect(text string) (string, map[string]int, int) {
	var n [64]int
	var buf [64]byte
	words, at := 0, 0
	for ; words < langSample; words++ {
		start, end := nextField(text, at)
		if start < 0 {
			break
		}
		w := text[start:end]
		at = end
		lw := appendLower(buf[:0], trimPunct(w))
		if len(lw) == 0 || (lx.filters.stopLangs.first[lw[0]]|lx.filters.stopLangs.last[lw[len(lw)-1]])>>min(len(lw), 31)&1 != 0 {
			continue // (filters.stopLangs.refuses, on the bytes)
		}
		for m := lx.stopMask[string(lw)]; m != 0; m &= m - 1 {
			n[bits.TrailingZeros64(m)]++
		}
	}
	counts := map[string]int{}
	best, bestN := "", 0
	for k, l := range lx.langs {
		if n[k] > 0 {
			counts[l] = n[k]
		}
		if n[k] > bestN {
			best, bestN = l, n[k]
		}
	}
	if bestN < 3 {
		return "", counts, words
	}
	return best, counts, words
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// declaredLang is the two-letter code of a page's declared language
// ("nl-NL" → "nl"; the old "in" → "id"), or "" when it declares none
// that reads as one.
func declaredLang(declared string) string {
	d := strings.ToLower(strings.TrimSpace(declared))
	if i := strings.IndexAny(d, "-_"); i > 0 {
		d = d[:i]
	}
	if d == "in" { // the old code for Indonesian, still seen in the wild
		d = "id"
	}
	if len(d) != 2 || !isASCIILetters(d) {
		return ""
	}
	return d
}

// minUnspacedLetters is how many Han, Hiragana or Katakana letters a
// text needs before its language is told from them: a sentence or two.
const minUnspacedLetters = 40

// unspacedText says text is mostly written in a script without spaces:
// minUnspacedLetters of its first letters or more are Han, Hiragana or
// Katakana, and those are most of them.
func unspacedText(text string) bool {
	n, all := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		all++
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			n++
		}
		if all >= 4*minUnspacedLetters {
			break
		}
	}
	return n >= minUnspacedLetters && 2*n > all
}
