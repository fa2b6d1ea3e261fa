package normalize

import "strings"

// maxUnnamedWords is the longest speaker given by a noun phrase ("a
// spokesperson for the British Foreign Office").
const maxUnnamedWords = 10

// phraseSpeaker reads a speaker an attribution gives by a noun phrase
// instead of a name: the subject before a reporting verb ("A company
// spokesperson said", "The French foreign ministry said", "Officers
// announced"), or the words after it when the attribution is inverted
// (inverted: "said one legal expert, as …", "so eine Sprecherin des
// Ministeriums"). Callers have tried names, pronouns and role nouns
// first.
//
// It gives the cast member a definite role stands for ("the
// commissioner" after "Commissioner Ana Ruiz"), else the phrase as
// printed:
//   - an indefinite determiner ("a", "one", "ein", "un", "seorang")
//     brings in a person the article does not name: never someone named
//     before, so never the last speaker;
//   - a definite phrase whose head is an organisation's word ("the
//     interior ministry said") is the organisation speaking, without its
//     article;
//   - a definite role spelt out with its complement or capitalised words
//     ("The UN High Commissioner for Human Rights said") that no cast
//     member holds is the office as printed (a bare "the singer and
//     guitarist" stands for someone named);
//   - a bare plural of a role or person noun ("Officers announced",
//     "Analysts said") is those people, as printed.
//
// It gives "", "" for anything else — a short definite phrase ("the
// singer said") stands for someone named before and is left to the
// callers' rules.
func (c *quoteCtx) phraseSpeaker(toks []token, inverted bool) (name, descr string) {
	if inverted {
		toks = c.invertedPhrase(toks)
	} else if np := c.leadingNP(toks); len(np) > 0 && np[len(np)-1].comma && len(np) < len(toks) {
		// "Ein älterer Mann, der bisher geschwiegen hat, sagt": the
		// subject, then a relative clause or an appositive.
		return "", rawPhrase(np)
	} else {
		// The subject opens its clause: after the last comma before
		// the verb.
		for k := len(toks) - 2; k >= 0; k-- {
			if toks[k].comma || toks[k].stop {
				toks = toks[k+1:]
				break
			}
		}
	}
	// "But a spokesperson …", "Doch eine Sprecherin …": a conjunction
	// opening the clause is no part of the phrase.
	for k := 0; k < 2 && len(toks) > 1 && c.lx.isStopword(toks[0].lower) && !c.determiner(toks[0].lower) && !c.isPronoun(toks[0].word); k++ {
		toks = toks[1:]
	}
	// "Le ministre de la Défense a affirmé": the auxiliary belongs to
	// the verb.
	for len(toks) > 1 && c.lx.auxiliaries[toks[len(toks)-1].lower] && isLower(toks[len(toks)-1].word) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || len(toks) > maxUnnamedWords || toks[len(toks)-1].comma && !inverted {
		return "", ""
	}
	for _, t := range toks[:len(toks)-1] {
		// "as the keynote speaker. King said": a full stop inside
		// is a sentence's end the tokens did not mark (a title's
		// dot); a number is a quantity ("70 percent of Americans").
		if strings.HasSuffix(strings.TrimRight(t.raw, ",;:"), ".") || isNumber(t.word) {
			return "", ""
		}
	}
	det := toks[0].lower
	indef, definite := c.lx.isIndefinite(det), c.lx.isRoleDet(det)
	body := toks
	if indef || definite {
		body = toks[1:]
	}
	head, title, org, capital, spelt := "", "", false, false, false
	for k, t := range body {
		if t.stop && k < len(body)-1 {
			return "", ""
		}
		if v, _ := c.verbLower(t.lower); v && isLower(t.word) || c.isPronoun(t.word) || c.lx.relatives[t.lower] {
			return "", ""
		}
		if isCapitalised(t.word) && !(k == 0 && !indef && !definite) && !c.capNouns {
			capital = true
			if c.lx.isOrgWordIn(t.lower, c.lang) || c.lx.hasOrgSuffix(t.lower) {
				org = org || head == ""
			}
			if c.lx.isTitleWord(t.lower) && head == "" {
				title = t.lower
			}
			continue
		}
		if k > 0 && isLower(t.word) && c.complement(body[k:]) {
			// "for the British Foreign Office", "des Ministeriums":
			// the role's body, capitalised.
			spelt = true
			if head == "" {
				head = body[k-1].lower
			}
			continue
		}
		if c.lx.isStopword(t.lower) && !c.lx.isTitleWord(t.lower) && !(spelt && (c.lx.isArticle(t.lower) || c.lx.isRoleDet(t.lower) || c.lx.isJoiner(t.lower))) {
			return "", "" // "the day before", "an hour later"
		}
		if head == "" {
			if c.lx.isTitle(t.lower) {
				title = t.lower
			}
			if c.isOrgNoun(t.lower) {
				org = true
			}
		}
	}
	if len(body) == 0 {
		return "", ""
	}
	if head == "" {
		head = body[len(body)-1].lower
	}
	if c.lx.isTitle(head) {
		title = head
	}
	headOrg := c.isOrgNoun(head) && !c.lx.isTitle(head)
	phrase := rawPhrase(toks)
	switch {
	case indef:
		if len(body) == 0 || headOrg {
			return "", ""
		}
		return "", phrase
	case definite:
		if org && title == "" || headOrg {
			// "the interior ministry said": the organisation speaks.
			// A short phrase ("the council") must stand for one the
			// article named: a German compound's ending ("Ständerat")
			// may make an office look like its body.
			if o := c.cast.orgByNoun(head, c.lx.isOrgNoun(head)); o != "" {
				return "", o
			}
			if len(body) < 3 && !spelt && c.capNouns {
				return "", ""
			}
			return "", rawPhrase(body)
		}
		if c.pluralPerson(head) && !capital {
			// "the doctors stated", "the officers said": a plural
			// role is those people, as printed, never one of them
			// named before.
			return "", phrase
		}
		if c.possessed(body) && c.cast.byRole(head) == nil {
			// "The victim's mother testified": a person known only
			// through someone else, no one the article named with
			// that role: the phrase as printed.
			return "", phrase
		}
		if title == "" {
			return "", ""
		}
		if n := c.nameInPhrase(body); n != "" {
			// "der neue Präsident Rainer de Meijer": the role's
			// holder named in it.
			return n, ""
		}
		if m := c.cast.byRole(title); m != nil {
			return m.name, ""
		}
		if spelt || capital {
			return "", phrase
		}
		return "", ""
	}
	// No determiner: a plural of a role or person noun opening the
	// clause.
	if inverted || !c.pluralPerson(head) {
		return "", ""
	}
	return "", phrase
}

