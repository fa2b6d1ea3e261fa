package body

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rawBlock is one block of text as the walk finds it, before any choice.
type rawBlock struct {
	text      string // whitespace collapsed
	kind      BlockKind
	linkChars int   // bytes of text inside <a href>
	owner     int32 // index in walker.elems of the innermost block element
	neg       int32 // index of the innermost furniture ancestor, -1 if none (set by markFurniture)
	links     []anchor
	// nLinks counts the block's links, inText those of them that follow
	// words or a list comma of the block's own (see gapHasText): links
	// set in running text rather than stacked as a menu.
	nLinks, inText int32
	// enumRun marks a linkedEnumeration in a run of them (see
	// markEnumerations).
	enumRun bool
	caption bool // an italic line right under an image
	// afterImage says an image came after the block before and before
	// this block's text: a caption sits there.
	afterImage bool
	// italic says the whole block is set in emphasis (<em>, <i>,
	// <small>): its letters, all but the spaces, lie inside one.
	italic bool
}

type anchor struct {
	href, text string
}

// anchorChunk is how many links one allocation of walker.anchors holds
// (a block keeps 8 at most).
const anchorChunk = 64

// linkSpan is a link of the block being read: its href and its text,
// trimmed, as buf[start:end].
type linkSpan struct {
	href       string
	start, end int
}

// elem is a block-level element seen by the walk, with the range of blocks
// it holds. Elements are numbered in document (pre)order, so an element's
// descendants have higher indexes than it.
type elem struct {
	node       *html.Node
	start, end int32 // blocks[start:end] lie inside node
	pos        bool  // class/id says article
	neg        bool  // class/id (or tag) says furniture
	strong     bool  // ... and says so with a strong word
	parent     int32 // enclosing block element, -1 for the root
	// declared says the page marks the element as the article's body
	// (schema.org microdata itemprop="articleBody").
	declared bool
	// hinted says class, id or tag called the element furniture, even if
	// markFurniture later overruled that for the prose it holds.
	hinted bool
	// radios counts the radio buttons inside (up to 255; see markPolls).
	radios uint8
}

// hiddenElem is a hidden element the walk passed over and the innermost
// block element open around it (an index in elems, -1 for none).
type hiddenElem struct {
	node *html.Node
	in   int32
}

// walker turns a tree into blocks in one pass without changing the tree.
type walker struct {
	lx *lexicon
	// root is the node the walk starts from; it is always a block element,
	// so that it is elems[0] when it is an element.
	root *html.Node
	// showHidden walks into hidden elements too (see Extract).
	showHidden bool
	blocks     []rawBlock
	elems      []elem

	// buf is the current block's text, reused from block to block: a
	// block's text is copied out once, when it ends.
	buf []byte
	// lastText is the text node last written into buf: a block that is
	// its words as they stand is taken from it at flush, not copied.
	lastText  string
	linkChars int
	// links are the current block's links (at most 8), their text as
	// spans of buf: a block's text is copied out once, at flush, and
	// each link's text is then a substring of it, not a copy of its own.
	links []linkSpan
	// anchors is the memory blocks' links are taken from, in chunks of
	// anchorChunk: a block's links are a capped slice of a chunk, and a
	// full chunk is left to the blocks that hold it (never copied).
	anchors []anchor
	inLink  int // depth of <a href> nesting
	inEm    int // depth of <em>, <i>, <small> nesting
	// initial says the block so far is a drop cap (see dropCap): the
	// next text joins it.
	initial  bool
	emChars  int  // bytes of the current block written inside emphasis
	sawImage bool // an image came after the last block and before this one's text
	// alt is the alt text of that image, when it has one.
	alt       string
	linkStart int // buf length where the current link began
	linkHref  string
	// linkEnd is the buf length where the block's last link ended (0
	// before any); nLinks and inText count as rawBlock's do.
	linkEnd        int
	nLinks, inText int32
	// pending marks an inline related label just ended ("<b>Read
	// more:</b>") whose link, if it comes next, makes the insert whole;
	// pendingEnd is where the label ended.
	pending    insertMark
	pendingEnd int
	// cut is an insert that opened the current block (see cutInsert).
	cut cutSpan

	stack []int32 // open block elements (indexes in elems)
	// hid are the hidden elements the walk passed over (without
	// showHidden), each with the innermost block element open around it.
	hid   []hiddenElem
	kinds []BlockKind
	// classes holds what lx.classify said of each class or id value.
	classes map[string]uint8
	// seen is blockValues' count of each block text, kept with the
	// walker for its memory (empty at the start of every walk).
	seen map[string]int
}

// skipTag reports elements that are never body text: their subtrees are
// ignored entirely. Figures are skipped because captions and credits belong
// to images, which extract reads apart.
func skipTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio,
		atom.Picture, atom.Img, atom.Button, atom.Input, atom.Select, atom.Textarea,
		atom.Option, atom.Figure, atom.Figcaption, atom.Head, atom.Title, atom.Dialog,
		atom.Label, atom.Map:
		return true
	}
	return false
}

