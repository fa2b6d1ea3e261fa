package body

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Cross-checks: the page usually says where its article is in more than
// one way (JSON-LD articleBody, an <article> or itemprop=articleBody
// element), and a second text as long as the body makes the choice a close
// one. Extract measures how far
// the body it chose agrees with those witnesses and reports it in Signals,
// so that a caller can say how much to trust the body (see
// normalize.Confidence) without re-reading the page.

// Signals describe the body found and how it agrees with the page's other
// witnesses of where the article is. Ratios are in [0, 1]; a witness the
// page does not have leaves its field at -1.
type Signals struct {
	// Bytes is the length of the body text (blocks joined), Blocks the
	// number of blocks, ProseBlocks those that read like sentences (a
	// paragraph, a list item, a table row or a quote ending in one),
	// Headings the subheadings among them, LedItems the list items of
	// lists a line ending in a colon leads in ("What is allowed:").
	Bytes, Blocks, ProseBlocks, Headings, LedItems int
	// LinkDensity is the share of the body's bytes inside links.
	LinkDensity float64
	// ABCover is the share of the distinct words of JSON-LD articleBody
	// found in the body (-1 without an articleBody of minArticleBody
	// bytes); ABExtra the share of the body's distinct words not in it.
	ABCover, ABExtra float64
	// ElemCover is the share of the prose of the page's <article> or
	// itemprop=articleBody element (the one holding most prose) that the
	// body holds, ElemExtra the share of the body's prose outside it; -1
	// when the page has no such element with prose.
	ElemCover, ElemExtra float64
	// Rival is the prose value of the strongest element lying wholly
	// outside the chosen one (neither holding it nor held by it) over the
	// chosen one's: near 1, the page holds a second text as long as the
	// body (another story, a glossary, a comment), and the choice between
	// them was close.
	Rival float64
	// FromArticleBody is set when the body is JSON-LD articleBody, the
	// page's own text having been missing or a small part of it.
	FromArticleBody bool
	// LeadInCut is set when the body's last line was a short label
	// announcing what should follow it ("See the posts:", "Sources:"),
	// dropped from the text (see leadLabel): what it announced is not in
	// the body.
	LeadInCut bool
	// FromState is set when the body is the longest prose string of the
	// page's script data (see stateBlocks): the page's elements held no
	// body and JSON-LD no articleBody.
	FromState bool
	// Stamps counts the stamps of a live blog's entries: body blocks that
	// open with a clock time ("10:42", "14.05 Uhr"), or, when more, the
	// chosen element's time lines each followed by body text (see
	// elemStamps).
	Stamps int
	// Stories counts the <article> elements inside the chosen element
	// (none inside another counted) that each hold minStoryShare of the
	// body's text: a page that sets each story in an <article> (the next
	// story of an endless scroll, a second story under the first) and a
	// body taken from the element holding them both. 0 or 1 is one story.
	Stories int
	// Embedded is the length (bytes) of the text of embedded posts left
	// out of the body: blocks inside the chosen element that lie in a
	// <blockquote> the page's class names mark as furniture. Social
	// networks' embed code is such a blockquote ("twitter-tweet",
	// "instagram-media", "tiktok-embed"), holding the post's text until a
	// script replaces it. FIELDS.md keeps embedded posts out of the text,
	// but some labelled sets keep them, and an article told through the
	// posts it shows is not whole without them.
	Embedded int
	// HeadGap, AboveHead and HeadColumn place the body against the page's
	// headline (Options.Headline, the <h1> matching the title), under which
	// an article starts. HeadGap is the prose value of the blocks between
	// the headline and the body's first block that the body left out, over
	// the body's own value: the text right under the headline skipped for
	// a text further down (a comment thread, another story). AboveHead is
	// set when the body lies wholly above the headline. HeadColumn is the
	// share of the body's prose value inside the child of the chosen
	// element that holds the headline, when the headline is inside the
	// chosen element below a child of its own: a page sets the headline
	// with a header (little prose, the text in a sibling) or with the
	// whole article (all of it); a share between is the headline's story
	// and another text beside it taken together. Each is -1 (AboveHead
	// false) when the page gives no headline, the headline is not among
	// the blocks or, for HeadColumn, is not inside a child of the chosen
	// element.
	HeadGap    float64
	AboveHead  bool
	HeadColumn float64
	// HeadColumnProse counts the body's prose paragraphs (as ProseBlocks
	// counts them) inside the headline's column, when HeadColumn is set:
	// a header holds the headline, a standfirst and a byline, not the
	// story's paragraphs; a column that holds the story's paragraphs and
	// little of the body is a short story the body joined to a long text
	// beside it (a footer's about-us text, a comment thread, a section's
	// other stories).
	HeadColumnProse int
	// HeadGapProse counts the prose paragraphs (as ProseBlocks counts
	// them, of positive value) between the headline and the body's first
	// block that the body left out: a standfirst is one, the story under
	// the headline several.
	HeadGapProse int
	// RunOn is set when the body runs on into another story set under the
	// article: the one heading inside the body's span that is a link (a
	// story's headline points to the story), kept or left out, has
	// runOnProse prose paragraphs of the body or more after it inside
	// its own parent element (a box it heads, or the element the article
	// shares with it), and as many before it. A teaser card set among the
	// article's paragraphs holds its headline alone (the article goes on
	// outside it), and a round-up of linked items has several such
	// headings.
	RunOn bool
}

