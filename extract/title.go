package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The headline a reader sees is the page's main visible heading: the first
// <h1> that reads like a headline. Two kinds of heading are not it:
//
//   - an SEO heading, an <h1> kept for search engines in the breadcrumb
//     trail (marked by class or data attribute, inside <nav> or a
//     BreadcrumbList, or following a trail of section links), while the
//     headline shown to readers is another element; and
//   - the site's logo or name set as an <h1>.
//
// A kicker written into the headline ("Notbetrieb: ...") stays: it is part
// of the headline as readers see it. A kicker set apart inside the
// headline element, as its own element that the page marks as a kicker
// (class or data attribute, see kicker_classes) or splits off with a
// separator hidden from screen readers, is not the headline (see
// headlineText).

// headlineText is the text of a headline element without a kicker set
// apart in it: "<h1><span class=kicker>Budget talks</span><span>Council
// agrees on cuts</span></h1>" reads "Council agrees on cuts". Without such
// a kicker it is nodeText(h).
func headlineText(h *html.Node) string {
	var parts []*html.Node
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !isTrailSeparator(c.Data) {
				return nodeText(h) // words loose in the heading: one headline
			}
		case html.ElementNode:
			if hasText(c) {
				parts = append(parts, c)
			}
		}
	}
	if len(parts) < 2 {
		return nodeText(h)
	}
	k, rest := parts[0], parts[1:]
	split := isKicker(k) || endsDecorative(k)
	if decorative(rest[0]) {
		split, rest = true, rest[1:]
	}
	if !split || len(rest) == 0 {
		return nodeText(h)
	}
	var b strings.Builder
	for _, r := range rest {
		if t := nodeText(r); t != "" && !decorative(r) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t)
		}
	}
	kt, t := nodeText(k), b.String()
	if headlineWordCount(t) < 2 || utf8.RuneCountInString(kt) > 80 || len(kt) >= len(t) {
		return nodeText(h)
	}
	return t
}

// isKicker reports an element that the page marks as a kicker.
func isKicker(n *html.Node) bool {
	if kickerClass.MatchString(classID(n)) {
		return true
	}
	for _, a := range n.Attr {
		if strings.HasPrefix(a.Key, "data-") && kickerClass.MatchString(a.Key) {
			return true
		}
	}
	return false
}

// endsDecorative reports a kicker element that ends in its own
// separator hidden from screen readers ("<div><span>Budget talks</span>
// <span aria-hidden=true> – </span></div>"), the split of decorative
// made inside the kicker.
func endsDecorative(k *html.Node) bool {
	for c := k.LastChild; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.ElementNode && hasText(c):
			return c != firstTextChild(k) && attr(c, "aria-hidden") == "true" && isTrailSeparator(nodeText(c))
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		}
	}
	return false
}

// firstTextChild is the first element child of n with text.
func firstTextChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && hasText(c) {
			return c
		}
	}
	return nil
}

// decorative reports a separator between a kicker and its headline:
// punctuation only, or hidden from screen readers.
func decorative(n *html.Node) bool {
	return attr(n, "aria-hidden") == "true" || isTrailSeparator(nodeText(n))
}

// isSEOHeading reports whether the heading h sits in the breadcrumb trail.
func isSEOHeading(h *html.Node) bool {
	for p, depth := h, 0; p != nil && p.Type == html.ElementNode && depth < 5; p, depth = p.Parent, depth+1 {
		if p.DataAtom == atom.Nav || seoHeading.MatchString(classID(p)) ||
			strings.Contains(strings.ToLower(attr(p, "itemtype")), "breadcrumb") {
			return true
		}
		for _, a := range p.Attr {
			if strings.HasPrefix(a.Key, "data-") && seoHeading.MatchString(a.Key) {
				return true
			}
		}
	}
	// A trail: links (and separators) from the home page down to the
	// section, before the heading in the same parent, and nothing else.
	links, home := 0, false
	for s := h.PrevSibling; s != nil; s = s.PrevSibling {
		n, hm, ok := trailLinks(s)
		if !ok {
			return false
		}
		links += n
		home = home || hm
	}
	return links >= 2 && home
}