// furnitureTag reports block elements that hold page furniture by HTML
// semantics; they count as furniture with a strong hint (see markFurniture
// for when that is overruled).
func furnitureTag(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Aside, atom.Footer, atom.Menu:
		return true
	}
	return false
}

// blockTag reports elements that break text into blocks.
func blockTag(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Body, atom.P, atom.Div, atom.Section, atom.Article, atom.Main,
		atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Table,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Pre, atom.Blockquote, atom.Address,
		atom.Center, atom.Details, atom.Summary, atom.Caption, atom.Fieldset, atom.Form,
		atom.Hr, atom.Menu, atom.Hgroup:
		return true
	}
	return false
}

func newWalker(lx *lexicon) *walker {
	return &walker{lx: lx, blocks: make([]rawBlock, 0, 256), elems: make([]elem, 0, 512)}
}

// walkerPool keeps the memory of walks that are over (their blocks,
// elements, text buffer, stacks, class memo and blockValues' counts of
// texts) for later walks: a walk fills 40 KB of slices and maps of the
// page's class strings and block texts, and Extract drops them when it
// returns. A walker given back holds nothing of its
// walk (putWalker empties it), so what a walk computes does not depend on
// which walker it had: Extract stays pure and safe to call concurrently
// (sync.Pool is). TestWalkerReuse checks that walks on a reused walker
// give what walks on new ones give.
var walkerPool = sync.Pool{New: func() any { return newWalker(nil) }}

// getWalker is a walker for lx from walkerPool.
func getWalker(lx *lexicon) *walker {
	w := walkerPool.Get().(*walker)
	w.lx = lx
	return w
}

// putWalker empties w and gives it back to walkerPool. Nothing may use w,
// or the analysis holding it, afterwards. A block's links are left to the
// blocks that held them (anchors are never reused), and the class memo is
// emptied, since the next walk may have another lexicon.
func putWalker(w *walker) {
	w.reset()
	walkerPool.Put(w)
}

