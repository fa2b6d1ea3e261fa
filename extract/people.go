package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/kabar-news/kabar/extract/body"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readPeople fills Authors, Editors and Bylines from JSON-LD, meta tags,
// the site rule's selectors and generic byline elements, in that order.
// A JSON-LD Organization credited as author is kept with Source
// "jsonld:org" so that normalize can use it only when no person is named.
func readPeople(p *Page, doc *goquery.Document, idx *docIndex, meta metaTags, ld linkedData, rule *SiteRule) {
	if ld.main != nil {
		for _, a := range ld.people(ld.main, "author") {
			src := "jsonld"
			if a.org {
				src = "jsonld:org"
			}
			p.Authors = appendField(p.Authors, a.name, src)
		}
		for _, e := range ld.people(ld.main, "editor") {
			if !e.org {
				p.Editors = appendField(p.Editors, e.name, "jsonld")
			}
		}
		for _, c := range ld.people(ld.main, "contributor") {
			if !c.org {
				p.Contributors = appendField(p.Contributors, c.name, "jsonld")
			}
		}
	}
	for _, k := range metaAuthorKeys {
		for _, v := range meta.all(k) {
			if !looksLikeURL(v) && !strings.HasPrefix(v, "@") {
				p.Authors = appendField(p.Authors, collapse(v), "meta:"+k)
			}
		}
	}
	for _, k := range metaEditorKeys {
		for _, v := range meta.all(k) {
			if !looksLikeURL(v) {
				p.Editors = appendField(p.Editors, collapse(v), "meta:"+k)
			}
		}
	}
	root := doc.Nodes[0]
	if rule != nil {
		for _, kind := range []string{"author", "editor", "byline"} {
			for _, sel := range rule.selectors(kind) {
				for _, n := range cascadia.QueryAll(root, sel) {
					t := ruleText(n, spacedText)
					if t == "" || len(t) > maxBylineLen {
						continue
					}
					switch kind {
					case "author":
						p.Authors = appendField(p.Authors, t, "rule")
					case "editor":
						p.Editors = appendField(p.Editors, t, "rule")
					default:
						p.Bylines = appendField(p.Bylines, t, "rule")
					}
				}
			}
		}
	}
	for _, t := range visibleBylines(root, idx) {
		p.Bylines = appendField(p.Bylines, t, "byline")
	}
	for _, n := range idx.editors {
		if n.DataAtom == atom.Meta {
			p.Editors = appendField(p.Editors, attr(n, "content"), "microdata")
		} else if t := spacedText(n); len(t) <= maxBylineLen {
			p.Editors = appendField(p.Editors, t, "microdata")
		}
	}
	credits, sources := labelledLines(root, idx)
	for _, t := range credits {
		p.Bylines = appendField(p.Bylines, t, "text")
	}
	p.SourceLines = sources
}

// selItempropEditor finds schema.org microdata editors.
var selItempropEditor = mustSel("[itemprop=editor]")

// maxLabelLine bounds a credit line found by its label.
const maxLabelLine = 80

