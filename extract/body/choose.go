package body

import "strings"

// Choosing the body container.
//
// Every block gets a value: the non-link text of a paragraph that reads
// like prose counts for it, short lines and link lists count against it,
// headings and known boilerplate count nothing (they follow whichever
// container holds them). The value of an element is the sum over the blocks
// inside it, read off prefix sums in O(1). The body is the element with the
// greatest value: adding an ancestor only pays when the prose it adds
// outweighs the furniture it drags in, so the choice settles on the
// smallest element that holds the article, whatever its tag or class.

// junkWeight is what one byte of non-prose text costs relative to one
// byte of prose.
const junkWeight = 0.5

// prose reports whether a block reads like article text.
func prose(b *rawBlock) bool {
	if b.kind == Heading {
		return false
	}
	n := len(b.text)
	nonLink := n - b.linkChars
	if b.linkChars*100 > n*35 {
		return false
	}
	return nonLink >= 100 || nonLink >= 30 && endsSentence(b.text)
}

// endsSentence reports whether s ends like a sentence (allowing a closing
// quote or bracket after the stop).
func endsSentence(s string) bool {
	for i := len(s) - 1; i >= 0 && i >= len(s)-8; i-- {
		c := s[i]
		switch c {
		case '.', '!', '?', ':', ';':
			return true
		case '"', '\'', ')', ']', ' ':
			continue
		}
		if c >= 0x80 {
			// Multi-byte closing quotes (” ’ »), CJK and Devanagari stops.
			switch {
			case i >= 2 && (s[i-2:i+1] == "”" || s[i-2:i+1] == "’"):
				i -= 2
				continue
			case i >= 1 && s[i-1:i+1] == "»":
				i--
				continue
			case i >= 2 && (s[i-2:i+1] == "。" || s[i-2:i+1] == "！" || s[i-2:i+1] == "？" || s[i-2:i+1] == "।" || s[i-2:i+1] == "…"):
				return true
			}
		}
		return false
	}
	return false
}

// isolatedWeight scales the value of a prose block with no prose
// neighbour: the description of a teaser card sits between a headline link
// and a date, while article paragraphs come in runs.
// plainWeight scales junkWeight for short lines that are not links.
const plainWeight = 0.3

const isolatedWeight = 0.3

// blockValue is the value a block adds to every element holding it.
func blockValue(b *rawBlock, v verdict) float64 {
	if v != keep {
		return 0
	}
	if b.kind == Heading {
		if b.linkChars*2 > len(b.text) {
			return -junkWeight * float64(len(b.text))
		}
		return 0
	}
	if prose(b) {
		return float64(len(b.text) - b.linkChars)
	}
	if linkedSentence(b) || b.enumRun {
		return 0
	}
	if b.linkChars*5 < len(b.text) {
		// A short plain line (a list entry, a label, a date) costs less
		// than a link: menus and link lists are what the body must not
		// reach into.
		return -plainWeight * junkWeight * float64(len(b.text))
	}
	return -junkWeight * float64(len(b.text))
}

// choose returns the index of the body element (or -1) and its value.
// values[i] is the value of block i; withNeg says whether furniture is
// discounted.
func choose(elems []elem, blocks []rawBlock, values []float64, withNeg bool) (best int, bestV float64) {
	sum := make([]float64, len(blocks)+1)
	for i := range blocks {
		v := values[i]
		if withNeg && blocks[i].neg >= 0 {
			v = min(v, 0) // furniture is no prose, but still costs
		}
		sum[i+1] = sum[i] + v
	}
	best = -1
	for i := range elems {
		e := &elems[i]
		if e.end <= e.start || withNeg && e.neg {
			continue
		}
		v := sum[e.end] - sum[e.start]
		if e.pos {
			v *= 1.05
		}
		if v >= bestV && v > 0 {
			best, bestV = i, v
		}
	}
	return best, bestV
}

// blockValues returns the value of every block. A prose block whose text
// occurs twice on the page (a news ticker shown in two places, a teaser
// repeated in a footer) or that ends cut short with an ellipsis (a teaser's
// summary) is not counted as prose: article paragraphs are neither.
//
// seen is an empty map for blockValues' count of each text; its memory is
// the walker's, reused from walk to walk.
func blockValues(elems []elem, blocks []rawBlock, verdicts []verdict, seen map[string]int) []float64 {
	markEnumerations(blocks)
	values := make([]float64, len(blocks))
	for i := range blocks {
		if len(blocks[i].text) >= 30 {
			seen[blocks[i].text]++
		}
	}
	var all, dup float64
	for i := range blocks {
		v := blockValue(&blocks[i], verdicts[i])
		if v > 0 && truncated(blocks[i].text) {
			v = 0
		}
		values[i] = v
		if v > 0 {
			all += v
			if seen[blocks[i].text] > 1 {
				dup += v
			}
		}
	}
	// When most of the prose is repeated, the page holds the article
	// twice (a print copy, a second layout): its first copy counts.
	most := dup*2 > all
	for i := range blocks {
		t := blocks[i].text
		if values[i] <= 0 || seen[t] < 2 {
			continue
		}
		if most && seen[t] < 1<<20 {
			seen[t] = 1 << 20 // the first copy keeps its value, later ones not
			continue
		}
		values[i] = 0
	}
	// Lines of one element split by <br> (a schedule, an address, a poem)
	// and the items of one list or table are judged together: as a whole
	// they may be prose.
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && sameRun(elems, &blocks[i], &blocks[j]) {
			j++
		}
		if j-i > 1 && blocks[i].kind != Heading {
			n, links := 0, 0
			for k := i; k < j; k++ {
				n += len(blocks[k].text)
				links += blocks[k].linkChars
			}
			if links*100 <= n*35 && n-links >= 100 {
				for k := i; k < j; k++ {
					if values[k] < 0 && verdicts[k] == keep {
						values[k] = float64(len(blocks[k].text) - blocks[k].linkChars)
					}
				}
			}
		}
		i = j
	}

	return values
}

