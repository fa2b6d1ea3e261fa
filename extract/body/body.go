// Package body finds the main text of a news page in an already parsed HTML
// tree and strips boilerplate from it. It never parses HTML itself and never
// changes the tree it is given, so other readers can share one parse.
//
// One walk over the tree turns it into blocks (paragraphs, headings, list
// items, table rows), each knowing its innermost block element and whether
// it sits in page furniture (share bars, comments, related lists, captions:
// see lexicon/hints.txt). The body container is then the element whose
// blocks add up to the most prose (see choose.go), and inside it blocks that
// the per-language lexicons name as boilerplate are dropped, paragraph by
// paragraph, keeping "Baca juga" links as related articles.
package body

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	kabar "github.com/kabar-news/kabar"
)

// BlockKind tells paragraphs from subheadings, list items and table rows.
type BlockKind uint8

const (
	Paragraph BlockKind = iota
	Heading
	ListItem
	TableRow
	Preformatted
	Blockquote
)

// Block is one block of body text, whitespace collapsed.
type Block struct {
	Kind BlockKind
	Text string
}

// Options steer one extraction.
type Options struct {
	// Root, when set, is the node a site rule chose as the body: candidate
	// selection is skipped and only cleaning is done inside it.
	Root *html.Node
	// Phrases are extra boilerplate phrases (from a site rule) on top of the
	// built-in lexicons, in the lexicon file syntax (see lexicon/id.txt).
	Phrases []string
	// ArticleBody is JSON-LD articleBody, used when it agrees with the page.
	ArticleBody string
	// PageURL resolves relative links in Related.
	PageURL string
	// Headline, when set, is the page's headline element in the tree
	// given to Extract: what the body takes from above it goes (see
	// dropAboveHeadline).
	Headline *html.Node
}

// Result is the body found.
type Result struct {
	Blocks  []Block
	Related []kabar.Link
	// SourceLines are lines taken out of the text that name where the
	// story ran first ("This article originally appeared on X"): the
	// outlet is a source, read by normalize, though the line is no text.
	SourceLines []string
	// Method names the candidate chosen ("density", "readability",
	// "jsonld", "state": see StateBody, "rule"), or
	// is empty when nothing was found.
	Method string
	// Node is the element the body was taken from (in the tree given to
	// Extract), nil when none was found or the body came from JSON-LD.
	// Images and captions of the article are found under it.
	Node *html.Node
	// Signals say how the body agrees with the page's other witnesses.
	Signals Signals
}

// Text joins the blocks into the record's text: one blank line between
// blocks.
func (r Result) Text() string {
	var b strings.Builder
	for i, bl := range r.Blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}

// TextLen is len(r.Text()), without building the text.
func (r Result) TextLen() int {
	n := 0
	for i, bl := range r.Blocks {
		if i > 0 {
			n += len("\n\n")
		}
		n += len(bl.Text)
	}
	return n
}

