package body

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lexiconFS holds the boilerplate phrase lists, one file per language, and
// hints.txt, the class/id words. See lexicon/id.txt for the phrase syntax.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// matchMode says how a phrase must sit in a block for the block to be
// boilerplate.
type matchMode uint8

const (
	matchLabel  matchMode = iota // block is the phrase, or phrase + ":"/"-"/links
	matchPrefix                  // block starts with the phrase
	matchWithin                  // block contains the phrase and is short
)

// phrase is one lexicon entry, lowercased with whitespace collapsed.
type phrase struct {
	text     string
	mode     matchMode
	related  bool // the block's links are related articles
	credit   bool // the block is a picture credit ("Photo: AFP")
	source   bool // the block names where the story ran first: a source line
	byline   bool // the block opens with a byline label: shape rules leave it to normalize
	note     bool // a note label ("Hinweis", "Editor's note"): what follows its colon is judged alone
	numbered bool // "{n}" stands for any number ("{n} dari {n} halaman")
	// parts, for a phrase with a "{date}" slot, are the literal pieces
	// around each slot ("dieser artikel wurde", "aktualisiert"): the
	// block must hold them in order with a date (dateRun) between each
	// two; text is then the first piece.
	parts []string
	// later holds the parts after a " * " inside the phrase ("follow *
	// on twitter *"): the block must hold them after text, in order,
	// and be short (no longer than judgeHead), so a gap never spans a
	// paragraph of prose.
	later []string
	// pairs holds the keys (pairKey) of the first and last two bytes of
	// text, for a matchWithin phrase of two bytes or more: judge skips
	// the phrase when the block lacks either pair.
	pairs  [2]uint16
	paired bool
	// pairAt and pairBit are pairs as the word of pairSet and the bit in
	// it that each key sets, so that judge tests a pair with one load
	// and one AND.
	pairAt  [2]uint8
	pairBit [2]uint64
}

// lexicon is the parsed set of phrases and hint words. It is built once
// from the embedded files and never changed afterwards, so it is safe for
// concurrent use.
type lexicon struct {
	phrases []phrase
	byFirst map[byte][]int // index of phrases by first byte (prefix modes only) not in byTwo
	// byTwo indexes the prefix-mode phrases of the embedded files by
	// their first two bytes (first<<8 | second), each list in the
	// phrases' order and holding the one-byte phrases of its first byte
	// too; ones holds the one-byte phrases alone. judge asks them
	// before byFirst, which then holds only phrases added later (a
	// site's, by withExtra), so the order in which phrases are tried is
	// the order they were added, as with byFirst alone. Most blocks'
	// first byte opens dozens of phrases, their first two bytes a few.
	byTwo  map[uint16][]int
	ones   map[byte][]int
	within []int
	// withinIdx indexes within by the pairs of bytes its phrases open
	// and end with (indexWithin), so that judge reads the block's pairs
	// once and tries only the phrases holding both; nil when within has
	// more phrases than a withinMask holds (judge then tries each).
	withinIdx *withinIndex
	// numbered holds the phrases with a number slot; they are matched
	// against the block with each run of digits written as one "0".
	numbered []int
	// dated holds the phrases with a "{date}" slot (phrase.parts).
	dated []int
	// datedFirst marks the bytes a phrase of dated opens with (every
	// byte, for one that opens with its slot): a block whose first byte
	// is not marked matches none of them, and judge skips the list.
	datedFirst [256]bool
	// credits holds the credit labels ("@ photo" entries in label mode).
	credits []int
	// bylines holds the byline labels ("% by"); they are no boilerplate.
	bylines []int
	// notes holds the note labels ("^ hinweis"), lowered (lowerFold,
	// foldSpace): a block "Label: rest" is judged as rest alone when the
	// block itself is kept (see noteRest). Never written after it is
	// built (add replaces it), so lexicons built by withExtra share it.
	notes map[string]bool
	hints map[string]hint
	// hintFilter refuses most words of class names before hints is
	// asked: a bit per first byte and length (up to 31, longer ones
	// sharing bit 31) is set when no hint has that first byte and
	// length. The zero filter refuses nothing.
	hintFilter [256]uint32
	// pagerWords are the words of a pager line (see pagerLine), from
	// pager.txt.
	pagerWords map[string]bool
	// threadHeads holds the phrases of comments.txt alone, the heading
	// of a comment thread ("12 Comments"), which also stand in the
	// lexicon itself; replyWords the reply buttons of replies.txt,
	// lowered (see threadFollows). Never written after loadLexicon.
	threadHeads *lexicon
	replyWords  map[string]bool
	// agoForms are the relative time stamps of ago.txt ("{n} minutes
	// ago"), each as agoKey writes it (see agoLine).
	agoForms map[string]bool
	// dateWords are the words of a date line (see dateLine), from
	// dates.txt: dateMonth for month names, dateLabel for "posted" or
	// "updated", dateWord for the others.
	dateWords map[string]uint8
	// initialClasses are the pieces of class names that mark a drop cap,
	// letterWords the letters that are words of their own (from
	// initials.txt; see walker.dropCap).
	initialClasses []string
	letterWords    []rune
	// signupWords are the words of a link's address that lead to a
	// sign-up page (from signup.txt; see signupLink).
	signupWords []string
	// linkNotes are the screen-reader notes set inside links, lowercased
	// (from linknotes.txt; see walker.linkNote).
	linkNotes map[string]bool
}