// labelledLines returns short lines that name no class but start with a
// label of conventions.json followed by a colon, outside paragraphs of
// running text: credit lines ("Editor : Ervan Hardoko", a table row
// "Penulis | : X") and source lines ("Sumber : Antara", often set after
// the story's last paragraph, outside the body). They are located here
// and read by normalize.
func labelledLines(root *html.Node, idx *docIndex) (credits, sources []string) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Select, atom.Form, atom.A, atom.Figure, atom.Figcaption:
			return
		case atom.Footer:
			if !isArticleFooter(n) {
				return
			}
		}
		if idx.isFurniture(n) && !isArticleFooter(n) {
			return
		}
		if n.DataAtom == atom.Tr || (n.DataAtom == atom.Li || n.DataAtom == atom.Div || n.DataAtom == atom.Span || n.DataAtom == atom.P || n.DataAtom == atom.Dd) && !hasBlockChild(n) {
			label, credit := lineGates(n)
			if !label {
				if credit {
					if t := spacedText(n); startsWithOpener(t) {
						credits = append(credits, t)
						return
					}
				}
				if t, ok := signOff(n); ok {
					credits = append(credits, t)
				}
				return
			}
			if t := spacedText(n); len(t) <= maxLabelLine {
				if startsWithLabel(t, bylineLabels) {
					credits = append(credits, t)
				} else if startsWithLabel(t, sourceLabels) {
					sources = append(sources, t)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return credits, sources
}

// maxSignOff bounds a sign-off line: a dash, a name or two and perhaps
// the writer's outlet or town ("— Mara Quill, Valley Ledger").
const maxSignOff = 80

// minSignOffProse is the least text of the paragraph before a sign-off:
// the line closes a story's prose, not a list or a box of links.
const minSignOffProse = 80

// signOff returns the text of n when it is a writer's sign-off closing
// the story: a short paragraph that opens with a dash ("— Mara Quill,
// Valley Ledger", "-- Tom Okafor / Riverton") right after a paragraph of
// prose, with nothing after it in its container. Small papers and blogs
// credit their writer so, and the body drops the short line. A line
// inside a quotation, a figure or an aside is the attribution of what
// it closes ("— a poet"), and one with a digit or an at sign the
// signature of an embedded post ("— Name (@handle) May 3, 2024"): no
// sign-off; nor is a mark framed by dashes ("— END —") or one word.
// normalize reads the names as it reads any byline.
func signOff(n *html.Node) (string, bool) {
	if n.DataAtom != atom.P {
		return "", false
	}
	// The line's first text, perhaps inside emphasis ("<em>— Mara
	// Quill</em>").
	first := n.FirstChild
	for first != nil {
		if first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
			first = first.NextSibling
			continue
		}
		if first.Type == html.ElementNode && (first.DataAtom == atom.Em || first.DataAtom == atom.I || first.DataAtom == atom.Strong || first.DataAtom == atom.B) {
			first = first.FirstChild
			continue
		}
		break
	}
	if first == nil || first.Type != html.TextNode {
		return "", false
	}
	lead := strings.TrimSpace(first.Data)
	if !strings.HasPrefix(lead, "—") && !strings.HasPrefix(lead, "–") && !strings.HasPrefix(lead, "--") {
		return "", false
	}
	next := n.NextSibling
	for ; next != nil; next = next.NextSibling {
		if strings.TrimSpace(nodeText(next)) != "" {
			return "", false
		}
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		if prev.Type == html.TextNode && strings.TrimSpace(prev.Data) != "" {
			return "", false
		}
		prev = prev.PrevSibling
	}
	if prev == nil || prev.DataAtom != atom.P || len(nodeText(prev)) < minSignOffProse {
		return "", false
	}
	if hasAncestor(n, func(a *html.Node) bool {
		return a.DataAtom == atom.Blockquote || a.DataAtom == atom.Figure || a.DataAtom == atom.Aside
	}) {
		return "", false
	}
	t := spacedText(n)
	if len(t) > maxSignOff || strings.ContainsAny(t, "0123456789@") {
		return "", false
	}
	rest := strings.TrimSpace(strings.TrimLeft(t, "—–- "))
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return "", false
	}
	// A mark framed by dashes ("— END —", "-Ends-") closes a release,
	// and one word ("— Ends") names no writer.
	if strings.HasSuffix(rest, "-") || strings.HasSuffix(rest, "–") || strings.HasSuffix(rest, "—") || len(strings.Fields(rest)) < 2 {
		return "", false
	}
	return t, true
}

// isArticleFooter reports whether n is the footer of an <article> (a
// <footer> or an element with "footer" in its class or id), where wire
// stories print their credit line, rather than the page's.
func isArticleFooter(n *html.Node) bool {
	if n.DataAtom != atom.Footer && !strings.Contains(strings.ToLower(classID(n)), "footer") {
		return false
	}
	return hasAncestor(n, func(a *html.Node) bool { return a.DataAtom == atom.Article })
}

// maxCreditLine bounds a credit line found by its opener: wire credits
// name several reporters, places and editors ("Reporting by A in Kyiv
// and B in Warsaw; Additional reporting by C; Editing by D and E").
const maxCreditLine = 300

// lineGates are cheap tests, without building the text, that spacedText(n)
// may be a labelled line (at most maxLabelLine bytes, with a colon) and
// a credit line opened by a phrase of credit_line_openers (at most
// maxCreditLine bytes, with the last letter of an opener, the "y" of
// "by", and opening with a byte such a line may open with: creditFirst). Both count the same bytes, so one walk counting to the larger
// limit and noting both kinds of byte answers both.
func lineGates(n *html.Node) (label, credit bool) {
	count, marks, first, ok := shortTextMarks(n, maxCreditLine, &lineMarks)
	if !ok {
		return false, false
	}
	label = count <= maxLabelLine && marks&markColon != 0
	credit = len(creditOpeners) > 0 && marks&markOpenerEnd != 0 && first >= 0 && creditFirst[first]
	return label, credit
}

