package extract

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"github.com/kabar-news/kabar/extract/internal/htmlparse"
	"github.com/kabar-news/kabar/extract/siteconfig"
)

// Half of a news page's bytes are the contents of <script> and <style>
// elements (on the 181 aeb pages: 8.0 MB of each in 31.5 MB), and the
// HTML tokenizer reads them byte by byte, copies and converts them
// into text nodes that no reader of kabar's ever looks at: every walker
// over the tree skips script and style elements, and the only script
// text read is JSON-LD's. emptyRawText drops those contents before the
// page is parsed, leaving each element in place, empty, so that the tree
// differs from the full page's only in the text nodes kabar skips.
//
// Site configs are the exception: their XPath expressions may read a
// script ("//script[@id='datalayer']"), or a find_string may turn
// <script> into <div>; the caller keeps the page whole when a config
// that names script or style elements applies, or when which config
// applies is not known before parsing (pageCuts). A config that
// names neither still sees the page without that text: the text of an
// element it selects no longer holds the code of a script inside it
// (htmlquery.InnerText took it in), which can only take code out of a
// title, author or date.
//
// The scan follows golang.org/x/net/html's tokenizer (token.go) in its
// data state: text up to '<', start and end tags with their attributes
// (a '>' inside a quoted value does not end a tag), comments, doctypes
// and bogus comments, and the raw text of the elements the tokenizer
// reads raw (iframe, noembed, noframes, noscript, plaintext, script,
// style, textarea, title, xmp), ended by "</name" and a space, '/' or
// '>'. Where its reading could part from the parser's it stops and
// copies the rest of the page as it is:
//   - a script whose text holds "<!--" before its end tag (the
//     tokenizer's escaped states, where "</script>" may not end it);
//   - "<![CDATA[" (a section in foreign content, a bogus comment
//     elsewhere), "<plaintext", and a page that ends inside a tag or a
//     raw element.
//
// Inside <svg> or <math> (counted by their start and end tags, so that
// the count is never below the parser's depth of foreign content
// short of an ignored "</svg>") the parser reads no element raw; there
// nothing is dropped, and a raw element's text is stepped over only
// when it holds no '<', where both readings end it at the same place.
// In HTML content a raw element's text is one text node under its
// element, whatever it holds, so dropping it changes nothing else of the
// tree (TestEmptyRawText and FuzzEmptyRawText check that the trees agree
// once script and style text is taken out of both).
//
// A script is emptied unless it may be JSON-LD (scanTag: scriptKept),
// the one script text a reader of kabar's reads (readJSONLD, through
// indexDoc's script[type="application/ld+json" i]). Program text of any
// type goes, and so do data blocks no reader parses: a framework's
// state (type="application/json", often the largest text of a page),
// scripts a loader retypes ("…-text/javascript") and client-side
// templates.
//
// emptyRawText returns page itself when it drops nothing; the parser
// reads keptParts without the copy.
func emptyRawText(page []byte) []byte {
	parts := keptParts(page, cuts{rawText: true})
	if len(parts) == 1 {
		return parts[0]
	}
	return bytes.Join(parts, nil)
}