// possessed says body is a common noun's possessive and a noun for a
// person after it: "victim's mother", "driver's wife", "team's coach".
func (c *quoteCtx) possessed(body []token) bool {
	if len(body) != 2 || !isLower(body[0].word) || !isLower(body[1].word) || body[0].comma {
		return false
	}
	raw := body[0].raw
	if !strings.HasSuffix(raw, "'s") && !strings.HasSuffix(raw, "’s") {
		return false
	}
	return c.lx.personNouns[body[1].lower] != "" || c.lx.isTitle(body[1].lower)
}

// determiner says l opens a noun phrase: an indefinite, a definite or a
// possessive.
func (c *quoteCtx) determiner(l string) bool {
	return c.lx.isIndefinite(l) || c.lx.isRoleDet(l) || c.lx.isArticle(l)
}

// pluralPerson says l is the plural of a title or a person noun, as
// English writes it ("officers", "analysts", "witnesses").
func (c *quoteCtx) pluralPerson(l string) bool {
	for _, suf := range []string{"es", "s"} {
		if s, ok := strings.CutSuffix(l, suf); ok && len(s) > 2 && (c.lx.isTitleWord(s) || c.lx.personNouns[s] != "") {
			return true
		}
	}
	return false
}

// invertedPhrase is the noun phrase opening toks, the words after a
// reporting verb: up to a comma or full stop, a relative clause, or a
// preposition that is no complement of the role ("one legal expert at a
// briefing" ends before "at"; "a spokesperson for the Foreign Office"
// keeps "for" and the capitalised name after it).
func (c *quoteCtx) invertedPhrase(toks []token) []token {
	if len(toks) == 0 || !c.lx.isIndefinite(toks[0].lower) && !c.lx.isRoleDet(toks[0].lower) {
		return nil
	}
	n := 1
	spelt := false
	for n < len(toks) && n < maxUnnamedWords {
		t := toks[n]
		if c.lx.relatives[t.lower] {
			break
		}
		if isLower(t.word) && c.lx.isStopword(t.lower) {
			// A complement naming a body: "for the Foreign Office",
			// "des Ministeriums"; after one, a joiner's qualifier:
			// "de la asociación de vecinos".
			k := c.complementEnd(toks[n:])
			if k == 0 && spelt && c.lx.isJoiner(t.lower) && n+1 < len(toks) && isLower(toks[n+1].word) && !c.lx.isStopword(toks[n+1].lower) && !t.comma {
				k = 1
			}
			if k == 0 {
				break
			}
			n += k
			spelt = true
			continue
		}
		n++
		if t.comma || t.stop {
			break
		}
	}
	if n < 2 {
		return nil
	}
	return toks[:n]
}