// creditFirst holds the bytes a credit line's text may open with, as
// startsWithOpener reads it: a framing character it trims ("([-*"), the
// first letter of an opener in either case, and every non-ASCII byte (an
// en or em dash; a capital whose lower case is ASCII, as "K" of the
// Kelvin sign). A text opening with any other byte opens with no opener.
var creditFirst = func() (set [256]bool) {
	for _, c := range []byte("([-* ") {
		set[c] = true
	}
	for c := utf8.RuneSelf; c < len(set); c++ {
		set[c] = true
	}
	for _, o := range creditOpeners {
		if o == "" {
			for c := range set {
				set[c] = true
			}
			return set
		}
		c := o[0]
		set[c] = true
		if 'a' <= c && c <= 'z' {
			set[c-'a'+'A'] = true
		}
	}
	return set
}()

const (
	markColon     = 1 << iota // ':' of a labelled line
	markOpenerEnd             // a last letter of a credit_line_openers phrase
)

// lineMarks marks the bytes lineGates looks for.
var lineMarks = func() (set [256]uint8) {
	set[':'] |= markColon
	for c, ok := range creditOpenerEnds {
		if ok {
			set[c] |= markOpenerEnd
		}
	}
	return set
}()

// shortTextMarks is a cheap look at n's text without building it: it
// counts the visible ASCII bytes other than whitespace, which collapse
// keeps (more than limit, and nodeText(n) and spacedText(n) are longer
// than limit), up to limit, and or-s their marks in set; ok is false when there are more than limit. first is the
// text's first byte other than ASCII whitespace, -1 when there is none:
// the first byte of nodeText(n) and spacedText(n) when it is ASCII.
func shortTextMarks(n *html.Node, limit int, set *[256]uint8) (count int, marks uint8, first int, ok bool) {
	first = -1
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			d := n.Data
			i := 0
			if first < 0 {
				for i < len(d) && !asciiWord[d[i]] && d[i] < utf8.RuneSelf {
					i++ // ASCII white space
				}
				if i == len(d) {
					return true
				}
				first = int(d[i])
			}
			for ; i < len(d); i++ {
				// asciiWord: an ASCII byte other than white space.
				if c := d[i]; asciiWord[c] {
					if count++; count > limit {
						return false
					}
					marks |= set[c]
				}
			}
			return true
		case html.ElementNode, html.CommentNode:
			if unreadText(n) {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	ok = walk(n)
	return count, marks, first, ok
}

// creditOpenerEnds holds the last letter of every credit_line_openers
// phrase in both cases ("y" of "reporting by", "m" of "with files from"):
// a credit line holds one of them.
var creditOpenerEnds = func() (set [256]bool) {
	for _, o := range creditOpeners {
		if c := o[len(o)-1]; c < utf8.RuneSelf {
			set[c] = true
			set[unicode.ToUpper(rune(c))] = true
		} else {
			for i := range set {
				set[i] = true // a non-ASCII ending: no cheap test
			}
			return set
		}
	}
	return set
}()

// startsWithOpener reports whether t, less a framing parenthesis, bracket
// or dash, opens with one of credit_line_openers followed by a
// capitalised word ("(Reporting by Ana Lima; Editing by …)").
func startsWithOpener(t string) bool {
	t = strings.TrimLeft(t, "([-–—* ")
	// Only the head of t can hold an opener: lower that much (a rune
	// lowers to at least one byte from at most four; the cut is at a
	// rune's start, so the lowered head is the lowered text's head).
	longest := 0
	for _, o := range creditOpeners {
		longest = max(longest, len(o))
	}
	head := t
	if n := 4*(longest+1) + 4; len(head) > n {
		for n > 0 && !utf8.RuneStart(head[n]) {
			n--
		}
		head = head[:n]
	}
	lower := strings.ToLower(head)
	for _, o := range creditOpeners {
		if len(lower) <= len(o) || lower[len(o)] != ' ' || !strings.HasPrefix(lower, o) {
			continue
		}
		rest := strings.TrimSpace(t[len(o):])
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// digitMarks marks the ASCII digits: shortTextMarks with it tells
// whether a short text holds one (every date does) without building it.
var digitMarks = func() (set [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		set[c] = 1
	}
	return set
}()

// startsWithLabel reports whether t opens with one of labels and a colon
// ("Editor: X", "Penulis | : X"), the label matched whole and
// case-insensitively.
func startsWithLabel(t string, labels []string) bool {
	label, rest, ok := strings.Cut(t, ":")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	label = strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label), "|")))
	return slices.Contains(labels, label)
}

