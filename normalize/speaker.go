package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxRoleWords is the longest role in lower case before a name set off
// by commas.
const maxRoleWords = 5

// nameAt reads the name that starts toks ("Kapolsek Kebayoran Lama,
// Kompol Widya Agustiono saat …" gives "Widya Agustiono"; "dr Wisman"
// gives "Wisman").
func (c *quoteCtx) nameAt(toks []token) string {
	byVerb := c.byVerb
	c.byVerb = true
	defer func() { c.byVerb = byVerb }()
	// "kata pedagang cabai, Sutarno, di Jakarta": a role in lower case,
	// then the name set off by commas.
	// "said union president Maria Lopez": a role in lower case holding a
	// title, then the name.
	if len(toks) > 0 && isLower(toks[0].word) {
		titled := false
		for i := 0; i < len(toks)-1 && i < maxRoleWords; i++ {
			if toks[i].stop || isCapitalised(toks[i].word) {
				break
			}
			titled = titled || c.lx.isTitle(toks[i].lower)
			if toks[i].comma {
				if isCapitalised(toks[i+1].word) {
					toks = toks[i+1:]
				}
				break
			}
			// "dokter spesialis anak Fitri Hartanto": a role of a few
			// lower-case words opened by a title, then a full name.
			full := i+2 < len(toks) && isCapitalised(toks[i+2].word) && !toks[i+1].comma && !toks[i+1].stop
			if titled && i > 0 && isCapitalised(toks[i+1].word) && (c.lx.isTitle(toks[i].lower) || full) {
				toks = toks[i+1:]
				break
			}
		}
	}
	var groups [][]string
	var cur []string
	afterPrep := false // the name's group followed a title's "for", "of"
	afterBody := false // the name's group followed an office that names its body ("pelatih")
	// afterArticle: the group followed an article in a language that
	// capitalises its nouns ("sagte der Architekt Holger Brandauer"):
	// its first word is a noun, a job, never a given name.
	afterArticle := false
	afterTitle := false // a lower-case title opened toks ("warga Desa X, Ahmad Fauzi")
	skip := 0           // tokens before it are read already (a particle run)
	for i, t := range toks {
		if i < skip {
			continue
		}
		lw := t.lower
		if !isCapitalised(t.word) {
			if len(cur) > 0 && len(groups) == 0 && (c.lx.isTitleWord(lw) || c.lx.jobNouns[lw]) && !c.lx.isTitleWord(strings.ToLower(cur[len(cur)-1])) &&
				i+2 < len(toks) && isCapitalised(toks[i+1].word) && isCapitalised(toks[i+2].word) {
				// "said Home Office minister Chris Philp": the office's
				// body, its title in lower case, then the name; "said
				// Valley Ledger editor Rosa Finch": a newsroom's job
				// ([byline-job] nouns) after its outlet.
				cur = nil
				continue
			}
			if len(cur) == 0 && len(groups) == 0 && (c.lx.isTitleWord(lw) || c.lx.isJoiner(lw)) {
				afterTitle = afterTitle || c.lx.isTitleWord(lw)
				afterBody = c.lx.isBodyTitle(lw)
				afterArticle = c.capNouns && (c.lx.isRoleDet(lw) || c.lx.isNounDet(lw))
				continue // a lower-case title or article: "dr", "the"
			}
			if len(cur) > 0 && isNumber(t.word) && !t.stop {
				// "Ketua RT 05, Bambang": a unit's number ends its
				// group.
				if t.comma {
					groups, cur = append(groups, cur), nil
				}
				continue
			}
			if len(cur) > 0 && len(groups) == 0 && !afterPrep && c.lx.isTitleWord(strings.ToLower(cur[len(cur)-1])) &&
				(c.lx.isLocative(lw) || c.lx.isJoiner(lw)) && i+1 < len(toks) && isCapitalised(toks[i+1].word) {
				// "Attorney for Ohio Dana Whitfield": the office's
				// place or body, then the name.
				cur, afterPrep = nil, true
				continue
			}
			if n := c.nameParticles(toks, i); len(cur) > 0 && n > 0 &&
				!c.lx.isRoleDet(lw) && !c.lx.isArticle(lw) && !c.lx.isNounDet(lw) { // not "ruft Marlene Oswald der Menge zu"
				// "zei Pieter de Graaf", "said Ursula von der Hagen": a
				// name's particles in lower case, inside the name.
				for _, p := range toks[i : i+n] {
					cur = append(cur, p.word)
				}
				skip = i + n
				continue
			}
			if c.lx.isConjunction(lw) && i+1 < len(toks) && isCapitalised(toks[i+1].word) && len(cur) > 0 {
				cur = append(cur, t.word)
				continue
			}
			break
		}
		cur = append(cur, t.word)
		if t.comma || t.stop {
			groups = append(groups, cur)
			cur = nil
			if t.stop {
				break
			}
		}
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	if afterArticle && len(groups) > 0 && len(groups[0]) >= 3 {
		groups[0] = groups[0][c.nameStart(lowerAll(groups[0])):]
	} else if (afterPrep || afterBody) && len(groups) > 0 && len(groups[0]) >= 3 && !c.lx.isTitleWord(strings.ToLower(groups[0][0])) {
		groups[0] = groups[0][c.givenStart(groups[0]):]
	}
	// "Kapolsek Kebayoran Lama, Kompol Widya Agustiono": a job, then the
	// name; but "Sen. Elizabeth Warren, D-Mass." names first. A later
	// group is the name when the first opened with a title and the later
	// one is a full name.
	var names []string
	for _, g := range groups {
		n := c.personName(g, true)
		if n == "" && len(g) > maxNameWords {
			// A long title before the name: the name ends the run,
			// with the particles opening it ("… Ni Made Sukerti").
			k := len(g) - 2
			for k > 0 && len(g)-k < maxNameWords && c.lx.isNameOpener(strings.ToLower(g[k-1])) {
				k--
			}
			n = c.personName(g[k:], true)
		}
		names = append(names, n)
	}
	first := ""
	for i, n := range names {
		if n == "" {
			continue
		}
		if first == "" {
			first = n
			// "kata pelatih Persikarang, Bonifasius L.": after an office
			// that names its body, a lone word set off by a comma is
			// the body; a full name may follow.
			body := (afterBody && len(groups[0]) == 1 || afterTitle && countFields(n) == 1) && i == 0 && len(groups) > 1
			if !c.lx.isTitleWord(strings.ToLower(groups[i][0])) && !body {
				return first
			}
			continue
		}
		if countFields(n) >= 2 {
			return n
		}
	}
	return first
}

// nameBefore reads the name that ends toks ("… Stoltenberg" before
// "said").
func (c *quoteCtx) nameBefore(toks []token) string {
	byVerb := c.byVerb
	c.byVerb = true
	defer func() { c.byVerb = byVerb }()
	// "Dietmar Hartwig (Linke) kritisierte", "Presiden Joko Widodo
	// (Jokowi) mengatakan": the bracketed word before the verb, a
	// party's tag or another name, is no part of the name.
	if n := len(toks); n > 1 && strings.HasPrefix(toks[n-1].raw, "(") && strings.HasSuffix(strings.TrimRight(toks[n-1].raw, ",.:;"), ")") &&
		isCapitalised(toks[n-1].word) && !isUpperWord(toks[n-1].word) && isCapitalised(toks[n-2].word) && !toks[n-2].comma && !toks[n-2].stop {
		// (An acronym, "(FNPI)", "(SPD)", is left to personName.)
		toks = toks[:n-1]
	}
	i := len(toks)
	for i > 0 && isCapitalised(toks[i-1].word) {
		// The word just before the verb may carry a comma; an earlier
		// comma ends the name.
		if i < len(toks) && (toks[i-1].comma || toks[i-1].stop) {
			break
		}
		i--
	}
	if i == len(toks) {
		return ""
	}
	if n := c.nameOverParticles(toks, i); n != "" {
		return n
	}
	if i > 0 && !toks[i-1].comma && isLower(toks[i-1].word) && (c.lx.isLocative(toks[i-1].lower) || c.lx.isJoiner(toks[i-1].lower)) {
		if len(toks)-i < 3 {
			return "" // "a lecturer from Nottingham, said"
		}
		// "Attorney for Massachusetts Joshua Levy said": the office's
		// place or body goes, up to a known given name that leaves a
		// name of two words ("to the United Nations Anna Brennick
		// said"), else its first word; a known outlet's name of several
		// words ("told the Daily Mail Orla Brennick") is personName's to
		// cut whole.
		if c.lx.outletAt(tokenLowers(toks[i:])) == 0 {
			i += c.givenStart(tokenWords(toks[i:]))
		}
	} else if i > 0 && !toks[i-1].comma && isLower(toks[i-1].word) && c.lx.isBodyTitle(toks[i-1].lower) && len(toks)-i >= 3 && !c.lx.isTitleWord(toks[i].lower) {
		i++ // "pelatih Persikarang Budi Santoso menyatakan": the body, then the name
	}
	if i > 0 && toks[i-1].comma && c.placeBefore(toks[:i]) {
		return "" // "from Tynemouth, North Tyneside, said"
	}
	ws := make([]string, 0, len(toks)-i)
	for _, t := range toks[i:] {
		ws = append(ws, t.word)
	}
	// "Menteri Kelautan dan Perikanan Ratna Dewi": an office that joins
	// two fields runs on over its conjunction; the wider run is read
	// when it gives a name (personName cuts the office), the narrower
	// otherwise ("Budi dan Ani Lestari").
	if j := i - 1; j > 0 && c.lx.isConjunction(toks[j].lower) && isLower(toks[j].word) && isCapitalised(toks[j-1].word) && !toks[j-1].comma && !toks[j-1].stop {
		k := j - 1
		for k > 0 && j-k < maxRunWords && isCapitalised(toks[k-1].word) && !toks[k-1].comma && !toks[k-1].stop {
			k--
		}
		wide := make([]string, 0, len(toks)-k)
		for _, t := range toks[k:] {
			wide = append(wide, t.word)
		}
		if n := c.personName(wide, true); n != "" {
			return n
		}
	}
	return c.personName(ws, true)
}

// nameOverParticles is the name a run of capitals toks[i:] ending toks
// makes with the words before its particles ("Ludovic van der Berghe",
// "Van der Berghe" before "said"), when personName keeps the particles;
// "" when no particle run stands before toks[i] or the wider run makes no
// such name ("Ministerie van Defensie": a body's joiner, not a particle).
func (c *quoteCtx) nameOverParticles(toks []token, i int) string {
	k := c.particlesBefore(toks, i)
	if k == i || k == 0 || !isCapitalised(toks[k-1].word) || toks[k-1].comma || toks[k-1].stop {
		return ""
	}
	if before := toks[k-1].lower; c.capNouns && !c.lx.isGivenName(before) && c.cast.findLower(toks[k-1].word, before) == nil {
		// Where every noun is capitalised, a noun before "von", "der"
		// is common ("Straßen von Manila"): a given name the lexicon
		// or the cast knows must stand there.
		return ""
	}
	j := k - 1
	for j > 0 && k-j < maxNameWords && isCapitalised(toks[j-1].word) && !toks[j-1].comma && !toks[j-1].stop {
		j--
	}
	n := c.personName(tokenWords(toks[j:]), true)
	if countFields(n) <= len(toks)-k {
		return "" // the particles were cut: the narrower run is read
	}
	return n
}

// particlesBefore is where the particle run ending just before toks[i]
// starts (lx.particleRun), or i when none ends there: "van der" before
// "Berghe".
func (c *quoteCtx) particlesBefore(toks []token, i int) int {
	if i >= len(toks) || !isCapitalised(toks[i].word) {
		return i
	}
	for k := max(0, i-maxParticleRun); k < i; k++ {
		if c.nameParticles(toks, k) == i-k {
			return k // the longest run first: "van der", not "der"
		}
	}
	return i
}

// placeBefore says toks end with a run of capitalised words after a
// locative ("from Tynemouth,"): a place, which a run after its comma goes
// on.
func (c *quoteCtx) placeBefore(toks []token) bool {
	i := len(toks)
	for i > 0 && isCapitalised(toks[i-1].word) && (i == len(toks) || !toks[i-1].comma) {
		i--
	}
	return i > 0 && i < len(toks) && c.lx.isLocative(toks[i-1].lower) && isLower(toks[i-1].word)
}

// subject finds the person a sentence is about: the first run of
// capitalised words that makes a full name ("Kepala … (BIL), Eka
// Asmadi, saat dihubungi …, mengatakan").
func (c *quoteCtx) subject(toks []token) string {
	for _, r := range c.personRuns(toks) {
		if r.name != "" {
			return r.name
		}
	}
	return ""
}

// maxBareName is the longest name joined to another by a conjunction
// without a title ("Nikki Sorensen and Paul Adair"); a longer side is an
// office's name ("Menteri Pendayagunaan Aparatur Negara dan …").
const maxBareName = 3

// maxParticleRun is the most lower-case words a particle run inside a
// name holds ("de los" of "María de los Ángeles Cuevas").
const maxParticleRun = 2

// particleRun is how many lower-case words from toks[i] on are a name's
// particles before the capitalised word that goes on with the name: a
// particle ("van", "de") and, up to maxParticleRun words in all, further
// particles or particle links ("der", "los"): "van der" of "Ludovic van
// der Berghe". No comma or full stop stands inside the run. 0 when
// toks[i] opens no such run; the caller says whether a particle may open
// one there (a joiner, an article, a locative may not).
func (lx *lexicon) particleRun(toks []token, i int) int {
	if i >= len(toks) || !isLower(toks[i].word) || !lx.isParticle(toks[i].lower) {
		return 0
	}
	for j := i; j < len(toks) && j-i < maxParticleRun; j++ {
		t := toks[j]
		if j > i && (!isLower(t.word) || !lx.isParticle(t.lower) && !lx.particleLinks[t.lower]) {
			return 0
		}
		if t.comma || t.stop {
			return 0
		}
		if j+1 < len(toks) && isCapitalised(toks[j+1].word) {
			return j + 1 - i
		}
	}
	return 0
}

// nameParticles is particleRun(toks, i) where the article's language
// lets the run stand inside a person's name: the capitalised word after
// it is no organisation's or place's word ("Baehr von der Universität
// Hamburg" names where she works); where every noun is capitalised, no
// article opens the run, and a run of two particles ("von der") reads on
// only into a name the cast holds so. 0 otherwise.
func (c *quoteCtx) nameParticles(toks []token, i int) int {
	n := c.lx.particleRun(toks, i)
	if n == 0 {
		return 0
	}
	next := toks[i+n]
	if c.lx.isOrgWordIn(next.lower, c.lang) || c.lx.places[next.lower] || c.places[next.lower] {
		return 0
	}
	if c.capNouns && (c.lx.isArticle(toks[i].lower) || c.lx.isNounDet(toks[i].lower) || c.lx.isRoleDet(toks[i].lower)) {
		return 0 // "ruft Marlene Oswald der Menge zu": an article before a noun
	}
	if c.capNouns && n >= 2 {
		// "von der" before a noun names where someone works far more
		// often than a name ("Brandner von der Tafel"): only a name
		// the cast holds with its particles reads on.
		lws := make([]string, 0, n+1)
		for _, t := range toks[i : i+n+1] {
			lws = append(lws, foldLower(t.lower))
		}
		if c.cast.findWords(lws) == nil {
			return 0
		}
	}
	return n
}

// joinsName says the particle run at toks[i], opened by a word that also
// joins an organisation's words ("van", "de", "der"), stands inside a
// person's name: a capitalised word before it that is no title, no
// organisation's or place's word (not "Ministerie van Defensie", "Alcalde
// de Madrid"), and, where every noun is capitalised, a given name the
// lexicon or the cast knows; after it (nameParticles) one or two
// capitalised words that end the run, the surname ("Pieter de Vries
// opende", "María de los Ángeles Cuevas abrió").
func (c *quoteCtx) joinsName(toks []token, i int) bool {
	n := c.nameParticles(toks, i)
	if n == 0 || i == 0 {
		return false
	}
	before, after := toks[i-1], toks[i+n]
	if !isCapitalised(before.word) || before.comma || before.stop || isUpperWord(before.word) ||
		c.lx.isTitleWord(before.lower) || c.lx.isOrgWordIn(before.lower, c.lang) || c.lx.places[before.lower] || c.places[before.lower] {
		return false
	}
	if c.capNouns && !c.lx.isGivenName(before.lower) && c.cast.findLower(before.word, before.lower) == nil {
		return false
	}
	if after.comma || after.stop || i+n+1 == len(toks) || !isCapitalised(toks[i+n+1].word) {
		return true
	}
	// "María de los Ángeles Cuevas": a second given name, then the
	// surname, ends the run; no organisation's or place's word among
	// them.
	last := toks[i+n+1]
	return !c.lx.isOrgWordIn(last.lower, c.lang) && !c.lx.places[last.lower] && !c.places[last.lower] &&
		(last.comma || last.stop || i+n+2 == len(toks) || !isCapitalised(toks[i+n+2].word))
}

// tokRun is a run of capitalised words, toks[at:end] of the tokens it was
// read from.
type tokRun struct{ at, end int }

// appendRuns appends to out the runs of capitalised words in toks, broken
// by commas, full stops, brackets and lower-case words (a conjunction
// between capitals stays).
func (c *quoteCtx) appendRuns(out []tokRun, toks []token) []tokRun {
	lx := c.lx
	start := -1 // of the current run
	flush := func(end int) {
		if start >= 0 {
			out = append(out, tokRun{start, end})
			start = -1
		}
	}
	particlesEnd := 0 // the end of a particle run inside the current name
	for i, t := range toks {
		if strings.HasPrefix(t.raw, "(") {
			flush(i)
		}
		switch {
		case isCapitalised(t.word),
			start >= 0 && i < particlesEnd,
			start >= 0 && i+1 < len(toks) && isCapitalised(toks[i+1].word) && lx.isConjunction(t.lower):
			if start < 0 {
				start = i
			}
		case start >= 0 && isLower(t.word) && !t.comma && i+1 < len(toks) &&
			lx.particleRun(toks, i) > 0 && (!lx.isJoiner(t.lower) && !lx.isLocative(t.lower) || c.joinsName(toks, i)):
			// "Ahmad bin Yusuf Harahap", "Pieter de Vries": a particle
			// run inside a name (one opened by a word that also joins
			// an organisation's words or names a place, "de", "van",
			// only where joinsName finds a person's name around it).
			particlesEnd = i + lx.particleRun(toks, i)
		default:
			flush(i)
		}
		// A bare apostrophe closing a word ends the run: the possessive of
		// a name ending in s ("Kate Moss' Erfolgsgeschichte", "James'
		// book") or a closing single quote; the capitalised word after it
		// (a German noun, a title) is no part of the name.
		if t.comma || t.stop || strings.HasSuffix(t.raw, ")") || strings.HasSuffix(t.raw, "'") || strings.HasSuffix(t.raw, "’") {
			flush(i + 1)
		}
	}
	flush(len(toks))
	return out
}

// nounAfterDet says the run of capitalised words at toks[at] follows a
// determiner or a number of a language that capitalises its nouns, the
// determiner directly or after one or two adjectives ("der Bundesdrogenbeauftragte Hendrik Streeck",
// "des kolumbianischen Nobelpreisträgers Gabriel García Márquez"): its
// first word is a noun, not a given name.
func (c *quoteCtx) nounAfterDet(toks []token, at int) bool {
	if !c.capNouns {
		return false
	}
	if at > 0 && !toks[at-1].comma && !toks[at-1].stop && isNumber(toks[at-1].word) && !c.lx.isGivenName(toks[at].lower) {
		// "rund 21 Billionen Tonnen schwer", "mit 300 Millionen Euro":
		// a count is followed by what it counts, a noun.
		return true
	}
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		t := toks[k]
		if t.comma || t.stop || !isLower(t.word) {
			return false
		}
		if c.lx.isNounDet(t.lower) {
			return true
		}
	}
	return false
}

