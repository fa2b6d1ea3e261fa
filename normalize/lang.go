package normalize

import (
	"strings"
)

// langSample is how many words of the text language detection reads.
const langSample = 400

// language is the page's two-letter language: the page's own declaration
// when it names a language the lexicons know or any two-letter code,
// else the language whose stopwords the text uses most, else the
// language of the domain's top-level domain.
func (lx *lexicon) language(declared, text, domain string) string {
	d := strings.ToLower(strings.TrimSpace(declared))
	if i := strings.IndexAny(d, "-_"); i > 0 {
		d = d[:i]
	}
	if d == "in" { // the old code for Indonesian, still seen in the wild
		d = "id"
	}
	if len(d) == 2 && isASCIILetters(d) {
		return d
	}
	if l := lx.detect(text); l != "" {
		return l
	}
	if i := strings.LastIndexByte(domain, '.'); i >= 0 {
		return lx.tldLang[domain[i+1:]]
	}
	return ""
}

// detect counts stopwords of each lexicon language in the first words of
// text and returns the language with the most, if the text has enough.
func (lx *lexicon) detect(text string) string {
	counts := map[string]int{}
	n := 0
	for _, w := range strings.Fields(text) {
		if n >= langSample {
			break
		}
		n++
		w = strings.ToLower(trimPunct(w))
		for _, l := range lx.langs {
			if lx.stopwords[l][w] {
				counts[l]++
			}
		}
	}
	best, bestN := "", 0
	for _, l := range lx.langs {
		if counts[l] > bestN {
			best, bestN = l, counts[l]
		}
	}
	if bestN < 3 {
		return ""
	}
	return best
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