// maxBylineLen bounds a byline element's text: longer elements are author
// bio boxes or whole articles, not bylines.
const maxBylineLen = 200

// maxAuthorLineLen bounds the line around an author link taken as byline.
const maxAuthorLineLen = 120

// isAuthorLink reports whether href points at an author page
// ("/author/jane-doe", "/penulis/rina"), by the path conventions of
// conventions.json.
func isAuthorLink(href string) bool {
	if href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	return authorPath.MatchString(href) && !isAccountPage(href)
}

// isAccountPage reports whether href is the author page of a CMS account
// rather than of a person ("/author/admin/"): the name shown for such an
// account ("Ilanga D", "Redaksi Web") credits no one.
func isAccountPage(href string) bool {
	if !authorPath.MatchString(href) {
		return false
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	last := strings.ToLower(strings.TrimRight(href, "/"))
	if i := strings.LastIndexByte(last, '/'); i >= 0 {
		last = last[i+1:]
	}
	return slices.Contains(accountNames, last)
}

// visibleBylines returns the text of byline elements outside furniture: by
// class/id name, rel=author and itemprop=author. Only the outermost element
// of a nested match is taken, unless it is too long to be a byline.
func visibleBylines(root *html.Node, idx *docIndex) []string {
	var out []string
	// joined holds the author elements read with an alike sibling
	// before them, whose text is that byline's already.
	var joined map[*html.Node]bool
	var walk func(n *html.Node, taken bool)
	walk = func(n *html.Node, taken bool) {
		if joined[n] {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer, atom.Figure, atom.Figcaption, atom.Select, atom.Form, atom.Svg:
				return
			}
			if n.DataAtom == atom.Span && body.HoverCard(n) || n.DataAtom == atom.A && hoverCardNext(n) {
				// A linked name with its hover card (the name again,
				// a picture, the person's latest stories) names whom
				// the story speaks of, not who wrote it.
				return
			}
			ci := classID(n)
			if idx.isFurniture(n) {
				return
			}
			if !taken && isBylineElement(n, ci, idx) {
				t := spacedText(n)
				// A bare author link stands in a line such as "von <a>Name</a>":
				// take the line when it is short.
				if n.DataAtom == atom.A && n.Parent != nil && !isBylineElement(n.Parent, classID(n.Parent), idx) {
					if pt := spacedText(n.Parent); len(pt) <= maxAuthorLineLen && countLinks(n.Parent) <= 3 {
						t = pt
					}
				}
				t = splitAffiliation(n, splitAuthorElems(n, splitAuthorLinks(n, t), idx), idx)
				// "<div class=author>A</div><div class=author>B</div>":
				// writers set as alike sibling elements, one each, are
				// one byline, as they are inside a byline element.
				for _, sib := range alikeAuthorSiblings(n, ci, idx) {
					if st := spacedText(sib); st != "" && len(t)+len(st)+2 <= maxBylineLen {
						t += ", " + st
						if joined == nil {
							joined = map[*html.Node]bool{}
						}
						joined[sib] = true
					}
				}
				if t != "" && len(t) <= maxBylineLen && countLinks(n) <= 4 {
					if roles := roleLines(n); len(roles) > 0 {
						out = append(out, roles...)
					} else {
						out = append(out, t)
					}
					taken = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, taken)
		}
	}
	walk(root, false)
	return out
}

// hoverCardNext reports a link followed by a hover card (body.HoverCard),
// white space between them aside.
func hoverCardNext(a *html.Node) bool {
	s := a.NextSibling
	for s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
		s = s.NextSibling
	}
	return s != nil && s.Type == html.ElementNode && s.DataAtom == atom.Span && body.HoverCard(s)
}

