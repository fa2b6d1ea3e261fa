package normalize

import "strings"

// minBodyStem bounds the body nouns a compound may end in where every
// noun is capitalised ("Landesregierung" ends in "regierung"): shorter
// entries would match inside unrelated words.
const minBodyStem = 6

// bodySubject reads toks, the subject of a reporting verb, as a body or
// a group that speaks as itself: a definite determiner and a body noun
// ("the police", "die Familie", "las autoridades", "la préfecture",
// "pihak kepolisian"), or a body noun that speaks bare ("police",
// "polisi", the Swedish definite "polisen"). FIELDS.md gives a speaker the
// article never names as written, and an organisation speaks where the
// article says so: the phrase is the speaker, never the person who spoke
// last. The phrase must end the subject — toks end with it, a comma or a
// full stop closes it, or a lower-case function word follows it ("… in a
// statement", "teilte die Polizei mit"), past a complement of one word
// ([body-complements]: "the family of the victim", kept whole) — so that
// "the police chief" or "die Polizei Hamburg" are left to the readers of
// roles and names. A person's role noun ("the minister", "der Trainer") is no
// body noun: it stands for the member of the cast who holds it. Returns
// the phrase as written and its length in tokens; "", 0 when toks open
// otherwise.
func (c *quoteCtx) bodySubject(toks []token) (string, int) {
	n := 0
	switch {
	case len(toks) > 1 && c.lx.bodyDets[toks[0].lower] && !toks[0].comma && !toks[0].stop && c.isBodyNoun(toks[1], false):
		n = 2
	case len(toks) > 0 && c.isBodyNoun(toks[0], true):
		// (A bare body noun may open its sentence: "Police said".)
		n = 1
	default:
		return "", 0
	}
	if n < len(toks) && c.lx.adjAfterNoun[c.lang] && !toks[n-1].comma && !toks[n-1].stop && isLower(toks[n].word) &&
		!c.lx.isStopword(toks[n].lower) && !c.lx.bodyComplements[toks[n].lower] {
		if v, _ := c.verbLower(toks[n].lower); !v {
			// "la police nationale", "le ministère russe de la
			// Défense", "el gobierno español": one adjective after
			// the noun, where the language puts it there.
			n++
		}
	}
	if n < len(toks) && !toks[n-1].comma && !toks[n-1].stop && c.lx.bodyComplements[toks[n].lower] {
		// "the family of the victim", "la familia del conductor": the
		// complement, a determiner and one word, is part of the phrase.
		j := n + 1
		if j < len(toks) && c.isDet(toks[j].lower) && !toks[j].comma && !toks[j].stop {
			j++
		}
		if j >= len(toks) {
			return "", 0
		}
		n = j + 1
	}
	if n < len(toks) && !toks[n-1].comma && !toks[n-1].stop && (!isLower(toks[n].word) || !c.lx.isStopword(toks[n].lower) || c.lx.bodyComplements[toks[n].lower]) {
		return "", 0
	}
	return rawPhrase(toks[:n]), n
}

// isBodyNoun says t is a body noun ([body-nouns]; with bare, one that
// speaks without a determiner, [bare-body-nouns], which may open its
// sentence capitalised). Where
// every noun is capitalised a compound ending in one is one too
// ("Bundesregierung", "Landespolizei"); elsewhere a body noun after its
// determiner is written in lower case ("the Police" is a band).
func (c *quoteCtx) isBodyNoun(t token, bare bool) bool {
	set := c.lx.bodyNouns
	if bare {
		set = c.lx.bareBodyNouns
	}
	if set[t.lower] {
		return c.capNouns || bare || isLower(t.word)
	}
	if !c.capNouns {
		return false
	}
	for g := range set {
		if len(g) >= minBodyStem && len(t.lower) > len(g) && strings.HasSuffix(t.lower, g) {
			return true
		}
	}
	return false
}

// wholeBody is the body subj names when the body's phrase is the whole of
// subj, but for the verb's auxiliaries ("The police said", "La préfecture
// a indiqué"; not "the police chief said"); "" otherwise.
func (c *quoteCtx) wholeBody(subj []token) string {
	k := len(subj)
	for k > 0 && c.lx.auxiliaries[subj[k-1].lower] && isLower(subj[k-1].word) {
		k--
	}
	if d, n := c.bodySubject(subj[:k]); n > 0 && n == k {
		return d
	}
	return ""
}
