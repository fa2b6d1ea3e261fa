package normalize

import (
	"strings"
	"unicode/utf8"
)

// entityKind is what a capitalised name names.
type entityKind int

const (
	// kindUnknown is a name the words alone cannot place: most often a
	// single capitalised word, which may be a surname ("Levy"), a place
	// or a company the lexicons do not hold.
	kindUnknown entityKind = iota
	// kindPerson is a person's name: two to five capitalised words with
	// no organisation's, place's or outlet's word among them.
	kindPerson
	// kindOrganisation is an organisation, an office, a party, a team, or
	// an acronym.
	kindOrganisation
	// kindPlace is a place: a place of the lexicons, or a compass word
	// with a name ("North Tyneside", "Jawa Timur").
	kindPlace
	// kindOutlet is a news outlet or agency, the page's own site among
	// them.
	kindOutlet
)

// maxPersonWords is the longest person's name kindOf accepts as one
// ("Carissa F. Etienne", "I Made Agus Suarjana", "Ahmad bin Ali").
const maxPersonWords = 5

// kindOf decides whether name, a run of capitalised words as printed,
// names a person, an organisation, a place or an outlet. site and domain
// are the page's own name and domain ("" when unknown): the site is an
// outlet, never a person. The decision uses only the words and the
// lexicons ([org-words], [org-suffixes], [places], [place-words],
// [outlets], [outlet-words], [joiners]); it never reads the text around
// the name. What the text around says ("from Nottingham", "Nomor Induk
// Pegawai (NIP)") is for the caller: see isExpansion and
// lexicon.locatives.
//
// It is the one person/organisation decision of normalize: speakers and
// sources use it, and so may bylines.
func (lx *lexicon) kindOf(name, site, domain string) entityKind {
	name = strings.TrimSpace(name)
	if name == "" {
		return kindUnknown
	}
	if (site != "" || domain != "") && namesSite(name, site, domain, true) {
		return kindOutlet
	}
	var wArr, lArr [8]string
	ws, lws := wArr[:0], lArr[:0]
	for _, w := range fields(name) {
		if w = strings.Trim(w, ",;:()\"“”‘’"); w != "" {
			ws = append(ws, w)
			lws = append(lws, strings.ToLower(w))
		}
	}
	return lx.kindOfWords(name, ws, lws, "")
}

// kindOfWords is kindOf for a name already split into words ws, lws in
// lower case, without the site check, in a text of language lang ("" for
// any): see isOrgWordIn.
func (lx *lexicon) kindOfWords(name string, ws, lws []string, lang string) entityKind {
	if len(ws) == 0 {
		return kindUnknown
	}
	if lx.isOutletWords(name, lws) {
		return kindOutlet
	}
	if allAcronyms(ws) {
		return kindOrganisation // acronyms: "BMKG", "UCEA", "MIPA UI"
	}
	for _, l := range lws {
		if lx.isOrgWordIn(l, lang) || lx.hasOrgSuffix(l) {
			return kindOrganisation
		}
	}
	if lx.isJoiner(lws[0]) && len(ws) > 1 {
		return kindOrganisation // "the Himalayan Database"
	}
	if lx.placeAt(ws) == len(ws) {
		return kindPlace
	}
	if len(ws) >= 2 && (lx.placeWords[lws[0]] || lx.placeWords[lws[len(lws)-1]]) {
		return kindPlace // "South America", "North Tyneside", "Sumatera Selatan"
	}
	if len(ws) == 1 || len(ws) > maxPersonWords {
		return kindUnknown
	}
	for _, w := range ws {
		if !isCapitalised(w) && !lx.isParticle(strings.ToLower(w)) {
			return kindUnknown
		}
	}
	return kindPerson
}

// minOrgSuffixStem is how much of a word must come before an
// organisation's ending for the word to be a compound ("Bundes|ministerium").
const minOrgSuffixStem = 3

// hasOrgSuffix says the lower-case word l is a compound ending in an
// organisation's word: German writes "Datenschutzbehörde",
// "Verteidigungsministerium" as one word.
func (lx *lexicon) hasOrgSuffix(l string) bool {
	for _, suf := range lx.orgSuffixes {
		if len(l) >= len(suf)+minOrgSuffixStem && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// isExpansion says ws, a run of capitalised words, spells out acronym,
// the upper-case word printed after it in brackets: "Nomor Induk Pegawai
// (NIP)", "Hijab Hacks with Ukhti Diza (HHUD)". Such a run is the name of
// a thing, never a person's. Lower-case and joining words may be skipped
// by the acronym.
func isExpansion(ws []string, acronym string) bool {
	if !isUpperWord(acronym) || utf8.RuneCountInString(acronym) < 2 {
		return false
	}
	letters := []rune(strings.ToLower(acronym))
	k := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(strings.ToLower(w))
		if k < len(letters) && r == letters[k] {
			k++
			continue
		}
		if isCapitalised(w) {
			return false
		}
	}
	return k == len(letters)
}

// maxAcronym is the longest word read as an acronym when several stand
// together ("MIPA UI"); a lone upper-case word of any length is one.
const maxAcronym = 5

// allAcronyms says every word of ws is an acronym: upper case, more than
// one letter.
func allAcronyms(ws []string) bool {
	for _, w := range ws {
		n := utf8.RuneCountInString(w)
		// isCapitals, not isUpperWord: a word of a script without case
		// ("松本") is no acronym.
		if !isCapitals(w) || n < 2 || len(ws) > 1 && n > maxAcronym {
			return false
		}
	}
	return true
}

// isOutletWords is isOutlet(name) || looksLikeOutlet(name) for name split
// into lower-case words lws, without building strings for the common name
// that has no dot: kindOf runs on every capitalised run of every article.
func (lx *lexicon) isOutletWords(name string, lws []string) bool {
	for _, l := range lws {
		if strings.IndexByte(l, '.') >= 0 {
			return lx.isOutlet(name) || lx.looksLikeOutlet(name)
		}
	}
	var arr [96]byte
	buf := arr[:0]
	from := 0
	if len(lws) > 1 && lws[0] == "the" {
		from = 1
	}
	for i, l := range lws[from:] {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, l...)
		if lx.outletWordSet[l] {
			return true
		}
	}
	if lx.outlets[string(buf)] {
		return true
	}
	last := lws[len(lws)-1]
	return last == "news" || len(lws) == 1 && strings.HasSuffix(last, "news")
}