const (
	dateWord uint8 = 1 + iota
	dateMonth
	dateLabel
)

type hint int8

const (
	hintNone hint = iota
	hintPositive
	hintWeakNegative
	hintStrongNegative
)

var builtin = sync.OnceValue(func() *lexicon {
	lx, err := loadLexicon(lexiconFS)
	if err != nil {
		// The files are embedded at build time; a parse error is a bug
		// caught by the package tests.
		panic(err)
	}
	return lx
})

func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{byFirst: map[byte][]int{}, hints: map[string]hint{}, dateWords: map[string]uint8{}, pagerWords: map[string]bool{}}
	names, err := fs.Glob(fsys, "lexicon/*.txt")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		section := ""
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			if strings.HasSuffix(name, "/pager.txt") {
				for _, w := range strings.Fields(line) {
					lx.pagerWords[lowerFold(w)] = true
				}
				continue
			}
			if strings.HasSuffix(name, "/linknotes.txt") {
				if lx.linkNotes == nil {
					lx.linkNotes = map[string]bool{}
				}
				lx.linkNotes[strings.ToLower(strings.Join(strings.Fields(line), " "))] = true
				continue
			}
			if strings.HasSuffix(name, "/replies.txt") {
				if lx.replyWords == nil {
					lx.replyWords = map[string]bool{}
				}
				lx.replyWords[foldSpace(lowerFold(line))] = true
				continue
			}
			if strings.HasSuffix(name, "/comments.txt") {
				if lx.threadHeads == nil {
					lx.threadHeads = &lexicon{byFirst: map[byte][]int{}}
				}
				lx.threadHeads.add(parsePhrase(line))
			}
			if strings.HasSuffix(name, "/ago.txt") {
				if lx.agoForms == nil {
					lx.agoForms = map[string]bool{}
				}
				lx.agoForms[agoKey(line)] = true
				continue
			}
			if strings.HasSuffix(name, "/signup.txt") {
				lx.signupWords = append(lx.signupWords, strings.Fields(strings.ToLower(line))...)
				continue
			}
			if strings.HasSuffix(name, "/initials.txt") {
				if strings.HasPrefix(line, "[") {
					section = line
					continue
				}
				switch section {
				case "[classes]":
					lx.initialClasses = append(lx.initialClasses, strings.Fields(strings.ToLower(line))...)
				case "[words]":
					for _, w := range strings.Fields(line) {
						r, size := utf8.DecodeRuneInString(w)
						if size != len(w) {
							return nil, fmt.Errorf("body: %s:%d: %q is not one letter", name, n, w)
						}
						lx.letterWords = append(lx.letterWords, r)
					}
				default:
					return nil, fmt.Errorf("body: %s:%d: word outside [classes] or [words]", name, n)
				}
				continue
			}
			if strings.HasSuffix(name, "/dates.txt") {
				if strings.HasPrefix(line, "[") {
					section = line
					continue
				}
				kind := map[string]uint8{"[months]": dateMonth, "[labels]": dateLabel, "[words]": dateWord}[section]
				if kind == 0 {
					return nil, fmt.Errorf("body: %s:%d: word outside [months], [labels] or [words]", name, n)
				}
				for _, w := range strings.Fields(line) {
					lx.dateWords[lowerFold(w)] = kind
				}
				continue
			}
			if strings.HasSuffix(name, "/hints.txt") {
				if len(line) < 2 {
					return nil, fmt.Errorf("body: %s:%d: bad hint %q", name, n, line)
				}
				h := map[byte]hint{'+': hintPositive, '~': hintWeakNegative, '-': hintStrongNegative}[line[0]]
				if h == hintNone {
					return nil, fmt.Errorf("body: %s:%d: hint must start with + ~ or -", name, n)
				}
				lx.hints[strings.ToLower(line[1:])] = h
				continue
			}
			lx.add(parsePhrase(line))
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("body: %s: %w", name, err)
		}
	}
	lx.indexTwo()
	lx.indexWithin()
	if lx.threadHeads != nil {
		lx.threadHeads.indexTwo()
		lx.threadHeads.indexWithin()
	}
	lx.hintFilter = filterOfHints(lx.hints)
	return lx, nil
}

// filterOfHints is the hintFilter of hints' keys.
func filterOfHints(hints map[string]hint) [256]uint32 {
	var f [256]uint32
	for i := range f {
		f[i] = ^uint32(0)
	}
	for w := range hints {
		if w != "" {
			f[w[0]] &^= 1 << min(len(w), 31)
		}
	}
	return f
}

func parsePhrase(line string) phrase {
	p := phrase{mode: matchLabel}
	switch {
	case strings.HasPrefix(line, ">"):
		p.related = true
		line = strings.TrimSpace(line[1:])
	case strings.HasPrefix(line, "@"):
		p.credit = true
		line = strings.TrimSpace(line[1:])
	case strings.HasPrefix(line, "$"):
		p.source = true
		line = strings.TrimSpace(line[1:])
	case strings.HasPrefix(line, "%"):
		p.byline = true
		line = strings.TrimSpace(line[1:])
	case strings.HasPrefix(line, "^"):
		p.note = true
		line = strings.TrimSpace(line[1:])
	}
	if strings.Contains(line, "{n}") {
		p.numbered = true
		line = strings.ReplaceAll(line, "{n}", "0")
	}
	switch {
	case len(line) > 2 && line[0] == '*' && line[len(line)-1] == '*':
		p.mode = matchWithin
		line = line[1 : len(line)-1]
	case strings.HasSuffix(line, " *"):
		p.mode = matchPrefix
		line = strings.TrimSuffix(line, " *")
	}
	p.text = foldSpace(lowerFold(line))
	if strings.Contains(p.text, "{date}") {
		for _, part := range strings.Split(p.text, "{date}") {
			p.parts = append(p.parts, strings.TrimSpace(part))
		}
		p.text = p.parts[0]
		return p
	}
	if parts := strings.Split(p.text, " * "); len(parts) > 1 {
		p.text, p.later = parts[0], parts[1:]
	}
	return p
}