// splitAuthorLinks keeps apart the names of a byline set as a list of
// author links with nothing but space between them ("<a href=/author/a>Jane
// Roe</a> <a href=/author/b>Tom Okafor</a>", one <li> each): t, the text
// of the byline at or above n, would run them into one four-word "name".
// The run of link texts is rewritten comma-joined; any other t comes back
// as it is.
func splitAuthorLinks(n *html.Node, t string) string {
	if n.Parent != nil && n.DataAtom == atom.A {
		n = n.Parent
	}
	// One link per writer, each a name: a second link to the same page
	// ("View Articles", "About Jane Roe", a photo) means the element is
	// one writer's card, not a list.
	var names []string
	hrefs := map[string]bool{}
	for _, a := range cascadia.QueryAll(n, selLink) {
		href := attr(a, "href")
		if !isAuthorLink(href) {
			continue
		}
		if hrefs[href] {
			return t
		}
		hrefs[href] = true
		at := spacedText(a)
		if !looksLikeNames(at) {
			return t
		}
		names = append(names, at)
	}
	if len(names) < 2 {
		return t
	}
	run := strings.Join(names, " ")
	if !strings.Contains(t, run) {
		return t
	}
	return strings.Replace(t, run, strings.Join(names, ", "), 1)
}

// splitAuthorElems keeps apart the names of a byline set as sibling
// author elements with no separator between them, links or not
// ("<span class=author>Jane Roe</span><span class=author>Tom
// Okafor</span>", one itemprop=author element each): t, the text of n,
// would run them into one four-word "name". The highest byline elements
// inside n must each read as one name (looksLikeNames: a date, a job of
// one word or a first name alone leaves t as it is), and their run must
// stand in t, and be alike (one tag, class and itemprop: the items of a
// list); it is rewritten comma-joined.
func splitAuthorElems(n *html.Node, t string, idx *docIndex) string {
	var names []string
	hrefs := map[string]bool{}
	first := ""
	ok := true
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ch := c.FirstChild; ch != nil && ok; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if isBylineElement(ch, classID(ch), idx) {
				at := spacedText(ch)
				if at == "" {
					continue
				}
				// Two links to one page ("Jane Roe", "View More
				// Articles"): one writer's card, not a list.
				if href := elemHref(ch); href != "" {
					if hrefs[href] {
						ok = false
						return
					}
					hrefs[href] = true
				}
				if !looksLikeNames(at) {
					ok = false
					return
				}
				// A list's items are alike: a name beside a role or a
				// date element ("author-card__name", "author-card__role")
				// is one writer's card.
				kind := ch.Data + "\x00" + attr(ch, "class") + "\x00" + attr(ch, "itemprop")
				if len(names) > 0 && kind != first {
					ok = false
					return
				}
				first = kind
				names = append(names, at)
				continue
			}
			walk(ch)
		}
	}
	walk(n)
	if !ok || len(names) < 2 {
		return t
	}
	run := strings.Join(names, " ")
	if !strings.Contains(t, run) {
		return t
	}
	return strings.Replace(t, run, strings.Join(names, ", "), 1)
}

// splitAffiliation keeps the writers of a byline apart from the outlet or
// line the page sets in the element after theirs with no separator
// ("<span class=author>Jane Roe and Tom Okafor</span><span
// class=publication>Harbour City Leader</span>"): t, the text of n,
// would run the last name into the outlet's ("Tom Okafor Harbour City
// Leader"), a "name" of six words, and lose that writer. The element
// boundary is the separator the page draws by layout; it is written as
// a comma, which normalize reads as it reads "Jane Roe, Harbour City
// Leader". Only a byline element inside n whose text reads as names
// (looksLikeNames, initials' stops aside) and whose next element is no byline element (a
// list's next writer, or a writer's card's role, are
// splitAuthorElems's and normalize's) is so split; any other t comes
// back as it is.
func splitAffiliation(n *html.Node, t string, idx *docIndex) string {
	var walk func(c *html.Node) bool
	walk = func(c *html.Node) bool {
		for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if !isBylineElement(ch, classID(ch), idx) {
				if walk(ch) {
					return true
				}
				continue
			}
			at := spacedText(ch)
			next := ch.NextSibling
			for next != nil && (next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" || next.Type == html.CommentNode) {
				next = next.NextSibling
			}
			// (Initials keep their stops in a byline: "Jane Q. Roe".)
			if at == "" || !looksLikeNames(strings.ReplaceAll(at, ".", "")) || next == nil || next.Type != html.ElementNode || isBylineElement(next, classID(next), idx) {
				return false
			}
			nt := spacedText(next)
			if nt == "" || !unicode.IsUpper([]rune(nt)[0]) {
				return false
			}
			t = strings.Replace(t, at+" "+nt, at+", "+nt, 1)
			return true
		}
		return false
	}
	walk(n)
	return t
}