// unelidedPrep is "d'" of "d'amnesty" (an elided preposition glued to
// the word after it), or l.
func unelidedPrep(l string) string {
	for _, el := range []string{"d'", "d’"} {
		if strings.HasPrefix(l, el) && len(l) > len(el) {
			return el
		}
	}
	return l
}

// complement says toks open with a preposition and the capitalised
// name of a body it leads to ("for the British Foreign Office", "at
// Stratfor", "des Ministeriums").
func (c *quoteCtx) complement(toks []token) bool { return c.complementEnd(toks) > 0 }

// complementEnd is how many words of toks a complement's preposition and
// its determiners take before the body's first capitalised word, or 0
// when toks open with no complement.
func (c *quoteCtx) complementEnd(toks []token) int {
	if len(toks) < 2 || !isLower(toks[0].word) || !c.lx.roleComplements[unelidedPrep(toks[0].lower)] || toks[0].comma || toks[0].stop {
		return 0
	}
	k := 1
	if unelidedPrep(toks[0].lower) != toks[0].lower {
		k = 0 // "d'Amnesty": the preposition elided onto the name
	}
	for k < len(toks) && k < 3 && isLower(toks[k].word) && (c.determiner(toks[k].lower) || c.lx.roleComplements[toks[k].lower]) && !toks[k].comma {
		k++
	}
	// The body is capitalised ("for the Foreign Office"), or an
	// organisation's noun ("de la mairie", "for the company").
	if k >= len(toks) || !isCapitalised(toks[k].word) && !c.isOrgNoun(toks[k].lower) {
		return 0
	}
	return k
}

// nameInPhrase is the full name a role phrase ends with ("neue Präsident
// Rainer de Meijer" gives "Rainer de Meijer"), or "".
func (c *quoteCtx) nameInPhrase(body []token) string {
	titled := false // a title came before body[k-1]
	for k := range body {
		if k >= 2 {
			titled = titled || c.lx.isTitle(body[k-2].lower)
		}
		// The name follows its title ("Präsident Rainer de Meijer"), or
		// the office's noun after its title ("director del hospital
		// Julián Esparza"); not a preposition's object ("High
		// Commissioner for Human Rights").
		if !isCapitalised(body[k].word) || k == 0 {
			continue
		}
		prev := body[k-1]
		if !c.lx.isTitle(prev.lower) && !(isLower(prev.word) && !c.lx.isStopword(prev.lower) && titled) {
			continue
		}
		if isLower(prev.word) && c.lx.docAddressees[prev.lower] {
			continue // "aseguró el ministro a Lucía Pérez": the addressee
		}
		if n := c.subject(body[k:]); countFields(n) >= 2 {
			return n
		}
	}
	if c.capNouns {
		// "der Stadtrat Jonas Weidemann": every noun is capitalised,
		// so the job need not be a known title; the name ends the
		// phrase's last capitalised run, two words or three with a
		// known given name opening them.
		for e := len(body); e > 0; {
			for e > 0 && !isCapitalised(body[e-1].word) {
				e--
			}
			if e == 0 {
				break
			}
			s := e - 1 // the run's last word may carry its comma
			for s > 0 && isCapitalised(body[s-1].word) && !body[s-1].comma && !body[s-1].stop {
				s--
			}
			if e-s >= 3 {
				from := e - 2
				if _, ok := c.lx.givenGender[foldName(body[e-3].lower)]; ok {
					from = e - 3
				}
				if n := c.personName(tokenWords(body[from:e]), false); countFields(n) >= 2 {
					return n
				}
			}
			e = s
		}
	}
	return ""
}