// Extract finds the article body in doc. It does not modify doc.
func Extract(doc *html.Node, opts Options) Result {
	if doc == nil {
		return Result{}
	}
	lx := builtin().withExtra(opts.Phrases)
	root := doc
	if opts.Root != nil {
		root = opts.Root
	}
	// used are the walkers of the analyses below, given back to
	// walkerPool when Extract returns: nothing of them is in the Result
	// (its blocks' texts and links are strings and values of their own).
	var used [3]*walker
	defer func() {
		for _, w := range used {
			if w != nil {
				putWalker(w)
			}
		}
	}()
	a := analyse(root, lx, opts.Root != nil, false)
	used[0] = a.w
	if opts.Root == nil && a.value < minBodyValue {
		// Nothing like an article in sight: some pages ship the body in
		// a hidden element that a script reveals (streamed server
		// rendering, "read more" expanders). Look there too.
		h := analyse(root, lx, false, true)
		used[1] = h.w
		if h.value > 2*a.value {
			a = h
		}
	}
	method := "density"
	if opts.Root == nil && a.value < minBodyValue {
		// Still next to nothing: ask Readability, which weighs the tree
		// differently (class names, commas, link density per node), on
		// the same parsed tree.
		r, ok := readabilityCandidate(doc, lx, opts.PageURL)
		used[2] = r.w
		if ok && r.value > a.value {
			a, method = r, "readability"
		}
	}
	if opts.Root == nil && method == "density" {
		a.recheck()
		a.splitStories()
		a.headlineColumn(opts.Headline)
		a.headlineStory(opts.Headline)
		if used[1] == nil && hiddenRest(&a) {
			// The body shows a part and hides the rest behind a
			// "read more" button: read the hidden text too, keeping
			// the body where it was found.
			h := analyse(root, lx, false, true)
			used[1] = h.w
			h.recheck()
			h.splitStories()
			h.headlineColumn(opts.Headline)
			if h.chosen >= 0 && h.value > a.value && holdsNear(h.w.elems[h.chosen].node, a.w.elems[a.chosen].node) {
				a = h
			}
		}
	}
	if a.chosen < 0 {
		if ab, src := cleanArticleBody(lx, fromArticleBody(opts.ArticleBody)); len(ab) > 0 {
			sig := crossCheck(lx, &a, nil, ab, opts)
			sig.FromArticleBody = true
			return Result{Blocks: ab, SourceLines: src, Method: "jsonld", Signals: sig}
		}
		return Result{Signals: crossCheck(lx, &a, nil, nil, opts)}
	}
	res := Result{Method: method}
	if opts.Root != nil {
		res.Method = "rule"
	}
	w, blocks, verdicts, chosen := a.w, a.w.blocks, a.verdicts, a.chosen
	res.Node = w.elems[chosen].node
	// The body is read from the chosen element, and from the other
	// parts of the article when the page splits it (see articleParts),
	// each part judged as the chosen element is.
	var one [1]int
	parts := articleParts(w.elems, blocks, a.values, chosen)
	if parts == nil {
		one[0] = chosen
		parts = one[:]
	}
	last := parts[len(parts)-1]
	e := w.elems[parts[0]] // the span of the parts, e.end set below
	e.end = w.elems[last].end
	if end := cutShortSibling(w.elems, blocks, verdicts, last); end > 0 {
		e.end = int32(end)
	}
	if len(parts) > 1 {
		a.from, a.to = e.start, e.end
	}
	base, _ := url.Parse(opts.PageURL)
	keepIdx := make([]int, 0, e.end-e.start)
	for _, part := range parts {
		pe := w.elems[part]
		if part == last {
			pe.end = e.end
		}
		skipTo := -1         // end of a furniture section being skipped
		skipRelated := false // ... and its links are related articles
		skipOwn := false     // ... those on the page's own site only (see sectionLabel)
		for i := int(pe.start); i < int(pe.end); i++ {
			b := &blocks[i]
			if i < skipTo {
				if skipRelated && skipOwn {
					res.Related = appendOwnRelated(res.Related, b.links, base)
				} else if skipRelated {
					res.Related = appendRelated(res.Related, b.links, base)
				}
				continue
			}
			if end := storyCard(w.elems, blocks, i, part, int(pe.end), keepIdx); end > 0 {
				// Another story's card, set in an <article> of its own
				// among the article's paragraphs.
				for j := i; j < end; j++ {
					res.Related = appendRelated(res.Related, blocks[j].links, base)
				}
				skipTo, skipRelated = end, false
				continue
			}
			if verdicts[i] == dropRelated && b.kind == Paragraph {
				// "Baca juga: <a>…</a> Sementara itu, …": the label's line
				// goes, the sentence the paragraph goes on with stays.
				if tail := relatedTail(b); tail != "" {
					res.Related = appendRelated(res.Related, b.links, base)
					b.text, b.linkChars, b.links = tail, 0, nil
					verdicts[i] = keep
				}
			}
			if verdicts[i] != keep {
				switch verdicts[i] {
				case dropRelated:
					res.Related = appendRelated(res.Related, b.links, base)
				case dropSource:
					res.SourceLines = append(res.SourceLines, b.text)
				}
				box := sectionLabel(w.elems, blocks, verdicts, i)
				if heading := b.kind == Heading; heading || box >= 0 {
					// "More from X", "Berita Terkait", "About the author"
					// as a heading opens furniture: skip the rest of the
					// element the heading heads (or the label, see
					// sectionLabel: under a label, an ad network's
					// teasers set in the box are no related stories).
					p := w.elems[b.owner].parent
					if !heading {
						p = box
					}
					if p > int32(part) && w.elems[p].end > int32(i+1) {
						skipTo = int(w.elems[p].end)
						skipRelated = verdicts[i] == dropRelated
						skipOwn = !heading
						continue
					}
				}
				if verdicts[i] == dropRelated && b.kind != Heading {
					if end, headlines := linkedItemsEnd(blocks, i+1, int(pe.end)); end > i+1 {
						// "More stories from X" set as a line of its own over
						// a list: the items, each with its link, are the
						// stories it names (a list of topic tags is no
						// list of stories: it leaves the text alone).
						skipTo, skipRelated = end, headlines
						continue
					}
				}
				if w.lx.commentHeading(b.text) && w.lx.threadFollows(blocks, i+1, int(pe.end)) {
					// A comment thread set in the article's own element,
					// its heading alone or in a wrapper of its own (see
					// thread.go): the rest of the part is the thread.
					skipTo, skipRelated = int(pe.end), false
				}
				continue
			}
			if b.neg > int32(part) {
				continue // furniture inside the body (a "Baca juga" box was read above)
			}
			if b.kind == Heading && b.linkChars*2 > len(b.text) {
				if end := embeddedTeaser(w.elems, blocks, a.values, i, part); end > 0 {
					// Another story's card set among the article's
					// paragraphs: its headline is a related link.
					res.Related = appendRelated(res.Related, b.links, base)
					skipTo, skipRelated = end, false
					continue
				}
			}
			if b.linkChars*2 > len(b.text) && !linkedSentence(b) && !linkedClause(b) && !b.enumRun && (b.kind != Heading || !headsProse(w.elems, blocks, i, int(pe.start), int(pe.end))) {
				// A link list, or a teaser of another article, as a heading
				// too; a linked heading over its own paragraphs (an item of a
				// product round-up) stays.
				if b.kind == Heading {
					if end := teaserCardEnd(w.elems, blocks, i, part); end > 0 {
						skipTo, skipRelated = end, false
					}
				}
				if end := cardRunEnd(w.elems, blocks, i, part); end > 0 && len(keepIdx) > 0 {
					// A grid of other stories' cards after the article:
					// their summaries go with their headlines.
					res.Related = appendRelated(res.Related, b.links, base)
					skipTo, skipRelated = end, true
				}
				continue
			}
			if b.caption || creditLine(b.text) || captionLine(b.text) || copyrightLine(b.text) || !hasWord(b.text) {
				continue
			}
			if w.lx.boilerShape(b.text) || b.kind == TableRow && footRepeatsHead(w.elems, blocks, i) {
				continue
			}
			if b.afterImage && len(b.text) < 600 && i+1 < int(pe.end) && (verdicts[i+1] == dropCredit || creditLine(blocks[i+1].text)) {
				continue // a caption: under a picture, over its credit
			}
			if b.kind == Paragraph {
				// "… kata dia. Baca juga: <a>…</a>": a furniture line set in
				// the paragraph's own <p> goes, the prose before it stays.
				if at, v := w.lx.boilerTail(b.text); at > 0 {
					switch v {
					case dropRelated:
						res.Related = appendRelated(res.Related, linksIn(b.links, b.text[at:]), base)
					case dropSource:
						res.SourceLines = append(res.SourceLines, b.text[at:])
					}
					b.text, b.links = strings.TrimSpace(b.text[:at]), nil
					b.linkChars = min(b.linkChars, len(b.text))
				}
			}
			keepIdx = append(keepIdx, i)
		}
	}
	keepIdx = dropAboveHeadline(w.elems, blocks, dropRepeatedRuns(blocks[e.start:e.end], int(e.start), keepIdx), opts.Headline)
	pulled, pulledKeys, pulledSigs := dropPullQuotes(blocks, keepIdx)
	keepIdx = trimEdges(blocks, a.values, w.lx, dropQuoteCredits(w.elems, blocks, keepIdx, dropQuoteCards(w.elems, blocks, pulled, pulledKeys, pulledSigs)))
	keepIdx = dropBoxTail(w.elems, blocks, verdicts, w.lx.bylineLine, keepIdx)
	leadCut := false
	if n := len(keepIdx); n > 1 && leadLabel(&blocks[keepIdx[n-1]]) {
		// "Sources:", "See the posts:" closing the body: what it
		// announced was left out, and the label goes with it (the edges
		// it bared are trimmed again).
		keepIdx, leadCut = trimEdges(blocks, a.values, w.lx, keepIdx[:n-1]), true
	}
	res.Blocks = make([]Block, 0, len(keepIdx))
	n := 0
	stub := ""
	for j, i := range keepIdx {
		text := blocks[i].text
		if blocks[i].kind == Paragraph && datelineStub(text) && j+1 < len(keepIdx) && blocks[keepIdx[j+1]].kind == Paragraph {
			stub = text // "<strong>Jakarta</strong> -" outside the first <p>: it opens the next paragraph
			continue
		}
		if stub != "" {
			text, stub = stub+" "+text, ""
		}
		res.Blocks = append(res.Blocks, Block{Kind: blocks[i].kind, Text: text})
		n += len(text)
	}
	// A page that renders its text by script shows little of it; when
	// JSON-LD carries a body several times longer, that is the article.
	// So it is when the body chosen holds under four fifths of articleBody's
	// words: a teaser, or one part of the article (see partOfArticleBody).
	if opts.Root == nil && len(opts.ArticleBody) >= minArticleBody &&
		(n*3 < len(opts.ArticleBody) || partOfArticleBody(res.Blocks, n, opts.ArticleBody)) {
		if ab, src := cleanArticleBody(lx, fromArticleBody(opts.ArticleBody)); len(ab) > 0 {
			res.Blocks, res.Method, res.SourceLines = ab, "jsonld", src
		}
	}
	if opts.Root == nil && res.Method != "jsonld" {
		res.Blocks = trimToArticleBody(res.Blocks, opts.ArticleBody)
	}
	res.Signals = crossCheck(lx, &a, keepIdx, res.Blocks, opts)
	res.Signals.FromArticleBody = res.Method == "jsonld"
	res.Signals.LeadInCut = leadCut && res.Method != "jsonld"
	return res
}

// cutShortSibling returns the end (block index) of the element right
// after the chosen one when it is the paragraph a paywall cuts short, or
// 0. A paywalled article shows its first paragraph and the start of the
// next, cut off with an ellipsis where the paywall begins ("… the first
// ships could dock there by…"); a page that wraps each paragraph in an
// element of its own (<div class="block">) then shows one whole paragraph
// in one element, which is chosen, and the cut one in the next, which
// counts for nothing (blockValues takes text cut short for a teaser's
// summary). The sibling is taken when it follows the chosen element with
// no text between, is an element of the same tag and class, and holds one
// paragraph only, prose cut short with an ellipsis: a teaser's summary
// sits in a card of its own beside its headline, not in the article's
// paragraph wrapper.
func cutShortSibling(elems []elem, blocks []rawBlock, verdicts []verdict, chosen int) int {
	e := &elems[chosen]
	for j := chosen + 1; j < len(elems); j++ {
		if related(elems, chosen, j) {
			continue // inside the chosen element
		}
		f := &elems[j]
		if f.parent != e.parent || f.start != e.end || f.end != f.start+1 ||
			f.node.DataAtom != e.node.DataAtom || f.node.Data != e.node.Data || attr(f.node, "class") != attr(e.node, "class") {
			return 0
		}
		b := &blocks[f.start]
		if verdicts[f.start] != keep || b.neg >= 0 || b.kind != Paragraph || !prose(b) || !truncated(b.text) {
			return 0
		}
		return int(f.end)
	}
	return 0
}