// discountIsolated scales down prose blocks with no prose neighbour (see
// isolatedWeight). Neutral blocks (headings, dropped boilerplate) and
// other furniture (a headline box in the middle of the article, which goes
// anyway) are passed over when looking for neighbours. It runs after
// markFurniture.
func discountIsolated(blocks []rawBlock, values []float64) {
	neighbour := func(i, dir int) bool {
		for j := i + dir; j >= 0 && j < len(values); j += dir {
			if values[j] != 0 && (blocks[j].neg < 0 || blocks[j].neg == blocks[i].neg) {
				return values[j] > 0
			}
		}
		return false
	}
	isolated := make([]bool, len(values))
	for i, v := range values {
		isolated[i] = v > 0 && !neighbour(i, -1) && !neighbour(i, 1)
	}
	for i, iso := range isolated {
		if iso {
			values[i] *= isolatedWeight
		}
	}
}

// linkedSentence reports a long sentence that is mostly links: a news
// roundup item ("<a>Google has bought CloudSimple</a>, a startup that ...").
// It is kept in the body but does not help choose it.
func linkedSentence(b *rawBlock) bool {
	return len(b.text) >= 100 && b.linkChars*10 <= len(b.text)*8 && endsSentence(b.text)
}

// minLinkedClause is the shortest sentence (bytes) linkedClause keeps: a
// shorter line that is mostly a link points somewhere ("This is <a>our
// Europe desk</a> at Example24.") more often than it tells the story.
const minLinkedClause = 60

// linkedClause reports a sentence of the article in which a link carries
// most of the words but neither its start nor its end ("The driver was
// charged and <a>held without bail last week</a>."): the page links the
// story it goes on from where the sentence says it. A teaser or a menu
// line is the link itself, or links stacked without words between, and a
// pointer to the site's pages ends inside its link ("Our rules: <a>The
// Example Principles.</a>"); here every link follows words of the
// sentence (inText) and the sentence ends after the last link.
// linkedSentence asks a length that such a line of news does not reach.
func linkedClause(b *rawBlock) bool {
	if b.kind != Paragraph || len(b.text) < minLinkedClause || b.nLinks < 1 || b.inText != b.nLinks ||
		b.linkChars*10 > len(b.text)*8 || !endsSentence(b.text) {
		return false
	}
	// links holds a block's first links only (see anchorChunk): when it
	// holds them all, the last is the last.
	if int(b.nLinks) != len(b.links) {
		return false
	}
	return !strings.HasSuffix(b.text, b.links[len(b.links)-1].text)
}

// maxNameLink is the longest link text (bytes, on average over a block's
// links) that linkedEnumeration takes for a name rather than a headline.
const maxNameLink = 40

// linkedEnumeration reports a paragraph that lists names, each linked to
// the site's page on it ("Miyazaki: <a>Nobeoka</a>, <a>Saito</a>, Aya"):
// sites link places, people and teams where the text names them. Its links
// make up much of it (else it is plain text with links, see prose), are
// short, and sit in the paragraph's own words and commas (all but
// perhaps the first), which a menu's entries, stacked or kept apart by
// bars, and a teaser's headline are not. Like linkedSentence it is kept in
// the body but does not help choose it.
func linkedEnumeration(b *rawBlock) bool {
	return b.kind == Paragraph && b.nLinks >= 1 && b.inText >= max(1, b.nLinks-1) &&
		b.linkChars*100 > len(b.text)*35 && b.linkChars < len(b.text) &&
		b.linkChars <= maxNameLink*int(b.nLinks)
}

// minEnumRun is the number of linkedEnumerations of two links or more,
// each within enumGap blocks of a linkedEnumeration before, that make a
// run (lines of one link between them belong to it).
const minEnumRun, enumGap = 3, 3

// markEnumerations sets enumRun on the linkedEnumerations that form a run
// (see minEnumRun): a list of them (places and their readings, a squad by
// position, results by event) is content, while a lone one or two are
// more often a line of tags, a credit line or profile links under the text.
func markEnumerations(blocks []rawBlock) {
	start, n, last := -1, 0, -enumGap-1
	end := func() {
		if n >= minEnumRun {
			for j := start; j <= last; j++ {
				blocks[j].enumRun = linkedEnumeration(&blocks[j])
			}
		}
	}
	for i := range blocks {
		if !linkedEnumeration(&blocks[i]) {
			continue
		}
		if i-last > enumGap {
			end()
			start, n = i, 0
		}
		if blocks[i].nLinks >= 2 {
			n++
		}
		last = i
	}
	end()
}

// truncated reports text cut off with an ellipsis.
func truncated(s string) bool {
	s = strings.TrimRight(s, " )]")
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "[…]")
}

// sameRun reports whether block b continues the run that a starts: lines
// of the same element, or items of the same list or rows of the same table.
func sameRun(elems []elem, a, b *rawBlock) bool {
	if a.kind != b.kind {
		return false
	}
	if a.owner == b.owner {
		return true
	}
	if a.kind != ListItem && a.kind != TableRow || a.owner < 0 || b.owner < 0 {
		return false
	}
	return elems[a.owner].parent == elems[b.owner].parent
}
