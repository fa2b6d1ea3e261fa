package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes attributed by particles in a language that spaces its words
// (Korean). Korean prints speech in “ ”, then the quotative particle
// glued to the closing mark and a reporting verb ("“…”고 말했다", "“…”
// 라고 밝혔다"), or a saying form alone ("“…”이라며 …"); the speaker is
// the subject of the sentence, a word carrying the topic mark before the
// quote ("이 당선인은 … “…”고 강조했다"). Offices follow the name ("김민
// 호 장관은"); a later mention gives the surname and the office ("김
// 장관은"), which stand for the full name the article gave with that
// office. Names are not capitalised, so the name readers of the other
// spaced languages read nothing here: spacedAttribution reads these forms
// from the lexicon's unspaced sections of the language (ko.lex).

// maxSpacedSubjectWords is how many words before a subject's head word
// an office's holder is looked for ("이재명 제21대 대통령 당선인은").
const maxSpacedSubjectWords = 3

// spacedAttribution is unspacedAttribution for a spaced language.
func (c *quoteCtx) spacedAttribution(u *unspacedLex, after string) (a attribution, ok bool) {
	part := u.particleAt(after)
	sent := after[len(part):]
	if k := strings.IndexAny(sent, "“\"「"); k >= 0 {
		sent = sent[:k]
	}
	if k := strings.Index(sent, ". "); k >= 0 {
		sent = sent[:k+1]
	}
	at, verb := -1, ""
	for _, v := range u.verbs {
		if k := strings.Index(sent, v); k >= 0 && (at < 0 || k < at) {
			at, verb = k, v
		}
	}
	if at < 0 || part == "" && at > 0 {
		// No verb; or no particle and the verb is not glued to the
		// mark ("“…”이라며"): the words are a name or a thing.
		return attribution{}, false
	}
	a.cue = wordAround(sent, at, at+len(verb))
	if s := u.spacedSubject(sent[:at]); s != "" && !u.pronouns[s] {
		// "“…”고 김 장관은 말했다": the subject after the particle.
		c.fillSpaced(u, &a, s)
		return a, true
	}
	// The subject of the quote's sentence, before the quote, or where
	// the quote opens its sentence the topic of the sentence before it
	// in the paragraph, which goes on. A pronoun ("그는") stands for the
	// topic of the sentence before it ("엘리나는 …했다. 그는 “…”고
	// 말했다"); with none there, for the last speaker.
	sents := strings.Split(unquotedSpaced(c.paraBefore), ". ")
	pronoun := false
	for i := len(sents) - 1; i >= 0 && i >= len(sents)-2 || pronoun && i >= 0 && i >= len(sents)-3; i-- {
		s := u.spacedSubject(sents[i])
		if s == "" {
			continue
		}
		if u.pronouns[s] {
			if pronoun {
				break
			}
			pronoun = true
			continue
		}
		c.fillSpaced(u, &a, s)
		break
	}
	return a, true
}

// wordAround is the whole word of s holding s[i:j].
func wordAround(s string, i, j int) string {
	start := strings.LastIndexAny(s[:i], " \u00a0") + 1
	end := len(s)
	if k := strings.IndexAny(s[j:], " \u00a0.,"); k >= 0 {
		end = j + k
	}
	return s[start:end]
}

// unquotedSpaced is s without the words inside “ ”, the marks kept.
func unquotedSpaced(s string) string { return unquotedBetween(s, '“', '”') }