// maxTeaserSummary is the longest summary (bytes) embeddedTeaser takes
// for a teaser's: a sentence or two.
const maxTeaserSummary = 400

// embeddedTeaser returns the end (block index) of the card of another
// story that the linked heading blocks[i] opens inside the body element
// part, or 0: an element holding the linked headline and one short
// paragraph of summary, nothing else, set between two paragraphs of the
// article that are children of the element holding the card (the
// article's own paragraphs around it, not the items of a round-up,
// each in a card of its own, whose linked headings head their text).
func embeddedTeaser(elems []elem, blocks []rawBlock, values []float64, i, part int) int {
	h := blocks[i].owner
	if h < 0 {
		return 0
	}
	c := elems[h].parent
	if c <= int32(part) {
		return 0
	}
	card := &elems[c]
	if int(card.start) != i || card.end != card.start+2 || int(card.end) >= len(blocks) || card.start == 0 {
		return 0
	}
	sum := &blocks[i+1]
	if sum.kind != Paragraph || !prose(sum) || len(sum.text) > maxTeaserSummary || sum.linkChars > 0 {
		return 0
	}
	own := func(j int) bool { // a paragraph of the article beside the card
		b := &blocks[j]
		return b.kind == Paragraph && values[j] > 0 && b.owner >= 0 && elems[b.owner].parent == card.parent
	}
	if !own(int(card.start)-1) || !own(int(card.end)) {
		return 0
	}
	return int(card.end)
}

// footRepeatsHead reports a row of a table's <tfoot> that repeats a row
// of the same table above it word for word: tables of figures repeat
// their column headings at the foot ("Pos Player Plays % Stats" over and
// under the rows), which the text gives once.
func footRepeatsHead(elems []elem, blocks []rawBlock, i int) bool {
	tr := blocks[i].owner
	if tr < 0 {
		return false
	}
	foot := elems[tr].parent
	if foot < 0 || elems[foot].node.DataAtom != atom.Tfoot || elems[foot].parent < 0 {
		return false
	}
	table := &elems[elems[foot].parent]
	for j := int(table.start); j < i; j++ {
		if blocks[j].kind == TableRow && blocks[j].text == blocks[i].text {
			return true
		}
	}
	return false
}

// teaserCardEnd returns the end (block index) of the card that the teaser
// heading blocks[i] heads inside the chosen element, or 0: a card of
// another story set among the article's paragraphs (its linked headline,
// the teaser's byline, its date, "3 min read") holds no prose of its own
// after the headline, so the short lines under the headline are the
// card's, not the article's.
func teaserCardEnd(elems []elem, blocks []rawBlock, i, chosen int) int {
	p := elems[blocks[i].owner].parent
	if p <= int32(chosen) {
		return 0
	}
	end := int(elems[p].end)
	for j := i + 1; j < end; j++ {
		if prose(&blocks[j]) || blocks[j].kind == Heading {
			return 0
		}
	}
	return end
}

// Bounds of a story card (see storyCard): its blocks and its text (bytes).
const (
	maxCardBlocks = 4
	maxCardText   = 2 * maxTeaserSummary
)

// storyCard returns the end (block index) of the card of another story
// that blocks[i] opens inside element part (its blocks up to end), or 0:
// an <article> element that starts with blocks[i], holds a heading and a
// link and little else (maxCardBlocks, maxCardText), set after a paragraph
// of the story it sits in and followed by another or by nothing. Pages set
// the other stories they point to in cards of their own, and many link
// the card as a whole with an empty link laid over it, so the headline
// carries no link of its own (see embeddedTeaser for a linked one). The
// entries of a live blog, each an <article>, follow one another: none
// of them sits between the article's own paragraphs.
func storyCard(elems []elem, blocks []rawBlock, i, part, end int, keepIdx []int) int {
	c := blocks[i].owner
	for c > int32(part) && int(elems[c].start) == i && elems[c].node.DataAtom != atom.Article {
		c = elems[c].parent
	}
	if c <= int32(part) || int(elems[c].start) != i || elems[c].node.DataAtom != atom.Article {
		return 0
	}
	card := &elems[c]
	n, text, heading := int(card.end-card.start), 0, false
	if n > maxCardBlocks || int(card.end) > end {
		return 0
	}
	for j := card.start; j < card.end; j++ {
		text += len(blocks[j].text)
		heading = heading || blocks[j].kind == Heading
	}
	if !heading || text > maxCardText || !linksOut(card.node, 0) {
		return 0
	}
	// story is the <article> the card sits in (the article's own, when
	// the page sets it in one), -1 for none below part.
	story := int32(-1)
	for o := card.parent; o > int32(part); o = elems[o].parent {
		if elems[o].node.DataAtom == atom.Article {
			story = o
			break
		}
	}
	own := func(j int) bool { // a paragraph of the story the card sits in, in no <article> of its own
		b := &blocks[j]
		if b.kind != Paragraph || !prose(b) {
			return false
		}
		for o := b.owner; o > int32(part); o = elems[o].parent {
			if elems[o].node.DataAtom == atom.Article {
				return o == story
			}
		}
		return story < 0
	}
	if len(keepIdx) == 0 || !own(keepIdx[len(keepIdx)-1]) {
		return 0
	}
	for j := int(card.end); j < end; j++ {
		if prose(&blocks[j]) {
			if !own(j) {
				return 0
			}
			break
		}
	}
	return int(card.end)
}

// linksOut reports an <a href> under n that leads to another page (not
// an anchor of this one), looking maxCardDepth levels down.
func linksOut(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			if h := strings.TrimSpace(attr(c, "href")); h != "" && h[0] != '#' && !strings.HasPrefix(strings.ToLower(h), "javascript:") {
				return true
			}
		}
		if depth < maxCardDepth && linksOut(c, depth+1) {
			return true
		}
	}
	return false
}

// maxCardDepth is how deep linksOut looks into a card.
const maxCardDepth = 8

// minCardRun is how many cards in a row make a grid of teasers (see
// cardRunEnd): two could be a pair of related links set by hand.
const minCardRun = 3

