package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	kabar "github.com/kabar-news/kabar"
)

// minQuoteWords is the shortest direct quotation: shorter quoted runs are
// scare quotes ('tidak berhasil') or titles.
const minQuoteWords = 4

// span is one quoted stretch of a paragraph, offsets in bytes.
type span struct {
	start, end  int // the quoted text, marks excluded
	open, close int // the marks' offsets; close is -1 when unclosed
}

// closers maps an opening quotation mark to the marks that close it.
var closers = map[rune]string{
	'"':      `"`,
	'\u201c': "\u201d\u201c", // “ … ” (and “ … “ as some sites write)
	'\u201e': "\u201c\u201d", // „ … “
	'\u00ab': "\u00bb",       // « … »
	'\u201d': "\u201d",       // ” … ” as some sites write
}

// findSpans finds the quoted stretches of para.
func findSpans(para string) []span {
	var out []span
	for i := 0; i < len(para); {
		r, n := utf8.DecodeRuneInString(para[i:])
		cl, ok := closers[r]
		if !ok {
			i += n
			continue
		}
		// A straight or closing-style mark glued to a word on its left
		// closes nothing open: it is an inch sign or a stray.
		if r == '"' || r == '\u201d' {
			if i > 0 {
				p, _ := utf8.DecodeLastRuneInString(para[:i])
				if unicode.IsLetter(p) || unicode.IsDigit(p) {
					i += n
					continue
				}
			}
		}
		j := i + n
		end := -1
		for j < len(para) {
			r2, n2 := utf8.DecodeRuneInString(para[j:])
			if strings.ContainsRune(cl, r2) {
				end = j
				break
			}
			j += n2
		}
		if end < 0 {
			out = append(out, span{start: i + n, end: len(para), open: i, close: -1})
			break
		}
		out = append(out, span{start: i + n, end: end, open: i, close: end})
		_, cn := utf8.DecodeRuneInString(para[end:])
		i = end + cn
	}
	return out
}

// quoteCtx is the state carried through an article's paragraphs: the
// people named so far and the speakers in order.
type quoteCtx struct {
	lx       *lexicon
	known    []string          // full names (two words or more), in order of first mention
	alias    map[string]string // "Dani" -> "Muhammad Buldansyah" ("akrab disapa Dani")
	last     string            // the last named speaker
	recent   string            // the last person mentioned, speaker or not
	speakers []string          // named speakers, most recent last
	gender   map[string]string // speaker -> "m" or "f", learned from "he said"
}

// readQuotes finds the direct quotations of the paragraphs with their
// speakers and cues.
func (lx *lexicon) readQuotes(paras []string) []kabar.Quote {
	c := &quoteCtx{lx: lx, alias: map[string]string{}, gender: map[string]string{}}
	var out []kabar.Quote
	// piece is the part of a quote in one paragraph.
	type piece struct {
		text string
		para int
	}
	for pi := 0; pi < len(paras); pi++ {
		para := paras[pi]
		spans := findSpans(para)
		prevEnd := 0
		jumped := false
		for si, sp := range spans {
			pieces := []piece{{para[sp.start:sp.end], pi}}
			closeEnd := sp.end
			if sp.close >= 0 {
				_, cn := utf8.DecodeRuneInString(para[sp.close:])
				closeEnd = sp.close + cn
			}
			after := para[closeEnd:]
			if sp.close < 0 {
				// A quote running over paragraphs: each goes on with an
				// opening mark; the last one closes.
				after = ""
				for tail := pi + 1; tail < len(paras); tail++ {
					next := paras[tail]
					ns := findSpans(next)
					if len(ns) == 0 || ns[0].open != 0 {
						break
					}
					pieces = append(pieces, piece{next[ns[0].start:ns[0].end], tail})
					if ns[0].close >= 0 {
						_, cn := utf8.DecodeRuneInString(next[ns[0].close:])
						after = next[ns[0].close+cn:]
						if len(ns) > 1 {
							after = next[ns[0].close+cn : ns[1].open]
						}
						break
					}
				}
			} else if si+1 < len(spans) {
				after = para[closeEnd:spans[si+1].open]
			}
			before := para[prevEnd:sp.open]
			prevEnd = closeEnd
			c.learn(before)
			whole := ""
			for _, p := range pieces {
				whole += " " + p.text
			}
			if !isQuote(whole) {
				continue
			}
			speaker, cue := c.attribute(before, after)
			for _, p := range pieces {
				if t := strings.TrimRight(strings.TrimSpace(p.text), " ,"); t != "" {
					out = append(out, kabar.Quote{Text: t, Speaker: speaker, Cue: cue, Paragraph: p.para + 1})
				}
			}
			if last := pieces[len(pieces)-1].para; last > pi {
				c.learn(after)
				pi, jumped = last, true
				break
			}
		}
		if !jumped && prevEnd < len(para) {
			c.learn(para[prevEnd:])
		}
	}
	return out
}