// reset empties w of its walk, keeping its memory.
func (w *walker) reset() {
	clear(w.blocks)
	clear(w.elems)
	clear(w.links)
	clear(w.classes)
	clear(w.seen)
	clear(w.hid)
	*w = walker{
		blocks:  w.blocks[:0],
		elems:   w.elems[:0],
		buf:     w.buf[:0],
		links:   w.links[:0],
		stack:   w.stack[:0],
		kinds:   w.kinds[:0],
		hid:     w.hid[:0],
		classes: w.classes,
		seen:    w.seen,
	}
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	a := n.DataAtom
	if a == atom.Img || a == atom.Picture || a == atom.Figure || a == 0 && n.Data == "amp-img" {
		if len(bytes.TrimSpace(w.buf)) == 0 {
			// A figure that shows its caption has it: the line under
			// it is text, whatever its type (an interview's question
			// set in italics).
			w.sawImage = a != atom.Figure || !captioned(n)
			w.alt = altText(n)
		}
	}
	if a == atom.Input || a == atom.Label {
		w.countRadios(n)
	}
	if skipTag(a) {
		return
	}
	if !w.showHidden && hidden(n) {
		in := int32(-1)
		if len(w.stack) > 0 {
			in = w.stack[len(w.stack)-1]
		}
		w.hid = append(w.hid, hiddenElem{n, in})
		return
	}
	if a == atom.Br {
		w.flush()
		return
	}
	// A cell that <br> breaks into lines is a column of a layout table
	// (the page's menu in one cell, the article in the next), not a
	// datum of a row: its lines are blocks of their own, and so is the
	// text on either side of it.
	layoutCell := (a == atom.Td || a == atom.Th) && holdsBr(n, 0)
	if layoutCell {
		w.flush()
	} else if a == atom.Td || a == atom.Th {
		w.space()
	}
	isBlock := blockTag(a) || a == 0 && isCustomBlock(n) || n == w.root
	if !isBlock {
		isLink := a == atom.A && hasAttr(n, "href")
		if isLink {
			w.inLink++
			if w.inLink == 1 {
				w.linkStart = len(w.buf)
				w.linkHref = attr(n, "href")
				w.nLinks++
				if gapHasText(w.buf[min(w.linkEnd, len(w.buf)):]) {
					w.inText++
				}
			}
		}
		// Inline furniture (a share <span>, a caption <span>, a link's
		// hover card) is skipped.
		if _, _, strong := w.hintsOf(n); strong || a == atom.Span && (HoverCard(n) || w.inLink > 0 && w.linkNote(n)) {
			if isLink {
				w.inLink--
			}
			if w.sawImage && textUpTo(n, 1) > 0 {
				// The picture's caption or credit, set inline: the
				// picture has its caption, and the line under it is
				// text.
				w.sawImage = false
			}
			return
		}
		isEm := a == atom.Em || a == atom.I || a == atom.Small
		if isEm {
			w.inEm++
		}
		var mark insertMark
		if !isLink && inlineInsertTag(a) {
			mark = w.mark()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		if isEm {
			w.inEm--
		}
		if !isLink && len(w.buf) <= utf8.UTFMax && w.dropCap(n) {
			w.initial = true
		}
		if mark.set {
			switch w.relatedInsert(mark) {
			case insertWhole:
				w.undo(mark)
			case insertLabel:
				w.pending, w.pendingEnd = mark, len(w.buf)
			case insertOpening:
				w.cut = cutSpan{set: true, from: mark.buf, to: len(w.buf), links: mark.links, nlinks: len(w.links) - mark.links,
					linkChars: w.linkChars - mark.linkChars, emChars: w.emChars - mark.emChars, nLinks: w.nLinks - mark.nLinks}
			}
		}
		if isLink {
			w.inLink--
			if w.inLink == 0 {
				w.endLink()
				// "<b>Read more:</b> <a>…</a>": the label's link.
				if p := w.pending; p.set && w.linkStart >= w.pendingEnd && w.pendingEnd <= len(w.buf) &&
					len(bytes.TrimSpace(w.buf[w.pendingEnd:w.linkStart])) == 0 {
					w.undo(p)
				} else {
					w.plainInsert()
				}
				w.pending = insertMark{}
			}
		}
		if layoutCell {
			w.flush()
		}
		w.inlineGap(a)
		return
	}

	w.flush()
	idx := int32(len(w.elems))
	pos, weak, strong := w.hintsOf(n)
	strong = strong || furnitureTag(a)
	// A form inside a page holds a search box, a sign-up or a download
	// menu; a page wrapped whole in a form (ASP.NET) keeps its text, as
	// weak hints yield to prose (see markFurniture).
	weak = weak || a == atom.Form
	strong = strong || signupBox(n)
	neg := strong || weak && !pos
	parent := int32(-1)
	if len(w.stack) > 0 {
		parent = w.stack[len(w.stack)-1]
	}
	w.elems = append(w.elems, elem{node: n, start: int32(len(w.blocks)), pos: pos, neg: neg, strong: strong,
		parent: parent, declared: declaresBody(n), hinted: neg})
	w.stack = append(w.stack, idx)
	kind, pushed := kindOf(a)
	if pushed {
		w.kinds = append(w.kinds, kind)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	w.flush()
	if pushed {
		w.kinds = w.kinds[:len(w.kinds)-1]
	}
	w.stack = w.stack[:len(w.stack)-1]
	w.elems[idx].end = int32(len(w.blocks))
}

// countRadios counts the radio buttons n is or holds (a <label> wraps
// its own) in every open block element.
func (w *walker) countRadios(n *html.Node) {
	k := radiosIn(n, 0)
	for ; k > 0; k-- {
		for _, i := range w.stack {
			if e := &w.elems[i]; e.radios < 255 {
				e.radios++
			}
		}
	}
}

// radiosIn counts the radio inputs n is or holds, a few levels down.
func radiosIn(n *html.Node, depth int) int {
	if n.Type != html.ElementNode || depth > 4 {
		return 0
	}
	if n.DataAtom == atom.Input {
		if strings.EqualFold(attr(n, "type"), "radio") {
			return 1
		}
		return 0
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += radiosIn(c, depth+1)
	}
	return k
}

// pollMaxText is the most text a poll holds: a question, and a line
// over or under its answers (which are <label>s, not text).
const pollMaxText = 400

// markPolls marks as furniture, with a strong hint, the elements that
// hold two radio buttons or more and little text: a reader poll or a
// quiz set into the article ("Should the city ban cars from the
// centre?" / ( ) Yes ( ) No), in whatever language, whose question is the
// outlet's and not the article's. An element holding such a widget and
// the article has far more text, and keeps it.
func (w *walker) markPolls() {
	for i := range w.elems {
		e := &w.elems[i]
		if e.radios < 2 || e.end <= e.start || e.neg && e.strong {
			continue
		}
		n := 0
		for j := e.start; j < e.end && n <= pollMaxText; j++ {
			n += len(w.blocks[j].text)
		}
		if n <= pollMaxText {
			e.neg, e.strong, e.hinted = true, true, true
		}
	}
}

// signupMaxText is the most text a sign-up box holds, form included: a
// heading, a line of blurb, a consent note. An element with more is a
// page section that merely holds a form.
const signupMaxText = 400

// signupBox reports a sign-up box set into the page: an element whose
// child or grandchild is a form asking for an e-mail address, with little
// text around it ("Our weekly letter / Every Sunday: answers to … /
// [e-mail] [Subscribe]"). Its heading and blurb are the outlet's
// promotion in whatever language, which no phrase list can name, and
// FIELDS.md keeps newsletter promotions out of the text. A page wrapped
// whole in a form (ASP.NET) is no box: it holds far more text.
func signupBox(n *html.Node) bool {
	found := false
	for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Form {
			found = emailForm(c, 0)
			continue
		}
		for g := c.FirstChild; g != nil && !found; g = g.NextSibling {
			found = g.Type == html.ElementNode && g.DataAtom == atom.Form && emailForm(g, 0)
		}
	}
	return found && textUpTo(n, signupMaxText+1) <= signupMaxText
}

// emailForm reports a form (or a part of one) holding an input for an
// e-mail address.
func emailForm(n *html.Node, depth int) bool {
	if depth > 12 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Input && strings.EqualFold(attr(c, "type"), "email") {
			return true
		}
		if emailForm(c, depth+1) {
			return true
		}
	}
	return false
}

