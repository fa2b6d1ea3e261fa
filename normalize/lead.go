package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes in a script without spaces whose language marks no subject
// with a particle (Chinese). The speaker and the reporting verb stand
// right before the quote ("王小明表示：「…」", "他說：“…”") or right
// after it ("「…」王小明說。"); an office stands before the name
// ("外交部長王小明"), sometimes after it. leadAttribution reads these
// forms from the lexicon's unspaced sections of the language: the
// language lists reporting verbs and no quotative particle.

// maxLeadSubject is the longest subject, in letters, read next to a
// reporting verb: an office and a name ("行政院發言人王小明").
const maxLeadSubject = 12

// leadPunct are the marks that end the run of a subject before its
// verb, or a verb's clause before a quote.
const leadPunct = "，。、；：,.;:！？!?「」“”『』（）() \u00a0"

// leadAttribution is unspacedAttribution for a language without
// particles: the subject and the verb after the quote, before the end
// of its sentence, else the subject and the verb ending the text before
// it (a colon or a comma between).
func (c *quoteCtx) leadAttribution(u *unspacedLex, after string) (a attribution, ok bool) {
	sent := strings.TrimLeft(after, "，, \u00a0")
	if k := strings.IndexAny(sent, "。「“，,"); k >= 0 {
		sent = sent[:k]
	}
	if at, verb := u.verbIn(sent); at >= 0 && (at == 0 || !strings.ContainsAny(sent[:at], leadPunct)) {
		a.cue = verb
		if at > 0 {
			c.fillLead(u, &a, sent[:at])
		}
		return a, true
	}
	before := strings.TrimRight(unquotedUnspaced(unquotedSpaced(c.paraBefore)), " \u00a0")
	before = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(before, " \u00a0"), "「"), "“"), " \u00a0")
	trimmed := strings.TrimRight(before, "：:，, \u00a0")
	if trimmed == before {
		// "…的「…」": a quotation inside a clause, with no colon or
		// comma after a verb before it, names a thing.
		return attribution{}, false
	}
	for _, v := range u.verbs {
		if !strings.HasSuffix(trimmed, v) {
			continue
		}
		subj := trimmed[:len(trimmed)-len(v)]
		if k := strings.LastIndexAny(subj, leadPunct); k >= 0 {
			_, n := utf8.DecodeRuneInString(subj[k:])
			subj = subj[k+n:]
		}
		a.cue = v
		if subj != "" {
			c.fillLead(u, &a, subj)
		}
		return a, true
	}
	return attribution{}, false
}

// verbIn is the first reporting verb of u in s and where it stands; -1
// when none.
func (u *unspacedLex) verbIn(s string) (int, string) {
	at, verb := -1, ""
	for _, v := range u.verbs {
		if k := strings.Index(s, v); k >= 0 && (at < 0 || k < at || k == at && len(v) > len(verb)) {
			at, verb = k, v
		}
	}
	return at, verb
}

// fillLead writes the subject s, the words before a reporting verb,
// into a: a pronoun leaves a empty (the last speaker goes on); an office
// and a name give the name ("外交部長王小明" → "王小明", "王小明部長" →
// "王小明"); anything else, an office alone ("發言人"), a surname and an
// office ("林部長") or a person described ("一名官員", opening with a
// numeral or a demonstrative), is written as it stands. Adverbs before the verb ("也") are no
// part of it.
func (c *quoteCtx) fillLead(u *unspacedLex, a *attribution, s string) {
	for again := true; again; {
		again = false
		for _, adv := range u.adverbs {
			if t, ok := strings.CutSuffix(s, adv); ok && t != "" {
				s, again = t, true
			}
		}
	}
	if s == "" || utf8.RuneCountInString(s) > maxLeadSubject || u.pronouns[s] || !allHan(s) {
		return
	}
	// An office before the name: the name is what follows the last
	// office word in s.
	cut := -1
	for _, t := range u.titles {
		if k := strings.LastIndex(s, t); k >= 0 && k+len(t) > cut {
			cut = k + len(t)
		}
	}
	if cut > 0 && cut < len(s) {
		if n := utf8.RuneCountInString(s[cut:]); n >= 2 && n <= 4 {
			a.name = s[cut:]
			return
		}
	}
	if cut == len(s) {
		// "王小明部長": an office after the name.
		for _, t := range u.titles {
			if name, ok := strings.CutSuffix(s, t); ok {
				if n := utf8.RuneCountInString(name); n >= 2 && n <= 4 && !u.holdsTitle(name) && !u.opensWithDeterminer(name) {
					a.name = name
					return
				}
			}
		}
		a.descr = s
		return
	}
	if n := utf8.RuneCountInString(s); n >= 2 && n <= 4 && !u.opensWithDeterminer(s) {
		a.name = s
		return
	}
	a.descr = s
}

// opensWithDeterminer says s opens with a numeral or a demonstrative
// ("一名官員", "該名男子"): a person described, not named.
func (u *unspacedLex) opensWithDeterminer(s string) bool {
	for _, d := range u.determiners {
		if strings.HasPrefix(s, d) {
			return true
		}
	}
	return false
}

// holdsTitle says s holds one of u's offices.
func (u *unspacedLex) holdsTitle(s string) bool {
	for _, t := range u.titles {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// allHan says s is written in Han letters only.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