// isQuote tells a direct quotation from scare quotes and titles: four
// words or more, and not every word capitalised.
func isQuote(text string) bool {
	f := strings.Fields(text)
	if len(f) < minQuoteWords {
		return false
	}
	for _, w := range f {
		if !isCapitalised(w) && len(words(w)) > 0 {
			return true
		}
	}
	return false
}

// attribute finds the speaker and cue of a quote from the text after it
// ('," kata X', '," X said', '," he said') or before it ('X mengatakan,
// "', 'Menurut X, "', 'X said: "'); with neither, the last speaker.
func (c *quoteCtx) attribute(before, after string) (speaker, cue string) {
	if a, ok := c.after(after); ok {
		return c.settle(a)
	}
	if a, ok := c.before(before); ok {
		return c.settle(a)
	}
	return c.lastOrRecent(), ""
}

// attribution is what an attribution names: a speaker, or a pronoun
// standing for one, and the cue.
type attribution struct {
	name, pronoun, cue string
}

// settle resolves an attribution to a full name and remembers it as the
// last speaker.
func (c *quoteCtx) settle(a attribution) (string, string) {
	speaker := ""
	switch {
	case a.name != "":
		speaker = c.resolve(a.name)
	case a.pronoun != "":
		speaker = c.byPronoun(a.pronoun)
	default:
		speaker = c.lastOrRecent()
	}
	if speaker != "" {
		c.said(speaker)
	}
	return speaker, a.cue
}

// said records speaker as the last one.
func (c *quoteCtx) said(speaker string) {
	c.last = speaker
	for i, s := range c.speakers {
		if s == speaker {
			c.speakers = append(c.speakers[:i], c.speakers[i+1:]...)
			break
		}
	}
	c.speakers = append(c.speakers, speaker)
}

// byPronoun resolves a pronoun to the most recent speaker it can stand
// for: a gendered pronoun skips speakers known to be of the other gender
// and teaches the gender of the one it lands on.
func (c *quoteCtx) byPronoun(p string) string {
	g := c.lx.pronouns[strings.ToLower(p)]
	if g != "m" && g != "f" {
		return c.lastOrRecent()
	}
	for i := len(c.speakers) - 1; i >= 0; i-- {
		s := c.speakers[i]
		switch c.gender[s] {
		case g:
			return s
		case "":
			c.gender[s] = g
			return s
		}
	}
	return c.lastOrRecent()
}

// lastOrRecent is the last speaker or, before anyone has spoken, the
// last person named ("John Kirby spoke to reporters. … he said").
func (c *quoteCtx) lastOrRecent() string {
	if c.last != "" {
		return c.last
	}
	return c.recent
}

// token is a word of an attribution with its punctuation.
type token struct {
	word  string // letters and digits only
	raw   string
	comma bool // a comma (or colon) follows it
	stop  bool // a full stop, "?" or "!" follows it
}

// tokenize splits s into words, noting the punctuation after each. A
// comma glued to the next word ("mengatakan,pembatalan") splits too.
func tokenize(s string) []token {
	var out []token
	for _, field := range strings.Fields(s) {
		pieces := strings.SplitAfter(field, ",")
		for _, raw := range pieces {
			if raw == "" {
				continue
			}
			w := strings.TrimFunc(raw, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '-' && r != '\'' && r != '’'
			})
			w = strings.Trim(w, "-'’")
			t := token{word: w, raw: raw}
			tail := strings.TrimRightFunc(raw, func(r rune) bool { return r == ')' || r == '"' || r == '”' || r == '’' })
			switch {
			case strings.HasSuffix(tail, ","), strings.HasSuffix(tail, ":"), strings.HasSuffix(tail, ";"):
				t.comma = true
			case strings.HasSuffix(tail, "."), strings.HasSuffix(tail, "?"), strings.HasSuffix(tail, "!"):
				t.stop = true
			}
			if w == "" {
				if len(out) > 0 {
					out[len(out)-1].comma = out[len(out)-1].comma || t.comma
					out[len(out)-1].stop = out[len(out)-1].stop || t.stop
				}
				continue
			}
			out = append(out, t)
		}
	}
	return out
}

// maxAttribution is how many words after a quote may hold its attribution.
const maxAttribution = 16

func (c *quoteCtx) isPronoun(w string) bool {
	_, ok := c.lx.pronouns[strings.ToLower(w)]
	return ok
}