// elemHref is the target of n, a link, or of the first link inside it.
func elemHref(n *html.Node) string {
	if n.DataAtom == atom.A {
		return attr(n, "href")
	}
	if a := cascadia.Query(n, selLink); a != nil {
		return attr(a, "href")
	}
	return ""
}

// isBylineElement reports whether n holds a byline by its link, rel,
// itemprop or class; ci is classID(n).
// alikeAuthorSiblings lists the element siblings right after n, with
// only white space between, that have n's tag and class and are byline
// elements too, each naming one writer by a name's words alone (no
// label, no date, no role of its own: one or two links at most): the
// other writers of a byline set one to an element. A credits box, whose
// elements each give a role, is read element by element (roleLines).
func alikeAuthorSiblings(n *html.Node, ci string, idx *docIndex) []*html.Node {
	var out []*html.Node
	if len(roleLines(n)) > 0 {
		return nil // a credits box: each element has a role of its own
	}
	for sib := n.NextSibling; sib != nil; sib = sib.NextSibling {
		if sib.Type == html.TextNode && strings.TrimSpace(sib.Data) == "" {
			continue
		}
		if sib.Type != html.ElementNode || sib.DataAtom != n.DataAtom || attr(sib, "class") != attr(n, "class") || attr(n, "class") == "" ||
			countLinks(sib) > 2 || !looksLikeNames(spacedText(sib)) || len(roleLines(sib)) > 0 || !isBylineElement(sib, classID(sib), idx) {
			break
		}
		out = append(out, sib)
	}
	return out
}

func isBylineElement(n *html.Node, ci string, idx *docIndex) bool {
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link || n.DataAtom == atom.Img {
		return false
	}
	// The tests of n's own markup come first: this runs on every
	// element, and the account and teaser tests walk its subtree or its
	// ancestors. (All are pure: only the order of asking changed.)
	byMarkup := n.DataAtom == atom.A && isAuthorLink(attr(n, "href")) ||
		strings.Contains(strings.ToLower(attr(n, "rel")), "author") || strings.EqualFold(attr(n, "itemprop"), "author")
	if !byMarkup {
		m := idx.classMarks(n, ci)
		if m&markByline == 0 {
			// Script-built pages hash their class names and name the
			// element for their tests instead ("prism-byline").
			if t := attr(n, "data-testid"); t != "" {
				m = classSets.marks(t)
			}
		}
		if m&markByline == 0 || m&markNotByline != 0 {
			return false
		}
		// A credit beside a picture is the photographer's: it goes to Images.
		if strings.Contains(strings.ToLower(ci), "credit") && nearPicture(n) {
			return false
		}
	}
	return !isAccountCredit(n) && !inTeaserCard(n)
}

// inTeaserCard reports whether n stands in a teaser card of a list of
// other stories ("More from …", "Onward journey"): its nearest <article>
// has a sibling <article>, directly or as the next list item's. Such a
// byline names another story's writer.
func inTeaserCard(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode || a.DataAtom != atom.Article {
			continue
		}
		item := a
		if p := a.Parent; p != nil && p.DataAtom == atom.Li && p.Parent != nil {
			item = p
		}
		if item.Parent == nil {
			return false
		}
		for s := item.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s == item || s.Type != html.ElementNode {
				continue
			}
			if s.DataAtom == atom.Article || s.DataAtom == atom.Li && cascadia.Query(s, selArticle) != nil {
				return true
			}
		}
		return false
	}
	return false
}

// selArticle finds <article> elements.
var selArticle = mustSel("article")

// isAccountCredit reports whether n credits only a CMS account: its text
// is that of one link to an account page ("/author/admin/").
func isAccountCredit(n *html.Node) bool {
	a := n
	if n.DataAtom != atom.A {
		if a = cascadia.Query(n, selLink); a == nil {
			return false
		}
	}
	return isAccountPage(attr(a, "href")) && nodeText(a) == nodeText(n)
}

// nearPicture reports whether n's parent or grandparent holds a picture.
// Avatars and icons do not count: a credits box with the staff's
// portraits ("Yuslianson, Editor") is a byline, not a photo credit.
func nearPicture(n *html.Node) bool {
	for a, i := n.Parent, 0; a != nil && i < 2; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.Body || a.DataAtom == atom.Article {
			return false
		}
		for _, img := range cascadia.QueryAll(a, selImg) {
			if isPicture(img, imageSource(img)) {
				return true
			}
		}
	}
	return false
}