// leadingNP is the noun phrase an indefinite determiner opens toks with
// ("Ein junger Mann" of "Ein junger Mann mit müden Augen schüttelt den
// Kopf:", "An elderly woman," of "An elderly woman, who …"): the
// determiner, lower-case words, and in a language that capitalises its
// nouns the first capitalised word, its head. nil when toks open with no
// indefinite.
func (c *quoteCtx) leadingNP(toks []token) []token {
	if len(toks) < 2 || !c.lx.isIndefinite(toks[0].lower) || toks[0].comma || toks[0].stop {
		return nil
	}
	capNouns := c.capNouns
	n := 1
	head := false
	for n < len(toks) && n < maxUnnamedWords && !head {
		t := toks[n]
		if v, _ := c.verbLower(t.lower); v || c.isPronoun(t.word) || c.lx.relatives[t.lower] {
			break
		}
		switch {
		case capNouns && isCapitalised(t.word):
			head = true
		case isLower(t.word) && !c.lx.isStopword(t.lower):
		default:
			return c.npEnd(toks, n, head)
		}
		n++
		if t.comma || t.stop {
			break
		}
	}
	return c.npEnd(toks, n, head)
}

// npEnd is toks[:n] when it is a noun phrase with a head (a capitalised
// noun in German, a lower-case word after the determiner elsewhere),
// else nil.
func (c *quoteCtx) npEnd(toks []token, n int, head bool) []token {
	if n < 2 || c.capNouns && !head {
		return nil
	}
	return toks[:n]
}

// personHead says l, a noun phrase's head, is a person's: a title, a
// person noun, or the plural of one ("officers").
func (c *quoteCtx) personHead(l string) bool {
	return c.lx.isTitle(l) || c.lx.personNouns[l] != "" || c.pluralPerson(l)
}

// personNamed says name is a cast member's full name: a person the
// article names, not a capitalised phrase ("Französische Investitionen")
// a sentence opens with.
func (c *quoteCtx) personNamed(name string) bool {
	return countFields(name) >= 2 && c.cast.find(name) != nil
}

// clauseOrg is an organisation that opens a clause of toks, the words
// before a verb leading into a quote, and is followed only by lower-case
// words, a relative clause set off by commas, or other clauses: "In a
// sign of the confusion, the Electoral Commission, which oversees
// campaign funds, issued a statement warning that …". "" when none.
func (c *quoteCtx) clauseOrg(toks []token) string {
	for j := 0; j < len(toks); j++ {
		if j > 0 && !toks[j-1].comma {
			continue
		}
		k := j
		if k+1 < len(toks) && c.lx.isRoleDet(toks[k].lower) && isCapitalised(toks[k+1].word) {
			k++
		}
		if k >= len(toks) || !isCapitalised(toks[k].word) || c.determiner(toks[k].lower) {
			continue
		}
		if o := c.orgAt(toks[k:]); o != "" {
			return o
		}
	}
	return ""
}

// clausePart is toks up to and with the first comma or full stop, at
// most max words.
func clausePart(toks []token, max int) []token {
	for i, t := range toks {
		if i+1 >= max || t.comma || t.stop {
			return toks[:i+1]
		}
	}
	return toks
}

// orgSubject reads an organisation named as the subject of a verb that
// leads into a quote, the words after its name in lower case:
// "Kementerian Kesehatan dalam keterangannya menyebutkan, “…”" gives
// "Kementerian Kesehatan". toks are the words before the verb, from the
// clause's start. (After a quote the same words may lead into the next
// one: '“…” (UPS corporate communications said, “…”)'.)
func (c *quoteCtx) orgSubject(toks []token) string {
	for k := len(toks) - 2; k >= 0; k-- {
		if toks[k].comma || toks[k].stop {
			toks = toks[k+1:]
			break
		}
	}
	for len(toks) > 1 && isCapitalised(toks[1].word) && !toks[0].comma && !c.lx.isRoleDet(toks[0].lower) && (c.lx.isStopword(toks[0].lower) || c.lx.isOpener(toks[0].word)) {
		toks = toks[1:] // "Namun Dinas Kesehatan menyebutkan"
	}
	definite := false
	if len(toks) > 1 && c.lx.isRoleDet(toks[0].lower) && isCapitalised(toks[1].word) && !c.lx.isStopword(toks[1].lower) && !isNumber(toks[1].word[:1]) {
		// "the DEA says", "die Deutsche Bahn teilte mit": a definite
		// article before the organisation's name is no part of it.
		toks, definite = toks[1:], true
	}
	if len(toks) == 0 || !isCapitalised(toks[0].word) || c.determiner(toks[0].lower) {
		return ""
	}
	o := c.orgAt(toks)
	if o == "" && definite {
		o = c.namedBody(toks)
	}
	if o == "" {
		return ""
	}
	for _, t := range toks[countFields(o):] {
		if !isLower(t.word) || c.isPronoun(t.word) {
			return ""
		}
	}
	return o
}