// after reads an attribution that follows a quote.
func (c *quoteCtx) after(s string) (attribution, bool) {
	toks := tokenize(s)
	if len(toks) > maxAttribution {
		toks = toks[:maxAttribution]
	}
	if len(toks) == 0 {
		return attribution{}, false
	}
	// '," kata X' / '," said X' / '," katanya'
	if v, pron := c.verb(toks[0].word); v {
		a := attribution{cue: toks[0].word}
		if pron || toks[0].stop {
			return a, true
		}
		rest := toks[1:]
		if len(rest) > 0 && c.isPronoun(rest[0].word) {
			a.pronoun = rest[0].word
			return a, true
		}
		a.name = c.nameAt(rest)
		return a, true
	}
	// '," he said' / '," X said' / '," X told Reuters'
	if c.isPronoun(toks[0].word) && len(toks) > 1 {
		if v, _ := c.verb(toks[1].word); v {
			return attribution{pronoun: toks[0].word, cue: toks[1].word}, true
		}
	}
	for i := 0; i < len(toks) && i < 8; i++ {
		if v, _ := c.verb(toks[i].word); v && i > 0 && isLower(toks[i].word) {
			if name := c.nameBefore(toks[:i]); name != "" {
				return attribution{name: name, cue: toks[i].word}, true
			}
			break
		}
		if toks[i].stop {
			break
		}
	}
	return attribution{}, false
}

// maxLeadIn is how many words before a quote may hold the verb leading
// into it.
const maxLeadIn = 5

// before reads an attribution that leads into a quote.
func (c *quoteCtx) before(s string) (attribution, bool) {
	// Only the sentence that leads into the quote counts.
	toks := tokenize(s)
	for i := len(toks) - 2; i >= 0; i-- {
		if toks[i].stop {
			toks = toks[i+1:]
			break
		}
	}
	if len(toks) == 0 {
		return attribution{}, false
	}
	// 'Menurut X, "…"' / 'According to X, "…"' / 'diungkapkan oleh X'
	if a, ok := c.passive(toks); ok {
		return a, true
	}
	// 'X mengatakan, "…"' / 'X said: "…"' / 'said X: "…"'
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-maxLeadIn; i-- {
		v, pron := c.verb(toks[i].word)
		if !v || !isLower(toks[i].word) {
			continue
		}
		a := attribution{cue: toks[i].word}
		switch {
		case pron:
		case i > 0 && c.isPronoun(toks[i-1].word):
			a.pronoun = toks[i-1].word
		default:
			a.name = c.nameBefore(toks[:i])
			if a.name == "" {
				a.name = c.subject(toks[:i])
			}
			if a.name == "" {
				a.name = c.nameAt(toks[i+1:])
			}
		}
		return a, true
	}
	return attribution{}, false
}

// passive finds "Menurut X", "According to X", "diungkapkan oleh X" in
// toks.
func (c *quoteCtx) passive(toks []token) (attribution, bool) {
	for i, t := range toks {
		lw := strings.ToLower(t.word)
		n := 0
		switch {
		case lw == "menurut":
			n = 1
		default:
			for _, cue := range c.lx.passiveCues {
				if tokensAre(toks[i:], cue) {
					n = len(cue)
					break
				}
			}
		}
		if n == 0 {
			continue
		}
		a := attribution{cue: joinWords(toks[i : i+n])}
		rest := toks[i+n:]
		if len(rest) > 0 && c.isPronoun(rest[0].word) {
			a.pronoun = rest[0].word
			return a, true
		}
		if a.name = c.nameAt(rest); a.name != "" {
			return a, true
		}
	}
	return attribution{}, false
}

// tokensAre says toks start with the words of phrase.
func tokensAre(toks []token, phrase []string) bool {
	if len(toks) < len(phrase) {
		return false
	}
	for i, p := range phrase {
		if !strings.EqualFold(toks[i].word, p) {
			return false
		}
		if i < len(phrase)-1 && (toks[i].comma || toks[i].stop) {
			return false
		}
	}
	return true
}

func joinWords(toks []token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.word
	}
	return strings.Join(ws, " ")
}

// verb says w is a reporting verb, and whether it carries its own pronoun
// ("katanya").
func (c *quoteCtx) verb(w string) (isVerb, pronoun bool) {
	l := strings.ToLower(w)
	for _, suf := range c.lx.pronounSuffix {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 && c.lx.verbs[l[:len(l)-len(suf)]] {
			return true, true
		}
	}
	return c.lx.verbs[l], false
}

