package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes in a script written without spaces between words (Japanese).
// Such text prints a quotation in 「 」 and attributes it with the
// quotative particle and a verb after the closing mark ("「…」と語った",
// "「…」と記者団に述べた"), the speaker being the subject of the
// sentence, marked by a particle ("山田太郎首相は14日、「…」と述べた").
// Names are not capitalised, so the cast and the name readers of the
// spaced languages read nothing there; unspacedAttribution reads these
// forms from the lexicon's unspaced sections of the language.

// minUnspacedQuoteRunes is the shortest direct quotation in a script
// without spaces, in letters: about four words ("橋の補修を今年中に急ぐべきだ",
// fourteen, is speech; a button's label of three words, "設定の画面を開く",
// eight, and a phrase quoted in a headline are shorter).
const minUnspacedQuoteRunes = 12

// maxUnspacedSubject is the longest subject, in letters, read before a
// subject mark: longer runs are clauses, not a person or an office.
const maxUnspacedSubject = 24

// unspacedLex is one language's attribution data (lexicon sections
// unspaced-quote-particles, unspaced-quote-verbs, unspaced-subject-marks,
// unspaced-title-suffixes, unspaced-pronouns, unspaced-spaced).
type unspacedLex struct {
	particles []string // quotative particles after the closing mark, longest first: "と"; "라고", "고"
	verbs     []string // reporting verbs after the quotative particle: "語った"
	marks     []string // particles that mark the subject, in order of preference: "は", "が"
	titles    []string // offices and honorifics written after a name: "首相", "氏"
	// spaced says the language puts spaces between its words, its
	// particles glued to the word they follow (Korean: "이 당선인은",
	// "“…”고 말했다"): see spaced.go.
	spaced   bool
	pronouns map[string]bool // subjects that stand for someone named before: "그", "그녀"
	// stemEnds are endings of a word before a subject mark that make
	// it no subject: a case ending before the topic mark ("에서는",
	// "in … as for"), a verb's stem before the adnominal ending ("하는").
	stemEnds []string
	// adverbs are the words that stand between a subject and its verb
	// in a language without particles ("他也表示"): no part of it.
	adverbs []string
	// determiners are the numerals and demonstratives that open a
	// description of a person, no name ("一名", "該名").
	determiners []string
	// unnamed are the titles (also in titles) that follow a body, never
	// a person's name ("관계자", an official): the subject they end is
	// the phrase as written.
	unnamed map[string]bool
}

// particleAt is the longest quotative particle s opens with, "" when none.
func (u *unspacedLex) particleAt(s string) string {
	best := ""
	for _, p := range u.particles {
		if len(p) > len(best) && strings.HasPrefix(s, p) {
			best = p
		}
	}
	return best
}

// unspacedWords reports whether text is written in a script without
// spaces: it holds no space and at least one Han, Hiragana or Katakana
// letter.
func unspacedWords(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || strings.ContainsAny(text, " \u00a0\t") {
		return false
	}
	for _, r := range text {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// unspacedQuote says text, written without spaces, is long enough to be
// speech: minUnspacedQuoteRunes letters or digits at least. Japanese
// speech holds Hiragana (its particles and endings): a quote in Kana
// without any is a name or a title in Katakana ("「サクラマラソンカップ」").
func unspacedQuote(text string) bool {
	n, kana, hira := 0, false, false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
		if unicode.In(r, unicode.Hiragana) {
			hira = true
		} else if unicode.In(r, unicode.Katakana) {
			kana = true
		}
	}
	return n >= minUnspacedQuoteRunes && (hira || !kana)
}

// unspacedAttribution reads the attribution of a quote in a language
// written without spaces: a reporting verb in the sentence after the
// closing mark, led by the quotative particle, and the subject of the
// sentence, before the quote or between the particle and the verb. ok
// is false when the language has no such data or no verb follows; a
// verb with no subject leaves a.name and a.descr empty (the last
// speaker goes on).
func (c *quoteCtx) unspacedAttribution(after string) (a attribution, ok bool) {
	u := c.lx.unspaced[c.lang]
	if u == nil {
		return attribution{}, false
	}
	after = strings.TrimLeft(after, " \u00a0")
	if u.spaced {
		return c.spacedAttribution(u, after)
	}
	if len(u.particles) == 0 {
		return c.leadAttribution(u, after)
	}
	part := u.particleAt(after)
	rest := after[len(part):]
	if part == "" || strings.HasPrefix(rest, "いう") || strings.HasPrefix(rest, "いった") || strings.HasPrefix(rest, "して") || strings.HasPrefix(rest, "し、") {
		// "「…」という立場を表明した", "「…」として": the quotation
		// names a thing or a position, no one's words said.
		return attribution{}, false
	}
	sent := rest
	if k := strings.IndexAny(sent, "。「"); k >= 0 {
		sent = sent[:k]
	}
	at, verb := -1, ""
	for _, v := range u.verbs {
		if k := strings.Index(sent, v); k >= 0 && (at < 0 || k < at) {
			at, verb = k, v
		}
	}
	if at < 0 {
		return attribution{}, false
	}
	a.cue = part + sent[:at] + verb
	if at > 0 {
		// "「…」と山田氏は語った": the subject after the particle.
		if s := u.subjectIn(sent[:at]); s != "" {
			u.fill(&a, s)
			return a, true
		}
		a.cue = part + verb // "と記者団に語った": the verb as written
	}
	// The subject of the quote's sentence, before the quote, or where
	// the quote opens its sentence the topic of the sentence before it
	// in the paragraph, which goes on ("男性は…語った。「…」と語る。").
	sents := strings.Split(unquotedUnspaced(c.paraBefore), "。")
	for i := len(sents) - 1; i >= 0 && i >= len(sents)-2; i-- {
		if s := u.subjectIn(sents[i]); s != "" {
			u.fill(&a, s)
			break
		}
	}
	return a, true
}

// unquotedUnspaced is s with the words inside 「 」 left out, the marks
// kept: the subject of a sentence lies outside its quotations, whose
// full stops end no sentence of the text.
func unquotedUnspaced(s string) string { return unquotedBetween(s, '「', '」') }

// unquotedBetween is s with the words between open and close left out,
// nested pairs included, the outermost marks kept.
func unquotedBetween(s string, open, close rune) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == open:
			if depth == 0 {
				b.WriteRune(r)
			}
			depth++
		case r == close && depth > 0:
			depth--
			if depth == 0 {
				b.WriteRune(r)
			}
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// trimAgeBracket is s without an age or a number in brackets after a
// person ("女子学生（21）"): no part of the subject as the article
// names it.
func trimAgeBracket(s string) string {
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
		i := strings.Index(s, br[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i:], br[1])
		if j < 0 {
			continue
		}
		inner := s[i+len(br[0]) : i+j]
		if inner != "" && strings.Trim(inner, "0123456789０１２３４５６７８９") == "" {
			s = s[:i] + s[i+j+len(br[1]):]
		}
	}
	return s
}