// namedBody is the capitalised name opening toks, the words after a
// definite article and before a verb ("le Kremlin a reconnu", "the
// Pentagon said"), when it is a body's name: a person's name takes no
// article, so capitalised words after one that name no one the cast
// knows, open with no given name, read as no person's name and are no
// title or person noun, are an organisation or a place speaking for
// one. Not where every noun is capitalised ("der Vater sagte"): there
// the capitals after an article are any noun's. "" when none.
func (c *quoteCtx) namedBody(toks []token) string {
	if c.capNouns {
		return ""
	}
	n := 0
	for n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && !toks[n].stop {
		n++
		if toks[n-1].comma {
			break
		}
	}
	if n == 0 {
		return ""
	}
	ws, lws := tokenWords(toks[:n]), tokenLowers(toks[:n])
	for _, l := range lws {
		if c.lx.isTitleWord(l) || c.lx.personNouns[l] != "" || c.lx.anonSources[l] || c.isPronoun(l) {
			return ""
		}
	}
	if c.lx.isGivenName(lws[0]) || c.cast.findLower(ws[n-1], lws[n-1]) != nil || c.lx.kindOfWords(strings.Join(ws, " "), ws, lws, c.lang) == kindPerson {
		return ""
	}
	for _, t := range toks[n:] {
		if !c.lx.auxiliaries[t.lower] && !c.isVerbAdverb(t.lower) {
			return "" // "the Trump administration said": the name modifies a noun
		}
	}
	return strings.Join(ws, " ")
}

// complementPhrase is the subject phrase as written when toks, the words
// before a reporting verb, open their clause with a person the article
// does not name and a complement that holds a capitalised name: an
// indefinite and its noun ("one user on Weibo", "a lawyer for Dana
// Whit") or a definite plural of people ("The authors of the research
// published in the journal X", "the lawyers for Dana Whit"). The name
// in the complement is no speaker; the phrase ends after the
// complement's noun or name (a participle or clause after it goes). It
// is "" for any other subject, which is left to the names' rules.
//
// "One user on Weibo, which is …, posted": the phrase may open a longer
// subject, set off from a relative clause by a comma; the clause after
// the last comma, or after a clause opener ("According to AFP, …"), is
// tried first.
func (c *quoteCtx) complementPhrase(toks []token) string {
	if c.capNouns {
		return "" // (every noun is capitalised: no name tells itself apart)
	}
	last := -1 // the last comma or full stop before the verb
	for k := len(toks) - 2; k >= 0; k-- {
		if toks[k].comma || toks[k].stop {
			last = k
			break
		}
	}
	if clause := toks[last+1:]; len(clause) <= maxUnnamedWords+4 {
		if d, _ := c.complementAt(clause); d != "" {
			return d
		}
	}
	if last < 0 {
		return ""
	}
	// The phrase, then a relative clause set off by commas.
	for k := 0; k < last && k < maxSubjectLead; k++ {
		if k > 0 && !toks[k-1].comma && !toks[k-1].stop {
			continue
		}
		if d, end := c.complementAt(toks[k:]); d != "" && end < len(toks)-k && toks[k+end-1].comma && c.lx.relatives[toks[k+end].lower] {
			return d
		}
	}
	return ""
}