// nameAt reads the name that starts toks ("Kapolsek Kebayoran Lama,
// Kompol Widya Agustiono saat …" gives "Widya Agustiono"; "dr Wisman"
// gives "Wisman").
func (c *quoteCtx) nameAt(toks []token) string {
	var groups [][]string
	var cur []string
	for i, t := range toks {
		lw := strings.ToLower(t.word)
		if !isCapitalised(t.word) {
			if len(cur) == 0 && len(groups) == 0 && (c.lx.titles[lw] || isJoiner(lw)) {
				continue // a lower-case title or article: "dr", "the"
			}
			if c.lx.conjunctions[lw] && i+1 < len(toks) && isCapitalised(toks[i+1].word) && len(cur) > 0 {
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
	for i := len(groups) - 1; i >= 0; i-- {
		if n := c.personName(groups[i], true); n != "" {
			return n
		}
	}
	return ""
}

// nameBefore reads the name that ends toks ("… Stoltenberg" before
// "said").
func (c *quoteCtx) nameBefore(toks []token) string {
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
	ws := make([]string, 0, len(toks)-i)
	for _, t := range toks[i:] {
		ws = append(ws, t.word)
	}
	return c.personName(ws, true)
}

// subject finds the person a sentence is about: the first run of
// capitalised words that makes a full name ("Kepala … (BIL), Eka
// Asmadi, saat dihubungi …, mengatakan").
func (c *quoteCtx) subject(toks []token) string {
	for _, run := range runs(toks, c.lx) {
		if n := c.personName(run, false); n != "" {
			return n
		}
	}
	return ""
}

// runs splits tokens into runs of capitalised words, broken by commas,
// full stops, brackets and lower-case words (a conjunction between
// capitals stays).
func runs(toks []token, lx *lexicon) [][]string {
	var out [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	for i, t := range toks {
		if strings.HasPrefix(t.raw, "(") {
			flush()
		}
		switch {
		case isCapitalised(t.word):
			cur = append(cur, t.word)
		case len(cur) > 0 && lx.conjunctions[strings.ToLower(t.word)] && i+1 < len(toks) && isCapitalised(toks[i+1].word):
			cur = append(cur, t.word)
		default:
			flush()
		}
		if t.comma || t.stop || strings.HasSuffix(t.raw, ")") {
			flush()
		}
	}
	flush()
	return out
}

// maxNameWords is the longest person's name kept.
const maxNameWords = 4

// personName strips titles, ranks, organisations and sentence openers
// from a run of capitalised words and returns the person's name, or ""
// when what is left is not one (an organisation, a day, an acronym). A
// single word is a name when single is set or when it belongs to someone
// named before.
func (c *quoteCtx) personName(ws []string, single bool) string {
	lx := c.lx
	// What comes before an organisation's word is the organisation:
	// "Presiden Recording Academy Neil Portnow" → "Neil Portnow".
	for i := len(ws) - 1; i >= 0; i-- {
		if lx.orgWords[strings.ToLower(ws[i])] {
			ws = ws[i+1:]
			if len(ws) < 2 {
				return "" // "Partai Hanura" is a party, not Mr Hanura
			}
			break
		}
	}
	i := 0
	for i < len(ws) {
		l := strings.ToLower(ws[i])
		acronym := isUpperWord(ws[i]) && len(ws[i]) > 1 && i+1 < len(ws) && !isUpperWord(ws[i+1])
		if lx.titles[l] || acronym || lx.isStopword(l) || lx.conjunctions[l] || lx.isOutlet(ws[i]) {
			i++
			continue
		}
		break
	}
	ws = ws[i:]
	// Degrees and acronyms after a name: "Wismandari Wisnu SpPD-KEMD".
	for len(ws) > 1 && isSuffixWord(ws[len(ws)-1], ws[len(ws)-2]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || len(ws) > maxNameWords {
		return ""
	}
	for _, w := range ws {
		l := strings.ToLower(w)
		if lx.days[l] || lx.conjunctions[l] || lx.verbs[l] || c.isPronoun(l) || lx.titles[l] {
			return ""
		}
		if _, m := lx.months[l]; m {
			return ""
		}
	}
	name := strings.Join(ws, " ")
	if isUpperWord(name) {
		if len(ws) == 1 {
			return "" // an acronym: an organisation
		}
		name = properCase(name)
	}
	if len(ws) == 1 && !single {
		return c.lookup(name)
	}
	return name
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
	return upper >= 3 || (upper >= 2 && strings.ContainsAny(w, "-."))
}

// isStopword says w is a stopword of any lexicon language.
func (lx *lexicon) isStopword(w string) bool {
	for _, l := range lx.langs {
		if lx.stopwords[l][w] {
			return true
		}
	}
	return false
}

// learn notes the full names a stretch of text mentions, so that a later
// surname resolves to them; other names given to a person ("akrab disapa
// Dani"); and the subject of indirect speech ("Stoltenberg mengatakan …",
// "diungkapkan oleh X") as the last speaker.
func (c *quoteCtx) learn(s string) {
	toks := tokenize(s)
	for _, run := range runs(toks, c.lx) {
		n := c.personName(run, false)
		if n == "" && len(run) > maxNameWords {
			// A long title before a name: "Menteri Pendayagunaan
			// Aparatur Negara dan Reformasi Birokrasi Yuddy Chrisnandi".
			n = c.personName(run[len(run)-2:], false)
		}
		if len(strings.Fields(n)) >= 2 {
			c.remember(n)
			c.recent = n
		}
	}
	start := 0
	for i, t := range toks {
		if t.stop {
			start = i + 1
			continue
		}
		for _, cue := range c.lx.nicknameCues {
			if tokensAre(toks[i:], cue) && i+len(cue) < len(toks) && isCapitalised(toks[i+len(cue)].word) && c.last != "" {
				c.alias[strings.ToLower(toks[i+len(cue)].word)] = c.last
			}
		}
		if a, ok := c.passive(toks[i:min(len(toks), i+8)]); ok && i == indexOfPassive(c, toks, i) {
			if a.name != "" {
				c.said(c.resolve(a.name))
			}
			continue
		}
		v, pron := c.verb(t.word)
		if !v || pron || i == start || !isLower(t.word) {
			continue
		}
		if n := c.nameBefore(toks[start:i]); n != "" {
			c.said(c.resolve(n))
		} else if n := c.subject(toks[start:i]); n != "" {
			c.said(c.resolve(n))
		} else if d := c.descriptor(toks[start:i]); d != "" {
			c.said(d)
		}
	}
}

// maxDescriptor is the longest speaker given by role.
const maxDescriptor = 12

// descriptor reads a speaker given by role rather than name: "a
// spokesperson for the Universities and Colleges Employers’ Association
// (UCEA)" before "said". It starts at an article followed by a title word
// and runs to the verb.
func (c *quoteCtx) descriptor(toks []token) string {
	for j := 0; j+1 < len(toks); j++ {
		if !c.lx.articles[strings.ToLower(toks[j].word)] || !c.lx.titles[strings.ToLower(toks[j+1].word)] || !isLower(toks[j+1].word) {
			continue
		}
		rest := toks[j+1:]
		if len(rest) > maxDescriptor {
			return ""
		}
		raw := make([]string, len(rest))
		for k, t := range rest {
			raw[k] = t.raw
		}
		return strings.TrimRight(strings.Join(raw, " "), ",.:;")
	}
	return ""
}

// indexOfPassive is i when a passive cue starts at toks[i], else -1.
func indexOfPassive(c *quoteCtx, toks []token, i int) int {
	if strings.EqualFold(toks[i].word, "menurut") {
		return i
	}
	for _, cue := range c.lx.passiveCues {
		if tokensAre(toks[i:], cue) {
			return i
		}
	}
	return -1
}

func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// remember notes a full name at its first mention.
func (c *quoteCtx) remember(name string) {
	for _, k := range c.known {
		if k == name {
			return
		}
	}
	c.known = append(c.known, name)
}

// minNamePrefix is the shortest short form that may stand for a longer
// first name ("Wisman" for "Wismandari").
const minNamePrefix = 5

// lookup finds the full name, mentioned before, that a surname, first
// name, short form or other name belongs to. The first mention wins: news
// introduces a person in full and goes on with the surname.
func (c *quoteCtx) lookup(part string) string {
	if full, ok := c.alias[strings.ToLower(part)]; ok {
		return full
	}
	for _, k := range c.known {
		f := strings.Fields(k)
		for i, w := range f {
			if strings.EqualFold(w, part) {
				if len(f) == maxNameWords && i == len(f)-1 {
					return strings.Join(f[len(f)-2:], " ")
				}
				return k
			}
		}
	}
	if len(part) >= minNamePrefix {
		for _, k := range c.known {
			for _, w := range strings.Fields(k) {
				if len(w) > len(part) && strings.HasPrefix(strings.ToLower(w), strings.ToLower(part)) {
					return k
				}
			}
		}
	}
	return ""
}

// resolve expands a speaker named by surname to the full name.
func (c *quoteCtx) resolve(name string) string {
	if len(strings.Fields(name)) == 1 {
		if full := c.lookup(name); full != "" {
			return full
		}
	} else {
		c.remember(name)
	}
	return name
}