// noWitness marks a cross-check the page offers nothing for.
const noWitness = -1

// crossCheck computes the signals of the body made of blocks keepIdx of a
// (chosen element a.chosen) and of the blocks finally returned.
func crossCheck(lx *lexicon, a *analysis, keepIdx []int, out []Block, opts Options) Signals {
	s := Signals{ABCover: noWitness, ABExtra: noWitness, ElemCover: noWitness, ElemExtra: noWitness,
		HeadGap: noWitness, HeadColumn: noWitness}
	var links int
	ledIn := false // the list being read follows a lead-in line
	for _, i := range keepIdx {
		links += a.w.blocks[i].linkChars
	}
	for i, b := range out {
		if i > 0 {
			s.Bytes += 2
		}
		s.Bytes += len(b.Text)
		switch {
		case b.Kind == Heading:
			s.Headings++
		case b.Kind == ListItem && ledIn:
			s.LedItems++
		case b.Kind == Paragraph && endsSentence(b.Text) && len(b.Text) >= 30,
			b.Kind == TableRow && endsSentence(b.Text) && len(b.Text) >= minTableProse:
			// A page laid out in a table sets its paragraphs in a
			// cell, split by <br>: rows of prose, no list.
			s.ProseBlocks++
		}
		if lx.clockStart(b.Text) {
			s.Stamps++
		}
		if b.Kind != ListItem {
			ledIn = leadIn(b.Text)
		}
	}
	s.Blocks = len(out)
	if s.Bytes > 0 {
		s.LinkDensity = min(1, float64(links)/float64(s.Bytes))
	}
	if len(opts.ArticleBody) >= minArticleBody && len(out) > 0 {
		ab := wordSet(opts.ArticleBody)
		bw := make(words, len(ab))
		for _, b := range out {
			addWords(bw, b.Text)
		}
		s.ABCover, s.ABExtra = overlap(ab, bw), 1-overlap(bw, ab)
	}
	if a.w != nil && a.chosen >= 0 {
		s.ElemCover, s.ElemExtra = elemAgreement(a)
		s.Rival = rival(a)
		s.Embedded = embedded(a)
		s.Stamps = max(s.Stamps, elemStamps(lx, a, keepIdx))
		s.RunOn = runOn(a, keepIdx)
		s.Stories = stories(a, keepIdx)
		s.HeadGap, s.AboveHead, s.HeadColumn, s.HeadColumnProse, s.HeadGapProse = headPlace(a, keepIdx, opts.Headline)
	}
	return s
}