// altText returns the alt text of picture n: an <img>'s own, or that of
// the first <img> in a <picture> or <figure>.
func altText(n *html.Node) string {
	if n.DataAtom == atom.Img || n.DataAtom == 0 && n.Data == "amp-img" {
		return attr(n, "alt")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img {
			return attr(c, "alt")
		}
		if t := altText(c); t != "" {
			return t
		}
	}
	return ""
}

// sameWords reports whether a and b hold the same words, white space
// apart, letter case aside; an empty b matches nothing.
func sameWords(a, b string) bool {
	next := func(s string, i int) (string, int) {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		return s[i:j], j
	}
	i, j := 0, 0
	matched := false
	for {
		var x, y string
		x, i = next(a, i)
		y, j = next(b, j)
		if x == "" || y == "" {
			return x == y && matched
		}
		if !strings.EqualFold(x, y) {
			return false
		}
		matched = true
	}
}

// isSpaceByte reports ASCII white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// captioned reports a figure that shows a caption: a <figcaption> in it
// holding text.
func captioned(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Figcaption {
			if hasText(c) {
				return true
			}
			continue
		}
		if captioned(c) {
			return true
		}
	}
	return false
}

// hasText reports whether any text node under n holds more than white
// space.
func hasText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && hasText(c) {
			return true
		}
	}
	return false
}

// textUpTo returns the bytes of non-space text under n, counting no
// further than limit.
func textUpTo(n *html.Node, limit int) int {
	total := 0
	var count func(*html.Node)
	count = func(n *html.Node) {
		for c := n.FirstChild; c != nil && total < limit; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				total += len(strings.TrimSpace(c.Data))
			case html.ElementNode:
				if !skipTag(c.DataAtom) {
					count(c)
				}
			}
		}
	}
	count(n)
	return total
}

// insertMark is the walker's state where an inline element began, to
// take the element's text back out of the block (see relatedInsert).
type insertMark struct {
	set                   bool
	buf, links, linkChars int
	linkEnd, emChars      int
	nLinks, inText        int32
}

// inlineInsertTag reports the inline elements a page sets a "Read also"
// insert in, inside a paragraph's text.
func inlineInsertTag(a atom.Atom) bool {
	switch a {
	case atom.Strong, atom.B, atom.Em, atom.I, atom.Span, atom.U, atom.Font:
		return true
	}
	return false
}

func (w *walker) mark() insertMark {
	return insertMark{set: true, buf: len(w.buf), links: len(w.links), linkChars: w.linkChars,
		linkEnd: w.linkEnd, emChars: w.emChars, nLinks: w.nLinks, inText: w.inText}
}

// relatedInsert reports an inline element, begun at m after a sentence of
// the same paragraph, that holds a related-article insert: a related label
// of the lexicon and a link ("… sejak pagi. <strong>Baca juga: <a>…</a>
// </strong> Sementara itu …"). FIELDS.md keeps "Baca juga" and "Read
// more" lines out of the text; set inside a paragraph they are no line
// of their own, and the paragraph's words around them stay. An insert
// that opens its block is left to the block's own judgement, which keeps
// its link among the related articles. A label alone in the element
// ("<b>Read more:</b> <a>…</a>") is an insert when its link comes next.
func (w *walker) relatedInsert(m insertMark) int {
	if m.buf > len(w.buf) {
		return insertNone
	}
	// It stands between sentences: "Residents can <em>read more about
	// the plan <a>…</a></em>" is a sentence's words.
	before := bytes.TrimSpace(w.buf[:m.buf])
	if len(before) > 0 && !endsSentence(string(before)) {
		return insertNone
	}
	seg := bytes.TrimSpace(w.buf[m.buf:])
	if len(seg) == 0 || w.lx.judge(string(seg), w.linkChars-m.linkChars) != dropRelated {
		return insertNone
	}
	switch {
	case w.linkChars == m.linkChars:
		if len(before) == 0 {
			return insertNone
		}
		return insertLabel
	case len(before) == 0:
		return insertOpening
	}
	return insertWhole
}

// What relatedInsert found.
const (
	insertNone  = iota
	insertWhole // a label and its link: the insert whole
	insertLabel // a label alone: the insert if a link follows at once
	// insertOpening is an insert that opens its block: cut out at the
	// block's end if prose follows it there (see cutInsert); alone, the
	// block is the insert, and the block's judgement keeps its link
	// among the related articles.
	insertOpening
)