func (lx *lexicon) add(p phrase) {
	if p.text == "" && p.parts == nil {
		return
	}
	if p.note {
		notes := make(map[string]bool, len(lx.notes)+1)
		for k := range lx.notes {
			notes[k] = true
		}
		notes[p.text] = true
		lx.notes = notes
		return
	}
	lx.phrases = append(lx.phrases, p)
	i := len(lx.phrases) - 1
	if p.parts != nil {
		lx.dated = append(lx.dated, i)
		if p.parts[0] == "" {
			for b := range lx.datedFirst {
				lx.datedFirst[b] = true
			}
		} else {
			lx.datedFirst[p.parts[0][0]] = true
		}
		return
	}
	if p.byline {
		lx.bylines = append(lx.bylines, i)
		return
	}
	if p.credit && p.mode == matchLabel && !p.numbered {
		lx.credits = append(lx.credits, i)
	}
	if p.numbered {
		lx.numbered = append(lx.numbered, i)
		return
	}
	if p.mode == matchWithin {
		if t := p.text; len(t) >= 2 {
			p := &lx.phrases[i]
			p.pairs = [2]uint16{pairKey(t[0], t[1]), pairKey(t[len(t)-2], t[len(t)-1])}
			p.paired = true
			for k, key := range p.pairs {
				p.pairAt[k], p.pairBit[k] = uint8(key>>6), 1<<(key&63)
			}
		}
		lx.within = append(lx.within, i)
		return
	}
	lx.byFirst[p.text[0]] = append(lx.byFirst[p.text[0]], i)
}

// indexTwo moves the phrases of byFirst into byTwo and ones.
func (lx *lexicon) indexTwo() {
	lx.byTwo, lx.ones = map[uint16][]int{}, map[byte][]int{}
	// Every list of byFirst is in the phrases' order, so each list
	// built here is too.
	for b, list := range lx.byFirst {
		for _, i := range list {
			t := lx.phrases[i].text
			if len(t) == 1 {
				lx.ones[b] = append(lx.ones[b], i)
				for k := range lx.byTwo {
					if byte(k>>8) == b {
						lx.byTwo[k] = append(lx.byTwo[k], i)
					}
				}
				continue
			}
			k := uint16(b)<<8 | uint16(t[1])
			if _, ok := lx.byTwo[k]; !ok {
				// The one-byte phrases added so far come first.
				lx.byTwo[k] = append([]int(nil), lx.ones[b]...)
			}
			lx.byTwo[k] = append(lx.byTwo[k], i)
		}
	}
	lx.byFirst = map[byte][]int{}
}

// withExtra returns a lexicon that also holds a site rule's phrases (in
// the same syntax as the files); lx itself is not changed.
//
// A site rule gives the same phrases on every page of its site, and a
// lexicon is never changed once built, so the lexicons built are kept
// (extraLexicons) and shared by those pages: building one copies all of
// lx's phrases, about 6 KB a document over the benchmark's pages.
func (lx *lexicon) withExtra(extra []string) *lexicon {
	if len(extra) == 0 {
		return lx
	}
	key := extraKey{lx, phrasesKey(extra)}
	extraLexicons.Lock()
	defer extraLexicons.Unlock()
	if c, ok := extraLexicons.m[key]; ok {
		return c
	}
	c := lx.buildExtra(extra)
	if len(extraLexicons.m) < maxExtraLexicons {
		if extraLexicons.m == nil {
			extraLexicons.m = map[extraKey]*lexicon{}
		}
		extraLexicons.m[key] = c
	}
	return c
}

// extraLexicons holds the lexicons withExtra built, at most
// maxExtraLexicons (a bound for callers that give ever new phrases; the
// site rules give a few lists).
var extraLexicons struct {
	sync.Mutex
	m map[extraKey]*lexicon
}

const maxExtraLexicons = 256

// extraKey names a lexicon withExtra built: the lexicon it extends and
// its extra phrases (phrasesKey).
type extraKey struct {
	lx      *lexicon
	phrases string
}

// phrasesKey is one string for a list of phrases that no other list gives:
// each phrase after its length.
func phrasesKey(extra []string) string {
	var b strings.Builder
	for _, e := range extra {
		b.WriteString(strconv.Itoa(len(e)))
		b.WriteByte(':')
		b.WriteString(e)
	}
	return b.String()
}