// roleLines reads a credits box that gives roles in elements of their own
// (class credit_role_classes of conventions.json, text a credit label) as
// labelled lines ("Editor: Yuslianson") that normalize reads like any
// other. Two layouts are common: the role after each name
// ("<span class=name>Yuslianson</span><span class=role>Editor</span>"),
// and a list where a role item heads the items of the people who hold it
// ("<li class=role>Editor</li><li>Iskandar</li>").
func roleLines(box *html.Node) []string {
	var roles []*html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if creditRole.MatchString(classID(c)) && isBylineLabel(nodeText(c)) {
				roles = append(roles, c)
				continue
			}
			find(c)
		}
	}
	find(box)
	var out []string
	add := func(role, name string) {
		if name = strings.TrimSpace(name); name != "" && len(name) <= maxLabelLine {
			out = append(out, role+": "+name)
		}
	}
	for _, r := range roles {
		role := nodeText(r)
		// The role's own element: the highest that holds nothing else.
		holder := r
		for holder != box && holder.Parent != nil && holder.Parent != box && nodeText(holder.Parent) == role {
			holder = holder.Parent
		}
		if isRoleList(holder, roles) {
			for s := holder.NextSibling; s != nil; s = s.NextSibling {
				if s.Type != html.ElementNode {
					continue
				}
				if hasRole(s, roles) {
					break
				}
				add(role, nodeText(s))
			}
			continue
		}
		if holder.Parent != nil {
			add(role, strings.Replace(nodeText(holder.Parent), role, "", 1))
		}
	}
	return out
}

// isRoleList reports whether a role element stands among its siblings as
// the head of a list: another sibling holds a role too.
func isRoleList(holder *html.Node, roles []*html.Node) bool {
	if holder.Parent == nil {
		return false
	}
	for s := holder.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != holder && s.Type == html.ElementNode && hasRole(s, roles) {
			return true
		}
	}
	return false
}

func hasRole(n *html.Node, roles []*html.Node) bool {
	for _, r := range roles {
		for a := r; a != nil; a = a.Parent {
			if a == n {
				return true
			}
		}
	}
	return false
}

// isBylineLabel reports whether t is a whole credit label, in any case.
func isBylineLabel(t string) bool {
	return slices.Contains(bylineLabels, strings.ToLower(strings.TrimSpace(t)))
}

func countLinks(n *html.Node) int {
	c := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			c++
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	return c
}

// appendField adds a value unless it is empty or already there with the
// same text.
func appendField(fs []Field, value, source string) []Field {
	value = collapse(value)
	if value == "" {
		return fs
	}
	for _, f := range fs {
		if f.Value == value {
			return fs
		}
	}
	return append(fs, Field{Value: value, Source: source})
}

// isFurniture reports whether n is a container of page furniture (related
// lists, comments, navigation) by its class or id. The page's structural
// elements are never furniture, whatever their classes say: some sites
// give <body> a class such as "segment--recommended".
func isFurniture(n *html.Node) bool {
	if n.Type != html.ElementNode || len(n.Attr) == 0 || structural(n) {
		return false
	}
	return furnitureClass.MatchString(classID(n))
}

// structural reports the page's structural elements, which are never
// furniture.
func structural(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return true
	}
	return false
}

// selParagraph finds paragraphs.
var selParagraph = mustSel("p")

// signOffLines returns the names that open or close the article body (its
// first or last paragraph; a bold crosshead in between is no signature) as
// a paragraph of their own set wholly in bold ("<p><strong>Mohloai
// Mpesi</strong></p>", "<p style=text-align:right><b>Lê Phương</b></p>"):
// a signature without a label. They go to Bylines with Source "text".
func signOffLines(content *html.Node) []string {
	if content == nil {
		return nil
	}
	var paras []*html.Node
	for _, n := range cascadia.QueryAll(content, selParagraph) {
		if hasText(n) && !hasAncestor(n, func(a *html.Node) bool {
			return a.DataAtom == atom.Figure || a.DataAtom == atom.Blockquote || a.DataAtom == atom.Figcaption
		}) {
			paras = append(paras, n)
		}
	}
	// The head of the body is its first paragraph, or the first after a
	// deck: up to maxDeckLines paragraphs set wholly in italics or bold
	// ("<p><em>…as villagers count the cost</em></p>") that stand above
	// the signature on some templates.
	head := 0
	for head < len(paras)-1 && head < maxDeckLines && isDeckLine(paras[head]) {
		head++
	}
	var out []string
	for i, n := range paras {
		if i > head && i < len(paras)-1 {
			continue
		}
		if t := nodeText(n); boldText(n) == t && looksLikeNames(t) {
			out = append(out, t)
		}
	}
	return out
}