// plainInsert takes out a related label written as plain text and the
// link that just ended after it, when they follow a sentence of the
// same paragraph: "… sejak pagi hari. Baca juga: <a>…</a> Sementara itu
// …". (Set in an element of their own, relatedInsert finds them.)
func (w *walker) plainInsert() {
	start := min(w.linkStart, len(w.buf))
	before := w.buf[:start]
	k := max(bytes.LastIndex(before, []byte(". ")), bytes.LastIndex(before, []byte("! ")), bytes.LastIndex(before, []byte("? ")))
	if k < 0 {
		return
	}
	from := k + 2
	label := bytes.TrimSpace(before[from:])
	link := bytes.TrimSpace(w.buf[start:])
	if len(label) == 0 || len(label) > 30 || len(link) == 0 {
		return
	}
	// The label alone, a few words ("Baca juga:", "READ MORE -"); a
	// sentence that opens with one ("Related: the county has opened
	// <a>…</a>") is no insert.
	bare := strings.TrimRight(string(label), " :-|»–—")
	if bare == "" || len(strings.Fields(bare)) > 4 || w.lx.judge(bare, 0) != dropRelated {
		return
	}
	if n := len(w.links); n > 0 && w.links[n-1].start >= start {
		w.links = w.links[:n-1]
	}
	w.linkChars = max(0, w.linkChars-len(link))
	w.nLinks = max(0, w.nLinks-1)
	w.buf = w.buf[:from]
	w.linkEnd = from
}

// cutSpan is an opening insert's place in the block (see cutInsert).
type cutSpan struct {
	set                bool
	from, to           int // bytes of buf
	links, nlinks      int // the insert's links: w.links[links:links+nlinks]
	linkChars, emChars int
	nLinks             int32
}

// cutInsert takes an insert that opened the block out of it, when the
// block goes on with text after it: "<p><strong>Baca juga: <a>…</a>
// </strong> Sementara itu, …</p>" keeps its sentence.
func (w *walker) cutInsert() {
	c := w.cut
	w.cut = cutSpan{}
	if !c.set || c.to > len(w.buf) || c.links+c.nlinks > len(w.links) || len(bytes.TrimSpace(w.buf[c.to:])) == 0 {
		return
	}
	d := c.to - c.from
	w.buf = append(w.buf[:c.from], w.buf[c.to:]...)
	kept := w.links[:c.links]
	for _, l := range w.links[c.links+c.nlinks:] {
		l.start, l.end = l.start-d, l.end-d
		kept = append(kept, l)
	}
	w.links = kept
	w.linkChars = max(0, w.linkChars-c.linkChars)
	w.emChars = max(0, w.emChars-c.emChars)
	w.nLinks = max(0, w.nLinks-c.nLinks)
	if w.linkEnd >= c.to {
		w.linkEnd -= d
	} else if w.linkEnd > c.from {
		w.linkEnd = c.from
	}
}

// undo takes the text written since m back out of the block.
func (w *walker) undo(m insertMark) {
	w.buf = w.buf[:m.buf]
	w.links = w.links[:m.links]
	w.linkChars, w.linkEnd, w.emChars = m.linkChars, m.linkEnd, m.emChars
	w.nLinks, w.inText = m.nLinks, m.inText
}

// kindOf says which block kind an element gives the text inside it.
func kindOf(a atom.Atom) (BlockKind, bool) {
	switch a {
	case atom.P:
		return Paragraph, true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return Heading, true
	case atom.Li, atom.Dt, atom.Dd:
		return ListItem, true
	case atom.Tr:
		return TableRow, true
	case atom.Pre:
		return Preformatted, true
	case atom.Blockquote:
		return Blockquote, true
	}
	return Paragraph, false
}

// isCustomBlock treats unknown (custom) elements that wrap paragraphs as
// blocks, so their text does not run into a neighbour's, and so those set
// one after another with nothing but white space between them, each of
// the same name (<story-paragraph> after <story-paragraph>): a page that
// makes its own paragraph element. A custom element inside a line has
// words beside it.
func isCustomBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTag(c.DataAtom) {
			return true
		}
	}
	return sameNameBeside(n, n.PrevSibling, func(x *html.Node) *html.Node { return x.PrevSibling }) ||
		sameNameBeside(n, n.NextSibling, func(x *html.Node) *html.Node { return x.NextSibling })
}

// sameNameBeside reports whether the first element from c on (stepping
// with next) is named as n is, with only white space before it.
func sameNameBeside(n, c *html.Node, next func(*html.Node) *html.Node) bool {
	for ; c != nil; c = next(c) {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case html.ElementNode:
			return c.Data == n.Data
		}
	}
	return false
}