// subjectIn is the subject of the clause s: the words before the first
// subject mark of u (in the order of u.marks), after the last comma
// before it — or, where a comma follows that mark and the same mark
// follows the last comma, the words between them; "" when no mark is
// there or the run before it is no subject (too long, holding a
// quotation mark or a bracket).
func (u *unspacedLex) subjectIn(s string) string {
	for _, m := range u.marks {
		k := strings.Index(s, m)
		if k <= 0 {
			continue
		}
		if j := strings.LastIndex(s, "、"); j > k {
			// "大会は終わったものの、協会は「…」": a clause before the
			// comma has a topic of its own; the quote's subject is the
			// one after the last comma, when a mark follows it there.
			if l := strings.Index(s[j:], m); l > len("、") {
				k = j + l
			}
		}
		subj := s[:k]
		if j := strings.LastIndex(subj, "、"); j >= 0 {
			subj = subj[j+len("、"):]
		}
		subj = trimAgeBracket(strings.TrimSpace(subj))
		if utf8.RuneCountInString(subj) > maxUnspacedSubject {
			// "…協議を長く仲介してきたノルウェーの外務省報道官": a relative
			// clause, closed by a verb's ending in Hiragana, before
			// the noun phrase it describes.
			subj = afterClause(subj)
		}
		if subj == "" || utf8.RuneCountInString(subj) > maxUnspacedSubject || strings.ContainsAny(subj, "「」『』（）()“”\"") {
			return ""
		}
		return subj
	}
	return ""
}

// afterClause is s after its last run of two Hiragana letters or more
// (a verb's or an adjective's ending closing a relative clause: "…して
// いる"), which "の" alone is not; s itself when there is none.
func afterClause(s string) string {
	end, run := -1, 0
	for i, r := range s {
		if unicode.In(r, unicode.Hiragana) {
			run++
			continue
		}
		if run >= 2 {
			end = i
		}
		run = 0
	}
	if end < 0 {
		return s
	}
	return s[end:]
}

// fill writes the subject s into a: a name without the office or
// honorific written after it ("山田太郎首相" → "山田太郎", "ネタニヤフ首相"
// → "ネタニヤフ"), or, when s describes someone by a phrase ("ノルウェー
// の外務省報道官", holding the possessive particle) or is an office
// alone ("首相"), the phrase as written.
func (u *unspacedLex) fill(a *attribution, s string) {
	// "臨時の委員会で藤原真理議員": a place or an occasion, closed by
	// the particle "で" before a word in Kanji or Katakana, sets the
	// scene; the subject follows it.
	if k := strings.LastIndex(s, "で"); k > 0 && k+len("で") < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[k+len("で"):]); !unicode.In(r, unicode.Hiragana) {
			s = s[k+len("で"):]
		}
	}
	if strings.Contains(s, "の") {
		a.descr = s
		return
	}
	// "会見で佐々木美和氏": a phrase ending in a particle ("で", "に")
	// before the name is no part of it; a name holds no Hiragana.
	cut := 0
	for i, r := range s {
		if unicode.In(r, unicode.Hiragana) {
			cut = i + utf8.RuneLen(r)
		}
	}
	if s = s[cut:]; s == "" {
		return
	}
	if k := katakanaName(s); k > 0 && k < len(s) {
		// A foreign name in Katakana, then its office in Kanji:
		// "スモトリッチ財務相".
		a.name = s[:k]
		return
	}
	best := 0
	for _, t := range u.titles {
		if len(t) > best && strings.HasSuffix(s, t) {
			best = len(t)
		}
	}
	if best == 0 || best == len(s) {
		if best == len(s) {
			a.descr = s
		} else {
			a.name = s
		}
		return
	}
	a.name = s[:len(s)-best]
}

// katakanaName is the length in bytes of the run of Katakana (with its
// long-vowel mark and the middle dot of foreign names) that opens s, when
// it is two letters or more; 0 otherwise.
func katakanaName(s string) int {
	n, k := 0, 0
	for i, r := range s {
		if !unicode.In(r, unicode.Katakana) && r != 'ー' && r != '・' {
			k = i
			break
		}
		n++
		k = i + utf8.RuneLen(r)
	}
	if n < 2 {
		return 0
	}
	return k
}