// trailLinks counts the links of n when n is part of a breadcrumb trail
// (short links, separators and empty elements only), and tells whether
// one of them leads to the home page.
func trailLinks(n *html.Node) (links int, home, ok bool) {
	switch n.Type {
	case html.TextNode:
		return 0, false, isTrailSeparator(n.Data)
	case html.ElementNode:
	default:
		return 0, false, true
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Meta, atom.Link:
		return 0, false, true
	case atom.A:
		return 1, isHomeLink(n), utf8.RuneCountInString(nodeText(n)) <= 40
	}
	if isTrailSeparator(nodeText(n)) {
		return 0, false, true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k, hm, ok := trailLinks(c)
		if !ok {
			return 0, false, false
		}
		links += k
		home = home || hm
	}
	return links, home, links > 0
}

// isHomeLink reports whether a link leads to a site's home page.
func isHomeLink(a *html.Node) bool {
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	return err == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == "" && (u.Host != "" || u.Path == "/")
}

func isTrailSeparator(s string) bool {
	return strings.Trim(s, " \t\r\n\u00a0|/>›»·•:-–—") == ""
}

// headlineWords are the words of a title as voting keys: letters and
// digits only, lower-cased.
//
// A word in key form already is its own key; the others' keys are written
// one after another into one buffer, made one string at the end (the
// title readers ask this of every candidate and cut they weigh).
func headlineWords(s string) []string {
	if s == "" {
		return nil
	}
	out := make([]string, 0, strings.Count(s, " ")+1)
	var bufArr [256]byte
	buf := bufArr[:0]
	type keyAt struct{ at, start, end int }
	var fixArr [32]keyAt
	fix := fixArr[:0]
	for w := range strings.FieldsSeq(s) {
		if keyFormPrefix(w) == len(w) {
			out = append(out, w)
			continue
		}
		start := len(buf)
		if buf = appendAlnumLower(buf, w); len(buf) > start {
			fix = append(fix, keyAt{len(out), start, len(buf)})
			out = append(out, "")
		}
	}
	if len(fix) > 0 {
		all := string(buf)
		for _, f := range fix {
			out[f.at] = all[f.start:f.end]
		}
	}
	if len(out) == 0 {
		return nil // as before: no keys, no slice
	}
	return out
}

// headlineWordCount is len(headlineWords(s)), counted without building
// the keys: a field counts when alnumLower would keep one of its runes.
// The title readers ask it of every cut they weigh.
func headlineWordCount(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		for _, r := range w {
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
					n++
					break
				}
				continue
			}
			// As alnumLower: lowered, an ASCII letter or digit, or any
			// rune above 127 outside General Punctuation.
			if r = unicode.ToLower(r); r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && (r < 0x2000 || r > 0x206f) {
				n++
				break
			}
		}
	}
	return n
}

// visibleHeadline is the first <h1> that reads as the article's headline:
// not an SEO heading, not inside navigation, an aside or a footer, not the
// site's name or a link home, of two words or more, and (when the page
// states a title or summary) sharing a key word (isKeyWord) with them.
// It returns the heading and its text.
func visibleHeadline(idx *docIndex, names []string, stated []string) (*html.Node, string) {
	known := map[string]bool{}
	for _, s := range stated {
		for _, w := range headlineWords(s) {
			if isKeyWord(w) {
				known[w] = true
			}
		}
	}
	for _, h := range idx.h1s {
		if isSEOHeading(h) || hasAncestor(h, func(p *html.Node) bool {
			return p.DataAtom == atom.Nav || p.DataAtom == atom.Aside || p.DataAtom == atom.Footer || p.DataAtom == atom.A
		}) {
			continue
		}
		t := headlineText(h)
		words := headlineWords(t)
		if len(words) < 2 || isSiteName(t, names) || linksHome(h) {
			continue
		}
		if len(known) > 0 {
			shared := false
			for _, w := range words {
				if known[w] {
					shared = true
					break
				}
			}
			if !shared {
				continue
			}
		}
		return h, t
	}
	return nil, ""
}