func (w *walker) hintsOf(n *html.Node) (pos, weak, strong bool) {
	for _, at := range n.Attr {
		if at.Namespace != "" {
			continue
		}
		switch at.Key {
		case "class", "id":
			p, wk, s := w.classify(at.Val)
			pos, weak, strong = pos || p, weak || wk, strong || s
		case "itemprop":
			if at.Val == "articleBody" || at.Val == "articlebody" {
				pos = true
			}
		case "role":
			// ARIA roles say what a region is. "complementary" is
			// <aside> by another name (a fact box, a sidebar set in the
			// article's column): content apart from the main one, as
			// strong a word as the tag. The others mark navigation and
			// page chrome that sites also set on wrappers, so they only
			// hint.
			switch at.Val {
			case "complementary":
				strong = true
			case "navigation", "contentinfo", "banner", "dialog", "alert", "menu":
				weak = true
			}
		}
	}
	return pos, weak, strong
}

// classify is lx.classify, memoised for the walk: a page repeats its
// class names.
func (w *walker) classify(attr string) (pos, weak, strong bool) {
	const isPos, isWeak, isStrong = 1, 2, 4
	h, ok := w.classes[attr]
	if !ok {
		p, wk, s := w.lx.classify(attr)
		if p {
			h |= isPos
		}
		if wk {
			h |= isWeak
		}
		if s {
			h |= isStrong
		}
		if w.classes == nil {
			w.classes = map[string]uint8{}
		}
		w.classes[attr] = h
	}
	return h&isPos != 0, h&isWeak != 0, h&isStrong != 0
}

// hidden reports elements the reader never sees.
func hidden(n *html.Node) bool {
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if at.Val == "true" {
				return true
			}
		case "class":
			if hiddenClass(at.Val) {
				return true
			}
		case "style":
			if strings.Contains(at.Val, "none") || strings.Contains(at.Val, "hidden") {
				v := strings.ToLower(strings.ReplaceAll(at.Val, " ", ""))
				if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// dropCap reports an inline element, n, just walked, that holds the whole
// text of the block so far, one capital letter, and whose class names it a
// drop cap (initials.txt): the article's first letter set large. A letter
// that is a word of its own may open a sentence ("A dog…") and is left.
func (w *walker) dropCap(n *html.Node) bool {
	r, size := utf8.DecodeRune(w.buf)
	if size != len(w.buf) || !unicode.IsUpper(r) || slices.Contains(w.lx.letterWords, r) {
		return false
	}
	class := attr(n, "class")
	if class == "" {
		return false
	}
	var buf [64]byte
	k := 0
	for i := 0; i < len(class) && k < len(buf); i++ {
		c := class[i]
		switch {
		case 'a' <= c && c <= 'z':
			buf[k] = c
			k++
		case 'A' <= c && c <= 'Z':
			buf[k] = c + 'a' - 'A'
			k++
		}
	}
	letters := string(buf[:k])
	for _, p := range w.lx.initialClasses {
		if strings.Contains(letters, p) {
			return true
		}
	}
	return false
}

// maxLinkNote is the longest screen-reader note (bytes) linkNote reads.
const maxLinkNote = 64

// linkNote reports a span inside a link whose whole text is a note for
// screen readers (linknotes.txt): "(opens in a new window)" after an
// external link's words, which the eye never sees. Only a span whose
// one child is text that opens with a bracket is read.
func (w *walker) linkNote(n *html.Node) bool {
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode || len(c.Data) > maxLinkNote {
		return false
	}
	t := strings.TrimSpace(c.Data)
	if len(t) < 3 || t[0] != '(' && t[0] != '[' {
		return false
	}
	t = strings.TrimSpace(strings.Trim(t, "()[] "))
	return w.lx.linkNotes[strings.ToLower(strings.Join(strings.Fields(t), " "))]
}

// maxCardNodes bounds how many nodes HoverCard reads of a span: a card
// is small, and a span that wraps more is no card.
const maxCardNodes = 200

// HoverCard reports a span set right after a link that holds a link to
// the same address and at least one other: the card a page shows when the
// pointer rests on a name in the text (the person's picture, the name
// again, their latest stories). It is styled to stay out of sight until
// then, so the text reads on past it; taken in, it splices the card's
// headlines into the sentence, and its picture is none of the article's
// (extract's image reader skips it too). A span that only follows a link,
// or holds links of its own to other places, is text.
func HoverCard(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode || prev.DataAtom != atom.A {
		return false
	}
	href := attr(prev, "href")
	if href == "" {
		return false
	}
	same, links, seen := false, 0, 0
	var scan func(c *html.Node) bool
	scan = func(c *html.Node) bool {
		for ; c != nil; c = c.NextSibling {
			if seen++; seen > maxCardNodes {
				return false
			}
			if c.Type != html.ElementNode {
				continue
			}
			if blockTag(c.DataAtom) {
				return false
			}
			if c.DataAtom == atom.A && hasAttr(c, "href") {
				links++
				same = same || attr(c, "href") == href
			}
			if !scan(c.FirstChild) {
				return false
			}
		}
		return true
	}
	return scan(n.FirstChild) && same && links >= 2
}

// hiddenClass reports a class list that hides its element at every
// screen width: the utility class "hidden" (Tailwind's display:none) with
// no class that shows it again from some width or state ("md:block",
// "aria-expanded:flex"; Tailwind writes those as prefix:display). A panel
// shown only when a reader opens it (a machine summary, a share sheet) is
// not the article as printed.
func hiddenClass(v string) bool {
	if !strings.Contains(v, "hidden") {
		return false
	}
	hide := false
	for _, c := range strings.Fields(v) {
		switch {
		case c == "hidden":
			hide = true
		case strings.Contains(c, ":"):
			if !responsive(c[:strings.IndexByte(c, ':')]) {
				continue // a state ("aria-expanded:block", "hover:flex") shows it only when a reader acts
			}
			switch c[strings.LastIndexByte(c, ':')+1:] {
			case "block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents", "flow-root":
				return false
			}
		}
	}
	return hide
}

// responsive reports a Tailwind screen-width prefix ("md", "max-lg",
// "min-[900px]", "print").
func responsive(p string) bool {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "max-"), "min-")
	switch p {
	case "sm", "md", "lg", "xl", "2xl", "print":
		return true
	}
	return strings.HasPrefix(p, "[")
}