// buildExtra is withExtra without its store of lexicons.
func (lx *lexicon) buildExtra(extra []string) *lexicon {
	c := &lexicon{
		phrases:    append([]phrase(nil), lx.phrases...),
		byFirst:    make(map[byte][]int, len(lx.byFirst)),
		byTwo:      lx.byTwo,
		ones:       lx.ones,
		within:     append([]int(nil), lx.within...),
		numbered:   append([]int(nil), lx.numbered...),
		dated:      append([]int(nil), lx.dated...),
		datedFirst: lx.datedFirst,
		hints:      lx.hints,
		hintFilter: lx.hintFilter,
		dateWords:  lx.dateWords,
		notes:      lx.notes,

		initialClasses: lx.initialClasses,
		letterWords:    lx.letterWords,
		signupWords:    lx.signupWords,
		linkNotes:      lx.linkNotes,
	}
	for k, v := range lx.byFirst {
		c.byFirst[k] = append([]int(nil), v...)
	}
	for _, e := range extra {
		c.add(parsePhrase(strings.TrimSpace(e)))
	}
	if len(c.within) == len(lx.within) {
		// No within phrase added: lx's index holds (it is never
		// changed), and a page with a site's phrases allocates none.
		c.withinIdx = lx.withinIdx
	} else {
		c.indexWithin()
	}
	return c
}

// verdict is what the lexicon says about one block.
type verdict uint8

const (
	keep verdict = iota
	drop
	dropRelated // drop, and keep its links as related articles
	dropCredit  // drop: a picture credit (the line above it may be the caption)
	dropSource  // drop from the text, but keep as a source line ("Artikel ini telah tayang di X")
)

// judge decides whether a block of text is boilerplate. linkChars is how
// many of its bytes are link text. Only the head of a long block is
// lowercased: phrases match at the start, or anywhere in short blocks.
func (lx *lexicon) judge(text string, linkChars int) verdict {
	v := lx.judgeBare(text, linkChars)
	if v == keep {
		if inner, ok := bracketed(text); ok {
			v = lx.judgeBare(inner, linkChars)
			// A credit in brackets goes alone: the paragraph above it
			// is no caption.
			if v == dropCredit {
				v = drop
			}
		}
	}
	if v == keep {
		if rest, ok := lx.noteRest(text); ok {
			v = lx.judgeBare(rest, 0)
			// A note is no picture's credit, nor a link list.
			if v == dropCredit || v == dropRelated {
				v = drop
			}
		}
	}
	return v
}

// maxNoteLabel bounds the label of a note, in bytes ("Anmerkung der
// Redaktion").
const maxNoteLabel = 40

// noteRest returns what a block that opens with a note label and its
// colon says after it ("Hinweis: Dieser Artikel erschien zuerst in …",
// "Editor's note: This story has been updated …"): a notice set behind
// such a label is judged as the notice alone, so each notice is listed
// once and not again behind every label. The rest says what the note is:
// "Note: The ferry runs again on Monday" stays.
func (lx *lexicon) noteRest(text string) (string, bool) {
	if len(lx.notes) == 0 {
		return "", false
	}
	i := strings.IndexByte(head(text, maxNoteLabel+1), ':')
	if i <= 0 {
		return "", false
	}
	if !lx.notes[foldSpace(lowerFold(strings.TrimSpace(text[:i])))] {
		return "", false
	}
	rest := strings.TrimSpace(text[i+1:])
	return rest, rest != ""
}

// bracketed returns what a block set whole in round or square brackets,
// or between dashes, holds: "(Baca juga: …)", "[Advertisement]",
// "- Advertisement -" are the prompts they hold, set apart from the prose.
func bracketed(text string) (string, bool) {
	if len(text) < 3 {
		return "", false
	}
	// "- Advertisement -", "— Iklan —": a label set between dashes.
	for _, d := range [...]string{"- ", "— ", "– "} {
		if strings.HasPrefix(text, d) && strings.HasSuffix(text, " "+strings.TrimSpace(d)) && len(text) > 2*len(d) {
			inner := strings.TrimSpace(text[len(d) : len(text)-len(d)])
			return inner, inner != "" && !strings.Contains(inner, strings.TrimSpace(d))
		}
	}
	open, end := text[0], text[len(text)-1]
	if !(open == '(' && end == ')' || open == '[' && end == ']') {
		return "", false
	}
	inner := strings.TrimSpace(text[1 : len(text)-1])
	// "(a) … (b)": two bracketed parts, not one block in brackets.
	if strings.IndexByte(inner, end) >= 0 || inner == "" {
		return "", false
	}
	return inner, true
}