// complementAt is complementPhrase of a clause that toks open, and how
// many of toks the phrase takes (with a conjunction before it).
func (c *quoteCtx) complementAt(toks []token) (string, int) {
	off := 0
	for len(toks) > 1 && c.lx.isConjunction(toks[0].lower) {
		toks, off = toks[1:], off+1 // "But one user on Weibo posted"
	}
	if len(toks) < 4 || !isLower(toks[1].word) {
		return "", 0
	}
	indef := c.lx.isIndefinite(toks[0].lower) && len(toks[0].word) > 1
	if !indef && !(c.lx.isRoleDet(toks[0].lower) && c.pluralPerson(toks[1].lower)) {
		return "", 0
	}
	// The head: lower-case words after the determiner, up to the
	// complement's preposition.
	n := 1
	for n < len(toks) && n < 4 && isLower(toks[n].word) && !c.lx.isStopword(toks[n].lower) && !toks[n].comma && !toks[n].stop {
		if v, _ := c.verbLower(toks[n].lower); v {
			return "", 0
		}
		n++
	}
	if n == 1 || n >= len(toks)-1 || !c.lx.isStopword(toks[n].lower) || !isLower(toks[n].word) ||
		c.lx.isConjunction(toks[n].lower) || c.lx.relatives[toks[n].lower] || c.determiner(toks[n].lower) || toks[n].comma || toks[n].stop {
		return "", 0
	}
	if !indef && !c.pluralPerson(toks[n-1].lower) {
		return "", 0
	}
	// The complement: its determiners, then a capitalised name or a
	// lower-case noun phrase.
	end := n + 1
	for end < len(toks) && isLower(toks[end].word) && c.determiner(toks[end].lower) {
		end++
	}
	if end >= len(toks) {
		return "", 0
	}
	named := false
	if isCapitalised(toks[end].word) {
		for end < len(toks) && isCapitalised(toks[end].word) {
			end++
			named = true
			if toks[end-1].comma || toks[end-1].stop {
				break
			}
		}
	} else {
		for m := 0; end < len(toks) && m < 3 && isLower(toks[end].word) && !c.lx.isStopword(toks[end].lower) &&
			!strings.HasSuffix(toks[end].lower, "ed") && !strings.HasSuffix(toks[end].lower, "ing"); m++ {
			end++
			if toks[end-1].comma || toks[end-1].stop {
				break
			}
		}
	}
	if !named {
		// The name comes later in the clause ("published in the
		// journal X"): there must be one for the rule to matter.
		for _, t := range toks[end:] {
			if isCapitalised(t.word) {
				named = true
				break
			}
		}
	}
	if !named || end == n+1 {
		return "", 0
	}
	return rawPhrase(toks[:end]), off + end
}

// possessedRole is the subject phrase as written when toks, the words
// before a reporting verb (or after it, with prefix set), are a name's
// possessive and a role noun: "Swift's rep", "Dolly Vance's lawyer".
// The role's holder is someone the article does not name (FIELDS.md: the
// role as written), not the owner and not the last speaker; when the
// article named someone with that role ("her lawyer, Tom Reyes"), it is
// "" and the role is left to the cast. With prefix, the phrase opens
// toks and may be followed by more words; without it, it ends its clause.
func (c *quoteCtx) possessedRole(toks []token, prefix bool) string {
	if c.capNouns {
		return ""
	}
	if !prefix {
		for k := len(toks) - 2; k >= 0; k-- {
			if toks[k].comma || toks[k].stop {
				toks = toks[k+1:]
				break
			}
		}
		for len(toks) > 1 && c.lx.isConjunction(toks[0].lower) {
			toks = toks[1:]
		}
	}
	p := 0 // the possessive's index
	for p < len(toks) && p < maxNameWords && isCapitalised(toks[p].word) && !toks[p].comma && !toks[p].stop && !possessiveRaw(toks[p].raw) {
		p++
	}
	if p >= len(toks)-1 || p >= maxNameWords || !isCapitalised(toks[p].word) || toks[p].comma || toks[p].stop || !possessiveRaw(toks[p].raw) {
		return ""
	}
	noun := toks[p+1]
	if !isLower(noun.word) || c.lx.personNouns[noun.lower] == "" && !c.lx.isTitle(noun.lower) {
		return ""
	}
	if !prefix && p+2 != len(toks) {
		return ""
	}
	if prefix && p+2 < len(toks) && !noun.comma && !noun.stop && isCapitalised(toks[p+2].word) {
		return "" // "Vance's lawyer Tom Reyes": the holder named
	}
	if c.cast.byRole(noun.lower) != nil {
		return ""
	}
	return rawPhrase(toks[:p+2])
}

// possessiveRaw says raw, a word as printed, is a possessive: "Swift's",
// "Vance’s", "Jones'".
func possessiveRaw(raw string) bool {
	raw = strings.TrimRight(raw, ",;:.")
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(raw, suf) && len(raw) > len(suf)+1 {
			return true
		}
	}
	return false
}