// cuts says what keptParts may take out of a page: what no reader of
// the parsed tree will miss.
type cuts struct {
	// rawText: the text of JavaScript scripts and of style sheets
	// (emptyRawText).
	rawText bool
	// spacing: all but the first byte (or, from a newline, the newline
	// and one byte more) of the white space between two pieces of markup
	// ("</p>\n        <p>"), where that cuts minSpacingCut bytes or
	// more. Seven in ten of a page's text nodes are such runs, a tenth
	// of the bytes the parser reads after scripts are dropped. Every reader of kabar's collapses a run of white space
	// into one space (nodeText, textCount, the body walker, hasText,
	// shortTextMarks, collapse, the site configs' values), and the parser
	// only tests whether a text token is all white space, except that it
	// drops a newline opening a <pre> or <listing> (so a run opening with
	// a newline keeps one byte after it, and never ends up empty). Only
	// selectors that compare text (siteconfig.Rule.ReadsSpacing,
	// SiteRule.readsSpacing) could tell: with those the runs stay.
	// The tree then differs from the full page's only in the length of
	// runs of white space inside text nodes, none shortened to nothing
	// (TestKeptPartsSpacing, FuzzEmptyRawText).
	spacing bool
	// comments: the text of comments (of minCommentCut bytes or more),
	// leaving each comment in place, empty. No reader of kabar's reads a
	// comment (nodeText and every walker skip them); a site config could,
	// with comment() (siteconfig.Rule.ReadsComments).
	comments bool
	// drawing: the quoted values of d and points attributes (of
	// minValueCut bytes or more) inside <svg> or <math>: the geometry
	// of icons and logos, a twentieth of the bytes the parser reads after
	// scripts are dropped; the attributes whole where they stand after
	// white space, quoted or valueless, as with attrs. No reader of kabar's reads those attributes
	// (readers look attributes up by name); a site config or a site rule
	// that names them could (siteconfig.Rule.ReadsDrawing,
	// SiteRule.readsDrawing).
	drawing bool
	// data: the quoted values of data-* attributes (of minValueCut bytes
	// or more) that no reader of kabar's names (dataAttrsRead; site
	// rules' selectors, ruleDataAttrs): sites keep tracking, layout and
	// script state there, a sixteenth of the bytes the parser reads
	// after scripts are dropped. Where the name itself is read by no one
	// either (dataAttrUnread: the title readers look for kicker and SEO
	// heading words in data-* names), the attribute goes whole, quoted or
	// valueless and after white space, as with attrs: the parser copies
	// and allocates for a key as it does for a value. A site config that names a data-*
	// attribute, or any attribute, could read them
	// (siteconfig.Rule.ReadsData).
	data bool
	// attrs: whole attributes, key and value, that no reader of kabar's
	// looks up (siteconfig.UnreadAttributes, and event handlers: a name
	// of "on" and two letters or more), quoted or with no value, each
	// after white space. The tokenizer keeps an attribute's first
	// occurrence only; every occurrence of such a name goes, so which
	// one of another name is kept does not change. A site config or a
	// site rule that names one could read them
	// (siteconfig.Rule.ReadsUnread, SiteRule.readsUnread).
	attrs bool
}

// minCommentCut and minValueCut are the shortest comment text and
// attribute value worth a part of their own (see minSpacingCut).
const (
	minCommentCut = 8
	minValueCut   = 16
)

// dataAttrsRead are the data-* attributes kabar's readers look up by
// name (images, dates, people); TestDataAttrsRead checks that every
// "data-…" name in the package's code is here. Their values are never
// cut.
var dataAttrsRead = []string{"data-src", "data-srcset", "data-original", "data-lazy-src", "data-url",
	"data-hi-res-src", "data-timestamp", "data-testid"}

// keptParts is the page less what c cuts, in the slices of page it
// keeps, in order: one slice (page) when nothing is cut.
func keptParts(page []byte, c cuts) [][]byte { return keptPartsInto(nil, page, c) }