// headPlace computes Signals.HeadGap, AboveHead and HeadColumn for the
// body made of blocks keepIdx (in page order) of a's chosen element. The
// values weighed are the blocks' prose values (a.values, furniture and
// negative values counted as nothing), so a caption, a share bar or a
// byline between the headline and the text weighs little.
func headPlace(a *analysis, keepIdx []int, headline *html.Node) (gap float64, above bool, column float64, prose, gapProse int) {
	gap, column = noWitness, noWitness
	if headline == nil || len(keepIdx) == 0 {
		return
	}
	blocks, elems := a.w.blocks, a.w.elems
	h := -1
	for i := range blocks {
		if o := blocks[i].owner; o >= 0 && elems[o].node == headline {
			h = i
			break
		}
	}
	if h < 0 {
		return
	}
	value := func(i int) float64 {
		if blocks[i].neg >= 0 {
			return 0
		}
		return max(a.values[i], 0)
	}
	var body float64
	for _, i := range keepIdx {
		body += value(i)
	}
	if body <= 0 {
		return
	}
	switch {
	case keepIdx[len(keepIdx)-1] < h:
		gap, above = 0, true
	case keepIdx[0] <= h:
		gap = 0
	default:
		var v float64
		for i := h + 1; i < keepIdx[0]; i++ {
			v += value(i)
			if b := &blocks[i]; value(i) > 0 && b.kind == Paragraph && len(b.text) >= 30 && endsSentence(b.text) {
				gapProse++
			}
		}
		gap = v / body
	}
	// The child of the chosen element holding the headline.
	c := blocks[h].owner
	for c >= 0 && elems[c].parent != int32(a.chosen) {
		c = elems[c].parent
	}
	if c < 0 || elems[c].node == headline {
		return
	}
	var in float64
	for _, i := range keepIdx {
		if int32(i) >= elems[c].start && int32(i) < elems[c].end {
			in += value(i)
			if b := &blocks[i]; b.kind == Paragraph && len(b.text) >= 30 && endsSentence(b.text) {
				prose++
			}
		}
	}
	return gap, above, in / body, prose, gapProse
}

// maxStampLine is the longest line (bytes) elemStamps takes for an entry's
// time stamp ("7 December 2026, 17:40 CET").
const maxStampLine = 60

// elemStamps counts the blocks of the chosen element, kept in the body or
// not, that stamp a live blog's entry: a line opening with a clock time,
// a short line that only dates something and gives a time ("Updated
// 7 Dec, 17:40") or says how long ago ("12 minutes ago": agoLine), with
// a block of the body right after it (keepIdx, in
// order). A live blog sets each entry's time in a header of its own,
// which the body leaves out as furniture, so counting the body's blocks
// alone misses the shape; a comment thread stamps its comments alike, but
// they are not in the body.
func elemStamps(lx *lexicon, a *analysis, keepIdx []int) int {
	c := &a.w.elems[a.chosen]
	n, k := 0, 0
	for i := int(c.start); i < int(c.end) && k < len(keepIdx); i++ {
		for k < len(keepIdx) && keepIdx[k] <= i {
			k++
		}
		if k == len(keepIdx) || keepIdx[k] > i+2 {
			continue
		}
		t := a.w.blocks[i].text
		if lx.clockStart(t) || lx.agoLine(t) || len(t) <= maxStampLine && strings.IndexByte(t, ':') > 0 && lx.dateLine(t) {
			n++
		}
	}
	return n
}

// minStoryShare is the share of the body's text (bytes) that an <article>
// element inside the chosen one holds to count among Signals.Stories: a
// teaser card or a comment is a small part of a body, a story is not.
const minStoryShare = 0.2

// maxStories is as many stories as stories tells apart.
const maxStories = 4

// stories computes Signals.Stories over the body's blocks keepIdx, each
// up through its ancestors below the chosen element to the outermost
// <article> among them.
func stories(a *analysis, keepIdx []int) int {
	var ids [maxStories]int32
	var sums [maxStories]int
	n, total := 0, 0
	for _, i := range keepIdx {
		b := &a.w.blocks[i]
		total += len(b.text)
		top := int32(-1)
		for j := b.owner; j > int32(a.chosen); j = a.w.elems[j].parent {
			if a.w.elems[j].node.DataAtom == atom.Article {
				top = j
			}
		}
		if top < 0 {
			continue
		}
		k := 0
		for k < n && ids[k] != top {
			k++
		}
		if k == n {
			if n == maxStories {
				continue
			}
			ids[n] = top
			n++
		}
		sums[k] += len(b.text)
	}
	count := 0
	for k := range n {
		if float64(sums[k]) >= minStoryShare*float64(total) {
			count++
		}
	}
	return count
}