// spacedSubject is the subject of the clause s: its first word carrying a
// subject mark at its end, with the words before it that belong to it
// (the name before an office), "" when none. A word whose stem ends as a
// case ending or a verb does ("에서는", "하는") is no subject; nor is a
// stem of one letter that is not a pronoun (an adjective before its
// noun: "잦은", "많은").
func (u *unspacedLex) spacedSubject(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		w = strings.TrimRight(w, ",")
		for _, m := range u.marks {
			stem, ok := strings.CutSuffix(w, m)
			if !ok || stem == "" || !hangulWord(stem) {
				continue
			}
			if u.stemEnds != nil && hasAnySuffix(stem, u.stemEnds) {
				continue
			}
			if utf8.RuneCountInString(stem) < 2 && !u.pronouns[stem] {
				continue
			}
			if i+1 < len(words) && u.markedTitle(strings.TrimRight(words[i+1], ",")) {
				// "정다은 의장은": a name ending as the mark does,
				// its office marked after it; the office's word is
				// the subject's head.
				break
			}
			if !u.isTitle(stem) || i == 0 {
				return stem
			}
			// "김민호 장관은", "이 당선인은", "윤 전 대통령은": the
			// words before an office, back to its holder's name.
			k := i - 1
			for k > 0 && i-k < maxSpacedSubjectWords && u.isTitle(words[k]) {
				k--
			}
			return strings.Join(append(append([]string{}, words[k:i]...), stem), " ")
		}
	}
	return ""
}

// markedTitle says w is one of u's offices with a subject mark glued.
func (u *unspacedLex) markedTitle(w string) bool {
	for _, m := range u.marks {
		if stem, ok := strings.CutSuffix(w, m); ok && u.isTitle(stem) {
			return true
		}
	}
	return false
}

// isTitle says w is one of u's offices.
func (u *unspacedLex) isTitle(w string) bool {
	for _, t := range u.titles {
		if w == t {
			return true
		}
	}
	return false
}

// hasAnySuffix says s ends with one of sufs.
func hasAnySuffix(s string, sufs []string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// hangulWord says w holds Hangul letters only.
func hangulWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return w != ""
}

// fillSpaced writes the subject s into a: a pronoun leaves a empty (the
// last speaker goes on); a name with its offices gives the name ("김민호
// 장관" → "김민호"); a surname and an office give the full name the
// article printed with that office ("김 장관" → "김민호"), or the phrase
// as written when it printed none; an office or a body alone ("경찰
// 관계자", "검찰") is the phrase as written.
func (c *quoteCtx) fillSpaced(u *unspacedLex, a *attribution, s string) {
	if u.pronouns[s] {
		return
	}
	words := strings.Fields(s)
	last := words[len(words)-1]
	if !u.isTitle(last) {
		a.name = s
		return
	}
	head := words[0]
	switch n := utf8.RuneCountInString(head); {
	case u.isTitle(head) || u.unnamed[last]:
		// (An office and its holder unnamed: "경찰 관계자", "업계
		// 관계자" — the body's word is no name, however long.)
		a.descr = s
	case n == 1:
		if full := c.spacedFullName(u, head, last); full != "" {
			a.name = full
		} else {
			a.descr = s
		}
	case n == 3 || n == 4:
		// A Korean name: a surname of one letter and a given name of
		// two (rarely three); a shorter or a longer word before an
		// office is a body ("경찰 관계자"), written as it stands.
		a.name = head
	default:
		a.descr = s
	}
}

// spacedFullName is the full name, in the article's paragraphs, that
// opens with surname and is printed a few words before office (with
// other offices or a ministry between: "이재명 대통령 당선인", "김민호
// 교육부 장관"), "" when none is.
func (c *quoteCtx) spacedFullName(u *unspacedLex, surname, office string) string {
	for _, p := range c.paras {
		words := strings.Fields(p)
		for i, w := range words {
			if i == 0 || !strings.HasPrefix(w, office) {
				continue
			}
			// "김민호 교육부 장관": the name may stand a few words
			// before the office, its ministry or party between.
			for k := i - 1; k >= 0 && i-k <= maxSpacedSubjectWords; k-- {
				name := words[k]
				if n := utf8.RuneCountInString(name); (n == 3 || n == 4) && strings.HasPrefix(name, surname) && hangulWord(name) && !u.isTitle(name) {
					return name
				}
			}
		}
	}
	return ""
}
