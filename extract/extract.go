// Package extract turns one HTML page into raw fields (Page): metadata from
// JSON-LD, OpenGraph and meta tags, visible bylines and dates, images with
// captions and credits, and the article body through package body, steered
// by site rules kept as data in sites/. It parses each page exactly once and
// does no I/O: bytes in, values out.
package extract

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract/body"
	"github.com/kabar-news/kabar/extract/siteconfig"
)

// Options steer one extraction. The zero value uses the site rules.
type Options struct {
	// ContentType is the HTTP Content-Type header, used for the charset.
	ContentType string
	// NoRules switches site rules off: generic extraction only
	// (kabar extract --rules=none).
	NoRules bool
	// SiteConfigs are the ftr-site-config files consulted, in order, for
	// a page no kabar rule covers (the user's --site-config folder, then
	// the bundled snapshot); nil for none. Ignored with NoRules.
	SiteConfigs siteconfig.Stack
	// siteConfigFirst puts the site configs before kabar's own rules
	// (CheckTests: a config's tests are about the config).
	siteConfigFirst bool
}

// Extract finds the raw fields of one page. pageURL is the address the page
// was fetched from (it resolves relative links and chooses the site rule);
// it may be empty. Errors are one line: ErrEmpty, *NotHTMLError, or a
// decoding or parsing failure.
func Extract(raw []byte, pageURL string, opts Options) (*Page, error) {
	if err := sniff(raw); err != nil {
		return nil, err
	}
	text, _, note, err := decode(raw, opts.ContentType)
	if err != nil {
		return nil, err
	}
	// The address's registrable domain, worked out once (url.Parse and
	// the public suffix list): it chooses the site rule and the cuts.
	domain := RegistrableDomain(pageURL)
	var root *html.Node
	if c := pageCuts(opts, pageURL, domain); c != (cuts{}) {
		root, err = parseParts(text, c)
	} else {
		root, err = parseJoined(text)
	}
	if err != nil {
		return nil, fmt.Errorf("extract: parsing HTML: %w", err)
	}
	doc := goquery.NewDocumentFromNode(root)
	idx := indexDoc(root)
	defer idx.release()
	if !idx.bodyHasElement && doc.Find("head title, head meta").Length() == 0 {
		return nil, ErrEmpty
	}

	p := &Page{URL: pageURL}
	if note != "" {
		p.Warnings = append(p.Warnings, note)
	}
	base := baseURL(idx, pageURL)
	meta := readMeta(idx)
	ld := readJSONLD(idx)

	p.CanonicalURL = canonical(idx, meta, ld, base)
	if !base.IsAbs() && p.CanonicalURL != "" {
		// A saved page given without its URL: resolve against the page's
		// own canonical address.
		if c, err := url.Parse(p.CanonicalURL); err == nil {
			base = c
		}
	}
	var rule *SiteRule
	if !opts.NoRules && !opts.siteConfigFirst {
		set, err := loadedRules()
		if err != nil {
			return nil, err
		}
		rule = set.matchDomain(domain)
		if rule == nil && domain == "" {
			// No usable address given (a saved file): the page's own
			// canonical address names the site.
			rule = set.match(p.CanonicalURL)
		}
	}

	readHead(p, doc, idx, meta, ld, rule)
	readPeople(p, doc, idx, meta, ld, rule)
	heading := matchingHeading(idx, p.Title)
	readDates(p, doc, idx, meta, ld, rule, heading)

	bodyURL := pageURL
	if domain == "" {
		bodyURL = p.CanonicalURL
	}
	dense, denseParas, denseRunes := contentNode(doc, idx)
	res, content := extractBody(text, root, dense, rule, bodyURL, base, p, heading)
	if rule == nil && !opts.NoRules && len(opts.SiteConfigs) > 0 {
		if sc := matchSiteConfig(opts.SiteConfigs, pageURL, p.CanonicalURL); sc != nil {
			res = applySiteConfig(p, sc, root, text, res, bodyURL)
		}
	}
	p.Body = res.Blocks
	p.BodySignals = res.Signals
	p.Related = res.Related
	// A labelled source line ("Sumber: Antara") may be found both by
	// its label outside the body and by the body's lexicon: once.
	for _, l := range res.SourceLines {
		if !slices.Contains(p.SourceLines, l) {
			p.SourceLines = append(p.SourceLines, l)
		}
	}
	for _, t := range signOffLines(content) {
		p.Bylines = appendField(p.Bylines, t, "text")
	}
	for _, t := range headBylineLines(content) {
		p.Bylines = appendField(p.Bylines, t, "byline")
	}
	p.Images = readImages(meta, ld, rule, content, heading, base, idx)
	p.IsArticle = isArticle(p, ld, meta, dense, content, denseParas, denseRunes)
	return p, nil
}

