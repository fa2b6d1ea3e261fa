package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSourceWords bounds the name of a cited outlet.
const maxSourceWords = 5

// readSources finds the outlets the text cites ("Dikutip dari Sputnik
// News", "seperti dilansir X", "according to Reuters", "X reported"),
// using the cue patterns of the lexicons, the syndication and credit
// lines at the story's end ("Artikel ini telah tayang di X", "With AP",
// "Con información de AFP") and an outlet in brackets closing a paragraph
// ("(AP)"). The site itself and its family of channels are not sources.
//
// speakers are the names the quotes are given to; a name a plain cue
// cites that is one of them is no source.
func (lx *lexicon) readSources(paras []string, site, domain string, speakers ...string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		name = lx.cutKindNoun(name)
		k := nameKey(name)
		if k == "" || seen[k] || namesSite(name, site, domain, false) || lx.ofSiteFamily(siteKey(name), site, domain) || lx.initialsOfSite(name, site, domain) {
			return
		}
		seen[k] = true
		out = append(out, name)
	}
	// The journals the text names ("published in the journal X"): no
	// cue makes one a source.
	journals := map[string]bool{}
	// The outlets the text names as the site's own family ("our sister
	// station X"): FIELDS.md counts no sister channel as a source, however
	// the sentence cites it.
	family := map[string]bool{}
	// The paragraphs' words, reused from one paragraph to the next.
	var toks, lower []string
	var lowerBuf []byte // lowerWords' scratch space
	var lowerEnds []int
	for _, para := range paras {
		// The words first: their number tells a syndication line.
		toks = appendFields(toks[:0], para)
		if names := lx.syndicationSourcesN(para, len(toks)); names != nil {
			for _, name := range names {
				add(name)
			}
			continue
		}
		for _, name := range lx.closingBracketSources(para) {
			add(name)
		}
		for _, name := range lx.unspacedSources(para) {
			add(name)
		}
		toks = joinColons(toks)
		// "(according to X)", "(laut X)", "(via X)": a citation set in
		// brackets carries the bracket on its cue's first word, which
		// no cue opens with; the word is read without it. Other
		// bracketed words keep theirs: "(SRF)" after a name is its
		// acronym.
		for j, t := range toks {
			if len(t) > 1 && (t[0] == '(' || t[0] == '[') && len(lx.cuesOf(t[1:])) > 0 {
				toks[j] = t[1:]
			}
		}
		for _, name := range lx.journalNames(toks) {
			journals[nameKey(name)] = true
		}
		for _, name := range lx.sisterOutlets(toks) {
			family[nameKey(name)] = true
		}
		for _, name := range lx.namedOutlets(toks) {
			add(name)
		}
		for _, name := range lx.compoundSources(toks) {
			add(name)
		}
		// Most paragraphs have no cue: their words are lowered whole
		// only once one is found.
		lower = lower[:0]
		for i, t := range toks {
			cues := lx.cuesOf(t)
			if len(cues) == 0 {
				continue
			}
			if len(lower) == 0 {
				lower, lowerBuf, lowerEnds = lowerWords(lower, lowerBuf, lowerEnds, toks)
			}
			for _, cue := range cues {
				for _, name := range lx.matchCueAt(cue, i, toks, lower) {
					// A name only a strong cue makes an outlet is none
					// when the story knows it as a person.
					if cue.strong && (lx.spokenBy(name, speakers) || lx.inCast(name, paras)) {
						continue
					}
					if cue.outletOnly || !lx.spokenBy(name, speakers) {
						add(name)
						// "according to Reuters and Bloomberg", "as NBC
						// News and Bloomberg reported": the outlets the
						// cue's own is joined to.
						for _, other := range lx.coordinatedOutlets(toks, lower, i, name) {
							add(other)
						}
					}
				}
			}
		}
	}
	if len(journals) > 0 || len(family) > 0 {
		out = slices.DeleteFunc(out, func(name string) bool { return journals[nameKey(name)] || family[nameKey(name)] })
	}
	return out
}

