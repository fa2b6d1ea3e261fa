package normalize

import "strings"

// maxDocPhrase bounds the words from a document phrase's determiner to
// its noun ("the Justice Department's long-awaited report").
const maxDocPhrase = 5

// docAttribution reads a document as the attribution of a quote: "the
// statement read", "says a report by the Water Board", "se lee en el
// comunicado del ayuntamiento", "According to the study,", "The new law
// makes clear that …". FIELDS.md lets an organisation speak only when the
// article says so: the document's issuer speaks when the phrase names it
// ("the FBI release", "a statement from the Harbour Authority", "the
// ministry's report" after the ministry was named); else the document
// itself, as written ("the legislation"), is the speaker given by role —
// never the last person who spoke, who did not write it.
//
// toks are the words after the quote (leadIn false) or the sentence that
// leads into it (leadIn true).
func (c *quoteCtx) docAttribution(toks []token, leadIn bool) (attribution, bool) {
	if leadIn {
		// "According to the report, “…”", "Menurut laporan itu": a
		// passive cue, then the document.
		for _, cue := range c.lx.passiveCues {
			if len(toks) > len(cue) && tokensAre(toks[:len(cue)], cue) {
				if s, _, ok := c.docPhrase(toks[len(cue):]); ok {
					return attribution{descr: s, cue: joinWords(toks[:len(cue)])}, true
				}
			}
		}
		// "The new law makes clear that …": the document opens the
		// sentence and a verb follows it ("The letter also said that
		// …": past the verb's adverbs and auxiliaries).
		if s, end, ok := c.docPhrase(toks); ok && c.verbMayFollow(toks, &end) {
			end = c.pastVerbAdverbs(toks, end)
			if end < len(toks) && c.docVerb(toks[end].lower) {
				return attribution{descr: s, cue: toks[end].word}, true
			}
		}
		return attribution{}, false
	}
	// '," the FBI release states.', '," the letter later said.'
	if s, end, ok := c.docPhrase(toks); ok && !toks[end-1].stop && c.verbMayFollow(toks, &end) {
		end = c.pastVerbAdverbs(toks, end)
		if end < len(toks) && c.docVerb(toks[end].lower) {
			return attribution{descr: s, cue: toks[end].word}, true
		}
	}
	// '," says a report by …', '», se lee en el comunicado': the verb
	// first, possibly after a short clitic ("se"), then a preposition.
	v := 0
	if len(toks) > 1 && len([]rune(toks[0].lower)) <= 2 && isLower(toks[0].word) && !toks[0].comma {
		if c.docVerb(toks[1].lower) {
			v = 1
		}
	}
	if !c.docVerb(toks[v].lower) || !isLower(toks[v].word) || toks[v].comma || toks[v].stop {
		return attribution{}, false
	}
	rest := toks[v+1:]
	if len(rest) > 1 && isLower(rest[0].word) && !c.isDet(rest[0].lower) && c.isDet(rest[1].lower) {
		rest = rest[1:] // "en el comunicado", "in the report"
	}
	if s, _, ok := c.docPhrase(rest); ok {
		return attribution{descr: s, cue: joinWords(toks[:v+1])}, true
	}
	return attribution{}, false
}

// maxApposition bounds the words of a description set off after an
// addressee's name ("to Mara Lind, the head of games at Orbitly,").
const maxApposition = 12

// verbMayFollow says the document phrase of toks ending at *end may have
// its verb next: the phrase is not set off by a comma, or what stands
// between it and the verb is an addressee ("the board's letter to Mara
// Lind, the head of games at Orbitly, said"), which *end is moved past.
// The addressee is whom the document was sent to, never who speaks.
func (c *quoteCtx) verbMayFollow(toks []token, end *int) bool {
	if toks[*end-1].comma {
		return false
	}
	if e := c.pastAddressee(toks, *end); e > *end {
		*end = e
	}
	return true
}

