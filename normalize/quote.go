package normalize

import (
	"slices"
	"strings"
	"sync"
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
	'\u00bb': "\u00ab\u00bb", // » … « as German and Danish print (a » outside any « … » opens), » … » as Swedish and Finnish do
	'\u201d': "\u201d",       // ” … ” as some sites write
	'\u2018': "\u2019",       // ‘ … ’ as British papers write speech
	'\u201a': "\u2018\u2019", // ‚ … ‘ as German and Czech print a quote within a quote, ‚ … ’ as Polish and Dutch do
	'\u201f': "\u201d",       // ‟ … ” as some sites open with the reversed mark
	'\u2039': "\u203a",       // ‹ … › as French and Swiss print a quote within a quote (› … ‹ is left out: "Home › News" breadcrumbs)
	'\uff02': "\uff02",       // ＂ … ＂ the full-width mark of Chinese and Japanese text typed on a CJK keyboard
	'\u301d': "\u301e\u301f", // 〝 … 〞 / 〝 … 〟 of Japanese
	'「':      "」",            // 「 … 」 of Japanese and of Chinese as Taiwan prints it
	'『':      "』",            // 『 … 』, a quotation within 「 」 or a title of a work
}

// asciiOpeners holds the ASCII keys of closers, so that findSpans passes
// over other ASCII bytes without a map lookup.
var asciiOpeners = func() (set [utf8.RuneSelf]bool) {
	for r := range closers {
		if r < utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}()

// isApostrophe says the ’ at para[j:j+n] is an apostrophe ("don’t",
// "Parise’s") rather than a closing single quote: a letter follows it,
// of a script that writes apostrophes. Korean and Japanese glue their
// particles to the closing mark ("‘정권교체’라는"); they have no apostrophe.
func isApostrophe(para string, j, n int) bool {
	r, _ := utf8.DecodeRuneInString(para[j+n:])
	return unicode.IsLetter(r) && !unicode.In(r, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Han)
}

// findSpans finds the quoted stretches of para.
func findSpans(para string) []span {
	var out []span
	for i := 0; i < len(para); {
		if c := para[i]; c < utf8.RuneSelf && !asciiOpeners[c] {
			i++
			continue
		}
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
		if r == '\u2018' && elidedSingle(para, i, n) {
			i += n
			continue
		}
		// Any mark glued to a number on its left ("3.14‘47‘‘", "in
		// der 72.‘", "(41‘‘)") is a minute, second or inch sign: no
		// quotation opens right after a figure.
		if afterFigure(para[:i]) {
			for i += n; i < len(para); {
				r2, n2 := utf8.DecodeRuneInString(para[i:])
				if r2 != r {
					break
				}
				i += n2 // the doubled mark of seconds ("47‘‘")
			}
			continue
		}
		j := i + n
		end, loose := -1, -1
		for j < len(para) {
			r2, n2 := utf8.DecodeRuneInString(para[j:])
			if r2 == '\u2019' && !strings.ContainsRune(cl, r2) && strings.HasPrefix(para[j+n2:], "\u2019") {
				// "…,’’ said X": two closing single quotes print a
				// closing double one.
				end = j
				break
			}
			// A ’ inside “ … ” closes a quotation within the quote
			// ("the phrase ‘Do no harm,’”), not the quote.
			if r2 == '\u2019' && strings.ContainsRune(cl, r2) {
				// A closing single quote follows the speech's own
				// punctuation ("…,’ said"); a bare ’ is an apostrophe
				// ("don’t", "the players’ union") but may close at a
				// pinch.
				if !isApostrophe(para, j, n2) {
					p, _ := utf8.DecodeLastRuneInString(para[:j])
					if strings.ContainsRune(",.?!;:…—–", p) || j+n2 == len(para) {
						end = j
						break
					}
					if loose < 0 {
						loose = j
					}
				}
			} else if strings.ContainsRune(cl, r2) {
				end = j
				break
			} else if mixedClose(para, r, r2, j, n2) {
				end = j
				break
			}
			j += n2
		}
		if end < 0 && loose >= 0 {
			end = loose
		}
		if end < 0 && unclosedAyn(para, r, i, n) {
			// "Ustazah Siti ‘Aisyah berkata, “…”", "Abdul ‘Aziz":
			// a single mark glued to a letter on its right that
			// closes nowhere, before a double quotation mark, is an
			// apostrophe of a transliterated name, not a quotation
			// running over the paragraph and swallowing the quote.
			i += n
			continue
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

// unclosedAyn says the single mark r at para[i:i+n], which closes
// nowhere in the paragraph, is glued to a letter on its right and is
// followed later in the paragraph by a double quotation mark or
// standing between two capitalised words or after a closing double
// mark, before a capital: an apostrophe inside a name
// ("Siti ‘Aisyah", "Abdul ‘Aziz"), not the opening of a quotation.
func unclosedAyn(para string, r rune, i, n int) bool {
	if r != '\u2018' && r != '\u2019' && r != '\'' {
		return false
	}
	nx, _ := utf8.DecodeRuneInString(para[i+n:])
	if !unicode.IsLetter(nx) {
		return false
	}
	if strings.ContainsAny(para[i+n:], "\"\u201c\u201d\u00ab\u00bb\u201e") {
		return true
	}
	// "Imam Abdul ‘Aziz led the prayers.": between two capitalised
	// words, a space before it, no quotation opens; nor right after a
	// quotation's closing double mark ('“…,” ‘Aziz said.').
	before := strings.TrimSuffix(para[:i], " ")
	if len(before) == i || !unicode.IsUpper(nx) {
		return false
	}
	if p, _ := utf8.DecodeLastRuneInString(before); p == '\u201d' || p == '"' || p == '\u00bb' {
		return true
	}
	k := strings.LastIndexByte(before, ' ') + 1
	w, _ := utf8.DecodeRuneInString(before[k:])
	last, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsUpper(w) && unicode.IsLetter(last)
}

// elisionTails are the word ends and word starts that an apostrophe
// leaves after it where letters were dropped ("isn ‘t", "the ‘s", "rock
// ‘n’ roll", "‘til", "‘em", Dutch "op ‘t"): typography shared by the
// languages that print ‘ ’, never the first word of a quotation, which
// would be a word in full. Only the lower-case forms count: "‘Cause" may
// open a quoted lyric.
var elisionTails = []string{"s", "t", "d", "m", "n", "ll", "re", "ve", "em", "til", "cause", "bout", "tis", "twas"}

// elidedSingle says the ‘ at para[i:i+n] stands for dropped letters, as
// sites print a mistyped apostrophe, rather than opening a quotation: it
// is glued to a letter on its left ("Swift‘s", "l‘anno", and the closing
// ‘ of German and Czech ‚ … ‘), or an elision
// tail follows it ("isn ‘t slowing"), or a decade's two figures do ("the
// ‘80s"). Read as a quote it would run on over the paragraph and swallow
// the quotation that follows. Scripts without apostrophes (Korean,
// Japanese, Chinese) glue their particles to the marks: never there.
func elidedSingle(para string, i, n int) bool {
	rest := para[i+n:]
	nx, _ := utf8.DecodeRuneInString(rest)
	if i > 0 {
		// No quotation opens glued to a word: a letter on the left makes
		// the mark an apostrophe, or the closing mark of German and
		// Czech ‚ … ‘ ("‚Nordlicht‘ und …").
		if p, _ := utf8.DecodeLastRuneInString(para[:i]); unicode.IsLetter(p) && !unicode.In(p, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	if len(rest) >= 3 && isDigitByte(rest[0]) && isDigitByte(rest[1]) && rest[2] == 's' {
		if len(rest) == 3 || !isLetterOrNumber(rune(rest[3])) {
			return true
		}
	}
	if !unicode.IsLower(nx) {
		return false
	}
	for _, t := range elisionTails {
		if strings.HasPrefix(rest, t) {
			end, _ := utf8.DecodeRuneInString(rest[len(t):])
			if len(rest) == len(t) || !isLetterOrNumber(end) && end != '\u2019' || end == '\u2019' && t == "n" {
				return true
			}
		}
	}
	return false
}

// isDigitByte says b is an ASCII digit.
func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// afterFigure says s ends in a digit, or in a digit and a full stop (a
// German ordinal, "72."): what a mark glued to it measures.
func afterFigure(s string) bool {
	p, n := utf8.DecodeLastRuneInString(s)
	if p == '.' {
		p, _ = utf8.DecodeLastRuneInString(s[:len(s)-n])
	}
	return unicode.IsDigit(p)
}

// mixedClose says the mark r2 at para[j:j+n2] closes a quote opened by r
// in the other style: a page that mixes straight and curly marks, as
// editing tools that curl some marks leave it ('“… monitoring," said X',
// '"… their whole career?”'). A ” always closes a straight quote. A
// straight mark closes a “ only where it ends a word or the speech's
// punctuation, not before a word (an inner quotation's opener), and only
// when no curly mark follows that would close the quote instead ('“the
// "green" plan,”'), unless a straight mark opens a new part before it
// ('“A," he said, "B.”').
func mixedClose(para string, r, r2 rune, j, n2 int) bool {
	switch {
	case r == '"' && r2 == '\u201d':
		return true
	case (r == '\u201c' || r == '\u201e') && r2 == '"':
		p, _ := utf8.DecodeLastRuneInString(para[:j])
		if isSpace(p) {
			return false
		}
		if nx, _ := utf8.DecodeRuneInString(para[j+n2:]); j+n2 < len(para) && (unicode.IsLetter(nx) || unicode.IsDigit(nx)) {
			return false
		}
		rest := para[j+n2:]
		k := strings.IndexAny(rest, "\u201d\u201c")
		return k < 0 || strings.ContainsRune(rest[:k], '"')
	}
	return false
}

// quoteCtx is the state carried through an article's paragraphs: the
// people named so far and the speakers in order.
type quoteCtx struct {
	lx       *lexicon
	lang     string // the article's language, "" when unknown
	capNouns bool   // lx.capNouns[lang]: the language capitalises every noun
	// ownVerbs is lx.ownVerbs[lang], looked up once: verbLower asks it
	// of most words of every attribution.
	ownVerbs map[string]bool
	cast     *cast    // the people of the article
	last     string   // the last named speaker
	asked    bool     // the last quote was a question
	speakers []string // named speakers, most recent last
	// bodies are the speakers that are a body or a group speaking as
	// itself ("die Polizei", bodySubject): no person, so no epithet
	// ("der 86-Jährige") stands for one.
	bodies map[string]bool
	// active are the speakers by their last turn, spoken or mentioned
	// as a clause's subject, most recent last: what "he" stands for.
	active  []string
	gender  map[string]string      // speaker -> "m" or "f", learned from "he said"
	tokMemo [tokMemoSize]tokenized // the last texts tokensOf tokenised
	tokNext int                    // the entry of tokMemo to fill next
	// tokFree is the unused rest of the last of tokChunks, the chunks of
	// tokChunkPool that tokensOf writes tokens into (releaseTokens).
	tokFree   []token
	tokChunks []*[]token
	// places are the words this article uses as places or as
	// organisations' names ("di Sleman", "Bupati Sleman", "Partai
	// Gerindra"), in lower case: never a name's first word.
	places map[string]bool
	// runBuf and personBuf are personRuns' memory, reused: its result
	// holds until the next call.
	runBuf    []tokRun
	personBuf []personRun

	// roleQual are the words that narrow the role noun roleNoun read
	// last ("dinas" of "kepala dinas itu"), consumed by byRole.
	roleQual []string
	// roleDet is the phrase as written, determiner lower-cased, of the
	// role noun roleNoun or roleNounBefore read last ("the source",
	// "die Quelle"), for a role that is itself the speaker's description.
	roleDet string
	// subjectHere is the person named as a clause's subject in the text
	// of the paragraph just read before a quote, "" when none.
	subjectHere string
	// subjectIn is the paragraph (counting from 0) where each person was
	// last named as a clause's subject, and paraIdx the paragraph being
	// read: where the language drops its subjects, a verb alone goes
	// only to a person near (subjectNear).
	subjectIn map[string]int
	// roleAfter says the attribution being settled follows its quote
	// ('"…", said the spokeswoman'): only then is a role its own
	// speaker's, as written, when the article names no one.
	roleAfter bool
	paraIdx   int
	// lastPara is the paragraph (counting from 0) of the last speaker's
	// last turn: a quote attributed to that speaker, or one that fell
	// to that speaker unattributed.
	lastPara int
	// roleClosed says the role noun roleNoun read last was closed by a
	// demonstrative ("Dirut PT Sukamaju Transportasi Mandiri itu"): no
	// word of the phrase is a name.
	roleClosed bool
	// subjectOpen says the sentence whose subject subjectHere is has not
	// ended before the quote: the quote is inside it ("Berger described
	// the plan as “…”"), so the words are the subject's. Another person
	// of the cast named after the subject ("Alito seized on Prelogar's
	// phrase “…”", "directives from Xi to “…”") closes it: the words may
	// be that person's, and no speaker beats the wrong one.
	subjectOpen bool
	// roleSubject is subjectHere when a role set off by commas brought
	// the person in ("el alcalde de Bédar, Ángel Collados, apenas …"):
	// a verb without its subject after it is that person's.
	roleSubject string
	// roleNounSubject is the member of the cast a role noun opening a
	// sentence of the paragraph stands for ("El consejero ha lanzado
	// …", "Der Trainer freut sich …"): a verb without its subject, when
	// that sentence's subject is still subjectHere, is that member's.
	roleNounSubject string
	// runsOn says the quote being read leaves its sentence open: its
	// words end in a comma, "?" or "!", or a comma or dash follows the
	// closing mark ('“…”, ironizó Horner', '„…“ – napisał …'), so what
	// follows is its attribution or the sentence's rest.
	runsOn bool
	// paraSpeaker is who spoke the last quote of the paragraph being
	// read that had its own attribution, "" at a paragraph's start.
	paraSpeaker string
	// paraBefore is the text of the paragraph before the quote being
	// read.
	paraBefore string
	// paras are the article's paragraphs, as the quote reader reads
	// them (spacedAttribution looks up the full name a surname and an
	// office stand for).
	paras []string
	// paraNamed are the people the paragraph being read has named in
	// full so far, in order: a gendered pronoun after them stands for
	// the last one of its gender ("Erfreut zeigte sich auch Ministerin
	// Lena Hofer. „…“, schrieb sie"), before speakers of earlier
	// paragraphs.
	paraNamed []string
	// unnamedNouns are the person nouns ("man", "Frau") the article has
	// brought in with an indefinite determiner and no name after them
	// ("A UK man's decision …", "a 43-year-old man"): an unnamed
	// person, whom a later "the man wrote" means, not the last named
	// man.
	unnamedNouns map[string]bool
	// paraPerson says the paragraph being read has named a person of
	// the cast so far: "says the mother" there may be that person.
	paraPerson bool
	// paraUnnamed is the unnamed person the paragraph being read brought
	// in with an indefinite determiner, as written ("one mother"), and
	// paraUnnamedG the noun's gender: a pronoun of that gender after it,
	// in a paragraph naming no one, is that person.
	paraUnnamed, paraUnnamedG string
	// attributed are the speakers an attribution named ("sagte Agit
	// Kabayel"): persons, whatever their words.
	attributed map[string]bool
	// lowerSeen are the words the article prints in lower case, in a
	// language that capitalises its nouns (noteLowerWords).
	lowerSeen map[string]bool
	// cutByQuote says the text learn reads ends where a quote opens;
	// cutInBracket that it ends in an opening bracket ("Kelvin Obuya (“…”)").
	cutByQuote, cutInBracket bool
	// byVerb says the run of words being read as a name stands right
	// before or after its speech verb ("Downing Street said", "said
	// Channing Tatum"): no participle opens a sentence there, so a
	// capitalised word ending in "-ing" is part of the name.
	byVerb bool
	// loneSeen are the capitalised words the article prints alone,
	// after a word in lower case (noteLowerWords).
	loneSeen map[string]bool
}

// runsOn says a quote of text, followed by after, leaves its sentence
// open (quoteCtx.runsOn).
func runsOn(text, after string) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return true
	}
	a := strings.TrimLeft(after, " \u00a0")
	return strings.HasPrefix(a, ",") || strings.HasPrefix(a, "\u2013") || strings.HasPrefix(a, "\u2014") || strings.HasPrefix(a, "- ")
}

// readQuotes finds the direct quotations of the paragraphs with their
// speakers and cues.
//
// Paragraphs listed in headings (0-based) are subheadings: a phrase quoted
// there is a title's, not speech, but the names in it still count.
func (lx *lexicon) readQuotes(paras []string, headings ...int) []kabar.Quote {
	return lx.readArticleQuotes(articleInfo{}, paras, headings...)
}

// articleInfo is what readArticleQuotes knows of an article besides its
// paragraphs; every field may be empty.
type articleInfo struct {
	lang  string // the article's language
	title string // its headline
	// bylines are the names of its authors: people who wrote the
	// article, not people it is about.
	bylines []string
	// place is the dateline's place ("BANTUL"): a word of it in a run
	// after an office is the office's region, not a first name
	// ("Kapolres Bantul AKBP Budi Santoso").
	place string
}

// readArticleQuotes is readQuotes for an article: in its language, with
// the people its headline names in the cast ("Wapres Ma'ruf Amin: …"
// makes a later "kata Ma'ruf" Ma'ruf Amin; a headline speaks no quote),
// and its authors kept out of the cast's choices (a pronoun, a role, a
// profile's subject) unless a quote names them.
func (lx *lexicon) readArticleQuotes(art articleInfo, paras []string, headings ...int) []kabar.Quote {
	skip := map[int]bool{}
	for _, h := range headings {
		skip[h] = true
	}
	paras = lx.dashSpeech(art.lang, paras)
	c := newQuoteCtx(lx, art.lang)
	c.paras = paras
	c.noteLowerWords(paras)
	for _, b := range art.bylines {
		c.cast.byline[nameKey(b)] = true
	}
	if art.title != "" {
		c.meet(art.title)
	}
	// The quotes' spans, paragraph by paragraph: an article that quotes
	// no one needs no foresight.
	allSpans := make([][]span, len(paras))
	quoted := false
	for i, p := range paras {
		allSpans[i] = findSpans(p)
		quoted = quoted || len(allSpans[i]) > 0
	}
	if quoted {
		c.foresee(paras, allSpans)
	}
	for _, w := range fields(art.place) {
		if w = strings.ToLower(strings.Trim(w, ",.")); w != "" {
			c.notePlace(w)
		}
	}
	var out []kabar.Quote
	// piece is the part of a quote in one paragraph.
	type piece struct {
		text string
		para int
	}
	for pi := 0; pi < len(paras); pi++ {
		para := paras[pi]
		spans := allSpans[pi]
		prevEnd := 0
		jumped := false
		// brokenBy is the quote of this paragraph an attribution just
		// followed, which the next quoted part may go on; -1 when none.
		brokenBy, brokenText := -1, ""
		c.paraSpeaker = ""
		c.paraIdx = pi
		c.paraNamed = c.paraNamed[:0]
		c.paraPerson = false
		c.paraUnnamed, c.paraUnnamedG = "", ""
		c.roleNounSubject = ""
		// skipped says the span before, in this paragraph, was no
		// quote ("bezeichnete es als „Ehre“, …"): its sentence's
		// subject may go on to the next span. took is the subject of
		// the sentence whose quote, the span before, it took with no
		// cue: it goes on too.
		skipped, took := false, ""
		for si, sp := range spans {
			pieces := []piece{{para[sp.start:sp.end], pi}}
			closeEnd := sp.end
			if sp.close >= 0 {
				_, cn := utf8.DecodeRuneInString(para[sp.close:])
				closeEnd = sp.close + cn
			}
			after := para[closeEnd:]
			split := false // the quote's sentence was split into the next paragraph
			if sp.close < 0 && pi+1 < len(paras) {
				// '"… untuk' / 'diberikan arahan …," kata X.': a
				// paragraph broken inside a sentence (a stray line
				// break in the page); the next one goes on in lower
				// case, without an opening mark, and closes the quote.
				if next := paras[pi+1]; isLower(next) {
					// (A ‘ quote is left alone: its ’ is also the
					// apostrophe of "don’t".)
					r, _ := utf8.DecodeRuneInString(para[sp.open:])
					if k := strings.IndexAny(next, closers[r]); k > 0 && r != '\u2018' {
						_, cn := utf8.DecodeRuneInString(next[k:])
						pieces[0].text += " " + next[:k]
						after, split = next[k+cn:], true
						if ns := findSpans(next[k+cn:]); len(ns) > 0 {
							after = next[k+cn : k+cn+ns[0].open]
						}
					}
				}
			}
			if sp.close < 0 && !split {
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
			if inner, incise, ok := c.innerIncise(pieces[0].text); ok && len(pieces) == 1 {
				// '« A, souligne-t-elle. B »': French prints the
				// attribution inside the marks; it attributes the
				// quote, whose parts are one utterance.
				pieces[0].text = inner
				if a := strings.TrimSpace(after); a == "" || !strings.HasPrefix(a, ",") && !isLower(a) {
					after = incise
				}
			}
			before := para[prevEnd:sp.open]
			c.paraBefore = para[:sp.open]
			prevEnd = closeEnd
			carry := ""
			if skipped && c.subjectOpen {
				carry = c.subjectHere
			}
			if took != "" {
				carry = took
			}
			skipped, took = false, ""
			c.subjectHere, c.roleSubject, c.subjectOpen = "", "", false
			c.learnBefore(before)
			if c.subjectHere == "" && carry != "" && !c.hasStop(before) {
				// "Berger bezeichnete es als „Ehre“, die Leitung zu
				// übernehmen, „die …“": the sentence goes on.
				c.subjectHere, c.subjectOpen = carry, true
				if !c.openSubject() {
					c.subjectHere, c.subjectOpen = "", false
				}
			} else if c.subjectHere == "" && carry != "" && c.closesOnly(before) {
				// "Aberle geht bei „Wegovy“ von 250 Euro aus. „…“": the
				// sentence a quoted word interrupted ends right before
				// the quote; its subject is the sentence's before it.
				c.subjectHere = carry
			}
			whole := ""
			for _, p := range pieces {
				whole += " " + p.text
			}
			// (A text of unknown language may capitalise its nouns.)
			capNouns := c.lang == "" || c.capNouns
			if !isQuote(whole, capNouns) || capNouns && c.lx.nounTitle(fields(whole)) || !capNouns && c.lx.joinedTitle(fields(whole)) || skip[pi] || c.workTitle(before) || c.plainMark(para, sp) {
				// '"Kami terus mengawasi," kata Bagja.': too short to
				// be a quote, but its speaker is the last one now.
				skipped = true
				if !skip[pi] {
					if a, ok := c.after(after); ok && (a.name != "" || a.role != "") {
						c.settle(a)
					}
				}
				continue
			}
			c.runsOn = runsOn(whole, after)
			speaker, cue, trailing := c.attribute(before, after)
			if cue == "" && !c.runsOn {
				// '“…”. Así ha resumido el consejero, Antonio Sanz, la
				// magnitud …': the sentence after the quote, in its
				// paragraph, names the speaker with a follow-up cue.
				if a, ok := c.followUp(strings.TrimLeft(after, " .")); ok {
					speaker, cue = c.settle(a)
				}
			}
			if cue == "" {
				// '“…” of the patrol boat, which was on a routine
				// mission, the agency said.': the quote's sentence
				// closes with its attribution past other clauses.
				if a, ok := c.closingAttribution(after); ok {
					speaker, cue = c.settle(a)
				}
			}
			if cue == "" {
				// '"…"' then "Hal itu disampaikan Kepala X, Y, di
				// Jakarta.": the speaker named in the next paragraph.
				if next := pieces[len(pieces)-1].para + 1; next < len(paras) && strings.TrimSpace(after) == "" {
					if a, ok := c.followUp(paras[next]); ok {
						speaker, cue = c.settle(a)
					}
				}
			}
			c.asked = strings.HasSuffix(strings.TrimSpace(whole), "?")
			// '“A,” Lee said. “B.”': a quote broken by its attribution
			// within a paragraph is one utterance, its parts joined.
			joined := false
			if brokenBy >= 0 && !trailing && len(pieces) == 1 && c.onlyAttribution(before) {
				if t := strings.TrimRight(strings.TrimSpace(pieces[0].text), " ,"); t != "" {
					// The first part keeps its own comma: "A, B".
					out[brokenBy].Text = brokenText + " " + t
					joined = true
				}
			}
			brokenBy = -1
			for _, p := range pieces {
				if joined {
					break
				}
				if t := strings.TrimRight(strings.TrimSpace(p.text), " ,"); t != "" {
					out = append(out, kabar.Quote{Text: t, Speaker: speaker, Cue: cue, Paragraph: p.para + 1})
				}
			}
			if cue != "" {
				c.paraSpeaker = speaker
			}
			if cue == "" && speaker != "" && speaker == c.subjectHere {
				// "würdigte Vargas Llosa als „…“. „…“, sagte er.": a
				// quote set in its subject's sentence with no cue
				// leaves that subject to the next span, as a quoted
				// word does.
				took = speaker
			}
			if trailing && !joined && len(pieces) == 1 && len(out) > 0 {
				brokenBy, brokenText = len(out)-1, strings.TrimSpace(pieces[0].text)
			}
			last := pieces[len(pieces)-1].para
			if split {
				last = pi + 1
			}
			if last > pi {
				c.learn(after)
				pi, jumped = last, true
				break
			}
		}
		if !jumped && prevEnd < len(para) {
			c.learn(para[prevEnd:])
		}
	}
	echoSpeakers(out, paras)
	c.settleNames(out)
	restoreInitials(out, paras)
	c.releaseTokens()
	return out
}

// restoreInitials writes the initials in the speakers' names as the
// article prints them: the reader's words keep letters only, so "Carissa
// F. Etienne" was read as "Carissa F Etienne" (FIELDS.md: the name as the
// article gives it). A name with a bare initial before its last word
// takes the dotted form only where the text holds it.
func restoreInitials(qs []kabar.Quote, paras []string) {
	var done map[string]string
	for i := range qs {
		sp := qs[i].Speaker
		if sp == "" || !strings.Contains(sp, " ") {
			continue
		}
		if v, ok := done[sp]; ok {
			qs[i].Speaker = v
			continue
		}
		ws := fields(sp)
		bare := false
		for k, w := range ws[:len(ws)-1] {
			if utf8.RuneCountInString(w) == 1 && isCapitalised(w) {
				ws[k], bare = w+".", true
			}
		}
		v := sp
		if dotted := strings.Join(ws, " "); bare {
			for _, p := range paras {
				if strings.Contains(p, dotted) {
					v = dotted
					break
				}
			}
		}
		if done == nil {
			done = map[string]string{}
		}
		done[sp] = v
		qs[i].Speaker = v
	}
}

// givenNameAt returns the byte offset in p, from i on, of the next
// capitalised word that is a known given name with a word after it (the
// least a full name foresee notes needs: "José Manuel Albares", "Ursula
// von der Leyen"), and the end of that word; -1 when none. It reads the
// words by their spaces alone, so it is cheap next to tokenizing p; a
// word with punctuation glued to it ("(Ana", "Ana,") is trimmed first.
func (lx *lexicon) givenNameAt(p string, i int) (int, int) {
	for i < len(p) {
		for i < len(p) && p[i] == ' ' {
			i++
		}
		j := i
		for j < len(p) && p[j] != ' ' {
			j++
		}
		if j < len(p) {
			a, b := i, j
			for a < b && p[a] < utf8.RuneSelf && !isASCIILetter(p[a]) {
				a++ // "(Ana", "«Ana"'s ASCII part
			}
			for a < b && p[b-1] < utf8.RuneSelf && !isASCIILetter(p[b-1]) {
				b-- // "Ana,"
			}
			if a < b && (('A' <= p[a] && p[a] <= 'Z') || p[a] >= utf8.RuneSelf) {
				w := p[a:b]
				if p[a] >= utf8.RuneSelf || p[b-1] >= utf8.RuneSelf {
					w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
				}
				if isCapitalised(w) && lx.isGivenWord(w) {
					return i, j
				}
			}
		}
		i = j
	}
	return -1, -1
}

// foreseeWords is how many words after a given name foresee reads for
// the rest of the full name: "Ursula von der Leyen", "José Manuel
// Albares Bueno" and a comma or a verb after it.
const foreseeWords = 6

// foresee notes in the cast, before any quote is read, the full names
// the article gives anywhere that open with a known given name, so that
// a short form before the full name ("Albares ha recalcado …" in the
// lead, "José Manuel Albares" paragraphs later) is known as a person's
// when it is met (FIELDS.md: the speaker's fullest name as the article
// gives it anywhere). Noting makes no one the most recent person. Two
// names with one surname ("Mario Vargas Llosa", "Álvaro Vargas Llosa")
// are left to be met in order, which tells whom a short form means;
// and where every noun is capitalised, a run may hold a noun after the
// name ("Miriam Kesslers Recherchen"): nothing is noted there.
func (c *quoteCtx) foresee(paras []string, spans [][]span) {
	if c.capNouns {
		return
	}
	var names []string
	prefixed := len(c.lx.namePrefixes[c.lang]) > 0
	note := func(s string) {
		for _, r := range c.personRuns(c.tokensOf(s)) {
			if countFields(r.name) >= 2 && c.lx.isGivenWord(firstField(r.name)) && !slices.Contains(names, r.name) {
				names = append(names, r.name)
			}
		}
	}
	for i, p := range paras {
		p = unquotedSpans(p, spans[i])
		if prefixed {
			note(p) // ("uMhawukeleni": the given name hides behind its prefix)
			continue
		}
		// Only the words from a given name on can hold the full name
		// it opens: they alone are tokenized, not the paragraph.
		for at, next := c.lx.givenNameAt(p, 0); at >= 0; at, next = c.lx.givenNameAt(p, next) {
			end := at
			for n := 0; n <= foreseeWords && end < len(p); n++ {
				if k := strings.IndexByte(p[end+1:], ' '); k >= 0 {
					end += 1 + k
				} else {
					end = len(p)
				}
			}
			note(p[at:end])
		}
	}
	for _, n := range names {
		last := lastField(n)
		shared := false
		for _, o := range names {
			if o != n && lastField(o) == last && !strings.HasSuffix(o, " "+n) && !strings.HasSuffix(n, " "+o) {
				shared = true
				break
			}
		}
		if !shared {
			c.cast.note(n)
		}
	}
}

// settleNames writes each speaker as the fullest name the article gives
// the person, anywhere in it ("kata Budi Karya" before or after "Menhub
// Budi Karya Sumadi"). In a profile of one person, whose quotes carry no
// attribution at all (an interview written up as paragraphs of the
// person's own words), the quotes are that person's.
func (c *quoteCtx) settleNames(qs []kabar.Quote) {
	anyone := false
	for i := range qs {
		if qs[i].Speaker != "" {
			qs[i].Speaker = c.cast.fullest(qs[i].Speaker)
			anyone = true
		}
	}
	if anyone || len(qs) == 0 {
		return
	}
	if m := c.cast.protagonist(); m != nil {
		for i := range qs {
			if c.lx.firstPerson(qs[i].Text) {
				qs[i].Speaker = m.name
			}
		}
	}
}

// firstPerson says text speaks in the first person ("aku", "we", "je"):
// the own words of whoever a profile is about.
func (lx *lexicon) firstPerson(text string) bool {
	for _, t := range lx.tokenize(text) {
		if lx.firstPersons[t.lower] {
			return true
		}
	}
	return false
}

// followUp reads a paragraph that names the speaker of the quote before
// it: "Hal itu disampaikan Kepala Dinas X, Y, di Jakarta", "Demikian
// dikatakan Y".
func (c *quoteCtx) followUp(para string) (attribution, bool) {
	toks := c.tokensOf(para)
	for _, cue := range c.lx.followUpCues {
		if !tokensAre(toks, cue) {
			continue
		}
		rest := toks[len(cue):]
		if len(rest) > 0 && c.lx.passiveBy[rest[0].lower] {
			rest = rest[1:]
		}
		if name := c.nameAt(rest); name != "" {
			return attribution{name: name, cue: joinWords(toks[:len(cue)])}, true
		}
		if r := c.roleNoun(rest); r != "" {
			// "Así ha resumido el consejero de la Presidencia,
			// Antonio Salcedo, …": the role's holder after it.
			if name := c.nameAfterRole(rest, r); name != "" {
				return attribution{name: name, cue: joinWords(toks[:len(cue)])}, true
			}
		}
	}
	return attribution{}, false
}

// isQuote tells a direct quotation from scare quotes and titles: four
// words or more, and not every word capitalised, nor every word longer
// than a function word ("Solar Lighting for Safer Streets in the
// Valley": a title in title case; speech has verbs and adjectives in
// lower case). In a language that capitalises its nouns (capNouns) only
// the first test holds: "nur die Bestellungen aus dem Lager" is speech.
func isQuote(text string, capNouns bool) bool {
	if unspacedWords(text) {
		return unspacedQuote(text) // "「橋の補修を今年中に急ぐべきだ」"
	}
	f := fields(text)
	if len(f) < minQuoteWords {
		return false
	}
	if !capNouns && titleCase(f) {
		return false
	}
	long, lower := 0, false
	for _, w := range f {
		if len(words(w)) == 0 || isNumber(strings.Trim(w, ",.;:!?")) {
			continue // "2018 Spring Lantern Festival": a number is no word of speech
		}
		if utf8.RuneCountInString(w) > maxFunctionWord {
			long++
		}
		if !isCapitalised(w) {
			if utf8.RuneCountInString(w) > maxFunctionWord {
				return true
			}
			lower = true
		}
	}
	return lower && (capNouns || long < minQuoteWords-1)
}

// titleCase says f, the words of a short quote, are a name or title in
// title case ("Takin’ It to the Streets", "Best of the Bench"): every
// word longer than a function word after the first is capitalised, there
// is at least one such word, and no punctuation inside parts clauses
// or sentences, as speech would ("Thank you, Hal Brennan"). A quote of
// more than maxTitleCaseWords words is speech.
func titleCase(f []string) bool {
	if len(f) > maxTitleCaseWords {
		return false
	}
	caps := 0
	for i, w := range f {
		if i < len(f)-1 && strings.ContainsAny(w, ",;:.!?") {
			return false
		}
		if i == 0 || utf8.RuneCountInString(w) <= maxFunctionWord || len(words(w)) == 0 {
			continue
		}
		if !isCapitalised(w) {
			return false
		}
		caps++
	}
	return caps >= 1 && isCapitalised(f[0])
}

// joinedTitle says f, the words of a short quote in a language that
// capitalises only names and titles, are a title in title case whose
// lower-case words include joiners longer than a function word (lexicon
// title-joiners): "I Cavalieri dello Zodiaco", "Gone with the Wind",
// "Viaje Hacia los Mares del Sur". titleCase takes every lower-case word
// longer than maxFunctionWord for speech; a title's articles and
// prepositions are no speech. Every other word longer than a function
// word is capitalised, at least two are, and no punctuation parts clauses.
func (lx *lexicon) joinedTitle(f []string) bool {
	return lx.titleOf(f, maxFunctionWord)
}

// nounTitle says f, the words of a short quote in a language that
// capitalises its nouns, are a title or name in title case: "New England
// Journal of Medicine", "Sieben Söhne der Landesverteidigung", "Kate by
// Kate Moss". Where every noun is capitalised titleCase cannot tell a
// title from speech ("Der Mann ist tot" is speech), so the test is
// stricter: every word capitalised but the joiners a title leaves in
// lower case (title-joiners: articles, prepositions, "and"), at least two
// capitalised words, and no punctuation inside. Speech has a verb, and
// verbs are lower case there ("ist", "hat", "sagt"); a noun phrase alone
// in quotes names something.
func (lx *lexicon) nounTitle(f []string) bool {
	return lx.titleOf(f, 0)
}

// titleOf says f are a title in title case: no more than
// maxTitleCaseWords words, the first capitalised, at least two
// capitalised, no punctuation inside, and every word in lower case either
// a title joiner or no longer than short runes.
func (lx *lexicon) titleOf(f []string, short int) bool {
	if len(f) > maxTitleCaseWords || len(f) < 2 {
		return false
	}
	caps := 0
	for i, w := range f {
		if i < len(f)-1 && strings.ContainsAny(w, ",;:.!?") {
			return false
		}
		if len(words(w)) == 0 {
			continue
		}
		if isCapitalised(w) {
			caps++
			continue
		}
		if i == 0 || utf8.RuneCountInString(w) > short && !lx.titleJoiners[strings.ToLower(strings.Trim(w, ",;:.!?"))] {
			return false
		}
	}
	return caps >= 2 && !strings.ContainsAny(f[len(f)-1], "!?")
}

// maxTitleCaseWords is the longest title in title case titleCase tells from
// speech.
const maxTitleCaseWords = 7

// maxFunctionWord is the longest word a title in title case may leave in
// lower case ("for", "the", "dan", "und").
const maxFunctionWord = 3

// plainMark says the mark that opens sp in para sets off no speech in the
// article's language (lexicon plain-marks): Korean prints speech in “ ”
// and a term, a name, a title or a thought in ‘ ’ ("‘정권교체’라는 결실").
func (c *quoteCtx) plainMark(para string, sp span) bool {
	marks := c.lx.plainMarks[c.lang]
	if marks == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(para[sp.open:])
	return strings.ContainsRune(marks, r)
}

// workTitle says the text before a quote ends in a word that introduces
// the title of a work ("titled", "berjudul", "intitulé"): the quoted
// words are a title, not speech.
func (c *quoteCtx) workTitle(before string) bool {
	toks := c.tokensOf(before)
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	return !last.stop && c.lx.workTitleCues[last.lower] || c.crossReference(before)
}

// crossReference says the text before a quote ends in an opening bracket
// and a cross-reference word ("… surged (see ‘…’)", "(siehe „…“)"): the
// quoted words are the headline of a figure, a box or another article
// the reader is sent to, not speech.
func (c *quoteCtx) crossReference(before string) bool {
	t := strings.TrimRight(before, " \u00a0")
	k := strings.LastIndexByte(t, '(')
	if k < 0 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(strings.TrimSpace(t[k+1:]), ":"))
	return w != "" && c.lx.crossRefs[w]
}

// attribute finds the speaker and cue of a quote from the text after it
// ('," kata X', '," X said', '," he said') or before it ('X mengatakan,
// "', 'Menurut X, "', 'X said: "'); with neither, the last speaker.
// trailing says the attribution followed the quote.
func (c *quoteCtx) attribute(before, after string) (speaker, cue string, trailing bool) {
	if t := strings.TrimLeft(after, " "); len(t) > 1 && t[0] == '.' && t[1] == ' ' {
		// '… told the BBC that “… expulsion”. Downing Street said …':
		// a full stop right after the closing mark ends the quote's
		// sentence; what follows is the next sentence's attribution.
		after = ""
	}
	if !c.runsOn && strings.HasSuffix(strings.TrimSpace(after), ":") {
		// '“B.” Smith added: “C.”': after a quote that closed its
		// sentence, an attribution ending in a colon leads into the
		// next quote; it is not this one's.
		after = ""
	}
	if c.lx.unspaced[c.lang] != nil {
		// "「…」と語った": a script without spaces has its own forms;
		// a quote they do not attribute takes no speaker, as names
		// there are beyond the readers of capitalised words.
		a, ok := c.unspacedAttribution(after)
		if !ok {
			return "", "", false
		}
		speaker, cue = c.settle(a)
		return speaker, cue, true
	}
	if c.leadsIn(before) {
		// 'he said, “…,” the prosecutor's office said': a verb leading
		// right into the quote names who spoke it; the attribution
		// after names who reported that.
		if a, ok := c.before(before); ok && (a.name != "" || a.pronoun != "") {
			if _, ok := c.after(after); ok {
				speaker, cue = c.settle(a)
				return speaker, cue, false
			}
		}
	}
	if a, ok := c.after(after); ok && a.descr != "" && a.name == "" && (a.body || c.organisation(a.descr)) {
		// 'Harbourmaster X said the plan was “…,” the port authority
		// said': a quote inside the reported speech of a person named
		// as the subject of a verb before it is that person's; the
		// body after it reports the words.
		if b, ok := c.before(before); ok && b.name != "" && (countFields(b.name) >= 2 || c.cast.find(b.name) != nil) && !c.organisation(b.name) {
			speaker, cue = c.settle(b)
			return speaker, cue, false
		}
	}
	if a, ok := c.after(after); ok {
		if a.name == "" && a.pronoun == "" && a.role == "" && a.descr == "" && a.unnamed == "" && !a.unknown {
			// '“… the little deal” announced in October, said Derek
			// Fowler, a scholar …': a verb with no subject of its own
			// goes on the quote's sentence; a clause closing the
			// sentence names the speaker.
			if b, ok := c.closingAttribution(after); ok && b.cue != a.cue {
				a = b
			}
		}
		c.roleAfter = true
		speaker, cue = c.settle(a)
		c.roleAfter = false
		return speaker, cue, true
	}
	if a, ok := c.before(before); ok {
		speaker, cue = c.settle(a)
		return speaker, cue, false
	}
	if c.last == "" && c.lx.stopwords[c.lang] == nil {
		// A text in a language no lexicon knows (Turkish, Zulu), before
		// any attribution has named a speaker: which capitalised words
		// are a person is beyond reading, and a law's or a firm's name
		// would take the quote. No speaker is better than a wrong one.
		return "", "", false
	}
	// No attribution: the person the sentence before the quote, in
	// its paragraph, brings in ("Fire Chief Darnell Okafor described the
	// scene. “When we arrived …”"), else only a speaker who has spoken.
	// Between people who have spoken already (a dialogue, a hearing)
	// the subject may be the one addressed: left to the rules below.
	// The subject wins over the last speaker too when the last speaker
	// is no one the article names (an office, an unnamed spokesperson);
	// not where every noun is capitalised, whose noun pairs look like
	// names ("Wiederklage Samsungs").
	// A subject whose sentence holds the quote ("Meacham described it
	// as “…”") wins over the last speaker even when it has spoken before:
	// no sentence break leaves room for a dialogue's other party. (Only
	// a person the cast knows by a full name: a German noun pair is no
	// subject, but a person an attribution has named is ("Aberle geht
	// von 250 Euro aus. „…“" after Pfeiffer spoke); see subjectOpen for
	// a second person closing the gap.)
	if c.subjectHere != "" && !c.nounPair(c.subjectHere) && (c.subjectOpen && c.openSubject() || !slices.Contains(c.speakers, c.subjectHere) || c.subjectHere != c.last && c.quoteOpensSentence() && c.personNamed(c.subjectHere) && (!c.capNouns || c.attributed[c.subjectHere]) || c.last != "" && c.cast.find(c.last) == nil && c.personNamed(c.subjectHere) && !c.capNouns) {
		s := c.subjectHere
		c.said(s)
		return s, "", false
	}
	if c.groupOpens(before) || before != c.paraBefore && c.orgLeads(c.lastSentence(c.paraBefore)) {
		// "Prosecutors alleged that the banker “…”", "Aviation
		// analysts called it the “…”": the quote's sentence has a
		// group for its subject; the words are no earlier speaker's.
		return "", "", false
	}
	// After a question,
	// a quote opening its paragraph unattributed is the answer, by the
	// other party.
	if c.asked && strings.TrimSpace(before) == "" && len(c.speakers) >= 2 {
		other := c.speakers[len(c.speakers)-2]
		c.said(other)
		return other, "", false
	}
	if c.last != "" && c.paraIdx-c.lastPara >= 2 && !c.goesOn(c.paraBefore, after) {
		// "Consider this 2014 slogan — “…”", "directives from Xi to
		// “…”": a quote inside a paragraph of narration, with no
		// attribution, paragraphs after the last speaker's turn, in a
		// paragraph that neither names that speaker nor speaks of a
		// person by pronoun, is a phrase someone else wrote or said
		// (a slogan, a document, another person); no speaker beats
		// the wrong one.
		return "", "", false
	}
	c.lastPara = c.paraIdx
	return c.last, "", false
}

// goesOn says before, the text of a paragraph before an unattributed
// quote in it, and after, the text after the quote, leave room for the
// last speaker to be its speaker: before is empty (the quote opens the
// paragraph, as a quotation running on does), or before or the clause
// right after the quote names the last speaker by a word of the
// name ("Adv Tšosane’s …", possessive or not), or holds a personal
// pronoun ("he", "sie", "ia"; not "it", which is a thing's), which may
// stand for that speaker ('“…,” he aptly sums up').
func (c *quoteCtx) goesOn(before, after string) bool {
	if strings.TrimSpace(before) == "" {
		return true
	}
	name := fields(strings.ToLower(c.last))
	refers := func(t token) bool {
		if g, ok := c.lx.pronouns[t.lower]; ok && g != "n" || c.lx.singularPronouns[t.lower] != "" {
			return true
		}
		if !isCapitalised(t.word) {
			return false
		}
		l := t.lower
		for _, suf := range c.lx.possessive {
			if strings.HasSuffix(l, suf) && len(l) > len(suf) {
				l = l[:len(l)-len(suf)]
				break
			}
		}
		return slices.Contains(name, l)
	}
	for _, t := range c.tokensOf(before) {
		if refers(t) {
			return true
		}
	}
	for _, t := range c.tokensOf(after) {
		if refers(t) {
			return true
		}
		if t.stop || t.comma {
			break
		}
	}
	return false
}

// openSubject says subjectHere may take a quote its sentence holds: a
// person the cast knows by a full name, which in a language that
// capitalises its nouns opens with a known given name ("Susanne Raab",
// not a noun pair such as "LTE-fähigen Samsung-Geräte").
func (c *quoteCtx) openSubject() bool {
	if !c.personNamed(c.subjectHere) {
		return false
	}
	if c.capNouns {
		f := fields(c.subjectHere)
		return c.lx.isGivenWord(f[0])
	}
	return true
}

// closingAttribution reads the attribution that closes the sentence a
// quote stands in, set off by a comma past other clauses ('“…” of the
// boat, which was on patrol, the agency said.'): the clauses after the
// sentence's commas are tried from the last, and one that reads as an
// attribution with a subject (a name, a role, a description, a pronoun)
// and a verb is the quote's. The sentence must end before the next
// quote: a clause of a later sentence attributes nothing here.
func (c *quoteCtx) closingAttribution(after string) (attribution, bool) {
	end := -1
	for i := 0; i < len(after); i++ {
		if b := after[i]; (b == '.' || b == '!' || b == '?') && (i+1 == len(after) || after[i+1] == ' ') {
			end = i + 1
			break
		}
	}
	if end < 0 {
		return attribution{}, false
	}
	sent := after[:end]
	for k := strings.LastIndexByte(sent, ','); k > 0; k = strings.LastIndexByte(sent[:k], ',') {
		seg := sent[k:]
		if len(c.tokensOf(seg)) > maxAttribution {
			break
		}
		a, ok := c.after(seg)
		if !ok || a.cue == "" || a.name == "" && a.role == "" && a.descr == "" && a.pronoun == "" {
			continue
		}
		if a.descr != "" && a.name == "" && (!strings.Contains(strings.ToLower(seg), strings.ToLower(a.descr)) || isLower(a.descr) && !c.determiner(strings.ToLower(fields(a.descr)[0]))) {
			// ", workers said.": a bare plural noun, or a description
			// the clause does not print, is a guess at a speaker (the
			// words are as likely a phrase the workers repeat), and no
			// speaker beats a wrong one.
			continue
		}
		return a, true
	}
	return attribution{}, false
}

// closesOnly says s ends a sentence and holds no other sentence break:
// the rest of one sentence, then the end of it.
func (c *quoteCtx) closesOnly(s string) bool {
	toks := c.tokensOf(s)
	if len(toks) == 0 || !toks[len(toks)-1].stop {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if t.stop {
			return false
		}
	}
	return true
}

// nameAfterPhrase is the name set off by a comma right after the first n
// tokens of toks, a phrase naming a person by role or group ("one of the
// residents, Tom Arlo"): a name of two words or more, or one word the
// cast or the lexicon knows as a name ("salah satu warga, Siti"); ""
// otherwise.
func (c *quoteCtx) nameAfterPhrase(toks []token, n int) string {
	if n <= 0 || n >= len(toks) || !toks[n-1].comma || !isCapitalised(toks[n].word) {
		return ""
	}
	if name := c.nameAt(toks[n:]); countFields(name) >= 2 || name != "" && (c.cast.find(name) != nil || c.lx.isGivenWord(name)) {
		return name
	}
	return ""
}

// partitivePhrase is the phrase toks open with when it is one person of
// a group ("one of the residents", "salah satu warga", "einer der
// Forscher"): the partitive, then the group's words up to the clause's
// end (a comma, a full stop, a relative word), at most maxUnnamedWords
// in all; "" otherwise.
func (c *quoteCtx) partitivePhrase(toks []token) string {
	for _, p := range c.lx.partitives {
		if !tokensAre(toks, p) || len(toks) == len(p) || toks[len(p)-1].comma || toks[len(p)-1].stop {
			continue
		}
		end := len(p)
		for end < len(toks) && end < maxUnnamedWords && !c.lx.relatives[toks[end].lower] {
			end++
			if toks[end-1].comma || toks[end-1].stop {
				break
			}
		}
		if end == len(p) {
			return ""
		}
		return rawPhrase(toks[:end])
	}
	return ""
}

// hasStop says s holds a sentence break.
func (c *quoteCtx) hasStop(s string) bool {
	for _, t := range c.tokensOf(s) {
		if t.stop {
			return true
		}
	}
	return false
}

// onlyAttribution says s, the text between two quoted parts of a
// paragraph, is the first part's attribution and nothing more: one short
// sentence ('," Lee said. “', '," kata dia. "'). An attribution closed by a
// comma ('," Lee said, “but …”') leaves two quotes, each part printed as
// a quote of its own; a second sentence ("Sein Urteil:") or a clause running into the
// next part ("asserting that the interest extends") makes the parts two
// quotes.
func (c *quoteCtx) onlyAttribution(s string) bool {
	toks := c.tokensOf(s)
	if len(toks) == 0 || len(toks) > 2*maxAttribution {
		return false
	}
	if len(toks) > maxAttribution {
		// '," said Bill Powers, a San Diego engineer who advises the
		// regulators. “…”': a long appositive in the attribution; but
		// no clause running on ("adding that …").
		for _, t := range toks {
			if c.lx.participles[t.lower] {
				return false
			}
		}
		if !c.hasVerb(toks) {
			return false
		}
		// The length is an appositive's: a name, a comma, an
		// indefinite article ("Lina Khatib, an expert on …").
		appositive := false
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].comma && isCapitalised(toks[i].word) && c.lx.isArticle(toks[i+1].lower) && !c.lx.isRoleDet(toks[i+1].lower) {
				appositive = true
				break
			}
		}
		if !appositive {
			return false
		}
	}
	for _, t := range toks[:len(toks)-1] {
		if t.stop {
			return false
		}
	}
	return toks[len(toks)-1].stop
}

// attribution is what an attribution names: a speaker, or a pronoun
// standing for one, and the cue.
type attribution struct {
	name, pronoun, cue string
	gender             string // the pronoun's gender when its verb tells it ("sagte sie")
	role               string // a role noun's title word: "director" of "the Director"
	descr              string // a speaker never named, given by role: "ein Sprecher"
	// unnamed is a role after the verb without an article ("kata
	// tersangka"): the speaker when the article has named no one.
	unnamed string
	// unknown says the attribution's subject names someone the reader
	// could not resolve: the speaker is left empty, not the last one.
	unknown bool
	// own says the verb carries its own pronoun ("ujarnya",
	// "katanya"): a pronoun of no gender, read as "ia", "dia" are.
	own bool
	// epithet says the subject is an age or a nationality with its
	// determiner ('," said the 36-year-old', '“, sagte der
	// 51-Jährige', '," the Spaniard said'): the person the text has
	// just been about (byEpithet), who need not be the last speaker.
	epithet bool
	// body says descr is a body or a group speaking as itself
	// ("the police", bodySubject), no person.
	body bool
}

// namesOther says subj, the words before a verb leading into a quote,
// hold a capitalised word past the first that names a person of the
// cast other than the last speaker: someone else is the subject, though
// the reader could not read the subject's phrase.
func (c *quoteCtx) namesOther(subj []token) bool {
	last := strings.ToLower(c.lastOrRecent())
	for k, t := range subj {
		if k == 0 || !isCapitalised(t.word) || c.capNouns {
			continue
		}
		if m := c.cast.findLower(t.word, t.lower); m != nil && !slices.Contains(fields(last), t.lower) {
			return true
		}
	}
	return false
}

// settle resolves an attribution to a full name and remembers it as the
// last speaker.
func (c *quoteCtx) settle(a attribution) (string, string) {
	speaker := ""
	switch {
	case a.name != "":

		speaker = c.cast.resolve(a.name)
		if speaker == a.name {
			if n := c.officeShortHolder(a.name); n != "" {
				speaker = n
			} else if n := c.regionHolder(a.name); n != "" {
				speaker = n
			}
		}
		if c.attributed == nil {
			c.attributed = map[string]bool{}
		}
		c.attributed[speaker] = true
	case a.pronoun != "":
		speaker = c.byPronoun(a.pronoun, a.gender)
		if c.last == "" && c.lang != "" && c.lx.stopwords[c.lang] == nil {
			// (As a verb without a subject below: in a language whose
			// words the lexicons cannot tell, a pronoun before anyone
			// has spoken stands for no one the reader can name.)
			speaker = ""
		}
	case a.role != "" && c.unnamedNouns[a.role] && !c.paraPerson && c.lx.personNouns[a.role] != "" && c.roleDet != "":
		// "sagte der Mann" after "ein 50-jähriger Mann aus Köln":
		// the unnamed person the article brought in, as written.
		speaker = c.roleDet
	case a.role != "" && c.lx.anonSources[a.role]:
		// "the source said": an informant the article keeps unnamed,
		// never the person who spoke last.
		speaker = c.anonSource(a.role)
	case a.role != "" && c.lx.isTitle(a.role) && !c.isOrgNoun(a.role) && c.subjectHere != "" && c.subjectHere != c.last &&
		c.personNamed(c.subjectHere) && c.cast.byRole(a.role) == nil:
		// "Lucía Berrocal quiso restar importancia al error. «…»,
		// añadió la directora técnica de …": a role no one of the cast
		// holds, after a sentence of the paragraph whose subject is a
		// person, is that person, not the last one to speak.
		speaker = c.subjectHere
		c.roleQual = c.roleQual[:0]
	case a.role != "" && c.paraSpeaker != "" && c.cast.find(c.paraSpeaker) != nil:
		// '“A”, resalta González. “B”, añade el investigador': a role
		// noun in the paragraph where a named person has just spoken
		// goes on with that person.
		speaker = c.paraSpeaker
		c.roleQual = c.roleQual[:0]
	case a.role != "":
		speaker = c.byRole(a.role)
	case a.descr != "" && c.officeShortHolder(a.descr) != "":
		speaker = c.officeShortHolder(a.descr)
	case a.descr != "":
		speaker = a.descr
		if a.body {
			if c.bodies == nil {
				c.bodies = map[string]bool{}
			}
			c.bodies[speaker] = true
		}
	case a.epithet:
		speaker = c.byEpithet()
	case a.unknown:
		return "", a.cue
	case a.cue != "" && c.lx.verbFinal[c.lang] && c.commaSubject() != "":
		// 'Sözlerini anlatan Erbaşlı, "…" diye konuştu.': in a
		// verb-final language the verb after the quote has its subject
		// right before the quote, set off by a comma.
		speaker = c.cast.resolve(c.commaSubject())
	case a.own && c.ownSubject() != "":
		// "Kepala Dinas Siti Aminah meninjau lokasi. “…,” ujarnya.":
		// the verb's own pronoun stands, as "ia" and "dia" do, for
		// the person last named as a clause's subject, who need not
		// be the last speaker.
		speaker = c.ownSubject()
	case c.roleNounSubject != "" && c.roleNounSubject == c.subjectHere:
		// "El consejero ha lanzado un mensaje. «…», ha insistido.":
		// a verb without its subject after a sentence of the paragraph
		// whose subject is a role noun standing for a member of the
		// cast goes on with that member, not with the last speaker.
		speaker = c.subjectHere
	case c.roleSubject != "" && c.roleSubject == c.subjectHere && !slices.Contains(c.speakers, c.subjectHere):
		// "El alcalde, Ángel Collados, apenas hablaba. «…», relató.":
		// a verb without its subject after a paragraph's sentence
		// that brought in a new person as its subject.
		speaker = c.subjectHere
	case c.subjectOpen && c.subjectHere != "" && c.subjectHere != c.last && c.namedPerson(c.subjectHere):
		// 'Bidzina Karelidze, founder of the "New Path" party,
		// insisted: "…"': the verb's sentence is still open, its
		// subject named before a quoted name broke the text.
		speaker = c.subjectHere
	case c.lx.dropSubj[c.lang] && c.subjectHere != "" && c.subjectHere != c.last && c.namedPerson(c.subjectHere):
		// "El ministro Pablo Grandes elogió al autor. «…», dijo.":
		// where the language drops its subjects, a verb without its
		// subject after a sentence of the quote's paragraph whose
		// subject is a person the cast knows by a full name goes on
		// with that person, not with the last one to speak.
		speaker = c.subjectHere
	default:
		speaker = c.lastOrRecent() // "kata politisi Partai Hanura itu"
		if c.bodies[speaker] && c.paraIdx != c.lastPara {
			// '„…“, ergänzte die Familie.' then, paragraphs on, 'Der
			// Lyriker X würdigte sie. „…“, sagte der 86-Jährige dem
			// Sender': a body goes on speaking only in its paragraph;
			// past it, a verb without a subject the reader can tell is
			// the person the paragraph brings in, else no one.
			speaker = ""
			if c.subjectHere != "" && c.namedPerson(c.subjectHere) {
				speaker = c.subjectHere
			}
		}
		if c.last == "" && c.lang != "" && c.lx.stopwords[c.lang] == nil {
			// A text in a language whose words the lexicons cannot
			// tell (declared, with no stopwords: Zulu, Turkish): before any
			// attribution has named a speaker, a verb without a
			// subject ('"…," kusho yena.') is not the last person
			// named, who is as likely the one the story is about.
			speaker = ""
		}
		if c.last == "" && speaker != "" && c.lx.dropSubj[c.lang] && !c.subjectNear(speaker) {
			// Where the language drops its subjects (Spanish, Italian,
			// Portuguese: '«…», confesó.', '"…", ha aggiunto.'), a verb
			// alone before anyone has spoken is not the last name some
			// paragraphs back, which is as likely an object or an aside
			// ("… como Ayrton Senna"): only a person the quote's
			// paragraph names, or none (a wrong speaker is worse than
			// none). (Elsewhere a verb alone is rare and the recent name
			// has served: "katanya" after a paragraph naming the
			// speaker.)
			speaker = ""
		}
		if c.last == "" && len(c.active) > 0 && !c.capNouns && !c.organisation(c.active[len(c.active)-1]) &&
			countFields(c.active[len(c.active)-1]) >= 2 && c.cast.find(c.active[len(c.active)-1]) != nil &&
			(!c.lx.dropSubj[c.lang] || c.subjectNear(c.active[len(c.active)-1])) {
			// "Presiden Joko Widodo meninjau lokasi banjir bersama
			// Gubernur Ganjar Pranowo. “…,” katanya.": before anyone
			// has spoken, a verb without its subject goes on with the
			// person last named as a subject, not with the last name
			// dropped (an object, a companion), as "ia", "dia" do.
			// (A person the cast knows by a full name; not where every
			// noun is capitalised, whose subjects may be noun pairs.)
			// Where the language drops its subjects, only a person the
			// quote's paragraph names: a name some paragraphs back
			// ("… como Ayrton Senna. … «…», confesó") is as likely an
			// object or an aside as the speaker.
			speaker = c.active[len(c.active)-1]
		}
		if c.lx.verbFinal[c.lang] && strings.ContainsAny(speaker, "'’") {
			// "Toplantı İzmir'de yapıldı …": Turkish prints a proper
			// noun's case ending after an apostrophe; a name in another
			// case than the subject's spoke nothing.
			speaker = ""
		}
		if speaker == "" {
			speaker = a.unnamed // "kata tersangka", no one named yet
		}
	}
	g := c.lx.verbGender(a.cue, c.lang)
	if g != "" && speaker != "" && a.name != "" && c.gender[speaker] == "" && c.cast.genderOf(speaker, c.lx, c.lang) == "" {
		// '„…,“ řekl Kubát.': the verb's form tells the gender of the
		// person it names, for a later verb or pronoun to agree with.
		c.gender[speaker] = g
	}
	if g != "" && speaker != "" && a.name == "" && a.pronoun == "" &&
		a.role == "" && a.descr == "" && !a.epithet && !c.genderFits(speaker, g) {
		// '„…,“ řekl Kubát. „…,“ dodala.': a verb without its subject
		// whose form tells the subject's gender (the Slavic past
		// tense) never goes to a person known to be of the other
		// gender; it is read as a pronoun of its gender would be
		// ("dodala ona"), which finds the person of that gender the
		// text is about, or no one.
		speaker = c.byPronoun("", g)
	}
	if speaker != "" {
		c.said(speaker)
	}
	return speaker, a.cue
}

// sentenceCaseOffice reads an office written in sentence case after a
// verb ("kata Juru bicara Kementerian X", "ujar Wakil ketua DPRD X",
// "kata Kepala dinas Kesehatan X") as the office in lower case is read
// ("kata juru bicara …"): its first word a title, capitalised, its
// second in lower case and a title's word, a title with the first, or a
// word before a capitalised one (the body's name). The first word is
// lowered in a copy of toks; its raw form is kept as printed.
func (c *quoteCtx) sentenceCaseOffice(toks []token) []token {
	if len(toks) < 3 || c.capNouns || !isCapitalised(toks[0].word) || isUpperWord(toks[0].word) || toks[0].comma || toks[0].stop ||
		!c.lx.isTitleWord(toks[0].lower) || !isLower(toks[1].word) || toks[1].stop {
		return toks
	}
	second := toks[1].lower
	if !c.lx.isTitleWord(second) && !c.lx.isTitleWord(toks[0].lower+" "+second) &&
		(toks[1].comma || c.lx.isStopword(second) || c.lx.isVerb(second) || !isCapitalised(toks[2].word)) {
		return toks
	}
	out := slices.Clone(toks)
	out[0].word = out[0].lower
	return out
}

// writtenSubject says rest, the words right after a verb leading out of
// a quote, open with a written subject: a capitalised word (a name, a
// title, an office's short form), not a pronoun, stopword, day or month
// ('," said Monday'), in the verb's own clause.
func (c *quoteCtx) writtenSubject(verb token, rest []token) bool {
	if verb.comma || verb.stop || len(rest) == 0 {
		return false
	}
	w := rest[0]
	if !isCapitalised(w.word) && !isUpperWord(w.word) || c.capNouns {
		return false
	}
	l := w.lower
	return !c.isPronoun(w.word) && !c.lx.isStopword(l) && c.lx.months[l] == 0 && !c.lx.days[l]
}

// writtenOfficeHolder is the member of the cast who holds the office whose
// title word, capitalised, opens toks ("Bupati" of "kata Bupati kepada
// wartawan" after "Bupati Sumba Timur Khristofel Praing"); "" when toks
// open with no title word or no member holds it.
func (c *quoteCtx) writtenOfficeHolder(toks []token) string {
	if len(toks) == 0 || !c.lx.isTitleWord(toks[0].lower) {
		return ""
	}
	if m := c.cast.byRole(toks[0].lower); m != nil {
		return m.name
	}
	return ""
}

// capitalisedRunStart is where the run of capitalised words that ends
// toks starts.
func capitalisedRunStart(toks []token) int {
	j := len(toks) - 1
	for j > 0 && (isCapitalised(toks[j-1].word) || isUpperWord(toks[j-1].word)) && !toks[j-1].comma && !toks[j-1].stop {
		j--
	}
	return max(j, 0)
}

// runOpensClause says the capitalised run that ends subj opens its
// clause: it starts the words, or follows a comma, a stop or a stopword
// ("Sementara itu, Bupati X", "But Port Chief Y"), not a number or a
// content word ("as early as 500 BC").
func (c *quoteCtx) runOpensClause(subj []token) bool {
	j := capitalisedRunStart(subj)
	if j == 0 {
		return true
	}
	p := subj[j-1]
	return p.comma || p.stop || isLower(p.word) && c.lx.isStopword(p.lower) && !isNumber(p.word)
}

// commaSubject is the name that ends the quote's paragraph before the
// quote, set off from it by a comma ('… anlatan Erbaşlı, "…"'), read as
// nameAt reads a name from the capitalised run's first word; "" when the
// text before the quote ends otherwise, or the run names no one the cast
// knows by a full name.
func (c *quoteCtx) commaSubject() string {
	toks := c.tokensOf(c.paraBefore)
	n := len(toks)
	if n == 0 || !toks[n-1].comma || !strings.HasSuffix(strings.TrimSpace(c.paraBefore), ",") {
		return ""
	}
	k := n - 1
	for k > 0 && isCapitalised(toks[k-1].word) && !toks[k-1].comma && !toks[k-1].stop {
		k--
	}
	if !isCapitalised(toks[k].word) {
		return ""
	}
	name := c.nameAt(toks[k:])
	if name == "" || countFields(name) < 2 && c.cast.find(name) == nil && !c.loneSurname(name) {
		return ""
	}
	return name
}

// loneSurname says name, one capitalised word, may be a person the
// article calls by the surname alone ("Bakan Uraloğlu" then "Uraloğlu,"):
// in mixed case, no case ending after an apostrophe ("Ankara'da"), no
// stopword, month or day, and no organisation, place or outlet by the
// lexicons.
func (c *quoteCtx) loneSurname(name string) bool {
	l := strings.ToLower(name)
	if isUpperWord(name) || strings.ContainsAny(name, "'’") || c.lx.isStopword(l) || c.lx.months[l] != 0 || c.lx.days[l] {
		return false
	}
	return c.lx.kindOfWords(name, []string{name}, []string{l}, c.lang) == kindUnknown
}

// ownSubject is whom a verb carrying its own pronoun ("ujarnya") stands
// for when that is not the last speaker: the person last named as a
// clause's subject, in the quote's paragraph or the one before, when the
// cast knows the person by a full name (not an organisation, nor a run
// of capitalised nouns: "Festival Danau Toba digelar …" names no one);
// "" otherwise, leaving the verb to the last speaker.
func (c *quoteCtx) ownSubject() string {
	if len(c.active) == 0 || c.capNouns {
		return ""
	}
	s := c.active[len(c.active)-1]
	m := c.cast.find(s)
	if s == c.last || m == nil || c.organisation(s) || c.nounPair(s) || countFields(s) < 2 {
		return ""
	}
	if !c.attributed[s] && !c.titledMember(m) && !c.opensWithGiven(m) {
		// A person comes with a given name the lexicon knows, a title,
		// or an attribution naming it before; capitals opening a
		// sentence may be an event's or a place's ("Festival Danau
		// Toba digelar …").
		return ""
	}
	if at, ok := c.subjectIn[s]; !ok || at < c.paraIdx-1 {
		return ""
	}
	return s
}

// subjectNear says name is a person the text around the quote is about:
// the subject of its paragraph's sentence before it, a person its
// paragraph names, or a person named as a clause's subject in this
// paragraph or the one before.
func (c *quoteCtx) subjectNear(name string) bool {
	if name == c.subjectHere || slices.Contains(c.paraNamed, name) {
		return true
	}
	at, ok := c.subjectIn[name]
	return ok && at >= c.paraIdx-1
}

// said records speaker as the last one.
func (c *quoteCtx) said(speaker string) {
	c.last, c.lastPara = speaker, c.paraIdx
	for i, s := range c.speakers {
		if s == speaker {
			c.speakers = append(c.speakers[:i], c.speakers[i+1:]...)
			break
		}
	}
	c.speakers = append(c.speakers, speaker)
	c.active = append(slices.DeleteFunc(c.active, func(s string) bool { return s == speaker }), speaker)
}

// byPronoun resolves a pronoun to the most recent speaker it can stand
// for: a gendered pronoun skips speakers known to be of the other gender
// and teaches the gender of the one it lands on.
func (c *quoteCtx) byPronoun(p, gender string) string {
	g := c.lx.pronouns[strings.ToLower(p)]
	if gender != "" {
		g = gender
	}
	if g == "n" {
		// "it said", "hieß es": a body or a document, never a person:
		// the last speaker unless it opens with a given name the
		// lexicon knows ("Big Machine … it says"), else the organisation
		// last a subject or a speaker, else no one.
		if s := c.lastOrRecent(); s != "" && !c.lx.isGivenName(strings.ToLower(fields(s)[0])) {
			return s
		}
		for i := len(c.active) - 1; i >= 0; i-- {
			if c.organisation(c.active[i]) {
				return c.active[i]
			}
		}
		return ""
	}
	if g != "m" && g != "f" {
		// "ia", "dia", "they": the person mentioned last as a subject
		// or a speaker.
		if len(c.active) > 0 {
			return c.active[len(c.active)-1]
		}
		return c.lastOrRecent()
	}
	if (c.paraUnnamedG == g || c.paraUnnamedG == "*") && !c.paraPerson {
		// "WIRED spoke to one mother, who … “…,” she said": the
		// person the paragraph brought in unnamed.
		return c.paraUnnamed
	}
	if s := c.subjectHere; s != "" && c.namedPerson(s) && c.genderFits(s, g) {
		// "„…“, schrieb Hartwig. Der Ministerpräsident Pablo Serrano
		// würdigte den Autor. „…“, sagte er.": the person the text
		// right before the quote brings in as its subject is who the
		// pronoun means, not a name closing an earlier sentence of the
		// paragraph.
		c.gender[s] = g
		return s
	}
	if s := c.namedHere(g); s != "" {
		c.gender[s] = g
		return s
	}
	if s := c.onlyNamedBefore(g); s != "" {
		c.gender[s] = g
		return s
	}
	for i := len(c.active) - 1; i >= 0; i-- {
		s := c.active[i]
		if c.organisation(s) || c.nounPair(s) || c.loneNoun(s) {
			continue // "he" is no office: "the U.S. Attorney's Office said"
		}
		if countFields(s) == 1 && c.subjectIn[s] != c.paraIdx && !slices.Contains(c.speakers, s) {
			// "Mr Makama then sold the lease." then "“…,” he said"
			// in the next paragraph, after another man's quotes: one
			// word after a title ("Prince Andrew") is the pronoun's
			// person in its own paragraph, or once it has spoken;
			// paragraphs on, the speaker before it is likelier.
			continue
		}
		if c.gender[s] == "" {
			c.gender[s] = c.cast.genderOf(s, c.lx, c.lang)
		}
		switch c.gender[s] {
		case g:
			return s
		case "":
			c.gender[s] = g
			return s
		}
	}
	if c.last == "" {
		// No one has spoken yet: a profile's "he explains" is its
		// subject's, not the last name dropped ("figures like
		// Malcolm X").
		if m := c.cast.protagonist(); m != nil {
			return m.name
		}
	}
	s := c.lastOrRecent()
	if s != "" && c.cast.find(s) != nil {
		if sg := c.cast.genderOf(s, c.lx, c.lang); sg != "" && sg != g {
			// "she said" where every speaker is known to be a man:
			// the woman meant is someone the resolver did not read;
			// no speaker is better than the wrong one.
			return ""
		}
	}
	return s
}

// genderFits says the person s is of gender g or of none known.
func (c *quoteCtx) genderFits(s, g string) bool {
	sg := c.gender[s]
	if sg == "" {
		sg = c.cast.genderOf(s, c.lx, c.lang)
	}
	return sg == "" || sg == g
}

// byEpithet resolves an age or a nationality standing for a person (',"
// said the 36-year-old', '," the Dutchman said'): news writes it of
// the person the text has just been about, last named as a clause's
// subject or last to speak (active), who need not be the last speaker
// ("Murray served out the match." after another player's quotes). An
// organisation, or a run of nouns where every noun is capitalised, has
// no age; before anyone is active, the last speaker or the person named
// last.
func (c *quoteCtx) byEpithet() string {
	for i := len(c.active) - 1; i >= 0; i-- {
		if s := c.active[i]; !c.organisation(s) && !c.nounPair(s) && !c.bodies[s] {
			return s
		}
	}
	if s := c.lastOrRecent(); !c.bodies[s] {
		return s
	}
	return ""
}

// namedHere is the person of gender g the paragraph named last, when
// the gender of everyone named after that person is known and differs:
// one of unknown gender in between leaves the pronoun to the speakers
// (the person may be who it means), and so does a paragraph naming no
// one.
func (c *quoteCtx) namedHere(g string) string {
	for i := len(c.paraNamed) - 1; i >= 0; i-- {
		s := c.paraNamed[i]
		if c.nounPair(s) {
			continue // "im Berliner Ortsteil Johannisthal."
		}
		pg := c.gender[s]
		if pg == "" {
			pg = c.cast.genderOf(s, c.lx, c.lang)
		}
		switch pg {
		case g:
			return s
		case "":
			return ""
		}
	}
	return ""
}

// onlyNamedBefore is the one person of the cast, of gender g or of none
// known, whom the quote's paragraph names before the quote as a clause's
// subject ("Doch Anna Berg, die …, ist überzeugt: … „…“, regt sie an",
// "betont die Sprecherin …, Marta Kieling, dass …") or by any mention
// when the last speaker is known to be of the other gender ("When Tom
// visited his agent Nora Hale …, “…,” she recalled"); "" when the
// paragraph names no one, or two or more who may be meant. A pronoun
// stands for someone its own paragraph has just brought in before any
// speaker of paragraphs back. A person named as an object ("Officers
// arrested John Marsh. “…,” he said") is not who the pronoun means
// while the last speaker may be. (Names inside quotations, a given name
// alone, the article's author, an organisation or a run of capitalised
// nouns are no referent here.)
func (c *quoteCtx) onlyNamedBefore(g string) string {
	if strings.TrimSpace(c.paraBefore) == "" {
		return ""
	}
	lastOther := false
	if c.last != "" {
		lg := c.gender[c.last]
		if lg == "" {
			lg = c.cast.genderOf(c.last, c.lx, c.lang)
		}
		lastOther = lg != "" && lg != g
	}
	toks := c.tokensOf(unquoted(c.paraBefore))
	found := ""
	for k, t := range toks {
		if !isCapitalised(t.word) || c.isPronoun(t.word) {
			continue
		}
		m := c.cast.findLower(t.word, t.lower)
		if m == nil || m.author || len(m.words) < 2 || m.name == found || c.organisation(m.name) || c.nounPair(m.name) {
			continue
		}
		if mg := c.gender[m.name]; mg != "" && mg != g {
			continue
		} else if mg == "" {
			if cg := c.cast.genderOf(m.name, c.lx, c.lang); cg != "" && cg != g {
				continue
			}
		}
		if !lastOther && !c.subjectPlace(toks, k, m) {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.name
	}
	if m := c.cast.find(found); m != nil && !c.attributed[found] && !c.opensWithGiven(m) && !c.titledMember(m) {
		// "Tiktoks Empfehlungssysteme", "a controller, Chromecast
		// Ultra and …": a person opens with a given name the lexicon
		// knows, came with a title, or an attribution has named it.
		// (Such a run still counts among those who may be meant.)
		return ""
	}
	return found
}

// titledMember says a person's title came with m ("Kepala Dinas …",
// "Mayor …"): a role the cast noted that is a title, not an
// organisation's word ("Festival" of "Festival Danau Toba").
func (c *quoteCtx) titledMember(m *member) bool {
	for _, r := range m.roles {
		if c.lx.isTitle(r) && !c.isOrgNoun(r) {
			return true
		}
	}
	return false
}

// opensWithGiven says m's name opens with a given name: one the lexicon
// knows, or the two initials a person goes by before a surname ("JD
// Vance"; see initialsGiven).
func (c *quoteCtx) opensWithGiven(m *member) bool {
	return c.lx.isGivenName(m.lower[0]) || len(m.words) == 2 && initialsGiven(m.words[0])
}

// namedPerson says name is a person's full name the cast holds and reads
// as a person's: named with a title or attributed a quote before, or
// opening with a known given name; not an organisation's, nor opening
// with a title ("Policía Local", "Guardia Civil" in a list of services
// are no one's name).
func (c *quoteCtx) namedPerson(name string) bool {
	m := c.cast.find(name)
	if m == nil || countFields(name) < 2 || c.organisation(name) || c.lx.isTitle(m.lower[0]) {
		return false
	}
	return c.attributed[name] || c.titledMember(m) || c.opensWithGiven(m)
}

// subjectPlace says the mention of m at toks[k] stands where a clause's
// subject does: its run (the name's words, and titles right before
// them) opens the text or a sentence, follows a sentence's first word
// ("Doch Anna Berg …", "But Ann Lee …"), or is set off by a comma (an
// appositive after a role: "die Sprecherin …, Marta Kieling, …").
// After a verb or a preposition in lower case it is an object.
func (c *quoteCtx) subjectPlace(toks []token, k int, m *member) bool {
	start := k
	for start > 0 {
		p := toks[start-1]
		if p.comma || p.stop || !isCapitalised(p.word) || !containsStr(m.lower, p.lower) && !c.lx.isTitle(p.lower) {
			break
		}
		start--
	}
	if start == 0 || toks[start-1].stop || toks[start-1].comma {
		return true
	}
	if p := toks[start-1]; isLower(p.word) && (toks[k].comma || toks[k].stop) && start >= 2 && toks[start-2].comma {
		// "The key to its success, says Buser, is …": the subject
		// of a reporting verb set off by commas before it ("told
		// Johnson" is the verb's object).
		if v, pron := c.verbLower(p.lower); v && !pron {
			return true
		}
	}
	return start == 1 || toks[start-2].stop
}

// unquoted is s with the words inside its quotations left out: a name
// a quote speaks of ("« Le président Macron et moi … »") is no one the
// narration brings in.
func unquoted(s string) string {
	return unquotedSpans(s, findSpans(s))
}

// unquotedSpans is unquoted(s) for spans = findSpans(s).
func unquotedSpans(s string, spans []span) string {
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	prev := 0
	for _, sp := range spans {
		if sp.start < prev {
			continue
		}
		b.WriteString(s[prev:sp.start])
		b.WriteString(" ")
		prev = sp.end
	}
	if prev < len(s) {
		b.WriteString(s[prev:])
	}
	return b.String()
}

// lastOrRecent is the last speaker or, before anyone has spoken, the
// last person named ("John Kirby spoke to reporters. … he said").
// organisation says s, a speaker, is an organisation the article named,
// or a phrase whose head is an organisation's word ("U.S. Attorney's
// Office", "the French foreign ministry"): a gendered pronoun never
// stands for it.
func (c *quoteCtx) organisation(s string) bool {
	if c.cast.find(s) != nil {
		return false
	}
	if slices.Contains(c.cast.orgs, s) {
		return true
	}
	ws := fields(s)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	return c.lx.isOrgWordIn(last, c.lang) || c.isOrgNoun(last)
}

// loneNoun says s, a subject a sentence gave, is one capitalised word in
// a language that capitalises every noun, which the cast holds as no one
// and no attribution named, and no given name the lexicon knows ("Ein
// Anwohner namens Rudi"): a noun ending an organisation's name ("Die
// Direktion für öffentliches Beschaffungswesen sagt …"), never what "er"
// or "sie" stands for.
func (c *quoteCtx) loneNoun(s string) bool {
	return c.capNouns && countFields(s) == 1 && !c.attributed[s] && c.cast.find(s) == nil && !c.lx.isGivenWord(s)
}

func (c *quoteCtx) lastOrRecent() string {
	if c.last != "" {
		return c.last
	}
	if c.cast.recent != nil && !c.nounPair(c.cast.recent.name) {
		return c.cast.recent.name
	}
	return ""
}

// nounPair says s, a name the cast or a clause's subject gives, may be
// only capitalised nouns, in a language that capitalises every noun
// ("Strenge Regeln", "Viele Lego-Fans", "Berliner Ortsteil
// Johannisthal"): no attribution named it as a speaker, its first word
// is no given name the lexicon knows, no title came with it, and its
// last word never stands alone in the article as a surname would. Such
// a run is never what a pronoun, a bare verb or an unattributed quote
// falls to.
func (c *quoteCtx) nounPair(s string) bool {
	if !c.capNouns || c.attributed[s] {
		return false
	}
	f := fields(s)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if c.lx.isGivenWord(w) {
			return false // "Lehrer Andreas Heller"
		}
	}
	if m := c.cast.find(s); m != nil && len(m.roles) > 0 {
		return false
	}
	first := strings.ToLower(f[0])
	if c.lx.isStopword(first) || c.lowerSeen[first] {
		// "Viele Lego-Fans", "Strenge Regeln" where the article
		// writes "strenge" too: a word of the language, no name's.
		return true
	}
	for _, w := range f {
		if c.isCommonNoun(strings.ToLower(w)) {
			return true
		}
	}
	// Nothing above says the words are nouns, nor that they are a
	// name: a person's surname comes back alone ("Aiden Aimen ist
	// Objektleiter … so Aimen"), where the words of a noun phrase
	// ("Tiktoks Empfehlungssysteme", "Berliner Ortsteil Johannisthal")
	// seldom do.
	return len(f) >= 2 && !c.loneSeen[strings.ToLower(f[len(f)-1])]
}

// noteLowerWords fills lowerSeen with the words paras print in lower
// case, where every noun is capitalised: a name's words never are; and
// loneSeen with the capitalised words they print alone, after a word in
// lower case and before no capital ("so Aimen.", "sagte Weber"): a
// surname standing for its person.
func (c *quoteCtx) noteLowerWords(paras []string) {
	if !c.capNouns {
		return
	}
	c.lowerSeen = map[string]bool{}
	c.loneSeen = map[string]bool{}
	for _, p := range paras {
		f := fields(p)
		for i, raw := range f {
			w := strings.TrimFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) })
			if w == "" {
				continue
			}
			if isLower(w) {
				c.lowerSeen[w] = true
				continue
			}
			if i == 0 || !isCapitalised(w) || !isLower(f[i-1]) {
				continue
			}
			next := ""
			if i+1 < len(f) {
				next = strings.TrimFunc(f[i+1], func(r rune) bool { return !unicode.IsLetter(r) })
			}
			if next == "" || !isCapitalised(next) || strings.ContainsAny(raw, ".,;:!?") {
				c.loneSeen[strings.ToLower(w)] = true
			}
		}
	}
}