// embedded computes Signals.Embedded: only the chosen element's blocks
// in furniture are looked at, each up through its furniture ancestors
// below the chosen element.
func embedded(a *analysis) int {
	c := &a.w.elems[a.chosen]
	n := 0
	for i := c.start; i < c.end; i++ {
		b := &a.w.blocks[i]
		for j := b.neg; j > int32(a.chosen); j = a.w.elems[j].parent {
			if e := &a.w.elems[j]; e.strong && e.node.DataAtom == atom.Blockquote {
				n += len(b.text)
				break
			}
		}
	}
	return n
}

// words is a set of words, each kept as a 64-bit FNV-1a hash of its
// lower-cased runes: no string is allocated per word.
type words map[uint64]struct{}

// overlap is the share of the words of a that b holds (0 when a is empty).
func overlap(a, b words) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if _, ok := b[w]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// wordSet returns the distinct words of s (see addWords).
func wordSet(s string) words {
	m := make(words, len(s)/8)
	addWords(m, s)
	return m
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// addWords adds the words of s to m, lower-cased: runs of letters and
// digits, and each Chinese, Japanese or Korean character on its own (those
// scripts do not separate words by spaces).
func addWords(m words, s string) {
	h, in := uint64(fnvOffset), false
	for _, r := range s {
		var cjk, word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			cjk = r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
			word = !cjk && isLetterDigit(r)
		}
		if word {
			h = (h ^ uint64(lowerRune(r))) * fnvPrime
			in = true
			continue
		}
		if in {
			m[h] = struct{}{}
			h, in = fnvOffset, false
		}
		if cjk {
			m[(fnvOffset^uint64(r))*fnvPrime] = struct{}{}
		}
	}
	if in {
		m[h] = struct{}{}
	}
}

// elemAgreement compares the chosen element with the page's own article
// element (see witness). It returns the share of that element's prose the
// chosen element holds, and the share of the chosen element's prose
// outside it, or -1, -1 when there is no such element.
func elemAgreement(a *analysis) (cover, extra float64) {
	pos := a.positive()
	wi := a.witness(pos)
	cs, ce := a.span()
	cv := pos[ce] - pos[cs]
	if wi < 0 || cv <= 0 || a.underHeadline {
		return noWitness, noWitness
	}
	e := &a.w.elems[wi]
	wv := pos[e.end] - pos[e.start]
	in := 0.0
	if lo, hi := max(e.start, cs), min(e.end, ce); hi > lo {
		in = pos[hi] - pos[lo]
	}
	return in / wv, (cv - in) / cv
}

// clockStart reports text opening with a clock time ("9:05", "14.30 Uhr",
// "10h15", "10.42am"): a live blog's entry. Letters glued to the time
// must be a word of lexicon/dates.txt (a half of the day: "10.42am",
// "11:30PM", "9:05p.m."), so "10:42amazing" opens with no clock.
func (lx *lexicon) clockStart(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ':' && s[i] != '.' && s[i] != 'h' {
		return false
	}
	j := i + 1
	for j < len(s) && j-i-1 < 2 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j-i-1 != 2 {
		return false
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] == '.') {
		k++
	}
	if k > j {
		if lx.dateWords[lowerFold(strings.TrimSuffix(s[j:k], "."))] == 0 {
			return false
		}
		j = k
	}
	return j == len(s) || s[j] == ' ' || strings.HasPrefix(s[j:], "\u00a0")
}

