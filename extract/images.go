package extract

import (
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	kabar "github.com/kabar-news/kabar"
)

// Generic selectors for captions and credits around an image, used when
// the site rule names none (or matches nothing).
var (
	genericCaption = []cascadia.Matcher{
		mustSel("figcaption"), mustSel("[itemprop=caption]"), mustSel("[class*=caption]"),
		mustSel("[class*=keterangan]"), mustSel("[class*=Caption]"),
	}
	genericCredit = []cascadia.Matcher{
		mustSel("[class*=credit]"), mustSel("[class*=copyright]"), mustSel("[class*=photographer]"),
		mustSel("[itemprop=copyrightHolder]"), mustSel("[itemprop=creditText]"), mustSel("[class*=source]"),
		mustSel("[class*=Credit]"),
	}
)

// notPicture matches image URLs and class names of icons, logos, avatars,
// spacers and tracking pixels.
var notPicture = regexp.MustCompile(`(?i)logo|icon|avatar|sprite|pixel|spacer|blank\.gif|1x1|emoji|badge|placeholder|loading|lazy\.|doubleclick|/ads?/|banner|button|profile|gravatar|author|paging|arrow|/btn|thumb-video|play-button`)

// minImageSide is the smallest declared width or height of a picture.
const minImageSide = 100

// readImages returns the lead image (og:image, JSON-LD image) and the
// pictures in and around the article with their captions and credits:
// absolute URLs, each picture once.
func readImages(doc *goquery.Document, meta metaTags, ld linkedData, rule *SiteRule, content *html.Node, base *url.URL) []kabar.Image {
	var imgs []kabar.Image
	add := func(im kabar.Image) {
		if im.URL == "" || notPicture.MatchString(im.URL) {
			return
		}
		for i := range imgs {
			if sameImage(imgs[i].URL, im.URL) {
				if imgs[i].Caption == "" {
					imgs[i].Caption = im.Caption
				}
				if imgs[i].Credit == "" {
					imgs[i].Credit = im.Credit
				}
				return
			}
		}
		imgs = append(imgs, im)
	}
	if v, _ := meta.first("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"); v != "" {
		alt, _ := meta.first("og:image:alt", "twitter:image:alt")
		add(kabar.Image{URL: absolute(base, v), Caption: collapse(alt)})
	}
	if ld.main != nil {
		for _, li := range ldImages(ld.main["image"]) {
			add(kabar.Image{URL: absolute(base, li.url), Caption: collapse(li.caption), Credit: collapse(li.credit)})
		}
	}
	var captionSels, creditSels []cascadia.Matcher
	if rule != nil {
		captionSels, creditSels = rule.selectors("caption"), rule.selectors("credit")
	}
	captionSels = append(captionSels[:len(captionSels):len(captionSels)], genericCaption...)
	creditSels = append(creditSels[:len(creditSels):len(creditSels)], genericCredit...)
	for _, n := range pictureNodes(doc, content) {
		src := imageSource(n)
		if src == "" || !isPicture(n, src) {
			continue
		}
		im := kabar.Image{URL: absolute(base, src)}
		box := imageBox(n)
		credit := firstMatch(box, creditSels, n)
		caption := firstMatch(box, captionSels, n)
		if credit != nil {
			im.Credit = nodeText(credit)
		}
		if caption != nil && caption != credit {
			im.Caption = nodeText(caption)
			if im.Credit != "" && contains(caption, credit) {
				im.Caption = collapse(strings.Replace(im.Caption, im.Credit, "", 1))
			}
		}
		if im.Caption == "" {
			im.Caption = collapse(firstNonEmpty(attr(n, "alt"), attr(n, "title")))
		}
		add(im)
	}
	return imgs
}

// pictureNodes returns the <img> elements of the article: those inside the
// content element and inside the <article> (or, lacking one, the parent)
// that encloses it, leaving out page furniture.
func pictureNodes(doc *goquery.Document, content *html.Node) []*html.Node {
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
	// Without an <article>, the lead picture usually sits beside the text
	// container, one or two levels up.
	for i := 0; !found && i < 2; i++ {
		if scope.Parent == nil || scope.Parent.DataAtom == atom.Body || scope.Parent.DataAtom == atom.Html {
			break
		}
		scope = scope.Parent
	}
	var out []*html.Node
	for _, n := range cascadia.QueryAll(scope, selImg) {
		if hasAncestor(n, func(a *html.Node) bool {
			if a == scope {
				return false
			}
			return a.DataAtom == atom.Aside || a.DataAtom == atom.Nav || furnitureClass.MatchString(classID(a))
		}) {
			continue
		}
		out = append(out, n)
	}
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

// imageBox is the closest container of n that holds its caption: the
// nearest <figure>, else the highest of three ancestors that still holds
// this one picture only.
func imageBox(n *html.Node) *html.Node {
	box := n
	for a, i := n.Parent, 0; a != nil && i < 3; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.Figure {
			return a
		}
		if a.DataAtom == atom.Body || a.DataAtom == atom.Article || len(cascadia.QueryAll(a, selImg)) > 1 {
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
			if m != img && m != box && nodeText(m) != "" && m.DataAtom != atom.Img {
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

// sizeSuffix matches a rendition's size appended to a file stem.
var sizeSuffix = regexp.MustCompile(`[-_](\d+x\d+|\d{2,4}|\d+w|small|medium|large|thumb)$`)

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
		stem = sizeSuffix.ReplaceAllString(stem, "")
	}
	if len(stem) < 8 || stem == "image" || stem == "index" {
		return ""
	}
	return strings.ToLower(stem)
}