// nameStart is where the name begins in the words lws of a run whose first
// word is a noun (nounAfterDet): at its first known given name after the
// first word, so that a body's name between goes too ("Leiterin des
// Klimaprogramms Copernicus Samantha Burgess"), else after the first
// word. The name keeps two words at least.
func (c *quoteCtx) nameStart(lws []string) int {
	for p := 1; p+2 <= len(lws); p++ {
		if c.lx.isGivenName(lws[p]) {
			return p
		}
	}
	return 1
}

// personRun is a run of capitalised words read as a person's name: the
// name ("" when the run names no one) and the role words around it.
type personRun struct {
	tokRun
	name string
}

// personRuns reads the runs of toks as people's names. What the text
// around a run says decides with its words (kindOf):
//   - a run after a locative ("from Nottingham", "de Madrid") names a
//     place or an institution, and so does a run that goes on from it
//     after a comma ("from Tynemouth, North Tyneside");
//   - a run of three words or more after such a word or a joiner is an
//     office's place or body followed by the name ("Attorney for
//     Massachusetts Joshua Levy", "ministre de la Santé Roman Prymula"):
//     its first word is dropped;
//   - a run spelt out by the acronym in brackets after it ("Nomor Induk
//     Pegawai (NIP)") is a thing's name.
func (c *quoteCtx) personRuns(toks []token) []personRun {
	rs := c.splitRuns(toks)
	out := c.personBuf[:0]
	defer func() { c.personBuf = out[:0] }()
	placeEnd := -1 // where the last run read as a place ended
	for k, r := range rs {
		pr := personRun{tokRun: r}
		out = append(out, pr)
		run := toks[r.at:r.end]
		after := r.at > 0 && !toks[r.at-1].comma && !toks[r.at-1].stop &&
			(c.lx.isLocative(toks[r.at-1].lower) || c.lx.isJoiner(toks[r.at-1].lower)) && isLower(toks[r.at-1].word)
		// "from Tynemouth, North Tyneside": the place goes on; but "del
		// Gobierno, Pedro Sánchez," is the person set off by commas.
		chained := r.at == placeEnd && r.at > 0 && toks[r.at-1].comma &&
			c.lx.kindOfWords("", tokenWords(run), tokenLowers(run), c.lang) != kindPerson
		// "Kritik kam auch von Petra Hollmann", "praise from Martin
		// Hale": two words after a locative that open with a known given
		// name and read as a person's name are the person, whole, not a
		// place ("from Nottingham") or an office's body.
		named := after && len(run) == 2 && c.lx.isGivenName(run[0].lower) && !c.places[run[1].lower] &&
			c.lx.kindOfWords("", tokenWords(run), tokenLowers(run), c.lang) == kindPerson
		if chained || (after && len(run) < 3 && !named) {
			placeEnd = r.end
			continue
		}
		// "pelatih Persikarang Budi Santoso": a lower-case office that
		// names its body, then the name.
		body := r.at > 0 && !toks[r.at-1].comma && !toks[r.at-1].stop && isLower(toks[r.at-1].word) && c.lx.isBodyTitle(toks[r.at-1].lower)
		if len(run) >= 2 && c.nounAfterDet(toks, r.at) {
			// ("bei einem Mannheimer Sieg": a run of two after a
			// determiner is a noun and, at most, a surname the cast
			// must know.)
			run = run[c.nameStart(tokenLowers(run)):]
		} else if after && !named || body && len(run) >= 3 && !c.lx.isTitleWord(run[0].lower) {
			run = run[c.givenStart(tokenWords(run)):]
		}
		if spelledOut(toks, r) {
			continue
		}
		if body && len(run) <= 2 && c.cast.holdsRole(run[0].lower) {
			// "kata pelatih Persitara Raya" after "Pelatih Persitara
			// Raya, Joko Susanto": the body the article named an
			// office by, no person.
			continue
		}
		if r.at > 0 && r.end < len(toks) && c.lx.isIndefinite(toks[r.at-1].lower) && isLower(toks[r.at-1].word) &&
			!toks[r.at-1].comma && !toks[r.end-1].comma && !toks[r.end-1].stop && isLower(toks[r.end].word) &&
			!c.capNouns && c.cast.findLower(toks[r.end-1].word, toks[r.end-1].lower) == nil {
			// "In a Truth Social post", "in an Oliver Sacks kind of
			// way": a run between an indefinite article and its
			// noun modifies the noun; it names no one here.
			continue
		}
		n := c.runName(run, false)
		if n == "" && len(run) > maxNameWords {
			// A long title before a name: "Menteri Pendayagunaan
			// Aparatur Negara dan Reformasi Birokrasi Yuddy Chrisnandi".
			n = c.runName(run[len(run)-2:], false)
		}
		if first := toks[r.at].lower; n != "" && toks[r.end-1].comma && (c.lx.isTitle(first) || c.lx.isOrgWordIn(first, c.lang)) &&
			k+1 < len(rs) && rs[k+1].at == r.end && countFields(c.runName(toks[rs[k+1].at:rs[k+1].end], false)) >= 2 {
			// "Kepala Badan Pusat Statistik Karangsari, Yohana
			// Simanjorang": an office set off by a comma, then the
			// name; the office's last words are no person.
			n = ""
		}
		if first := toks[r.at].lower; n != "" && r.at > 0 && toks[r.at-1].comma && c.lx.isTitle(first) && isCapitalised(toks[r.at].word) &&
			k > 0 && rs[k-1].end == r.at && countFields(out[len(out)-2].name) >= 2 && len(run) > countFields(n)+1 {
			// "Hendra Wijaya, Direktur Utama PT Sukamaju Transportasi
			// Mandiri, hadir": an office set off by commas after the
			// name is the person's; its last words are the body's
			// name, no second person.
			n = ""
		}
		out[len(out)-1].name = n
	}
	return out
}

// splitRuns is personRuns' first step: the runs of capitalised words of
// toks (appendRuns, left in c.runBuf, which learnCut reads afterwards),
// a run split in two where a conjunction joins two people's names.
func (c *quoteCtx) splitRuns(toks []token) []tokRun {
	c.runBuf = c.appendRuns(c.runBuf[:0], toks)
	rs := c.runBuf
	// "Ketua KPU A B dan Ketua Bawaslu C D", "Nikki Sorensen and Paul
	// Adair": a conjunction joins two people's runs when each side names
	// a person; each is read alone. ("Kepala Seksi Urusan Umum dan Humas X Y" is one
	// office.)
	for k := 0; k < len(rs); k++ {
		r := rs[k]
		for j := r.at + 1; j+1 < r.end; j++ {
			bare := j-r.at <= maxBareName && r.end-j-1 <= maxBareName // "Nikki Sorensen and Paul Adair"
			if c.lx.isConjunction(toks[j].lower) && isLower(toks[j].word) && (bare || c.lx.isTitle(toks[j+1].lower)) &&
				countFields(c.runName(toks[r.at:j], false)) >= 2 && countFields(c.runName(toks[j+1:r.end], false)) >= 2 {
				rs = slices.Insert(rs, k+1, tokRun{j + 1, r.end})
				rs[k].end = j
				break
			}
		}
	}
	return rs
}

// meet notes the people a headline names, as the cast's last resort
// (cast.headline). A headline in title case, where every word is
// capitalised, tells no names from words and is passed over.
func (c *quoteCtx) meet(headline string) {
	toks := c.lx.tokenize(headline)
	caps := 0
	for _, t := range toks {
		if isCapitalised(t.word) {
			caps++
		}
	}
	titleCase := caps*titleCaseShare >= len(toks)*(titleCaseShare-1)
	if len(toks) >= minTitleCase && titleCase {
		return
	}
	for _, r := range c.personRuns(toks) {
		name := r.name
		if name == "" {
			name = c.nameBeforeAnd(toks[r.at:r.end])
		}
		if countFields(name) < 2 {
			continue
		}
		if titleCase {
			// "Harga Beras Naik", "Port Fees Rise": a short headline
			// in title case tells no names from words either; its
			// capitals name a person only when they read as one, less
			// the words around them the text prints in lower case
			// ("Yohanes Marpaung Mundur" over "… menyatakan mundur").
			if name = c.trimLowerSeen(name); countFields(name) < 2 || !c.headlinePerson(name) {
				continue
			}
		}
		c.cast.headline = append(c.cast.headline, fields(name))
	}
}

// trimLowerSeen is name less its leading and trailing words that the
// article's text prints in lower case.
func (c *quoteCtx) trimLowerSeen(name string) string {
	ws := fields(name)
	seen := func(w string) bool {
		l := strings.ToLower(w)
		for _, p := range c.paras {
			for _, raw := range fields(p) {
				if strings.TrimFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) }) == l {
					return true
				}
			}
		}
		return false
	}
	for len(ws) > 0 && seen(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 0 && seen(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// headlinePerson says name, capitalised words of a headline in title
// case, reads as a person's: it opens with a given name the lexicon
// knows, or the person/organisation decision reads it as a person's and
// none of its words is printed in lower case in the article's text
// ("harga", "beras", "naik": common words the headline capitalised).
func (c *quoteCtx) headlinePerson(name string) bool {
	ws := fields(name)
	lws := fields(strings.ToLower(name))
	if c.lx.isGivenName(lws[0]) {
		return true
	}
	if c.lx.kindOfWords(name, ws, lws, c.lang) != kindPerson {
		return false
	}
	for _, p := range c.paras {
		for _, raw := range fields(p) {
			w := strings.TrimFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) })
			if w != "" && isLower(w) && slices.Contains(lws, w) {
				return false
			}
		}
	}
	return true
}

// nameBeforeAnd is the person's name opening run, a headline's run of
// capitals that a conjunction joins to a one-word name, a team's or a
// brand's ("Lena Kranz und Velox siegen", "Tom Hale and Ferrari win"),
// which splitRuns, wanting two names, leaves whole: the words before the
// conjunction when they read as a name of two words or more (a given
// name the lexicon knows, or words the person/organisation decision reads
// as a person's); "" otherwise.
func (c *quoteCtx) nameBeforeAnd(run []token) string {
	for j := 2; j+1 < len(run); j++ {
		if !c.lx.isConjunction(run[j].lower) || !isLower(run[j].word) {
			continue
		}
		n := c.runName(run[:j], false)
		if countFields(n) < 2 {
			return ""
		}
		if c.lx.isGivenName(run[0].lower) || c.lx.kindOfWords(n, fields(n), fields(strings.ToLower(n)), c.lang) == kindPerson {
			return n
		}
		return ""
	}
	return ""
}

// A headline of minTitleCase words or more is in title case when all but
// one in titleCaseShare of its words are capitalised.
const (
	minTitleCase   = 4
	titleCaseShare = 4
)

// initialsGiven says w is two upper-case ASCII letters, the shape of the
// initials some people go by as a given name ("JD", "BJ", "AJ").
func initialsGiven(w string) bool {
	return len(w) == 2 && 'A' <= w[0] && w[0] <= 'Z' && 'A' <= w[1] && w[1] <= 'Z'
}

// spelledOut says the run toks[r.at:r.end], with up to twice as many
// words before it as the acronym has letters, is spelt out by the
// bracketed acronym right after it ("Hijab Hacks with Ukhti Diza
// (HHUD)").
func spelledOut(toks []token, r tokRun) bool {
	if r.end >= len(toks) || !strings.HasPrefix(toks[r.end].raw, "(") {
		return false
	}
	acr := toks[r.end].word
	for j := r.at; j >= 0 && j >= r.at-2*len(acr); j-- {
		if j < r.at && (toks[j].comma || toks[j].stop) {
			break
		}
		if isCapitalised(toks[j].word) && isExpansion(tokenWords(toks[j:r.end]), acr) {
			return true
		}
	}
	return false
}

// tokenLowers is the lower-case words of toks.
func tokenLowers(toks []token) []string {
	ls := make([]string, len(toks))
	for i, t := range toks {
		ls[i] = t.lower
	}
	return ls
}

// tokenWords is the words of toks.
func tokenWords(toks []token) []string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.word
	}
	return ws
}

// maxRoleSpan is how many words before a name, or after it past a comma,
// may hold its role ("mechanical engineer Richard Weir", "Marcelo Leppe,
// director del Instituto").
const maxRoleSpan = 4

// maxLeadAdverbs is how many words (an adverb, then the verb and its
// auxiliaries) may open a clause before the role set off by a comma
// before a name ("Así ha resumido el consejero …, X").
const maxLeadAdverbs = 3