// witness returns the index in a.w.elems of the page's own article
// element: the one <article> or itemprop=articleBody element, not marked
// as furniture nor typed a comment, that holds minBodyValue of prose and
// is not inside another such element; -1 when there is none or more than
// one (a list of teaser cards, a comment thread), which says nothing about
// where the article is.
func (a *analysis) witness(pos []float64) int {
	best := -1
	for i := range a.w.elems {
		e := &a.w.elems[i]
		n := e.node
		if n == nil || e.neg || e.end <= e.start || n.DataAtom != atom.Article && !strings.EqualFold(attr(n, "itemprop"), "articleBody") {
			continue
		}
		if strings.Contains(strings.ToLower(attr(n, "itemtype")), "comment") {
			continue
		}
		if pos[e.end]-pos[e.start] < minBodyValue {
			continue
		}
		if best >= 0 && e.start >= a.w.elems[best].start && e.end <= a.w.elems[best].end {
			continue // nested in the witness already found
		}
		if best >= 0 {
			return -1
		}
		best = i
	}
	return best
}

// positive returns prefix sums of the positive block values of a.
func (a *analysis) positive() []float64 {
	pos := make([]float64, len(a.w.blocks)+1)
	for i := range a.w.blocks {
		pos[i+1] = pos[i] + max(a.values[i], 0)
	}
	return pos
}

// recheck looks again when the chosen element disagrees badly with the
// page's own article element (see witness): it holds the witness and more
// prose besides than the witness holds (a second story taken too). The
// body is then chosen among the witness and its descendants.
func (a *analysis) recheck() {
	if a.w == nil || a.chosen < 0 {
		return
	}
	pos := a.positive()
	wi := a.witness(pos)
	if wi < 0 {
		return
	}
	e, c := &a.w.elems[wi], &a.w.elems[a.chosen]
	wv := pos[e.end] - pos[e.start]
	cv := pos[c.end] - pos[c.start]
	lo, hi := max(e.start, c.start), min(e.end, c.end)
	in := 0.0
	if hi > lo {
		in = pos[hi] - pos[lo]
	}
	// Look again when the body holds the witness whole and a quarter of
	// its prose lies outside it (a second story, a subscription notice
	// that outweighs the page furniture between them). A body that lies wholly outside the
	// witness is declaredBody's question, answered before this with the
	// furniture hints: a declared body wins only over a block the page
	// calls furniture, since a lone marked teaser card is no witness to
	// where an unmarked article is.
	around := in >= 0.9*wv && cv-in > 0.25*cv
	if !around {
		return
	}
	sum := make([]float64, len(a.w.blocks)+1)
	for i := range a.w.blocks {
		sum[i+1] = sum[i] + a.values[i]
	}
	best, bestV := -1, 0.0
	for i := wi; i < len(a.w.elems); i++ {
		x := &a.w.elems[i]
		if x.start < e.start || x.end > e.end {
			if x.start >= e.end {
				break
			}
			continue
		}
		if x.end <= x.start || x.neg && i != wi {
			continue
		}
		if v := sum[x.end] - sum[x.start]; v > bestV {
			best, bestV = i, v
		}
	}
	if best >= 0 {
		a.chosen, a.value = best, bestV
	}
}