// declaresBody reports an element the page marks as the article body.
func declaresBody(n *html.Node) bool {
	v := attr(n, "itemprop")
	return v != "" && strings.EqualFold(v, "articleBody")
}

func hasAttr(n *html.Node, key string) bool {
	for _, at := range n.Attr {
		if at.Key == key && at.Namespace == "" {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if at.Key == key && at.Namespace == "" {
			return at.Val
		}
	}
	return ""
}

// text appends a text node to the current block, collapsing whitespace.
func (w *walker) text(s string) {
	if w.initial {
		// The text after a drop cap: the white space a template sets
		// between the two is no gap in the word ("T", " he council" is
		// "The council").
		t := strings.TrimLeft(s, " \t\n\r\f")
		if t == "" {
			return
		}
		w.initial = false
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) {
			s = t
		} else {
			w.space()
		}
	}
	w.buf, w.emChars = appendCollapsed(w.buf, s, w.inEm > 0, w.emChars)
	w.lastText = s
}

// appendCollapsed appends s to buf with each run of white space (and
// each no-break space) written as one space, none at the start of buf or
// after a space; em counts, when inEm, the bytes written that are not
// such spaces. The text is written in place into buf grown once: it
// never grows (a space replaces one byte or more), so no byte is
// appended one at a time with a test of the capacity.
func appendCollapsed(buf []byte, s string, inEm bool, em int) ([]byte, int) {
	n := len(buf)
	buf = slices.Grow(buf, len(s))[:n+len(s)]
	k, kept := n, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !maybeSpace[c] {
			buf[k] = c
			k++
			kept++
			continue
		}
		if c != 0xC2 || i+1 < len(s) && s[i+1] == 0xA0 {
			// One space, unless the block is empty or already ends in one.
			if k > 0 && buf[k-1] != ' ' {
				buf[k] = ' '
				k++
			}
			if c == 0xC2 { // no-break space
				i++
			}
			continue
		}
		buf[k] = c
		k++
		kept++
	}
	if inEm {
		em += kept
	}
	return buf[:k], em
}

// maybeSpace holds the bytes that are, or may start (0xC2 of U+00A0), the
// white space text collapses.
var maybeSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, 0xC2: true}

// space writes one space unless the block is empty or already ends in one.
func (w *walker) space() {
	if b := w.buf; len(b) > 0 && b[len(b)-1] != ' ' {
		w.buf = append(w.buf, ' ')
	}
}

// maxBrDepth is how deep holdsBr looks into a cell: a layout table's cell
// holds its lines near the top (in a <font>, a <span>, a <b>).
const maxBrDepth = 3

// holdsBr reports whether a <br> lies under n, within maxBrDepth levels
// below depth.
func holdsBr(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Br || depth < maxBrDepth && !skipTag(c.DataAtom) && holdsBr(c, depth+1) {
			return true
		}
	}
	return false
}

// inlineGap keeps words of adjacent inline elements apart where browsers
// would (after a cell or a list-like inline), but not after <b> or <a>.
func (w *walker) inlineGap(a atom.Atom) {
	if a == atom.Td || a == atom.Th {
		w.space()
	}
}

func (w *walker) endLink() {
	from := min(w.linkStart, len(w.buf))
	t := bytes.TrimSpace(w.buf[from:])
	w.linkChars += len(t)
	if len(t) > 0 && len(w.links) < 8 {
		// t is a subslice of buf: its offset is where TrimSpace left it.
		start := from + (cap(w.buf[from:]) - cap(t))
		w.links = append(w.links, linkSpan{href: w.linkHref, start: start, end: start + len(t)})
	}
	w.linkEnd = len(w.buf)
}

// gapHasText reports whether the text between two links (or before the
// first) holds a letter, a digit, a list comma or a colon: the links are part of
// a sentence or an enumeration ("Miyazaki: <a>Nobeoka</a>, <a>Saito</a>"),
// not a menu whose entries only a bar or a bullet keeps apart.
func gapHasText(gap []byte) bool {
	for _, r := range string(gap) {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), r == ',', r == '、', r == '，', r == ';', r == '；', r == ':', r == '：':
			return true
		}
	}
	return false
}