// judgeBare is judge without looking inside brackets.
func (lx *lexicon) judgeBare(text string, linkChars int) verdict {
	if text == "" {
		return keep
	}
	var buf [judgeHead]byte
	lower := lowerInto(buf[:0], head(text, judgeHead))
	whole := len(text) <= judgeHead
	// The phrases of byTwo (or ones) come before those of byFirst.
	cands := lx.ones[lower[0]]
	if len(lower) > 1 {
		cands = lx.byTwo[uint16(lower[0])<<8|uint16(lower[1])]
	}
	for _, i := range cands {
		if p := &lx.phrases[i]; p.matches(lower, whole, len(text), linkChars) {
			return p.verdict()
		}
	}
	for _, i := range lx.byFirst[lower[0]] {
		if p := &lx.phrases[i]; p.matches(lower, whole, len(text), linkChars) {
			return p.verdict()
		}
	}
	if lx.datedFirst[lower[0]] {
		for _, i := range lx.dated {
			if p := &lx.phrases[i]; lx.matchesDated(p, lower, whole, len(text), linkChars) {
				return p.verdict()
			}
		}
	}
	if !whole {
		return keep
	}
	if len(lx.numbered) > 0 && hasDigit(lower) {
		var nbuf [judgeHead]byte
		folded := foldDigits(nbuf[:0], lower)
		for _, i := range lx.numbered {
			if p := &lx.phrases[i]; p.matches(folded, true, len(text), linkChars) {
				return p.verdict()
			}
		}
	}
	if x := lx.withinIdx; x != nil {
		// The phrases both of whose pairs the block holds, in within's
		// order: the same ones the loop below leaves, tried in the same
		// order (TestWithinIndex).
		open, end := x.unpaired, x.unpaired
		for i := 0; i+1 < len(lower); i++ {
			if s := x.slot[pairKey(lower[i], lower[i+1])]; s != 0 {
				m := &x.masks[s-1]
				open[0], open[1], open[2] = open[0]|m[0][0], open[1]|m[0][1], open[2]|m[0][2]
				end[0], end[1], end[2] = end[0]|m[1][0], end[1]|m[1][1], end[2]|m[1][2]
			}
		}
		for w := range open {
			for set := open[w] & end[w]; set != 0; set &= set - 1 {
				if v, ok := lx.withinAt(lx.within[64*w+bits.TrailingZeros64(set)], lower); ok {
					return v
				}
			}
		}
		return keep
	}
	var pairs pairSet
	pairs.addAll(lower)
	for _, i := range lx.within {
		p := &lx.phrases[i]
		if p.paired && (pairs[p.pairAt[0]&15]&p.pairBit[0] == 0 || pairs[p.pairAt[1]&15]&p.pairBit[1] == 0) {
			continue // a pair of bytes of the phrase is not in the block (pairs.has)
		}
		if v, ok := lx.withinAt(i, lower); ok {
			return v
		}
	}
	return keep
}

// withinAt says whether the within phrase i is in the lowered block
// lower, and its verdict.
func (lx *lexicon) withinAt(i int, lower string) (verdict, bool) {
	p := &lx.phrases[i]
	if p.later != nil {
		if k := strings.Index(lower, p.text); k >= 0 && inOrder(lower[k+len(p.text):], p.later) {
			return p.verdict(), true
		}
		return keep, false
	}
	if len(lower) <= len(p.text)+80 && strings.Contains(lower, p.text) {
		return p.verdict(), true
	}
	return keep, false
}

// withinMask is a set of within phrases by their place in lx.within
// (192 places: the built-in lexicon holds some 130 within phrases, and a
// site's may add a few).
type withinMask [3]uint64

// withinIndex maps each pair key (pairKey) that a within phrase opens or
// ends with to the phrases that do: slot[key] is 0 for a key none has,
// else 1 + the place in masks of the key's two sets, [0] of the phrases
// whose first pair it is, [1] of those whose last pair it is. unpaired
// holds the phrases of fewer than two bytes, which every block may hold.
type withinIndex struct {
	slot     [1 << 10]uint16
	masks    []([2]withinMask)
	unpaired withinMask
}

// indexWithin builds lx.withinIdx from lx.within, or leaves it nil when
// within holds more phrases than a withinMask.
func (lx *lexicon) indexWithin() {
	lx.withinIdx = nil
	if len(lx.within) > len(withinMask{})*64 {
		return
	}
	x := &withinIndex{}
	for k, i := range lx.within {
		p := &lx.phrases[i]
		bit := withinMask{}
		bit[k/64] = 1 << (k % 64)
		if !p.paired {
			x.unpaired[k/64] |= bit[k/64]
			continue
		}
		for end, key := range p.pairs {
			if x.slot[key] == 0 {
				x.masks = append(x.masks, [2]withinMask{})
				x.slot[key] = uint16(len(x.masks))
			}
			x.masks[x.slot[key]-1][end][k/64] |= bit[k/64]
		}
	}
	lx.withinIdx = x
}

// pairSet is a filter of the pairs of adjacent bytes in a text: each
// sets one of 1024 bits (pairKey). A text holding a phrase holds every
// pair of adjacent bytes of the phrase, so a phrase one of whose pairs has
// no bit set is not in the text; a bit set says only that the phrase may
// be.
type pairSet [16]uint64

// pairKey hashes the pair of bytes a, b to one of pairSet's bits.
func pairKey(a, b byte) uint16 {
	return uint16((uint32(a)<<8 | uint32(b)) * 0x9e3779b1 >> 22)
}

func (s *pairSet) addAll(text string) {
	for i := 0; i+1 < len(text); i++ {
		k := pairKey(text[i], text[i+1])
		s[k>>6] |= 1 << (k & 63)
	}
}

func (s *pairSet) has(k uint16) bool { return s[k>>6]&(1<<(k&63)) != 0 }

// inOrder says s holds each of parts, one after another, each as whole
// words, with gaps that are names rather than clauses: no longer than
// maxGlobGap bytes and holding no ", ", "; " or end of a sentence, so
// "Follow The Coast Herald on Twitter" matches "follow * on twitter" but
// "Ikuti terus kasus ini, kata polisi di Instagram" does not match
// "ikuti * di instagram".
func inOrder(s string, parts []string) bool {
	for _, part := range parts {
		k := wordIndex(s, part)
		if k < 0 || k > maxGlobGap || strings.Contains(s[:k], ", ") || strings.Contains(s[:k], "; ") || endsSentenceIn(s[:k]) {
			return false
		}
		s = s[k+len(part):]
	}
	return true
}