// splitStories looks again when the chosen element holds more than one
// story: after the prose of the first (whose headline may sit outside the
// element), an <h1> heads prose of its own, each part at least
// minBodyValue. A page has one headline; a second <h1> over its own text
// is the next story that the page appends (an endless scroll, a
// "next article" pane) or a block of its own (an appeal for donations),
// and the two outweigh the article alone. The body is then chosen among
// the elements lying wholly before the second headline, when one of them
// holds at least storyShare of the prose before it in two blocks or more.
// A page that sets its subheadings in <h1> among the paragraphs of one
// element has no such element (only its single paragraphs lie between
// two headings), so it keeps its body.
func (a *analysis) splitStories() {
	if a.w == nil || a.chosen < 0 {
		return
	}
	elems, blocks := a.w.elems, a.w.blocks
	e := &elems[a.chosen]
	h1 := func(i int) bool {
		b := &blocks[i]
		return b.kind == Heading && b.owner >= 0 && elems[b.owner].node.DataAtom == atom.H1
	}
	cut, before := -1, 0.0
	for i := int(e.start); i < int(e.end) && cut < 0; i++ {
		if h1(i) && before >= minBodyValue {
			after := 0.0
			for j := i + 1; j < int(e.end) && !h1(j); j++ {
				after += max(a.values[j], 0)
			}
			if after >= minBodyValue {
				cut = i
				break
			}
		}
		before += max(a.values[i], 0)
	}
	if cut < 0 {
		return
	}
	// Prefix sums over the blocks before the cut: value, prose, prose
	// blocks.
	from := int(e.start)
	sum, pos := make([]float64, cut-from+1), make([]float64, cut-from+1)
	cnt := make([]int, cut-from+1)
	for i := from; i < cut; i++ {
		v := a.values[i]
		sum[i-from+1], pos[i-from+1], cnt[i-from+1] = sum[i-from]+v, pos[i-from]+max(v, 0), cnt[i-from]
		if v > 0 {
			cnt[i-from+1]++
		}
	}
	best, bestV, bestPos := -1, 0.0, 0.0
	for x := a.chosen + 1; x < len(elems) && int(elems[x].start) < cut; x++ {
		el := &elems[x]
		if int(el.end) > cut || el.end <= el.start || el.neg {
			continue
		}
		lo, hi := int(el.start)-from, int(el.end)-from
		if v := sum[hi] - sum[lo]; cnt[hi]-cnt[lo] >= 2 && v > bestV {
			best, bestV, bestPos = x, v, pos[hi]-pos[lo]
		}
	}
	if best >= 0 && bestPos >= storyShare*before {
		a.chosen, a.value = best, bestV
	}
}

// headlineColumn looks again when the chosen element holds the page's
// headline (an <h1>, the element headline) inside one of its children
// together with prose of its own, and another child after that one holds
// a second text led by a heading of its own: a page that sets the article
// in a column and another story, a feature or a long notice in the column
// beside it, under a wrapper that holds both. The article is the
// headline's column. It is taken when the column holds minBodyValue of
// prose in two prose blocks or more, the prose after it is at least
// columnRest of the chosen element's, none lies before it, and the first
// block after it that is a heading or prose is a heading. An article
// whose headline sits in a header of its own (no prose) or right in the
// chosen element keeps its body, as does one whose text goes on after the
// headline's column in paragraphs (a lede set with the headline).
func (a *analysis) headlineColumn(headline *html.Node) {
	if a.w == nil || a.chosen < 0 || headline == nil || headline.DataAtom != atom.H1 {
		return
	}
	elems, blocks := a.w.elems, a.w.blocks
	e := &elems[a.chosen]
	h := -1
	for i := int(e.start); i < int(e.end); i++ {
		if o := blocks[i].owner; o >= 0 && elems[o].node == headline {
			h = i
			break
		}
	}
	if h < 0 {
		return
	}
	c := blocks[h].owner
	for c >= 0 && elems[c].parent != int32(a.chosen) {
		c = elems[c].parent
	}
	if c < 0 || elems[c].node == headline {
		return
	}
	col := &elems[c]
	prose := func(i int) float64 {
		if blocks[i].neg >= 0 {
			return 0
		}
		return max(a.values[i], 0)
	}
	var before, in, after float64
	n := 0
	for i := int(e.start); i < int(e.end); i++ {
		switch v := prose(i); {
		case i < int(col.start):
			before += v
		case i < int(col.end):
			in += v
			if v > 0 {
				n++
			}
		default:
			after += v
		}
	}
	if before > 0 || n < 2 || in < minBodyValue || after < columnRest*(in+after) {
		return
	}
	for i := int(col.end); i < int(e.end); i++ {
		if blocks[i].kind == Heading {
			break
		}
		if prose(i) > 0 {
			return
		}
	}
	sum := 0.0
	for i := int(col.start); i < int(col.end); i++ {
		sum += a.values[i]
	}
	a.chosen, a.value = int(c), sum
}

// columnRest is the least share of the chosen element's prose that
// must lie after the headline's column for headlineColumn to take the
// column alone.
const columnRest = 0.25

// storyShare is the share of the first story's prose that the element
// chosen in its place must hold (see splitStories).
const storyShare = 0.9