// isSiteName reports whether a heading is only the site's name (perhaps
// with a short tag line), or the name the site's domain abbreviates.
func isSiteName(t string, names []string) bool {
	if abbreviates(t, names, 3) {
		return true
	}
	for _, k := range nameForms(t) {
		for _, n := range names {
			if n != "" && (k == n || strings.HasPrefix(k, n) && len(k) < len(n)+8) {
				return true
			}
		}
	}
	return false
}

// linksHome reports whether all of a heading's text is a link to the
// site's home page (a logo heading).
func linksHome(h *html.Node) bool {
	a := cascadia.Query(h, selLink)
	if a == nil || nodeText(a) != nodeText(h) {
		return false
	}
	return isHomeLink(a)
}

// statedHeading is the first heading (h1 or h2, not an SEO heading) whose
// text repeats one of the stated titles, or is contained
// in one (a stated title with the kicker in front).
func statedHeading(idx *docIndex, stated []string) (*html.Node, string) {
	var keys []string
	for _, s := range stated {
		if k := alnumLower(s); k != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil, ""
	}
	// A heading is read as a whole and without a kicker set apart in it
	// (headlineText): a stated title may leave the kicker out.
	heads := idx.heads
	texts := make([][2]string, len(heads))
	for i, h := range heads {
		if !isSEOHeading(h) {
			texts[i] = [2]string{nodeText(h), headlineText(h)}
		}
	}
	for pass := range 2 {
		for i, ts := range texts {
			for _, t := range ts {
				k := alnumLower(t)
				if k == "" {
					continue
				}
				for _, key := range keys {
					if pass == 0 && k == key || pass == 1 && len(k) >= 12 && strings.Contains(key, k) {
						return heads[i], ts[0]
					}
				}
			}
		}
	}
	return nil, ""
}

// isCore reports whether the words of a appear in b in order, b having
// more of them, and b is not just a with words in front (a kicker, which
// belongs to the headline).
func isCore(a, b []string) bool {
	if len(a) >= len(b) || slices.Equal(a, b[len(b)-len(a):]) {
		return false
	}
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// seoTitleKey is the voting key of the page's SEO heading when the page
// shows readers another headline (heading, found apart from it, which the
// JSON-LD headline or og:title repeats) and no other heading repeats the
// SEO one; "" otherwise.
func seoTitleKey(idx *docIndex, names []string, heading string, primary ...string) string {
	hk := alnumLower(heading)
	if hk == "" {
		return ""
	}
	confirmed := false
	for _, p := range primary {
		confirmed = confirmed || alnumLower(trimSiteName(p, names)) == hk
	}
	if !confirmed {
		return ""
	}
	var key string
	for _, h := range idx.h1s {
		if isSEOHeading(h) {
			key = alnumLower(trimSiteName(nodeText(h), names))
			break
		}
	}
	if key == "" || key == alnumLower(heading) {
		return ""
	}
	for _, h := range idx.heads {
		if !isSEOHeading(h) && alnumLower(trimSiteName(nodeText(h), names)) == key {
			return ""
		}
	}
	return key
}

// firstHeading is the first <h1> with text that is not an SEO heading;
// failing that, the first SEO heading with text: written for search
// engines, it still words the headline, which is better than none.
func firstHeading(idx *docIndex) *html.Node {
	var seo *html.Node
	for _, h := range idx.h1s {
		if !hasText(h) {
			continue
		}
		if !isSEOHeading(h) {
			return h
		}
		if seo == nil {
			seo = h
		}
	}
	return seo
}

// sharesWord reports whether t has a key word (isKeyWord) in common
// with one of the stated titles.
func sharesWord(t string, stated []string) bool {
	words := headlineWords(t)
	for _, s := range stated {
		for _, sw := range headlineWords(s) {
			if isKeyWord(sw) && slices.Contains(words, sw) {
				return true
			}
		}
	}
	return false
}

// isKeyWord reports a word that tells one headline from another: four
// letters or more, or two or more in a script other than Latin (Hangul,
// Chinese and Japanese write short words; "für" is no key word).
func isKeyWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if n >= 4 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return n >= 2 && r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r)
}