// maxGlobGap bounds what a " * " of a phrase stands for.
const maxGlobGap = 80

// endsSentenceIn says s holds a full stop, question or exclamation mark
// followed by a space.
func endsSentenceIn(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// wordIndex is the index of the first place part stands in s with no
// letter or digit glued before or after it, or -1.
func wordIndex(s, part string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], part)
		if k < 0 {
			return -1
		}
		k += from
		before := k == 0 || !isWordByte(s[k-1]) || !isWordByte(part[0])
		after := k+len(part) == len(s) || !isWordByte(s[k+len(part)]) || !isWordByte(part[len(part)-1])
		if before && after {
			return k
		}
		from = k + 1
	}
}

// bylineLine reports a block that opens with a byline label ("By Jana
// Novak | jana@example.org", "Posted by Jana Novak on May 6", "(Reporter:
// Jana Novak)", "Mit Material von dpa"): normalize
// reads the people in it and takes it out, so no shape rule drops it.
func (lx *lexicon) bylineLine(text string) bool {
	var buf [48]byte
	// "(Reporter: Jana Novak)": a credit in brackets at the story's foot.
	text = strings.TrimPrefix(text, "(")
	lower := lowerInto(buf[:0], head(text, 40))
	for _, i := range lx.bylines {
		p := &lx.phrases[i]
		if strings.HasPrefix(lower, p.text) && len(lower) > len(p.text) && !isWordByte(lower[len(p.text)]) {
			return true
		}
	}
	return false
}

// matches reports whether the (lowercased) block starts with the phrase in
// the way its mode asks. whole says lower is the whole block; textLen is
// the block's length in bytes, for the link share of the rest.
func (p *phrase) matches(lower string, whole bool, textLen, linkChars int) bool {
	if !strings.HasPrefix(lower, p.text) {
		return false
	}
	rest := lower[len(p.text):]
	if rest != "" && !wordBoundary(p.text, rest) {
		return false
	}
	if p.later != nil {
		return whole && inOrder(rest, p.later)
	}
	return p.mode == matchPrefix || labelled(rest, whole, textLen-len(p.text), linkChars) ||
		p.credit && whole && creditInBrackets(rest)
}

// creditInBrackets reports the rest of a block after a credit label that
// gives the credit in brackets and ends there ("Ilustrasi (Agency)",
// "Foto (Dok. Warga)"): a credit label starts no sentence that closes on
// a bracket.
func creditInBrackets(rest string) bool {
	r := strings.TrimLeft(rest, " ")
	return len(r) > 2 && r[0] == '(' && r[len(r)-1] == ')' && strings.IndexByte(r[1:], '(') < 0
}

// matchesDated is matches for a phrase with "{date}" slots: the block
// starts with the first piece, each slot is filled by a date (dateRun)
// and each next piece follows it as whole words, so that "Dieser Artikel
// wurde am 3. November aktualisiert" matches "dieser artikel wurde {date}
// aktualisiert *" while "Dieser Artikel wurde von vielen Lesern geteilt"
// does not.
func (lx *lexicon) matchesDated(p *phrase, lower string, whole bool, textLen, linkChars int) bool {
	s := lower
	for k, part := range p.parts {
		if k > 0 {
			n := lx.dateRun(s)
			if n == 0 {
				return false
			}
			s = strings.TrimLeft(s[n:], " ")
		}
		if part == "" {
			continue
		}
		if !strings.HasPrefix(s, part) {
			return false
		}
		s = s[len(part):]
		if s != "" && !wordBoundary(part, s) {
			return false
		}
		if k < len(p.parts)-1 {
			s = strings.TrimLeft(s, " ")
		}
	}
	return p.mode == matchPrefix || labelled(s, whole, textLen-(len(lower)-len(s)), linkChars)
}

// dateRun is the length of the date that s opens with: words of
// dates.txt's [months] and [words] ("am", "le", "op", "uhr", day names)
// and numbers with their stops and separators ("3.", "03.11.2026",
// "9:30", "10h15"), each closed by a comma or full stop at most; at least
// one month or number. It is 0 when s opens with no date.
func (lx *lexicon) dateRun(s string) int {
	end, dated := 0, false
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		w := strings.TrimRight(s[i:i+j], ".,")
		if w == "" {
			break
		}
		switch {
		case numberWord(w):
			dated = true
		case lx.dateWords[w] == dateMonth:
			dated = true
		case lx.dateWords[w] == dateWord:
		default:
			if dated {
				return end
			}
			return 0
		}
		i += j
		end = i
	}
	if !dated {
		return 0
	}
	return end
}

// numberWord says w is a number, a numeric date or a time: digits with
// ".", ":", "/", "-" or "h" between them ("3", "03.11.2026", "10h15").
func numberWord(w string) bool {
	if w == "" || !isDigit(w[0]) || !isDigit(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigit(c) && c != '.' && c != ':' && c != '/' && c != '-' && c != 'h' {
			return false
		}
	}
	return true
}

func (p *phrase) verdict() verdict {
	switch {
	case p.related:
		return dropRelated
	case p.credit:
		return dropCredit
	case p.source:
		return dropSource
	}
	return drop
}