// Thresholds of trimToArticleBody.
const (
	// abMatch is the share of a block's distinct words that articleBody
	// must hold for the block to count as part of it.
	abMatch = 0.5
	// abMaxTrim is the largest share of the body's bytes that may go.
	abMaxTrim = 0.3
)

// trimToArticleBody drops the blocks after the end of the article that
// JSON-LD articleBody marks: when the body holds articleBody's last
// paragraph, blocks after it whose words articleBody mostly lacks are
// something else (a donation appeal, an author box, the next story). It
// does nothing when articleBody looks cut short (it then says nothing of
// where the article ends) or when that would remove much of the body.
func trimToArticleBody(blocks []Block, articleBody string) []Block {
	if len(articleBody) < minArticleBody || len(blocks) < 3 {
		return blocks
	}
	paras := fromArticleBody(articleBody)
	if len(paras) == 0 {
		return blocks
	}
	last := wordSet(paras[len(paras)-1].Text)
	if len(last) < 5 {
		return blocks
	}
	end := -1 // the block holding articleBody's last paragraph
	for i := len(blocks) - 1; i >= 0; i-- {
		if overlap(last, wordSet(blocks[i].Text)) >= 0.8 {
			end = i
			break
		}
	}
	if end < 0 || end == len(blocks)-1 {
		return blocks
	}
	ab := wordSet(articleBody)
	total, cut := 0, 0
	for i, b := range blocks {
		total += len(b.Text)
		if i > end {
			if overlap(wordSet(b.Text), ab) >= abMatch {
				return blocks // articleBody goes on past its "last" paragraph
			}
			cut += len(b.Text)
		}
	}
	if float64(cut) > abMaxTrim*float64(total) {
		return blocks
	}
	return blocks[:end+1]
}

// rival computes Signals.Rival.
func rival(a *analysis) float64 {
	sum := make([]float64, len(a.w.blocks)+1)
	for i := range a.w.blocks {
		v := a.values[i]
		if a.w.blocks[i].neg >= 0 {
			v = min(v, 0)
		}
		sum[i+1] = sum[i] + v
	}
	cs, ce := a.span()
	cv := sum[ce] - sum[cs]
	if cv <= 0 {
		return 0
	}
	best := 0.0
	for i := range a.w.elems {
		e := &a.w.elems[i]
		if e.neg || e.end <= cs || e.start >= ce {
			if !e.neg {
				best = max(best, sum[e.end]-sum[e.start])
			}
		}
	}
	return min(1, best/cv)
}

// partOfArticleBody reports whether blocks (n bytes) hold under
// abMuchShortCover of the distinct words of a longer articleBody: the body
// chosen is a teaser or one part of the article the publisher's own
// structured data gives whole.
func partOfArticleBody(blocks []Block, n int, articleBody string) bool {
	if n >= len(articleBody) || len(blocks) == 0 {
		return false
	}
	bw := make(words, n/6)
	for _, b := range blocks {
		addWords(bw, b.Text)
	}
	return overlap(wordSet(articleBody), bw) < abMuchShortCover
}

// abMuchShortCover is the share of articleBody's words under which the
// body is taken for a part of it: a body missing a fifth of the words the
// publisher's own structured data gives lost paragraphs, not a caption.
const abMuchShortCover = 0.8

