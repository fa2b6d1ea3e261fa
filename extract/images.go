package extract

import (
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract/body"
)

// minImageSide is the smallest declared width or height of a picture.
const minImageSide = 100

// readImages returns the lead image (og:image, JSON-LD image) and the
// pictures in and around the article with their captions and credits:
// absolute URLs, each picture once.
func readImages(meta metaTags, ld linkedData, rule *SiteRule, content, heading *html.Node, base *url.URL, idx *docIndex) []kabar.Image {
	var imgs []kabar.Image
	// weak marks captions that only restate something (og:image:alt, an
	// alt attribute): a caption found beside the picture replaces them.
	weak := map[int]bool{}
	// stems[i] is imageStem(imgs[i].URL), computed once per picture.
	var stems []string
	add := func(im kabar.Image, weakCaption bool) {
		if im.URL == "" || notPicture.MatchString(im.URL) {
			return
		}
		stem := imageStem(im.URL)
		for i := range imgs {
			if imgs[i].URL == im.URL || stem != "" && stem == stems[i] {
				if im.Caption != "" && (imgs[i].Caption == "" || weak[i] && !weakCaption) {
					imgs[i].Caption, weak[i] = im.Caption, weakCaption
				}
				if imgs[i].Credit == "" {
					imgs[i].Credit = im.Credit
				}
				return
			}
		}
		weak[len(imgs)] = weakCaption
		imgs = append(imgs, im)
		stems = append(stems, stem)
	}
	if v, _ := meta.first("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"); v != "" {
		alt, _ := meta.first("og:image:alt", "twitter:image:alt")
		add(kabar.Image{URL: absolute(base, v), Caption: collapse(alt)}, true)
	}
	if ld.main != nil {
		for _, li := range ldImages(ld.main["image"]) {
			add(kabar.Image{URL: absolute(base, li.url), Caption: collapse(li.caption), Credit: collapse(li.credit)}, false)
		}
	}
	var captionSels, creditSels []cascadia.Matcher
	if rule != nil {
		captionSels, creditSels = rule.selectors("caption"), rule.selectors("credit")
	}
	captionSels = append(captionSels[:len(captionSels):len(captionSels)], captionSelectors...)
	creditSels = append(creditSels[:len(creditSels):len(creditSels)], creditSelectors...)
	for _, n := range pictureNodes(content, heading, idx) {
		src := imageSource(n)
		if src == "" || !isPicture(n, src) {
			continue
		}
		im := kabar.Image{URL: absolute(base, src)}
		box := imageBox(n)
		credit := firstMatch(box, creditSels, n)
		caption := firstMatch(box, captionSels, n)
		// A caption is often the element right after the picture's box
		// (<figure><img></figure><p class="…-caption">).
		if caption == nil {
			caption = siblingMatch(box, captionSels)
		}
		if credit == nil {
			credit = siblingMatch(box, creditSels)
		}
		if credit == nil {
			credit = textLine(box, n, caption, 1, maxCreditLen, creditMark)
		}
		if credit != nil {
			im.Credit = nodeText(credit)
		}
		if caption != nil && caption != credit {
			im.Caption = nodeText(caption)
			if im.Credit != "" && contains(caption, credit) {
				im.Caption = withoutLast(im.Caption, im.Credit)
			}
		}
		if im.Caption == "" && box != n {
			if c := textLine(box, n, credit, minCaptionLen, maxCaptionLen, wordSet{}); c != nil {
				im.Caption = nodeText(c)
			} else if t := boxText(box, credit); len(t) >= minCaptionLen && len(t) <= maxCaptionLen {
				// Caption written as bare text in the picture's box.
				im.Caption = t
			}
		}
		weakCaption := false
		if im.Caption == "" {
			im.Caption, weakCaption = collapse(firstNonEmpty(attr(n, "alt"), attr(n, "title"))), true
		}
		im.Caption = undouble(im.Caption)
		add(im, weakCaption)
	}
	return imgs
}