// hasDigit is strings.ContainsAny(s, "0123456789") without building the
// byte set on every call.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// foldDigits writes s into buf with each run of ASCII digits as one "0",
// the form numbered phrases are stored in.
func foldDigits(buf []byte, s string) string {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if n := len(buf); n > 0 && buf[n-1] == '0' && i > 0 && isDigit(s[i-1]) {
				continue
			}
			buf = append(buf, '0')
			continue
		}
		buf = append(buf, s[i])
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// judgeHead is how much of a block judge lowercases; longer than any
// phrase, and than any block a "*phrase*" entry may match.
const judgeHead = 200

// head returns at most n bytes of s, cut at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// wordBoundary reports whether rest, which follows the matched phrase,
// starts a new word (so "iklan" does not match "iklannya").
func wordBoundary(matched, rest string) bool {
	last := matched[len(matched)-1]
	if !isWordByte(last) {
		return true
	}
	return !isWordByte(rest[0])
}

func isWordByte(b byte) bool {
	return b >= 0x80 || b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z'
}

// labelled reports whether the text after a label phrase makes the block a
// label: nothing, punctuation then anything ("Baca juga: ..."), or mostly
// link text ("Read more <a>Title</a>"). whole says rest runs to the end of
// the block; restLen is the rest's length in the block as written.
func labelled(rest string, whole bool, restLen, linkChars int) bool {
	r := strings.TrimLeft(rest, " ")
	if r == "" {
		return whole
	}
	switch r[0] {
	case ':', '|', '>', '.', '!':
		return true
	case '-':
		// "Share - …" is a label; "Follow-up talks …" a word that goes on.
		return len(r) == 1 || !isWordByte(r[1])
	}
	if strings.HasPrefix(r, "»") || strings.HasPrefix(r, "–") || strings.HasPrefix(r, "—") || strings.HasPrefix(r, "›") {
		return true
	}
	return linkChars*2 >= restLen
}

// taxonomyPrefixes start class names that label an article's topics
// (WordPress writes "tag-social-media category-kultur" on the article
// element): their words are subjects, not furniture, so they are ignored.
var taxonomyPrefixes = [...]string{"tag-", "tags-", "category-", "topic-", "section-", "channel-"}

// taxonomyFirst holds the first bytes of taxonomyPrefixes in both cases.
// (strings.EqualFold matches no other first byte: the prefixes are ASCII,
// and a multi-byte rune folding to an ASCII letter would leave the slice
// a rune short.)
var taxonomyFirst = func() (set [256]bool) {
	for _, p := range taxonomyPrefixes {
		set[unicode.ToLower(rune(p[0]))] = true
		set[unicode.ToUpper(rune(p[0]))] = true
	}
	return set
}()

func taxonomyName(s string) bool {
	// Most names are let go at their first byte.
	if s == "" || !taxonomyFirst[s[0]] {
		return false
	}
	for _, p := range taxonomyPrefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool { return spaceByte[c] }

// spaceByte marks the bytes isSpace takes for white space in a class
// attribute (HTML's ASCII white space): one lookup for classify, which
// asks it of every byte.
var spaceByte = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true}

// classify looks up the words of a class or id attribute value. Each
// class name is judged on its own: a strong word makes it furniture;
// otherwise its last hint word decides, since names nest from general to
// specific ("article-photo-gallery__item" is a gallery inside an article,
// "sidebar-content" is not). It does not allocate: words are lowercased
// into a stack buffer.
func (lx *lexicon) classify(attr string) (pos, weak, strong bool) {
	var buf [48]byte
	n := 0
	last := hintNone  // last hint word of the current class name
	taxonomy := false // the current class name is a topic label
	word := func() {
		if n > 0 && n <= len(buf) && !taxonomy && lx.hintFilter[buf[0]]>>min(n, 31)&1 == 0 {
			switch h := lx.hints[string(buf[:n])]; h {
			case hintStrongNegative:
				strong = true
			case hintPositive, hintWeakNegative:
				last = h
			}
		}
		n = 0
	}
	name := func() {
		word()
		if taxonomy {
			last, taxonomy = hintNone, false
			return
		}
		switch last {
		case hintPositive:
			pos = true
		case hintWeakNegative:
			weak = true
		}
		last = hintNone
	}
	var prev byte
	for i := 0; i < len(attr); i++ {
		c := attr[i]
		if (i == 0 || isSpace(attr[i-1])) && taxonomyName(attr[i:]) {
			taxonomy = true
		}
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			// The run of small letters and digits from here, read
			// without asking of each byte what the loop asks (no byte
			// of it follows a space).
			for {
				if n < len(buf) {
					buf[n] = c
				}
				n++
				if i+1 == len(attr) || !smallOrDigit[attr[i+1]] {
					break
				}
				i++
				c = attr[i]
			}
		case 'A' <= c && c <= 'Z':
			if 'a' <= prev && prev <= 'z' {
				word() // camelCase hump
			}
			if n < len(buf) {
				buf[n] = c + 'a' - 'A'
			}
			n++
		case isSpace(c):
			name()
		default:
			word()
		}
		prev = c
	}
	name()
	return pos, weak, strong
}

// smallOrDigit holds the ASCII small letters and digits.
var smallOrDigit = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	return t
}()

// lowerFold lowercases s for phrase matching, with Cyrillic letters that
// look like Latin ones read as those and typographic apostrophes as the
// typewriter one (see unconfuse).
func lowerFold(s string) string { return strings.Map(unconfuse, strings.ToLower(s)) }