// leadIn reports a line that ends in a colon: it announces what follows
// ("What you need:", "Die Forderungen:"), so the list after it is the
// article's own.
func leadIn(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// headlineStory looks again when the chosen element lies wholly below the
// page's headline and opens with another story's linked headline (a
// heading that is a link: the next story of an endless scroll, a card of
// a story the page recommends), while prose of its own lies between the
// headline and it: the short story under the headline outweighed by the
// longer one below. The body is then chosen among the elements lying
// wholly between the headline and the chosen element, when one holds
// storyShare of that prose in two blocks or more and minBodyValue at
// least. An article whose headline has no prose under it before the body
// (a standfirst is no story: two blocks are needed), or whose body opens
// with an unlinked subheading, with prose or with a link repeating the
// headline (a permalink over the article's text), keeps its body.
func (a *analysis) headlineStory(headline *html.Node) {
	if a.w == nil || a.chosen < 0 || headline == nil {
		return
	}
	elems, blocks := a.w.elems, a.w.blocks
	e := &elems[a.chosen]
	h := -1
	for i := 0; i < int(e.start); i++ {
		if o := blocks[i].owner; o >= 0 && elems[o].node == headline {
			h = i
		}
	}
	if h < 0 {
		return
	}
	// The chosen element's first block that is a heading or prose is a
	// linked heading.
	opens := false
	for i := int(e.start); i < int(e.end); i++ {
		b := &blocks[i]
		if b.kind == Heading {
			// A permalink over the article's own text repeats the
			// headline; another story's headline does not.
			opens = b.linkChars*2 > len(b.text) && !strings.EqualFold(strings.TrimSpace(b.text), strings.TrimSpace(blocks[h].text))
			break
		}
		if a.values[i] > 0 {
			break
		}
	}
	if !opens {
		return
	}
	from, cut := h+1, int(e.start)
	gap := 0.0
	for i := from; i < cut; i++ {
		if blocks[i].neg < 0 {
			gap += max(a.values[i], 0)
		}
	}
	if gap < minBodyValue {
		return
	}
	best, bestV, bestPos := -1, 0.0, 0.0
	for x := range elems {
		el := &elems[x]
		if int(el.start) < from || int(el.end) > cut || el.end <= el.start || el.neg {
			continue
		}
		v, pos, n := 0.0, 0.0, 0
		for i := el.start; i < el.end; i++ {
			v += a.values[i]
			if a.values[i] > 0 {
				pos += a.values[i]
				n++
			}
		}
		if n >= 2 && v > bestV {
			best, bestV, bestPos = x, v, pos
		}
	}
	if best >= 0 && bestPos >= storyShare*gap && bestV >= minBodyValue {
		a.chosen, a.value, a.underHeadline = best, bestV, true
	}
}

// minTableProse is the shortest table row (bytes) that counts as a prose
// paragraph when it ends like a sentence: a data row's cells are short
// and seldom end on a full stop; a paragraph of a page laid out in a
// table runs longer.
const minTableProse = 80

// runOnProse is the least number of the body's prose paragraphs after a
// linked heading inside its parent element, and before it, for
// Signals.RunOn.
const runOnProse = 3

// runOn computes Signals.RunOn for the body made of blocks keepIdx (in
// page order) of a.
func runOn(a *analysis, keepIdx []int) bool {
	if len(keepIdx) < 2*runOnProse {
		return false
	}
	blocks, elems := a.w.blocks, a.w.elems
	lo, hi := keepIdx[0], keepIdx[len(keepIdx)-1]
	kept := make(map[int]bool, len(keepIdx))
	for _, i := range keepIdx {
		kept[i] = true
	}
	at, n := -1, 0
	for i := lo; i <= hi; i++ {
		b := &blocks[i]
		if b.kind == Heading && len(b.text) >= 20 && b.linkChars*2 > len(b.text) && !inPageLinks(b) {
			at = i
			n++
		}
	}
	if n != 1 || blocks[at].owner < 0 {
		return false
	}
	box := elems[blocks[at].owner].parent
	if box < 0 {
		return false
	}
	isProse := func(i int) bool {
		b := &blocks[i]
		return b.kind == Paragraph && len(b.text) >= 30 && endsSentence(b.text) && b.linkChars*2 < len(b.text)
	}
	before, in := 0, 0
	for _, i := range keepIdx {
		switch {
		case !isProse(i):
		case i < at:
			before++
		case int32(i) < elems[box].end:
			in++
		}
	}
	return before >= runOnProse && in >= runOnProse
}

// inPageLinks reports a block whose links all point inside the page
// ("#why-it-matters"): a subheading linked to itself as an anchor, no
// other story's headline.
func inPageLinks(b *rawBlock) bool {
	for _, l := range b.links {
		if !strings.HasPrefix(strings.TrimSpace(l.href), "#") {
			return false
		}
	}
	return len(b.links) > 0
}