// pageCuts is what the parser need not see of the page (cuts): what no
// reader of kabar's own looks at, less what the site rule or site config
// that applies to the page's address may read. domain is the address's
// registrable domain (RegistrableDomain(pageURL)).
//
// The text of scripts and style sheets stays when the site config names
// a script or style element (siteconfig.Rule.ReadsRawText); runs of white
// space when the rule or config compares text (SiteRule.readsSpacing,
// siteconfig.Rule.ReadsSpacing); comments when the config selects them
// (ReadsComments); SVG geometry when either names d or points
// (SiteRule.readsDrawing, ReadsDrawing); data-* values that no reader
// names (dataAttrsRead, the site rules' ruleDataAttrs) when the config
// names a data-* attribute or any attribute (ReadsData); the attributes
// no reader looks up (siteconfig.UnreadAttributes, event handlers) when
// either names one of them or the config any attribute
// (SiteRule.readsUnread, ReadsUnread). The address must name a site:
// without one, the page's canonical address, read after parsing,
// chooses the rule and the config (matchSiteConfig), and nothing is cut
// that they could read. Without rules everything is cut.
func pageCuts(opts Options, pageURL, domain string) cuts {
	all := cuts{rawText: true, spacing: true, comments: true, drawing: true, data: true, attrs: true}
	if opts.NoRules {
		return all
	}
	if domain == "" {
		if len(opts.SiteConfigs) == 0 {
			return cuts{rawText: true} // kabar's rules read no script text
		}
		return cuts{}
	}
	c := all
	if set, err := loadedRules(); err != nil {
		c.spacing, c.drawing, c.data, c.attrs = false, false, false, false
	} else if r := set.matchDomain(domain); r != nil {
		c.spacing = c.spacing && !r.readsSpacing
		c.drawing = c.drawing && !r.readsDrawing
		c.attrs = c.attrs && !r.readsUnread
	}
	if len(opts.SiteConfigs) == 0 {
		return c
	}
	if r := opts.SiteConfigs.MatchURL(pageURL); r != nil {
		c.rawText = !r.ReadsRawText()
		c.spacing = c.spacing && !r.ReadsSpacing()
		c.comments = !r.ReadsComments()
		c.drawing = c.drawing && !r.ReadsDrawing()
		c.data = c.data && !r.ReadsData()
		c.attrs = c.attrs && !r.ReadsUnread()
	}
	return c
}

// baseURL is the URL relative links resolve against: <base href> resolved
// against the page URL, or the page URL.
func baseURL(idx *docIndex, pageURL string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		u = &url.URL{}
	}
	if href, ok := sel(idx.base).First().Attr("href"); ok {
		if b, err := u.Parse(strings.TrimSpace(href)); err == nil {
			return b
		}
	}
	return u
}

