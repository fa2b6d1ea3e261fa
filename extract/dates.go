package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readDates fills Published and Modified, most trusted first: JSON-LD,
// meta tags, <time datetime> and itemprop elements, the site rule's date
// elements, then visible date text near the title. Values are kept as
// written; normalize parses them.
//
// heading is matchingHeading(idx, p.Title), found once by the caller.
func readDates(p *Page, doc *goquery.Document, idx *docIndex, meta metaTags, ld linkedData, rule *SiteRule, heading *html.Node) {
	if ld.main != nil {
		p.Published = appendField(p.Published, ld.main.str("datePublished"), "jsonld")
		if len(p.Published) == 0 {
			p.Published = appendField(p.Published, ld.main.str("dateCreated"), "jsonld:created")
		}
		p.Modified = appendField(p.Modified, ld.main.str("dateModified"), "jsonld")
	}
	for _, k := range metaPublishedKeys {
		for _, v := range meta.all(k) {
			p.Published = appendField(p.Published, v, "meta:"+k)
		}
	}
	for _, k := range metaModifiedKeys {
		for _, v := range meta.all(k) {
			p.Modified = appendField(p.Modified, v, "meta:"+k)
		}
	}
	if ld.main == nil {
		// No article entity: the page's own node (a WebPage, a fact
		// check's ClaimReview) still dates the page, after the meta tags.
		if n := ld.pageNode(); n != nil {
			p.Published = appendField(p.Published, n.str("datePublished"), "jsonld:page")
			p.Modified = appendField(p.Modified, n.str("dateModified"), "jsonld:page")
		}
	}
	root := doc.Nodes[0]
	scope, story := dateScope(root, titleHeading(idx, heading))
	sel(idx.dateNodes).Each(func(_ int, s *goquery.Selection) {
		n := s.Nodes[0]
		if n.DataAtom == atom.Meta || hasAncestor(n, idx.isFurniture) {
			return
		}
		// A plain <time> counts near the headline only: elsewhere it dates
		// comments, teasers or the page itself.
		if attr(n, "itemprop") == "" && !contains(scope, n) && (story == nil || !contains(story, n)) {
			return
		}
		v := firstNonEmpty(attr(n, "datetime"), attr(n, "content"), nodeText(n))
		ip := strings.ToLower(attr(n, "itemprop"))
		ci := strings.ToLower(classID(n))
		if ip == "datemodified" || (ip == "" && (strings.Contains(ci, "updat") || strings.Contains(ci, "modif"))) {
			p.Modified = appendField(p.Modified, v, "time")
			return
		}
		p.Published = appendField(p.Published, v, "time")
	})
	if rule != nil {
		for _, kind := range []string{"date", "modified"} {
			v := ruleDate(root, rule.selectors(kind))
			if kind == "date" {
				p.Published = appendField(p.Published, v, "rule")
			} else {
				p.Modified = appendField(p.Modified, v, "rule")
			}
		}
	}
	texts, nodes := visibleDates(scope, idx)
	for _, t := range texts {
		if opensWithUpdate(t) {
			p.Modified = appendField(p.Modified, t, "text")
		} else {
			p.Published = appendField(p.Published, t, "text")
		}
	}
	for _, n := range nodes {
		if t := nameBeside(n); t != "" {
			p.Bylines = appendField(p.Bylines, t, "byline")
			break
		}
	}
}

// nameBeside reads the writer's name printed just before a date near the
// headline in an element of its own, with no label or class to say so
// ("<span>Jana Roth |</span><span>05.04.2025</span>"): the element
// before the date (or the date line's first part), whole, reads as one to
// three personal names set off by a separator. "" when there is none.
func nameBeside(date *html.Node) string {
	// A date line whose first part is the name ("<div><span>Jana Roth
	// |</span><span>05.04.2025</span></div>").
	if first := firstElement(date); first != nil && nextElement(first) != nil {
		if t := nameElement(first); t != "" {
			return t
		}
	}
	if t := nameElement(prevElement(date)); t != "" {
		return t
	}
	return nameInLine(date)
}

// nameInLine reads the writer's name that a date line prints in its own
// text before a separator ("Rina Sari | Kamis, 5 Maret 2026 - 13:20
// WIB", "Rina Sari · 5 March 2026"): the part before the first separator
// reads as one to three personal names and the rest holds the year. A
// line whose first part is an element is nameBeside's; "" otherwise.
func nameInLine(date *html.Node) string {
	if firstElement(date) != nil {
		return ""
	}
	t := strings.TrimSpace(strings.ReplaceAll(nodeText(date), "\u00a0", " "))
	for _, sep := range [...]string{" | ", " · ", " • "} {
		if name, rest, ok := strings.Cut(t, sep); ok {
			name = strings.TrimSpace(name)
			if hasYear(rest) && !hasYear(name) && looksLikeNames(name) {
				return name
			}
			return ""
		}
	}
	return ""
}