// sisterOutlets reads the outlets a paragraph's words name as the site's
// own family: the name after a sister noun ("our sister station VLTV",
// "the sister paper Harbor Weekly", "die Schwesterzeitung X"), of the
// sister-nouns table. The noun may be capitalised (German capitalises
// every noun); the name must be.
func (lx *lexicon) sisterOutlets(toks []string) []string {
	if len(lx.sisterNouns) == 0 {
		return nil
	}
	var out []string
	for k, t := range toks {
		// Most words are too short for any sister noun's first word
		// (the shortest, "medio", has five letters); an ASCII word is
		// looked up lowered among the nouns' first words, and only
		// those it opens are tried. A word past ASCII (or longer than
		// the lookup's buffer) tries the nouns whose first letter folds
		// with its own (sisterByRune): EqualFold tells the rest.
		if len(t) < 5 {
			continue
		}
		w0 := trimWordPunct(t)
		if w0 == "" {
			continue
		}
		var nouns [][]string
		var buf [32]byte
		if n, ok := lowerASCIIInto(&buf, w0); ok {
			nouns = lx.sisterFirst[string(buf[:n])]
		} else {
			nouns = lx.sisterByRune(w0)
		}
		for _, noun := range nouns {
			if k+len(noun) >= len(toks) || !strings.EqualFold(w0, noun[0]) {
				continue
			}
			match := true
			for j, w := range noun[1:] {
				if !strings.EqualFold(trimWordPunct(toks[k+1+j]), w) {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			if name := lx.nameFrom(toks[k+len(noun):]); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// sisterByRune returns the sister nouns whose first word's first letter
// is one with w's first letter to strings.EqualFold (the letter's fold
// orbit: "S", "s", "ſ"), the only nouns w may open.
func (lx *lexicon) sisterByRune(w string) [][]string {
	r, _ := utf8.DecodeRuneInString(w)
	var out [][]string
	for x := r; ; {
		out = append(out, lx.sisterRunes[x]...)
		if x = unicode.SimpleFold(x); x == r {
			return out
		}
	}
}

// journalNoun is a noun of the journal-nouns table after its first word:
// the words that follow it ("journal" of "the journal"), and whether it
// names while capitalised, as every noun of its language is
// ("Fachjournal").
type journalNoun struct {
	rest    []string
	capital bool
}

// journalNames reads the names of scholarly journals in a paragraph's
// words: the name after a journal noun ("published in the journal
// Lantern Astronomy", "im Fachjournal X", "dalam jurnal ilmiah X"). A
// journal that printed a study is where a finding appeared, not an
// outlet the article cites as where its information comes from
// (FIELDS.md), however the sentence cites it. The noun's last word must
// be written in lower case unless its language capitalises every noun:
// capitalised, it opens an outlet's own name ("Jurnal Nasional").
func (lx *lexicon) journalNames(toks []string) []string {

	var out []string
	var buf [64]byte
	for k, t := range toks {
		// Most words open no journal noun: their length and first two
		// bytes tell, before the word is lowered and looked up.
		if len(t) < 2 || len(t) > 63 || lx.journalLens&(1<<len(t)) == 0 {
			continue
		}
		if b0, b1 := lowerByte(t[0]), lowerByte(t[1]); b0 < utf8.RuneSelf && b1 < utf8.RuneSelf && lx.journalPair[b0][b1/64]&(1<<(b1%64)) == 0 {
			continue // (a word opening with a letter of two bytes is looked up)
		}
		nouns := lx.journalNouns[string(appendLower(buf[:0], t))]
		if nouns == nil {
			continue
		}
		for _, jn := range nouns {
			n := 1 + len(jn.rest)
			if k+n >= len(toks) {
				continue
			}
			match := true
			for j, w := range jn.rest {
				if !strings.EqualFold(toks[k+1+j], w) {
					match = false
					break
				}
			}
			if !match || !jn.capital && isCapitalised(toks[k+n-1]) {
				continue
			}
			rest := skipBareOpener(toks[k+n:])
			if len(rest) == 0 || !isCapitalised(strings.TrimLeft(rest[0], nameOpeners)) {
				continue
			}
			if name := lx.outletTail(lx.nameFrom(rest)); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// maxCueReach bounds how far from its cue's first word a cited name is
// looked for by coordinatedOutlets.
const maxCueReach = 12

// coordinatedOutlets reads the outlets joined by a conjunction to name,
// which a cue whose first word is at i cited: "according to Reuters and
// Bloomberg", "Secondo Reuters e Bloomberg", "as NBC News and Bloomberg
// reported", "wie der Spiegel und die Zeit berichteten". A definite
// article may open the other name ("and the Financial Times"). Only a
// name written as an outlet is taken ("according to Reuters and the
// minister" cites one outlet): the cue's shape vouches for the first
// name alone.
func (lx *lexicon) coordinatedOutlets(toks, lower []string, i int, name string) []string {
	ws := fields(name)
	if len(ws) == 0 {
		return nil
	}
	// Where the name stands: the nearest run of its words to the cue.
	start := -1
	for d := 0; d <= maxCueReach && start < 0; d++ {
		for _, k := range []int{i + d, i - d} {
			if k >= 0 && k+len(ws) <= len(toks) && lx.nameAt(toks, k, ws) {
				start = k
				break
			}
		}
	}
	if start < 0 {
		return nil
	}
	var out []string
	// After it, a list: "Sumber: Reuters, AFP, AP", "(Source: Reuters,
	// Bloomberg)": each item set off by a comma an outlet by its name
	// ("according to Reuters, the minister said" lists no one).
	// Each item is the whole of its part of the list: set off by a
	// comma or closed by the sentence, a bracket or the list's "and"
	// ("according to CNN, Fox News host Jane Doe …" lists no one).
	for end := start + len(ws); end < len(toks) && strings.HasSuffix(toks[end-1], ","); {
		if lx.isConjunction(lower[end]) {
			end++ // "Reuters, Bloomberg, and CNN"
			if end == len(toks) {
				break
			}
		}
		other := lx.nameFrom(toks[end:])
		if other == "" || !lx.isCitedOutlet(other, false) || lx.isGivenName(strings.ToLower(fields(other)[0])) {
			break
		}
		next := end + len(fields(other))
		if last := toks[next-1]; next < len(toks) && !strings.ContainsAny(last[len(last)-1:], ",.;:!?)") && !lx.isConjunction(lower[next]) {
			break
		}
		out = append(out, lx.outletTail(other))
		end = next
		if next < len(toks) && lx.isConjunction(lower[next]) && !strings.ContainsAny(toks[next-1][len(toks[next-1])-1:], ",.;:!?)") {
			// "Reuters, Bloomberg and CNN": the last item after the
			// conjunction.
			if last := lx.nameFrom(toks[next+1:]); next+1 < len(toks) && last != "" && lx.isCitedOutlet(last, false) {
				out = append(out, lx.outletTail(last))
			}
			break
		}
	}
	// After it: "X and [the] Y".
	if end := start + len(ws); end < len(toks) && !strings.ContainsAny(toks[end-1][len(toks[end-1])-1:], ",.;:!?") && lx.isConjunction(lower[end]) {
		k := end + 1
		if k+1 < len(toks) && (lx.isJoiner(lower[k]) || lx.titleArticles[lower[k]]) && !isCapitalised(toks[k]) {
			k++
		}
		if k < len(toks) {
			if other := lx.nameFrom(toks[k:]); other != "" && lx.isCitedOutlet(other, false) {
				out = append(out, lx.outletTail(other))
			}
		}
	}
	// Before it: "[the] X and [the] Y".
	b := start - 1
	if b >= 0 && (lx.isJoiner(lower[b]) || lx.titleArticles[lower[b]]) && !isCapitalised(toks[b]) {
		b--
	}
	if b >= 1 && lx.isConjunction(lower[b]) {
		// "As NBC News and …": a capitalised small word opening the
		// sentence is no part of the name.
		other := lx.nameUpTo(toks[:b])
		for f, rest, ok := strings.Cut(other, " "); ok && lx.isStopword(strings.ToLower(f)); f, rest, ok = strings.Cut(rest, " ") {
			other = rest
		}
		if other != "" && lx.isCitedOutlet(other, false) {
			out = append(out, lx.outletTail(other))
		}
	}
	return out
}

// nameAt says the words ws stand at toks[k:], each word as printed
// without the marks around it.
func (lx *lexicon) nameAt(toks []string, k int, ws []string) bool {
	for j, w := range ws {
		if strings.Trim(toks[k+j], nameMarks) != strings.Trim(w, nameMarks) {
			return false
		}
	}
	return true
}

// lowerWords appends to lower each word of toks lower-cased, as
// strings.ToLower writes it (appendLower: unicode.ToLower rune by rune,
// a byte of broken UTF-8 as U+FFFD): a word already in lower-case ASCII
// as it is, the others in one string for them all instead of one each.
// buf and ends are scratch space, returned for reuse; ends holds -1 for
// a word kept as it is.
func lowerWords(lower []string, buf []byte, ends []int, toks []string) ([]string, []byte, []int) {
	buf, ends = buf[:0], ends[:0]
	for _, t := range toks {
		if lowerASCII(t) {
			ends = append(ends, -1)
			continue
		}
		ascii := true
		for i := 0; i < len(t); i++ {
			if t[i] >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		if ascii {
			for i := 0; i < len(t); i++ {
				c := t[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
		} else {
			buf = appendLower(buf, t)
		}
		ends = append(ends, len(buf))
	}
	all := string(buf)
	from := 0
	for i, end := range ends {
		if end < 0 {
			lower = append(lower, toks[i])
			continue
		}
		lower = append(lower, all[from:end])
		from = end
	}
	return lower, buf, ends
}

// spokenBy says a cited name is one of the speakers of the article's
// quotes, all its words in a speaker's name ("mengutip Hartono" after
// "kata Budi Hartono"): a speaker is no source (FIELDS.md). Outlet-only
// cues have no need of it; an outlet stays even when the quote reader
// gave it a quote.
func (lx *lexicon) spokenBy(name string, speakers []string) bool {
	if len(speakers) == 0 || lx.isCitedOutlet(name, false) {
		return false
	}
	sw := fields(strings.ToLower(name))
	for _, sp := range speakers {
		words := fields(strings.ToLower(sp))
		all := len(sw) > 0
		for _, w := range sw {
			if !slices.Contains(words, w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// bylineAgencies lists the outlets credited in a byline beside a person
// ("Jane Roe and AP", "Jan Novak, ČTK"): the story draws on their copy.
// An outlet that is the whole byline is the author (FIELDS.md), no source.
func (lx *lexicon) bylineAgencies(authors []string) []string {
	var outlets []string
	person := false
	for _, a := range authors {
		switch l := strings.ToLower(trimPunct(a)); {
		case lx.outlets[strings.TrimPrefix(l, "the ")]:
			outlets = append(outlets, a)
		case !lx.isCitedOutlet(a, false):
			person = true
		}
	}
	if !person {
		return nil
	}
	return outlets
}

// maxCompoundNameWords is the most words a quoted outlet's name before a
// source compound's hyphen may have ("„Talboter Abendblatt am Sonntag“-").
const maxCompoundNameWords = 5

// compoundSources reads the outlets a paragraph cites in a compound whose
// last part is a noun of what an outlet reports ([source-compounds]):
// "Nach „Talboter Kurier“-Informationen", "einem „Abendpost“-Bericht
// zufolge", "nach Spiegel-Recherchen". A name in quotation marks is a
// publication's title, so an outlet; a bare one must be an outlet by its
// name, as authorities ("Polizei-Angaben", "UN-Angaben") compound the
// same nouns.
func (lx *lexicon) compoundSources(toks []string) []string {
	if len(lx.sourceCompounds) == 0 {
		return nil
	}
	var out []string
	for k, t := range toks {
		h := strings.LastIndexByte(t, '-')
		if h <= 0 || h == len(t)-1 || !lx.sourceCompounds[strings.ToLower(strings.TrimRight(t[h+1:], nameClosers))] {
			continue
		}
		head := t[:h]
		if r, size := utf8.DecodeLastRuneInString(head); strings.ContainsRune(compoundCloseMarks, r) {
			if name := quotedBefore(toks[:k], head[:len(head)-size]); name != "" && isCapitalised(name) && !strings.ContainsAny(name, ".!?") {
				out = append(out, name)
			}
			continue
		}
		// "nach Spiegel-Recherchen": the bare word before the hyphen.
		if name := strings.TrimLeft(head, nameOpeners); name != "" && isCapitalised(name) && lx.isCitedOutlet(name, false) {
			out = append(out, name)
		}
	}
	return out
}

// compoundOpenMarks and compoundCloseMarks are the quotation marks around
// a name that opens a compound: German „…“ and »…«, and the others.
const (
	compoundOpenMarks  = "„“\"«»‚"
	compoundCloseMarks = "“”\"»«‘"
)

// quotedBefore gives the words of a quotation that closes with last (a
// word without its closing mark) after the words before: the text from
// its opening mark, at most maxCompoundNameWords words back; "" when no
// mark opens a word within reach.
func quotedBefore(before []string, last string) string {
	words := []string{last}
	for {
		w := words[0]
		if i := strings.IndexAny(w, compoundOpenMarks); i == 0 {
			_, size := utf8.DecodeRuneInString(w)
			words[0] = w[size:]
			return strings.Join(words, " ")
		} else if i > 0 {
			return "" // a mark inside a word opens no name
		}
		if len(before) == 0 || len(words) >= maxCompoundNameWords {
			return ""
		}
		words = append([]string{before[len(before)-1]}, words...)
		before = before[:len(before)-1]
	}
}

// namedOutlets reads the outlets a paragraph names by their kind: "the
// tabloid X", "newspaper X", "harian X", "l'hebdomadaire X", and by a
// kind of several words ("the news agency X", "l'agence de presse
// tchèque X", "la agencia de noticias siria X"), after which the words
// that describe it in languages that put them after the noun may come.
// A story naming an outlet so reports what it published.
func (lx *lexicon) namedOutlets(toks []string) []string {
	var out []string
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		// namingNoun first: its byte tables refuse most words for less
		// than isCapitalised costs (the tests have no side effects).
		// A capitalised noun is mostly a name's own word ("Weekly
		// Standard", "Xinhua News Agency"), unless its language
		// capitalises every noun.
		if t == "" {
			continue
		}
		n, phrase := lx.namingNounAt(toks, k)
		if n == 0 || isCapitalised(t) && !lx.namingCapital[strings.ToLower(t)] && !lx.kindCompound(strings.ToLower(t)) {
			continue
		}
		rest := toks[k+n:]
		if phrase {
			// "l'agence de presse tchèque X": describing words after
			// the noun.
			lower := make([]string, 0, maxComplementWords+1)
			for _, w := range rest[:min(len(rest), maxComplementWords+1)] {
				lower = append(lower, strings.ToLower(w))
			}
			if c := lx.nounComplement(rest, lower); c > 0 && !lx.isJoiner(lower[0]) {
				rest = rest[c:]
			}
		}
		rest = skipBareOpener(rest)
		if len(rest) == 0 || !isCapitalised(strings.TrimLeft(rest[0], nameOpeners)) {
			continue
		}
		name := lx.outletTail(lx.nameFrom(rest))
		if name == "" || lx.placeAt(fields(name)) == countFields(name) || !lx.agencyNouns[lowerNoun(toks[k:k+n])] && !lx.sentenceCites(toks, k) {
			continue
		}
		out = append(out, name)
	}
	return out
}

// lowerNoun is an outlet noun's words as the agency-nouns table keys
// them: lower case, one space apart, an elided article ("l'agence") and
// trailing punctuation cut.
func lowerNoun(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		w = strings.ToLower(trimWordPunct(w))
		if j := strings.IndexAny(w, "'’"); i == 0 && j >= 0 && j <= 2 {
			_, size := utf8.DecodeRuneInString(w[j:])
			w = w[j+size:]
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// sentenceCites says the outlet named by the noun at toks[k] is cited:
// the noun follows a source preposition ("published by the newspaper
// X", "dans le quotidien X", "pelo jornal X"), or a word of its sentence
// is a reporting verb ("said", "berichtete", "informó") or opens a source
// cue that matches there ("according to", "menurut", "X reported"). An
// outlet named by its noun in a sentence that reports nothing is part of
// the story, not where it comes from: "he worked for the newspaper X",
// "a former editor of the tabloid X", "the weekly X was sold" (FIELDS.md:
// a newspaper named inside an anecdote is no cited source).
func (lx *lexicon) sentenceCites(toks []string, k int) bool {
	// The preposition, maybe before an article: "in the", "dans le".
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if lx.sourcePreps[strings.ToLower(trimWordPunct(toks[j]))] {
			return true
		}
		if endsSentence(toks[j]) {
			break
		}
	}
	from := k
	for from > 0 && !endsSentence(toks[from-1]) {
		from--
	}
	to := k
	for to < len(toks)-1 && !endsSentence(toks[to]) {
		to++
	}
	// The sentence's words lowered as matchCueAt reads them: only such
	// sentences (a naming noun and a name) pay for it.
	lower := make([]string, from, to+1)
	lower, _, _ = lowerWords(lower, nil, nil, toks[from:to+1])
	for i := from; i <= to; i++ {
		if w := trimWordPunct(lower[i]); w != "" && lx.isVerb(w) {
			return true
		}
		for _, cue := range lx.cuesOf(toks[i]) {
			if len(lx.matchCueAt(cue, i, toks[:to+1], lower[:to+1])) > 0 {
				return true
			}
		}
	}
	return false
}

// wordPunct is the punctuation trimmed off a word before it is looked up
// as a verb or a cue by sentenceCites.
const wordPunct = `.,;:!?"'()[]“”‘’«»„`

// isWordPunct says r is one of wordPunct's characters.
func isWordPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '“', '”', '‘', '’', '«', '»', '„':
		return true
	}
	return false
}

// trimWordPunct is strings.Trim(s, wordPunct) without the cost of a cut
// set that holds characters past ASCII (strings.Trim then decodes every
// rune against the set's string on each call): the readers call it for
// most words of every paragraph.
func trimWordPunct(s string) string {
	for s != "" {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !isWordPunct(r) {
			break
		}
		s = s[n:]
	}
	for s != "" {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !isWordPunct(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// endsSentence says the word t closes its sentence: it ends with a full
// stop, a question or exclamation mark, maybe before a closing quote or
// bracket.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"')]”’»`)
	return t != "" && strings.ContainsAny(t[len(t)-1:], ".!?")
}

// namingNounAt says how many words an outlet noun that names the outlet
// after it ("= named") runs to at toks[k]: one ("tabloid"), the words of
// a noun of several ("news agency", "agence de presse"; phrase is then
// true), or 0. A word of the noun that closes its clause ("presse,") matches none.
func (lx *lexicon) namingNounAt(toks []string, k int) (n int, phrase bool) {
	t := toks[k]
	if !lx.namingPrecheck(t) {
		// "das US-Magazin X": a kind noun closing a compound.
		if strings.IndexByte(t, '-') > 0 && isCapitalised(t) && lx.kindCompound(strings.ToLower(t)) {
			return 1, false
		}
		return 0, false
	}
	w := namingKey(t)
	if lx.namingNouns[w] {
		return 1, false
	}
	for _, more := range lx.namingPhrases[w] {
		if k+len(more) >= len(toks) {
			continue
		}
		match := true
		for j, m := range more {
			if tok := toks[k+1+j]; !strings.EqualFold(tok, m) {
				match = false
				break
			}
		}
		if match {
			return 1 + len(more), true
		}
	}
	return 0, false
}

// maxAcronymGap bounds the capitalised words and conjunctions between a
// name cut at a conjunction and the acronym in brackets that closes it.
const maxAcronymGap = 3

// withAcronymAfter extends a name that stopped at a conjunction to the
// acronym in brackets that closes the outlet's full name: "dem Schweizer
// Radio und Fernsehen (SRF)", "Radio and Television of Ruritania (RTR)".
// rest is the words after name. The acronym opens with the name's first
// letters are the initials of the full name's capitalised words, and the
// words between are capitalised but for conjunctions and joiners;
// otherwise name is returned as it is.
func (lx *lexicon) withAcronymAfter(rest []string, name string) string {
	if len(rest) < 2 || !lx.isConjunction(strings.ToLower(rest[0])) {
		return name
	}
	for k := 1; k < len(rest) && k <= maxAcronymGap; k++ {
		t := rest[k]
		if strings.HasPrefix(t, "(") {
			acr := strings.TrimRight(strings.TrimPrefix(t, "("), nameClosers)
			if k < 2 || !strings.HasPrefix(strings.TrimRight(strings.TrimPrefix(t, "("), ".,;:"), acr+")") ||
				len(acr) < 2 || len(acr) > 6 || strings.ToUpper(acr) != acr {
				return name
			}
			full := name + " " + strings.Join(rest[:k], " ")
			var initials []rune
			for _, w := range fields(full) {
				if r, _ := utf8.DecodeRuneInString(w); isCapitalised(w) {
					initials = append(initials, r)
				}
			}
			if string(initials) != acr {
				return name
			}
			return full
		}
		if !isCapitalised(t) && !lx.isJoiner(strings.ToLower(t)) || strings.TrimRight(t, nameClosers) != t {
			return name
		}
	}
	return name
}

// skipBareOpener drops an opening quotation mark set apart from the name
// it opens, as French typography sets it ("le quotidien « Le Monde »"),
// when a word follows it.
func skipBareOpener(toks []string) []string {
	if len(toks) > 1 && toks[0] != "" && strings.TrimLeft(toks[0], nameOpeners) == "" {
		return toks[1:]
	}
	return toks
}

// namingNoun says the word t is an outlet noun of one word that a
// capitalised name may follow as the outlet's own ("newspaper",
// "tabloïd").
func (lx *lexicon) namingNoun(t string) bool {
	return lx.namingPrecheck(t) && lx.namingNouns[namingKey(t)]
}

// namingKey is t lowered without an elided article ("l'agence").
func namingKey(t string) string {
	w := strings.ToLower(t)
	for _, el := range []string{"l'", "l’"} {
		w = strings.TrimPrefix(w, el)
	}
	return w
}

// namingPrecheck says the word t may open an outlet noun that a
// capitalised name may follow as the outlet's own ("newspaper",
// "tabloïd", "agence de presse"): false for most words, from the first
// two bytes alone.
func (lx *lexicon) namingPrecheck(t string) bool {
	// A word opening with an ASCII letter no noun opens is none: most
	// words of a paragraph are asked, and need not be lowered.
	if c := firstByte(t); c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if !lx.namingFirst[c] {
			return false
		}
		// So is one whose first two bytes, ASCII and no elision ("l'"),
		// open no noun of two bytes or more: lowered, the word is the
		// key, two bytes or more long and opening with them lowered.
		if len(t) >= 2 {
			if d := t[1]; d < utf8.RuneSelf && !(c == 'l' && d == '\'') {
				if 'A' <= d && d <= 'Z' {
					d += 'a' - 'A'
				}
				if lx.namingPair[c][d>>6]&(1<<(d&63)) == 0 {
					return false
				}
			}
		}
	} else if t != "" {
		// So is a word opening with another rune ("“The", "—",
		// "«"): the first byte of its lower case, the first byte
		// strings.ToLower(t) would give, opens no noun.
		r, _ := utf8.DecodeRuneInString(t)
		var enc [utf8.UTFMax]byte
		if !lx.namingFirst[utf8.AppendRune(enc[:0], toLower(r))[0]] {
			return false
		}
	}
	return t != ""
}

// ofSiteFamily says a cited name's key k is the site's own name inflected
// ("der Kleinen Zeitung" on kleinezeitung.at, one letter apart) or a
// sister outlet of its network ("TribunJakarta.com" on tribunnews.com: a
// common stem of five letters or more, most of the site's name, that is
// no place or outlet word — "washington" does not join two papers).
func (lx *lexicon) ofSiteFamily(k, site, domain string) bool {
	label, _, _ := strings.Cut(domain, ".")
	for _, cand := range []string{siteKey(site), siteKey(label)} {
		if len(cand) >= 8 && oneEditApart(k, cand) {
			return true
		}
		n := 0
		for n < len(k) && n < len(cand) && k[n] == cand[n] {
			n++
		}
		if n >= 5 && n*5 >= min(len(k), len(cand))*3 && !lx.places[k[:n]] && !lx.outletWordSet[k[:n]] && !lx.isStopword(k[:n]) {
			return true
		}
	}
	return false
}

// dropShortForms keeps one name of an outlet cited under two: its
// initials beside its name in full ("AP" and "The Associated Press",
// "dpa" and "Deutsche Presse-Agentur"), or the last word of its name by
// which a story refers back to it ("the Times" after "The New York
// Times", "the Post" after "The Washington Post"), are one source,
// written in full.
func (lx *lexicon) dropShortForms(names []string) []string {
	if len(names) < 2 {
		return names
	}
	return slices.DeleteFunc(names, func(short string) bool {
		if strings.Contains(short, " ") {
			return false
		}
		for _, full := range names {
			if full == short {
				continue
			}
			if strings.EqualFold(lx.initialsOf(full), short) {
				return true
			}
			if i := strings.LastIndexByte(full, ' '); i > 0 && strings.EqualFold(full[i+1:], short) {
				return true
			}
		}
		return false
	})
}

// initialsOf is the first letters of a name's words, hyphenated parts
// counted as words and joiners and articles ("of", "the", "de") left
// out: "The Associated Press" → "AP", "Agence France-Presse" → "AFP".
// It is "" for a name of one word.
func (lx *lexicon) initialsOf(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if lw := strings.ToLower(w); lx.isJoiner(lw) || lx.titleArticles[lw] || lx.isConjunction(lw) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// initialsOfSite says a cited name is the site's spelled out: its
// initials are the site's first word or the domain's label ("The
// Associated Press" on "AP News", "British Broadcasting Corporation" on
// bbc.com).
func (lx *lexicon) initialsOfSite(name, site, domain string) bool {
	var ini []byte
	for _, w := range fields(name) {
		if lx.isJoiner(strings.ToLower(w)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if r >= utf8.RuneSelf || !unicode.IsUpper(r) {
			return false
		}
		ini = append(ini, byte(toLower(r)))
	}
	if len(ini) < 2 {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(site), " ")
	label, _, _ := strings.Cut(domain, ".")
	return string(ini) == siteKey(first) || string(ini) == label
}

// oneEditApart says a and b differ by at most one inserted, deleted or
// changed byte.
func oneEditApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i+1:] == b[i:]
}

// syndicationSources reads the outlets of a syndication or credit line,
// a paragraph of its own: "Artikel ini telah tayang di Kompas.com dengan
// judul …", "This article first appeared in X", "With AP", "— AFP",
// "Mit Material von dpa". The line names the outlets and nothing else of
// the story; nil when para is no such line.
func (lx *lexicon) syndicationSources(para string) []string {
	return lx.syndicationSourcesN(para, countFieldsUpTo(para, maxSyndicationWords+1))
}

// syndicationSourcesN is syndicationSources given n, para's number of
// fields or any number above maxSyndicationWords when it has more
// (countFieldsUpTo(para, maxSyndicationWords+1) and len(strings.Fields(para))
// both do): readSources has split the paragraph already.
func (lx *lexicon) syndicationSourcesN(para string, n int) []string {
	if n > maxSyndicationWords || n > 3 && !lx.mayOpenSyndication(para) {
		return nil
	}
	line := strings.TrimLeft(para, "-–—|*( ")
	if len(line) < len(para) && strings.Contains(para[:len(para)-len(line)], "(") {
		// "(With Reuters)", "(Com informações da Reuters)": a line
		// opened by a bracket ends at its close, which is no part of
		// the outlet's name.
		if t := strings.TrimRight(line, " ."); strings.HasSuffix(t, ")") {
			line = t[:len(t)-1]
		}
	}
	toks := appendFields(nil, line)
	if len(toks) == 0 {
		return nil
	}
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t)
	}
	for _, cue := range lx.syndication {
		if !wordsAt(lower, 0, cue.words) {
			continue
		}
		rest := toks[len(cue.words):]
		if len(rest) > 1 && rest[0] == ":" {
			rest = rest[1:] // "Source : AFP", a colon spaced as French sets it
		}
		if cue.creditOnly {
			// A short credit holds nothing but outlets: "With AP",
			// "Con información de AFP y EFE".
			return lx.onlyOutlets(rest)
		}
		if len(rest) > 1 && lx.isJoiner(rest[0]) {
			rest = rest[1:] // "first appeared in the X"
		}
		if name := lx.nameFrom(rest); name != "" && !lx.languageNames[strings.ToLower(name)] {
			return []string{name}
		}
		// "This article was originally published in French": a
		// translation note names the language, no outlet.
		return nil
	}
	// "— AFP", "AFP/AP", "(AP)": a known agency standing alone.
	bare := strings.Trim(para, "-–—|*() .")
	if countFieldsUpTo(bare, 4) > 3 || !strings.ContainsAny(para, "-–—/(") {
		return nil
	}
	var out []string
	for _, a := range strings.Split(bare, "/") {
		if a = strings.TrimSpace(a); !lx.outlets[strings.ToLower(a)] {
			return nil
		}
		out = append(out, a)
	}
	return out
}

// isSyndicationLine says para is a syndication line ("Artikel ini telah
// tayang di X dengan judul …", "This article first appeared in X"), which
// FIELDS.md keeps out of the text; a credit line ("With AP") stays.
//
// A line naming the site itself ("Originally published on X" on X) is
// the site's own note and stays.
func (lx *lexicon) isSyndicationLine(para, site, domain string) bool {
	// The first word must open a cue: nearly every paragraph fails
	// here, so it is asked first, before the paragraph's words are
	// counted, split and read for outlets (the tests are all pure and
	// must all pass).
	body := strings.TrimLeft(para, "-–—|*( ")
	if first := firstField(body); first == "" || !lx.mayOpenSyndicationCue(strings.ToLower(first)) {
		return false // no cue's first word: the rest need not be lowered
	}
	if countFieldsUpTo(para, maxSyndicationWords+1) > maxSyndicationWords {
		return false
	}
	for _, name := range lx.syndicationSources(para) {
		if namesSite(name, site, domain, false) {
			return false
		}
	}
	toks := appendFields(nil, body)
	for i, t := range toks {
		toks[i] = strings.ToLower(t)
	}
	for _, cue := range lx.syndication {
		if !cue.creditOnly && wordsAt(toks, 0, cue.words) && len(toks) > len(cue.words) {
			return true
		}
	}
	return false
}

// mayOpenSyndication is a cheap test that para's first word opens a
// syndication or credit cue: most paragraphs open none.
func (lx *lexicon) mayOpenSyndication(para string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(para, "-–—|*( "), " ")
	// A word opening with a byte no cue's first word folds with opens
	// no cue (indexSyndication).
	if first != "" && !lx.syndicationFirst[first[0]] {
		return false
	}
	for _, cue := range lx.syndication {
		if strings.EqualFold(cue.words[0], first) {
			return true
		}
	}
	return false
}

// maxSyndicationWords bounds a syndication or credit line.
const maxSyndicationWords = 40

// onlyOutlets reads toks as outlets joined by "and", "y", "und" or
// commas ("AP and Reuters"), and nil when anything else is among them.
func (lx *lexicon) onlyOutlets(toks []string) []string {
	var out, cur []string
	flush := func() bool {
		name := strings.Join(cur, " ")
		cur = cur[:0]
		if !lx.isCitedOutlet(name, false) {
			return false
		}
		out = append(out, name)
		return true
	}
	for _, t := range toks {
		core := strings.TrimRight(t, ",.;")
		if lx.isConjunction(strings.ToLower(core)) {
			if !flush() {
				return nil
			}
			continue
		}
		cur = append(cur, core)
		if core != t && !flush() {
			return nil
		}
	}
	if len(cur) > 0 && !flush() || len(out) == 0 {
		return nil
	}
	return out
}

// closingBracketSources reads the outlets named in brackets at the close
// of a paragraph ("… on Monday. (AP)", "… kata dia. (Tribunnews.com)"):
// several parted by slashes or commas ("(AFP/AP/Reuters)", "(AFP,
// Reuters)"), up to the first that is no outlet ("(ANTARA/Budi)": the
// outlet, then its reporter), or a source line inside them ("(Sumber:
// Antara)"). A closing initials marker ("(mea/mea)") names no outlet.
func (lx *lexicon) closingBracketSources(para string) []string {
	out, _ := lx.closingBracketOutlets(para)
	return out
}

// closingBracketOutlets is closingBracketSources, and whether every part
// of the brackets is an outlet (so that they are no initials marker).
// Lower case is an initials marker's ("(ani)", "(sus)"), even where it
// spells an agency, unless the outlet prints its name so ("(dpa)",
// [lower-case-outlets]) or a capitalised outlet stands in the same
// brackets: "(AFP/dpa)", "(afp, Reuters)" credit agencies, where
// "(ant/rdn)" credits two editors.
func (lx *lexicon) closingBracketOutlets(para string) (out []string, all bool) {
	p := strings.TrimRight(para, " .")
	if !strings.HasSuffix(p, ")") {
		return nil, false
	}
	open := strings.LastIndexByte(p, '(')
	if open < 0 || len(p)-open > maxSourceInBrack {
		return nil, false
	}
	inner := strings.TrimSpace(p[open+1 : len(p)-1])
	if open > 0 && !strings.ContainsAny(p[open-1:open], " .") {
		return nil, false
	}
	if strings.Contains(inner, ":") {
		// "(Sumber: Antara)", "(Source: Reuters)": read as a line of
		// its own (it holds no closing bracket, so this recurses once).
		return lx.readSources([]string{inner}, "", ""), false
	}
	parts := strings.FieldsFunc(inner, func(r rune) bool { return r == '/' || r == ',' })
	capitalOutlet := slices.ContainsFunc(parts, func(name string) bool {
		name = strings.TrimSpace(name)
		return hasLetter(name) && (isCapitalised(name) || isDomainLike(name)) && lx.isCitedOutlet(name, false)
	})
	for _, name := range parts {
		name = strings.TrimSpace(name)
		switch {
		case !hasLetter(name):
		case isCapitalised(name) || isDomainLike(name):
			// "(Harbor Gazette reported)": a clause in brackets, its
			// verb no word of a name, is read by the cues.
			if lx.isCitedOutlet(name, false) && (isDomainLike(name) || lx.nameFrom(fields(name)) == name) {
				out = append(out, name)
				continue
			}
		case lx.lowerOutlets[name] || capitalOutlet && lx.outlets[strings.ToLower(name)]:
			out = append(out, name)
			continue
		}
		return out, false
	}
	return out, len(out) > 0
}

// cuesOf is the citation cues whose first word is the word t lower-cased
// and without the ",.;:)" after it (strings.TrimRight(strings.ToLower(t),
// ",.;:)")): a word whose first ASCII letter opens no cue's first word
// (cueFirst) is not lowered, a word already in lower-case ASCII is looked
// up as it is, and none is copied.
func (lx *lexicon) cuesOf(t string) []sourceCue {
	// A word starting with an ASCII byte starts with it lower-cased
	// after appendLower.
	if c := t[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if !lx.cueFirst[c] {
			return nil
		}
		// So does one whose first two bytes, ASCII and the second no
		// ",.;:)", open no key of two bytes or more: its key then has
		// two bytes or more and opens with them lower-cased. (A key of
		// one byte, "a", "w", is only the key of a word whose second
		// byte is a ",.;:)", which the table leaves to the lookup.)
		if len(t) >= 2 {
			if d := t[1]; d < utf8.RuneSelf && cueWordEnd(t[1:2]) == 1 {
				if 'A' <= d && d <= 'Z' {
					d += 'a' - 'A'
				}
				if lx.cuePair[c][d>>6]&(1<<(d&63)) == 0 {
					return nil
				}
			}
		}
	} else {
		// A word opening with another rune: the key opens with the
		// rune lower-cased as appendLower writes it; when that takes
		// two bytes or more, they are no ",.;:)" and are the key's
		// first two.
		r, _ := utf8.DecodeRuneInString(t)
		var enc [utf8.UTFMax]byte
		e := utf8.AppendRune(enc[:0], toLower(r))
		if !lx.cueFirst[e[0]] || len(e) >= 2 && lx.cuePair[e[0]][e[1]>>6]&(1<<(e[1]&63)) == 0 {
			return nil
		}
	}
	if lowerASCII(t) {
		return lx.cuesByWord[t[:cueWordEnd(t)]]
	}
	var buf [64]byte
	b := appendLower(buf[:0], t)
	return lx.cuesByWord[string(b[:cueWordEnd(b)])]
}

// maxInvertedSubject bounds the subject that invertedCueEnd lets stand
// inside a cue: a pronoun, or a noun or a name with its article.
const maxInvertedSubject = 3

// invertedCueEnd reads a cue whose subject stands between its reporting
// verb and its last word, as French, Spanish and German put it after a
// quotation: "a indiqué la maire à X", "declaró la alcaldesa a X",
// "sagte sie dem X" for the cues "a indiqué à X", "declaró a X", "sagte
// dem X". It gives where the cue's words end in lower, or -1: the cue's
// next-to-last word must be a reporting verb ([verbs]), and the subject
// one to maxInvertedSubject words with no mark after any of them (a
// comma or a full stop ends the clause the cue stands in). Only the
// languages that set the subject so name the words the cue may end in
// ([inverted-cue-words]): English keeps it before the verb.
func (lx *lexicon) invertedCueEnd(pre []string, i int, toks, lower []string) int {
	n := len(pre)
	if n < 2 || !lx.invertedCueWords[pre[n-1]] || !lx.isVerb(pre[n-2]) || !wordsAt(lower, i, pre[:n-1]) {
		return -1
	}
	from := i + n - 1 // the subject's first word
	for k := from; k < len(toks) && k < from+maxInvertedSubject; k++ {
		if strings.ContainsAny(toks[k], nameMarks+"!?") {
			return -1
		}
		if wordsAt(lower, k+1, pre[n-1:]) {
			return k + 2
		}
	}
	return -1
}

// cueWordEnd is the length of w without the ",.;:)" that end it.
func cueWordEnd[S ~string | ~[]byte](w S) int {
	n := len(w)
	for n > 0 {
		switch w[n-1] {
		case ',', '.', ';', ':', ')':
			n--
			continue
		}
		break
	}
	return n
}

// matchCueAt reads the X that cue cites when the cue's first word is
// the word at i of a paragraph.
func (lx *lexicon) matchCueAt(cue sourceCue, i int, toks, lower []string) []string {
	pre, post := cue.beforeWords, cue.afterWords
	var name string
	filled := false // an outlet noun stands before the name
	if len(pre) > 0 {
		// end is where the cue's words end: after a subject set between
		// its verb and its last word too ("sagte sie dem X").
		end := i + len(pre)
		if !wordsAt(lower, i, pre) {
			if end = lx.invertedCueEnd(pre, i, toks, lower); end < 0 {
				return nil
			}
		}
		// "Dikutip dari X": a prefix cue must not end its sentence, nor
		// open a quotation ("sagte: „Die Brücke …“") unless its own
		// last word is a label with a colon ("Sumber: X").
		if last := lower[end-1]; strings.HasSuffix(last, ".") || strings.HasSuffix(last, ",") ||
			strings.HasSuffix(last, ":") && !strings.HasSuffix(pre[len(pre)-1], ":") {
			return nil
		}
		// "on NPR's …": no owner in the next words, no such cue (most
		// "on" open none; this spares them the work below).
		if cue.possessive && possessiveWithin(toks, end, maxPossessiveReach) < 0 {
			return nil
		}
		// Between cue and name: an article, a filler ("situs resmi"),
		// an outlet's noun ("told the newspaper X", "laut der Zeitung
		// X", "pour l'hebdomadaire X").
		at := end
		if at < len(toks) && lx.isJoiner(toks[at]) {
			at++
		} else if at+1 < len(toks) && lx.titleArticles[toks[at]] && (isCapitalised(strings.TrimLeft(toks[at+1], nameOpeners)) || lx.lowerOutlets[strings.TrimRight(toks[at+1], nameClosers)]) {
			// "berichtet die Bild", "meldete das Handelsblatt": a
			// lower-case article before the name is no part of it.
			at++
		}
		title := false
		// A word no filler opens (fillerFirst holds each filler's first
		// word as it is and as wordsAt compares it) skips the fillers:
		// most cues are followed by a name or an article.
		fillers := lx.sourceFillers
		if at < len(lower) && !lx.mayOpenFiller(lower[at]) {
			fillers = nil
		}
		for _, f := range fillers {
			// "Harian Jogja" is a name; "harian Kompas" a filler and one.
			if at < len(toks) && isCapitalised(toks[at]) {
				break
			}
			if wordsAt(lower, at, f) {
				at += len(f)
				title = lx.titleFillers[strings.Join(f, " ")]
				break
			}
		}
		if title {
			// "dilansir dari buku Langkah Awal dari Nol, karya …": a
			// title keeps its small words.
			if name := titleFrom(toks[at:]); name != "" {
				return []string{name}
			}
			return nil
		}
		// "the Qatari state-owned Al-Waha television", "the Meridian
		// newspaper", "der britische Sender Nordlicht": an outlet the
		// text describes before naming it, or names before its noun.
		described, used := lx.describedOutlet(toks[at:], lower[at:])
		// A capitalised noun is part of the name ("Daily Maverick",
		// "Agence France-Presse"), a lower-case one introduces it.
		// A noun that closes its clause ("secondo il network, la
		// Russia …") introduces nothing after it.
		if described == "" && at < len(lower) && lx.isOutletNoun(lower[at]) && !isCapitalised(toks[at]) &&
			strings.TrimRight(toks[at], nameClosers) == toks[at] {
			at++
		}
		filled = at > end && lx.isOutletNoun(lower[at-1])
		name = lx.nameFrom(toks[at:])
		if described != "" {
			name, filled = described, true
			// The name ends where the description does: the post words
			// follow its noun.
			at += used - countFields(described)
		}
		// "according to The Hollywood Reporter", "selon Le Monde": a
		// capitalised article inside a sentence is part of a title.
		filled = filled || lx.opensWithArticle(name)
		if name == "" {
			return nil
		}
		if cue.possessive {
			// The name is the owner, and a title follows it: "on
			// NPR's “Morning Edition”", not "on Fox's decision".
			end := at + countFields(name)
			if possessiveWithin(toks, end-1, 1) != end-1 || end >= len(toks) || !opensTitle(toks[end]) {
				return nil
			}
		}
		if len(post) == 0 {
			name = lx.withAcronymAfter(toks[at+countFields(name):], name)
		}
		if len(post) > 0 && !wordsAt(lower, at+countFields(name), post) && !(filled && postAfterGap(toks, lower, at+countFields(name), post)) {
			return nil
		}
		// "laut der Nachrichtenagentur Reuters", "laut der Zeitung Die
		// Welt": German capitalises the noun in front of a known outlet
		// or a title.
		if first, rest, ok := strings.Cut(name, " "); ok && lx.isOutletNoun(strings.ToLower(first)) && (lx.outlets[strings.ToLower(rest)] || lx.opensWithArticle(rest)) {
			name, filled = rest, true
		}
	} else {
		// "X melaporkan": the name ends right before the cue.
		if !wordsAt(lower, i, post) || i == 0 {
			return nil
		}
		name = lx.nameUpTo(toks[:i])
		if name == "" {
			return nil
		}
		// "As Reuters reported", "But Reuters reported that …": a small
		// word opening the sentence, capitalised there, is no part of
		// the name when the words after it are an outlet's and the
		// whole is none ("Le Monde rapporte" keeps its article).
		if first, rest, ok := strings.Cut(name, " "); ok && lx.isStopword(strings.ToLower(first)) &&
			!lx.isCitedOutlet(name, false) && lx.isCitedOutlet(rest, false) {
			name = rest
		}
		// "die Nachrichtenagentur Reuters berichtete", "wie die Zeitung
		// Die Welt berichtet": a noun in front of a known outlet or a
		// title.
		if first, rest, ok := strings.Cut(name, " "); ok && lx.isOutletNoun(strings.ToLower(first)) && (lx.outlets[strings.ToLower(rest)] || lx.opensWithArticle(rest)) {
			name = rest
		}
		// "the tabloid X reveals", "l'hebdomadaire X rapporte"; a
		// capitalised "The" inside a sentence opens a title.
		if b := i - countFields(name) - 1; b >= 0 {
			filled = lx.isOutletNoun(lower[b]) && !isCapitalised(toks[b]) ||
				lx.opensWithArticle(name) && !strings.ContainsAny(toks[b][len(toks[b])-1:], ".!?")
			// "la agencia estatal iraní X informó", "agencja prasowa
			// X podała": the noun, its complement, then the name.
			for j := b - 1; !filled && j >= 0 && b-j <= maxComplementWords; j-- {
				filled = lx.isOutletNoun(lower[j]) && !isCapitalised(toks[j]) && lx.nounComplement(toks[j+1:], lower[j+1:]) == b-j
			}
		}
		// "Xinhua News Agency", "Medical Reports": a capitalised cue is
		// the end of the name, not a cue.
		if isCapitalised(toks[i]) {
			end := i + len(post)
			name = strings.TrimRight(strings.Join(append([]string{name}, toks[i:end]...), " "), nameClosers)
			if !lx.isCitedOutlet(name, filled) {
				return nil
			}
		}
	}
	name = lx.outletTail(name)
	// "Der Zeitung zufolge", "laut Zeitung": the noun alone names the
	// paper the story spoke of before, not the outlet. A word of outlet
	// names is a name of its own ("told the Times", "the Herald").
	if l := strings.ToLower(strings.Trim(name, nameMarks)); !strings.Contains(l, " ") && !lx.outlets[l] && lx.isOutletNoun(l) {
		return nil
	}
	if cue.strong {
		// A strong cue reads only the names the other cues leave: a
		// known outlet is theirs ("told The Associated Press").
		if lx.isCitedOutlet(name, filled) || !lx.strongOutlet(cue, i, toks, lower, name) {
			return nil
		}
		return []string{name}
	}
	if cue.outletOnly && !lx.isCitedOutlet(name, filled) {
		return nil
	}
	return []string{name}
}

// mayOpenFiller says the lower-case word w may be the first word of a
// source filler as wordsAt matches it (the word itself, or it without
// the ",.;:)" after it where the filler's word has no colon): when it
// is not, no filler stands at w, and matchCueAt skips their loop.
func (lx *lexicon) mayOpenFiller(w string) bool {
	return lx.fillerEmpty || lx.fillerFirst[w] || lx.fillerFirst[trimStops(w, true)]
}

// maxPossessiveReach bounds how far after a possessive cue ("on X's")
// its owner's word may stand: an article and an outlet's name.
const maxPossessiveReach = 1 + maxSourceWords

// possessiveWithin is the index of the first of the n words from toks[i]
// on that ends as an owner ("NPR's", "News’s", "News'"), or -1.
func possessiveWithin(toks []string, i, n int) int {
	for k := i; k < len(toks) && k < i+n; k++ {
		t := toks[k]
		if strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || len(t) > 2 && (strings.HasSuffix(t, "s'") || strings.HasSuffix(t, "s’")) {
			return k
		}
		if strings.TrimRight(t, nameClosers) != t {
			return -1 // the clause ends first
		}
	}
	return -1
}

// cutPossessive cuts the possessive ending from a word ("CNN's",
// "Reuters’", "the Times'") and says whether it had one.
func cutPossessive(t string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if owner, ok := strings.CutSuffix(t, suf); ok && owner != "" {
			return owner, true
		}
	}
	if len(t) > 2 && (strings.HasSuffix(t, "s'") || strings.HasSuffix(t, "s’")) {
		return strings.TrimRight(t, "'’"), true
	}
	return t, false
}

// opensTitle says the word t opens a title: a capital, or a quotation
// mark before one ("“Morning", "'Today'").
func opensTitle(t string) bool {
	return isCapitalised(strings.TrimLeft(t, "\"'“‘«„"))
}

// maxReportTimeWords bounds the time adverbial after ", X reported".
const maxReportTimeWords = 3

// maxStrongWords bounds an unknown name a strong cue makes an outlet.
const maxStrongWords = 4

// strongOutlet says name, which no lexicon knows as an outlet, is one
// because a strong cue cites it in the cue's full shape (the cue's
// first word at i): "told the X" with its article, which the cue
// carries ("told the Prairie Wren"; a bare "told X" is mostly a person), ", X reported." closing a
// clause and its sentence or followed by its day ("…, X reported on
// Monday"). A name with a title, a given name, an organisation's or a
// place's word is a person or a body ("told the President", ", the
// Health Ministry reported"), no outlet. The caller checks the story's
// cast (inCast).
func (lx *lexicon) strongOutlet(cue sourceCue, i int, toks, lower []string, name string) bool {
	ws := fields(name)
	if len(ws) == 0 || len(ws) > maxStrongWords {
		return false
	}
	if len(cue.beforeWords) == 0 {
		b := i - len(ws) - 1
		if cue.afterClause && (b < 0 || !strings.HasSuffix(toks[b], ",")) {
			return false
		}
		end := i + len(cue.afterWords) - 1
		closes := strings.ContainsAny(toks[end][len(toks[end])-1:], ".;")
		for k := end + 1; !closes && k <= end+2 && k < len(lower); k++ {
			closes = lx.isDay(strings.Trim(lower[k], ",.;"))
		}
		// "The plan, X reported earlier this week, has divided …": a
		// time adverbial of [report-times] words closing the inserted
		// clause with its comma or the sentence with its stop.
		for k := end + 1; !closes && k <= end+maxReportTimeWords && k < len(lower); k++ {
			w := lower[k]
			if !lx.reportTimes[strings.TrimRight(w, ",.;")] {
				break
			}
			closes = strings.ContainsAny(w[len(w)-1:], ",.;")
		}
		if !closes {
			return false
		}
	}
	// "El Faro de Levante", "L'Indépendant du Sud": a masthead opened by
	// its article (or an article elided onto its first word), its words
	// joined by a preposition; a person's name holds neither, and a
	// place that publishes is its paper ("du Sud" makes no place of it).
	first := strings.ToLower(strings.Trim(ws[0], nameMarks))
	article := len(ws) > 1 && isCapitalised(ws[0]) && !isUpperWord(ws[0]) && (lx.titleArticles[first] || lx.bodyDets[first])
	masthead := article || len(ws) > 1 && isCapitalised(ws[0]) && unelided(first) != first
	for k, w := range ws {
		l := strings.ToLower(strings.Trim(w, nameMarks))
		if masthead && (k == 0 && article || k > 0 && k < len(ws)-1 && isLower(w) && lx.isJoiner(l)) {
			continue
		}
		if masthead {
			l = unelided(l)
		}
		if l == "" || lx.isTitle(l) || lx.givenGender[l] != "" || lx.isStopword(l) || lx.isDay(l) || lx.months[l] != 0 {
			return false
		}
	}
	switch lx.kindOf(name, "", "") {
	case kindOrganisation:
		return false
	case kindPlace:
		if !masthead {
			return false
		}
	}
	// ", Harlow reported" after "Revenue rose 8 percent": a company
	// reports its figures; an outlet named so reports events. A clause
	// of company figures ([report-figures]) before the cue makes an
	// unknown name the company.
	if len(cue.beforeWords) == 0 {
		for k := i - len(ws) - 1; k >= 0 && k >= i-len(ws)-1-maxFigureWords; k-- {
			if k < i-len(ws)-1 && strings.ContainsAny(toks[k][len(toks[k])-1:], ".!?") {
				break // the sentence before
			}
			if lx.reportFigures[strings.Trim(lower[k], ",.;:()\"'")] {
				return false
			}
		}
	}
	return true
}

// maxFigureWords bounds how far before ", X reported" a word of company
// figures is looked for.
const maxFigureWords = 30

// inCast says a word of name is part of a person's name elsewhere in
// the story: right after a given name or a title ("Analyst Petra Vance"
// makes ", Vance reported" a person's report).
func (lx *lexicon) inCast(name string, paras []string) bool {
	for _, w := range fields(name) {
		w = strings.Trim(w, nameMarks)
		for _, p := range paras {
			for at := strings.Index(p, w); at >= 0; {
				if prev := lastField(p[:at]); prev != "" && isCapitalised(prev) {
					if l := strings.ToLower(strings.Trim(prev, nameMarks)); lx.givenGender[l] != "" || lx.isTitle(l) {
						return true
					}
				}
				next := strings.Index(p[at+len(w):], w)
				if next < 0 {
					break
				}
				at += len(w) + next
			}
		}
	}
	return false
}

// lastField is the last field of s, "" when none.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, isSpace)
	return s[strings.LastIndexFunc(s, isSpace)+1:]
}

// maxDescribingWords bounds the words that describe an outlet before its
// noun: "the Qatari state-owned", "der britische".
const maxDescribingWords = 3

// describedOutlet reads an outlet at the start of toks (lower: the same
// words lower-cased) that a description marks as one: describing words,
// an outlet noun, then the name ("Taiwanese publication ChipWire", "der
// britische Sender Nordlicht"), or describing words, the name, then a
// lower-case outlet noun ("the Qatari state-owned Al-Waha television",
// "the Meridian newspaper"). It returns the name and the number of words
// read up to the end of the description (the noun after a name counted),
// or "" when toks open no such description. Describing words carry no
// punctuation and no article after the first word, so that a clause does
// not run into the next outlet ("told the court the newspaper X lied");
// a name of an organisation's words ("the Finance Ministry website") is
// no outlet.
func (lx *lexicon) describedOutlet(toks, lower []string) (string, int) {
	start := 0
	if len(toks) > 1 && lx.isJoiner(lower[0]) {
		start = 1
	}
	for k := start; k < len(toks) && k <= start+maxDescribingWords+maxSourceWords; k++ {
		if k > start && strings.ContainsAny(toks[k-1][len(toks[k-1])-1:], ",.;:!?\"”»") {
			return "", 0
		}
		if k > start && lx.isJoiner(lower[k-1]) {
			return "", 0
		}
		if !lx.isOutletNoun(lower[k]) {
			continue
		}
		if !isCapitalised(toks[k]) || k > start && !isCapitalised(toks[k-1]) && lx.inflectedAdjective(lower[k-1]) {
			// Describing words, the noun, the name: a capitalised noun
			// only after a lower-case describing word (German).
			if k-start <= maxDescribingWords && strings.TrimRight(toks[k], nameClosers) == toks[k] {
				n := k + 1 + lx.nounComplement(toks[k+1:], lower[k+1:])
				if name := lx.nameFrom(toks[n:]); name != "" && !lx.namesOrganisation(name) {
					return name, n + countFields(name)
				}
			}
		}
		if isCapitalised(toks[k]) || k == start {
			continue
		}
		if strings.TrimRight(toks[k], nameClosers) == toks[k] && lx.nameFrom(toks[k+1:]) != "" {
			// "Taiwanese publication ChipWire" with too long a
			// description: the capitalised word before the noun
			// describes, the name follows.
			return "", 0
		}
		// Describing words, the name, its lower-case noun.
		j := k
		for j > start && k-j < maxSourceWords && isCapitalised(strings.TrimLeft(toks[j-1], nameOpeners)) {
			j--
		}
		if j == k || j-start > maxDescribingWords {
			return "", 0
		}
		name := strings.Trim(strings.Join(toks[j:k], " "), nameMarks)
		for _, p := range []string{"'s", "’s"} {
			if strings.HasSuffix(name, p) {
				return "", 0 // "the Mayor's newspaper": an owner, not a name
			}
		}
		// "US media", "Israeli media": a country's press at large, no
		// outlet; a place before any noun is none either.
		if name == "" || lx.pressNouns[lower[k]] || lx.namesOrganisation(name) || lx.isStopword(strings.ToLower(name)) ||
			lx.placeAt(fields(name)) == countFields(name) {
			return "", 0
		}
		return name, k + 1
	}
	return "", 0
}

// maxComplementWords bounds the lower-case words after an outlet's noun
// and before its name.
const maxComplementWords = 3

// nounComplement counts the lower-case words that follow an outlet's noun
// before its name where the language puts them after the noun: a
// complement of one word ("agencia de noticias", "agenzia di stampa")
// and adjectives ("la agencia de noticias siria X", "agencja prasowa X").
// It is 0 when no capitalised name follows them, when a word carries
// punctuation, or when a joiner stands anywhere but right after the noun
// ("la agencia de la ONU" names a body, not an outlet).
func (lx *lexicon) nounComplement(toks, lower []string) int {
	n := 0
	for n < len(toks) && n < maxComplementWords+1 {
		t := toks[n]
		if isCapitalised(strings.TrimLeft(t, nameOpeners)) {
			break
		}
		if strings.TrimRight(t, nameClosers) != t || !hasLetter(t) || lx.isStopword(lower[n]) && !(n == 0 && lx.isJoiner(lower[n])) {
			return 0
		}
		if lx.isJoiner(lower[n]) && (n > 0 || len(lower) < 2 || lx.isJoiner(lower[1])) {
			return 0
		}
		n++
	}
	if n == 0 || n >= len(toks) || n > maxComplementWords || n == 1 && lx.isJoiner(lower[0]) {
		return 0
	}
	return n
}

// inflectedAdjective says a lower-case word ends as a German adjective
// before its noun does ("britische", "staatlichen", "großer"): only such a
// word makes the capitalised noun after it a common noun ("der britische
// Sender X"); "laporan Harian X" keeps the capitalised noun in the name.
func (lx *lexicon) inflectedAdjective(w string) bool {
	for _, end := range lx.adjectiveEndings {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// namesOrganisation says a name holds a word of an organisation that is
// not an outlet ("Finance Ministry", "State University").
func (lx *lexicon) namesOrganisation(name string) bool {
	for _, w := range fields(strings.ToLower(name)) {
		if lx.isOrgWord(strings.Trim(w, nameMarks)) {
			return true
		}
	}
	return false
}

// maxPostGap bounds the words between a described outlet and the words
// that close its cue ("wie der Sender X am Montag berichtete").
const maxPostGap = 3

// postAfterGap says the cue's closing words post stand within maxPostGap
// words after at, the words between carrying no punctuation.
func postAfterGap(toks, lower []string, at int, post []string) bool {
	for g := 1; g <= maxPostGap && at+g <= len(toks); g++ {
		if t := toks[at+g-1]; strings.ContainsAny(t[len(t)-1:], ",.;:!?\"”»“") {
			return false
		}
		if wordsAt(lower, at+g, post) {
			return true
		}
	}
	return false
}

// isCitedOutlet is the outlet-or-other decision for a cited name: an
// outlet is a known outlet or agency, a domain ("Tribunnews.com"), a name
// with an outlet's word ("Jakarta Post", "Sky News", "Radio Nusantara"),
// one kindOf calls an outlet, or one the text introduces as an outlet
// ("the tabloid X", "harian X": filled). A person, a ministry, a place or
// a programme's acronym is not: sources are outlets (FIELDS.md).
func (lx *lexicon) isCitedOutlet(name string, filled bool) bool {
	if name == "" || !hasLetter(name) {
		return false
	}
	if filled {
		return true
	}
	l := strings.TrimPrefix(strings.ToLower(trimPunct(name)), "the ")
	if lx.outlets[l] || lx.looksLikeOutlet(name) || isDomainLike(l) || lx.isCallSign(trimPunct(name)) {
		return true
	}
	if f := fields(l); len(f) == 2 && lx.isGivenName(f[0]) && !strings.HasPrefix(name, "The ") {
		// "according to Mark Post", "Jane Herald reported": a given
		// name the lexicons know, then a surname that is an outlet's
		// word, is a person; a known outlet ("Charlie Hebdo") was
		// taken above.
		return false
	}
	for _, w := range fields(l) {
		if w = unelided(w); lx.outletWordSet[w] || lx.outletCompound(w) { // "l'écho"
			return true
		}
		// "Star-Tribune", "Post-Gazette": a hyphenated name whose last
		// part is an outlet's word.
		if h := strings.LastIndexByte(w, '-'); h > 0 && lx.outletWordSet[strings.TrimRight(w[h+1:], ",.;:")] {
			return true
		}
	}
	return lx.kindOf(name, "", "") == kindOutlet
}

// maxBandSuffix is the longest band or service suffix a call sign may
// carry after its hyphen ("-TV", "-FM", "-DT", "-HD2").
const maxBandSuffix = 4

// isCallSign says name is written as a broadcaster's call sign is: one
// word of capitals with the shape of a [call-signs] entry ("KTVX",
// "WFAA", "CKNW"), perhaps with a band suffix after a hyphen ("WXYZ-TV",
// "KQED-FM"), and no acronym [call-sign-bodies] lists ("KPMG", "WADA").
// Local stations are cited bare ("according to KTVX", "told WFAA"), and
// an unknown acronym is otherwise taken for a body, never an outlet.
// The shapes are national rules of broadcasting, so they hold on any
// site; three-letter signs (KGO, WGN) are left out, as too many bodies
// share their shape (WHO, WTO).
func (lx *lexicon) isCallSign(name string) bool {
	if len(lx.callSigns) == 0 || len(name) < 3 || !isUpperWord(name) {
		return false
	}
	sign := name
	if h := strings.IndexByte(name, '-'); h > 0 {
		band := name[h+1:]
		if band == "" || len(band) > maxBandSuffix {
			return false
		}
		for i := 0; i < len(band); i++ {
			if c := band[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
				return false
			}
		}
		sign = name[:h]
	}
	for i := 0; i < len(sign); i++ {
		if c := sign[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	l := strings.ToLower(sign)
	if lx.callSignBodies[l] {
		return false
	}
	for _, shape := range lx.callSigns {
		if callSignShape(l, shape) {
			return true
		}
	}
	return false
}

// callSignShape says the lower-case sign l has the shape of a
// [call-signs] entry: as many letters, each the entry's or any for "?".
func callSignShape(l, shape string) bool {
	if len(l) != len(shape) {
		return false
	}
	for i := 0; i < len(l); i++ {
		if shape[i] != '?' && shape[i] != l[i] {
			return false
		}
	}
	return true
}

// outletCompound says the lower-case word w is a compound whose head is
// an outlet's word ("hafenkurier", "abendpost", "westbote"): German and
// Dutch write a paper's name as one word. The head has four letters or
// more and the word at least three more, so that short words and the
// outlet words themselves are left to the set.
func (lx *lexicon) outletCompound(w string) bool {
	for i := 3; i+4 <= len(w); i++ {
		if w[i-1] < utf8.RuneSelf && !unicode.IsLetter(rune(w[i-1])) {
			return false
		}
		if utf8.RuneStart(w[i]) && lx.outletWordSet[w[i:]] {
			return true
		}
	}
	return false
}

// outletTail cuts a name that holds an outlet after a joiner to the
// outlet: "Recherchen der New York Times" → "New York Times", "Jane Roe
// of the Daily Courier" → "Daily Courier"; other names are kept. An
// outlet's possessive before its reporter's name ("CNN's Jane Roe
// reported") names the outlet the same way.
func (lx *lexicon) outletTail(name string) string {
	ws := fields(name)
	for k := 0; k < len(ws)-1; k++ {
		owner, ok := cutPossessive(ws[k])
		if !ok {
			continue
		}
		if head := strings.Join(append(ws[:k:k], owner), " "); lx.isCitedOutlet(head, false) {
			return head
		}
		break
	}
	// "the Daily Mail Lacerda claimed": a known outlet, then the next
	// sentence's subject.
	if l := strings.ToLower(name); !lx.outlets[strings.TrimPrefix(l, "the ")] {
		for k := len(ws) - 1; k >= 2; k-- {
			head, rest := strings.Join(ws[:k], " "), strings.Join(ws[k:], " ")
			if lx.outlets[strings.TrimPrefix(strings.ToLower(head), "the ")] && !lx.isCitedOutlet(rest, false) {
				return head
			}
		}
	}
	for k := len(ws) - 2; k >= 1; k-- {
		if !lx.isJoiner(ws[k]) {
			continue
		}
		head := strings.Join(ws[:k], " ")
		// "Antara di Jakarta": a known outlet, then where it spoke.
		if lx.outlets[strings.TrimPrefix(strings.ToLower(head), "the ")] && !lx.outlets[strings.ToLower(name)] {
			return head
		}
		j := k + 1
		for j < len(ws)-1 && lx.isJoiner(ws[j]) {
			j++
		}
		if tail := strings.Join(ws[j:], " "); lx.isCitedOutlet(tail, false) && !lx.isCitedOutlet(head, false) {
			return tail
		}
	}
	return name
}

// opensWithArticle says a name opens with a capitalised article of the
// [title-articles] sections ("The Verge", "Die Zeit"), which inside a
// sentence marks a title. Articles that are also particles of names ("El
// Saife", "Le Pen") are not listed.
func (lx *lexicon) opensWithArticle(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	return ok && isCapitalised(first) && !isUpperWord(first) && lx.titleArticles[strings.ToLower(first)]
}

// isOutletNoun says w (lower case) is a noun that introduces an outlet's
// name ("newspaper", "harian", "l'hebdomadaire", "der Sender").
func (lx *lexicon) isOutletNoun(w string) bool {
	w = trimNounMarks(w)
	if w != "" && (w[0] == 'l' || w[0] == 'd') {
		for _, el := range []string{"l'", "l’", "d'", "d’"} {
			w = strings.TrimPrefix(w, el)
		}
	}
	// Most words open as no noun does: they need no map look-up.
	switch {
	case w == "":
		return lx.outletNounEmpty
	case len(w) == 1:
		return lx.outletNounFirst[w[0]] && lx.outletNouns[w]
	}
	return lx.outletNounPair[w[0]][w[1]>>6]&(1<<(w[1]&63)) != 0 && lx.outletNouns[w]
}

// trimNounMarks is strings.Trim(w, ",.;:()\"'“”") without decoding
// every rune against the cut set: isOutletNoun runs for most words
// after a cue. “ and ” are E2 80 9C and E2 80 9D; any other byte is no
// mark, as a rune that strings.Trim decodes from it is none.
func trimNounMarks(w string) string {
	for len(w) > 0 {
		switch c := w[0]; c {
		case ',', '.', ';', ':', '(', ')', '"', '\'':
			w = w[1:]
			continue
		case 0xE2:
			if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "”") {
				w = w[3:]
				continue
			}
		}
		break
	}
	for len(w) > 0 {
		switch c := w[len(w)-1]; c {
		case ',', '.', ';', ':', '(', ')', '"', '\'':
			w = w[:len(w)-1]
			continue
		case 0x9C, 0x9D:
			if strings.HasSuffix(w, "“") || strings.HasSuffix(w, "”") {
				w = w[:len(w)-3]
				continue
			}
		}
		break
	}
	return w
}

// wordsAt says the words of pat start lower at i (punctuation at a word's
// end ignored except on the last word).
func wordsAt(lower []string, i int, pat []string) bool {
	if len(pat) == 0 || i+len(pat) > len(lower) {
		return len(pat) == 0
	}
	for j, p := range pat {
		w := lower[i+j]
		if w == p {
			continue
		}
		// A word of pat that opens with no stop keeps its first byte
		// trimmed, so w must open with it too: most words do not, and
		// need not be trimmed.
		if p != "" && !isStopByte(p[0]) && (w == "" || w[0] != p[0]) {
			return false
		}
		if trimStops(w, true) != trimStops(p, false) || strings.HasSuffix(p, ":") {
			return false
		}
	}
	return true
}

// isStopByte says trimStops may trim c (with a paren or without).
func isStopByte(c byte) bool { return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' }

// trimStops is strings.TrimRight(s, ",.;:") (with paren, ",.;:)")
// without building the cut set on every call: wordsAt runs for every
// cue at every word.
func trimStops(s string, paren bool) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ',' || c == '.' || c == ';' || c == ':' || paren && c == ')':
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

// maxTitleWords bounds the title of a cited book or report.
const maxTitleWords = 10

// titleFrom reads a title at the start of toks: capitalised first, then
// any words up to a comma or full stop, at most maxTitleWords; "" when no
// such stop comes.
func titleFrom(toks []string) string {
	if len(toks) == 0 || !isCapitalised(strings.TrimLeft(toks[0], nameOpeners)) {
		return ""
	}
	var ws []string
	for _, t := range toks {
		if len(ws) >= maxTitleWords {
			return ""
		}
		core := strings.TrimRight(t, nameClosers)
		ws = append(ws, core)
		if core != t {
			return strings.Trim(strings.Join(ws, " "), nameMarks)
		}
	}
	return strings.Trim(strings.Join(ws, " "), nameMarks)
}

// The marks a cited name may open or close with: brackets, quotation
// marks, guillemets either way round (French and Swiss «X», German,
// Danish and Czech »X«); and the punctuation that ends it.
const (
	nameOpeners = "([\"'“„«‹»›"
	nameClosers = ",.;:)]\"'”“»›«‹"
	// nameMarks is every opener and closer once (a cutset lists each
	// character once).
	nameMarks = "([\"'“„«‹,.;:)]”»›"
)

// nameFrom reads an outlet name at the start of toks: capitalised words
// (or a domain), up to a comma, a full stop or a lower-case word.
func (lx *lexicon) nameFrom(toks []string) string {
	if len(toks) > 1 && lx.isJoiner(toks[0]) {
		toks = toks[1:] // "according to the Himalayan Database"
	}
	toks = skipBareOpener(toks)
	var ws []string
	words := 0 // the name's words but its joiners: "Dana Cole of the Lakeside Gazette" has four
	for k, t := range toks {
		w := strings.TrimLeft(t, nameOpeners)
		if k == 0 {
			// "d'après l'AFP": an elided article is no part of the name.
			for _, el := range []string{"l'", "l’"} {
				if strings.HasPrefix(w, el) && len(w) > len(el) {
					w = w[len(el):]
				}
			}
		}
		core := strings.TrimRight(w, nameClosers)
		// "der „Bild“-Zeitung", "ein «Blick»-Bericht": a quoted name
		// that a hyphen joins to a noun is the name; it ends there.
		compound := false
		if q := strings.IndexAny(core, "”“»›"); q > 0 {
			if _, n := utf8.DecodeRuneInString(core[q:]); strings.HasPrefix(core[q+n:], "-") {
				core, compound = core[:q], true
			}
		}
		if core == "" {
			break
		}
		// "The Washington Post's Fact Checker": the owner is the name.
		possessive := false
		for _, p := range []string{"'s", "’s"} {
			if strings.HasSuffix(core, p) && len(core) > len(p) {
				core, possessive = core[:len(core)-len(p)], true
			}
		}
		domain := strings.Count(core, ".") >= 1 && !strings.ContainsAny(core, " ") && isDomainLike(core)
		// "Channel 4 News", "BBC Radio 5 Live": a broadcaster's number
		// after a word of outlet names.
		number := len(ws) > 0 && len(core) <= 3 && isDigits(core) && lx.outletWordSet[strings.ToLower(ws[len(ws)-1])]
		// "laut dpa", "dikutip dari kumparan": an outlet that prints
		// its name in lower case is a name as printed.
		if !isCapitalised(core) && !domain && !number && !lx.lowerOutlets[core] && !(len(ws) > 0 && lx.isJoiner(strings.ToLower(core))) {
			break
		}
		ws = append(ws, core)
		if !lx.isJoiner(strings.ToLower(core)) {
			words++
		}
		if possessive || compound || strings.TrimRight(w, nameClosers) != w || words >= maxSourceWords || len(ws) >= 2*maxSourceWords {
			break
		}
	}
	for len(ws) > 0 && lx.isJoiner(strings.ToLower(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	name := strings.Join(ws, " ")
	if lx.isStopword(strings.ToLower(name)) || lx.isDay(strings.ToLower(name)) {
		return ""
	}
	return name
}

// nameUpTo reads an outlet name that ends toks.
func (lx *lexicon) nameUpTo(toks []string) string {
	i := len(toks)
	for i > 0 && len(toks)-i < maxSourceWords {
		w := strings.Trim(toks[i-1], nameMarks)
		if !isCapitalised(w) && !isDomainLike(w) && !lx.lowerOutlets[w] {
			break
		}
		// "on Monday, Reuters reported": a word that a comma, a
		// semicolon or a full stop closes ends the clause before the
		// name (asked of the word as printed: w has lost its marks).
		if raw := strings.TrimRight(toks[i-1], "\"'”»›)"); i < len(toks) && (strings.HasSuffix(raw, ",") || strings.HasSuffix(raw, ";") ||
			strings.HasSuffix(raw, ".") && !isDomainLike(strings.TrimRight(raw, ".")) && !isAbbreviation(strings.TrimRight(raw, "."))) {
			break
		}
		i--
	}
	if i == len(toks) {
		return ""
	}
	return strings.Trim(strings.Join(toks[i:], " "), nameMarks)
}

// isDomainLike says s reads as a domain ("www.menpan.go.id").
func isDomainLike(s string) bool {
	if !strings.Contains(s, ".") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') {
			return false
		}
	}
	// "N.Y", "S.D": initials, not a domain; a domain ends in a top-level
	// domain of two letters or more and has a label longer than that.
	// (The labels are read in place, by their byte lengths, as
	// strings.Split(s, ".") would give them: no slice is built.)
	long, n := false, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			n = 0
			continue
		}
		if n++; n > 2 {
			long = true
		}
	}
	return long && n >= 2
}

// joinColons joins a colon set apart ("Sumber : Antara") to the word
// before it, as the label cues are written ("sumber: X").
func joinColons(toks []string) []string {
	out := toks[:0]
	for _, t := range toks {
		if t == ":" && len(out) > 0 && !strings.HasSuffix(out[len(out)-1], ":") {
			out[len(out)-1] += ":"
			continue
		}
		out = append(out, t)
	}
	return out
}

// nextField returns the bounds of the first field of s at or after
// from, as strings.Fields splits s: start < 0 when there is none. It is
// the one scanner behind appendFields, firstField, countFields and
// countFieldsUpTo, which read fields without building the slice.
//
// from must be 0 or the end of a field (a rune boundary).
func nextField(s string, from int) (start, end int) {
	start = skipSpace(s, from)
	if start == len(s) {
		return -1, len(s)
	}
	return start, skipWord(s, start)
}

// fields is strings.Fields(s), a slice of the same length and capacity.
// strings.Fields reads a text that holds a byte above ASCII through
// FieldsFunc(unicode.IsSpace), a rune at a time, with a search of the
// White_Space table for every rune above Latin-1 (a curly quote, a dash);
// fields reads such a text with the package's field scanners.
func fields(s string) []string {
	if asciiPrefix(s) == len(s) {
		return strings.Fields(s)
	}
	return appendFields(make([]string, 0, countFields(s)), s)
}

// appendFields appends the fields of s, as strings.Fields splits it, to
// dst.
func appendFields(dst []string, s string) []string {
	for i := skipSpace(s, 0); i < len(s); {
		end := skipWord(s, i)
		dst = append(dst, s[i:end])
		i = skipSpace(s, end)
	}
	return dst
}

// The field scanners (skipWord, skipSpace) read s a byte at a time, not a
// rune at a time, and decode only at the bytes that may open a white space
// rune (fieldByte). This finds the same white space as decoding every rune:
// a rune that unicode.IsSpace reports opens with an ASCII space or with
// 0xC2, 0xE1, 0xE2 or 0xE3 (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
// U+2029, U+202F, U+205F, U+3000), and a byte inside a rune that decodes
// whole is a continuation byte (0x80–0xBF), which opens none, so the bytes
// stepped over one at a time are never the start of a space that the rune
// by rune reading would find. (Invalid bytes decode as utf8.RuneError, one
// byte long, which is no space either way.) TestFieldsPlain and
// TestFieldScannerScripts check the scanners against strings.Fields.
const (
	fieldWord     = iota // a byte of a field
	fieldSpace           // an ASCII white space byte
	fieldMaySpace        // a byte that may open a non-ASCII white space rune
)

// fieldByte sorts each byte for the field scanners.
var fieldByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case asciiSpace[c]:
			t[c] = fieldSpace
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			t[c] = fieldMaySpace
		}
	}
	return t
}()

// skipWord returns the index of the first white space rune of s at or
// after i (a rune boundary), or len(s).
func skipWord(s string, i int) int {
	for i < len(s) {
		switch fieldByte[s[i]] {
		case fieldWord:
			i++
		case fieldSpace:
			return i
		default:
			if space, _ := spaceRune(s[i:]); space {
				return i
			}
			i++ // its other bytes, if any, are continuation bytes
		}
	}
	return i
}

// skipSpace returns the index of the first rune of s at or after i (a
// rune boundary) that is not white space, or len(s).
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch fieldByte[s[i]] {
		case fieldWord:
			return i
		case fieldSpace:
			i++
		default:
			space, size := spaceRune(s[i:])
			if !space {
				return i
			}
			i += size
		}
	}
	return i
}

// firstByte is s[0], or utf8.RuneSelf for "".
func firstByte(s string) byte {
	if s == "" {
		return utf8.RuneSelf
	}
	return s[0]
}

// firstField is appendFields(nil, s)[0], or "" when s has no field,
// without splitting the rest.
func firstField(s string) string {
	start, end := nextField(s, 0)
	if start < 0 {
		return ""
	}
	return s[start:end]
}

// countFields is len(strings.Fields(s)), without the slice.
func countFields(s string) int {
	return countFieldsUpTo(s, len(s)+1)
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceRune reports whether the rune s starts with is white space
// (unicode.IsSpace), and its length.
func spaceRune(s string) (space bool, size int) {
	r, size := utf8.DecodeRuneInString(s)
	return isSpace(r), size
}

// isSpace is isSpace(r) without its search of the White_Space
// table for every rune above Latin-1: the curly quotes and dashes of
// running text (U+2010–U+201F) are looked at most, and no space. The
// white space runes are few and fixed (TestIsSpace holds isSpace to
// unicode.IsSpace over every rune).
func isSpace(r rune) bool {
	switch {
	case uint32(r) < utf8.RuneSelf:
		return asciiSpace[r]
	case r < 0:
		return false
	case r < 0x1680:
		return r == 0x85 || r == 0xA0
	case r <= 0x200A:
		return r == 0x1680 || r >= 0x2000
	}
	return r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// dropAuthorOutlets drops from sources the outlets that are the whole
// byline: a wire story credited to "AFP" that says "told AFP" reports
// its own interview, and an outlet that is the author is no source
// (FIELDS.md). A byline that names a person keeps its agencies as
// sources (bylineAgencies).
func (lx *lexicon) dropAuthorOutlets(sources, authors []string) []string {
	if len(sources) == 0 || len(authors) == 0 {
		return sources
	}
	for _, a := range authors {
		if !lx.isCitedOutlet(a, false) {
			return sources
		}
	}
	return slices.DeleteFunc(sources, func(s string) bool {
		for _, a := range authors {
			if lx.outletKey(s) == lx.outletKey(a) || lx.initialsOf(s) == strings.ToUpper(nameKey(a)) || lx.initialsOf(a) == strings.ToUpper(nameKey(s)) {
				return true
			}
		}
		return false
	})
}

// outletKey is an outlet's nameKey without the article its name may
// open with: "The Associated Press" in the text and "Associated Press"
// in the byline are one outlet.
func (lx *lexicon) outletKey(name string) string {
	if lx.opensWithArticle(name) {
		_, rest, _ := strings.Cut(name, " ")
		return nameKey(rest)
	}
	return nameKey(name)
}

// dropCitedOutletAuthors drops from authors the names that the article
// itself cites as an outlet (a syndication line, "according to X", a
// credit line) when another author stands beside them: "Dana Holt,
// Skyward" over a story "originally published by Skyward" is Dana Holt's,
// and Skyward is its source, not a second author (FIELDS.md: an
// organisation is an author only when it is the whole byline).
func dropCitedOutletAuthors(authors, sources []string) []string {
	if len(authors) < 2 || len(sources) == 0 {
		return authors
	}
	cited := func(a string) bool {
		for _, s := range sources {
			if nameKey(s) == nameKey(a) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(authors, func(a string) bool { return !cited(a) }) {
		return authors
	}
	return slices.DeleteFunc(authors, cited)
}

// maxUnspacedRunes bounds an outlet's name read from a script written
// without spaces.
const maxUnspacedRunes = 20

// unspacedSources reads the outlets a paragraph of a script written
// without spaces (Japanese) cites: the name right before a cue of
// [unspaced-source-cues] ("…によると"), in corner brackets after an
// outlet's noun ("米ニュースサイト「X」によると"), after such a noun
// ("米紙Xによると") or before it ("X紙が報じた"), or a run ending in an
// outlet's word ("ロイター通信が報じた"). A name from abroad is written in
// katakana or Latin letters; a run of kanji alone before a noun or end
// word is mostly a description ("国営通信" a state agency, "地元紙" a
// local paper), and counts only before the paper's word ("山川新聞").
func (lx *lexicon) unspacedSources(para string) []string {
	if len(lx.unspacedCues) == 0 || strings.IndexByte(para, 0xE3) < 0 {
		return nil
	}
	var out []string
	for _, cue := range lx.unspacedCues {
		for from := 0; ; {
			at := strings.Index(para[from:], cue)
			if at < 0 {
				break
			}
			at += from
			from = at + len(cue)
			if name := lx.unspacedName(para[:at]); name != "" && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// unspacedName reads the outlet that ends before, "" when none.
func (lx *lexicon) unspacedName(before string) string {
	if inner, ok := strings.CutSuffix(before, "」"); ok {
		open := strings.LastIndex(inner, "「")
		if open < 0 {
			return ""
		}
		name := inner[open+len("「"):]
		if n := utf8.RuneCountInString(name); n < 2 || n > maxUnspacedRunes {
			return ""
		}
		for _, noun := range lx.unspacedNouns {
			if strings.HasSuffix(inner[:open], noun) {
				return name
			}
		}
		return ""
	}
	// The run of name characters that ends before.
	start := len(before)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:start])
		if !(unicode.In(r, unicode.Katakana, unicode.Han) || r == '・' || r == 'ー' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			break
		}
		start -= size
	}
	run := before[start:]
	// "米紙X": the name after the last outlet noun.
	for _, noun := range lx.unspacedNouns {
		if k := strings.LastIndex(run, noun); k >= 0 && k+len(noun) < len(run) {
			run = run[k+len(noun):]
		}
	}
	// "X紙": a noun closing the name is none of it.
	for _, noun := range lx.unspacedNouns {
		if name, ok := strings.CutSuffix(run, noun); ok && foreignLetters(name) {
			return boundedRunes(name)
		}
	}
	for k, end := range lx.unspacedEnds {
		if name, ok := strings.CutSuffix(run, end); ok && name != "" && (foreignLetters(name) || k == 0 && utf8.RuneCountInString(name) >= 2) {
			return boundedRunes(run)
		}
	}
	if run != before[start:] && foreignLetters(run) {
		return boundedRunes(run) // after its noun: "米紙X"
	}
	return ""
}

// foreignLetters says s holds katakana or Latin letters: the names of
// outlets from abroad are written so.
func foreignLetters(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Katakana, r) && r != '・' && r != 'ー' || r < utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// boundedRunes is s when it has 2 to maxUnspacedRunes runes, else "".
func boundedRunes(s string) string {
	if n := utf8.RuneCountInString(s); n < 2 || n > maxUnspacedRunes {
		return ""
	}
	return s
}

// isDigits says s is ASCII digits only, and not empty.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// lowerByte is c in lower case when it is an ASCII capital, else c.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// cutKindNoun cuts the noun of an outlet's kind off the front of a cited
// name where its language capitalises every noun, so that a cue took it
// with the name ("wie die Zeitung Harbor Gazette berichtet", "laut der
// Nachrichtenagentur Harbor Wire"): the outlet is the name after it, as
// "the newspaper Harbor Gazette" cites Harbor Gazette. Only nouns marked
// "named capital" are cut, and only before a capitalised word: a name
// the noun closes ("Süddeutsche Zeitung") or stands alone in is kept.
// A one-word sister noun ("Schwesterzeitung X") is cut alike, so that
// the name meets the site's family (see sisterOutlets).
func (lx *lexicon) cutKindNoun(name string) string {
	first, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || !isCapitalised(rest) {
		return name
	}
	first = strings.ToLower(first)
	if !lx.namingCapital[first] && !lx.kindCompound(first) && !slices.ContainsFunc(lx.sisterNouns, func(n []string) bool { return len(n) == 1 && n[0] == first }) {
		return name
	}
	return strings.TrimSpace(rest)
}

// kindCompound says the word w, lower case, is a compound whose last part,
// after a hyphen, is an outlet's kind noun marked "named capital": "US-Sender",
// "Tech-Magazin", "Online-Zeitung". German joins a word to the noun so; the
// compound still introduces the name after it ("der US-Sender Harbor TV").
func (lx *lexicon) kindCompound(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h < len(w)-1 && lx.namingCapital[trimNounMarks(w[h+1:])]
}