// unconfuse reads a lower-case Cyrillic letter that looks like a Latin one
// as that letter. Promotions are sometimes typed with lookalikes
// ("Аdvеrtіѕе" with Cyrillic а, е, і, ѕ) so that filters miss them; the
// phrases are folded the same way, so Russian phrases still match Russian.
// A typographic apostrophe (’, ʼ) is read as the typewriter one ('):
// publishers set either in the same words ("Hier geht’s zur Anmeldung",
// "Don't miss"), and a phrase written with one matches text set with the
// other.
func unconfuse(r rune) rune {
	if r == '\u2019' || r == '\u02bc' {
		return '\''
	}
	if r < 0x430 || r > 0x4cf {
		return r
	}
	switch r {
	case 'а':
		return 'a'
	case 'е':
		return 'e'
	case 'о':
		return 'o'
	case 'р':
		return 'p'
	case 'с':
		return 'c'
	case 'у':
		return 'y'
	case 'х':
		return 'x'
	case 'і':
		return 'i'
	case 'ј':
		return 'j'
	case 'ѕ':
		return 's'
	case 'һ':
		return 'h'
	case 'ӏ':
		return 'l'
	}
	return r
}

// lowerInto is lowerFold(s) written into buf, without an allocation when
// it fits: judge runs for every block of the page. Rune by rune it does
// what lowerFold does (invalid bytes become U+FFFD). The result is
// only valid until buf changes.
func lowerInto(buf []byte, s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unconfuse(lowerRune(r)))
		i += n
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// creditLine reports a photo credit standing alone in the text:
// "KOMPAS.com/NABILLA TASHANDRA", "François WALSCHAERTS / POOL / AFP",
// "(ANTARA/Galih Pradipta)". It is short, has a slash between names, and
// most of its letters are capitals or it is wrapped in brackets. The
// desk's initials a wire agency closes its credit with ("ANTARA
// FOTO/Galih Pradipta/foc.") are no sentence and no name: they are read
// off first (withoutDeskInitials).
func creditLine(s string) bool {
	if len(s) > 90 || !strings.Contains(s, "/") || strings.Contains(s, "://") {
		return false
	}
	s = withoutDeskInitials(s)
	if endsSentence(s) {
		return false
	}
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 {
		return false
	}
	bracketed := s[0] == '(' && s[len(s)-1] == ')'
	return upper*10 >= letters*6 || bracketed || namedParts(s)
}

// withoutDeskInitials returns a credit without the editor's initials
// closing it after a slash, and the full stop after them: "ANTARA
// FOTO/Galih Pradipta/foc." reads "ANTARA FOTO/Galih Pradipta". Two to
// four lower-case letters make the initials; s is returned unchanged
// otherwise.
func withoutDeskInitials(s string) string {
	t := strings.TrimSuffix(s, ".")
	i := strings.LastIndexByte(t, '/')
	if i <= 0 {
		return s
	}
	ini := t[i+1:]
	if len(ini) < 2 || len(ini) > 4 {
		return s
	}
	for j := 0; j < len(ini); j++ {
		if ini[j] < 'a' || ini[j] > 'z' {
			return s
		}
	}
	return strings.TrimSpace(t[:i])
}

// namedParts reports a credit written in mixed case: names and agencies
// joined by slashes ("Erin Lowe/Pool/Getty Images", "Jana Novak/AFP"),
// every part one to four capitalised words.
func namedParts(s string) bool {
	if len(s) > 70 || strings.ContainsAny(s, ":;,") {
		return false
	}
	for part := range strings.SplitSeq(s, "/") {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 4 {
			return false
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// captionLine reports a caption that ended up in the text: a short line
// that carries a copyright credit after its words ("Das Wohnheim in
// Debant © Gemeinde Debant"). A line starting with © is a copyright
// notice, left to the lexicon.
func captionLine(s string) bool {
	i := strings.Index(s, "©")
	return i > 0 && len(s) < 240 && !strings.HasPrefix(s, "(c)")
}

// copyrightLine reports a copyright notice written with a year
// ("Copyright 2024 Example News", "Hak Cipta 2023 ..."): a short line that
// starts with the word and has a year right after it. With © the lexicon
// catches it; an article sentence about copyright has no year there.
func copyrightLine(s string) bool {
	if len(s) > 200 {
		return false
	}
	l := lowerFold(head(s, 40))
	for _, w := range [...]string{"copyright ", "hak cipta "} {
		if rest, ok := strings.CutPrefix(l, w); ok {
			return len(rest) >= 4 && (strings.HasPrefix(rest, "19") || strings.HasPrefix(rest, "20")) &&
				isDigit(rest[2]) && isDigit(rest[3])
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// signupLink reports a link whose address leads to a sign-up page: a
// word of signup.txt in its path or query, cut at non-letters
// ("/dienste/newsletter-bestellen", "?ref=newsletter").
func (lx *lexicon) signupLink(href string) bool {
	if i := strings.Index(href, "//"); i >= 0 {
		href = href[i+2:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:] // the host names the site, not the page
		} else {
			return false
		}
	}
	h := strings.ToLower(href)
	for _, w := range lx.signupWords {
		for i := strings.Index(h, w); i >= 0; {
			end := i + len(w)
			if (i == 0 || !isASCIILetter(h[i-1])) && (end == len(h) || !isASCIILetter(h[end])) {
				return true
			}
			j := strings.Index(h[end:], w)
			if j < 0 {
				break
			}
			i = end + j
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