// flush ends the current block.
func (w *walker) flush() {
	w.pending, w.initial = insertMark{}, false
	if w.inLink > 0 {
		// A block element inside a link: count what is there so far.
		w.endLink()
		w.linkStart = 0
	}
	w.cutInsert()
	tb := bytes.TrimSpace(w.buf)
	last := w.lastText
	w.lastText = ""
	if len(tb) == 0 {
		w.buf = w.buf[:0]
		w.linkChars, w.links, w.emChars = 0, w.links[:0], 0
		w.linkEnd, w.nLinks, w.inText = 0, 0, 0
		return
	}
	t := blockText(tb, last)
	b := rawBlock{text: t, linkChars: min(w.linkChars, len(t)), owner: -1, neg: -1, nLinks: w.nLinks, inText: w.inText}
	if len(w.links) > 0 {
		// A link's trimmed text lies inside the block's trimmed text
		// (buf only grows between flushes, and both are trimmed of the
		// same white space), so it is a substring of t.
		lead := cap(w.buf) - cap(tb)
		if cap(w.anchors)-len(w.anchors) < len(w.links) {
			w.anchors = make([]anchor, 0, anchorChunk)
		}
		first := len(w.anchors)
		for _, l := range w.links {
			w.anchors = append(w.anchors, anchor{href: l.href, text: t[l.start-lead : l.end-lead]})
		}
		b.links = w.anchors[first:len(w.anchors):len(w.anchors)]
	}
	// A short line set in italics right under a picture is its caption,
	// as is a line there that says what the picture's alt text says and
	// is no sentence (a page that sets the caption as the picture's alt
	// text and again under it; a lede under the picture that a page also
	// gives as its alt text ends like a sentence).
	b.italic = w.emChars >= len(t)-strings.Count(t, " ")
	b.caption = w.sawImage && len(t) < 250 && (b.italic || !endsSentence(t) && sameWords(t, w.alt))
	b.afterImage = w.sawImage
	w.sawImage, w.alt = false, ""
	if len(w.stack) > 0 {
		b.owner = w.stack[len(w.stack)-1]
	}
	if len(w.kinds) > 0 {
		b.kind = w.kinds[len(w.kinds)-1]
		for _, k := range w.kinds {
			if k == Blockquote && b.kind == Paragraph {
				b.kind = Blockquote
			}
		}
	}
	w.blocks = append(w.blocks, b)
	w.buf = w.buf[:0]
	w.linkChars, w.links, w.emChars = 0, w.links[:0], 0
	w.linkEnd, w.nLinks, w.inText = 0, 0, 0
}

// blockText is string(tb), the trimmed text of a block, taken from the
// text node last written into it when the block is that node's words as
// they stand there (a paragraph of one text node, written with single
// spaces: most of them), so that it is not copied.
func blockText(tb []byte, last string) string {
	if c := strings.TrimSpace(last); c == string(tb) {
		return c
	}
	return string(tb)
}

// weakProse is the prose value (about its length in bytes) from which two
// paragraphs are as good as several: a section of the article that a page
// wraps in a generic "box" under its own subheading holds two long
// paragraphs; a widget's two lines are short or linked.
const weakProse = 800

// markFurniture settles which elements are furniture and sets each block's
// innermost furniture ancestor. Class names are only hints: an element
// holding a large share of the page's prose is not furniture whatever it
// is called ("theiaStickySidebar" wrapping the article), so the hint is
// dropped when its prose share passes a bound, higher for strong words; a
// weak word ("sidebar-grid__container") is also dropped when the element
// holds several paragraphs of prose, or two long ones (see weakProse),
// which widgets rarely do.
func (w *walker) markFurniture(values []float64) {
	sum := make([]float64, len(w.blocks)+1)
	count := make([]int32, len(w.blocks)+1)
	for i, v := range values {
		sum[i+1] = sum[i] + max(v, 0)
		count[i+1] = count[i]
		if v > 0 {
			count[i+1]++
		}
	}
	total := sum[len(w.blocks)]
	for i := range w.elems {
		e := &w.elems[i]
		if !e.neg || total == 0 {
			continue
		}
		share := (sum[e.end] - sum[e.start]) / total
		paras := count[e.end] - count[e.start]
		if share > 0.6 || !e.strong && (share > 0.3 || paras >= 3 || paras >= 2 && sum[e.end]-sum[e.start] >= weakProse) {
			e.neg = false
		}
	}
	w.settleFurniture()
}

// settleFurniture sets each block's innermost furniture ancestor.
func (w *walker) settleFurniture() {
	for i := range w.blocks {
		b := &w.blocks[i]
		b.neg = -1
		for j := b.owner; j >= 0; j = w.elems[j].parent {
			if w.elems[j].neg {
				b.neg = j
				break
			}
		}
	}
}