// rolesAround collects the title words of a person's run toks[r.at:r.end]
// and of the few words before it and after its comma: what a role noun
// later stands for this person by.
func (c *quoteCtx) rolesAround(toks []token, r tokRun) []string {
	var roles []string
	add := func(i int) {
		l := unelided(toks[i].lower) // "l'entraîneur"
		if containsStr(roles, l) {
			return
		}
		if c.lx.isTitle(l) || c.lx.isOrgWordIn(l, c.lang) && isCapitalised(toks[i].word) {
			// (An office's organisation word, "Dinas", narrows a
			// role noun later: "kepala dinas itu".)
			roles = append(roles, l)
			return
		}
		if c.roleModifier(toks, i) {
			// "the city's police chief": the word that narrows the
			// title ("police"), so that "the police chief" later
			// stands for this chief, not "the chief executive".
			roles = append(roles, l)
			return
		}
		if i > 0 && isCapitalised(toks[i].word) && c.lx.isBodyTitle(toks[i-1].lower) && !toks[i-1].comma && !toks[i-1].stop {
			// "Pelatih Persikarang, Joko Susanto": the body an office
			// names, which a later "kata pelatih Persikarang" names
			// the person by.
			roles = append(roles, l)
			return
		}
		// A word that only tells a gender (an article: "la", "el")
		// tells the person's only when a title follows it ("la
		// portavoz"), not another noun ("presidente de la
		// cooperativa").
		article := c.lx.isRoleDet(l) || c.lx.isArticle(l)
		if len(c.lx.titleGender[l]) > 0 && (!article || i+1 < len(toks) && c.lx.isTitle(unelided(toks[i+1].lower))) {
			roles = append(roles, l)
		}
	}
	for i := r.at; i < r.end; i++ {
		add(i)
	}
	// "Secretary of State Antony Blinken": the title may be
	// capitalised, with its "of" between.
	for i := r.at - 1; i >= 0 && i >= r.at-maxRoleSpan && !toks[i].comma && !toks[i].stop && (isLower(toks[i].word) || c.lx.isTitle(unelided(toks[i].lower))); i-- {
		add(i)
	}
	// "Kepala Badan Penanggulangan Bencana, Yohanes Simbolon": an
	// office set off by a comma before the name.
	for i := r.at - 1; i >= 0 && i >= r.at-maxRunWords && isCapitalised(toks[i].word) && !toks[i].stop && (i == r.at-1) == toks[i].comma; i-- {
		add(i)
	}
	// "le ministre russe de la Défense, Andreï Belooussov", "the UN
	// under-secretary for legal affairs, Elinor Hammarskjöld": an office
	// in lower case with its complement, set off by a comma before the
	// name.
	// The office is the whole clause before the comma, opened by an
	// article or a title ("Despite …, his grandmother …, Adv X" holds
	// none).
	if r.at > 1 && toks[r.at-1].comma {
		j := r.at - 1
		for j > 0 && j > r.at-1-2*maxRoleSpan && !toks[j-1].comma && !toks[j-1].stop {
			j--
		}
		opens := j == 0 || toks[j-1].comma || toks[j-1].stop
		// '", aseguró el consejero de Hacienda, X': the clause may
		// open with the reporting verb.
		for j < r.at-1 && (c.lx.auxiliaries[toks[j].lower] || c.lx.isVerb(toks[j].lower)) {
			j++
		}
		// '“…”. Así ha resumido el consejero de Presidencia, X, …': an
		// adverb and the verb may open the clause before the role.
		for k := j; k < r.at-1 && k <= j+maxLeadAdverbs; k++ {
			if l := unelided(toks[k].lower); c.lx.isRoleDet(l) && c.lx.isTitle(unelided(toks[k+1].lower)) {
				j = k
				break
			}
			if !c.lx.auxiliaries[toks[k].lower] && !c.lx.isVerb(toks[k].lower) && k > j {
				break
			}
		}
		first := unelided(toks[j].lower)
		if opens && (c.lx.isRoleDet(first) || c.lx.isArticle(first) || c.lx.isTitle(first)) {
			for i := j; i < r.at; i++ {
				add(i)
			}
		}
	}
	if r.end > 0 && toks[r.end-1].comma {
		for i := r.end; i < len(toks) && i < r.end+maxRoleSpan; i++ {
			add(i)
			if toks[i].comma || toks[i].stop {
				break
			}
		}
		if n := c.appositiveNoun(toks, r.end); n != "" && !containsStr(roles, n) {
			roles = append(roles, n)
		}
	}
	if c.capNouns && r.end > 0 && r.end+1 < len(toks) && !toks[r.end-1].comma && !toks[r.end-1].stop &&
		c.lx.copulas[toks[r.end].lower] && !toks[r.end].comma && !toks[r.end].stop {
		// "Aiden Aimen ist Objektleiter im Betrieb": the office a
		// copula gives the run. Where every noun is capitalised it
		// tells a person from nouns (nounPair).
		for i := r.end + 1; i < len(toks) && i <= r.end+maxRoleSpan; i++ {
			if l := unelided(toks[i].lower); c.lx.isTitle(l) {
				if !containsStr(roles, l) {
					roles = append(roles, l)
				}
				break
			}
			if toks[i].comma || toks[i].stop {
				break
			}
		}
	}
	for i := max(r.at-maxOfficeLead, 0); i+1 < r.end; i++ {
		// "Bupati Sleman Kustini …": a regional office's region, which
		// a later "ujar Bupati Sleman" names the person by.
		if o := c.lx.regionalAt([]string{toks[i].lower}); o > 0 && !toks[i].comma && !toks[i].stop && isCapitalised(toks[i+1].word) {
			if l := toks[i+1].lower; c.places[l] && !containsStr(roles, l) {
				roles = append(roles, l)
			}
		}
	}
	for _, short := range c.lx.officeShortsBefore(c.lang, toks, r.at, r.end) {
		// "Direktur Utama PT X Hendra Gunawan": the office's short
		// form ("Dirut") later stands for the person.
		if !containsStr(roles, short) {
			roles = append(roles, short)
		}
	}
	return roles
}

// roleModifier says toks[i] is a plain word (no title, article,
// determiner, stopword or verb) right before a title that it narrows:
// "police" of "police chief", "finance" of "finance director". Such a
// word is one of the roles a member is known by, and a role noun's
// qualifier (roleQual).
func (c *quoteCtx) roleModifier(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].comma || toks[i].stop {
		return false
	}
	l := toks[i].lower
	if c.lx.isTitle(l) || !c.lx.isTitle(unelided(toks[i+1].lower)) || c.lx.isRoleDet(l) || c.lx.isArticle(l) ||
		c.lx.isStopword(l) || c.lx.isVerb(l) || strings.ContainsAny(l, "'’") || len(l) < 3 {
		return false
	}
	return isLower(toks[i].word) || isCapitalised(toks[i+1].word)
}

// roleNoun reads a role noun standing for someone named before: a
// definite title ("the Director", "el investigador", "der Sprecher") or
// one followed by a demonstrative ("pelatih itu"). toks start where the
// role would; it gives the title word in lower case, or "".
func (c *quoteCtx) roleNoun(toks []token) string {
	c.roleQual = c.roleQual[:0]
	c.roleDet = ""
	c.roleClosed = false
	if len(toks) > 0 && (len(toks) == 1 || toks[0].comma || toks[0].stop) && c.heldShort(toks[0].lower) {
		// "kata Kapolda.": an office's short form alone, which the
		// person introduced under its full form holds.
		return toks[0].lower
	}
	if len(toks) >= 2 && c.lx.isRoleDet(toks[0].lower) && !toks[0].comma && (len(toks) == 2 || toks[1].comma || toks[1].stop) {
		if n := strings.TrimRight(toks[1].lower, ",.;:"); c.heldNoun(n) {
			// "said the hydrologist." after "X, a hydrologist at …".
			c.roleDet = strings.ToLower(toks[0].word) + " " + toks[1].word
			return n
		}
	}
	// "a déclaré à cette occasion le ministre": a few lower-case words
	// may come between the verb and the role.
	for i := 0; i < len(toks) && i <= maxRoleSpan; i++ {
		// "a souligné l'entraîneur": the article elided onto the title.
		if u := unelided(toks[i].lower); u != toks[i].lower && c.lx.isTitleWord(u) && isLower(toks[i].word) {
			return u
		}
		if i+1 == len(toks) {
			break
		}
		if c.lx.isRoleDet(toks[i].lower) && (c.lx.isTitleWord(toks[i+1].lower) || c.isOrgNoun(toks[i+1].lower) || c.lx.anonSources[toks[i+1].lower]) {
			c.roleDet = strings.ToLower(toks[i].word) + " " + toks[i+1].word
			return toks[i+1].lower
		}
		if !isLower(toks[i].word) || toks[i].comma || toks[i].stop {
			break
		}
	}
	if len(toks) >= 2 && c.lx.isTitleWord(toks[0].lower) {
		// "kepala dinas itu"; "Dirut PT Sukamaju Transportasi Mandiri
		// itu", "Kepala Dinas Perhubungan itu": an office capitalised,
		// its body's name and all, closed by a demonstrative, is a role
		// noun too; no word before the demonstrative is a name.
		span, capital := maxRoleSpan, isCapitalised(toks[0].word)
		if capital {
			span = 2 * maxRoleSpan
		}
		for i := 1; i < len(toks) && i <= span; i++ {
			if capital && isLower(toks[i].word) && !c.lx.isRoleDet(toks[i].lower) {
				break // "sagt Forscherin Anna Keller von der Universität"
			}
			if capital && c.lx.isRoleDet(toks[i].lower) && !toks[i].comma && !toks[i].stop && i+1 < len(toks) && !isLower(toks[i+1].word) {
				break // "sagte Experte Bernd Bönte der Deutschen …": an article
			}
			if c.lx.isRoleDet(toks[i].lower) && isLower(toks[i].word) {
				// "kepala dinas itu": the words between narrow the
				// role ("dinas", not "badan"); see roleQual.
				c.roleQual = c.roleQual[:0]
				for _, t := range toks[1:i] {
					c.roleQual = append(c.roleQual, t.lower)
				}
				c.roleClosed = true
				return toks[0].lower
			}
			if toks[i-1].comma || toks[i-1].stop {
				break
			}
		}
	}
	return ""
}

// roleNounBefore reads a role noun that ends toks, right before a verb:
// "the Director" in "the Director noted".
// appositiveNoun is the noun an apposition after a name gives the person
// when no lexicon knows it for a title ("Lucia Arriaga, a hydrologist at
// …", "X, Hydrologin an der …"): the last plain word before the
// apposition's complement, comma or end, after an optional article; ""
// when the apposition holds no such word or a title (add reads those).
// A later "the hydrologist said" stands for this person (heldNoun).
func (c *quoteCtx) appositiveNoun(toks []token, at int) string {
	i := at
	if i < len(toks) && (c.lx.isIndefinite(toks[i].lower) || c.lx.isRoleDet(toks[i].lower) || c.lx.isArticle(toks[i].lower)) && isLower(toks[i].word) {
		i++
	}
	noun := ""
	for ; i < len(toks) && i < at+maxRoleSpan; i++ {
		t := toks[i]
		l := t.lower
		if c.lx.isLocative(l) || c.lx.isJoiner(l) || c.lx.isRoleDet(l) || c.lx.isArticle(l) {
			break
		}
		if !isLower(t.word) && !(c.capNouns && isCapitalised(t.word) && !isUpperWord(t.word)) || c.lx.isTitle(l) ||
			c.lx.isStopword(l) || utf8.RuneCountInString(l) < 4 || c.lx.relatives[l] {
			return ""
		}
		if v, _ := c.verbLower(l); v {
			return ""
		}
		noun = strings.TrimRight(l, ",.;:")
		if t.comma || t.stop {
			break
		}
	}
	return noun
}

// heldNoun says the plain word l (no title) is the noun an apposition
// gave a member of the cast (appositiveNoun): a role noun there.
func (c *quoteCtx) heldNoun(l string) bool {
	if c.lx.isTitle(l) || c.lx.isStopword(l) {
		return false
	}
	for _, m := range c.cast.members {
		if !m.author && containsStr(m.roles, l) {
			return true
		}
	}
	return false
}

func (c *quoteCtx) roleNounBefore(toks []token) string {
	c.roleQual = c.roleQual[:0]
	c.roleDet = ""
	n := len(toks)
	if n >= 2 && c.lx.isRoleDet(toks[n-2].lower) && !toks[n-2].comma && c.heldNoun(toks[n-1].lower) {
		// "the hydrologist said" after "X, a hydrologist at …".
		c.roleDet = strings.ToLower(toks[n-2].word) + " " + toks[n-1].word
		return toks[n-1].lower
	}
	if n >= 1 && (n == 1 || toks[n-2].comma || toks[n-2].stop) && c.heldShort(toks[n-1].lower) {
		// "Kapolda mengatakan": an office's short form alone opening
		// the clause, which a person of the cast holds.
		return toks[n-1].lower
	}
	if n >= 2 && (c.lx.isTitleWord(toks[n-1].lower) || c.isOrgNoun(toks[n-1].lower) || c.lx.anonSources[toks[n-1].lower]) && c.lx.isRoleDet(toks[n-2].lower) && !toks[n-2].comma {
		c.roleDet = strings.ToLower(toks[n-2].word) + " " + toks[n-1].word
		return toks[n-1].lower
	}
	// "the government spokesman said": a word or two between.
	// "the Prime Minister said": the title capitalised, its words too.
	if n >= 3 && c.lx.isTitleWord(toks[n-1].lower) && (isLower(toks[n-1].word) || c.lx.isTitleWord(toks[n-2].lower)) {
		for i := n - 2; i >= 0 && i >= n-3 && (isLower(toks[i].word) || c.lx.isTitleWord(toks[i].lower)) && !toks[i].comma && !toks[i].stop; i-- {
			if c.lx.isRoleDet(toks[i].lower) {
				// The words between narrow the role: "the police
				// chief" is the chief the article called a police
				// chief (roleModifier), not any chief.
				for k := i + 1; k < n-1; k++ {
					if c.lx.isTitle(unelided(toks[k].lower)) || c.roleModifier(toks, k) {
						c.roleQual = append(c.roleQual, toks[k].lower)
					}
				}
				return toks[n-1].lower
			}
		}
	}
	// "guru besar Fakultas MIPA UI itu mengatakan": a title opening a
	// phrase closed by a demonstrative.
	if n >= 2 && c.lx.isRoleDet(toks[n-1].lower) && isLower(toks[n-1].word) {
		for i := n - 2; i >= 0 && i >= n-1-maxRoleSpan*2; i-- {
			if toks[i].comma || toks[i].stop {
				break
			}
			if c.lx.isTitleWord(toks[i].lower) && isLower(toks[i].word) && (i == 0 || !c.lx.isTitleWord(toks[i-1].lower)) {
				return toks[i].lower
			}
		}
	}
	return ""
}

// byRole is the speaker a role noun stands for: the cast member last
// named with that role, else the last speaker.
func (c *quoteCtx) byRole(role string) string {
	if c.isOrgNoun(role) {
		// "the bureau said", "resalta el organismo": an organisation
		// the article named speaks.
		if o := c.cast.orgByNoun(role, c.lx.isOrgNoun(role)); o != "" {
			return o
		}
		if !c.lx.isTitle(role) {
			// "erklärte das Gericht" with no court named: an
			// organisation no one the article named; never the
			// last person who spoke.
			return ""
		}
	}
	quals := c.roleQual
	c.roleQual = c.roleQual[:0]
	if m := c.cast.byRole(role, quals...); m != nil {
		return m.name
	}
	if d := c.unnamedByRole(role); d != "" {
		return d
	}
	last := c.lastOrRecent()
	if last == "" && c.roleAfter && c.roleDet != "" && !c.isOrgNoun(role) && (c.lx.isTitle(role) || c.lx.personNouns[role] != "") {
		// "„…“, so die Sprecherin", "said the spokeswoman" in an
		// article that has named no one: the role as written
		// (FIELDS.md: when the article never names the speaker).
		return c.roleDet
	}
	if w := c.roleOfOtherGender(last, role); w != "" {
		// "said lawyer Paul Novak. … “…,” the spokeswoman said": a
		// role whose gender the language tells, after a last speaker
		// known to be of the other gender, is someone else, whom the
		// article does not name: the role as written.
		return w
	}
	if c.otherDescription(last, role) {
		// "the spokesperson said" after "the physicians stated": the
		// last speaker is a description, of other people; the role
		// stands for someone the article did not bring in before.
		// No speaker is better than the wrong one.
		return ""
	}
	return last
}

// roleOfOtherGender is the role noun role as written (with its
// determiner when it has one: "the spokeswoman", "die Sprecherin";
// bare where the language has no articles: "soudkyně") when its title
// tells a gender and last, the last speaker, is known to be of the
// other; "" otherwise.
func (c *quoteCtx) roleOfOtherGender(last, role string) string {
	if last == "" {
		return ""
	}
	rg := c.lx.genderOfTitle(role, c.lang)
	if rg != "m" && rg != "f" {
		return ""
	}
	lg := c.gender[last]
	if lg == "" {
		lg = c.cast.genderOf(last, c.lx, c.lang)
	}
	if lg == "" || lg == rg {
		return ""
	}
	if c.roleDet != "" {
		return c.roleDet
	}
	return role
}

// anonSource is the speaker of "the source said": the unnamed informant
// brought in before with that noun ("a source close to the club"), else
// the phrase as written, else "". Never a person named before: the
// article keeps its informant's name back on purpose.
func (c *quoteCtx) anonSource(role string) string {
	if d := c.unnamedByRole(role); d != "" {
		return d
	}
	if c.roleDet == "" {
		return ""
	}
	return c.roleDet
}

// otherDescription says last, the last speaker, is a description of
// people the article does not name ("the physicians", "ein Sprecher"),
// opened by a determiner, none of whose words is the role or a compound
// of it ("Konzern-Sprecher" goes with "ein Sprecher").
func (c *quoteCtx) otherDescription(last, role string) bool {
	f := fields(strings.ToLower(last))
	if len(f) < 2 || !c.determiner(f[0]) || c.cast.find(last) != nil {
		return false
	}
	for _, w := range f[1:] {
		w = strings.Trim(w, ",.")
		if hasRole([]string{w}, role) || hasRole([]string{role}, w) {
			return false
		}
	}
	return true
}

// unnamedByRole is the speaker brought in unnamed whose phrase ends in
// role ("der Familienvater" after "sagt ein Familienvater", "the expert"
// after "one legal expert"), the latest first, or "".
func (c *quoteCtx) unnamedByRole(role string) string {
	for i := len(c.speakers) - 1; i >= 0; i-- {
		s := c.speakers[i]
		f := fields(s)
		if len(f) < 2 || !c.lx.isIndefinite(strings.ToLower(f[0])) {
			continue
		}
		for _, w := range f[1:] {
			if l := strings.ToLower(strings.Trim(w, ",.")); l == role || hasRole([]string{l}, role) {
				return s
			}
		}
	}
	return ""
}

