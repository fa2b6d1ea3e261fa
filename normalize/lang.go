package normalize

import (
	"strings"
	"unicode"
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
	detected, counts := lx.detect(text)
	if len(d) == 2 && isASCIILetters(d) {
		// Templates copied between sites keep a wrong <html lang>: a
		// declaration the text plainly contradicts gives way.
		if detected != "" && detected != d && counts[detected] >= overrule && counts[detected] >= 4*counts[d] {
			return detected
		}
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

// overrule is how many stopwords of another language the text must
// hold, four times as many as of the declared one, to overrule <html lang>.
const overrule = 20

// detect counts stopwords of each lexicon language in the first words of
// text and returns the language with the most, if the text has enough,
// with the counts.
func (lx *lexicon) detect(text string) (string, map[string]int) {
	counts := map[string]int{}
	// The first langSample fields of text, as strings.Fields splits
	// them, without splitting the rest.
	rest := text
	var buf [64]byte
	for n := 0; n < langSample; n++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		rest = rest[end:]
		// strings.ToLower(trimPunct(w)), in a buffer.
		lw := appendLower(buf[:0], trimPunct(w))
		for _, l := range lx.stopLangs[string(lw)] {
			counts[l]++
		}
	}
	best, bestN := "", 0
	for _, l := range lx.langs {
		if counts[l] > bestN {
			best, bestN = l, counts[l]
		}
	}
	if bestN < 3 {
		return "", counts
	}
	return best, counts
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