// keptPartsInto is keptParts appending to parts (given empty).
func keptPartsInto(parts [][]byte, page []byte, c cuts) [][]byte {
	copied := 0  // page[:copied] is in parts
	foreign := 0 // open <svg> and <math> elements
	// text is where the text the tokenizer reads as data began (just
	// past the last piece of markup), or -1 inside an element read raw.
	text := 0
	var vals valueCuts // the attribute values of a start tag to cut
	finish := func() [][]byte {
		return append(parts, page[copied:])
	}
	i := 0
	for {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 || i+j+1 >= len(page) {
			return finish()
		}
		i += j + 1 // past '<'
		b := page[i]
		if c.spacing && text >= 0 && i-1-text > minSpacingCut && htmlSpace[page[text]] &&
			(isASCIILetter(b) || b == '/' || b == '!' || b == '?') {
			// Markup starts at i-1: the tokenizer ends its text token
			// there, whatever the markup turns out to be.
			if keep := spacingKept(page[text : i-1]); text+keep < i-1 {
				parts = append(parts, page[copied:text+keep])
				copied = i - 1
			}
		}
		switch {
		case isASCIILetter(b):
			var vc *valueCuts
			if c.data || c.attrs || c.drawing && foreign > 0 {
				vals.drawing, vals.data, vals.attrs, vals.n = c.drawing && foreign > 0, c.data, c.attrs, 0
				vc = &vals
			}
			t, ok := scanTag(page, i, vc)
			if !ok {
				return finish()
			}
			if vc != nil {
				for _, v := range vc.spans[:vc.n] {
					parts = append(parts, page[copied:v[0]])
					copied = v[1]
				}
			}
			i = t.end
			text = i
			name := page[t.name[0]:t.name[1]]
			if asciiEqualFold(name, "svg") || asciiEqualFold(name, "math") {
				if !t.selfClosing {
					foreign++
				}
				continue
			}
			raw := rawTagName(name)
			if raw == "" {
				continue
			}
			if raw == "plaintext" {
				return finish()
			}
			end := rawTextEnd(page, i, raw)
			if end < 0 {
				return finish()
			}
			text = -1 // up to the end tag, at end
			body := page[i:end]
			if foreign > 0 {
				if bytes.IndexByte(body, '<') >= 0 {
					return finish()
				}
				i = end
				continue
			}
			if raw == "script" && bytes.Contains(body, []byte("<!--")) {
				return finish()
			}
			if c.rawText && end > i && (raw == "style" || raw == "script" && t.scriptCut) {
				parts = append(parts, page[copied:i])
				copied = end
			}
			i = end
		case b == '/':
			if i+1 >= len(page) {
				return finish()
			}
			switch c2 := page[i+1]; {
			case c2 == '>':
				i += 2 // "</>": nothing
			case isASCIILetter(c2):
				t, ok := scanTag(page, i+1, nil)
				if !ok {
					return finish()
				}
				name := page[t.name[0]:t.name[1]]
				if foreign > 0 && (asciiEqualFold(name, "svg") || asciiEqualFold(name, "math")) {
					foreign--
				}
				i = t.end
			default:
				k := bytes.IndexByte(page[i+1:], '>') // a bogus comment
				if k < 0 {
					return finish()
				}
				i += 1 + k + 1
			}
			text = i
		case b == '!':
			next, ok := skipMarkupDeclaration(page, i+1)
			if !ok {
				return finish()
			}
			// A comment "<!--…-->" keeps "<!--" and "-->": an empty one.
			if c.comments && next-(i+3)-len("-->") >= minCommentCut && page[i+1] == '-' && page[i+2] == '-' &&
				bytes.Equal(page[next-3:next], []byte("-->")) {
				parts = append(parts, page[copied:i+3])
				copied = next - 3
			}
			i = next
			text = i
		case b == '?':
			k := bytes.IndexByte(page[i:], '>') // a bogus comment
			if k < 0 {
				return finish()
			}
			i += k + 1
			text = i
		}
		// Any other byte after '<': text, read on from it.
	}
}

// spacingKept is how much of the text run keptParts keeps: all of it
// unless it is white space only and would lose minSpacingCut bytes or
// more; then its first byte, or when that is a newline ("\n", "\r" or
// "\r\n", which the parser drops at the start of a <pre>), the newline
// and the byte after it, so that the run never becomes empty.
func spacingKept(run []byte) int {
	keep := 1
	if len(run) > 1 {
		switch {
		case run[0] == '\r' && run[1] == '\n':
			keep = 3
		case run[0] == '\r' || run[0] == '\n':
			keep = 2
		}
	}
	if len(run)-keep < minSpacingCut {
		return len(run)
	}
	for _, b := range run {
		if !htmlSpace[b] {
			return len(run)
		}
	}
	return keep
}

// minSpacingCut is the shortest cut of white space worth a part of its
// own: each cut adds a slice for partsReader to step to (about a hundred
// instructions), each byte cut saves the tokenizer and the walkers
// about seventy.
const minSpacingCut = 4

// htmlSpace holds the tokenizer's white space bytes (isHTMLSpace).
var htmlSpace = [256]bool{' ': true, '\n': true, '\r': true, '\t': true, '\f': true}