// headBylineLines returns a byline printed as a plain paragraph at the head
// of the article body ("<p>By Jane Roe</p>", "<p>Par Claire Dubois et Marc
// Petit</p>"): a byline preposition of conventions.json, then one to
// three names and nothing else. Only paragraphs before the body's first
// paragraph of prose are read, and only the first such line is taken, so
// a teaser's byline further down (a related story) never counts. The body
// reader trims the line as furniture; without this it is read nowhere.
// They go to Bylines with Source "byline".
func headBylineLines(content *html.Node) []string {
	if content == nil {
		return nil
	}
	seen := 0
	for _, n := range cascadia.QueryAll(content, selParagraph) {
		if !hasText(n) || hasAncestor(n, func(a *html.Node) bool {
			return a.DataAtom == atom.Figure || a.DataAtom == atom.Blockquote || a.DataAtom == atom.Figcaption
		}) {
			continue
		}
		t := nodeText(n)
		if isProse(t) || seen >= maxDeckLines+1 {
			return nil
		}
		seen++
		first, rest, ok := strings.Cut(t, " ")
		if ok && len(t) <= maxLabelLine && slices.Contains(bylinePreps, strings.ToLower(strings.TrimRight(first, ":"))) &&
			looksLikeNames(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))) {
			return []string{t}
		}
	}
	return nil
}

// isProse says t reads as a paragraph of running text: longer than any
// credit line, or closing on a sentence's stop.
func isProse(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > maxLabelLine || strings.HasSuffix(t, ".") && strings.Count(t, " ") >= 5
}

// maxDeckLines bounds the deck above a signature at the head of a body.
const maxDeckLines = 3

// isDeckLine says paragraph n is a line of a deck: set wholly in italics
// or bold, and not itself a signature.
func isDeckLine(n *html.Node) bool {
	t := nodeText(n)
	if t == "" || looksLikeNames(t) {
		return false
	}
	// Compared without spaces: "<em>cry </em><em>foul</em>" joins its
	// parts with one.
	return strings.Join(strings.Fields(emphText(n)), "") == strings.Join(strings.Fields(t), "")
}

// emphText is the text of n's <em>, <i>, <strong> and <b> elements,
// space-joined.
func emphText(n *html.Node) string {
	var parts []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Strong || n.DataAtom == atom.B || n.DataAtom == atom.Em || n.DataAtom == atom.I) {
			parts = append(parts, nodeText(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapse(strings.Join(parts, " "))
}

// boldText is the text of n's <strong> and <b> elements, space-joined.
func boldText(n *html.Node) string {
	var parts []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Strong || n.DataAtom == atom.B) {
			parts = append(parts, nodeText(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapse(strings.Join(parts, " "))
}

// nameJoiners may stand between the names of a signature.
var nameJoiners = map[string]bool{"/": true, "&": true, ",": true, "and": true, "und": true, "dan": true, "et": true, "y": true, "e": true, "và": true}

// nameJoinerSpacer sets the joining marks of a signature apart as words.
// Built once: a strings.Replacer builds its tables on first use, and
// looksLikeNames is asked of many short texts of every page (a
// Replacer is safe for concurrent use).
var nameJoinerSpacer = strings.NewReplacer("/", " / ", ",", " , ", "&", " & ")

// looksLikeNames reports whether t reads as one to three personal names:
// two to four capitalised words each, joined by "/", "&", "," or "and",
// with no digits and no sentence punctuation.
func looksLikeNames(t string) bool {
	if len([]rune(t)) > 60 || strings.ContainsAny(t, "0123456789.!?:;\"()|@") {
		return false
	}
	t = nameJoinerSpacer.Replace(t)
	names, words := 0, 0
	for _, w := range append(strings.Fields(t), "/") {
		if nameJoiners[strings.ToLower(w)] {
			if words > 0 {
				if words < 2 || words > 4 {
					return false
				}
				names++
			}
			words = 0
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		words++
	}
	return names >= 1 && names <= 3
}
