package normalize

import (
	"strings"
	"unicode"
)

// dropDegrees takes out of toks, in place, the academic degrees and
// qualifications written around a name, which are no part of it and
// name no one: "Sutomo Haryadi, M.Si, mengatakan", "Mira Quell PhD
// said", "Dr. med. Lothar Brenner". A degree's comma (or "?", "!") goes
// onto the word before it, so that "NAME, M.Si, said" reads as "NAME,
// said". It returns toks shortened.
//
// A degree (lx.degrees) is taken out only
//   - after a capitalised word that ends no sentence (the name, or a
//     title before it), and
//   - in capitals (without stops, two or more: "MSi", "SpOG"; "Spa"
//     is a word), when a comma follows it, or no capitalised word does
//     but another degree: written so, the letters may be a name's initials
//     ("M.A. Rahman");
//   - in lower case, after a title and with its full stop ("Dr. med.",
//     "Dr. rer. nat."): a word of the sentence in some language ("med").
func (lx *lexicon) dropDegrees(toks []token) []token {
	if len(lx.degrees) == 0 {
		return toks
	}
	j := 0
	for i, t := range toks {
		if j > 0 && lx.degreeAt(toks, i, &toks[j-1]) {
			prev := &toks[j-1]
			prev.comma = prev.comma || t.comma
			if !isLower(t.word) {
				prev.stop = prev.stop || t.stop
			}
			prev.aged = prev.aged || t.aged
			continue
		}
		if j != i {
			toks[j] = t
		}
		j++
	}
	return toks[:j]
}

// degreeAt says toks[i] is a degree around a name, prev the word kept
// before it (see dropDegrees).
func (lx *lexicon) degreeAt(toks []token, i int, prev *token) bool {
	t := toks[i]
	// (The map is asked last: most words follow no capital.)
	if prev.stop || !isCapitalised(prev.word) || !lx.degrees[t.lower] {
		return false
	}
	if isLower(t.word) {
		return lx.isTitleWord(prev.lower) && strings.HasSuffix(trimClosers(strings.TrimRight(t.raw, ",:;")), ".")
	}
	if strings.IndexByte(t.raw, '.') < 0 && capitals(t.word) < 2 {
		return false // "Spa", written as a name's word is: no "SpA"
	}
	if t.comma || i == len(toks)-1 {
		return true
	}
	next := toks[i+1]
	return !isCapitalised(next.word) || lx.degrees[next.lower]
}

// capitals counts the capital letters of w.
func capitals(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// isDegreeWord says w, a word with or without its last full stop, is a
// degree of the lexicons ("M.Si", "Ph.D.", "med.").
func (lx *lexicon) isDegreeWord(w string) bool {
	return lx.degrees[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// honorificWords counts the words of f written around a name that are
// no part of it, honorifics and degrees ("Prof.", "Dr.", "Hj.", "med."):
// a name's length is told without them ("Prof. Dr. Hj. Ratna Dewi
// Lestari" is a name of three words).
func (lx *lexicon) honorificWords(f []string) int {
	n := 0
	for _, w := range f {
		if lx.honorifics[strings.ToLower(strings.TrimSuffix(w, "."))] || lx.isDegreeWord(w) {
			n++
		}
	}
	return n
}