// partsPool keeps the slices keptParts fills (a part per cut, hundreds a
// page) between parses: parseParts gives its slice back once the parts are
// joined. A slice given back is emptied of its parts, which point into the
// page, so what is parsed never depends on it, and the pool is safe for
// concurrent use.
var partsPool = sync.Pool{New: func() any { return new([][]byte) }}

// joinPool keeps the buffers parseJoined joins a page's parts into between
// parses. The parser changes a buffer's bytes in place and keeps none of
// them: every string of the tree it builds is a copy.
var joinPool = sync.Pool{New: func() any { return new([]byte) }}

// parseParts parses page less what c cuts, as html.Parse(&partsReader{
// keptParts(page, c)}) does, with the parts' slice from partsPool.
func parseParts(page []byte, c cuts) (*html.Node, error) {
	pp := partsPool.Get().(*[][]byte)
	parts := keptPartsInto((*pp)[:0], page, c)
	root, err := parseJoined(parts...)
	clear(parts)
	*pp = parts[:0]
	partsPool.Put(pp)
	return root, err
}

// parseJoined parses the parts joined, as html.Parse does, in a buffer of
// joinPool: the parser reads its input whole from one buffer
// (htmlparse.ParseBytes), and the page's own bytes stay as they are.
func parseJoined(parts ...[]byte) (*html.Node, error) {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	jb := joinPool.Get().(*[]byte)
	buf := slices.Grow((*jb)[:0], n)
	for _, p := range parts {
		buf = append(buf, p...)
	}
	root, err := htmlparse.ParseBytes(buf)
	*jb = buf[:0]
	joinPool.Put(jb)
	return root, err
}

// rawTag is what scanTag read of one tag.
type rawTag struct {
	name        [2]int // the tag name in the page
	end         int    // just past the closing '>'
	selfClosing bool   // "/>" ends a start tag (as readStartTag decides)
	scriptCut   bool   // no type attribute, or one that cannot be JSON-LD's (scriptKept)
}

// valueCuts asks scanTag for the attribute values of a start tag that
// cuts.drawing and cuts.data take out: quoted, minValueCut bytes long or
// more, the first len(spans) of them; n says how many it found.
type valueCuts struct {
	drawing, data, attrs bool
	spans                [8][2]int
	n                    int
}

// cut says whether the quoted value of the attribute key, of n bytes, is
// one to take out.
func (vc *valueCuts) cut(key []byte, n int) bool {
	if n < minValueCut || vc.n == len(vc.spans) {
		return false
	}
	if vc.data && len(key) > len("data-") && asciiEqualFold(key[:len("data-")], "data-") {
		return !dataAttrKept(key)
	}
	return vc.drawing && isDrawingKey(key)
}

// dropAttr says the attribute key (as the page spells it) is one cuts.attrs
// takes out whole, and there is room to note it.
func (vc *valueCuts) dropAttr(key []byte) bool {
	if vc.n == len(vc.spans) {
		return false
	}
	if vc.drawing && isDrawingKey(key) {
		return true // inside <svg> or <math> (see cut)
	}
	if len(key) < 4 {
		return false
	}
	if vc.data && len(key) > len("data-") && asciiEqualFold(key[:len("data-")], "data-") {
		return dataAttrUnread(key)
	}
	if !vc.attrs {
		return false
	}
	if key[0]|0x20 == 'o' && key[1]|0x20 == 'n' {
		for _, b := range key[2:] {
			if !isASCIILetter(b) {
				return false
			}
		}
		return true
	}
	if len(key) >= len(unreadByLength) || unreadFirst[len(key)]&firstBit(key[0]) == 0 {
		return false // most keys: class, href, id, src, type, title, …
	}
	for _, name := range unreadByLength[len(key)] {
		if asciiEqualFold(key, name) {
			return true
		}
	}
	return false
}

// unreadByLength holds siteconfig.UnreadAttributes by their length, and
// unreadFirst, for each length, a bit for the first letter of each
// (firstBit): dropAttr asks it of every attribute of every tag, and
// most keys are let go by the filter alone.
var unreadByLength, unreadFirst = func() (by [32][]string, first [32]uint32) {
	for _, name := range siteconfig.UnreadAttributes {
		by[len(name)] = append(by[len(name)], name)
		first[len(name)] |= firstBit(name[0])
	}
	return by, first
}()