// token is a word of an attribution with its punctuation.
type token struct {
	word  string // letters and digits only
	lower string // word in lower case
	raw   string
	comma bool // a comma (or colon) follows it
	stop  bool // a full stop, "?" or "!" follows it
	aged  bool // an age in brackets followed it: "Rina (34)"
}

// isParenAge says raw, a field of text, is an age in brackets: "(34)",
// "(7),", "(81)." — one to three digits.
func isParenAge(raw string) bool {
	raw = trimStops(raw, false)
	if len(raw) < 3 || len(raw) > 5 || raw[0] != '(' || raw[len(raw)-1] != ')' {
		return false
	}
	for _, r := range raw[1 : len(raw)-1] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// newQuoteCtx is the quote reader's state for an article in lang.
func newQuoteCtx(lx *lexicon, lang string) *quoteCtx {
	return &quoteCtx{lx: lx, lang: lang, capNouns: lx.capNouns[lang], ownVerbs: lx.ownVerbs[lang], cast: newCast(), gender: map[string]string{}}
}

// tokenized is a text and its tokens.
type tokenized struct {
	s    string
	toks []token
}

// tokensOf is c.lx.tokenize(s), read once for the tokMemoSize texts tokenised
// last. The quote reader reads each stretch of a paragraph several times:
// the text before a quote in learn, workTitle, before and
// onlyAttribution; the text after one in after, then in learn as the
// next quote's text before or as the paragraph's rest; the paragraph
// after a quote in followUp, then in learn. The tokens are shared: a
// caller must not change them (none does; they are read only), and their
// memory is not reused while c reads the article, so a slice stays valid
// after later calls.
//
// The tokens are written into chunks of tokChunkPool, one after another
// (a text is given the chunk's free rest; a text the rest cannot hold
// opens a new chunk, and one longer than a chunk has memory of its own);
// readArticleQuotes gives the chunks back when it is done (releaseTokens).
// A slice handed out is capped at its length, so no append reaches the
// free rest.
func (c *quoteCtx) tokensOf(s string) []token {
	for _, m := range c.tokMemo {
		if m.toks != nil && m.s == s {
			return m.toks
		}
	}
	if n := strings.Count(s, " ") + 1; n <= tokChunk && len(c.tokFree) < n+tokSlack {
		chunk := tokChunkPool.Get().(*[]token)
		c.tokChunks = append(c.tokChunks, chunk)
		c.tokFree = (*chunk)[:tokChunk]
	}
	toks := c.lx.tokenizeInto(c.tokFree[:0], s)
	if len(toks) > 0 && len(c.tokFree) > 0 && &toks[0] == &c.tokFree[0] {
		c.tokFree = c.tokFree[len(toks):] // written into the chunk
	}
	toks = toks[:len(toks):len(toks)]
	if toks == nil {
		toks = []token{} // a text of no words is kept too
	}
	if ps := c.lx.namePrefixes[c.lang]; len(ps) > 0 {
		unprefixNames(toks, ps)
	}
	c.tokMemo[c.tokNext] = tokenized{s, toks}
	c.tokNext = (c.tokNext + 1) % tokMemoSize
	return toks
}

// unprefixNames drops from each token a prefix of ps glued to a capital
// ("uSokhela" → "Sokhela", Zulu's prefix of a name in the subject's
// case), so that the name readers see the name as a capitalised word. A
// word with a prefix and no capital after it is left as it is.
func unprefixNames(toks []token, ps []string) {
	for i := range toks {
		t := &toks[i]
		for _, p := range ps {
			// (Opening a sentence the prefix is capitalised, "UNkk
			// Dlamini"; a word in capitals, "UNICEF", has none.)
			if len(t.lower) <= len(p) || !strings.HasPrefix(t.lower, p) || isUpperWord(t.word) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(t.word[len(p):]); !unicode.IsUpper(r) {
				continue
			}
			t.word, t.lower = t.word[len(p):], t.lower[len(p):]
			for k := 0; k+len(p) <= len(t.raw); k++ {
				if strings.EqualFold(t.raw[k:k+len(p)], p) {
					t.raw = t.raw[:k] + t.raw[k+len(p):]
					break
				}
			}
			break
		}
	}
}

// tokMemoSize is how many of the last texts tokensOf keeps the tokens
// of. Two were enough for the reader's own rereadings; learn reads again
// a paragraph's stretch after the quote reader has tokenised one or two
// others in between.
const tokMemoSize = 4

// tokChunk is how many tokens a chunk of tokChunkPool holds (a page of
// the benchmarks tokenises about 800); tokSlack is the room a text is
// given beyond one token a space (a comma glued to a word, a dash between
// words, make more).
const tokChunk, tokSlack = 1024, 16

// tokChunkPool keeps the memory of the quote reader's tokens between
// articles. A chunk given back is emptied (releaseTokens), so no token of
// one article is seen by another, and sync.Pool is safe for concurrent
// use: Normalize stays pure.
var tokChunkPool = sync.Pool{New: func() any {
	chunk := make([]token, tokChunk)
	return &chunk
}}

// releaseTokens gives c's chunks of tokens back to tokChunkPool. Nothing
// may read a token of c's afterwards.
func (c *quoteCtx) releaseTokens() {
	for _, chunk := range c.tokChunks {
		clear(*chunk)
		tokChunkPool.Put(chunk)
	}
	c.tokChunks, c.tokFree, c.tokMemo = nil, nil, [tokMemoSize]tokenized{}
}

// tokenize splits s into words, noting the punctuation after each. A
// comma glued to the next word ("mengatakan,pembatalan") splits too; the
// full stop of an abbreviated title or an initial ends no sentence.
func (lx *lexicon) tokenize(s string) []token { return lx.tokenizeInto(nil, s) }

// tokenizeInto is tokenize writing into buf's memory.
func (lx *lexicon) tokenizeInto(buf []token, s string) []token {
	if strings.Contains(s, "—") || strings.Contains(s, "–") { // ContainsAny, by substring search
		// "Haley—were": a dash between words parts them.
		s = dashes.Replace(s)
	}
	out := buf[:0]
	if n := strings.Count(s, " ") + 1; cap(out) < n {
		out = make([]token, 0, n)
	}
	// The lower-case forms that differ from their words are written one
	// after another into lowers, made one string at the end.
	var lowersArr [512]byte
	lowers := lowersArr[:0]
	type lowerAt struct{ tok, start, end int }
	var fixArr [32]lowerAt
	fix := fixArr[:0]
	var one [1]string
	var two [2]string
	afterSuspended := false
	// The fields of s as appendFields splits it, read one at a time: a
	// paragraph's words need no slice of their own (one of more than a
	// few dozen words outgrew any array on the stack and was copied as it
	// grew).
	for next := skipSpace(s, 0); next < len(s); {
		end := skipWord(s, next)
		field := s[next:end]
		next = skipSpace(s, end)
		pieces := one[:]
		if k := strings.IndexByte(field, ')'); field[0] == '(' && k > 0 && k < len(field)-1 && isCapitalised(field[k+1:]) {
			// "(CNN)President Donald Trump": an outlet's tag in
			// brackets glued to the first word.
			two[0], two[1] = field[:k+1], field[k+1:]
			pieces = two[:]
		} else if k := strings.IndexByte(field, ','); k >= 0 && k < len(field)-1 {
			// A comma inside the field parts it ("warga,pelabuhan"); one
			// that only ends it ("said,") parts nothing: SplitAfter
			// would give the field and an empty piece, skipped below.
			pieces = strings.SplitAfter(field, ",")
		} else {
			one[0] = field
		}
		for _, raw := range pieces {
			if raw == "" {
				continue
			}
			w := tokenWord(raw)
			start := len(lowers)
			differs := false
			if !lowerASCII(w) {
				lowers = appendLower(lowers, w)
				differs = string(lowers[start:]) != w
				if !differs {
					lowers = lowers[:start]
				}
			}
			t := token{word: w, lower: w, raw: raw}
			tail := trimClosers(raw)
			if w != "" && suspendedHyphen(tail) {
				// "der Zürcher Bildungs-, Sport- und Kulturdirektor X",
				// "Wirtschafts- und Finanzminister X": the first parts
				// of a compound whose last part is written out name the
				// same kind of thing as it (an office); they and the
				// conjunction after them are left out, so that the
				// office reads as one word and none of them as a name.
				afterSuspended = true
				continue
			}
			if afterSuspended {
				afterSuspended = false
				if lowerASCII(w) && lx.isConjunction(w) {
					continue
				}
			}
			switch {
			case strings.HasSuffix(tail, ","), strings.HasSuffix(tail, ":"), strings.HasSuffix(tail, ";"):
				t.comma = true
			case strings.HasSuffix(tail, "."):
				// "Sen." and "E." abbreviate; they end no sentence, nor
				// does a name's "Jr.".
				// "l'avv." is the title after an elided article.
				title := lx.isTitleWord(unelided(w)) || lx.nameSuffixes[w] || lx.honorifics[w]
				if differs {
					l := string(lowers[start:])
					title = lx.isTitleWord(unelided(l)) || lx.nameSuffixes[l] || lx.honorifics[l]
				}
				// "U.S." and "S.H." abbreviate with their dots.
				t.stop = !title && !(utf8.RuneCountInString(w) == 1 && isCapitalised(w)) && strings.IndexByte(w, '.') < 0
			case strings.HasSuffix(tail, "?"), strings.HasSuffix(tail, "!"):
				t.stop = true
			}
			if len(out) > 0 && isParenAge(raw) {
				// "Rina (34), warga Bogor": an age in brackets after a
				// name is no word of the attribution; its name is a
				// person's.
				out[len(out)-1].comma = out[len(out)-1].comma || t.comma
				out[len(out)-1].stop = out[len(out)-1].stop || t.stop
				out[len(out)-1].aged = true
				continue
			}
			if w == "" {
				if len(out) > 0 {
					// "BANDUNG, Warta Priangan - Pelatih …": a hyphen
					// standing alone (a dateline's) parts the words as
					// a comma does; the outlet's name and the office are
					// no one run. (An em dash sets off a clause, whose
					// words may still run on: left as it was.)
					dash := strings.Trim(raw, "-") == ""
					out[len(out)-1].comma = out[len(out)-1].comma || t.comma || dash
					out[len(out)-1].stop = out[len(out)-1].stop || t.stop
				}
				continue
			}
			if differs {
				fix = append(fix, lowerAt{len(out), start, len(lowers)})
			}
			out = append(out, t)
		}
	}
	if len(fix) > 0 {
		all := string(lowers)
		for _, f := range fix {
			out[f.tok].lower = all[f.start:f.end]
		}
	}
	return lx.dropDegrees(out)
}

// suspendedHyphen says tail, a field's end without its closing marks,
// is a word ending in a hyphen, with or without a comma after it: the
// first part of a compound whose last part the text writes once for
// several ("Bildungs-, Sport- und Kulturdirektor", "pre- and post-war").
// A hyphen standing alone (a dash) or doubled is none.
func suspendedHyphen(tail string) bool {
	tail = strings.TrimSuffix(tail, ",")
	n := len(tail)
	return n > 2 && tail[n-1] == '-' && tail[n-2] != '-'
}

// dashes sets em and en dashes apart from the words they are glued to.
var dashes = strings.NewReplacer("—", " — ", "–", " – ")

// trimClosers is s without the closing brackets and quotes after it
// (strings.TrimRightFunc of ')', '"', '”' and '’'), read by bytes: most
// tokens end in a letter, and one byte comparison returns them.
func trimClosers(s string) string {
	for len(s) > 0 {
		// ')', '"', and the last bytes of '”' and '’'.
		if c := s[len(s)-1]; c != ')' && c != '"' && c != 0x9d && c != 0x99 {
			return s
		}
		switch {
		case strings.HasSuffix(s, ")"), strings.HasSuffix(s, `"`):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "”"), strings.HasSuffix(s, "’"):
			s = s[:len(s)-len("”")]
		default:
			return s
		}
	}
	return s
}