// cardRunEnd returns the end (block index) of the run of cards that the
// linked line blocks[i] opens inside element part, or 0. A card is an
// element holding two blocks, a line that is a link (another story's
// headline) and a short summary without links; a run is minCardRun or
// more such cards side by side, elements of the same tag and class. A
// grid of teasers ("Most popular", the section's other stories) set in
// the article's element has its headlines dropped as links, and its
// summaries, unlinked sentences, would stay as the article's last
// paragraphs. An item of a round-up whose linked title heads paragraphs
// of its own, or a summary that links on, makes no card.
func cardRunEnd(elems []elem, blocks []rawBlock, i, part int) int {
	card := func(c int) bool {
		e := &elems[c]
		if e.end != e.start+2 || int(e.end) > len(blocks) {
			return false
		}
		t, s := &blocks[e.start], &blocks[e.start+1]
		return t.linkChars*2 > len(t.text) && s.kind == Paragraph && s.linkChars == 0 &&
			len(s.text) <= maxTeaserSummary && hasWord(s.text)
	}
	// The card: the element that starts with blocks[i] and holds it and
	// the next block only.
	c := blocks[i].owner
	for c > int32(part) && int(elems[c].start) == i && elems[c].end < int32(i)+2 {
		c = elems[c].parent
	}
	if c <= int32(part) || int(elems[c].start) != i || !card(int(c)) {
		return 0
	}
	parent, tag, class := elems[c].parent, elems[c].node.DataAtom, attr(elems[c].node, "class")
	same := func(k int) bool {
		n := elems[k].node
		return n.DataAtom == tag && n.Data == elems[c].node.Data && attr(n, "class") == class
	}
	run, end := 1, elems[c].end
	for k := int(c) + 1; k < len(elems) && elems[k].start <= end; k++ {
		if elems[k].parent != parent || elems[k].start != end {
			continue
		}
		if !same(k) || !card(k) {
			break
		}
		run++
		end = elems[k].end
	}
	if run < minCardRun {
		return 0
	}
	return int(end)
}

// minRepeated is the length (bytes) from which a sentence repeated in the
// body is taken for a copy rather than a coincidence.
const minRepeated = 50

// dropRepeatedRuns drops from the body blocks idx the runs of sentences
// that the body element (blocks from, numbered from start) holds twice or
// more: two or more neighbouring prose paragraphs each repeated word for
// word elsewhere in the element (the other copy may sit in furniture
// dropped already). Pages render an offer
// box (what a subscription brings, a newsletter pitch) once for narrow and
// once for wide screens, inside the article's element; an article never
// repeats two paragraphs running. A lone repeated line (an interview's
// recurring question, a recipe's repeated step) stays: only a run is a copy.
// When the runs are nearly all of the body (four fifths), the element holds
// the article twice (a print copy, a second layout): then the first copy
// stays.
func dropRepeatedRuns(elem []rawBlock, start int, idx []int) []int {
	count := make(map[string]int, len(elem))
	for i := range elem {
		if t := elem[i].text; len(t) >= minRepeated && endsSentence(t) {
			count[t]++
		}
	}
	text := func(i int) string { return elem[i-start].text }
	rep := func(k int) bool { return k >= 0 && k < len(idx) && count[text(idx[k])] > 1 }
	out := make([]int, 0, len(idx))
	total, dropped := 0, 0
	for k, i := range idx {
		total += len(text(i))
		if rep(k) && (rep(k-1) || rep(k+1)) {
			dropped += len(text(i))
			continue
		}
		out = append(out, i)
	}
	if dropped == 0 {
		return idx
	}
	if dropped*5 < total*4 {
		return out
	}
	out = out[:0]
	seen := make(map[string]bool, len(count))
	for k, i := range idx {
		t := text(i)
		if rep(k) && (rep(k-1) || rep(k+1)) {
			if seen[t] {
				continue
			}
			seen[t] = true
		}
		out = append(out, i)
	}
	return out
}

// Bounds of a pull quote (see dropPullQuotes): its length in bytes and
// its words.
const (
	pullQuoteMax   = 500
	pullQuoteWords = 6
)

// dropPullQuotes drops from the body blocks idx each block that repeats,
// word for word, part of another block of the body half as long again: a pull quote,
// the sentence a page sets large beside the paragraph that holds it (its
// quotation marks and punctuation may differ, so words are compared). It
// says nothing the article does not say; the paragraph keeps it in its
// place. Only a sentence (a paragraph or a quote ending like one) is taken
// for a pull quote: subheadings (a heading may quote the paragraph under
// it), list items and table rows (a recipe repeats its measures, a
// programme its titles) stay, as do lines of under pullQuoteWords words (a
// coincidence is likely) and blocks over pullQuoteMax bytes (no pull quote
// is that long).
//
// It also returns the word keys and signatures (wordKeys) of the blocks
// it returns, when it built them, so that dropQuoteCards need not build
// them again; nil otherwise.
func dropPullQuotes(blocks []rawBlock, idx []int) ([]int, []string, []wordSig) {
	if len(idx) < 2 {
		return idx, nil, nil
	}
	var keys []string  // normalised text of idx[k]; built on the first candidate
	var sigs []wordSig // the words of keys[k], as a filter
	drop := -1         // first k dropped
	for k, i := range idx {
		b := &blocks[i]
		if b.kind != Paragraph && b.kind != Blockquote || !endsSentence(b.text) || len(b.text) > pullQuoteMax || strings.Count(strings.TrimSpace(b.text), " ") < pullQuoteWords-1 {
			continue
		}
		if keys == nil {
			keys, sigs = wordKeys(blocks, idx)
		}
		q := keys[k]
		if strings.Count(q, " ") < pullQuoteWords-1 {
			continue
		}
		for j := range idx {
			if j != k && 2*len(keys[j]) >= 3*len(q) && sigs[j].covers(&sigs[k]) && strings.Contains(keys[j], q) {
				keys[k] = "" // dropped: no longer a witness for another
				if drop < 0 {
					drop = k
				}
				break
			}
		}
	}
	if drop < 0 {
		return idx, keys, sigs
	}
	out := idx[:drop:drop]
	kept, keptSigs := keys[:drop], sigs[:drop] // those of out, compacted in place
	for k := drop; k < len(idx); k++ {
		if keys[k] != "" {
			out = append(out, idx[k])
			kept, keptSigs = append(kept, keys[k]), append(keptSigs, sigs[k])
		}
	}
	return out, kept, keptSigs
}

// quoteOf returns the <blockquote> element holding block i (its owner or
// an ancestor), or -1.
func quoteOf(elems []elem, blocks []rawBlock, i int) int32 {
	for j := blocks[i].owner; j >= 0; j = elems[j].parent {
		if elems[j].node.DataAtom == atom.Blockquote {
			return j
		}
	}
	return -1
}