// firstBit is the bit of unreadFirst for the first byte b of a key: one
// bit for each ASCII letter in either case, one (bit 31) for any other
// byte.
func firstBit(b byte) uint32 {
	if b |= 0x20; 'a' <= b && b <= 'z' {
		return 1 << (b - 'a')
	}
	return 1 << 31
}

// dataAttrUnread says no reader looks the data-* attribute key up, nor
// reads the key itself: it is not kept (dataAttrKept), and it holds no
// word of the kicker or SEO heading classes, which isKicker and
// isSEOHeading look for in data-* names. Only a key of lower case
// ASCII letters, digits and "-_.:" is judged, so that the key the
// tokenizer gives the tree is the same bytes.
func dataAttrUnread(key []byte) bool {
	for _, b := range key {
		if !('a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '-' || b == '_' || b == '.' || b == ':') {
			return false
		}
	}
	if dataAttrKept(key) {
		return false
	}
	return !dataNameGrams.mayHold(key) || dataNameSets.marks(bytesString(key)) == 0
}

// trigrams is a filter of the three-byte openings of a list of fragments:
// a name that holds none of them, as three adjacent bytes, holds no
// fragment. Each fragment's opening must be three lower case letters or
// digits, bytes that a name of such bytes keeps in place in both of a
// word set's forms (the lower-cased name, and its word form, where only
// the other bytes change); otherwise all is true and the filter refuses
// nothing.
type trigrams struct {
	bits [64]uint64 // hashed openings
	all  bool
}