// absolute resolves ref against base; it returns "" for refs that are not
// http(s) after resolution (data:, javascript:, or relative with no base).
func absolute(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := base.Parse(ref)
	if err != nil {
		return ""
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// extractBody runs the body extractor: inside the rule's body element when
// a rule applies and its selector matches (on a copy of the tree with the
// rule's drop and related selectors removed), generically otherwise. It
// returns the result, with the links of the rule's related boxes added,
// and the element judged to hold the article (for images), which may be
// nil; dense is the paragraph-parent element, used when no rule element is.
// heading is the page's headline element (nil if none matched the title),
// which generic extraction reads as where the article begins. text is the
// page's decoded bytes: a generic body of next to nothing is looked for in
// the page's script data too (stateFallback).
func extractBody(text []byte, root, dense *html.Node, rule *SiteRule, pageURL string, base *url.URL, p *Page, heading *html.Node) (body.Result, *html.Node) {
	bopts := body.Options{ArticleBody: p.ArticleBody, PageURL: pageURL}
	if rule == nil {
		bopts.Headline = heading
		return stateFallback(text, body.Extract(root, bopts), bopts), dense
	}
	bopts.Phrases = rule.Phrases
	// The rule's drops and related boxes are taken out of root itself
	// for the body's reading and put back after it (taken): the readers
	// after this one see the page whole, and no copy of the tree is made.
	n, sel, related, taken := applyRule(root, rule, base)
	if n == nil {
		p.Warnings = append(p.Warnings, "site rule "+rule.ID+": no body element matched; generic extraction")
		res := body.Extract(root, bopts)
		taken.restore()
		return res, dense
	}
	p.Rule = rule.ID
	bopts.Root = n
	res := body.Extract(root, bopts)
	taken.restore()
	orig := cascadiaFirst(root, sel)
	if orig == nil {
		orig = dense
	}
	for _, l := range related {
		if !slices.ContainsFunc(res.Related, func(r kabar.Link) bool { return r.URL == l.URL }) {
			res.Related = append(res.Related, l)
		}
	}
	return res, orig
}

// applyRule prepares root for a site rule: it takes out the rule's drop
// selectors' elements, and its related boxes inside the body, their links
// returned in related. node is the first element matched by the rule's
// body selectors that then holds text, sel the selector that matched it;
// nil when none does. The caller puts the tree back with taken.restore()
// once it is done reading it; until then root is not the page's whole
// tree.
func applyRule(root *html.Node, rule *SiteRule, base *url.URL) (node *html.Node, sel cascadia.Matcher, related []kabar.Link, taken removals) {
	// Related boxes first: a drop selector (such as "aside") may hold them.
	if n := ruleBody(root, rule); n != nil {
		for _, sel := range rule.selectors("related") {
			for _, box := range cascadia.QueryAll(n, sel) {
				if box.Parent == nil {
					continue // inside a box removed already
				}
				for _, a := range append(linkSelf(box), cascadia.QueryAll(box, selLink)...) {
					if u := absolute(base, attr(a, "href")); u != "" && !slices.ContainsFunc(related, func(l kabar.Link) bool { return l.URL == u }) {
						related = append(related, kabar.Link{URL: u, Title: nodeText(a)})
					}
				}
				taken.remove(box)
			}
		}
	}
	for _, sel := range rule.selectors("drop") {
		for _, n := range cascadia.QueryAll(root, sel) {
			if n.Parent != nil && n != root {
				taken.remove(n)
			}
		}
	}
	for _, sel := range rule.selectors("body") {
		if n := cascadiaFirst(root, sel); n != nil && hasText(n) {
			return n, sel, related, taken
		}
	}
	return nil, nil, nil, taken
}

// removals are the nodes applyRule took out of a tree, in the order
// taken, each with the parent and next sibling it had then.
type removals []removal

type removal struct{ n, parent, next *html.Node }

// remove takes n out of the tree and notes where it stood.
func (r *removals) remove(n *html.Node) {
	*r = append(*r, removal{n, n.Parent, n.NextSibling})
	n.Parent.RemoveChild(n)
}

// restore puts the nodes back, the last taken first: each then goes back
// into the tree as it was right after it was taken, before the sibling
// that followed it (or last), so the tree ends as it was before the
// first, every link as before.
func (r removals) restore() {
	for i := len(r) - 1; i >= 0; i-- {
		x := r[i]
		x.parent.InsertBefore(x.n, x.next)
	}
}

// ruleBody is the first element matched by the rule's body selectors that
// holds text, or nil.
func ruleBody(root *html.Node, rule *SiteRule) *html.Node {
	for _, sel := range rule.selectors("body") {
		if n := cascadiaFirst(root, sel); n != nil && hasText(n) {
			return n
		}
	}
	return nil
}

// linkSelf returns n itself when it is a link, for related selectors that
// name the <a> directly.
func linkSelf(n *html.Node) []*html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return []*html.Node{n}
	}
	return nil
}