// prevElement is the element before n, skipping blank text, or nil.
func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(strings.ReplaceAll(p.Data, "\u00a0", " ")) != "" {
			return nil
		}
	}
	return nil
}

// nextElement is the element after n, skipping any text, or nil.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// firstElement is n's first element child, or nil.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// nameElement is the text of prev when it is a small element that reads,
// less the separators around it, as one to three personal names.
func nameElement(prev *html.Node) string {
	if prev == nil || hasBlockChild(prev) || countLinks(prev) > 1 {
		return ""
	}
	switch prev.DataAtom {
	case atom.Span, atom.Div, atom.P, atom.A, atom.Strong, atom.B, atom.Em:
	default:
		return ""
	}
	raw := strings.TrimSpace(strings.ReplaceAll(nodeText(prev), "\u00a0", " "))
	t := strings.TrimRight(raw, " |•·-–—/")
	// The name is set off from the date by a separator of its own
	// ("Jana Roth |"): a place before a date ("Kuala Lumpur, 3 May")
	// is written with a comma, or with nothing.
	if t == raw || !looksLikeNames(t) {
		return ""
	}
	return t
}

// maxDateLen bounds the text of a date element; maxBareDateLen that of an
// element taken for its shape alone.
const (
	maxDateLen     = 90
	maxBareDateLen = 60
)

// visibleDates returns short date texts shown near the title: elements
// named like dates, holding a year, inside the title's neighbourhood
// scope (from dateScope: the h1's ancestors up to four levels up), at
// most three.
func visibleDates(scope *html.Node, idx *docIndex) ([]string, []*html.Node) {
	var out []string
	var nodes []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if len(out) >= 3 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer, atom.A, atom.Select, atom.Form:
				return
			}
			ci := classID(n)
			if idx.isFurniture(n) {
				return
			}
			named := (n.DataAtom == atom.Time && attr(n, "datetime") == "") || (n.DataAtom != atom.Time && idx.classMarks(n, ci)&markDate != 0)
			// An unnamed element holding only a short date with a time of
			// day ("Rabu, 4 November 2015 | 21:04 WIB") counts too.
			bare := !named && n.DataAtom != atom.Time && !hasBlockChild(n) && n.DataAtom != atom.P
			// A date holds ASCII digits (hasYear): test that first,
			// without building the text.
			if (named || bare) && hasShortDigits(n, maxDateLen) {
				t := nodeText(n)
				// One line holding both dates ("Senin, 7 Desember 2026
				// 14:05 WIB Diperbarui … 16:30 WIB"): each part on its
				// own, the second a modified date by its label.
				if pub, mod, ok := splitUpdated(t); ok && len(t) <= maxDateLen && !copyrightMark.MatchString(t) &&
					(named || bareDateLine(pub) && bareDateLine(mod)) {
					out = append(out, pub, mod)
					nodes = append(nodes, n, n)
					return
				}
				if len(t) <= maxDateLen && hasYear(t) && !copyrightMark.MatchString(t) &&
					(named || bareDateLine(t)) {
					out = append(out, t)
					nodes = append(nodes, n)
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(scope)
	return out, nodes
}

// hasShortDigits says nodeText(n) may be at most limit bytes long and
// holds an ASCII digit, without building it.
func hasShortDigits(n *html.Node, limit int) bool {
	_, digits, _, short := shortTextMarks(n, limit, &digitMarks)
	return short && digits != 0
}

// dateScope is the headline's neighbourhood, where a page shows its date:
// the heading's ancestors up to four levels (not the body), or the whole
// page when no heading is found. story is the <article> that holds the
// heading, or nil. h is titleHeading's answer; root is returned as the
// scope when it is nil.
func dateScope(root, h *html.Node) (scope, story *html.Node) {
	if h == nil {
		return root, nil
	}
	scope = h
	for i := 0; i < 4 && scope.Parent != nil && scope.Parent.DataAtom != atom.Body; i++ {
		scope = scope.Parent
	}
	for a := h.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			story = a
			break
		}
	}
	return scope, story
}

// titleHeading returns the heading that shows the article's title (the
// first h1 or h2 whose text is the title or contains it), else the first
// h1. Site logos are often an h1 too, so the first h1 alone misleads.
// matching is matchingHeading(idx, title).
func titleHeading(idx *docIndex, matching *html.Node) *html.Node {
	if matching != nil {
		return matching
	}
	if len(idx.h1s) > 0 {
		return idx.h1s[0]
	}
	return nil
}