func gramKey(a, b, c byte) uint16 {
	return uint16((uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 0x9e3779b1 >> 20)
}

func newTrigrams(sets ...wordSet) *trigrams {
	g := &trigrams{}
	for _, w := range sets {
		for _, f := range append(append([]string(nil), w.anywhere...), w.words...) {
			f = strings.Trim(f, "-")
			if len(f) < 3 || !isLowerAlnum(f[0]) || !isLowerAlnum(f[1]) || !isLowerAlnum(f[2]) {
				g.all = true
				continue
			}
			k := gramKey(f[0], f[1], f[2])
			g.bits[k>>6] |= 1 << (k & 63)
		}
	}
	return g
}

func isLowerAlnum(b byte) bool { return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' }

// mayHold says name (lower case ASCII) may hold one of the fragments.
func (g *trigrams) mayHold(name []byte) bool {
	if g.all {
		return true
	}
	for i := 0; i+2 < len(name); i++ {
		if k := gramKey(name[i], name[i+1], name[i+2]); g.bits[k>>6]&(1<<(k&63)) != 0 {
			return true
		}
	}
	return false
}

// dataNameGrams filters the data-* names that dataNameSets need not be
// asked about: nearly all of them hold no opening of a kicker or SEO
// heading word.
var dataNameGrams = newTrigrams(kickerClass, seoHeading)

// dataNameSets are the word sets the title readers look for in data-*
// names (isKicker, isSEOHeading), compiled together so that one pass
// over a name answers for both: dataAttrUnread asks them of every data-*
// attribute of a page.
var dataNameSets = newWordSets(kickerClass, seoHeading)

// dataAttrKept says the data-* attribute key is one a reader names
// (dataAttrsRead, ruleDataAttrs), or holds an upper case letter (the
// tokenizer lowers it; the lists are lower case).
func dataAttrKept(key []byte) bool {
	for _, b := range key {
		if 'A' <= b && b <= 'Z' {
			return true
		}
	}
	_, ok := keptDataAttrs()[string(key)]
	return ok
}

// keptDataAttrs is the set of dataAttrsRead and ruleDataAttrs, made once.
var keptDataAttrs = sync.OnceValue(func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, k := range dataAttrsRead {
		m[k] = struct{}{}
	}
	for _, k := range ruleDataAttrs() {
		m[k] = struct{}{}
	}
	return m
})

// scanTag reads a tag whose name starts at page[i] (a letter) as
// x/net/html's readTag does, to its closing '>'; ok is false when the
// page ends first. When vc is not nil, it notes there where the values
// to cut are (valueCuts.cut).
func scanTag(page []byte, i int, vc *valueCuts) (t rawTag, ok bool) {
	n := len(page)
	t.name[0] = i
	// readTagName
	for i++; i < n && tagByte[page[i]]&endsName == 0; i++ {
	}
	if i >= n {
		return t, false
	}
	t.name[1] = i
	t.scriptCut = true
	typeSeen := false
	lastValEnd := -1 // end of the last attribute value, as pendingAttr[1].end
	i = skipHTMLSpace(page, i)
	for {
		if i >= n {
			return t, false
		}
		if page[i] == '>' {
			i++
			break
		}
		// readTagAttrKey
		keyStart := i
		afterSpace := htmlSpace[page[i-1]]
		if page[i] == '=' {
			i++ // an '=' opening a name belongs to it
		}
		for ; i < n && tagByte[page[i]]&(endsName|endsKey) == 0; i++ {
		}
		if i >= n {
			return t, false
		}
		keyEnd := i
		// readTagAttrVal
		valStart, valEnd := i, i
		i = skipHTMLSpace(page, i)
		if i >= n {
			return t, false
		}
		switch c := page[i]; {
		case c == '/':
			if vc != nil && afterSpace && vc.dropAttr(page[keyStart:keyEnd]) {
				vc.spans[vc.n] = [2]int{keyStart, keyEnd}
				vc.n++
			}
			i++
		case c != '=':
			if vc != nil && afterSpace && vc.dropAttr(page[keyStart:keyEnd]) {
				vc.spans[vc.n] = [2]int{keyStart, keyEnd}
				vc.n++
			}
		default:
			i = skipHTMLSpace(page, i+1)
			if i >= n {
				return t, false
			}
			switch q := page[i]; q {
			case '>':
			case '\'', '"':
				k := bytes.IndexByte(page[i+1:], q)
				if k < 0 {
					return t, false
				}
				valStart, valEnd = i+1, i+1+k
				i = valEnd + 1
				switch {
				case vc == nil:
				case afterSpace && vc.dropAttr(page[keyStart:keyEnd]):
					vc.spans[vc.n] = [2]int{keyStart, i}
					vc.n++
				case valEnd-valStart >= minValueCut && vc.cut(page[keyStart:keyEnd], valEnd-valStart):
					vc.spans[vc.n] = [2]int{valStart, valEnd}
					vc.n++
				}
			default:
				valStart = i
				for i++; i < n && tagByte[page[i]]&endsValue == 0; i++ {
				}
				if i >= n {
					return t, false
				}
				valEnd = i
			}
		}
		lastValEnd = valEnd
		if keyEnd-keyStart == len("type") && !typeSeen && asciiEqualFold(page[keyStart:keyEnd], "type") {
			typeSeen = true // the tokenizer keeps a name's first value only
			t.scriptCut = !scriptKept(page[valStart:valEnd])
		}
		i = skipHTMLSpace(page, i)
	}
	t.end = i
	// readStartTag: "/>" closes the tag unless the '/' ends an unquoted
	// value of the last attribute (z.attr holds only attributes with a
	// name; a nameless one's value end is not compared there, which
	// only makes this test stricter than the tokenizer's).
	t.selfClosing = page[i-2] == '/' && i-2 != lastValEnd-1
	return t, true
}

// isDrawingKey says key is d or points, in any case: the geometry of an
// SVG path, polygon or polyline, which no reader of kabar's reads.
func isDrawingKey(key []byte) bool {
	return len(key) == 1 && key[0]|0x20 == 'd' || len(key) == len("points") && asciiEqualFold(key, "points")
}

// tagByte classes the bytes that end a tag's name, an attribute's name
// and an unquoted value in x/net/html's readTagName, readTagAttrKey and
// readTagAttrVal.
var tagByte = func() (t [256]uint8) {
	for _, c := range []byte(" \n\r\t\f") {
		t[c] |= endsName | endsValue
	}
	t['/'] |= endsName
	t['>'] |= endsName | endsValue
	t['='] |= endsKey
	return t
}()

const (
	endsName  = 1 << iota // a tag's name; with endsKey, an attribute's
	endsKey               // '=' (not as a name's first byte)
	endsValue             // an unquoted value
)

// ldType is the type of the scripts whose text a reader reads: indexDoc
// selects them with script[type="application/ld+json" i], which compares
// the decoded value with strings.EqualFold.
const ldType = "application/ld+json"

// scriptKept says a script with the raw type value v may be one that
// indexDoc selects, so its text must stay: v is ldType in any ASCII case,
// or holds a character reference or a non-ASCII byte, after which the
// decoded value could still fold to ldType (an entity spelling a letter,
// 'ſ' U+017F folding to 's', 'K' U+212A to 'k'). Any other value decodes
// to a string that strings.EqualFold cannot match with ldType.
func scriptKept(v []byte) bool {
	if asciiEqualFold(v, ldType) {
		return true
	}
	for _, b := range v {
		if b == '&' || b >= 0x80 {
			return true
		}
	}
	return false
}

// rawTagNames are the elements x/net/html's tokenizer reads as raw text
// (readStartTag), lowered.
var rawTagNames = []string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"}

// rawTagName is the lowered name when name is one of rawTagNames, else
// "". It is asked of every start tag: most names are let go by their
// length or first letter, without comparing them with each raw name.
func rawTagName(name []byte) string {
	if len(name) < len("xmp") || len(name) > len("plaintext") || !rawTagFirst[name[0]|0x20] {
		return ""
	}
	for _, r := range rawTagNames {
		if asciiEqualFold(name, r) {
			return r
		}
	}
	return ""
}

// rawTagFirst holds the first letters of rawTagNames.
var rawTagFirst = func() (t [256]bool) {
	for _, r := range rawTagNames {
		t[r[0]] = true
	}
	return t
}()

// rawTextEnd is where the raw text of the element raw, starting at
// page[i], ends: at "</raw" (in any case) followed by a space, '/' or
// '>' (readRawEndTag); -1 when the page ends first.
func rawTextEnd(page []byte, i int, raw string) int {
	for {
		k := bytes.Index(page[i:], []byte("</"))
		if k < 0 {
			return -1
		}
		e := i + k
		j := e + 2
		if j+len(raw) < len(page) && asciiEqualFold(page[j:j+len(raw)], raw) {
			if c := page[j+len(raw)]; isHTMLSpace(c) || c == '/' || c == '>' {
				return e
			}
		}
		i = e + 2
	}
}

// skipMarkupDeclaration steps over what follows "<!" at page[i] as
// readMarkupDeclaration reads it: a comment, or a doctype or bogus
// comment up to '>'. ok is false for "<![CDATA[" (read differently in
// foreign content) and when the page ends first.
func skipMarkupDeclaration(page []byte, i int) (next int, ok bool) {
	if i+2 > len(page) {
		return 0, false
	}
	if page[i] == '-' && page[i+1] == '-' {
		return skipComment(page, i+2)
	}
	if bytes.HasPrefix(page[i:], []byte("[CDATA[")) {
		return 0, false
	}
	// A doctype ends at '>' as a bogus comment does.
	k := bytes.IndexByte(page[i:], '>')
	if k < 0 {
		return 0, false
	}
	return i + k + 1, true
}

// skipComment steps over a comment's text, starting past "<!--", to
// just past its end as readComment finds it: '>' after two dashes or
// more, or at once ("<!-->", "<!--->"), or "--!>".
func skipComment(page []byte, i int) (next int, ok bool) {
	dashes := 0
	beginning := true
	for ; i < len(page); i++ {
		switch page[i] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i + 1, true
			}
		case '!':
			if dashes >= 2 {
				if i+1 >= len(page) {
					return 0, false
				}
				i++
				if page[i] == '>' {
					return i + 1, true
				}
				if page[i] == '-' {
					dashes = 1
					beginning = false
					continue
				}
			}
		}
		dashes = 0
		beginning = false
	}
	return 0, false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isHTMLSpace is the tokenizer's white space: space, \n, \r, \t, \f.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func skipHTMLSpace(page []byte, i int) int {
	for i < len(page) && htmlSpace[page[i]] {
		i++
	}
	return i
}

// asciiEqualFold says b is s (lower case ASCII) in any case.
func asciiEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