// dropQuoteCards drops from the body blocks idx the quotations a page sets
// in a <blockquote> beside the text that quotes them (a quote card, a
// pull quote set large with its speaker's name): every clause of the
// block, between its punctuation, is found word for word in one block of
// the body outside any blockquote. Such a card shortens, splices or
// re-punctuates what the text says, so dropPullQuotes, which looks for
// the block whole, misses it. The bounds of a pull quote hold
// (pullQuoteWords, pullQuoteMax), and a clause of one word is no
// evidence; a quotation the text does not give (a letter, a statement
// quoted at length) stays. A quotation set apart in an element of no
// known name (a paragraph opening with a quotation mark) goes only when
// it splices one longer paragraph of the body (see splicedFrom): then
// its words are all in the body still, so even a mistaken drop loses
// nothing the record does not hold.
//
// keys and sigs are the word keys of idx and their signatures (wordKeys)
// when the caller has them, or nil: they are built on the first
// candidate.
func dropQuoteCards(elems []elem, blocks []rawBlock, idx []int, keys []string, sigs []wordSig) []int {
	var in []bool // idx[k] lies in a blockquote
	var out []int // made on the first block dropped
	for k, i := range idx {
		if quoteCard(elems, blocks, idx, k, &keys, &sigs, &in) {
			if out == nil {
				out = append(make([]int, 0, len(idx)), idx[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, i)
		}
	}
	if out == nil {
		return idx
	}
	return out
}

// quoteCard reports whether body block idx[k] is a quote card (see
// dropQuoteCards). keys, sigs and in are the body's word keys, their
// signatures and which of its blocks lie in a blockquote, built on the
// first candidate (keys and sigs may come built).
func quoteCard(elems []elem, blocks []rawBlock, idx []int, k int, keys *[]string, sigs *[]wordSig, in *[]bool) bool {
	i := idx[k]
	b := &blocks[i]
	if b.kind != Paragraph && b.kind != Blockquote || len(b.text) > pullQuoteMax || strings.Count(strings.TrimSpace(b.text), " ") < pullQuoteWords-1 {
		return false
	}
	card := quoteOf(elems, blocks, i) >= 0
	if !card && !opensQuote(b.text) {
		return false
	}
	if *in == nil {
		if *keys == nil {
			*keys, *sigs = wordKeys(blocks, idx)
		}
		*in = make([]bool, len(idx))
		for j, x := range idx {
			(*in)[j] = quoteOf(elems, blocks, x) >= 0
		}
	}
	clauses := clauseKeys(b.text)
	if len(clauses) == 0 {
		return false
	}
	if !card {
		return splicedFrom(*keys, *sigs, *in, k, clauses)
	}
	for _, c := range clauses {
		hit := false
		cs := keySig(c)
		for j := range idx {
			if !(*in)[j] && (*sigs)[j].covers(&cs) && strings.Contains((*keys)[j], c) {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// splicedFrom reports a quotation set as a paragraph of its own (a pull
// quote a page sets large in a box of no known name) that splices one
// longer paragraph of the body: every clause of body block k (its keys
// clauses) is found word for word in the same block j, outside any
// blockquote and longer than it. A quotation the text gives once stays;
// so does a paragraph that says again what several others say. sigs are
// the keys' signatures: a block whose signature does not cover all the
// clauses' words holds not all of them.
func splicedFrom(keys []string, sigs []wordSig, in []bool, k int, clauses []string) bool {
	var all wordSig
	for _, c := range clauses {
		cs := keySig(c)
		all.or(&cs)
	}
	for j := range keys {
		if j == k || in[j] || len(keys[j]) <= len(keys[k]) || !sigs[j].covers(&all) {
			continue
		}
		all := true
		for _, c := range clauses {
			if !strings.Contains(keys[j], c) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// opensQuote reports text that opens with a quotation mark.
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '“', '„', '«', '»', '‘', '‚', '「', '『', '‹':
		return true
	}
	return false
}

// clauseKeys returns the clauses of s (its parts between punctuation) of
// two words or more, each as wordKeys writes a block: lower-cased words
// joined by single spaces, a space at each end.
func clauseKeys(s string) []string {
	// The keys are written one after another into one buffer, each
	// opening with its space; a clause of fewer than two words is cut
	// off again. The spans are viewed as strings once the buffer is
	// written (see wordKeys).
	b := make([]byte, 1, len(s)+2)
	b[0] = ' '
	var spanArr [16][2]int
	spans := spanArr[:0]
	start, words, in := 0, 0, false
	wordEnd := func() {
		if in {
			b = append(b, ' ')
			words++
			in = false
		}
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			if k := asciiKey[r]; k != 0 {
				b = append(b, k)
				in = true
				continue
			}
		} else if isLetterDigit(r) {
			b = utf8.AppendRune(b, lowerRune(r))
			in = true
			continue
		}
		switch {
		case r == '\'' || r == '’' || r == '-' || r == '‐':
			wordEnd() // inside a word ("don't", "Jean-Luc"): a word break, as wordKeys reads it
		case unicode.IsPunct(r):
			wordEnd()
			if words >= 2 {
				spans = append(spans, [2]int{start, len(b)})
				start = len(b)
				b = append(b, ' ')
			} else {
				b = b[:start+1]
			}
			words = 0
		default:
			wordEnd()
		}
	}
	wordEnd()
	if words >= 2 {
		spans = append(spans, [2]int{start, len(b)})
	}
	if len(spans) == 0 {
		return nil
	}
	// b is not written after this line and does not escape otherwise.
	all := unsafe.String(unsafe.SliceData(b), len(b))
	out := make([]string, len(spans))
	for k, sp := range spans {
		out[k] = all[sp[0]:sp[1]]
	}
	return out
}

// Bounds of what dropAboveHeadline takes away: blocks, and their share of
// the body's bytes.
const (
	aboveHeadlineBlocks = 3
	aboveHeadlineShare  = 0.25
)

// dropAboveHeadline drops from the body blocks idx the page's headline (an
// <h1> element, the one matching the title) and the few short blocks the
// body took above it: the article starts under its headline, and what sits
// above it in the same element is a picture's caption, a kicker, a
// breadcrumb or a page header. It does nothing when the headline is not
// in the body, or when more than aboveHeadlineBlocks blocks or
// aboveHeadlineShare of the body's bytes would go (then what is above is
// more than furniture).
func dropAboveHeadline(elems []elem, blocks []rawBlock, idx []int, headline *html.Node) []int {
	if headline == nil || headline.DataAtom != atom.H1 {
		return idx
	}
	h := -1 // position in idx of the headline's block
	for k, i := range idx {
		if o := blocks[i].owner; o >= 0 && elems[o].node == headline {
			h = k
			break
		}
	}
	if h < 0 || h > aboveHeadlineBlocks {
		return idx
	}
	above, total := 0, 0
	for k, i := range idx {
		if k < h {
			above += len(blocks[i].text)
		}
		total += len(blocks[i].text)
	}
	if float64(above) > aboveHeadlineShare*float64(total) {
		return idx
	}
	return idx[h+1:]
}

// maxQuoteCredit is the longest line (bytes) taken for the credit of a
// pull quote (see dropQuoteCredits): a name and a title.
const maxQuoteCredit = 100

// dropQuoteCredits drops from kept (the body blocks left of idx once
// pull quotes went) the credit lines of the pull quotes that went: a
// short line that is no sentence ("Interim coach Jan Roe"), after the
// pull quote inside the same <blockquote>. The quote told whose words
// it set large; without it the name is a stray line.
func dropQuoteCredits(elems []elem, blocks []rawBlock, idx, kept []int) []int {
	if len(kept) == len(idx) {
		return kept
	}
	in := make(map[int]bool, len(kept))
	for _, i := range kept {
		in[i] = true
	}
	var gone []int
	for _, i := range idx {
		if in[i] {
			continue
		}
		q := quoteOf(elems, blocks, i) // the blockquote holding the pull quote i
		if q < 0 {
			continue
		}
		end := elems[q].end
		if p := elems[q].parent; p >= 0 && creditsOnly(blocks, elems[p].start, elems[q].start, elems[q].end, elems[p].end) {
			end = elems[p].end // a card: the quote and, beside it, the credit
		}
		for _, k := range kept {
			b := &blocks[k]
			if k > i && int32(k) < end && len(b.text) <= maxQuoteCredit && !endsSentence(b.text) && b.kind != Heading {
				gone = append(gone, k)
			}
		}
	}
	if len(gone) == 0 {
		return kept
	}
	out := make([]int, 0, len(kept))
	for _, k := range kept {
		if !slices.Contains(gone, k) {
			out = append(out, k)
		}
	}
	return out
}

// creditsOnly reports whether the blocks of [from, end) outside the
// blockquote's [qs, qe) are a few credit lines: short lines that are no
// sentence, three at most, after the quote.
func creditsOnly(blocks []rawBlock, from, qs, qe, end int32) bool {
	if from < qs || end-qe > 3 {
		return false
	}
	for k := qe; k < end; k++ {
		if b := &blocks[k]; len(b.text) > maxQuoteCredit || endsSentence(b.text) {
			return false
		}
	}
	return true
}

// asciiKey maps an ASCII letter or digit to itself in lower case, any
// other byte to 0: wordKeys' reading of ASCII in one lookup.
var asciiKey = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// wordKeys returns the text of each block of idx lower-cased as its words
// (runs of letters and digits) joined by single spaces, with a space at
// each end, so that a key holds another only at word boundaries. The keys
// share one string: one allocation for the body, not one per block.
// With each key it returns the signature of its words (see wordSig).
func wordKeys(blocks []rawBlock, idx []int) ([]string, []wordSig) {
	n := 0
	for _, i := range idx {
		n += len(blocks[i].text) + 2
	}
	// One buffer for all the keys, appended to (a lower-cased rune may be
	// longer than its capital), then viewed as one string: no copy.
	b := make([]byte, 0, n)
	ends := make([]int, len(idx))
	sigs := make([]wordSig, len(idx))
	for k, i := range idx {
		b = append(b, ' ')
		in := false
		var h uint64 // hash of the word so far, over its lower-cased runes
		sig := &sigs[k]
		text := blocks[i].text
		for p := 0; p < len(text); {
			// ASCII needs no tables: its letters and digits are
			// [A-Za-z0-9], and a capital's lower case is 0x20 above it.
			var r rune
			word := false
			if c := text[p]; c < utf8.RuneSelf {
				p++
				if k := asciiKey[c]; k != 0 {
					b = append(b, k)
					h = (h ^ uint64(k)) * 0x100000001b3
					in = true
					continue
				}
			} else {
				var size int
				r, size = utf8.DecodeRuneInString(text[p:])
				p += size
				if isLetterDigit(r) {
					r, word = lowerRune(r), true
				}
			}
			if word {
				b = utf8.AppendRune(b, r)
				h = (h ^ uint64(r)) * 0x100000001b3
				in = true
			} else if in {
				b = append(b, ' ')
				sig.add(h)
				h, in = 0, false
			}
		}
		if in {
			b = append(b, ' ')
			sig.add(h)
		}
		ends[k] = len(b)
	}
	// b is never written after this line and does not escape otherwise,
	// so the keys may share its bytes, as strings.Builder.String does (a
	// Builder checks for copying at every byte it is given).
	all := unsafe.String(unsafe.SliceData(b), len(b))
	keys := make([]string, len(idx))
	start := 0
	for k, e := range ends {
		keys[k], start = all[start:e], e
	}
	return keys, sigs
}

// wordSig is a 256-bit filter of a key's words: each word sets one bit
// chosen by its hash. A key that holds another as a substring at word
// boundaries holds all of its words, so its signature covers the other's;
// a signature that does not cover another's rules the substring out
// without a search (the converse need not hold: covers is only a filter).
type wordSig [4]uint64

func (s *wordSig) add(h uint64) {
	h *= 0x9e3779b97f4a7c15 // spread the FNV hash's low bits to the top
	b := h >> 56
	s[b>>6] |= 1 << (b & 63)
}

// or sets in s every bit of o.
func (s *wordSig) or(o *wordSig) {
	s[0], s[1], s[2], s[3] = s[0]|o[0], s[1]|o[1], s[2]|o[2], s[3]|o[3]
}

// keySig returns the signature of a key as wordKeys or clauseKeys writes
// it (lower-cased words between single spaces): each word hashed over
// its runes as wordKeys hashes it while writing, so that a key holding
// this one has a signature covering this one's.
func keySig(key string) wordSig {
	var s wordSig
	var h uint64
	in := false
	for _, r := range key {
		if r == ' ' {
			if in {
				s.add(h)
				h, in = 0, false
			}
			continue
		}
		h = (h ^ uint64(r)) * 0x100000001b3
		in = true
	}
	if in {
		s.add(h)
	}
	return s
}

// covers reports whether every bit of o is set in s.
func (s *wordSig) covers(o *wordSig) bool {
	return o[0]&^s[0]|o[1]&^s[1]|o[2]&^s[2]|o[3]&^s[3] == 0
}

// headsProse reports whether the linked heading at i (in blocks[start:end])
// heads prose of its own: a prose block follows it in the same element,
// and it does not follow another linked heading (a run of them is a list
// of teasers, whatever comes after the last).
func headsProse(elems []elem, blocks []rawBlock, i, start, end int) bool {
	if i+1 >= end || blocks[i+1].kind == Heading || !prose(&blocks[i+1]) {
		return false
	}
	if h, n := blocks[i].owner, blocks[i+1].owner; h < 0 || n < 0 || elems[h].parent != elems[n].parent {
		return false
	}
	if i-1 >= start {
		if p := &blocks[i-1]; p.kind == Heading && p.linkChars*2 > len(p.text) {
			return false
		}
	}
	return true
}

// minArticleBody is the length of JSON-LD articleBody (bytes) from which it
// may replace a body found on the page that is much shorter.
const minArticleBody = 500

// trimEdges drops headings and short non-sentence lines at the start and
// end of the body (the title, a date line, "Share", a "More stories"
// heading): the chosen container often reaches just past the prose on
// each side. A line with no link that opens with a byline label ("By Jane
// Roe | jane@example.org" over the story, "By Jane Roe" under it) stays
// for normalize, which reads its people and takes it out: extract reads
// bylines apart from the body only near the headline, so a credit
// trimmed here was lost. A line of up to maxSignupLine bytes that links
// to a sign-up page (lx.signupLink) goes too, prose or not: the outlet's
// promotion of its newsletter.
func trimEdges(blocks []rawBlock, values []float64, lx *lexicon, idx []int) []int {
	edge := func(i int) bool {
		b := &blocks[i]
		if len(b.text) <= maxSignupLine && b.kind != Heading {
			for _, l := range b.links {
				if lx.signupLink(l.href) {
					return true // "Our newsletter … <a>Sign up here</a>", however prose-like
				}
			}
		}
		if values[i] > 0 || b.enumRun {
			return false
		}
		if b.kind == Paragraph && b.linkChars == 0 && lx.bylineLine(b.text) {
			return false
		}
		switch b.kind {
		case Heading:
			return true
		case Paragraph:
			if b.linkChars*2 > len(b.text) && !linkedSentence(b) {
				// A linked clause (see linkedClause) belongs among the
				// story's sentences; as its first or last line it is a
				// pointer elsewhere ("For the full list, see <a>our guide
				// to the region's ferry timetables</a>.").
				return true
			}
			return !prose(b) && len(b.text) < 60 && !endsSentence(b.text) && !datelineStub(b.text)
		}
		return false // list items and table rows are content when they end a body, as are runs of linked enumerations
	}
	for len(idx) > 0 && edge(idx[len(idx)-1]) {
		idx = idx[:len(idx)-1]
	}
	for len(idx) > 0 && edge(idx[0]) {
		idx = idx[1:]
	}
	return idx
}

// linkedItemsEnd returns the end of the run of list items from block
// from (before end) that each hold a link, the list a related label heads
// (from when the next block is no such item), and whether every item is
// as long as a headline (minHeadlineWords), not a topic tag.
func linkedItemsEnd(blocks []rawBlock, from, end int) (int, bool) {
	j, headlines := from, true
	for j < end && blocks[j].kind == ListItem && blocks[j].linkChars > 0 && len(blocks[j].text) <= maxLinkedItem {
		if len(strings.Fields(blocks[j].text)) < minHeadlineWords {
			headlines = false
		}
		j++
	}
	return j, headlines
}

// minHeadlineWords is the fewest words of an item linkedItemsEnd takes
// for another story's headline.
const minHeadlineWords = 4

// maxLinkedItem bounds a list item a related label heads (linkedItemsEnd),
// in bytes: a headline, maybe with a line of its summary.
const maxLinkedItem = 300

// leadLabel reports a short label that announces what follows it
// ("Sources:", "See the posts:", "More stories on Example.com:"): as the
// last line of a body, what it announced was left out (a list of links,
// embedded posts, a box of other stories), and the label alone is
// furniture (Extract drops it and says so in Signals.LeadInCut). A sentence that ends on a colon is longer than a label
// (maxLeadLabelWords) and stays, as does a label with a link.
func leadLabel(b *rawBlock) bool {
	if b.linkChars > 0 || len(b.text) >= 60 || b.kind != Paragraph && b.kind != Heading {
		return false
	}
	t := strings.TrimRight(b.text, " ")
	if !strings.HasSuffix(t, ":") || strings.HasSuffix(t, "::") {
		return false
	}
	n := len(strings.Fields(strings.TrimSuffix(t, ":")))
	return n >= 1 && n <= maxLeadLabelWords && hasWord(t)
}

// maxLeadLabelWords bounds the words of a lead-in label (leadLabel).
const maxLeadLabelWords = 4

// maxSignupLine is the longest line (bytes) trimEdges takes for a
// promotion of a sign-up page by its link: a paragraph of the story that
// names the outlet's newsletter in passing is longer.
const maxSignupLine = 400

// maxBoxLine bounds a line of a box (dropBoxTail), in bytes.
const maxBoxLine = 200

// dropBoxTail drops the last lines of a box the lexicon has begun to
// drop: a page sets a campaign slogan, a service tagline or a newsletter
// pitch under the story (or under one page of it, before its page
// marker) as a run of short lines, each whole in italics, and the lexicon
// knows its first lines ("Ingat #PesanIbu", "Pakai masker, …") but not a
// last one in words of the page's own. The lines dropped are a run of
// kept blocks next to each other in the page, each short, whole in
// italics and no credit line (bylineLine: normalize reads those), that
// right follows two blocks the lexicon dropped (drop), short and whole in
// italics too (the lexicon knows most of the box), and that ends the text
// or is followed by a block left out (a page marker, the next box). A
// story whose last paragraphs are in italics (an epilogue) keeps them:
// nothing the lexicon dropped opens them; so does a credit line after a
// single dropped note ("Editor's note: …" then "Jana Roe contributed
// reporting.", which normalize reads as a contributor); italic lines
// followed by the story's own paragraphs stay too. A run also ends where the next kept block lies in
// another element than the run's last line (a page of the story that a
// site rule reads as an element of its own, its page marker left out).
func dropBoxTail(elems []elem, blocks []rawBlock, verdicts []verdict, bylineLine func(string) bool, idx []int) []int {
	boxLine := func(i int) bool {
		b := &blocks[i]
		return b.italic && len(b.text) <= maxBoxLine
	}
	// known says the lexicon dropped block i, a line of the box.
	known := func(i int) bool { return verdicts[i] == drop && boxLine(i) }
	parent := func(i int) int32 {
		if o := blocks[i].owner; o >= 0 {
			return elems[o].parent
		}
		return -1
	}
	var out []int
	for j := 0; j < len(idx); {
		// The run of kept box lines starting at idx[j], next to each
		// other in the page.
		k := j
		for k < len(idx) && boxLine(idx[k]) && !bylineLine(blocks[idx[k]].text) && (k == j || idx[k] == idx[k-1]+1) {
			k++
		}
		if k == j {
			if out != nil {
				out = append(out, idx[j])
			}
			j++
			continue
		}
		first := idx[j]
		ends := k == len(idx) || idx[k] > idx[k-1]+1 || parent(idx[k]) != parent(idx[k-1])
		if ends && first > 1 && known(first-1) && known(first-2) {
			if out == nil {
				out = append(make([]int, 0, len(idx)), idx[:j]...)
			}
			j = k
			continue
		}
		if out != nil {
			out = append(out, idx[j:k]...)
		}
		j = k
	}
	if out == nil {
		return idx
	}
	return out
}

// appendRelated adds the links of a related-articles block, resolved
// against the page URL, skipping anchors, scripts and links already there.
func appendRelated(out []kabar.Link, links []anchor, base *url.URL) []kabar.Link {
	for _, a := range links {
		href := strings.TrimSpace(a.href)
		if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
			continue
		}
		if base != nil {
			if u, err := base.Parse(href); err == nil {
				href = u.String()
			}
		}
		if slices.ContainsFunc(out, func(l kabar.Link) bool { return l.URL == href }) {
			continue
		}
		out = append(out, kabar.Link{URL: href, Title: a.text})
	}
	return out
}

// cleanArticleBody drops from JSON-LD articleBody paragraphs what the
// lexicon and the shape rules drop from a page's blocks ("Baca juga: ...",
// "Artikel ini telah tayang di ...", a contact line); source lines are
// returned apart. Links and markup are gone there, so only the words judge.
func cleanArticleBody(lx *lexicon, blocks []Block) (kept []Block, sources []string) {
	for _, b := range blocks {
		switch lx.judge(b.Text, 0) {
		case keep:
		case dropSource:
			sources = append(sources, b.Text)
			continue
		default:
			continue
		}
		if lx.boilerShape(b.Text) || creditLine(b.Text) || copyrightLine(b.Text) {
			continue
		}
		kept = append(kept, b)
	}
	return kept, sources
}

// fromArticleBody splits JSON-LD articleBody into paragraphs.
func fromArticleBody(s string) []Block {
	var out []Block
	for _, line := range strings.Split(s, "\n") {
		if t := foldSpace(line); t != "" {
			out = append(out, Block{Kind: Paragraph, Text: t})
		}
	}
	return out
}

// foldSpace collapses runs of white space into one space and trims:
// strings.Join(strings.Fields(s), " "). A line already folded, as most of
// articleBody's are, is s itself, with no slice of fields and no copy
// (TestFoldSpace).
func foldSpace(s string) string {
	if folded(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// folded says s is its own foldSpace: no white space (unicode.IsSpace)
// but single ASCII spaces between words.
func folded(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if i == 0 || i == len(s)-1 || s[i+1] == ' ' || s[i+1] >= utf8.RuneSelf && startsSpace(s[i+1:]) {
					return false
				}
			case '\t', '\n', '\v', '\f', '\r':
				return false
			}
			i++
			continue
		}
		if startsSpace(s[i:]) {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return true
}

// startsSpace says s opens with a white space rune.
func startsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// minBodyValue is the body value (about the bytes of prose) below which
// Extract also looks into hidden elements.
const minBodyValue = 200

// analysis is one pass of choosing over a tree.
type analysis struct {
	w        *walker
	verdicts []verdict
	values   []float64 // block values (see blockValues)
	chosen   int       // index in w.elems of the body, -1 if none
	value    float64   // its value
	// from and to bound the body's blocks when it is read from several
	// parts of the article (see articleParts); both 0 otherwise, when
	// the chosen element bounds them.
	from, to int32
	// underHeadline says headlineStory took the story under the headline
	// for the element below it that the page's one <article> may be: that
	// element is then another story's, no witness of the body.
	underHeadline bool
}

// span returns the bounds of the blocks the body is read from.
func (a *analysis) span() (from, to int32) {
	if a.to > a.from {
		return a.from, a.to
	}
	c := &a.w.elems[a.chosen]
	return c.start, c.end
}

// analyse walks root and chooses the body element. With rule set, root
// itself is the body.
//
// Its walker is from walkerPool; Extract gives it back.
func analyse(root *html.Node, lx *lexicon, rule, showHidden bool) analysis {
	w := getWalker(lx)
	w.showHidden = showHidden
	w.root = root
	w.walk(root)
	w.flush()
	w.markPolls()
	blocks := w.blocks
	verdicts := make([]verdict, len(blocks))
	for i := range blocks {
		verdicts[i] = lx.judge(blocks[i].text, blocks[i].linkChars)
	}
	if w.seen == nil {
		w.seen = make(map[string]int, len(blocks))
	}
	values := blockValues(w.elems, blocks, verdicts, w.seen)
	w.markFurniture(values)
	discountIsolated(blocks, values)
	a := analysis{w: w, verdicts: verdicts, values: values, chosen: -1}
	if rule {
		if len(w.elems) > 0 {
			a.chosen, a.value = 0, 1
		}
		return a
	}
	c, v := choose(w.elems, blocks, values, true)
	c2, v2 := choose(w.elems, blocks, values, false)
	// Furniture hints are trusted unless they hid most of the prose
	// (a wrapper called "has-comments" around the whole article).
	if c < 0 || v < 0.25*v2 {
		c, v = c2, v2
		// The hints were wrong once; inside the body trust only the
		// strong ones.
		for i := range w.elems {
			if !w.elems[i].strong {
				w.elems[i].neg = false
			}
		}
		w.settleFurniture()
	}
	if d := declaredBody(w.elems, values, c, v); d >= 0 {
		c = d
	}
	a.chosen, a.value = c, v
	return a
}

// declaredBody returns the element the page marks as the article body
// (itemprop="articleBody") when the chosen element c, of value v, lies
// apart from it inside something its class names as furniture, and it
// holds prose enough to be the article: a sidebar widget (a glossary, a
// tab of teasers) may outweigh a short article, but it is never declared
// the body. The page must declare one such body only (teaser cards may
// each carry the mark). It returns -1 otherwise.
func declaredBody(elems []elem, values []float64, c int, v float64) int {
	if c < 0 || !inHinted(elems, c) {
		return -1
	}
	found := -1
	for i := range elems {
		d := &elems[i]
		if !d.declared || related(elems, c, i) {
			continue
		}
		dv := 0.0
		for _, x := range values[d.start:d.end] {
			dv += max(x, 0)
		}
		if dv >= minBodyValue && dv >= 0.2*v {
			if found >= 0 && !related(elems, found, i) {
				return -1
			}
			if found < 0 {
				found = i
			}
		}
	}
	return found
}

// inHinted reports whether element c or one of its ancestors was named
// furniture by its class, id or tag.
func inHinted(elems []elem, c int) bool {
	for j := int32(c); j >= 0; j = elems[j].parent {
		if elems[j].hinted {
			return true
		}
	}
	return false
}

// related reports whether elements a and b are the same or one holds
// the other.
func related(elems []elem, a, b int) bool {
	for j := int32(a); j >= 0; j = elems[j].parent {
		if int(j) == b {
			return true
		}
	}
	for j := int32(b); j >= 0; j = elems[j].parent {
		if int(j) == a {
			return true
		}
	}
	return false
}

// hasWord reports whether s has a letter or digit: separators ("___"),
// zero-width spaces and bullets are not text.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// datelineStub tells a dateline printed apart from the paragraph it opens
// ("Jakarta -", "JAKARTA, KOMPAS.com -"): a few words ending in a dash, or
// an outlet's address and a place parted by a comma ("Kabarku.com,
// Kupang", "KUPANG, KABARKU.COM").
func datelineStub(s string) bool {
	t := strings.TrimSpace(s)
	if a, b, ok := strings.Cut(t, ","); ok && !strings.Contains(b, ",") && len(t) <= 60 && len(strings.Fields(t)) <= 5 &&
		(IsDomainName(strings.TrimSpace(a)) || IsDomainName(strings.TrimSpace(b))) {
		return true
	}
	var rest string
	for _, d := range []string{"--", "-", "–", "—"} {
		if strings.HasSuffix(t, d) {
			rest = strings.TrimSpace(strings.TrimSuffix(t, d))
			break
		}
	}
	if rest == "" || len(rest) > 60 {
		return false
	}
	return len(strings.Fields(rest)) <= 5
}

// IsDomainName says w is one word written as a web address
// ("Kabarku.com", "WARTA.CO.ID", "www.example.co.uk"): dot-separated
// labels of letters, digits and inner hyphens, the last of two to six
// letters. The body reads it in a stub line ("Kabarku.com, Kupang"), the
// head in a title part set off by a separator; one test serves both.
func IsDomainName(w string) bool {
	if w == "" || strings.ContainsAny(w, " \t/:@") {
		return false
	}
	labels := strings.Split(w, ".")
	if len(labels) < 2 {
		return false
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for _, r := range tld {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	for _, l := range labels[:len(labels)-1] {
		if l == "" || strings.Trim(l, "-") != l {
			return false
		}
		for _, r := range l {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
				return false
			}
		}
	}
	return true
}

// relatedTail returns the prose a related line goes on with after its last
// link, when a page wrote the insert and the next sentence in one
// paragraph ("Baca juga: <a>Harga cabai naik</a> Sementara itu, petugas
// …"): a sentence of six words or more that opens with a capital and
// ends as sentences do. Otherwise "".
func relatedTail(b *rawBlock) string {
	if len(b.links) == 0 {
		return ""
	}
	last := b.links[len(b.links)-1].text
	j := strings.LastIndex(b.text, last)
	if last == "" || j < 0 {
		return ""
	}
	tail := strings.TrimLeft(b.text[j+len(last):], " )]|»-–—")
	if len(tail) < 50 || strings.Count(tail, " ") < 6 || !endsSentence(tail) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsUpper(r) {
		return ""
	}
	return tail
}

// sectionLabel returns the box a block heads as a heading would, though
// set in a <p>, <div> or <span>, or -1: a related-list label of the
// lexicon ("> more stories", "> partner content") with no link of its
// own, the first block of the element around it (the element it is the
// text of when that holds more, as a <span> label in its <section>), over
// text the lexicon would keep. Such a box of other stories or partners'
// texts may hold whole paragraphs, which no link share gives away
// ("Partner content" over a sponsored story's prose); a box of links
// alone goes block by block as before. A "Read more: <a>…</a>" line
// carries its link and is read as a line, and a plain drop (an ad label)
// heads nothing: an ad slot's label may open a wrapper of the article's
// own paragraphs.
func sectionLabel(elems []elem, blocks []rawBlock, verdicts []verdict, i int) int32 {
	b := &blocks[i]
	if verdicts[i] != dropRelated || b.linkChars > 0 || len(b.links) > 0 || b.owner < 0 {
		return -1
	}
	p := b.owner
	if e := &elems[p]; int(e.start) != i || e.end <= int32(i+1) {
		p = e.parent
	}
	if p < 0 || int(elems[p].start) != i {
		return -1
	}
	for j := i + 1; j < int(elems[p].end); j++ {
		if verdicts[j] == keep && blocks[j].kind == Paragraph && blocks[j].linkChars == 0 {
			return p
		}
	}
	return -1
}

// appendOwnRelated is appendRelated for the links on base's own site (see
// siteOf): a related box under a label may hold an ad network's teasers,
// which link to its redirector.
func appendOwnRelated(out []kabar.Link, links []anchor, base *url.URL) []kabar.Link {
	if base == nil {
		return out
	}
	own := siteOf(base.Hostname())
	for _, a := range links {
		u, err := base.Parse(strings.TrimSpace(a.href))
		if err != nil || siteOf(u.Hostname()) != own {
			continue
		}
		out = appendRelated(out, []anchor{a}, base)
	}
	return out
}

// siteOf returns the last two labels of host, three when the last is a
// two-letter country code and the one before it three letters or fewer
// ("valleytimes.co.uk").
func siteOf(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	parts := strings.Split(host, ".")
	n := 2
	if len(parts) >= 3 && len(parts[len(parts)-1]) == 2 && len(parts[len(parts)-2]) <= 3 {
		n = 3
	}
	if len(parts) <= n {
		return host
	}
	return strings.Join(parts[len(parts)-n:], ".")
}