// pictureNodes returns the <img> elements of the article: those inside the
// content element, and those in its <article> (or, lacking one, up to two
// levels up) that stand between the headline and the text, where the lead
// picture goes. Pictures after the text are other stories' thumbnails as a
// rule, and furniture is left out.
func pictureNodes(content, heading *html.Node, idx *docIndex) []*html.Node {
	if content == nil {
		return nil
	}
	scope, found := content, false
	for a := content.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && (a.DataAtom == atom.Article || a.DataAtom == atom.Main) {
			scope, found = a, true
			break
		}
	}
	// Without one, climb until the scope holds the headline too (the lead
	// picture sits between them), at most four levels.
	for i := 0; !found && i < 4; i++ {
		if scope.Parent == nil || scope.Parent.DataAtom == atom.Body || scope.Parent.DataAtom == atom.Html {
			break
		}
		if i >= 2 && (heading == nil || contains(scope, heading)) {
			break
		}
		scope = scope.Parent
	}
	var out []*html.Node
	afterHeading := heading == nil || !contains(scope, heading)
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inContent bool) {
		if n == heading {
			afterHeading = true
		}
		if n == content {
			inContent = true
		}
		if n.Type == html.ElementNode && n != scope && !inContent && (n.DataAtom == atom.Aside || n.DataAtom == atom.Nav || idx.isFurniture(n)) {
			return
		}
		if n.Type == html.ElementNode && n != scope && inContent && n != content && (n.DataAtom == atom.Aside || idx.isFurniture(n)) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Span && body.HoverCard(n) {
			return // a linked name's hover card: the person's picture, not the article's
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Img && (inContent || afterHeading) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inContent)
		}
		if n == content {
			afterHeading = false // past the text: no more lead pictures
		}
	}
	walk(scope, false)
	return out
}

// imageSource is the picture's real URL: lazy-loading attributes first
// (src then often holds a placeholder), then src, then the first srcset
// candidate.
func imageSource(n *html.Node) string {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src", "src"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" && !strings.HasPrefix(v, "data:") {
			return v
		}
	}
	for _, k := range []string{"data-srcset", "srcset"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			first, _, _ := strings.Cut(v, ",")
			if f := strings.Fields(first); len(f) > 0 && !strings.HasPrefix(f[0], "data:") {
				return f[0]
			}
		}
	}
	return ""
}

// isPicture rejects icons, logos, avatars and pixels by declared size,
// class and URL.
func isPicture(n *html.Node, src string) bool {
	for _, k := range []string{"width", "height"} {
		if v, err := strconv.Atoi(strings.TrimSuffix(attr(n, k), "px")); err == nil && v > 0 && v < minImageSide {
			return false
		}
	}
	if notPicture.MatchString(classID(n)) || notPicture.MatchString(src) {
		return false
	}
	return !strings.HasSuffix(strings.ToLower(path.Ext(strings.SplitN(src, "?", 2)[0])), ".svg")
}

// maxFigureDepth is how many ancestors up a picture's <figure> is looked
// for.
const maxFigureDepth = 8

// imageBox is the closest container of n that holds its caption: the
// nearest <figure>, else the highest of three ancestors that still holds
// this one picture and no more text than a caption and credit (no
// headline, no paragraphs of the story).
func imageBox(n *html.Node) *html.Node {
	// A <figure> is the box however deep the picture sits in it
	// (wrappers for lazy loading and aspect ratios nest five deep).
	for a, i := n.Parent, 0; a != nil && i < maxFigureDepth; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.Figure {
			return a
		}
		if a.DataAtom == atom.Body || a.DataAtom == atom.Article {
			break
		}
	}
	box := n
	for a, i := n.Parent, 0; a != nil && i < 3; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.Figure {
			return a
		}
		if a.DataAtom == atom.Body || a.DataAtom == atom.Article || len(cascadia.QueryAll(a, selImg)) > 1 ||
			cascadiaFirst(a, selHeading) != nil || len(nodeText(a)) > maxCaptionLen+maxCreditLen {
			break
		}
		box = a
	}
	return box
}