// matchingHeading returns the h1 or h2 that shows the title: one whose
// text is the title, else one whose text is part of it (at least 12
// letters), else one that contains it with little more around it. Logos
// and SEO headings that wrap the title in other words come last.
func matchingHeading(idx *docIndex, title string) *html.Node {
	key := alnumLower(title)
	if key == "" {
		return nil
	}
	heads := idx.heads
	texts := make([]string, len(heads))
	for i, n := range heads {
		texts[i] = alnumLower(nodeText(n))
	}
	for pass := range 3 {
		for i, t := range texts {
			if t == "" {
				continue
			}
			switch {
			case pass == 0 && t == key,
				pass == 1 && len(t) >= 12 && strings.Contains(key, t),
				pass == 2 && strings.Contains(t, key) && len(t) <= len(key)*3/2+10:
				return heads[i]
			}
		}
	}
	return nil
}

// ruleDate returns the first date that a rule's selectors find: a
// machine-readable attribute (datetime, content, data-timestamp in epoch
// seconds or milliseconds, given back as RFC 3339 UTC) or else the text.
func ruleDate(root *html.Node, sels []cascadia.Matcher) string {
	for _, sel := range sels {
		for _, n := range cascadia.QueryAll(root, sel) {
			if v := firstNonEmpty(attr(n, "datetime"), attr(n, "content"), epochTime(attr(n, "data-timestamp")), nodeText(n)); v != "" {
				return v
			}
		}
	}
	return ""
}

// epochTime turns a Unix time in seconds or milliseconds into RFC 3339
// UTC; anything else gives "".
func epochTime(s string) string {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return ""
	}
	if n > 1e11 { // milliseconds
		return time.UnixMilli(n).UTC().Format(time.RFC3339)
	}
	return time.Unix(n, 0).UTC().Format(time.RFC3339)
}

// bareDateLine says t, the text of an element not named as a date, reads
// as a date line all the same: short, with a time of day, not a sentence.
func bareDateLine(t string) bool {
	return len(t) <= maxBareDateLen && hasTimeOfDay(t) && !isSentence(t)
}

// splitUpdated splits a line that prints the publication date and then,
// after an "updated" label of conventions.json (as a whole word, not at
// the start), the modification date: "7 Des 2026 14:05 WIB | Diperbarui
// 7 Des 2026 16:30 WIB" gives "7 Des 2026 14:05 WIB" and "Diperbarui 7
// Des 2026 16:30 WIB". The first part must hold a year and the second a
// year or a time of day, so that a label followed by no date ("… 14:05
// WIB Update Terkini") splits nothing; ok is false then.
func splitUpdated(t string) (pub, mod string, ok bool) {
	at := -1
	for _, l := range updatedLabels {
		for from := 1; from < len(t); {
			k := indexFoldASCII(t[from:], l)
			if k < 0 {
				break
			}
			k += from
			end := k + len(l)
			if !isLetter(t[k-1]) && (end == len(t) || !isLetter(t[end])) && (at < 0 || k < at) {
				at = k
			}
			from = k + 1
		}
	}
	if at < 0 {
		return "", "", false
	}
	pub = strings.TrimRight(t[:at], " |·•-–—,/(")
	mod = strings.TrimSpace(t[at:])
	if !hasYear(pub) || !hasYear(mod) && !hasTimeOfDay(mod) {
		return "", "", false
	}
	return pub, mod, true
}

// indexFoldASCII is strings.Index of the lower-case ASCII sub in s, its
// letters matched in either case, as an index into s. Its first byte is
// tested before the whole (b|0x20 is b lowered, or garbage EqualFold then
// refuses): EqualFold at every byte of every candidate line cost 16 M
// instructions a bench pass. A window of len(sub) bytes holding a non-ASCII
// rune has fewer runes than sub, so only ASCII windows ever match.
func indexFoldASCII(s, sub string) int {
	if sub == "" {
		return 0
	}
	c := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		if b := s[i]; b != c && b|0x20 != c {
			continue
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// isSentence tells running text from a date line: it ends like a sentence
// or has more words than a date line does. A separator standing alone
// ("|", "-", "·") is no word: "Rina Sari | Senin, 2 Maret 2026 - 09:15
// WIB" has eight.
func isSentence(t string) bool {
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
		return true
	}
	words := 0
	for _, f := range strings.Fields(t) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words++
		}
	}
	return words > 9
}

// opensWithUpdate reports whether a date line opens with an "updated"
// label of conventions.json, as a whole word.
func opensWithUpdate(t string) bool {
	lower := strings.ToLower(t)
	for _, l := range updatedLabels {
		if rest, ok := strings.CutPrefix(lower, l); ok && (rest == "" || !isLetter(rest[0])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