// isOrgNoun says the lower-case l, after a definite article, stands for
// an organisation: a generic noun ("organismo", "agency") or a word of
// organisations' names ("bureau").
func (c *quoteCtx) isOrgNoun(l string) bool {
	return c.lx.isOrgNoun(l) || c.lx.isOrgWordIn(l, c.lang) && !c.lx.isJoiner(l)
}

// runName is personName of the words of a run, whose lower-case forms
// the tokens already hold.
func (c *quoteCtx) runName(run []token, single bool) string {
	var wsArr, lwsArr [8]string
	ws, lws := wsArr[:0], lwsArr[:0]
	for _, t := range run {
		ws = append(ws, t.word)
		lws = append(lws, t.lower)
	}
	return c.personNameLower(ws, lws, single)
}

// nameLength is how many words of the name ws (lws in lower case) count
// against maxNameWords: its particles in lower case ("de los" of "María de
// los Ángeles Cuevas", "van der") are no words of their own.
func (lx *lexicon) nameLength(ws, lws []string) int {
	n := 0
	for i, w := range ws {
		if !isLower(w) || !lx.isParticle(lws[i]) && !lx.particleLinks[lws[i]] {
			n++
		}
	}
	return n
}

// maxNameWords is the longest person's name kept.
const maxNameWords = 4

// maxRunWords bounds how far a subject's window widens to take in the
// start of a run of capitalised words (an office, its place, the name).
const maxRunWords = 8

// personName strips titles, ranks, organisations and sentence openers
// from a run of capitalised words and returns the person's name, or ""
// when what is left is not one (an organisation, a day, an acronym). A
// single word is a name when single is set or when it belongs to someone
// named before.
func (c *quoteCtx) personName(ws []string, single bool) string {
	var lwsArr [8]string
	lws := lwsArr[:0]
	for _, w := range ws {
		lws = append(lws, strings.ToLower(w))
	}
	return c.personNameLower(ws, lws, single)
}

// personNameLower is personName with lws, ws in lower case, known.
func (c *quoteCtx) personNameLower(ws, lws []string, single bool) string {
	lx := c.lx
	// (Most articles give no one another name: the word is folded only
	// when some alias is known.)
	if len(ws) == 1 && len(c.cast.alias) > 0 && c.cast.alias[foldName(ws[0])] != nil {
		return ws[0] // another name the article gave a person: "AHY", "Jokowi"
	}
	// A lone word not taken as a name by itself (single unset) is at most
	// the short form of someone the cast knows: every way through below
	// returns "" or, last, c.cast.lookup of that very word (nothing below
	// changes a lone word, and nothing below notes anything for one).
	// Most lone capitals ("The", "But", a place) stand for no one, and
	// are refused here without the lexicons' tests.
	if len(ws) == 1 && !single && c.cast.findLower(ws[0], lws[0]) == nil {
		return ""
	}
	// "Zach Parise’s coach": a possessive names whose thing it is, not
	// who speaks; the run ends before it. (lws is resliced with ws.)
	for i, w := range ws {
		if c.lx.isPossessive(w, lws[i]) {
			if i == len(ws)-1 {
				return ""
			}
			ws, lws = ws[i+1:], lws[i+1:]
			break
		}
	}
	if c.particleSurname(lws) {
		// "Van der Berghe", "De Vries": the surname, particle and all,
		// of someone the article named in full; no word of it is an
		// office or a place ("Van" is a town too).
		return strings.Join(ws, " ")
	}
	// The name ends the run; what comes before its last title,
	// organisation, acronym or place is the person's job: "Sekretaris
	// Jenderal NATO Jens Stoltenberg", "Presiden Recording Academy Neil
	// Portnow", "Kepala Dinas Kesehatan DKI Jakarta Widyastuti".
	cut, afterOrg := 0, false
	for i := 0; i < len(ws)-1; {
		l := lws[i]
		n := lx.placeAt(ws[i:])
		// b is where the body a body title serves would start, past
		// the words qualifying the office ("Ketua Umum Kadin …").
		bodyTitle, b := lx.isBodyTitle(l), i+1
		if bodyTitle {
			b += lx.qualifiersAt(lws[i+1:])
		}
		switch {
		case i > 0 && lx.surnameTitles[l] && lx.suffixesOnly(ws[i+1:], lws[i+1:]):
			// "Harold Bishop King Jr.": a title that is a surname too,
			// followed by nothing but a generation's suffix, ends the
			// name; it is no office before a name.
			i++
			continue
		case n == 1 && len(ws)-i-1 >= 3 && lx.isPlaceHead(l):
			// "Kota Sukamaju Andi Rahman": a place's head word
			// that is a place itself, then the place's name.
			n = 2
		case n > 0:
		case lx.outletAt(lws[i:]) > 0 && len(ws)-i-lx.outletAt(lws[i:]) >= 1:
			// "Speaking to the Daily Mail Orla Brennick": a known
			// outlet's name of several words, no comma after it; the
			// person's name follows it whole.
			n = lx.outletAt(lws[i:])
		case cut > 0 && lx.isConjunction(l) && isLower(ws[i]) && len(ws)-i-1 >= 3:
			// "Menteri Kelautan dan Perikanan Ratna Dewi", "Menteri
			// Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
			// Yuddy Chrisnandi": the office joins two fields and runs on
			// after the conjunction; the name is the run's last two words.
			n = len(ws) - 2 - i
		case len(ws)-i-1 >= 3 && lx.isPlaceHead(l):
			// "Bupati Pulau Serasan Agus Harahap": a geographic noun
			// and the place's name, then the person's.
			n = 2
		case lx.regionalAt(lws[i:]) > 0 && len(ws)-i-lx.regionalAt(lws[i:]) >= 3 && lx.placeAt(ws[i+lx.regionalAt(lws[i:]):]) == 0 &&
			!lx.isGivenName(lws[i+lx.regionalAt(lws[i:])]):
			// "Kajari Lhoksukon Teuku Rahmatsyah": a regional office
			// names its region, a place the lexicons may not hold;
			// "Bupati Bukit Lembayung …": a geographic noun and its name;
			// "Wali Kota Sukamaju …": an office of two words.
			o := lx.regionalAt(lws[i:])
			n = o + 1
			if lx.isPlaceHead(lws[i+o]) && len(ws)-i-o >= 4 {
				n = o + 2
			}
			c.notePlace(lws[i+o])
		case len(ws)-b >= 3 && bodyTitle && !lx.isTitle(lws[b]) && !lx.isOrgWordIn(lws[b], c.lang) &&
			lx.placeAt(ws[b:]) == 0 && !hasInitial(ws[b:]):
			// "Pelatih Persija Thomas Doll", "Ketua Bawaslu Rahmat
			// Bagja": the office's body, then the name; "Ketua Umum
			// Kadin Arsjad Rasjid", "Direktur Eksekutif Indef Tauhid
			// Ahmad": words that qualify the office come before its
			// body.
			n = b - i + 1
			if k := c.givenStart(ws[b:]); k > 1 && len(ws)-b-k >= 2 {
				// "Kepala Bidang Lalu Lintas Agus Prasetyo": a body
				// of several words runs on to a given name the
				// lexicon knows; the name starts there.
				n = b - i + k
			}
		case b > i+1:
			// "Ketua Umum Arsjad Rasjid": a qualified office, no body.
			n = b - i
		case i == 0 && len(ws) == 2 && initialsGiven(ws[0]) && !lx.isTitle(l) && !lx.isOrgWordIn(l, c.lang) && !c.places[l] && !lx.isOutletWord(ws[0], l):
			// "JD Vance", "BJ Habibie", "AJ Fenn": two capitals that
			// open a name of two words, with nothing before them, are
			// the initials a person goes by, not an acronym's body
			// before a name ("KPK Firli Bahuri" has three).
			i++
			continue
		case lx.isTitle(l) || lx.isTitle(unelided(l)) || lx.isOrgWordIn(l, c.lang) || lx.isAge(l) || c.places[l] || (isUpperWord(ws[i]) && len(ws[i]) > 1 && !isUpperWord(ws[i+1])) || lx.isOutletWord(ws[i], l) && !lx.givenNotOutlet(ws[i], l):
			n = 1
			if lx.isOrgWordIn(l, c.lang) && i+2 < len(ws) && isRoman(ws[i+1]) {
				n = 2 // "Komisi X Syaiful Huda": the numeral is the body's
			}
		default:
			i++
			continue
		}
		if i+n < len(ws) {
			// "Kepala Dinas Kesehatan Karangsari Lestari Ayuningtyas":
			// an organisation's field ("Kesehatan") goes on its name,
			// which runs on (a region) to the person's.
			cut, afterOrg = i+n, lx.isOrgWordIn(l, c.lang) || afterOrg && cut == i && lx.isTitle(l)
		}
		i += n
	}
	// titled says a title, no organisation's word, stood right before
	// what is left: it vouches for a lone word after it as a name
	// ("Ministerin Baerbock", "Mitschüler Nicolas").
	titled := cut > 0 && !afterOrg && lx.isTitle(lws[cut-1])
	ws, lws = ws[cut:], lws[cut:]
	if len(ws) > 0 && lx.isOrgWordIn(lws[len(lws)-1], c.lang) {
		return "" // "… Employers' Association"
	}
	if afterOrg && len(ws) < 2 {
		return "" // "Partai Hanura" is a party, not Mr Hanura
	}
	if afterOrg && len(ws) >= 3 {
		// "Dinas Pekerjaan Umum Agus Prasetyo": an organisation's
		// name runs on after its word; the name ends the run. Three
		// words opened by a given name ("Sri Lestari Ningsih") are the
		// name whole.
		// Balinese particles open a name ("Ni Made Sukerti", "I Gusti
		// Ngurah Rai"): they stay with it.
		k := len(ws) - 2
		if _, given := lx.givenGender[lws[k-1]]; given || lx.isNameOpener(lws[k-1]) {
			k--
		}
		for k > 0 && len(ws)-k < maxNameWords && lx.isNameOpener(lws[k-1]) {
			k--
		}
		if k >= 2 && lx.isParticle(lws[k-1]) && isLower(ws[k-1]) {
			k -= 2 // "Ahmad bin Yusuf Harahap": a particle inside the name
		}
		ws, lws = ws[k:], lws[k:]
	}
	i := 0
	nameStop := c.stopwordName(ws, lws)
	for i < len(ws) && !nameStop && !(lx.isNameOpener(lws[i]) && len(ws)-i >= 3) && (c.stopwordHere(lws[i]) || lx.isConjunction(lws[i]) || lx.isArticle(lws[i]) || lx.isOpenerWord(lws[i]) ||
		lx.cueStarts[lws[i]] || lx.isOpener(ws[i]) && i < len(ws)-1 && !c.byVerb) {
		// A sentence opener: "Namun Rusia", "Hosting Cook", "A Reuters",
		// "Selon Javier López"; "Manning" alone is a name.
		i++
	}
	if len(ws)-i >= 3 && c.capNouns && strings.IndexByte(lws[i], '-') > 0 && !lx.isGivenName(lws[i][:strings.IndexByte(lws[i], '-')]) {
		// "Basketball-Star Sergio Llull": a capitalised compound job
		// ("Hans-Peter" opens with a given name).
		i++
	}
	if len(ws)-i >= 3 && lowerAfterHyphen(ws[i]) {
		// "Singer-guitarists Tom Johnston", "Co-founder Mia Park": a
		// compound in lower case after its hyphen is a job, not a
		// given name ("Eva-Marie" capitalises both parts).
		i++
	}
	if i == 0 && len(ws) == 2 && c.capNouns && lx.isNounDet(lws[0]) {
		// "Dieses Loblied", "Einen Kritikpunkt" opening a sentence:
		// a determiner and its noun.
		return ""
	}
	if i > 0 && c.capNouns && lx.isNounDet(lws[i-1]) && (len(ws)-i >= 3 || len(ws)-i == 2 && !lx.isGivenName(lws[i])) {
		// "Die Gewerkschafterin Marlene Oswald" opening a sentence: the
		// word after the determiner is a noun. Two words after it are a
		// noun and, at most, a surname the cast must know ("Das
		// Literaturland Philippinen", "Der Konzern Siemens"), as
		// nounAfterDet reads them inside a sentence.
		i += c.nameStart(lws[i:])
	}
	ws, lws = ws[i:], lws[i:]
	for _, w := range lws {
		if c.isCommonNoun(w) || c.isContraction(w) {
			return "" // "Pressemitteilung", "Visualisierungen", "They’re"
		}
	}
	if len(ws) == 1 && c.capNouns && c.cast.findLower(ws[0], lws[0]) == nil && !titled && !c.cast.headlineSurname(lws[0]) {
		// German capitalises every noun: a lone word is a name only
		// when the article has named its person ("Selbstzweck"), in
		// its body or in its headline ("Lena Kranz siegt im Sprint"
		// over "…, sagt Kranz").
		return ""
	}
	// Degrees and acronyms after a name: "Wismandari Wisnu SpPD-KEMD".
	for len(ws) > 1 && isSuffixWord(ws[len(ws)-1], ws[len(ws)-2]) {
		ws, lws = ws[:len(ws)-1], lws[:len(lws)-1]
	}
	if len(ws) == 0 || lx.nameLength(ws, lws) > maxNameWords {
		return ""
	}
	for i, l := range lws {
		if i >= 2 && lx.suffixesOnly(ws[i:], lws[i:]) {
			// "Walter Penwick Sr": a generation's suffix closing a
			// name of two words, not a title ("Sr" is a sister's too).
			continue
		}
		if lx.isTitleWord(l) && i > 0 && lx.surnameTitles[l] && (i == len(lws)-1 || lx.suffixesOnly(ws[i+1:], lws[i+1:])) {
			// "Donna King", "Donna King Jr.": a title that is a surname
			// too, ending a name (before its suffix).
			continue
		}
		if len(lws) == 1 && lx.surnameTitles[l] && c.cast.bySurname(l, lx) != nil {
			// "King said" after "Harriet King": the surname of a
			// person the article named, not the title.
			continue
		}
		if i > 0 && i < len(lws)-1 && utf8.RuneCountInString(ws[i]) == 1 && isCapitalised(ws[i]) {
			// "Mary E. Lovely": a middle initial, whatever lower-case
			// word of some language the letter spells ("e", "y", "i").
			continue
		}
		if lx.isDay(l) && i == 0 && len(lws) >= 3 && !lx.isDay(lws[1]) {
			continue // "Domingo José Ramos": a day's name that is a given name too
		}
		if i == 0 && nameStop {
			continue
		}
		if lx.isDay(l) || lx.isConjunction(l) || lx.isVerb(l) || c.isPronoun(l) || lx.isTitleWord(l) {
			return ""
		}
		if _, m := lx.months[l]; m && (len(lws) == 1 || i == len(lws)-1) {
			// A month alone or closing the run ("Speech January"); at
			// a name's start it is a name ("Agus Prasetyo").
			return ""
		}
	}
	name := strings.Join(ws, " ")
	switch lx.kindOfWords(name, ws, lws, c.lang) {
	case kindPlace, kindOrganisation, kindOutlet:
		return "" // "New York", "South America", "Reuters"
	}
	if isUpperWord(name) {
		if len(ws) == 1 {
			return "" // an acronym: an organisation
		}
		name = properCase(name)
	}
	if len(ws) == 1 && !single {
		return c.cast.lookup(name)
	}
	return name
}

// stopwordHere says the lower-case word l is a stopword of the article's
// language, or of English, which any article may quote: a word opening a
// sentence that is no name ("Namun", "But"). A stopword of another
// language only ("nur" in German, "ada" in Indonesian) opens names
// elsewhere ("Nur Aini", "Ada Lovelace"). Where the language is unknown,
// every language's count.
func (c *quoteCtx) stopwordHere(l string) bool {
	lx := c.lx
	if c.lang == "" || lx.stopwords[c.lang] == nil || lx.isParticle(l) {
		// (A name's particle, "van", "der", is read as before: the
		// surname it opens is the cast's to resolve, "Van Der Beek".)
		return lx.isStopword(l)
	}
	if lx.filters.stopwords.refuses(l) {
		return false
	}
	return lx.stopwords[c.lang][l] || lx.stopwords["en"][l]
}

// stopwordName reports whether the run ws (lws in lower case) is a name
// opened by a stopword that is a name too ("Will Tjernlund", "He
// Jianxiong"): two words, the first capitalised and in [name-stopwords],
// the second capitalised and no word the lexicons know (a stopword, verb,
// title, common noun, day, month, place, organisation), nor a surname of
// someone the article named ("Will Biden run?" asks about Biden).
// Invariant: false for any other run, which keeps its openers stripped.
func (c *quoteCtx) stopwordName(ws, lws []string) bool {
	lx := c.lx
	if nl, ok := lx.nameStopwords[lws[0]]; !ok || c.lang != "" && nl != c.lang {
		return false
	}
	if len(ws) != 2 || !isCapitalised(ws[0]) || isUpperWord(ws[0]) ||
		!isCapitalised(ws[1]) || isUpperWord(ws[1]) {
		return false
	}
	l := lws[1]
	if lx.isStopword(l) || lx.isVerb(l) || lx.isTitle(l) || c.isCommonNoun(l) || lx.isDay(l) || c.isPronoun(l) ||
		lx.isOrgWordIn(l, c.lang) || lx.placeAt(ws[1:]) > 0 || c.places[l] {
		return false
	}
	if _, m := lx.months[l]; m {
		return false
	}
	return c.cast.findLower(ws[1], l) == nil
}