// firstMatch returns the first element under box matched by sels, in
// selector order, that is not the image itself and holds text.
func firstMatch(box *html.Node, sels []cascadia.Matcher, img *html.Node) *html.Node {
	if box == img {
		return nil
	}
	for _, sel := range sels {
		for _, m := range cascadia.QueryAll(box, sel) {
			if m != img && m != box && hasText(m) && m.DataAtom != atom.Img {
				return m
			}
		}
	}
	return nil
}

// siblingMatch returns the first of the two element siblings after box
// that is, or holds, an element matched by sels and has text; nil if none.
// A sibling holding another picture ends the search.
func siblingMatch(box *html.Node, sels []cascadia.Matcher) *html.Node {
	seen := 0
	for sib := box.NextSibling; sib != nil && seen < 2; sib = sib.NextSibling {
		if sib.Type != html.ElementNode {
			continue
		}
		seen++
		if cascadiaFirst(sib, selImg) != nil {
			return nil
		}
		for _, sel := range sels {
			if m := cascadiaFirst(sib, sel); m != nil && hasText(m) {
				return m
			}
		}
	}
	return nil
}

// sameImage reports whether two URLs name the same picture, possibly in
// different renditions (same file stem once size suffixes such as "_169"
// or "-780x390" are removed; different folder or query).
func sameImage(a, b string) bool {
	if a == b {
		return true
	}
	sa, sb := imageStem(a), imageStem(b)
	return sa != "" && sa == sb
}

// maybeSizeSuffix is a cheap test that stem may end in a size suffix
// (sizeSuffixAt): its last byte must end one of the alternatives.
func maybeSizeSuffix(stem string) bool {
	if stem == "" {
		return false
	}
	switch c := stem[len(stem)-1]; {
	case c >= '0' && c <= '9', c == 'w', c == 'l', c == 'm', c == 'e', c == 'b':
		return true
	}
	return false
}

// imageStem is the file name of an image URL without extension and size
// suffixes, or "" when too short to identify a picture.
func imageStem(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	base := path.Base(u.Path)
	stem := strings.TrimSuffix(base, path.Ext(base))
	for range 3 {
		if !maybeSizeSuffix(stem) {
			break
		}
		at := sizeSuffixAt(stem)
		if at < 0 {
			break
		}
		stem = stem[:at]
	}
	if len(stem) < 8 || stem == "image" || stem == "index" {
		return ""
	}
	return strings.ToLower(stem)
}

// Bounds of unnamed caption and credit lines beside a picture.
const (
	maxCreditLen  = 80
	minCaptionLen = 20
	maxCaptionLen = 500
)

// textLine finds a caption or credit written as a bare line beside the
// picture, with no class to name it ("François WALSCHAERTS / POOL / AFP"):
// the first text-only element in the image's box, other than skip, whose
// length is within bounds and, when marks is not empty, that carries a mark.
func textLine(box, img, skip *html.Node, minLen, maxLen int, marks wordSet) *html.Node {
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c == img || c == skip || c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				continue
			}
			if hasBlockChild(c) {
				walk(c)
				continue
			}
			t := nodeText(c)
			if len(t) >= minLen && len(t) <= maxLen && (marks.empty() || marks.MatchString(t)) && linkDensity(c) < 0.5 {
				found = c
			}
		}
	}
	walk(box)
	return found
}

// boxText is the text of a picture's box without the credit's text.
func boxText(box, credit *html.Node) string {
	t := nodeText(box)
	if credit != nil {
		t = withoutLast(t, nodeText(credit))
	}
	return t
}

// withoutLast removes the last copy of part from s: the credit element's
// own copy comes after the caption, which may name the same agency
// ("… (AP Photo/Matias Delacroix) AP Photo").
func withoutLast(s, part string) string {
	if i := strings.LastIndex(s, part); part != "" && i >= 0 {
		return collapse(s[:i] + s[i+len(part):])
	}
	return s
}

// undouble returns "X" for "X X": some pages print a caption twice, once
// for screens and once for screen readers.
func undouble(s string) string {
	h := len(s) / 2
	if len(s) > 20 && len(s)%2 == 1 && s[h] == ' ' && s[:h] == s[h+1:] {
		return s[:h]
	}
	return s
}
