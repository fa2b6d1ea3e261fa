package normalize

import (
	"strings"
	"unicode/utf8"
)

// maxImpersonalSource bounds the words of the body an impersonal report
// comes from ("aus dem Bundesministerium des Innern").
const maxImpersonalSource = 5

// impersonal reads an impersonal report leading into a quote whose
// sentence opens with the body it comes from: "Aus dem Ministerium heißt
// es, man werde „…“", "Du côté de l'Élysée, on indique que « … »", "Dari
// kepolisian disebutkan, “…”". FIELDS.md lets an organisation speak where
// the article says so, and here it does: the body, without its
// determiner, is the speaker — never the last person who spoke, whom the
// impersonal form leaves out. toks are the quote's lead-in sentence; the
// source phrase must open it ([impersonal-from]) and stand right before
// the cue ([impersonal-cues]), and hold an organisation's word.
func (c *quoteCtx) impersonal(toks []token) (attribution, bool) {
	for _, from := range c.lx.impersonalFrom {
		if len(toks) <= len(from) || !tokensAre(toks, from) || toks[len(from)-1].comma {
			continue
		}
		rest := toks[len(from):]
		for i := 1; i < len(rest) && i <= maxImpersonalSource+1; i++ {
			for _, cue := range c.lx.impersonalCues {
				if !tokensAre(rest[i:], cue) || !isLower(rest[i].word) {
					continue
				}
				if src := c.impersonalSource(rest[:i]); src != "" {
					return attribution{descr: src, cue: joinWords(rest[i : i+len(cue)])}, true
				}
				return attribution{}, false
			}
			if rest[i-1].stop || rest[i-1].comma && i < len(rest) && !c.impersonalCueAt(rest[i:]) {
				break
			}
		}
	}
	return attribution{}, false
}

// impersonalCueAt says an impersonal cue opens toks.
func (c *quoteCtx) impersonalCueAt(toks []token) bool {
	for _, cue := range c.lx.impersonalCues {
		if tokensAre(toks, cue) {
			return true
		}
	}
	return false
}

// impersonalSource is the body toks name, the words between the source
// preposition and the cue: its words as written less a leading
// determiner (also one elided onto the noun: "l'Élysée"), when one of
// them is an organisation's word or the name is capitalised and no
// person of the cast; "" otherwise.
func (c *quoteCtx) impersonalSource(toks []token) string {
	if len(toks) > 0 && c.determiner(toks[0].lower) && !toks[0].comma {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return ""
	}
	ws := make([]string, 0, len(toks))
	org := false
	for k, t := range toks {
		w := strings.TrimRight(t.raw, ",;:")
		if k == 0 {
			if h := strings.IndexAny(w, "'’"); h > 0 && h <= 2 {
				w = w[h+len(string([]rune(w[h:])[0])):] // "l'Élysée"
			}
		}
		l := strings.ToLower(w)
		if c.isOrgNoun(l) || c.lx.isOrgWordIn(l, c.lang) || c.lx.orgHeadOf(l, c.lang) {
			org = true
		}
		ws = append(ws, w)
	}
	name := strings.Join(ws, " ")
	if !org && (!isCapitalised(ws[0]) || c.capNouns || c.cast.find(name) != nil) {
		return ""
	}
	return name
}

// orgHeadOf says l is a compound whose head is an organisation's word in
// lang ("innenministerium", "stadtverwaltung"), the head at least
// minTitleStem bytes from the start, as genderOfTitle reads a compound
// office.
func (lx *lexicon) orgHeadOf(l, lang string) bool {
	for i := minTitleStem; i < len(l)-3; i++ {
		if utf8.RuneStart(l[i]) && lx.isOrgWordIn(l[i:], lang) {
			return true
		}
	}
	return false
}