// particleSurname says lws, a run in lower case, is a surname opened by
// its particle ("Van der Berghe", "De Vries") of someone the article
// named in full ("Ludovic van der Berghe"): the capitalised particle is
// the name's, not a sentence's opener ("De" is Dutch for "the"). A run
// the cast does not hold keeps its opener stripped.
func (c *quoteCtx) particleSurname(lws []string) bool {
	if len(lws) < 2 || !c.lx.isParticle(lws[0]) {
		return false
	}
	for _, m := range c.cast.members {
		if len(m.lower) > len(lws) && hasRun(m.lower, lws) {
			return true
		}
	}
	return false
}

// stopwordNameAt reports whether toks open with a name of two words
// that a stopword opens ("said He Jianxiong, the former director"):
// the pronoun there is no pronoun.
func (c *quoteCtx) stopwordNameAt(toks []token) bool {
	if len(toks) < 2 || toks[0].comma || toks[0].stop || len(toks) > 2 && !toks[1].comma && !toks[1].stop && isCapitalised(toks[2].word) {
		return false
	}
	return c.stopwordName([]string{toks[0].word, toks[1].word}, []string{toks[0].lower, toks[1].lower})
}

// heading says the paragraph s is a subheading in title case ("What
// Does Orbix Offer?", "How the Deal Fell Apart"): a few words, all but
// function words capitalised, no punctuation inside. Like a headline in
// title case (meet), it tells no names from words, and names no one. A
// language that capitalises its nouns has no such headings to tell
// apart; two words may be a name alone.
//
// learn asks it of every stretch of text, most of them sentences of many
// words: the words are counted, no further than titleCase reads, before
// the quote marks are searched for and the stretch is split (a stretch of
// more than maxTitleCaseWords words is no heading; TestHeadingShortcut
// compares this with the form that split every stretch).
func (c *quoteCtx) heading(s string) bool {
	if c.capNouns {
		return false
	}
	if n := countFieldsUpTo(s, maxTitleCaseWords+1); n < 3 || n > maxTitleCaseWords {
		return false
	}
	if strings.ContainsAny(s, "“”\"«»„") {
		return false
	}
	f := fields(s)
	if last := f[len(f)-1]; strings.HasSuffix(last, ".") || strings.HasSuffix(last, ",") {
		// (A comma leads on: 'Bakan Ayşe Demirtaş, "…" dedi.', the
		// subject of a sentence a quote goes on, is no heading.)
		return false
	}
	return titleCase(f)
}

// nounHeading says s is a subheading of an article in a language that
// capitalises its nouns: a short paragraph (maxHeadingWords words at most)
// closed by no sentence's punctuation and holding no quotation. heading
// tells such lines by their title case, which such a language does not
// show.
func (c *quoteCtx) nounHeading(s string) bool {
	if !c.capNouns {
		return false
	}
	s = strings.TrimSpace(s)
	if n := countFieldsUpTo(s, maxHeadingWords+1); n < 2 || n > maxHeadingWords {
		return false
	}
	if strings.ContainsAny(s, "“”\"«»„‚‘’") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;,)…", r)
}

// maxHeadingWords is the longest subheading nounHeading reads.
const maxHeadingWords = 10

// minTitleStem is how much of a compound must come before a title's
// ending for the word to be a title ("Oppositions|führer").
const minTitleStem = 4

// isTitle says the lower-case word l is a title, or a compound ending in
// one as German writes them ("oppositionsführer", "regierungssprecher").
func (lx *lexicon) isTitle(l string) bool {
	if lx.isTitleWord(l) {
		return true
	}
	if i := strings.LastIndexByte(l, '-'); i > 0 && i < len(l)-1 && !lx.filters.titles.refuses(l[i+1:]) && lx.isTitleWord(l[i+1:]) {
		return true // "eu-kommissar", "us-botschafter"
	}
	if l == "" {
		return false
	}
	for _, suf := range lx.titleSuffixLast[l[len(l)-1]] {
		// The "-"+suf test without building the string: the byte before
		// the suffix is a hyphen.
		// The ending alone is the job too ("Lehrer Andreas Heller",
		// as "Mathelehrer").
		if strings.HasSuffix(l, suf) && (len(l) == len(suf) || len(l) >= len(suf)+minTitleStem || len(l) > len(suf) && l[len(l)-len(suf)-1] == '-') {
			return true
		}
	}
	return false
}

// isContraction says the lower-case word l is a pronoun with a verb
// glued on ("they’re", "we’ve"): no name.
func (c *quoteCtx) isContraction(l string) bool {
	i := apostropheAt(l)
	return i > 0 && c.isPronoun(l[:i])
}

// apostropheAt is strings.IndexAny(l, "'’"), by a byte scan: IndexAny
// searches its set for each rune of l when the set is not ASCII. An
// apostrophe's bytes ("'", or 0xE2 0x80 0x99) always start a rune,
// even after broken bytes, so the first found is the rune IndexAny finds.
func apostropheAt(l string) int {
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\'':
			return i
		case 0xE2:
			if strings.HasPrefix(l[i:], "’") {
				return i
			}
		}
	}
	return -1
}

// minNounLen is the shortest word taken for a common noun by its ending:
// "Jung" is a name, "Untersuchung" a noun.
const minNounLen = 8

// isCommonNoun says the lower-case word l ends as the common nouns of a
// language that capitalises them do ("-ung", "-heit"): no name word. The
// endings are the article's language's (any language's when it is not
// known): German's "-ung" says nothing of "Manurung" in Indonesian.
func (c *quoteCtx) isCommonNoun(l string) bool {
	if len(l) < minNounLen {
		return false
	}
	if c.lang != "" {
		return hasAnySuffix(l, c.lx.nounSuffixes[c.lang])
	}
	for _, sufs := range c.lx.nounSuffixes {
		if hasAnySuffix(l, sufs) {
			return true
		}
	}
	return false
}

// maxQualifiers is how many words may qualify an office between its
// title and its body ("Sekretaris Jenderal", "Wakil Ketua Umum").
const maxQualifiers = 2

// qualifiersAt is how many words at the start of lws, lower case,
// qualify the office a title before them names ("umum" of "Ketua Umum",
// "eksekutif" of "Direktur Eksekutif"): at most maxQualifiers.
func (lx *lexicon) qualifiersAt(lws []string) int {
	k := 0
	for k < len(lws) && k < maxQualifiers && lx.titleQualifiers[lws[k]] {
		k++
	}
	return k
}

// isEpithet says the lower-case word l, after a definite determiner,
// describes a person the text names elsewhere: an age ("the
// 36-year-old") or a nationality ("the Spaniard", "der Österreicher").
func (lx *lexicon) isEpithet(l string) bool {
	return lx.isAge(l) || lx.demonyms[l]
}