// pastAddressee is the index after an addressee phrase opening toks at
// end ("to Mara Lind", "to Mara Lind, the head of games at Orbitly,",
// "à la ministre Anne Roux"): a preposition of [document-to], at most a
// determiner and lower-case words before a capitalised run (a name or a
// body), and a description set off by commas after it. end when no such
// phrase opens there.
func (c *quoteCtx) pastAddressee(toks []token, end int) int {
	if end >= len(toks) || !c.lx.docAddressees[toks[end].lower] || !isLower(toks[end].word) || toks[end].comma || toks[end].stop {
		return end
	}
	j := end + 1
	for j < len(toks) && j <= end+3 && isLower(toks[j].word) && !toks[j].comma && !toks[j].stop {
		j++ // "to the", "à la ministre"
	}
	k := j
	for k < len(toks) && !isLower(toks[k].word) && !toks[k].stop {
		k++
		if toks[k-1].comma {
			break
		}
	}
	if k == j || toks[k-1].stop {
		return end
	}
	if !toks[k-1].comma {
		return k
	}
	for m := k; m < len(toks) && m < k+maxApposition; m++ {
		if toks[m].stop {
			return end
		}
		if toks[m].comma {
			return m + 1
		}
	}
	return end
}

// pastVerbAdverbs is the index of the first word of toks from end that
// is no adverb or auxiliary standing between a subject and its verb
// ("also", "later", "has"), within the clause.
func (c *quoteCtx) pastVerbAdverbs(toks []token, end int) int {
	for end < len(toks)-1 && isLower(toks[end].word) && (c.isVerbAdverb(toks[end].lower) || c.lx.auxiliaries[toks[end].lower]) &&
		!toks[end].comma && !toks[end].stop && !c.docVerb(toks[end].lower) {
		end++
	}
	return end
}

// docVerb says l is a verb a document is quoted with.
func (c *quoteCtx) docVerb(l string) bool {
	if c.lx.docVerbs[l] {
		return true
	}
	v, pron := c.verbLower(l)
	return v && !pron
}

// isDet says l opens a noun phrase: an article or a role's determiner.
func (c *quoteCtx) isDet(l string) bool { return c.lx.isArticle(l) || c.lx.isRoleDet(l) }

// docPhrase reads a document phrase opening toks — a determiner, at most
// a few words, a document noun, and an issuer after "by", "from", "de"…
// — and returns its speaker (see docAttribution) and the index of the
// token after the phrase.
func (c *quoteCtx) docPhrase(toks []token) (string, int, bool) {
	if len(toks) < 2 || !c.isDet(toks[0].lower) || toks[0].comma || toks[0].stop {
		return "", 0, false
	}
	doc := -1
	for i := 1; i < len(toks) && i <= maxDocPhrase; i++ {
		if c.lx.docNouns[toks[i].lower] && isLower(toks[i].word) {
			doc = i
			break
		}
		if toks[i].comma || toks[i].stop || c.lx.isVerb(toks[i].lower) {
			return "", 0, false
		}
	}
	if doc < 0 {
		return "", 0, false
	}
	end := doc + 1
	// The issuer in front: "the FBI release", "the ministry's statement".
	var issuer []string
	for _, t := range toks[1:doc] {
		w := strings.TrimSuffix(strings.TrimSuffix(t.word, "'s"), "’s")
		switch {
		case !isLower(t.word):
			issuer = append(issuer, w)
		case w != t.word && c.isOrgNoun(strings.ToLower(w)):
			if o := c.cast.orgByNoun(strings.ToLower(w), c.lx.isOrgNoun(strings.ToLower(w))); o != "" {
				issuer = []string{o}
			}
		}
	}
	// The issuer after: "a statement from the Harbour Authority", "el
	// comunicado del Ayuntamiento".
	if !toks[doc].comma && !toks[doc].stop && end < len(toks) && c.lx.docIssuerPreps[toks[end].lower] {
		j := end + 1
		if j < len(toks) && c.isDet(toks[j].lower) {
			j++
		}
		k := j
		for k < len(toks) && (!isLower(toks[k].word) || k > j && c.lx.isJoiner(toks[k].lower) && k+1 < len(toks) && !isLower(toks[k+1].word)) {
			k++
			if toks[k-1].comma || toks[k-1].stop {
				break
			}
		}
		for m := j + 1; m < k; m++ {
			// "a study by Helena Marsh of Northfield University": a
			// person before the joiner wrote it, the rest is where.
			if c.lx.isJoiner(toks[m].lower) && isLower(toks[m].word) {
				if n := c.runName(toks[j:m], false); n != "" {
					k = m
				}
				break
			}
		}
		if k > j {
			issuer = []string{joinWords(toks[j:k])}
			end = k
		}
	}
	if len(issuer) > 0 {
		return strings.TrimRight(strings.Join(issuer, " "), ",.;:"), end, true
	}
	ws := tokenWords(toks[:doc+1])
	ws[0] = strings.ToLower(ws[0])
	return strings.TrimRight(strings.Join(ws, " "), ",.;:"), end, true
}