// lowerASCII reports whether w is ASCII without capitals, so that it is
// its own lower case.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// tokenWord is the word of a raw token: raw without the runes around it
// that are neither letters, digits, hyphens nor apostrophes, and then
// without the hyphens and apostrophes around it.
func tokenWord(raw string) string {
	i, j := 0, len(raw)
	for i < j {
		r, n := rune(raw[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(raw[i:j])
		}
		if isWordRune(r) || isWordMark(r) {
			break
		}
		i += n
	}
	for i < j {
		r, n := rune(raw[j-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(raw[i:j])
		}
		if isWordRune(r) || isWordMark(r) {
			break
		}
		j -= n
	}
	// (The marks' loops decode only at a byte past ASCII, as the loops
	// above: most words start and end with an ASCII letter, which
	// decodes to itself, one byte long.)
	for i < j {
		r, n := rune(raw[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(raw[i:j])
		}
		if !isWordMark(r) {
			break
		}
		i += n
	}
	for i < j {
		r, n := rune(raw[j-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(raw[i:j])
		}
		if !isWordMark(r) {
			break
		}
		j -= n
	}
	return raw[i:j]
}

// isWordRune reports a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isLetterOrNumber(r)
}

func isLetterOrNumber(r rune) bool {
	if 0 <= r && r < lowerTableSize {
		return letterOrNumber[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// letterOrNumber holds unicode.IsLetter(r) || unicode.IsNumber(r) for
// every rune below lowerTableSize (Latin, Greek, Cyrillic and the other
// scripts of two bytes in UTF-8), where both search their range tables.
var letterOrNumber = func() (t [lowerTableSize]bool) {
	for r := range t {
		t[r] = unicode.IsLetter(rune(r)) || unicode.IsNumber(rune(r))
	}
	return t
}()

// asciiWord holds the ASCII letters and digits.
var asciiWord = func() (set [utf8.RuneSelf]bool) {
	for c := range set {
		set[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return set
}()

// isWordMark reports the hyphen and apostrophes a word may hold.
func isWordMark(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '‘' }

// maxAttribution is how many words after a quote may hold its attribution.
const maxAttribution = 16

// maxSubjectLead is how many words after a quote its attribution's
// subject is read from in full; a verb further on counts only with a
// name right before it.
const maxSubjectLead = 8

func (c *quoteCtx) isPronoun(w string) bool {
	l := strings.ToLower(w)
	if _, ok := c.lx.pronouns[l]; !ok {
		return false
	}
	if own := c.lx.langPronouns[c.lang]; len(own) > 0 && !own[l] && !c.lx.langPronouns["en"][l] && c.lx.isGivenName(l) {
		// "Ella Manning said" in English: a given name here, the
		// Spanish "ella" elsewhere.
		return false
	}
	return !c.foreignPronoun(l)
}

// foreignPronoun reports whether l, a pronoun of some language, is
// another word in the article's language: a stopword of it that is
// a pronoun neither of it nor of English (Italian '", disse il sindaco'
// is no French "il"). A text of unknown language keeps every pronoun.
func (c *quoteCtx) foreignPronoun(l string) bool {
	lx := c.lx
	if c.lang == "" || !lx.stopwords[c.lang][l] {
		return false
	}
	return !lx.langPronouns[c.lang][l] && !lx.langPronouns["en"][l]
}

// after reads an attribution that follows a quote.
func (c *quoteCtx) after(s string) (attribution, bool) {
	toks := c.tokensOf(s)
	all := toks
	if len(toks) > maxAttribution {
		toks = toks[:maxAttribution]
	}
	if len(toks) == 0 {
		return attribution{}, false
	}
	if len(toks) > 1 && c.lx.quoteLeads[toks[0].lower] && !toks[0].comma && !toks[0].stop {
		// '," demikian kata X', '," demikian keterangan Polres X': a
		// word pointing back at the quote before its attribution.
		toks = toks[1:]
	}
	// '," kata X' / '," said X' / '," katanya'; '», a déclaré X': an
	// auxiliary before the verb.
	if len(toks) > 1 && (c.lx.auxiliaries[toks[0].lower] || c.lx.verbComplements[toks[0].lower]) {
		// ('"…" diye konuştu': a verb-final language joins the quote
		// to its verb by a complement word; the subject stood before
		// the quote.)
		if v, _ := c.verbLower(toks[1].lower); v {
			toks = toks[1:]
		}
	}
	if v, pron := c.verbLower(toks[0].lower); v && !pron && !toks[0].stop && len(toks) > 1 {
		// '», señaló la familia en un comunicado': a body right after
		// the verb speaks, not the document it speaks in.
		if d, _ := c.bodySubject(toks[1:]); d != "" {
			return attribution{cue: toks[0].word, descr: d, body: true}, true
		}
	}
	if a, ok := c.docAttribution(toks, false); ok {
		return a, true // '," the statement read', '," says a report by …'
	}
	if v, p := c.invertedPronoun(toks[0].lower); v {
		// '», confie-t-elle': a verb and its pronoun joined by hyphens.
		return attribution{cue: toks[0].word, pronoun: p}, true
	}
	if v, pron := c.verbLower(toks[0].lower); v {
		a := attribution{cue: toks[0].word, own: pron}
		if pron || toks[0].stop {
			return a, true
		}
		rest := toks[1:]
		if len(rest) > 1 && c.lx.reflexives[rest[0].lower] && isLower(rest[0].word) && !rest[0].comma && !rest[0].stop {
			// '“, freut sich Anna Berg': the verb's reflexive pronoun
			// stands between it and its subject.
			rest = rest[1:]
		}
		rest = c.sentenceCaseOffice(rest)
		if k := c.placeBeforeSubject(rest); k > 0 && !toks[0].comma {
			// '», a rapporté sur Facebook le porte-parole …, X', '",
			// sagte in Berlin der Minister X': a place or a platform
			// between the verb and its subject is no part of either.
			rest = rest[k:]
		}
		if len(rest) > 0 && isCapitalised(toks[0].word) && !toks[0].comma && c.opensClause(rest[0]) {
			// '„…auf.“ So sei es auch auf der A2 passiert': a cue word
			// opening the next sentence, a verb or an adverb after it,
			// is that sentence's own word ("so", "thus"), no
			// attribution; "So der Trainer", "So Kirsch" are.
			return attribution{}, false
		}
		if len(rest) > 1 && c.lx.isRoleDet(rest[0].lower) && c.lx.isEpithet(rest[1].lower) && (len(rest) == 2 || rest[1].comma || rest[1].stop) {
			// '," said the 36-year-old.', '“, sagte der 51-Jährige.',
			// '," said the Spaniard.': an age or a nationality standing
			// for a person, no name after it.
			a.epithet = true
			return a, true
		}
		if len(rest) > 1 && c.lx.isAge(rest[0].lower) && !rest[0].comma && isCapitalised(rest[1].word) {
			// "wrote 43-year-old Martin Hale of Leeds": an age before
			// the name is no part of it.
			rest = rest[1:]
		}
		if len(rest) > 0 && c.isPronoun(rest[0].word) && !c.stopwordNameAt(rest) {
			a.pronoun = rest[0].word
			// "sagte sie": after a verb in the singular (not "-en",
			// the German plural's ending) the pronoun is singular.
			if g := c.lx.singularPronouns[rest[0].lower]; g != "" && !strings.HasSuffix(toks[0].lower, "en") {
				a.gender = g
			}
			return a, true
		}
		if d, _ := c.bodySubject(rest); d != "" {
			// "teilte die Polizei mit", "skriver polisen": a body
			// speaking as itself, as written.
			a.descr, a.body = d, true
			return a, true
		}
		if d := c.partitivePhrase(rest); d != "" {
			// "said one of the residents", "kata salah satu warga":
			// one of a group, unnamed; the phrase as written. A name
			// set off by a comma after it ("ucap salah seorang warga,
			// Siti Aminah") is who that one is.
			if n := c.nameAfterPhrase(rest, countFields(d)); n != "" {
				a.name = n
				return a, true
			}
			a.descr = d
			return a, true
		}
		if d := c.possessedRole(rest, true); d != "" {
			// "said Vance's spokeswoman": the role as written.
			a.descr = d
			return a, true
		}
		if c.personNounAttr(rest, &a) {
			// "says the woman, who sells soap"
			return a, true
		}
		if len(rest) > 1 && c.lx.isRoleDet(rest[0].lower) {
			// "says the director of a care home, who asked to use
			// the pseudonym Robert": the name the speaker goes by,
			// read in the sentence past maxAttribution's words (rest
			// lies in all's array: all's tail from rest's start).
			if n := c.pseudonymIn(all[cap(all)-cap(rest):]); n != "" {
				return attribution{cue: toks[0].word, name: n}, true
			}
		}
		if k := c.officeOfBody(rest); k > 0 {
			// "añadió la directora técnica de Almarza Motorsport": the
			// office and the body it serves, no holder named; the
			// body is no speaker. A known role noun stands for someone
			// named before; otherwise the phrase as written.
			if a.role = c.roleNoun(rest); a.role == "" {
				a.descr = joinWords(rest[:k])
			}
			return a, true
		}
		if len(rest) > 2 && c.lx.isRoleDet(rest[0].lower) {
			// "erklärte der für die Aufsicht zuständige Vizechef
			// Michael Barr": a long role phrase before the name.
			if n := c.nameInPhrase(clausePart(rest, maxUnnamedWords+2)); n != "" {
				return attribution{cue: toks[0].word, name: n}, true
			}
		}
		if len(rest) > 0 && c.loneIndefinite(rest[:1]) && (len(rest) == 1 || rest[0].comma || rest[0].stop) {
			// (rest[:1] of an empty rest read the zero token past the
			// end of the text's tokens, which names no one, or failed
			// when the tokens had no room past their end.)
			// '“…,” said another.': someone the article does not
			// name, with no role: no speaker, and not the last one.
			a.unknown = true
			return a, true
		}
		if len(rest) > 1 && c.lx.isIndefinite(rest[0].lower) {
			// "a précisé une porte-parole de la mairie": a person
			// the article does not name, whatever role noun the
			// phrase's complement holds.
			if a.name, a.descr = c.phraseSpeaker(rest, true); a.name != "" || a.descr != "" {
				if n := c.nameAfterPhrase(rest, countFields(a.descr)); a.name == "" && n != "" {
					a.descr, a.name = "", n // "said a resident, Tom Arlo"
				}
				return a, true
			}
		}
		if k := c.bodyOffice(rest); k > 0 {
			// "kata pelatih Persikarang": an office and the one word
			// of the body it serves, no holder named. The member
			// introduced with that office of that body is the
			// speaker; else the phrase as written, never the body.
			title, body := rest[0].lower, rest[1].lower
			if m := c.cast.byRole(title, body); m != nil && containsStr(m.roles, body) {
				a.name = m.name
			} else {
				a.descr = joinWords(rest[:k])
			}
			return a, true
		}
		if a.role = c.roleNoun(rest); a.role != "" {
			// "dijo el comisario Esteban Larrañeta": a title with the
			// name after it introduces the person; no role stands for
			// someone named before.
			if name := c.nameAfterRole(rest, a.role); name != "" && !c.roleClosed {
				a.role, a.name = "", name
			} else if o := c.orgNamedAt(rest, a.role); o != "" {
				a.role, a.descr = "", o
			}
			return a, true
		}
		if a.descr = c.indefiniteRole(rest); a.descr != "" {
			if n := c.nameAfterPhrase(rest, countFields(a.descr)); n != "" {
				a.descr, a.name = "", n // "ucap seorang warga, Siti Aminah"
			}
			return a, true
		}
		a.name = c.nameAt(rest)
		if a.name == "" {
			a.name = c.nameAfterAdverb(rest)
		}
		if a.name == "" {
			// "said one legal expert, as …": a person the article
			// does not name, as printed.
			if a.name, a.descr = c.phraseSpeaker(rest, true); a.name != "" || a.descr != "" {
				return a, true
			}
		}
		if a.name == "" {
			a.unnamed = c.bareRole(rest)
			// "kata juru bicara Kementerian Luar Negeri": a role
			// spelt out with its organisation is the speaker as
			// printed, not the last one.
			if n := countFields(a.unnamed); n > 0 && n < len(rest) && !rest[n-1].comma && !rest[n-1].stop {
				if o := c.orgAt(rest[n:]); o != "" {
					a.descr = a.unnamed + " " + o
					return a, true
				}
			}
		}
		if a.name == "" {
			// "kata Kemenkes dalam keterangannya": an organisation
			// speaks when the article says so.
			a.descr = c.orgAt(rest)
			if a.descr == "" && len(rest) > 1 && c.lx.isRoleDet(rest[0].lower) && !c.capNouns {
				// (Not where every noun is capitalised: "sagte der
				// Tessiner Ständerat" is a man.)
				a.descr = c.orgAt(rest[1:]) // "writes the Associated Press"
			}
			if a.descr == "" && c.capNouns {
				a.descr = c.namedOrgWord(rest)
			}
		}
		if a.name == "" && a.descr == "" && a.unnamed == "" && c.writtenSubject(toks[0], rest) {
			// '," kata Juru bicara Kementerian Kelautan X', '," ujar
			// Gubernur NTT', '," said Ofsted': the verb's subject is
			// written out, capitalised right after it, though the
			// reader could not resolve it; it is someone, and not
			// the last speaker. A title word opening it ("kata
			// Bupati kepada wartawan") is the member of the cast who
			// holds that office, when one does.
			if a.name = c.writtenOfficeHolder(rest); a.name == "" {
				a.unknown = true
			}
		}
		return a, true
	}
	// '," he said' / '," X said' / '," X told Reuters'
	if c.isPronoun(toks[0].word) && len(toks) > 1 {
		if v, _ := c.verbLower(toks[1].lower); v {
			return attribution{pronoun: toks[0].word, cue: toks[1].word}, true
		}
	}
	longVerb := 0
	for i := 0; i < len(toks); i++ {
		if v, _ := c.verbLower(toks[i].lower); v && i >= maxSubjectLead && isLower(toks[i].word) {
			longVerb = i
			break
		}
		if v, _ := c.verbLower(toks[i].lower); v && i > 0 && isLower(toks[i].word) {
			if c.topicAfter(toks, i) {
				// '»…» Kaupunki kertoi päätöksestä eilen.': the city told
				// about the decision; it says nothing of the quote.
				return attribution{}, false
			}
			subj := c.subjectPart(toks[:i])
			if d := c.wholeBody(subj); d != "" {
				// '," the police said', '," die Familie teilte mit'.
				return attribution{descr: d, cue: toks[i].word, body: true}, true
			}
			if len(subj) < i {
				// '," Thomas allegedly told a supervisor'.
				if name := c.nameBefore(subj); countFields(name) >= 2 || name != "" && c.cast.find(name) != nil {
					return attribution{name: name, cue: toks[i].word}, true
				}
				if len(subj) == 1 && c.isPronoun(subj[0].word) {
					return attribution{pronoun: subj[0].word, cue: toks[i].word}, true
				}
				// '," the man could be heard saying': a person's noun
				// before the verb's auxiliaries, as printed when no one
				// has been named, else the person it stands for.
				if d := c.unnamedSubject(subj); d != "" {
					return attribution{descr: d, cue: toks[i].word}, true
				}
				if p, g := c.personNoun(subj); p != "" && len(subj) == 2 {
					if c.unnamedNouns[strings.ToLower(p)] && !c.paraPerson {
						return attribution{descr: subj[0].lower + " " + p, cue: toks[i].word}, true
					}
					return attribution{pronoun: p, gender: g, cue: toks[i].word}, true
				}
			}
			// '," Warren, a Democrat, said': the name before the
			// appositive.
			j := appositiveEnd(toks[:i])
			if j == 0 && toks[i-1].comma {
				// '," Hamid Roshan, CEO of Vantor Games, adds': an
				// appositive opened by a capitalised title, closed by
				// a comma before the verb.
				j = capitalisedRunEnd(toks[:i-1])
			}
			if j > 0 {
				ws := make([]string, j)
				for k := range ws {
					ws[k] = toks[k].word
				}
				if name := c.personName(ws, true); name != "" {
					return attribution{name: name, cue: toks[i].word}, true
				}
			}
			if d := c.possessedRole(toks[:i], false); d != "" {
				return attribution{descr: d, cue: toks[i].word}, true
			}
			if role := c.roleNounBefore(toks[:i]); role != "" {
				return attribution{role: role, cue: toks[i].word}, true
			}
			if p, g := c.personNoun(toks[:i]); p != "" && i == 2 {
				if c.unnamedNouns[strings.ToLower(p)] && !c.paraPerson {
					return attribution{descr: toks[0].lower + " " + p, cue: toks[i].word}, true
				}
				return attribution{pronoun: p, gender: g, cue: toks[i].word}, true
			}
			if i == 2 && c.lx.isRoleDet(toks[0].lower) && c.lx.isEpithet(toks[1].lower) {
				// '," the 64-year-old said', '," the Spaniard said': the
				// person just named, described by age or nationality.
				return attribution{cue: toks[i].word, epithet: true}, true
			}
			if i >= 2 && (isNumber(toks[i-1].word) || isPartyTag(toks[i-1].word)) && toks[i-1].comma && toks[i-2].comma {
				// '," Mbeki, 52, said': the age set off by commas;
				// '," Rep. Dwayne Colbert, R-Ohio, said': the party
				// and state.
				if name := c.nameBefore(toks[:i-1]); name != "" {
					return attribution{name: name, cue: toks[i].word}, true
				}
			}
			if d := c.complementPhrase(toks[:i]); d != "" {
				return attribution{descr: d, cue: toks[i].word}, true
			}
			if name := c.nameBefore(toks[:i]); name != "" {
				return attribution{name: name, cue: toks[i].word}, true
			}
			if name := c.nameOfBody(toks[:i]); name != "" {
				// '," Mara Quill of the Valley Ledger said'.
				return attribution{name: name, cue: toks[i].word}, true
			}
			if d := c.unnamedSubject(toks[:i]); d != "" {
				return attribution{descr: d, cue: toks[i].word}, true
			}
			if c.loneIndefinite(subj) {
				// '," another said': someone the article does not
				// name, with no role.
				return attribution{cue: toks[i].word, unknown: true}, true
			}
			if n, d := c.phraseSpeaker(toks[:i], false); n != "" || d != "" {
				return attribution{name: n, descr: d, cue: toks[i].word}, true
			}
			if i <= maxOrgWords && c.runsOn {
				// '," Kotak Institutional Equities said': an
				// organisation speaks when the article says so (after
				// a quote that leaves its sentence open: '.” (UPS
				// said of it, “…' leads into the next quote).
				if d := c.orgSubject(subj); d != "" {
					return attribution{descr: d, cue: toks[i].word}, true
				}
			}
			break
		}
		if toks[i].stop {
			break
		}
	}
	// '," Lina Khatib, an expert on the conflict at a think-tank in
	// London, told the AP.': a long appositive, closed by a comma
	// before the verb.
	if j := appositiveEnd(toks); j > 0 {
		for k := j + 1; k < len(toks); k++ {
			if toks[k-1].stop {
				break
			}
			// (An appositive opened by an article may run to the verb
			// without its closing comma: '," Lina Khatib, an expert
			// at a think-tank told the AP.')
			if v, _ := c.verbLower(toks[k].lower); v && isLower(toks[k].word) && (toks[k-1].comma || c.lx.isArticle(toks[j].lower) && !c.lx.isRoleDet(toks[j].lower)) {
				if name := c.personName(tokenWords(toks[:j]), true); name != "" {
					return attribution{name: name, cue: toks[k].word}, true
				}
				break
			}
		}
	}
	if a, ok := c.nameThenAppositive(all); ok {
		return a, true
	}
	if i := longVerb; i > 0 && isCapitalised(toks[i-1].word) {
		// '," Sweden's deputy director of public prosecutions,
		// Eva-Marie Persson, said': a long subject, read only when a
		// full name ends it, right before the verb.
		if name := c.nameBefore(toks[:i]); countFields(name) >= 2 {
			return attribution{name: name, cue: toks[i].word}, true
		}
	}
	if a, ok := c.unlistedVerb(toks); ok {
		return a, true
	}
	return c.sentenceEnd(toks)
}

// maxBodyTail bounds the words of the body after a member preposition
// (nameOfBody): "of the county's harbour and ferry board" has seven.
const maxBodyTail = 8

// nameOfBody reads a subject that is a person's name joined to the body
// they speak for by a preposition of the language's [member-prepositions]
// ("Mara Quill of the Valley Ledger", "Tom Okafor from the county
// council", "Budi Santoso dari Dinas Perhubungan"): the name is the
// speaker, not the body at the verb's side, which nameBefore reads
// first. The name opens the subject, in capitals without a comma inside,
// and is a person's of two words or more (or one the cast holds); the
// body runs to the verb, without a comma or a full stop.
func (c *quoteCtx) nameOfBody(subj []token) string {
	preps := c.lx.memberPreps[c.lang]
	if len(preps) == 0 || len(subj) < 3 {
		return ""
	}
	j := 0
	for j < len(subj) && isCapitalised(subj[j].word) && !subj[j].comma && !subj[j].stop {
		j++
	}
	if j == 0 || j >= len(subj)-1 || !isLower(subj[j].word) || !preps[subj[j].lower] || len(subj)-j-1 > maxBodyTail {
		return ""
	}
	for _, t := range subj[j:] {
		if t.comma || t.stop {
			return ""
		}
	}
	name := c.personName(tokenWords(subj[:j]), true)
	if countFields(name) < 2 && (name == "" || c.cast.find(name) == nil) {
		return ""
	}
	return name
}

// maxAppositiveAttribution is how many words an attribution after a
// quote may run to when a name opens it and a long appositive, set off by
// commas, parts the name from its verb.
const maxAppositiveAttribution = 40

// nameThenAppositive reads '," Dylan Reyes, a fellow at the institute in
// Leiden, the Netherlands, and co-author of the study, said in a
// statement.' and '," Ana Cole, Brightway's director of research, has
// written.': a full name (or one the cast knows) closed by a comma opens
// the attribution; an appositive of any shape (commas inside it, a
// capitalised possessive first) runs on to a comma right before a listed
// reporting verb, perhaps after an auxiliary, all in one sentence. The
// name must be the verb's subject: no other verb may come between.
func (c *quoteCtx) nameThenAppositive(toks []token) (attribution, bool) {
	j := capitalisedRunEnd(toks)
	if j == 0 || j > maxNameWords {
		return attribution{}, false
	}
	// An appositive opened by an indefinite article may run to the
	// verb without its closing comma ('," Priya Nair, a research
	// analyst at the Council on Energy, Environment and Water think tank
	// told reporters.'), until a relative clause or another verb opens.
	bare := j < len(toks) && c.lx.isArticle(toks[j].lower) && !c.lx.isRoleDet(toks[j].lower)
	for k := j; k < len(toks) && k < maxAppositiveAttribution; k++ {
		if toks[k-1].stop {
			break
		}
		if bare && k > j+1 && !toks[k-1].comma && isLower(toks[k].word) {
			if c.lx.relatives[toks[k].lower] {
				bare = false
			} else if isV, pron := c.verbLower(toks[k].lower); isV && !pron {
				name := c.personName(tokenWords(toks[:j]), true)
				if countFields(name) < 2 && (name == "" || c.cast.find(name) == nil) {
					return attribution{}, false
				}
				return attribution{name: name, cue: toks[k].word}, true
			}
		}
		if !toks[k-1].comma || !isLower(toks[k].word) {
			continue
		}
		v := k
		if c.lx.auxiliaries[toks[k].lower] && k+1 < len(toks) && !toks[k].comma && !toks[k].stop {
			v = k + 1
		}
		if isV, pron := c.verbLower(toks[v].lower); !isV || pron || !isLower(toks[v].word) {
			continue
		}
		name := c.personName(tokenWords(toks[:j]), true)
		if countFields(name) < 2 && (name == "" || c.cast.find(name) == nil) {
			return attribution{}, false
		}
		return attribution{name: name, cue: toks[v].word}, true
	}
	return attribution{}, false
}

// subjectPart is toks, the words before a reporting verb, without the
// adverbs and auxiliaries that end them ("Thomas allegedly", "The city
// council has"); toks whole when nothing would be left.
func (c *quoteCtx) subjectPart(toks []token) []token {
	j := len(toks)
	for j > 1 && c.isVerbAdverb(toks[j-1].lower) && isLower(toks[j-1].word) && !toks[j-1].comma && !toks[j-1].stop && !toks[j-2].stop {
		j--
	}
	return toks[:j]
}

// isVerbAdverb says l, a word in lower case, may stand between a subject
// and its verb (lexicon [verb-adverbs]).
func (c *quoteCtx) isVerbAdverb(l string) bool {
	if c.lx.verbAdverbs[l] {
		return true
	}
	if c.lx.notVerbAdverbs[l] {
		return false
	}
	for _, suf := range c.lx.verbAdverbSuffixes {
		if len(l) > len(suf)+3 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// innerIncise finds an attribution set off inside a quote's marks, as
// French prints it ('« Là-dessus, notre désaccord est total, souligne-t-elle.
// La CGT … »', '« Nous partons, a dit Marc Aubry, dès demain »'): after a
// comma, a verb joined to its pronoun ("souligne-t-elle") or a listed verb
// followed by a pronoun or a name, closed by a comma or a full stop. It
// gives the quote's words without it (the parts joined by a space) and
// the attribution's text.
func (c *quoteCtx) innerIncise(text string) (inner, incise string, ok bool) {
	for at := 0; at < len(text); {
		k := strings.Index(text[at:], ", ")
		if k < 0 {
			return "", "", false
		}
		k += at
		rest := text[k+2:]
		end := inciseEnd(rest)
		if end <= 0 || end > 60 || end+1 >= len(rest) {
			at = k + 2
			continue
		}
		toks := c.lx.tokenize(rest[:end])
		hit := false
		if len(toks) == 1 {
			hit, _ = c.invertedPronoun(toks[0].lower)
		} else if len(toks) >= 2 && len(toks) <= 5 && isLower(toks[0].word) {
			if c.lx.auxiliaries[toks[0].lower] {
				toks = toks[1:] // "a dit Marc Aubry"
			}
			if v, _ := c.verbLower(toks[0].lower); v && len(toks) >= 2 {
				hit = c.isPronoun(toks[1].word) && len(toks) == 2 || isCapitalised(toks[1].word) && c.nameAt(toks[1:]) != ""
			}
		}
		if !hit {
			at = k + 2
			continue
		}
		head := strings.TrimSpace(text[:k])
		tail := strings.TrimSpace(rest[end+1:])
		if rest[end] == '.' {
			head += "."
		}
		if countFields(head) < 2 || tail == "" {
			return "", "", false
		}
		return head + " " + tail, rest[:end+1], true
	}
	return "", "", false
}

// inciseEnd is the offset of the comma or full stop that closes an
// incise at the start of s, passing over the stop of an abbreviation of
// one or two letters ("a déclaré M. Rocheteau,"), or -1.
func inciseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			return i
		case '.':
			w := strings.LastIndexByte(s[:i], ' ')
			if i-w-1 > 2 {
				return i
			}
		}
	}
	return -1
}

// leadsIn says before, the text before a quote, ends in a reporting verb
// and the comma or colon that opens the quote ("… he said, “").
func (c *quoteCtx) leadsIn(before string) bool {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, ",") && !strings.HasSuffix(b, ":") {
		return false
	}
	k := strings.LastIndexByte(b, ' ')
	w := strings.ToLower(strings.TrimRight(b[k+1:], ",:"))
	v, _ := c.verbLower(w)
	return v
}

// unlistedVerb reads an inverted attribution whose verb no lexicon lists
// ('“…”, ironizó Horner', '„…“, lästerte Promoter Alexander Krassyuk',
// '„…” – napisał wcześniej Donald Trump', '“…,” quipped Ruth Abara'):
// right after a quote that leaves its sentence open, one lower-case word
// that is no function word, then a person — a full name or one the cast
// knows, possibly after an adverb — or a pronoun. Reporting verbs are an
// open class; the shape of the clause is not.
func (c *quoteCtx) unlistedVerb(toks []token) (attribution, bool) {
	if !c.runsOn || len(toks) < 2 {
		return attribution{}, false
	}
	if isCapitalised(toks[0].word) {
		return c.unlistedVerbAfterName(toks)
	}
	v := toks[0]
	if !isLower(v.word) || v.comma || v.stop || utf8.RuneCountInString(v.word) < 3 || c.lx.isStopword(v.lower) ||
		c.isPronoun(v.word) || c.lx.isArticle(v.lower) || c.lx.isRoleDet(v.lower) || c.lx.isConjunction(v.lower) ||
		c.lx.isTitle(v.lower) || c.lx.auxiliaries[v.lower] || c.lx.relatives[v.lower] {
		return attribution{}, false
	}
	for _, t := range toks[1:] {
		// '," committee chair Lena Morrison said': a listed verb
		// later in the clause is the attribution's.
		if v, _ := c.verbLower(t.lower); v && isLower(t.word) {
			return attribution{}, false
		}
		if t.stop {
			break
		}
	}
	rest := toks[1:]
	// A pronoun of no gender running on into an unlisted word is the
	// verb's object ('”, making it illegal to …'), not its subject.
	if c.isPronoun(rest[0].word) && (rest[0].stop || rest[0].comma || len(rest) == 1 ||
		isLower(rest[1].word) && (c.gendered(rest[0].lower) || c.isVerbAdverb(rest[1].lower))) {
		a := attribution{cue: v.word, pronoun: rest[0].word}
		if g := c.lx.singularPronouns[rest[0].lower]; g != "" && !strings.HasSuffix(v.lower, "en") {
			a.gender = g
		}
		return a, true
	}
	if c.lx.isRoleDet(rest[0].lower) {
		// '», abundó el director técnico del equipo', '," quipped the
		// coach': a role noun after the unlisted verb.
		if r := c.roleNoun(rest); r != "" {
			if name := c.nameAfterRole(rest, r); name != "" {
				// "», resume el alcalde de Lubrín, José Ramos": the
				// role's holder named after it.
				return attribution{cue: v.word, name: name}, true
			}
			return attribution{cue: v.word, role: r}, true
		}
	}
	if !isCapitalised(rest[0].word) {
		if n := c.nameAfterAdverb(rest); n != "" {
			return attribution{cue: v.word, name: n}, true
		}
		return attribution{}, false
	}
	if n := c.nameAt(rest); countFields(n) >= 2 || n != "" && c.cast.find(n) != nil {
		return attribution{cue: v.word, name: n}, true
	}
	return attribution{}, false
}

// unlistedVerbAfterName reads '," McDowell laughed.', '," Benioff
// weighed in, telling Cook': a name the cast knows (or a full name), then
// one lower-case word no lexicon lists that ends the clause or is
// followed by a particle and the clause's end — after a quote that leaves
// its sentence open.
func (c *quoteCtx) unlistedVerbAfterName(toks []token) (attribution, bool) {
	n := 0
	for n < len(toks) && n < maxNameWords && isCapitalised(toks[n].word) && !toks[n].comma && !toks[n].stop {
		n++
	}
	if n == 0 || n >= len(toks) {
		return attribution{}, false
	}
	v := toks[n]
	if !isLower(v.word) || utf8.RuneCountInString(v.word) < 3 || c.lx.isStopword(v.lower) || c.lx.isConjunction(v.lower) ||
		c.lx.relatives[v.lower] || c.lx.auxiliaries[v.lower] || c.lx.verbAdverbs[v.lower] {
		return attribution{}, false
	}
	// The clause ends at the verb or one word after it ("weighed in").
	ends := v.stop || v.comma || n+1 == len(toks) ||
		isLower(toks[n+1].word) && (toks[n+1].stop || toks[n+1].comma)
	if !ends {
		return attribution{}, false
	}
	name := c.personName(tokenWords(toks[:n]), true)
	if countFields(name) < 2 && (name == "" || c.cast.find(name) == nil) {
		return attribution{}, false
	}
	return attribution{name: name, cue: v.word}, true
}

// sentenceEnd reads an attribution closing the quote's sentence after a
// clause that runs on from the quote ('" if anyone had bothered to fund
// it, Mr. Alvarado said.'): the sentence's last part, after its last
// comma, is a name or pronoun and a reporting verb, in either order.
func (c *quoteCtx) sentenceEnd(toks []token) (attribution, bool) {
	end := -1
	for i, t := range toks {
		if t.stop && !c.lx.honorifics[t.lower+"."] && !c.lx.isTitleWord(t.lower) {
			end = i
			break
		}
	}
	if end < 2 || isCapitalised(toks[0].word) {
		return attribution{}, false
	}
	k := end - 1
	for k >= 0 && !toks[k].comma {
		k--
	}
	if k < 0 || end-k > maxLeadIn {
		return attribution{}, false
	}
	seg := toks[k+1 : end+1]
	if v, _ := c.verbLower(seg[len(seg)-1].lower); v && isLower(seg[len(seg)-1].word) && len(seg) >= 2 {
		if len(seg) == 2 && c.isPronoun(seg[0].word) {
			return attribution{pronoun: seg[0].word, cue: seg[1].word}, true
		}
		if name := c.nameBefore(seg[:len(seg)-1]); name != "" {
			return attribution{name: name, cue: seg[len(seg)-1].word}, true
		}
	}
	if v, _ := c.verbLower(seg[0].lower); v && isLower(seg[0].word) && len(seg) >= 2 {
		if name := c.nameAt(seg[1:]); name != "" {
			return attribution{name: name, cue: seg[0].word}, true
		}
	}
	return attribution{}, false
}

// isPartyTag says w is an American party-and-state tag set off after a
// politician's name: "R-Ohio", "D-Calif", "I-Vt".
func isPartyTag(w string) bool {
	return len(w) >= 4 && strings.IndexByte("DRI", w[0]) >= 0 && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// personNounAttr reads rest, opening with a person noun ("the man",
// "the woman"), into a: the unnamed person the article brought in ("a
// 43-year-old man …") as written, or else the person last named of that
// gender. It reports whether rest opens so.
func (c *quoteCtx) personNounAttr(rest []token, a *attribution) bool {
	p, g := c.personNoun(rest)
	if p == "" {
		return false
	}
	if c.unnamedNouns[strings.ToLower(p)] && !c.paraPerson {
		a.descr = rest[0].lower + " " + p
	} else {
		a.pronoun, a.gender = p, g
	}
	return true
}

// personNoun reads a definite noun for a person that tells a gender
// ("the woman", "la mujer"), opening toks and closing its part: the
// noun and its gender, or "". It stands for a person named before, as a
// pronoun does.
func (c *quoteCtx) personNoun(toks []token) (string, string) {
	if len(toks) < 2 || !c.lx.isRoleDet(toks[0].lower) || !isLower(toks[1].word) && !c.capNouns || c.lx.isTitle(toks[1].lower) {
		return "", ""
	}
	if len(toks) > 2 && !toks[1].comma && !toks[1].stop && !c.lx.relatives[toks[2].lower] {
		return "", "" // "the woman's husband"; but "the woman who …"
	}
	g := c.lx.personNouns[toks[1].lower]
	if g == "" {
		return "", ""
	}
	return toks[1].word, g
}

// appositiveEnd is the length of a capitalised run opening toks and closed
// by a comma that a lower-case word follows ("Warren, a Democrat,"), or 0.
func appositiveEnd(toks []token) int {
	for j, t := range toks {
		if !isCapitalised(t.word) {
			return 0
		}
		if t.comma {
			if j+1 < len(toks) && isLower(toks[j+1].word) {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// capitalisedRunEnd is the length of a capitalised run opening toks and
// closed by a comma that more words follow ("Hamid Roshan, CEO of …"), or
// 0.
func capitalisedRunEnd(toks []token) int {
	for j, t := range toks {
		if !isCapitalised(t.word) || t.stop {
			return 0
		}
		if t.comma {
			if j+1 < len(toks) {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// maxLeadIn is how many words before a quote may hold the verb leading
// into it.
const maxLeadIn = 5

// before reads an attribution that leads into a quote.
func (c *quoteCtx) before(s string) (attribution, bool) {
	// Only the sentence that leads into the quote counts.
	toks := c.tokensOf(s)
	for i := len(toks) - 2; i >= 0; i-- {
		if toks[i].stop {
			toks = toks[i+1:]
			break
		}
	}
	if len(toks) == 0 {
		return attribution{}, false
	}
	if a, ok := c.docAttribution(toks, true); ok {
		return a, true // 'According to the study, "…"'
	}
	// 'Menurut X, "…"' / 'According to X, "…"' / 'diungkapkan oleh X'
	if a, ok := c.passive(toks); ok {
		return a, true
	}
	// 'Aus dem Ministerium heißt es, „…“', 'Du côté de l'Élysée, on
	// indique que « … »'
	if a, ok := c.impersonal(toks); ok {
		return a, true
	}
	// 'X mengatakan, "…"' / 'X said: "…"' / 'said X: "…"'; 'the
	// agency says that the southern border with Mexico "…"': a verb
	// and the word opening its reported clause, farther back.
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-maxComplementLead; i-- {
		v, pron := c.verbLower(toks[i].lower)
		if !v || !isLower(toks[i].word) {
			continue
		}
		if i < len(toks)-maxLeadIn && (i+1 >= len(toks) || !c.lx.complementizers[toks[i+1].lower] || toks[i].comma) && !c.invertedLeadIn(toks, i) && !c.complementAfterObject(toks, i) {
			continue
		}
		if c.lx.participles[toks[i].lower] && c.hasVerb(toks[:i]) {
			// 'X told Y, asserting that … "': X's words.
			continue
		}
		if c.lx.participles[toks[i].lower] && i > 0 && toks[i-1].comma {
			// 'In 2022, she dropped her claims against Hale, saying
			// she "…"': a participle set off by a comma is the
			// subject's of its sentence, a pronoun opening a clause,
			// not the object named right before the comma.
			if p := c.clausePronoun(toks[:i]); p != "" {
				return attribution{cue: toks[i].word, pronoun: p}, true
			}
		}
		if i > 0 && c.lx.isArticle(toks[i-1].lower) && (!c.lx.auxiliaries[toks[i-1].lower] || strings.HasSuffix(toks[i].lower, "ing")) &&
			isLower(toks[i-1].word) && !toks[i-1].comma && !toks[i-1].stop {
			// "As the saying goes, “…”", "There's a saying that
			// goes “…”": the cue word is a noun after its article
			// (not a participle after an auxiliary spelt as one,
			// French "a affirmé"; "a saying" is a noun in -ing); a
			// proverb is no one's, never the last speaker's.
			return attribution{unknown: true}, true
		}
		a := attribution{cue: toks[i].word}
		// "The city council has argued that …": the subject ends
		// before the verb's adverbs and auxiliaries.
		subj := c.subjectPart(toks[:i])
		k := len(subj)
		switch {
		case pron:
		case k > 0 && c.isPronoun(toks[k-1].word):
			a.pronoun = toks[k-1].word
		case c.wholeBody(subj) != "":
			// "Die Polizei sagte: „…“".
			a.descr, a.body = c.wholeBody(subj), true
		case c.possessedRole(subj, false) != "":
			// "Swift's rep told …": the role as written.
			a.descr = c.possessedRole(subj, false)
		case c.roleNounBefore(subj) != "":
			a.role = c.roleNounBefore(subj)
		default:
			if k == i && k > 1 && subj[k-1].comma {
				// "Rob Whitman, President Acme Health, says: “…”": a
				// full name opening the subject, then its capitalised
				// job set off by commas; the job's organisation is
				// not who speaks.
				if j := capitalisedRunEnd(subj[:k-1]); j > 0 && j < k-1 {
					if n := c.personName(tokenWords(subj[:j]), true); countFields(n) >= 2 {
						a.name = n
						return a, true
					}
				}
			}
			if d := c.complementPhrase(subj); d != "" {
				// "one user on Weibo posted": the name in the
				// complement is no speaker.
				a.descr = d
				return a, true
			}
			a.name = c.nameBefore(subj)
			if k < i && countFields(a.name) < 2 && c.cast.find(a.name) == nil && !c.modalsOnly(toks[k:i]) {
				// "Another reportedly said": past an adverb, only a
				// full name or one the article gave. ("As Sherlock
				// would say": past a verb of mood, the lone name is
				// the speaker, as written.)
				a.name = ""
			}
			if a.name == "" {
				// "X wants out, but Y, chairman of …, told …": the
				// clause the verb ends, after a comma and a
				// conjunction, has its own subject.
				a.name = c.subject(toks[lastClause(toks[:i], c.lx):i])
			}
			if a.name == "" {
				a.name = c.subject(toks[:i])
			}
			if a.name == "" {
				a.name = c.nameAt(toks[i+1:])
			}
			if a.name == "" {
				// "A company spokesperson said in an email that …",
				// "The French foreign ministry said it …".
				a.name, a.descr = c.phraseSpeaker(subj, false)
			}
			if a.name == "" && a.descr == "" {
				a.descr = c.orgSubject(subj)
			}
			if a.name == "" && a.descr == "" && c.isPronoun(toks[0].word) {
				// "She walks home, saying, “…”": the sentence's
				// subject.
				a.pronoun = toks[0].word
			}
			if a.name == "" && a.descr == "" && a.pronoun == "" && k > 0 && i+1 < len(toks) && isLower(toks[i+1].word) &&
				c.isPronoun(toks[i+1].word) && c.lx.pronouns[toks[i+1].lower] != "n" {
				// "Dabei sagte er: „…“", "Gleichzeitig betont sie: „…“":
				// a sentence opening with an adverb or a phrase puts
				// its subject after the verb; a personal pronoun right
				// after the verb is that subject. (Not "es", a
				// thing's: "heißt es".)
				a.pronoun = toks[i+1].word
				if g := c.lx.singularPronouns[toks[i+1].lower]; g != "" && !strings.HasSuffix(toks[i].lower, "en") {
					a.gender = g
				}
			}
			if a.name == "" && a.descr == "" && a.pronoun == "" {
				a.descr = c.clauseOrg(toks[:i])
			}
			if a.name == "" && a.descr == "" && a.pronoun == "" && k > 0 && !subj[k-1].comma && !c.lx.participles[toks[i].lower] && c.writtenSubject(token{}, subj[k-1:]) && c.runOpensClause(subj) {
				// "Sementara itu, Bupati Sumba Timur menegaskan, “…”":
				// the verb's subject is written out, capitalised right
				// before it, though the reader could not resolve it;
				// it is someone, and not the last speaker. (Not a word
				// set off by a comma: "Asimismo, indicó", "… the UK,
				// adding that"; not before a participle, whose subject
				// is its sentence's: "… as early as 500 BC saying"; the
				// capitalised run opens its clause, after a comma, a
				// stop or a stopword.)
				if a.name = c.writtenOfficeHolder(subj[capitalisedRunStart(subj):]); a.name == "" {
					a.unknown = true
				}
			}
			if a.name == "" && a.descr == "" && a.pronoun == "" && c.namesOther(subj) {
				// "As Morrow put it, “…”" with Morrow read as no one:
				// the subject names someone, not the last speaker.
				a.unknown = true
			}
			if a.name == "" && a.descr == "" && a.pronoun == "" && c.loneIndefinite(subj) {
				// "Another said the plan …": someone the article
				// does not name, with no role.
				a.unknown = true
			}
			if a.name == "" && a.descr == "" && a.pronoun == "" && c.othersSubject(subj) {
				// "Prosecutors alleged that …", "Fifty-one percent say
				// that …": the verb's own subject, in its sentence, is
				// a group or a figure, no one who spoke before.
				a.unknown = true
			}
		}
		return a, true
	}
	// 'Prelogar: "…"', 'Alito cut her off: "…"': a transcript's or a
	// scene's speaker, named first, the colon leading into the quote.
	if last := toks[len(toks)-1]; strings.HasSuffix(strings.TrimSpace(last.raw), ":") && isCapitalised(toks[0].word) {
		// A lone capitalised word must be someone named before: German
		// capitalises every noun ("Produkte müssen …:").
		if name := c.nameAt(toks); name != "" && (strings.Contains(name, " ") || c.cast.lookup(name) != "") {
			return attribution{name: name}, true
		}
	}
	if last := toks[len(toks)-1]; strings.HasSuffix(strings.TrimSpace(last.raw), ":") {
		// "Gleich zu Beginn gibt Präsidentin Annekathrin Preidel den
		// Ton vor: „…“": the one person the lead-in names in full,
		// wherever the sentence puts its subject.
		one := ""
		for _, r := range c.personRuns(toks) {
			if countFields(r.name) < 2 || c.lx.kindOfWords(r.name, fields(r.name), fields(strings.ToLower(r.name)), c.lang) != kindPerson && c.cast.find(r.name) == nil {
				continue
			}
			if r.at > 0 && c.lx.isLocative(toks[r.at-1].lower) && isLower(toks[r.at-1].word) {
				// "dagli adesivi di Anna Frank …: «…»": a person after
				// "of", "from" is what the sentence is about, not who
				// it brings in to speak.
				continue
			}
			if c.capNouns && !c.lx.isGivenName(strings.ToLower(fields(r.name)[0])) && !c.titledRun(toks, r.tokRun) {
				// "Millionen Filipinos": nouns, where every noun is
				// capitalised; a person comes with a given name the
				// lexicon knows or a title ("Präsidentin Annekathrin
				// Preidel", "Mwaivu Kaluka, Vorsitzender der …").
				continue
			}
			if one != "" && one != r.name {
				one = ""
				break
			}
			one = r.name
		}
		if one != "" {
			return attribution{name: one}, true
		}
	}
	if last := toks[len(toks)-1]; strings.HasSuffix(strings.TrimSpace(last.raw), ":") {
		// "Ein junger Mann schüttelt den Kopf: „…“", "An elderly
		// woman, visibly tired: “…”": a person the scene brings in
		// unnamed.
		if np := c.leadingNP(toks); len(np) > 0 && c.personHead(np[len(np)-1].lower) {
			return attribution{descr: rawPhrase(np)}, true
		}
	}
	return attribution{}, false
}

// placeBeforeSubject is how many words of toks, the words after a
// reporting verb, are a preposition and a capitalised place or platform
// (one or two words) that stand between the verb and its subject opened
// by a determiner ("sur Facebook le porte-parole …", "in Berlin der
// Minister …", "on X the spokesman …"); 0 when toks open otherwise.
func (c *quoteCtx) placeBeforeSubject(toks []token) int {
	if len(toks) < 3 || !isLower(toks[0].word) || toks[0].comma || toks[0].stop {
		return 0
	}
	if p := toks[0].lower; !c.lx.isLocative(p) && (!c.lx.isStopword(p) || c.lx.isRoleDet(p) || c.lx.isArticle(p) || c.isPronoun(p) || c.lx.isConjunction(p)) {
		return 0 // (a preposition: a locative, or another small word)
	}
	for k := 1; k < len(toks)-1 && k <= 2; k++ {
		t := toks[k]
		if !isCapitalised(t.word) || t.stop || t.comma || c.cast.findLower(t.word, t.lower) != nil || c.lx.isTitleWord(t.lower) {
			return 0
		}
		if next := toks[k+1]; isLower(next.word) && c.lx.isRoleDet(next.lower) {
			return k + 1
		}
	}
	return 0
}

// invertedLeadIn says the reporting verb at toks[i], past an opening
// adverb or phrase, has a personal pronoun right after it for its
// subject, and its sentence leads into the quote with a colon ("Später
// antwortete sie in einem Interview der Zeitung: „…“"): the verb's
// sentence is the quote's attribution however far the colon is.
func (c *quoteCtx) invertedLeadIn(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].comma || !isLower(toks[i+1].word) || !c.isPronoun(toks[i+1].word) || c.lx.pronouns[toks[i+1].lower] == "n" {
		return false
	}
	if !strings.HasSuffix(strings.TrimSpace(toks[len(toks)-1].raw), ":") {
		return false
	}
	for _, t := range toks[i : len(toks)-1] {
		if t.comma || t.stop {
			return false // the colon closes another clause
		}
	}
	return true
}

// clausePronoun is a gendered subject pronoun opening a clause of toks,
// the words before a participle ("In 2022, she withdrew …,"), with a
// lower-case word (its verb) after it; "" when there is none.
func (c *quoteCtx) clausePronoun(toks []token) string {
	for j := 0; j+1 < len(toks); j++ {
		if j > 0 && !toks[j-1].comma {
			continue
		}
		if g := c.lx.pronouns[toks[j].lower]; (g == "m" || g == "f") && isLower(toks[j+1].word) && !toks[j].comma && !c.foreignPronoun(toks[j].lower) {
			return toks[j].word
		}
	}
	return ""
}

// titledRun says the run r of toks holds or follows a title, or is set
// off by a comma before one: a person's name, not a pair of nouns.
func (c *quoteCtx) titledRun(toks []token, r tokRun) bool {
	for k := max(r.at-1, 0); k < r.end && k < len(toks); k++ {
		if c.lx.isTitle(toks[k].lower) {
			return true
		}
	}
	return r.end < len(toks) && toks[r.end-1].comma && c.lx.isTitle(toks[r.end].lower)
}

// complementAfterObject says the reporting verb toks[i] reaches its
// complementizer past a short object or adverbial, no comma between
// ("told US media this month that …", "said in a statement on Monday
// that …", "warned lawmakers that …"): the verb leads into the quote as
// "says that" does, and its subject, not the sentence's first name ("X
// wants out, but Y told reporters that …"), speaks.
func (c *quoteCtx) complementAfterObject(toks []token, i int) bool {
	if toks[i].comma || toks[i].stop || i == 0 || !isCapitalised(toks[i-1].word) && !c.isPronoun(toks[i-1].word) {
		// The verb's subject, a name or a pronoun, stands right
		// before it; a verb after a conjunction ("aunque insistió en
		// que …") has its subject elsewhere.
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+1+maxObjectWords; j++ {
		if j > i+1 && c.lx.complementizers[toks[j].lower] && isLower(toks[j].word) {
			// A lone preposition before it is the verb's own
			// ("informó de que", "insistió en que"), read as before.
			return j > i+2 || !c.lx.isLocative(toks[i+1].lower) && !c.lx.isJoiner(toks[i+1].lower) && !c.lx.placePreps[toks[i+1].lower]
		}
		if toks[j].comma || toks[j].stop {
			return false
		}
		if v, _ := c.verbLower(toks[j].lower); v && isLower(toks[j].word) {
			return false
		}
	}
	return false
}

// modalsOnly says toks are all verbs of mood ([modal-verbs]: "would",
// "might") in lower case.
func (c *quoteCtx) modalsOnly(toks []token) bool {
	for _, t := range toks {
		if !c.lx.modals[t.lower] || !isLower(t.word) {
			return false
		}
	}
	return len(toks) > 0
}

// lastClause is where the last clause of toks starts: after a comma and
// a conjunction in lower case that opens a clause with its own subject
// ([clause-joiners]: "…, but General Tilley …", "…, aber Anna Berg …");
// 0 when none.
func lastClause(toks []token, lx *lexicon) int {
	for j := len(toks) - 2; j > 0; j-- {
		if toks[j-1].comma && isLower(toks[j].word) && lx.clauseJoiners[toks[j].lower] {
			return j + 1
		}
	}
	return 0
}

// maxObjectWords bounds the words between a reporting verb and its
// complementizer that complementAfterObject passes over.
const maxObjectWords = 6

// maxComplementLead is how many words before a quote may hold a
// reporting verb followed by its complementizer ("says that …").
const maxComplementLead = 12

// maxAdverbWords is how many small words may stand between a reporting
// verb and its speaker ("opina en cambio Sergi González").
const maxAdverbWords = 2

// nameAfterAdverb reads a speaker named after a few lower-case words
// that follow the verb: "explica también Ana Ruiz", "opina en cambio Sergi
// González". The name must be a full name or one the cast knows, so that
// "dijo en Madrid" names no one.
func (c *quoteCtx) nameAfterAdverb(toks []token) string {
	for i := 0; i < len(toks) && i < maxAdverbWords; i++ {
		t := toks[i]
		if v, _ := c.verbLower(t.lower); !isLower(t.word) || t.comma || t.stop || v {
			return ""
		}
		if i+1 < len(toks) && isCapitalised(toks[i+1].word) {
			n := c.nameAt(toks[i+1:])
			if ws := fields(n); len(ws) >= 3 && c.capNouns && c.lx.isNounDet(t.lower) {
				// "sagte sein Bruder Lukas Rieder": a determiner's noun.
				n = strings.Join(ws[c.nameStart(lowerAll(ws)):], " ")
			}
			if countFields(n) >= 2 || n != "" && c.cast.find(n) != nil {
				return n
			}
		}
	}
	return ""
}

// unnamedSubject reads a speaker the article does not name, given by an
// article and a noun before the verb ('," a witness said', '," the man
// could be heard saying' before anyone is named), as printed; "" when a
// capitalised word (a name) is among the words.
func (c *quoteCtx) unnamedSubject(toks []token) string {
	if len(toks) < 2 || !c.lx.isArticle(toks[0].lower) || !isLower(toks[0].word) || !isLower(toks[1].word) ||
		c.lx.isStopword(toks[1].lower) {
		return ""
	}
	// "a spokesman", "one resident": an indefinite article names no
	// one before, so a title after it is the speaker as printed.
	definite := c.lx.isRoleDet(toks[0].lower)
	for _, t := range toks {
		if !isLower(t.word) || t.comma || t.stop || definite && c.lx.isTitle(t.lower) || c.isOrgNoun(t.lower) {
			return "" // "the government spokesman": a role, read elsewhere
		}
	}
	if c.lx.isRoleDet(toks[0].lower) && c.lastOrRecent() != "" {
		// "the singer said" most often means someone named before:
		// left to the last speaker.
		return ""
	}
	// "a police spokesperson", "a senior official": the noun phrase
	// runs on to its head, the last word naming a person within
	// maxRoleWords; words after it ("could be heard") are the verb's.
	end := 2
	for k := 2; k < len(toks) && k < maxRoleWords; k++ {
		if c.personHead(toks[k].lower) {
			end = k + 1
		}
	}
	return rawPhrase(toks[:end])
}

// bareRole reads the lower-case title words opening toks ("tersangka",
// "juru bicara"), as printed, or "".
func (c *quoteCtx) bareRole(toks []token) string {
	n := 0
	for n < len(toks) && n < maxRoleWords && isLower(toks[n].word) && c.lx.isTitle(toks[n].lower) {
		n++
		if toks[n-1].comma || toks[n-1].stop {
			break
		}
	}
	if n == 0 {
		return ""
	}
	return rawPhrase(toks[:n])
}

// orgAt reads an organisation named right after a reporting verb, as
// printed: the capitalised run opening toks when kindOf calls it an
// organisation or an outlet.
func (c *quoteCtx) orgAt(toks []token) string {
	// "Namun Dinas Kesehatan", "But the Home Office": a sentence's
	// opening word is no part of the name.
	for len(toks) > 1 && isCapitalised(toks[1].word) && !toks[0].comma && !c.determiner(toks[0].lower) && (c.lx.isStopword(toks[0].lower) || c.lx.isOpener(toks[0].word)) {
		toks = toks[1:]
	}
	n := 0
	for n < len(toks) && n < maxSourceWords && isCapitalised(toks[n].word) {
		n++
		if toks[n-1].comma || toks[n-1].stop {
			break
		}
	}
	if n == 0 {
		return ""
	}
	ws := tokenWords(toks[:n])
	switch c.lx.kindOfWords(strings.Join(ws, " "), ws, tokenLowers(toks[:n]), c.lang) {
	case kindOrganisation:
		return strings.Join(tokenWords(toks[:c.orgComplementEnd(toks, n)]), " ")
	case kindOutlet:
		return strings.Join(ws, " ")
	}
	return ""
}

// namedOrgWord reads "so die Gebag", "teilte die Wobau mit" where every
// noun is capitalised: a determiner and one capitalised word closing the
// phrase, which the article has named as an organisation's own name
// ("die städtische Entwicklungsgesellschaft Gebag"): the organisation
// speaks, under that word as printed. A common noun alone ("so der
// Verband") is no organisation the article named; "" then.
func (c *quoteCtx) namedOrgWord(toks []token) string {
	if len(toks) < 2 || !c.isDet(toks[0].lower) || toks[0].comma || toks[0].stop || !isCapitalised(toks[1].word) {
		return ""
	}
	if len(toks) > 2 && !toks[1].comma && !toks[1].stop && !isLower(toks[2].word) {
		return ""
	}
	w := toks[1].lower
	if c.lx.isOrgWordIn(w, c.lang) || c.lx.isTitle(w) || c.cast.find(toks[1].word) != nil {
		return ""
	}
	if o := c.cast.orgByNoun(w, false); o != "" && !strings.EqualFold(o, toks[1].word) {
		return toks[1].word
	}
	return ""
}

// topicAfter says the word right after the verb toks[i] is in a case
// of the text's language that makes it the verb's topic ([topic-suffixes]:
// Finnish "kertoi päätöksestä", told about the decision): the verb reports
// a subject, no quotation.
func (c *quoteCtx) topicAfter(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].comma || toks[i].stop || !isLower(toks[i+1].word) {
		return false
	}
	for _, suf := range c.lx.topicSuffixes[c.lang] {
		if len(toks[i+1].lower) > len(suf)+2 && strings.HasSuffix(toks[i+1].lower, suf) {
			return true
		}
	}
	return false
}

// orgNamedAt is the organisation toks name in full after a determiner
// when role, the role noun read there, is an organisation's word:
// "informó el Ministerio de Sanidad", "erklärte die Agentur für Arbeit"
// name the body that speaks (FIELDS.md: an organisation speaks when the
// article says so), which a role would resolve to whoever held it
// before. "" when the role is a person's, or the name is no
// organisation's.
func (c *quoteCtx) orgNamedAt(toks []token, role string) string {
	ws := strings.Fields(role)
	if len(ws) == 0 || len(toks) < 2 || !c.lx.isOrgWordIn(strings.ToLower(ws[len(ws)-1]), c.lang) || !c.isDet(toks[0].lower) || toks[0].comma || toks[0].stop {
		return ""
	}
	if !isCapitalised(toks[1].word) {
		return "" // "el ministerio": the role noun, resolved to the body named before
	}
	o := c.orgAt(toks[1:])
	if strings.EqualFold(o, role) {
		return "" // "so der Verband": the noun alone, where every noun is capitalised
	}
	return o
}

// orgComplementEnd is where the name of an organisation, the capitalised
// run toks[:n], ends when a preposition of [org-complements] carries it
// on over a capitalised complement: "das Landesamt für Umwelt", "el
// Ministerio de Sanidad", "l'Istituto di Statistica" (FIELDS.md: an
// organisation speaks under its whole name, never its head noun alone).
// A determiner may follow the preposition where nouns are written in
// lower case ("Ministerio de la Presidencia"); where every noun is
// capitalised a determiner opens a phrase of common nouns ("für die
// Menschen"), which ends the name; a joiner does too ("voor de
// Statistiek"). A conjunction and a capitalised word
// go on with the complement ("für Migration und Flüchtlinge"). n when
// no complement follows.
func (c *quoteCtx) orgComplementEnd(toks []token, n int) int {
	for n < len(toks) && n < 2*maxSourceWords {
		if toks[n-1].comma || toks[n-1].stop || !isLower(toks[n].word) || !c.lx.orgComplements[toks[n].lower] {
			return n
		}
		j := n + 1
		if j < len(toks) && !c.capNouns && isLower(toks[j].word) && (c.isDet(toks[j].lower) || c.lx.isJoiner(toks[j].lower)) && !toks[j].comma && !toks[j].stop {
			j++
		}
		if j >= len(toks) || !isCapitalised(toks[j].word) || c.isPronoun(toks[j].word) {
			return n
		}
		k := j
		for k < len(toks) && k < j+maxSourceWords && isCapitalised(toks[k].word) {
			k++
			if toks[k-1].comma || toks[k-1].stop {
				break
			}
			if k+1 < len(toks) && isLower(toks[k].word) && c.lx.isConjunction(toks[k].lower) && isCapitalised(toks[k+1].word) && !toks[k].comma && !toks[k].stop {
				k++ // "für Migration und Flüchtlinge"
			}
		}
		n = k
	}
	return n
}

// indefiniteRole reads a speaker given by role after the verb: an
// indefinite article and a title ("so ein Sprecher", "dijo un portavoz"),
// written as printed: the article names no one to resolve it to.
func (c *quoteCtx) indefiniteRole(toks []token) string {
	if len(toks) < 2 || !c.lx.isArticle(toks[0].lower) || c.lx.isRoleDet(toks[0].lower) || !c.lx.isTitleWord(toks[1].lower) {
		return ""
	}
	if len(toks) > 2 && !toks[1].comma && !toks[1].stop {
		return "" // "sang juru bicara orang tua Bankman": a longer role, read elsewhere
	}
	return rawPhrase(toks[:2])
}

// hasVerb reports whether toks hold a reporting verb.
func (c *quoteCtx) hasVerb(toks []token) bool {
	for _, t := range toks {
		if v, _ := c.verbLower(t.lower); v && isLower(t.word) {
			return true
		}
	}
	return false
}

// passive finds "Menurut X", "According to X", "diungkapkan oleh X" in
// toks.
func (c *quoteCtx) passive(toks []token) (attribution, bool) {
	for i, t := range toks {
		n := 0
		if c.lx.cueStarts[t.lower] {
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
		if len(rest) > 0 && c.isPronoun(rest[0].word) && !c.stopwordNameAt(rest) {
			a.pronoun = rest[0].word
			return a, true
		}
		if role := c.roleNoun(rest); role != "" && c.lx.isRoleDet(rest[0].lower) {
			// "Selon le maire, « … »", "according to the minister"
			if name := c.nameAfterRole(rest, role); name != "" {
				a.name = name
			} else {
				a.role = role
			}
			return a, true
		}
		if c.personNounAttr(rest, &a) {
			// "According to the man, the steroids “…”"
			return a, true
		}
		if len(rest) > 0 && c.lx.objectPronouns[rest[0].lower] != "" {
			// "according to her", "selon lui"
			a.pronoun, a.gender = rest[0].word, c.lx.objectPronouns[rest[0].lower]
			return a, true
		}
		if a.name = c.nameAt(rest); a.name != "" {
			return a, true
		}
		// "according to a study by Helena Marsh": the work's author.
		for j := 1; j < len(rest)-1 && j <= maxLeadIn && isLower(rest[j].word) && !rest[j-1].comma && !rest[j-1].stop; j++ {
			if c.lx.passiveBy[rest[j].lower] && isCapitalised(rest[j+1].word) {
				if a.name = c.nameAt(rest[j+1:]); strings.Contains(a.name, " ") {
					return a, true
				}
				a.name = ""
				break
			}
		}
		if a.descr = c.passiveOrg(rest); a.descr != "" {
			// "laut Bundesregierung", "según la OMS", "selon l'Insee":
			// the organisation the article says the words are from.
			return a, true
		}
		if c.writtenSubject(token{}, rest) && !c.hasVerb(rest) {
			// "Menurut Gubernur NTT, “…”", "According to Doctor, “…”":
			// someone written out whom the reader could not resolve;
			// not the last speaker. (Not where a verb follows in the
			// sentence: "According to AFP, one user posted: “…”".)
			if a.name = c.writtenOfficeHolder(rest); a.name == "" {
				a.unknown = true
			}
			return a, true
		}
	}
	return attribution{}, false
}

// passiveOrg is the organisation named right after an according-to cue,
// maybe after its article ("según la OMS", "laut Bundesamt für
// Statistik"), as printed: an organisation speaks when the article says
// so (FIELDS.md). An outlet is left to the sources ("according to The
// Wall Street Journal"), and so is anything kindOf cannot tell for an
// organisation.
func (c *quoteCtx) passiveOrg(rest []token) string {
	if len(rest) == 0 {
		return ""
	}
	if len(rest) > 1 && isLower(rest[0].word) && c.isDet(unelided(rest[0].lower)) && !rest[0].comma && !rest[0].stop {
		rest = rest[1:]
	}
	first := rest[0].word
	if u := unelided(rest[0].lower); u != rest[0].lower {
		first = first[len(rest[0].word)-len(u):] // "selon l'Insee": the name after the elided article
	}
	n := 0
	for n < len(rest) && n < maxSourceWords && (isCapitalised(rest[n].word) || n == 0 && isCapitalised(first)) {
		n++
		if rest[n-1].comma || rest[n-1].stop {
			break
		}
	}
	if n == 0 {
		return ""
	}
	ws := tokenWords(rest[:n])
	ws[0] = strings.TrimRight(first, ",.;:")
	if c.lx.isJoiner(strings.ToLower(ws[0])) || c.lx.kindOfWords(strings.Join(ws, " "), ws, tokenLowers(rest[:n]), c.lang) != kindOrganisation {
		// ("según El País": a name opening with its article is read
		// as an organisation for want of better, often an outlet.)
		return ""
	}
	out := tokenWords(rest[:c.orgComplementEnd(rest, n)])
	out[0] = ws[0]
	return strings.Join(out, " ")
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

// invertedPronoun reads a reporting verb joined to its pronoun by
// hyphens, as French inverts them after a quote ("confie-t-elle",
// "poursuit-il"): it says l is one and gives the pronoun.
func (c *quoteCtx) invertedPronoun(l string) (bool, string) {
	k := strings.LastIndexByte(l, '-')
	if k <= 0 || k == len(l)-1 {
		return false, ""
	}
	verb, pron := strings.TrimSuffix(l[:k], "-t"), l[k+1:]
	if g, ok := c.lx.pronouns[pron]; !ok || g == "-" || !c.lx.isVerb(verb) {
		return false, ""
	}
	return true, pron
}

// verbLower says the lower-case word l is a reporting verb, and whether
// it carries its own pronoun ("katanya").
func (c *quoteCtx) verbLower(l string) (isVerb, pronoun bool) {
	for _, suf := range c.lx.pronounSuffix {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 && c.lx.isVerb(l[:len(l)-len(suf)]) {
			return true, true
		}
	}
	return c.lx.isVerb(l) || c.ownVerbs[l], false
}

// nameAfterRole is the name a role noun after the verb runs on into ("a
// déclaré la ministre de la Santé Sophie Roy", "said the coach Ian
// Dale"): capitalised words within the role's sentence part, read as
// nameAt reads a name; "" when the role ends the attribution ("a
// souligné la ministre.").
func (c *quoteCtx) nameAfterRole(toks []token, role string) string {
	for k, t := range toks {
		if k > maxRoleSpan+1 || t.stop {
			return ""
		}
		if unelided(t.lower) != role {
			continue
		}
		if k+1 >= len(toks) {
			return ""
		}
		rest := toks[k+1:]
		if t.comma {
			// "dijo el alcalde, Fermín Aldecoa": the name set off by
			// a comma, a full name.
			if name := c.nameAt(rest); strings.Contains(name, " ") && isCapitalised(rest[0].word) {
				return name
			}
			return ""
		}
		if isLower(rest[0].word) && c.lx.docAddressees[rest[0].lower] {
			// "aseguró el ministro a Lucía Pérez", "a déclaré le
			// ministre à Paul Roy": the name after "to" is the
			// addressee's; the role stands for its holder.
			return ""
		}
		if name := c.nameAfterOffice(rest); name != "" {
			return name
		}
		// "la présidente du club Hélène Roy": lower-case words of the
		// office come before the name; "la ministra de Sanidad Lucía
		// Roy": after a joiner, the first capitalised word is the
		// office's complement when a name of two words follows it.
		j := 0
		for j < len(rest) && j < 3 && isLower(rest[j].word) && !rest[j].comma && !rest[j].stop {
			j++
		}
		if j > 0 && c.lx.isJoiner(rest[j-1].lower) {
			n := 0
			for j+n < len(rest) && isCapitalised(rest[j+n].word) {
				n++
				if rest[j+n-1].comma || rest[j+n-1].stop {
					break
				}
			}
			switch {
			case n >= 3:
				j++
			case j+n < len(rest) && rest[j+n-1].comma && isCapitalised(rest[j+n].word):
				// "la consejera de Fomento, Pilar Ezquerra": the
				// office's complement, a comma, the name.
				j += n
			}
		}
		// A single word is the office's complement ("le ministre de la
		// Santé."), not a name.
		if j < len(rest) {
			if name := c.nameAt(rest[j:]); strings.Contains(name, " ") {
				if j > 0 && c.lx.isJoiner(rest[j-1].lower) && !c.knownPerson(name) {
					// "la directora técnica de Almarza Motorsport": two
					// capitalised words after "de" are the office's body
					// unless they are a person the article named or
					// open with a given name.
					return ""
				}
				return name
			}
		}
		return ""
	}
	return ""
}

// maxOfficeSpan is the most words an office's complement runs over
// between its role noun and the comma before the holder's name.
const maxOfficeSpan = 8

// nameAfterOffice reads the holder's name set off by commas after an
// office whose complement runs over several words, lower-case ones among
// them ("du ministère des Affaires étrangères, Lin Wei,", "de la
// consejería de Salud de Aragón, Marta Ruiz,", "of the regional health
// authority, Priya Rao."). rest follows the role noun. The complement
// opens with a joiner ("de", "du", "of") and holds no full stop; the name
// is a full name, capitalised, closed by a comma, a full stop or the end
// of the sentence, so an organisation's name running on ("…, Banco
// Central Europeo dijo …") is not taken. Otherwise it gives "".
func (c *quoteCtx) nameAfterOffice(rest []token) string {
	if len(rest) < 3 || !c.lx.isJoiner(rest[0].lower) || rest[0].comma {
		return ""
	}
	for i := 0; i < len(rest)-1 && i < maxOfficeSpan; i++ {
		if rest[i].stop {
			return ""
		}
		if !rest[i].comma {
			continue
		}
		if i == 0 || !isCapitalised(rest[i+1].word) {
			return ""
		}
		name := c.nameAt(rest[i+1:])
		f := fields(name)
		if len(f) < 2 || f[0] != rest[i+1].word {
			return ""
		}
		end := i + len(f)
		if end < len(rest) && !rest[end].comma && !rest[end].stop {
			return ""
		}
		return name
	}
	return ""
}

// knownPerson says name is a person: one the cast knows, or one opening
// with a known given name.
func (c *quoteCtx) knownPerson(name string) bool {
	if c.cast.find(name) != nil {
		return true
	}
	f := fields(name)
	return len(f) > 0 && c.lx.isGivenWord(f[0])
}

// officeOfBody reads, after a cue, a role of lower-case words and the
// body it serves with no holder named: "the team principal of Falcon
// Racing.", "la directora técnica de Almarza Motorsport.", "le patron de
// Valmont Racing, lors de …". toks open with an article; the role's words
// end in a joiner ("of", "de", "du"); one or two capitalised words
// (three are a body and a name: "del PP Ana Ruiz") follow and close the
// phrase (a full stop, the end, or a comma before a
// lower-case word, so "…, Ana Ruiz" after it is left to the name rules).
// Capitalised words that are a person the article named, or that open
// with a given name, are the holder, not a body. It gives the index after
// the phrase, or 0.
func (c *quoteCtx) officeOfBody(toks []token) int {
	if len(toks) < 4 || !c.lx.isRoleDet(toks[0].lower) || !isLower(toks[0].word) || toks[0].comma {
		return 0
	}
	i := 1
	// (Where every noun is capitalised, the role's noun after the
	// article is too: "der Teamchef von Red Bull".)
	for i < len(toks) && i <= maxRoleWords && (isLower(toks[i].word) || c.capNouns && i == 1 && isCapitalised(toks[i].word)) && !toks[i].comma && !toks[i].stop {
		i++
	}
	if i < 3 || i >= len(toks) || !c.lx.isJoiner(toks[i-1].lower) || c.lx.isJoiner(toks[1].lower) {
		return 0
	}
	k := i
	for k < len(toks) && isCapitalised(toks[k].word) {
		k++
		if toks[k-1].comma || toks[k-1].stop {
			break
		}
	}
	if n := k - i; n == 0 || n > 2 {
		return 0
	}
	last := toks[k-1]
	switch {
	case last.stop || k == len(toks):
	case last.comma && k < len(toks) && isLower(toks[k].word):
	default:
		return 0
	}
	if c.knownPerson(joinWords(toks[i:k])) {
		return 0
	}
	return k
}

// othersSubject says subj, the words before a verb leading into a quote
// in its sentence, are a subject of their own that names no person: a
// plural noun ("Prosecutors", "Aviation analysts") or a figure ("Fifty-one
// percent") as the sentence's opening words, with no comma-set clause
// before. Such a verb's words are not the last speaker's.
func (c *quoteCtx) othersSubject(subj []token) bool {
	if len(subj) == 0 || len(subj) > maxSubjectLead {
		return false
	}
	for _, t := range subj {
		if t.comma || t.stop || c.isPronoun(t.word) {
			return false
		}
	}
	return c.lx.groupNouns[subj[len(subj)-1].lower]
}

// loneIndefinite says subj ends with an indefinite that stands alone for
// its clause's subject ("Another said", "But one added"): a person the
// article does not name and gives no role, so no speaker and not the
// last one. The indefinite opens the clause: nothing but a conjunction
// comes between it and a comma, a full stop or the start.
func (c *quoteCtx) loneIndefinite(subj []token) bool {
	k := len(subj) - 1
	if k < 0 || !c.lx.isIndefinite(subj[k].lower) || len(subj[k].word) < 3 {
		return false // ("a", "an" are no subject by themselves)
	}
	for j := k - 1; j >= 0; j-- {
		if subj[j].stop {
			return true
		}
		// "And another", "But another", "However, another": a
		// conjunction or a sentence opener before it.
		if !c.lx.isConjunction(subj[j].lower) && !c.lx.isOpenerWord(subj[j].lower) {
			return subj[j].comma
		}
	}
	return true
}

// maxGroupLead is how many words may open a sentence before the group
// noun that is its subject ("Aviation analysts", "Many legal experts").
const maxGroupLead = 3

// maxOpeningPhrase is how many words an opening phrase set off by a comma
// ("In a post on Friday,") may hold before a group opens the clause.
const maxOpeningPhrase = 6

// groupOpens says the last sentence of before, the text leading to a
// quote, opens with a group noun for its subject ("Prosecutors alleged
// that …", "Aviation analysts called it …").
func (c *quoteCtx) groupOpens(before string) bool {
	toks := c.tokensOf(before)
	start := 0
	for i := len(toks) - 2; i >= 0; i-- {
		if toks[i].stop {
			start = i + 1
			break
		}
	}
	// "Another said the building …: “…”", "But one added that …": a
	// lone indefinite opening the sentence as its verb's subject is
	// someone the article does not name, no earlier speaker.
	k := start
	for k < len(toks) && !toks[k].stop && (c.lx.isConjunction(toks[k].lower) || c.lx.isOpenerWord(toks[k].lower)) {
		k++
	}
	if k+1 < len(toks) && c.loneIndefinite(toks[k:k+1]) && !toks[k].comma {
		if v, _ := c.verbLower(toks[k+1].lower); v && isLower(toks[k+1].word) {
			return true
		}
	}
	if c.orgLeads(toks[k:]) {
		return true
	}
	if start < len(toks) && (c.lx.isLocative(toks[start].lower) || c.lx.isOpenerWord(toks[start].lower)) {
		// "In a post on Friday, officials at the firm described it
		// as “…”": past an opening phrase set off by a comma.
		for k := start; k < len(toks)-1 && k < start+maxOpeningPhrase; k++ {
			if toks[k].stop {
				break
			}
			if toks[k].comma {
				start = k + 1
				break
			}
		}
	}
	for k := start; k < len(toks) && k < start+maxGroupLead; k++ {
		if c.lx.groupNouns[toks[k].lower] {
			return true
		}
		if k > start && c.lx.isRoleDet(toks[k-1].lower) && isLower(toks[k].word) && c.isOrgNoun(toks[k].lower) && c.orgHead(toks[k+1:]) {
			// "The alliance previously described the invasion as
			// the “…”": a body named by its noun is the subject;
			// the words are its, no earlier speaker's.
			return true
		}
		if toks[k].comma || toks[k].stop || c.isPronoun(toks[k].word) {
			break // "He begged lawmakers …": the group is an object
		}
		if v, _ := c.verbLower(toks[k].lower); v && isLower(toks[k].word) {
			break
		}
	}
	return false
}

// quoteOpensSentence says the quote being read opens a sentence of its
// own after the text of its paragraph before it ("Aderholt returned to
// the issue. “What vehicles …?”"): a sentence of the paragraph has ended
// right before the opening mark.
func (c *quoteCtx) quoteOpensSentence() bool {
	b := strings.TrimSpace(c.paraBefore)
	return b != "" && strings.ContainsAny(b[len(b)-1:], ".!?")
}

// orgHead says rest, the words after an organisation's noun, leave the
// noun the head of its phrase: a verb follows, perhaps after adverbs
// ("the alliance previously described"), not another noun ("the agency
// chief said", "the company’s founder").
func (c *quoteCtx) orgHead(rest []token) bool {
	for i, t := range rest {
		if i >= 3 || !isLower(t.word) || t.comma || t.stop {
			return false
		}
		if v, _ := c.verbLower(t.lower); v {
			return true
		}
		if !c.isVerbAdverb(t.lower) && !c.lx.auxiliaries[t.lower] {
			return strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s") && !c.lx.isTitle(strings.TrimSuffix(t.lower, "s"))
		}
	}
	return false
}

// opensClause says t, the word after a capitalised cue word opening a
// sentence, is a lower-case word that cannot start the speaker's name or
// role: no pronoun, determiner, article, title or number. ("So sei es",
// "So finden sich" go on with a verb.)
func (c *quoteCtx) opensClause(t token) bool {
	if !isLower(t.word) || t.comma || t.stop {
		return false
	}
	l := t.lower
	lx := c.lx
	return !c.isPronoun(t.word) && !lx.isRoleDet(l) && !lx.isArticle(l) && !lx.isIndefinite(l) && !lx.isNounDet(l) &&
		!lx.isJoiner(l) && !lx.isTitle(l) && !lx.isAge(l) && !isNumber(t.word)
}

// gendered says the lower-case pronoun l is a person's, "he" or "she",
// not one of no gender ("they") or a thing's ("it", "n" in the lexicon).
func (c *quoteCtx) gendered(l string) bool {
	g := c.lx.pronouns[l]
	return g == "m" || g == "f"
}

// maxOrgLead bounds the words of a sentence's subject phrase, and those
// before a German verb in second place, that orgLeads reads.
const maxOrgLead = 5

// orgLeads says toks, a sentence leading into a quote from its start
// (past its conjunctions), has a body for its subject: a determiner, at
// most a few words, and a word naming an organisation ("The state health
// department said on Monday …:", "El Ministerio de Sanidad informó …:",
// "Und das Ministerium urteilt …:"), where a language that capitalises
// its nouns may put an adverbial and the verb first ("Am Abend teilte
// das Gesundheitsministerium mit …:"). The words are the body's, no
// earlier speaker's. A title after the body's word ("The party leader
// said"), a second determiner ("The mayor criticised the health
// department:", "Die Sprecherin des Ministeriums"), a pronoun or a person
// the cast knows make the subject a person.
func (c *quoteCtx) orgLeads(toks []token) bool {
	lx := c.lx
	capNouns := c.capNouns
	k, verb := 0, false
	if capNouns {
		for j := 0; j < len(toks) && j < maxOrgLead; j++ {
			t := toks[j]
			if t.comma || t.stop || c.isPronoun(t.word) || isCapitalised(t.word) && c.cast.findLower(t.word, t.lower) != nil {
				break
			}
			if v, _ := c.verbLower(t.lower); v && isLower(t.word) && j > 0 {
				k, verb = j+1, true
				break
			}
		}
	}
	if k >= len(toks) || toks[k].comma || !(lx.isRoleDet(toks[k].lower) || capNouns && lx.isNounDet(toks[k].lower)) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+maxOrgLead; j++ {
		t := toks[j]
		if c.isOrgNoun(t.lower) || capNouns && lx.hasOrgSuffix(t.lower) {
			// "The party leader said": a title after the body's word
			// makes the subject its holder. The body's verb is a
			// reporting one, after the rest of its name ("El
			// Ministerio de Sanidad informó"), or the German verb
			// before it: "Das Team war komplett da" says nothing.
			if t.stop || j+1 >= len(toks) || lx.isTitle(toks[j+1].lower) {
				return false
			}
			for m := j + 1; m < len(toks) && m <= j+maxOrgLead && !verb; m++ {
				if v, _ := c.verbLower(toks[m].lower); v && isLower(toks[m].word) {
					return true
				}
				if toks[m].comma || toks[m].stop {
					break
				}
			}
			return verb
		}
		if t.comma || t.stop || c.isPronoun(t.word) || lx.isRoleDet(t.lower) || lx.isArticle(t.lower) ||
			lx.isNounDet(t.lower) || isCapitalised(t.word) && c.cast.findLower(t.word, t.lower) != nil {
			return false
		}
	}
	return false
}

// lastSentence is the tokens of the last sentence of s, past its
// conjunctions and openers: "Und das Ministerium urteilt über die
// „neue Lage“:" before the quote after the short one.
func (c *quoteCtx) lastSentence(s string) []token {
	toks := c.tokensOf(s)
	for i := len(toks) - 2; i >= 0; i-- {
		if toks[i].stop || closesQuote(toks[i].raw) {
			toks = toks[i+1:]
			break
		}
	}
	k := 0
	for k < len(toks) && !toks[k].stop && (c.lx.isConjunction(toks[k].lower) || c.lx.isOpenerWord(toks[k].lower)) {
		k++
	}
	return toks[k:]
}

// closesQuote says the raw word ends a quotation's sentence: its mark
// after a full stop, "!" or "?" ("durchgeführt.“").
func closesQuote(raw string) bool {
	r, n := utf8.DecodeLastRuneInString(raw)
	if n == 0 || !strings.ContainsRune("\"”“»«’", r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(raw[:len(raw)-n])
	return p == '.' || p == '!' || p == '?'
}

// isASCIILetter says c is a-z or A-Z.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// bodyOffice says toks open with an office in lower case that always
// names its body ([body-titles]: "pelatih", "ketua", "direktur") and
// one capitalised word after it that is no person the article named nor
// a given name, the phrase ending there ("kata pelatih Persikarang.",
// "kata ketua Bawaslu di Jakarta"): the word is the body, and the
// phrase names no holder. It gives the index after the phrase, or 0.
func (c *quoteCtx) bodyOffice(toks []token) int {
	if len(toks) < 2 || !isLower(toks[0].word) || toks[0].comma || toks[0].stop || !c.lx.isBodyTitle(toks[0].lower) {
		return 0
	}
	b := toks[1]
	if !isCapitalised(b.word) || c.lx.isTitle(b.lower) || c.lx.isGivenName(b.lower) || c.cast.findLower(b.word, b.lower) != nil {
		return 0
	}
	if !b.comma && !b.stop && len(toks) > 2 && isCapitalised(toks[2].word) && c.cast.holdsRole(b.lower) &&
		(len(toks) == 3 || toks[2].comma || toks[2].stop || isLower(toks[3].word)) && c.cast.findLower(toks[2].word, toks[2].lower) == nil {
		// "kata pelatih Persitara Raya." after "Pelatih Persitara
		// Raya, Joko Susanto": a body of two words the article named
		// an office by.
		return 3
	}
	if !b.stop && len(toks) > 2 && !isLower(toks[2].word) {
		// "pelatih Persib Bojan Hodak", "pelatih Persikarang,
		// Bonifasius L.": the holder follows.
		return 0
	}
	return 2
}

// echoSpeakers gives a quote standing as a paragraph of its own (a
// subheading, a pull quote) with no cue, whose words another
// quote with a cue holds ("“My fears have been realized”" as a
// subheading over "Morrison told the committee, “… My fears have been
// realized.”") the speaker of that quote: the words are one person's,
// printed twice; the unattributed copy had taken whoever spoke last.
func echoSpeakers(qs []kabar.Quote, paras []string) {
	for i := range qs {
		if qs[i].Cue != "" || len(qs[i].Text) < minEchoLen || !wholeParagraph(qs[i], paras) {
			continue
		}
		for j := range qs {
			if j != i && qs[j].Cue != "" && qs[j].Speaker != "" && len(qs[j].Text) > len(qs[i].Text) &&
				strings.Contains(strings.ToLower(qs[j].Text), strings.ToLower(strings.TrimRight(qs[i].Text, ".!?"))) {
				qs[i].Speaker = qs[j].Speaker
				break
			}
		}
	}
}

// minEchoLen is the shortest text (in bytes) echoSpeakers matches: a few
// words, so that a common phrase is no echo.
const minEchoLen = 20

// wholeParagraph says q's paragraph holds nothing but q: its marks, its
// words, a closing stop.
func wholeParagraph(q kabar.Quote, paras []string) bool {
	if q.Paragraph < 1 || q.Paragraph > len(paras) {
		return false
	}
	p := strings.Trim(paras[q.Paragraph-1], " \"'“”‘’«»„‚.,:")
	return p == strings.Trim(q.Text, " .,:")
}