// isAge says the lower-case word l gives an age ("seventy-eight-year-old",
// "42-jährige"): it stands before a name, never in it.
func (lx *lexicon) isAge(l string) bool {
	for _, suf := range lx.ageSuffixes {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// notePlace remembers l, a lower-case word, as a place or an
// organisation's name of this article ("di Sleman", "Bupati Sleman …",
// "Partai Gerindra"): a later "BPBD Sleman Makwan" then holds the place,
// not a name. Nil-safe for contexts without an article.
func (c *quoteCtx) notePlace(l string) {
	if c.places == nil {
		c.places = map[string]bool{}
	}
	c.places[l] = true
}

// hasInitial says ws hold an initial ("F." of "Carissa F. Etienne"): a
// person's name, whole.
func hasInitial(ws []string) bool {
	for _, w := range ws {
		if utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1 && isCapitalised(w) {
			return true
		}
	}
	return false
}

// givenStart is where the name starts in g, a run of capitalised words
// after an office's "of" or body ("Public Prosecution Eva-Marie Persson",
// "Home Affairs Tito Karnavian"): at the first known given name that
// leaves two words or more, else after the run's first word.
func (c *quoteCtx) givenStart(g []string) int {
	for k := 1; k <= len(g)-2; k++ {
		l := strings.ToLower(g[k])
		if h := strings.IndexByte(l, '-'); h > 0 {
			l = l[:h] // "Eva-Marie"
		}
		if c.lx.isGivenName(l) {
			return k
		}
	}
	return 1
}

// isNumber says w is written in digits only.
func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// suffixesOnly says ws (lws in lower case) are one or more of a
// name's generation suffixes and nothing else: "Jr.", "Sr" of
// [name-suffixes], or a Roman numeral of two letters or more ("III").
func (lx *lexicon) suffixesOnly(ws, lws []string) bool {
	for i, w := range ws {
		if !lx.nameSuffixes[strings.TrimSuffix(lws[i], ".")] && !(len(w) >= 2 && isRoman(w)) {
			return false
		}
	}
	return len(ws) > 0
}

// isRoman says w is a Roman numeral of a few letters ("X", "IV"), as
// bodies and units are numbered.
func isRoman(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// isOrgWordIn says the lower-case word l (or its singular) starts or ends
// an organisation's name in a text in lang: a word of lang's
// organisations or of English ones, which texts of every language quote
// ("Recording Academy"). Another language's word is a name there: "Tim"
// is a team in Indonesian and a man in English. lang "" takes every
// language's words.
func (lx *lexicon) isOrgWordIn(l, lang string) bool {
	w := l
	switch {
	case lx.isOrgWord(l):
	case strings.HasSuffix(l, "ies") && lx.isOrgWord(l[:len(l)-3]+"y"):
		w = l[:len(l)-3] + "y"
	case strings.HasSuffix(l, "s") && lx.isOrgWord(l[:len(l)-1]):
		w = l[:len(l)-1]
	default:
		return false
	}
	if lang == "" || lx.orgLangs[w] == nil {
		return true
	}
	return lx.orgLangs[w][lang] || lx.orgLangs[w]["en"]
}

// givenNotOutlet says w, an outlet's word (l in lower case) opening a
// run of a name, is the person's given name: the lexicon knows it as one
// and it is written as a name, not in capitals as an agency's acronym
// ("Ani Suryani", but "ANI" the Indian agency).
func (lx *lexicon) givenNotOutlet(w, l string) bool {
	return !isUpperWord(w) && lx.isGivenName(l)
}

// isGivenName says the lower-case word l is a given name of the
// lexicons: a name's first word, never a region's ("Ketua DPRD Ahmad bin
// Yusuf").
func (lx *lexicon) isGivenName(l string) bool {
	_, ok := lx.givenGender[l]
	return ok
}

// isGivenWord is isGivenName(strings.ToLower(w)), the word lowered into
// a buffer on the stack for the lookup instead of a string of its own.
func (lx *lexicon) isGivenWord(w string) bool {
	var buf [64]byte
	_, ok := lx.givenGender[string(appendLower(buf[:0], w))]
	return ok
}

// regionalAt is how many words (one or two: "bupati", "wali kota") at
// the start of lws, lower case, are a regional office; 0 when none.
func (lx *lexicon) regionalAt(lws []string) int {
	if len(lws) == 0 {
		return 0
	}
	if lx.regional[lws[0]] {
		return 1
	}
	if len(lws) > 1 && lx.regional[lws[0]+" "+lws[1]] {
		return 2
	}
	return 0
}

// placeAt is how many words at the start of ws name a place of the
// lexicons, longest first; 0 when they do not.
func (lx *lexicon) placeAt(ws []string) int {
	// strings.ToLower(strings.Join(ws[:n], " ")), built in a buffer: the
	// lower-cased words joined by spaces, ends[n-1] long.
	var arr [96]byte
	buf := arr[:0]
	var ends [3]int
	m := min(3, len(ws))
	for i := 0; i < m; i++ {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = appendLower(buf, ws[i])
		ends[i] = len(buf)
	}
	for n := m; n > 0; n-- {
		if lx.places[string(buf[:ends[n-1]])] {
			return n
		}
	}
	return 0
}

// appendLower appends strings.ToLower(s) to buf. (Writing a word's
// leading ASCII bytes in one go after one grow measured slower: the
// words are short.)
func appendLower(buf []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		buf = utf8.AppendRune(buf, toLower(r))
	}
	return buf
}

// toLower is unicode.ToLower(r), read from a table for the runes of two
// bytes or fewer in UTF-8 (Latin, Greek, Cyrillic, Armenian, Hebrew,
// Arabic: the non-ASCII letters most words hold), where ToLower
// searches its case ranges.
func toLower(r rune) rune {
	if 0 <= r && r < lowerTableSize {
		return rune(lowerTable[r])
	}
	return unicode.ToLower(r)
}

// lowerTableSize is the first rune of three bytes in UTF-8.
const lowerTableSize = 0x800

// lowerTable holds unicode.ToLower of every rune below lowerTableSize.
// (Each such lower case is below 0x10000 too; TestToLower checks every
// entry.)
var lowerTable = func() (t [lowerTableSize]uint16) {
	for r := range t {
		t[r] = uint16(unicode.ToLower(rune(r)))
	}
	return t
}()

// isPossessive says w ends as a possessive does ("Parise’s").
// l is w in lower case.
func (lx *lexicon) isPossessive(w, l string) bool {
	for _, suf := range lx.possessive {
		if strings.HasSuffix(l, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}

// minOpenerLen is the shortest word taken for a sentence opener by its
// ending: "Hosting" is one, "Ling" is a name.
const minOpenerLen = 7

// isOpener says a capitalised w opens a sentence rather than a name
// ("Hosting Cook …").
func (lx *lexicon) isOpener(w string) bool {
	if len(w) < minOpenerLen {
		return false
	}
	for _, suf := range lx.openerSuffix {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lowerAfterHyphen says w is a compound with a lower-case letter right
// after a hyphen: "Singer-guitarist", "Ex-minister".
func lowerAfterHyphen(w string) bool {
	k := strings.IndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsLower(r)
}

// isSuffixWord says w, following prev in a name, is a degree or an
// acronym rather than part of the name: "SpPD-KEMD", "BIL" after "Asmadi".
func isSuffixWord(w, prev string) bool {
	upper := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if isUpperWord(w) && !isUpperWord(prev) && len(w) >= 2 {
		return true
	}
	if isDoubleBarrelled(w) {
		return false // "Bankman-Fried", "Ocasio-Cortez"
	}
	return upper >= 3 || (upper >= 2 && strings.ContainsAny(w, "-."))
}

// isDoubleBarrelled reports whether w is a hyphenated surname: every part
// a capital followed by lower-case letters.
func isDoubleBarrelled(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r, n := utf8.DecodeRuneInString(p)
		if n == 0 || !unicode.IsUpper(r) || len(p) == n {
			return false
		}
		for _, q := range p[n:] {
			if !unicode.IsLower(q) {
				return false
			}
		}
	}
	return true
}

// othersName says t, a capitalised word, names a person of the cast
// other than subjectHere, possessive or not ("Prelogar's").
func (c *quoteCtx) othersName(t token) bool {
	w, l := t.word, t.lower
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+1 {
			w, l = w[:len(w)-len(suf)], l[:len(l)-len(suf)]
			break
		}
	}
	m := c.cast.findLower(w, l)
	return m != nil && m.name != c.subjectHere && !slices.Contains(fields(strings.ToLower(c.subjectHere)), l)
}

// isStopword says w is a stopword of any lexicon language.
func (lx *lexicon) isStopword(w string) bool {
	return !lx.filters.stopwords.refuses(w) && lx.allStopwords[w]
}

// learn notes the full names a stretch of text mentions, so that a later
// surname resolves to them; other names given to a person ("akrab disapa
// Dani"); and the subject of indirect speech ("Stoltenberg mengatakan …",
// "diungkapkan oleh X") as the last speaker.
func (c *quoteCtx) learn(s string) {
	c.learnCut(s, false)
}

// learnBefore is learn for s, the text of a paragraph before a quote:
// a clause of it the quote cuts off goes on after the quote (mentionAt).
func (c *quoteCtx) learnBefore(s string) {
	c.learnCut(s, true)
}

// learnCut is learn, cut saying a quote follows s.
func (c *quoteCtx) learnCut(s string, cut bool) {
	c.cutByQuote = cut
	c.cutInBracket = cut && strings.HasSuffix(strings.TrimSpace(s), "(")
	defer func() { c.cutByQuote, c.cutInBracket = false, false }()
	if c.heading(s) {
		return
	}
	toks := c.tokensOf(s)
	// lead says s ends in a colon that leads into a quote: a name in its
	// last sentence ("Einen Zusammenhang sieht auch Markus Olbrecht,
	// Leiter der Abteilung …: „…“, sagte er") is who that sentence
	// brings in to speak.
	lead := len(toks) > 0 && strings.HasSuffix(strings.TrimSpace(s), ":")
	sub := c.nounHeading(s)
	for _, r := range c.personRuns(toks) {
		if countFields(r.name) < 2 {
			if name, title := c.honorificName(toks, r); name != "" && !sub {
				// "the real Prince Andrew was busy …", "Pak Harno
				// mengaku …": one word after a personal title is a
				// person's name; the cast holds it, so that "he",
				// "ia" and the title's gender find the person.
				c.cast.titled(name, title)
			}
			continue
		}
		if sub && !c.lx.isGivenWord(firstField(r.name)) && !c.titledRun(toks, r.tokRun) && c.cast.find(r.name) == nil {
			// "Strenge Regeln durch EU-Gesetz", "Seilbahn Duisburg:
			// Haltestelle …": a subheading's capitals are nouns; a
			// person there comes with a given name or a title.
			continue
		}
		m := c.cast.mention(r.name, c.rolesAround(toks, r.tokRun)...)
		if m != nil && (r.at == 0 || !c.lx.isIndefinite(toks[r.at-1].lower)) && (c.lx.isGivenWord(firstField(r.name)) ||
			c.lx.kindOfWords(r.name, fields(r.name), fields(strings.ToLower(r.name)), c.lang) == kindPerson && !c.capNouns) {
			// (A person: a known given name, or words that read as a
			// person's; not a thing brought in by "a", "a Tax
			// Preparation Service".)
			c.paraPerson = true
		}
		if m != nil && (closesSentence(toks, r.end) || lead && !stopAfter(toks, r.end)) {
			c.paraNamed = append(slices.DeleteFunc(c.paraNamed, func(s string) bool { return s == m.name }), m.name)
		}
		// "Presiden Joko Widodo (Jokowi)": the name in brackets right
		// after is another name of the person.
		if m != nil && r.end < len(toks) && strings.HasPrefix(toks[r.end].raw, "(") && strings.HasSuffix(toks[r.end].raw, ")") &&
			isCapitalised(toks[r.end].word) && (!isUpperWord(toks[r.end].word) || initialsOf(m.words) == toks[r.end].word) {
			// (Capitals are an organisation's acronym, "(KPK)", unless
			// they are the person's initials: "Agus Hartono
			// Yudistira (AHY)".)
			c.cast.alias[foldName(toks[r.end].word)] = m
		}
	}
	c.learnPossessors(toks)
	c.learnNicknameTags(toks)
	c.learnOrgs(toks)
	c.learnUnnamed(toks)
	for _, r := range c.runBuf {
		// "Partai Gerindra", "Fraksi Golkar" ending a run: the word
		// after the organisation's is its name; a later "Partai
		// Gerindra Habiburokhman" holds the party, then the person.
		if r.end-r.at == 2 && c.lx.isOrgWordIn(toks[r.at].lower, c.lang) && !isUpperWord(toks[r.at+1].word) {
			c.notePlace(toks[r.at+1].lower)
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// "di Sleman,", "from Leeds.": a lone capitalised word after a
		// locative is a place of this article.
		// (The word tests come before the lexicon's: most words are
		// followed by no capital, and need no lookup.)
		if isCapitalised(toks[i+1].word) && !toks[i].comma && !toks[i].stop && isLower(toks[i].word) && c.lx.isLocative(toks[i].lower) &&
			(i+2 == len(toks) || toks[i+1].comma || toks[i+1].stop || !isCapitalised(toks[i+2].word)) &&
			c.cast.findLower(toks[i+1].word, toks[i+1].lower) == nil {
			c.notePlace(toks[i+1].lower)
		}
	}
	start, spoke := 0, false
	for i, t := range toks {
		if i == start {
			c.roleNounSubjectAt(toks[i:])
		}
		if i == start || i > 0 && toks[i-1].comma {
			prev := c.subjectHere
			afterRole := i > 0 && c.roleBefore(toks[:i])
			c.mentionAt(toks[i:], afterRole)
			if i == start && c.subjectHere == prev {
				c.invertedSubjectAt(toks[i:])
			}
			if i != start && c.subjectHere != prev && !afterRole {
				// "Para Hurtado, García Ortiz fue la persona que
				// “…”": a subject after a clause is no sentence's
				// opening subject; the clause may name the source.
				// (After its role set off by a comma, the name opens
				// the sentence's subject with it: "El ministro
				// portugués, Paulo Rangel, describió … “…” y pidió
				// “…”".)
				c.subjectOpen = false
			}
		}
		if c.subjectOpen && i > start && isCapitalised(t.word) && c.othersName(t) {
			c.subjectOpen = false
		}
		if i == start && c.followUpAt(toks[i:]) {
			continue
		}
		if t.stop {
			c.subjectOpen = false
			// "…, Bellini says.": a verb closing its sentence is read
			// with the sentence. (Not where every noun is capitalised:
			// German closes its subordinate clauses with the verb,
			// "…, in dem Millionen Menschen Analphabeten sind.")
			if v, pron := c.verbLower(t.lower); v && !pron && i > start && isLower(t.word) && !spoke && !toks[i-1].comma && !c.capNouns {
				c.indirectBefore(toks, start, i)
			}
			start, spoke = i+1, false
			continue
		}
		if c.lx.isCueStart(t.lower) && c.learnCue(toks, i) {
			continue
		}
		// A verb opening its sentence or in capitals is none here:
		// those are tested before the lexicon is asked.
		if i == start || !isLower(t.word) {
			continue
		}
		if v, pron := c.verbLower(t.lower); !v || pron {
			continue
		}
		if toks[i-1].comma && !t.comma && i+1 < len(toks) && closingSpeaker(toks[i+1:]) {
			// "…, said Tom Reed." / "…, ujar pedagang Siti Rohmah.":
			// indirect speech closed by its verb and then the speaker.
			if n := c.nameAt(toks[i+1:]); countFields(n) >= 2 || n != "" && c.cast.find(n) != nil {
				c.saidIndirect(n)
				spoke = true
				continue
			}
		}
		if c.lx.participles[t.lower] && spoke {
			// "X told Y, asserting that …": X goes on speaking.
			continue
		}
		if c.lx.participles[t.lower] && toks[i-1].comma {
			// "Blair accused Johnson of lacking a plan after Brexit,
			// saying …": a participle set off by a comma is the
			// sentence's subject's, a person opening the sentence;
			// the word before the comma is no speaker.
			if rs := c.personRuns(toks[start:i]); len(rs) > 0 && rs[0].at == 0 && rs[0].name != "" {
				c.saidIndirect(rs[0].name)
			}
			spoke = true
			continue
		}
		spoke = true
		c.indirectBefore(toks, start, i)
	}
}

// learnNicknameTags notes another name of a person given before its tag
// ("Emil, sapaan akrabnya, menyebut …": the person the text is about;
// "Emil, sapaan akrab Ridwan Kamil, …": the person the tag names), so
// that a later "ujar Emil" gives the person's full name.
func (c *quoteCtx) learnNicknameTags(toks []token) {
	if len(c.lx.nicknameTags) == 0 {
		return
	}
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.comma || !isCapitalised(t.word) || isUpperWord(t.word) || i+1 < len(toks) && !isLower(toks[i+1].word) {
			continue
		}
		for _, tag := range c.lx.nicknameTags {
			if !tokensAre(toks[i+1:], tag) {
				continue
			}
			var m *member
			if rest := toks[i+1+len(tag):]; !toks[i+len(tag)].comma && len(rest) > 0 && isCapitalised(rest[0].word) {
				if n := c.nameAt(rest); n != "" {
					m = c.cast.find(n)
				}
			} else if c.last != "" {
				m = c.cast.find(c.last)
			}
			if m == nil && c.last == "" {
				m = c.cast.recent
			}
			if m != nil && !strings.EqualFold(m.name, t.word) {
				c.cast.alias[foldName(t.word)] = m
			}
			break
		}
	}
}

// learnPossessors notes the full names of people toks name only in the
// possessive ("but Michelle Hege’s response was concern", "lead to Tom
// Harper and Jessie Buckley’s doorstep"): no speaker there (personRuns
// reads none), but a later "Hege said" is that person, by the fullest
// name the article gives. The names are noted without becoming the
// cast's most recent person: a possessor is not who the sentence is
// about ("Trump’s lawyer said").
//
// Most texts hold no possessive at all; for them the runs are not named
// (personRuns' cost is naming them), only split as personRuns would, so
// that c.runBuf holds what learnCut reads after this.
func (c *quoteCtx) learnPossessors(toks []token) {
	if !c.anyPossessive(toks) {
		c.splitRuns(toks)
		return
	}
	c.notePossessors(toks, c.personRuns(toks))
}

// notePossessors is learnPossessors over rs, the person runs of toks.
func (c *quoteCtx) notePossessors(toks []token, rs []personRun) {
	for _, r := range rs {
		if r.name != "" || r.end-r.at < 2 {
			continue
		}
		last := toks[r.end-1]
		suf := ""
		for _, p := range c.lx.possessive {
			if strings.HasSuffix(last.lower, p) && len(last.lower) > len(p) {
				suf = p
				break
			}
		}
		if suf == "" {
			continue
		}
		ws := tokenWords(toks[r.at:r.end])
		ws[len(ws)-1] = strings.TrimRight(ws[len(ws)-1][:len(ws[len(ws)-1])-min(len(suf), len(ws[len(ws)-1]))], "'’")
		// "Tom Harper and Jessie Buckley’s": each side of a
		// conjunction is a person.
		start := 0
		for i := 0; i <= len(ws); i++ {
			if i < len(ws) && !(c.lx.isConjunction(strings.ToLower(ws[i])) && isLower(ws[i])) {
				continue
			}
			if i-start >= 2 {
				if n := c.personName(ws[start:i], false); countFields(n) >= 2 && (c.lx.isGivenWord(firstField(n)) ||
					!c.capNouns && c.lx.kindOfWords(n, fields(n), fields(strings.ToLower(n)), c.lang) == kindPerson) {
					c.cast.note(n)
				}
			}
			start = i + 1
		}
	}
}

// anyPossessive says some word of toks ends in one of the possessive
// suffixes and is longer than it: a run learnPossessors reads ends in one.
// A word is asked only when its last byte ends some suffix
// (possessiveLast).
func (c *quoteCtx) anyPossessive(toks []token) bool {
	for _, t := range toks {
		if t.lower == "" || !c.lx.possessiveLast[t.lower[len(t.lower)-1]] {
			continue
		}
		for _, p := range c.lx.possessive {
			if len(t.lower) > len(p) && strings.HasSuffix(t.lower, p) {
				return true
			}
		}
	}
	return false
}

// closesSentence says the run of toks ending at end closes its sentence,
// perhaps with a party's tag in brackets ("Erfreut zeigte sich auch
// Ministerin Lena Hofer (SPD)."): a subject put after its verb, as German
// and Dutch do, not an object inside a clause ("he emailed Gaiman about
// …").
func closesSentence(toks []token, end int) bool {
	if end <= 0 || end > len(toks) {
		return false
	}
	if toks[end-1].stop || end == len(toks) {
		return true
	}
	t := toks[end]
	if !strings.HasPrefix(t.raw, "(") || t.comma {
		return false
	}
	// "… sprach sich dagegen Jonas Gerlach (AfD) aus.": a verb's
	// particle may close the sentence after the tag.
	return t.stop || end+1 < len(toks) && strings.HasSuffix(t.raw, ")") && isLower(toks[end+1].word) && toks[end+1].stop
}

// closingSpeaker says toks, the words after a verb, are only a speaker
// closing the sentence: lower-case role words, then capitalised ones up
// to a full stop, a comma or the end ("said Tom Reed.", "ujar pedagang
// Siti Rohmah.", "says Richard Locksley, an immunologist"), not a clause
// ("said Tyvak would …").
func closingSpeaker(toks []token) bool {
	caps := false
	for _, t := range toks {
		if isCapitalised(t.word) {
			caps = true
		} else if caps {
			return false
		}
		if t.stop || caps && t.comma {
			return caps // "says Richard Locksley, an immunologist"
		}
	}
	return caps
}

// indirectBefore reads the speaker of indirect speech from the words of
// toks between start, its sentence's start, and i, its verb: a role
// noun, a name or a description before the verb makes that person the
// one speaking now.
func (c *quoteCtx) indirectBefore(toks []token, start, i int) {
	if i > start && c.isPronoun(toks[i-1].word) {
		// "… with his wife and three kids, he says.": a pronoun is
		// the verb's subject; the words before it are no speaker.
		return
	}
	// A subject is near its verb; a sentence without full stops
	// must not make this quadratic.
	from := max(start, i-maxSubjectWords)
	// The window must not cut a name's run: "Gubernur Tanjung Rawa
	// Rusdiantoro Wiryawan meninjau" cut after "Tanjung" would make
	// "Rawa" a first name. A run is a few words, so this stays linear.
	for k := 0; k < maxRunWords && from > start && !toks[from-1].comma && !toks[from-1].stop; k++ {
		// "Kelautan dan Perikanan": a conjunction inside the run.
		inRun := isCapitalised(toks[from-1].word) ||
			c.lx.isConjunction(toks[from-1].lower) && from-1 > start && isCapitalised(toks[from-2].word) && !toks[from-2].comma
		if !inRun {
			break
		}
		from--
	}
	if n := c.namedIn(toks[from:i]); n != "" {
		c.saidIndirect(n) // "Warga bernama Rudi mengaku …"
	} else if d := c.possessedRole(toks[from:i], false); d != "" {
		c.said(d) // "Swift's rep told Fox News that …"
	} else if role := c.roleNounBefore(toks[from:i]); role != "" {
		if n := c.byRole(role); n != "" {
			c.said(n)
		}
	} else if d := c.roleOf(toks[from:i]); d != "" {
		c.said(d)
	} else if n := c.nameBefore(toks[from:i]); n != "" {
		c.saidIndirect(n)
	} else if n := c.subject(toks[from:i]); n != "" {
		c.saidIndirect(n)
	} else if d := c.descriptor(toks[from:i]); d != "" {
		c.said(d)
	}
}

// initialsOf is the first letters of ws in upper case: "AHY" of "Agus
// Hartono Yudistira".
func initialsOf(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// mentionAt notes a speaker named as the subject of a clause: a run of
// capitalised words at the start of a sentence or after a comma, followed
// by a lower-case word ("Alito presided", "Alito and the others
// returned"). A later "he" or "she" stands for the speaker mentioned so
// last, whether or not that person has spoken yet: a cast member newly
// introduced as a clause's subject is who a following "she said" means.
// An object ("Prelogar told Alito,") is no such mention.
func (c *quoteCtx) mentionAt(toks []token, afterRole bool) {
	// "A resident named Rudy was delighted", "Seorang warga bernama
	// Rudi mengaku …": a name after a noun and a naming word is a
	// person's, one word or more, and the clause's subject.
	named := false
	if j := c.namedAt(toks); j > 0 {
		toks, named = toks[j:], true
	}
	// "filmmaker Charlie McDowell also remembers", "la ministra Ana
	// Ruiz visitó": a job in lower case before the subject's name.
	// ("Her son, the director Tobias Holm, also remembers": an
	// article before the job; the name closed by a comma after it, then
	// the verb, is the clause's subject as after a role set off before.)
	if len(toks) > 2 && c.lx.isArticle(toks[0].lower) && isLower(toks[0].word) && !toks[0].comma && !toks[0].stop &&
		isLower(toks[1].word) && c.lx.isTitle(toks[1].lower) {
		toks = toks[1:]
	}
	if k := c.qualifiedRoleAt(toks); k > 0 {
		toks = toks[k:]
	}
	if len(toks) > 3 && isCapitalised(toks[0].word) && !toks[0].comma && !toks[0].stop {
		// "Opposition leader Fiona Marsh disagreed.", "Former minister
		// …", "Senate majority leader …": a capitalised word opening
		// the sentence, then a job in lower case, then the name; the
		// job is read below.
		for k := 1; k+1 < len(toks) && k <= maxRoleWords; k++ {
			if !isLower(toks[k].word) || toks[k].comma || toks[k].stop {
				break
			}
			if c.lx.isTitle(toks[k].lower) {
				if isCapitalised(toks[k+1].word) {
					toks = toks[k:]
				}
				break
			}
		}
	}
	for k := 0; k < maxRoleWords && len(toks) > 1 && isLower(toks[0].word) && c.lx.isTitle(toks[0].lower) && !toks[0].comma && !toks[0].stop; k++ {
		toks = toks[1:]
		afterRole = true
	}
	if l := capitalisedRun(toks); l > maxNameWords {
		// "Wali Kota Sukamaju Ratna Dewi menerima …", "Kepala Dinas
		// Kesehatan Karangsari Lestari Ayuningtyas mengatakan …": a
		// capitalised office longer than a name, then the name; the
		// name, as personName cuts it, is the subject's.
		ws := tokenWords(toks[:l])
		if name := c.personName(ws, false); countFields(name) >= 2 && strings.HasSuffix(strings.Join(ws, " "), " "+name) {
			toks = toks[l-countFields(name):]
			afterRole = true
		}
	}
	n := 0
	for n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && !toks[n].comma && !toks[n].stop {
		n++
	}
	// "Dietmar Hartwig (Linke) kritisierte …", "Boris Pistorius (SPD)
	// nannte …": a party's tag in brackets after the name is none of
	// it; the clause's verb follows the tag.
	for k := 1; k < n; k++ {
		if t := toks[k]; strings.HasPrefix(t.raw, "(") && strings.HasSuffix(t.raw, ")") && !t.comma && !t.stop &&
			k+1 < len(toks) && k+1 == n && isLower(toks[k+1].word) {
			toks = append(toks[:k:k], toks[k+1:]...)
			n = k
			break
		}
	}
	// "Warsini, 45, pedagang sayur …", "Marcus Oyelowo, 51, agreed": a
	// name set off by an age is a person's, one word or more.
	aged := n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && toks[n].comma &&
		n+2 < len(toks) && isNumber(toks[n+1].word) && toks[n+1].comma
	if n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && toks[n].aged {
		aged = true // "Warsini (45), pedagang sayur …"
	} else if n > 0 && toks[n-1].aged && n < len(toks) && isLower(toks[n].word) {
		aged = true // "Warsini (45) mengaku …"
		n--
	}
	// "Sen. Ben Sasse, R-Neb., called …": a name set off by a party
	// and state tag.
	if !aged && n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && toks[n].comma &&
		n+2 < len(toks) && isPartyTag(toks[n+1].word) && isLower(toks[n+2].word) {
		aged = true
	}
	// "Author Qarnita Loxton, from Melkbosstrand, spoke about …": a
	// name set off by a short appositive, then the clause's verb in
	// lower case.
	if !aged && n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && toks[n].comma && !toks[n].stop &&
		(n > 0 || c.cast.findLower(toks[0].word, toks[0].lower) != nil) &&
		n+1 < len(toks) && !c.lx.isConjunction(toks[n+1].lower) &&
		// "Dana Pratt, Head of Research at Ardent Capital, pointed
		// out …": an appositive may open with a capitalised job
		// after a full name.
		(isLower(toks[n+1].word) || n > 0 && isCapitalised(toks[n+1].word)) {
		limit := maxAppositiveWords
		if c.lx.relatives[toks[n+1].lower] {
			// "Buckley, who had not sung in a long time before the
			// production, worried …": a relative clause set off by
			// commas runs longer than an appositive.
			limit = maxRelativeWords
		}
		for k := n + 1; k <= n+limit; k++ {
			if k == len(toks) {
				if c.cutByQuote && isLower(toks[n+1].word) {
					// "Mark Lopez, who called the plan “a
					// disaster,” spoke …", "Kelvin Obuya, the
					// director of “Night Train,” also …": the text
					// breaks off at a quote inside the relative
					// clause or appositive; it, and the sentence,
					// go on after the quote.
					aged = true
				}
				break
			}
			if toks[k].stop {
				break
			}
			if toks[k].comma {
				if k+1 < len(toks) && isLower(toks[k+1].word) && !c.lx.isConjunction(toks[k+1].lower) && !c.lx.relatives[toks[k+1].lower] &&
					(isLower(toks[n+1].word) || !c.namesPerson(toks[n+1:k+1]) && !c.lx.isTitle(toks[k+1].lower) && !c.lx.isArticle(toks[k+1].lower)) {
					// A capitalised "appositive" naming a person, or
					// followed by a job or an article, is the next
					// name of a list ("names: Britain's Prince Carl,
					// Ohio Governor Ben Hale, former Senator …"): the
					// names are objects, none a subject.
					aged = true
				}
				break
			}
		}
	}
	byRole := false
	// "el alcalde de Bédar, Ángel Collados, apenas encontraba …": a
	// full name closing an appositive after its role, then the verb.
	if !aged && n > 0 && n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && toks[n].comma && !toks[n].stop &&
		n+1 < len(toks) && isLower(toks[n+1].word) && !c.lx.isConjunction(toks[n+1].lower) && !c.lx.relatives[toks[n+1].lower] && afterRole {
		aged, byRole = true, true
	}
	// "Director Kelvin Obuya (“Night Train”) also remembers …": the
	// text breaks off at a quote in brackets right after the name; the
	// sentence's verb follows them.
	bracketed := !aged && n >= 2 && n == len(toks) && c.cutByQuote && c.cutInBracket
	if aged {
		n++
	} else if !bracketed && (n == 0 || n >= len(toks) || !isLower(toks[n].word)) {
		return
	}
	var arr, larr [maxNameWords]string
	ws, lws := arr[:n], larr[:n]
	for i := range ws {
		ws[i], lws[i] = toks[i].word, toks[i].lower
	}
	name := c.personNameLower(ws, lws, aged || named)
	if named && name == "" {
		name = c.namedWord(ws)
	}
	if name == "" {
		return
	}
	if full := c.cast.lookup(name); full != "" {
		name = full
	}
	if m := c.cast.find(name); (aged || named) && (m == nil || !m.author) || slices.Contains(c.speakers, name) || m != nil && !m.author {
		c.noteSubject(name)
		if byRole && countFields(name) >= 2 {
			c.roleSubject = name
		}
	}
}

// noteSubject notes name as the person a clause is about: the subject of
// the sentence read, in this paragraph, and the person mentioned last.
func (c *quoteCtx) noteSubject(name string) {
	c.active = append(slices.DeleteFunc(c.active, func(s string) bool { return s == name }), name)
	c.subjectHere, c.subjectOpen = name, true
	if c.subjectIn == nil {
		c.subjectIn = map[string]int{}
	}
	c.subjectIn[name] = c.paraIdx
}

// maxInvertedLead bounds the words before the name in a sentence read by
// invertedSubjectAt: the part that opens it and the verb.
const maxInvertedLead = 20

// invertedSubjectAt reads a sentence, toks, of a language that puts the
// subject right after the verb when another part opens the sentence
// ("Hier sieht auch Meier Vorteile …", "Gegen die Steuer sprach sich
// Anna Berg (FDP) aus."): the first person named in it, after a word in
// lower case that is no determiner, pronoun or word before an object
// ("von", "laut", "als"), is its subject, as mentionAt notes one opening
// a sentence; capitals naming no person before it (the nouns) are
// passed over. A sentence opening with a determiner or a noun ("Das
// Gericht verurteilte Anna Berg", "Experten sehen …") has its subject
// there, and one with a subject pronoun before the name ("Dann lobte er
// Anna Berg") has it in the pronoun: neither is read.
func (c *quoteCtx) invertedSubjectAt(toks []token) {
	if !c.lx.verbSecond[c.lang] || len(toks) < 3 || toks[0].stop {
		return
	}

	first := toks[0].lower
	if c.isDet(first) || c.lx.isNounDet(first) && !c.lx.beforeObjects[first] || c.lx.pronouns[first] != "" || c.lx.firstPersons[first] ||
		!c.lx.isStopword(first) && !c.lx.isOpenerWord(first) && !c.lx.beforeObjects[first] {
		return
	}
	end := 0
	for end < len(toks) && end <= maxInvertedLead && !toks[end].stop {
		end++
	}
	if end < len(toks) && toks[end].stop {
		end++
	}
	for _, r := range c.personRuns(toks[:end]) {
		if r.at < 2 {
			continue // the opening word
		}
		if r.at > maxInvertedLead {
			return
		}
		name := c.invertedName(r, toks)
		if name == "" {
			continue // a noun's capitals, a place's
		}
		b := r.at - 1
		if (c.isDet(toks[b].lower) || c.lx.isNounDet(toks[b].lower)) && c.lx.isTitle(toks[r.at].lower) && b > 1 {
			b-- // "sieht auch der Trainer Tobias Meier …": the subject's own article
		}
		before := toks[b]
		if !isLower(before.word) || before.comma || c.isDet(before.lower) || c.lx.isNounDet(before.lower) || c.lx.beforeObjects[before.lower] ||
			c.lx.isConjunction(before.lower) || c.lx.pronouns[before.lower] != "" || c.lx.firstPersons[before.lower] {
			return
		}
		for _, t := range toks[1:b] {
			if c.lx.pronouns[t.lower] != "" || c.lx.firstPersons[t.lower] {
				return
			}
		}
		c.noteSubject(name)
		return
	}
}

// invertedName is the person the run r of toks names, read by
// invertedSubjectAt. The language capitalises its nouns, so the run may
// go on past the name into the object ("Meier Vorteile", "Tobias Meier
// Vorteile"): the name is the run's shortest start that is a member of
// the cast other than the run itself ("Meier" of "Bernd Meier"), or
// the run where it was named before, or is two words opening with a
// known given name or closed by a tag in brackets, a comma or a full
// stop; "" when none.
func (c *quoteCtx) invertedName(r personRun, toks []token) string {
	words := strings.Fields(r.name)
	if len(words) == 0 {
		words = tokenWords(toks[r.at:r.end])
	}
	whole := strings.Join(words, " ")
	// "Anna Berg (FDP)", "Anna Berg, die …": a run closed by a tag in
	// brackets, a comma or a full stop holds no object's noun.
	last := toks[r.end-1]
	closed := last.comma || last.stop || r.end < len(toks) && strings.HasPrefix(toks[r.end].raw, "(")
	for k := 1; k <= len(words); k++ {
		var m *member
		if k == 1 {
			m = c.cast.findLower(words[0], strings.ToLower(words[0]))
		} else {
			m = c.cast.find(strings.Join(words[:k], " "))
		}
		if m == nil || m.author {
			continue
		}
		if m.name != whole || m.mentions >= 2 || len(words) == 2 && (c.lx.isGivenWord(words[0]) || closed) {
			if c.namedPerson(m.name) {
				return m.name
			}
			return ""
		}
	}
	return ""
}

// maxRoleQualifiers bounds the words that qualify a role between its
// determiner and the role ("Der frühere spanische Minister …").
const maxRoleQualifiers = 2

// qualifiedRoleAt reads a clause, toks, that opens with a determiner and
// words qualifying a role before the role and a name ("Der spanische
// Ministerpräsident Pablo Serrano würdigte …", "El nuevo ministro Pablo
// Grandes elogió …", "The Spanish prime minister Paul Grundmann praised
// …"): it returns where the role starts, the determiner and its
// qualifiers being none of the name, or 0 where toks opens otherwise.
// A qualifier is a word in lower case; in a language that capitalises
// only names and their adjectives, also a capitalised word that starts
// no name of the cast nor a given name ("Spanish", "Labour"). The role is
// one title word or more, then a capitalised word.
func (c *quoteCtx) qualifiedRoleAt(toks []token) int {
	if len(toks) < 4 || !c.isDet(toks[0].lower) || toks[0].comma || toks[0].stop {
		return 0
	}
	for k := 1; k <= maxRoleQualifiers+1 && k+1 < len(toks); k++ {
		t := toks[k]
		if t.comma || t.stop {
			return 0
		}
		if k > 1 && c.lx.isTitle(t.lower) && (isLower(t.word) || c.capNouns) {
			j := k
			for j < len(toks) && j < k+maxRoleWords && c.lx.isTitle(toks[j].lower) && !toks[j].comma && !toks[j].stop {
				j++
			}
			if j < len(toks) && isCapitalised(toks[j].word) {
				return k
			}
			return 0
		}
		switch {
		case k > maxRoleQualifiers:
			return 0
		case isLower(t.word):
		case !c.capNouns && isCapitalised(t.word) && !isUpperWord(t.word) && !c.lx.isGivenWord(t.word) && c.cast.findLower(t.word, t.lower) == nil:
		default:
			return 0
		}
	}
	return 0
}

// roleNounSubjectAt reads a sentence, toks, that opens with a definite
// role noun standing for a member of the cast, then its verb ("El
// consejero ha lanzado …", "Der Trainer freut sich …", "The minister
// later wrote …"): that member is the sentence's subject, for a verb
// without its subject or a pronoun after it. A role no member holds, an
// organisation's noun, or a role set off by a comma (an appositive,
// read by mentionAt) is left alone.
func (c *quoteCtx) roleNounSubjectAt(toks []token) {
	if len(toks) < 3 || !c.lx.isRoleDet(toks[0].lower) || toks[0].comma || toks[0].stop {
		return
	}
	role := toks[1]
	if role.comma || role.stop || !c.lx.isTitleWord(role.lower) || c.isOrgNoun(role.lower) || !c.capNouns && !isLower(role.word) {
		return
	}
	if !isLower(toks[2].word) || c.lx.isLocative(toks[2].lower) || c.lx.isJoiner(toks[2].lower) {
		// "El presidente de la Junta …", "the head of …": the role
		// goes on; which member it names is not read here.
		return
	}
	m := c.cast.byRole(role.lower)
	if m == nil || m.author {
		return
	}
	c.noteSubject(m.name)
	c.roleNounSubject = m.name
}

// minPassiveWindow and maxPassiveWindow bound the words learnCue reads
// after "Menurut", "according to": at least the first, at most the second,
// up to the clause's first comma or full stop.
const (
	minPassiveWindow = 8
	maxPassiveWindow = 16
)

// capitalisedRun is how many capitalised words open toks, up to
// maxRunWords, the last one the first followed by a comma or a full stop.
func capitalisedRun(toks []token) int {
	n := 0
	for n < len(toks) && n < maxRunWords && isCapitalised(toks[n].word) {
		n++
		if toks[n-1].comma || toks[n-1].stop {
			break
		}
	}
	return n
}

// namesPerson says toks, the capitalised words of an appositive, hold a
// person's name: a known given name with a capitalised word after it
// ("Ohio Governor Ben Hale").
func (c *quoteCtx) namesPerson(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		l := toks[k].lower
		if h := strings.IndexByte(l, '-'); h > 0 {
			l = l[:h]
		}
		if isCapitalised(toks[k].word) && !toks[k].comma && isCapitalised(toks[k+1].word) && c.lx.isGivenName(l) {
			return true
		}
	}
	return false
}

// maxNamedLead is how many words may stand before a naming word at a
// clause's start: a determiner, an age or an adjective, and the noun
// ("A 43-year-old resident named …").
const maxNamedLead = 3

// namedAt reads a person brought in by a noun and a naming word at the
// start of toks ("A resident named Rudy …", "Seorang warga bernama Rudi
// …", "Ein Anwohner namens Rudi …"): at most maxNamedLead words, none
// set off by a comma, then the naming word in lower case, then a
// capitalised word. It gives where the name starts, or 0.
func (c *quoteCtx) namedAt(toks []token) int {
	for k := 1; k+1 < len(toks) && k <= maxNamedLead; k++ {
		if toks[k-1].comma || toks[k-1].stop {
			return 0
		}
		if c.lx.namingWords[toks[k].lower] && isLower(toks[k].word) {
			if !toks[k].comma && !toks[k].stop && isCapitalised(toks[k+1].word) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// namedIn is the name a naming word brings in inside toks, a subject's
// words before its verb ("warga bernama Rudi", "a resident named Rudy
// Hart"): the capitalised words right after the naming word, as a
// person's name of one word or more; "" when toks hold none.
func (c *quoteCtx) namedIn(toks []token) string {
	for k := 0; k+1 < len(toks); k++ {
		if !c.lx.namingWords[toks[k].lower] || !isLower(toks[k].word) || toks[k].comma || toks[k].stop {
			continue
		}
		return c.nameAfterWord(toks, k)
	}
	return ""
}

// maxPseudonymReach bounds the words after a role phrase, in its
// sentence, searched for the name the speaker goes by ("says the director
// of a care home in the north, who asked to use the pseudonym Robert").
const maxPseudonymReach = 24

// pseudonymIn is the name the sentence of toks, a role phrase after a
// reporting verb, gives its unnamed speaker to go by: a pseudonym word in
// lower case ([pseudonyms]: "pseudonym", "Pseudonym", "nama samaran")
// and a capitalised word after it, as namedIn reads one; "" when the
// sentence ends first. The article names the speaker by it (FIELDS.md:
// the name as the article gives it), where the role alone would leave
// the quote to the last speaker.
func (c *quoteCtx) pseudonymIn(toks []token) string {
	for k := 0; k+1 < len(toks) && k < maxPseudonymReach; k++ {
		if c.lx.pseudonyms[toks[k].lower] && (isLower(toks[k].word) || c.capNouns) && !toks[k].comma && !toks[k].stop {
			return c.nameAfterWord(toks, k)
		}
		if toks[k].stop || strings.HasSuffix(toks[k].raw, ".") {
			break // "says the director. The pseudonym …" is another sentence's
		}
	}
	return ""
}

// nameAfterWord is the name the capitalised words right after toks[k]
// make, a naming word: a person's name of one word or more, else the one
// word namedWord takes; "" when none follows.
func (c *quoteCtx) nameAfterWord(toks []token, k int) string {
	n := k + 1
	for n < len(toks) && n-k <= maxNameWords && isCapitalised(toks[n].word) {
		n++
		if toks[n-1].comma || toks[n-1].stop {
			break
		}
	}
	if n == k+1 {
		return ""
	}
	ws := tokenWords(toks[k+1 : n])
	if name := c.personName(ws, true); name != "" {
		return name
	}
	return c.namedWord(ws)
}

// namedWord is ws, the words after a naming word, when they are one word
// the name readers left out as a noun of a language that capitalises its
// nouns ("ein Anwohner namens Rudi"): the naming word says it is a name,
// unless the lexicons hold it as a title, an organisation's word or a
// stopword.
func (c *quoteCtx) namedWord(ws []string) string {
	if len(ws) != 1 {
		return ""
	}
	l := strings.ToLower(ws[0])
	if c.lx.isTitle(l) || c.lx.isOrgWordIn(l, c.lang) || c.stopwordHere(l) {
		return ""
	}
	return ws[0]
}

// roleBefore says toks, the words before a clause, end in a role set off
// by a comma: a lower-case title among their last few words, as many as
// a role's words and the body it serves run to ("el alcalde de Bédar,",
// "the mayor of Leeds,", "el ministro de Asuntos Exteriores portugués,").
func (c *quoteCtx) roleBefore(toks []token) bool {
	n := len(toks)
	if n == 0 || !toks[n-1].comma {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-1-maxRoleWords; k-- {
		if k < n-1 && (toks[k].comma || toks[k].stop) {
			return false
		}
		if isLower(toks[k].word) && c.lx.isTitle(toks[k].lower) {
			return true
		}
	}
	return false
}

// maxAppositiveWords is the longest appositive set off by commas after a
// subject's name that mentionAt reads past ("…, from Melkbosstrand, …").
const maxAppositiveWords = 6

// maxRelativeWords is how many words a relative clause set off by commas
// after a subject's name may run to ("X, who …, worried").
const maxRelativeWords = 16

// maxOrgWords is the longest organisation's name noted.
const maxOrgWords = 10

// learnOrgs notes the organisations toks name in full: runs of
// capitalised words that may hold joiners and conjunctions ("Bureau of
// Fisheries and Aquatic Resources"), two words or more, that kindOf
// calls an organisation.
func (c *quoteCtx) learnOrgs(toks []token) {
	for i := 0; i < len(toks); {
		if !isCapitalised(toks[i].word) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < maxOrgWords && !toks[j-1].comma && !toks[j-1].stop {
			if isCapitalised(toks[j].word) {
				j++
				continue
			}
			if (c.lx.isJoiner(toks[j].lower) || c.lx.isConjunction(toks[j].lower)) && j+1 < len(toks) &&
				isCapitalised(toks[j+1].word) && !toks[j].comma {
				j += 2
				continue
			}
			break
		}
		k := i
		for k < j && (c.lx.isJoiner(toks[k].lower) || c.lx.isArticle(toks[k].lower) || c.lx.isStopword(toks[k].lower)) {
			k++ // "The National Bureau …"
		}
		orgish := false // most runs have no organisation's word: no strings built
		for _, t := range toks[k:j] {
			orgish = orgish || c.lx.isOrgWordIn(t.lower, c.lang) || c.lx.hasOrgSuffix(t.lower)
		}
		if j-k >= 2 && orgish {
			run := toks[k:j]
			ws := tokenWords(run)
			name := strings.Join(ws, " ")
			if c.lx.kindOfWords(name, ws, tokenLowers(run), c.lang) == kindOrganisation && !allAcronyms(ws) {
				c.cast.noteOrg(name)
			}
		}
		i = j
	}
}

// saidIndirect notes n, the subject of a reporting verb outside quotes
// ("X mengatakan …"), as the last speaker, unless n wrote the article:
// "Kontributor X melaporkan" reports, it says nothing quoted.
func (c *quoteCtx) saidIndirect(n string) {
	full := c.cast.resolve(n)
	if m := c.cast.find(full); m != nil && m.author {
		return
	}
	c.said(full)
}

// followUpAt reads a sentence that names who speaks next or spoke last
// ("Hal senada disampaikan Ketua RT 05, Bambang."): its person becomes the
// last speaker, so that a following "ujarnya" is theirs. It says whether
// toks opened with such a cue.
func (c *quoteCtx) followUpAt(toks []token) bool {
	if len(toks) == 0 || !c.lx.isCueStart(toks[0].lower) && !c.lx.followUpFirst[toks[0].lower] {
		return false
	}
	for _, cue := range c.lx.followUpCues {
		if !tokensAre(toks, cue) {
			continue
		}
		rest := toks[len(cue):]
		if len(rest) > 0 && c.lx.passiveBy[rest[0].lower] {
			rest = rest[1:]
		}
		if name := c.nameAt(rest); name != "" {
			c.said(c.cast.resolve(name))
		}
		return true
	}
	return false
}

// maxSubjectWords is how far before a reporting verb its subject is
// looked for.
const maxSubjectWords = 40

// learnCue reads a nickname cue ("akrab disapa Dani") or a passive cue
// ("diungkapkan oleh X", "Menurut X") starting at toks[i], and says
// whether one was there.
func (c *quoteCtx) learnCue(toks []token, i int) bool {
	for _, cue := range c.lx.nicknameCues {
		if tokensAre(toks[i:], cue) && i+len(cue) < len(toks) && isCapitalised(toks[i+len(cue)].word) {
			// The other name is the person's just named ("Muhammad
			// Rizki, yang akrab disapa Kiki"), else the last speaker's.
			m := c.cast.recent
			if m == nil && c.last != "" {
				m = c.cast.find(c.last)
			}
			if m != nil {
				c.cast.alias[foldName(toks[i+len(cue)].word)] = m
			}
			return true
		}
	}
	if indexOfPassive(c, toks, i) != i {
		return false
	}
	// The cue's clause runs to its first comma or full stop: a long
	// office may stand before the name ("Menurut Kepala Badan
	// Meteorologi Klimatologi dan Geofisika (BMKG) Dwikorita Karnawati,
	// …"); a window of a fixed few words would end inside the office.
	end := i + minPassiveWindow
	for k := i; k < len(toks) && k < i+maxPassiveWindow; k++ {
		if toks[k].comma || toks[k].stop {
			end = max(end, k+1)
			break
		}
	}
	if a, ok := c.passive(toks[i:min(len(toks), end)]); ok {
		if a.name != "" {
			c.said(c.cast.resolve(a.name))
		}
		return true
	}
	return false
}

// maxDescriptor is the longest speaker given by role.
const maxDescriptor = 12

// descriptor reads a speaker given by role rather than name: "a
// spokesperson for the Universities and Colleges Employers’ Association
// (UCEA)" before "said". It starts at an article followed by a title word
// and runs to the verb.
func (c *quoteCtx) descriptor(toks []token) string {
	for j := 0; j+1 < len(toks); j++ {
		// (A definite article, "the singer and guitarist", stands for
		// someone named: no descriptor.)
		if !c.lx.isArticle(toks[j].lower) || c.lx.isRoleDet(toks[j].lower) || !c.lx.isTitleWord(toks[j+1].lower) || !isLower(toks[j+1].word) {
			continue
		}
		rest := toks[j+1:]
		for k := 1; k < len(rest); k++ {
			if c.lx.relatives[rest[k].lower] && isLower(rest[k].word) {
				// "a spokesperson who did not wish to be named": the
				// relative clause describes; the role is the speaker.
				rest = rest[:k]
				break
			}
		}
		if len(rest) > maxDescriptor {
			return ""
		}
		return rawPhrase(rest)
	}
	return ""
}

// roleOf reads a speaker given by a role held for someone named, before
// the verb: "juru bicara orang tua Bankman" (the spokesperson of Bankman's
// parents) — title words opening the clause, lower-case words, then the
// name. The name is whose the role is, not the speaker.
func (c *quoteCtx) roleOf(toks []token) string {
	i := len(toks)
	for i > 0 && isCapitalised(toks[i-1].word) && !toks[i-1].comma && !toks[i-1].stop {
		i--
	}
	// The name must be one word: whose the role is ("Bankman"). A full
	// name after an organisation ("ketua umum Partai Golkar Airlangga
	// Hartarto") is the speaker's own.
	if i != len(toks)-1 || i < 2 {
		return ""
	}
	j := i - 1
	for j >= 0 && isLower(toks[j].word) && !c.lx.isTitleWord(toks[j].lower) && !c.lx.isStopword(toks[j].lower) && !toks[j].comma && !toks[j].stop {
		j--
	}
	if j < 0 || j == i-1 || !c.lx.isTitleWord(toks[j].lower) || !isLower(toks[j].word) {
		return ""
	}
	for j > 0 && c.lx.isTitleWord(toks[j-1].lower) && isLower(toks[j-1].word) && !toks[j-1].comma && !toks[j-1].stop {
		j--
	}
	if j > 0 && !toks[j-1].comma && !toks[j-1].stop && !c.lx.isArticle(toks[j-1].lower) {
		return "" // the title must open its clause
	}
	if len(toks)-j > maxDescriptor {
		return ""
	}
	return rawPhrase(toks[j:])
}

// rawPhrase is toks as written, without the punctuation that ends the
// phrase: a speaker given by role.
func rawPhrase(toks []token) string {
	raw := make([]string, len(toks))
	for k, t := range toks {
		raw[k] = t.raw
	}
	return strings.TrimRight(strings.Join(raw, " "), ",.:;")
}

// indexOfPassive is i when a passive cue starts at toks[i], else -1.
func indexOfPassive(c *quoteCtx, toks []token, i int) int {
	for _, cue := range c.lx.passiveCues {
		if tokensAre(toks[i:], cue) {
			return i
		}
	}
	return -1
}

func isLower(w string) bool {
	// (An ASCII first byte is its own rune, lower case only from 'a' to
	// 'z'; "" decodes to RuneError, which is not lower case.)
	if w != "" && w[0] < utf8.RuneSelf {
		return 'a' <= w[0] && w[0] <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// unelided is the lower-case word l without an article elided onto it
// ("l'entraîneur" → "entraîneur", "dell'allenatore" → "allenatore"), or l.
func unelided(l string) string {
	if l == "" || l[0] != 'l' && l[0] != 'd' {
		return l // every elided article below starts with 'l' or 'd'
	}
	for _, el := range []string{"l'", "l’", "d'", "d’", "dell'", "dell’"} {
		if strings.HasPrefix(l, el) && len(l) > len(el)+1 {
			return l[len(el):]
		}
	}
	return l
}

// maxUnnamedLead is how many words may stand between an indefinite
// determiner and the person noun it brings in ("a 43-year-old UK man").
const maxUnnamedLead = 3

// learnUnnamed notes the person nouns toks bring in with an indefinite
// determiner and no name ("A UK man's decision", "ein 50-jähriger Mann
// aus Köln", "une femme de 40 ans"): the article's unnamed person, whom
// a later "the man wrote" means. A name set off right after the noun
// ("a man, Tom Reed,") names the person: no note.
func (c *quoteCtx) learnUnnamed(toks []token) {
	c.learnPossessed(toks)
	c.learnDefiniteStranger(toks)
	for i, t := range toks {
		if !c.lx.isIndefinite(t.lower) || t.comma || t.stop {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+maxUnnamedLead+1; k++ {
			w := toks[k]
			l := w.lower
			if h := strings.IndexAny(l, "'’"); h > 0 {
				l = l[:h] // "man's"
			}
			if c.lx.personNouns[l] != "" && (isLower(w.word) || c.capNouns) {
				named := w.comma && k+1 < len(toks) && isCapitalised(toks[k+1].word)
				if !named {
					if c.unnamedNouns == nil {
						c.unnamedNouns = map[string]bool{}
					}
					c.unnamedNouns[l] = true
					if k == i+1 {
						// "one mother", "eine Frau": the phrase as
						// written, for a pronoun of the paragraph.
						noun := w.word
						if h := strings.IndexAny(noun, "'’"); h > 0 {
							noun = noun[:h]
						}
						c.paraUnnamed, c.paraUnnamedG = t.lower+" "+noun, c.lx.personNouns[l]
					}
				}
				break
			}
			if k == i+1 && (isLower(w.word) || c.capNouns) && !(w.comma && k+1 < len(toks) && isCapitalised(toks[k+1].word)) &&
				!(k+1 < len(toks) && c.lx.namingWords[toks[k+1].lower]) {
				// "ein Aktivist", "a spokeswoman": a title that
				// tells a gender, right after the determiner and
				// with no name set off or brought in after it
				// ("ein Anwohner namens Rudi"), is the person as
				// written for a pronoun of the paragraph.
				if g := c.lx.genderOfTitle(l, c.lang); g != "" {
					c.paraUnnamed, c.paraUnnamedG = t.lower+" "+strings.TrimRight(w.word, ",;:"), g
					break
				}
				if c.lx.isTitle(l) && !c.isOrgNoun(l) {
					// "A neighbour, who asked not to be named, said
					// …", "A witness said …": a role of no gender, no
					// name set off after it, is the person as written
					// for a pronoun of either gender.
					c.paraUnnamed, c.paraUnnamedG = t.lower+" "+strings.TrimRight(w.word, ",;:"), "*"
					break
				}
			}
			if w.comma || w.stop {
				break
			}
		}
	}
}

// learnDefiniteStranger reads a sentence opened by a definite person noun
// and its verb ("Der Mann veröffentlicht regelmäßig …", "The man has lived
// abroad for years."), in a paragraph that names no one, after a last
// speaker the article brought in with an office: a pronoun of the noun's
// gender later in the paragraph ("…, schrieb er") is that person, as
// written, not the official who spoke last. News calls an official by the
// office or the surname, not by "the man"; it calls so someone it does not
// name (or named without an office: "John Reed, 42, was arrested. The
// man …", which this leaves to the earlier rules). A noun some member holds
// as a role, a noun set off by a comma before a name, and a noun right
// after a person the paragraph named are left alone.
func (c *quoteCtx) learnDefiniteStranger(toks []token) {
	if c.paraPerson || c.paraUnnamed != "" || c.last == "" {
		return
	}
	m := c.cast.find(c.last)
	if m == nil || m.author || !c.officeHolder(m) {
		return
	}
	for i := 0; i+2 < len(toks); i++ {
		if i > 0 && !toks[i-1].stop {
			continue
		}
		det, noun, verb := toks[i], toks[i+1], toks[i+2]
		if !c.lx.isRoleDet(det.lower) || det.comma || det.stop || noun.comma || noun.stop {
			continue
		}
		g := c.lx.personNouns[noun.lower]
		if g == "" || !isLower(noun.word) && !c.capNouns || !isLower(verb.word) || c.lx.relatives[verb.lower] || c.isPronoun(verb.word) {
			continue
		}
		if hasRole(m.roles, noun.lower) || c.cast.byRole(noun.lower) != nil {
			continue
		}
		c.paraUnnamed, c.paraUnnamedG = det.lower+" "+noun.word, g
		return
	}
}

// officeHolder says m was named with an office: a title among its roles
// that is no body speaking as itself ("police" in "Police arrested Calvin
// Rudd" is the body that acted, not his office).
func (c *quoteCtx) officeHolder(m *member) bool {
	for _, r := range m.roles {
		if c.lx.isTitle(r) && !c.isOrgNoun(r) && !c.lx.bodyNouns[r] {
			return true
		}
	}
	return false
}

// learnPossessed reads a sentence opened by a person known only through
// someone else ("The victim's mother testified on Tuesday.", "The
// driver's wife said …"): for a pronoun of the paragraph, that person is
// the phrase as written, as "one mother" is (paraUnnamed), unless the
// article named someone with that role before ("Ruth Hale, the victim's
// mother"): then the earlier rules find her.
func (c *quoteCtx) learnPossessed(toks []token) {
	for i := 0; i+2 < len(toks); i++ {
		if i > 0 && !toks[i-1].stop {
			continue
		}
		det, owner, noun := toks[i], toks[i+1], toks[i+2]
		if !c.lx.isArticle(det.lower) || det.comma || det.stop || owner.comma || owner.stop || !isLower(owner.word) {
			continue
		}
		h := strings.IndexAny(owner.raw, "'’")
		if h <= 0 || !strings.HasSuffix(strings.TrimRight(owner.raw, ",;:"), "s") || h != len(strings.TrimRight(owner.raw, ",;:"))-2 {
			continue // not "victim's"
		}
		g := c.lx.personNouns[noun.lower]
		if g == "" || !isLower(noun.word) || noun.comma && i+3 < len(toks) && isCapitalised(toks[i+3].word) {
			continue // no gendered person noun, or a name follows it
		}
		if c.cast.byRole(noun.lower) != nil {
			continue
		}
		c.paraUnnamed, c.paraUnnamedG = det.lower+" "+strings.TrimRight(owner.raw, ",;:")+" "+noun.word, g
		return
	}
}

// stopAfter says a sentence ends in toks at or after the token before
// end, before the last token.
func stopAfter(toks []token, end int) bool {
	for k := max(end-1, 0); k < len(toks)-1; k++ {
		if toks[k].stop {
			return true
		}
	}
	return false
}

// honorificName is the name of one word that a personal title (one the
// lexicon gives a gender: "Prince", "Mrs", "Queen", "Pak", "Bu"),
// capitalised, opens the run r of two words with ("Prince Andrew" →
// "Andrew"), and the title in lower case; "", "" when r is no such run.
// A job ("Coach", "Pelatih") is no such title: the word after it may be a
// club's or a body's.
func (c *quoteCtx) honorificName(toks []token, r personRun) (name, title string) {
	if r.end-r.at != 2 {
		return "", ""
	}
	t, w := toks[r.at], toks[r.end-1]
	if !isCapitalised(t.word) || t.comma || t.stop || !isCapitalised(w.word) || isUpperWord(w.word) {
		return "", ""
	}
	l := strings.TrimSuffix(t.lower, ".")
	if g := c.lx.titleGenderIn(l, c.lang); g != "m" && g != "f" {
		return "", ""
	}
	if c.places[w.lower] || c.lx.isStopword(w.lower) || c.lx.isTitle(w.lower) || c.lx.isOrgWordIn(w.lower, c.lang) {
		return "", ""
	}
	if n := c.runName(toks[r.at:r.end], true); n == w.word {
		return n, l
	}
	return "", ""
}
