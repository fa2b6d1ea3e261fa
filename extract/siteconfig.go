package extract

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract/body"
	"github.com/kabar-news/kabar/extract/internal/htmlparse"
	"github.com/kabar-news/kabar/extract/siteconfig"
)

// Site configs (the ftr-site-config format, package siteconfig) come after
// kabar's own site rules: they are consulted only for a page no kabar rule
// covers. Their answers are witnesses, not orders: each is taken only when
// it passes the checks the generic answer passes, so a stale file (the
// site was redesigned) cannot make a record worse; each refusal is said in
// the page's warnings.

// minRuleBodyShare is how short a site config's body may be against the
// generic body and JSON-LD articleBody: shorter means the expression
// caught a teaser, a caption or a box left from an old template.
const minRuleBodyShare = 0.8

// maxRuleBodyShare is how much longer than the generic body a site
// config's body may be when the page's JSON-LD articleBody does not
// vouch for the extra text. A rule may narrow the generic answer (drop
// a box the generic reader kept) but not widen it on its own word: the
// text it adds beyond the generic body is, far more often than not,
// furniture its expression takes in (comment counts, newsletter boxes,
// a redesign's new panels). With articleBody as witness the rule may be
// longer up to the articleBody's length (and a margin for captions).
const maxRuleBodyShare = 1.0

// maxRuleArticleBodyLost is how much more of JSON-LD articleBody (a share
// of its word 4-grams, body.ArticleBodyLost) a site config's body may leave
// out than the generic body does. Length alone lets a stale rule through
// when it loses a paragraph or the story's end but gains a teaser or a
// box of about the same size, or loses less than a fifth; the
// publisher's own text says which body holds the article. A twentieth
// leaves room for the odd sentence read differently (a caption or a
// heading articleBody includes).
const maxRuleArticleBodyLost = 0.05

// articleBodyMargin is how far past JSON-LD articleBody's length a
// widening rule body may go.
const articleBodyMargin = 1.1

// maxRuleUnvouched is the share of the text a widening rule body adds to
// the generic body (its word 4-grams, body.Unvouched) that may be in
// neither JSON-LD articleBody nor the page's description. articleBody
// vouches for the extra text by what it says, not by its length: a rule
// body as long as articleBody may still owe its length to a panel the
// generic reader left out (a reading list, an author's other stories).
// The description vouches for a standfirst that articleBody leaves out;
// half leaves room for a dateline or a heading joined to it.
const maxRuleUnvouched = 0.5

// applySiteConfig lets the site config r answer for p, which generic
// extraction has filled: res is the generic body result. It returns the
// body result to keep. text is the decoded page, for the file's markup
// repairs (find_string/replace_string that edit tags).
func applySiteConfig(p *Page, r *siteconfig.Rule, root *html.Node, text []byte, res body.Result, bodyURL string) body.Result {
	who := r.Method()
	p.SiteConfig = strings.TrimPrefix(who, "rules:")
	for _, e := range r.CompileErrors() {
		p.Warnings = append(p.Warnings, who+": expression does not compile: "+e)
	}
	used := false
	if r.IsNativeAd(root) {
		p.Warnings = append(p.Warnings, who+": the page is a native ad (sponsored content), by the file's native_ad_clue")
	}

	if t := r.TitleOf(root); t != "" {
		// The file's expression may read a <title> or og:title with the
		// site's name on it: that goes here, as from every other title
		// source (trimSiteNameShown), but not into the headline chosen.
		t = trimSiteNameShown(t, siteNames(p.SiteName, p.URL, p.CanonicalURL), headlineWords(p.Title))
		switch {
		case alnumLower(t) == alnumLower(p.Title):
			used = true
		case titleNarrows(t, p.Title), titleCompletes(t, p.Title):
			p.TitleAlts = append([]string{p.Title}, removeTitle(p.TitleAlts, t)...)
			p.Title = t
			used = true
		default:
			p.Warnings = append(p.Warnings, who+": title not taken (it neither narrows nor completes the page's title): "+clip(t))
		}
	}

	if vals := r.AuthorsOf(root); len(vals) > 0 {
		var people []string
		for _, v := range vals {
			if personLike(v) {
				people = append(people, v)
			}
		}
		if len(people) == 0 {
			p.Warnings = append(p.Warnings, who+": author not taken (not a person's name): "+clip(vals[0]))
		} else {
			// The rule's names are offered to the normalizer as a
			// witness of their own ("siteconfig"), which it weighs
			// after every person the page itself names and before
			// any organisation: they fill an empty byline and stand
			// in for a newsroom or the site's name, but never
			// outvote a person the page credits.
			// Whether they are taken is the normalizer's to say
			// (Page.SiteConfig).
			for _, v := range people {
				p.Authors = appendField(p.Authors, v, SourceSiteConfig)
			}
		}
	}

	if d, modified := r.DateKindOf(root); d != "" {
		// A date that parses is the normalizer's to judge; here it
		// only stands last among the page's witnesses, so it fills a
		// gap and never outvotes the page's own metadata. A file whose
		// date: reads the last change (article:modified_time, an
		// "Updated" line) gives the modification time: FIELDS.md keeps
		// it out of published_at, on a page with no date of its own
		// too.
		switch {
		case hasDigit(d) && modified:
			p.Modified = appendField(p.Modified, d, SourceSiteConfig)
			used = used || len(p.Modified) == 1
		case hasDigit(d):
			p.Published = appendField(p.Published, d, SourceSiteConfig)
			used = used || len(p.Published) == 1
		default:
			p.Warnings = append(p.Warnings, who+": date not taken (no digits): "+clip(d))
		}
	}

	if len(r.Body) > 0 {
		n := r.ArticleOf(root)
		if n != nil {
			if fixed := repaired(r, root, text); fixed != root {
				n = r.ArticleOf(fixed)
			}
		}
		if n != nil && hasText(n) {
			got := body.Extract(n, body.Options{ArticleBody: p.ArticleBody, PageURL: bodyURL, Root: n})
			if why := bodyRefused(got, res, p.ArticleBody, p.Description); why != "" {
				p.Warnings = append(p.Warnings, who+": body not taken ("+why+"); generic extraction")
			} else {
				for _, l := range res.Related {
					got.Related = appendLink(got.Related, l)
				}
				res = got
				used = true
			}
		} else {
			p.Warnings = append(p.Warnings, who+": no body element matched; generic extraction")
		}
	}
	if used {
		p.Rule = strings.TrimPrefix(who, "rules:")
	}
	return res
}

// repaired is the page with the file's markup repairs made
// (find_string/replace_string that edit tags), parsed anew; root itself
// when there are none or they change nothing.
func repaired(r *siteconfig.Rule, root *html.Node, text []byte) *html.Node {
	reps := r.MarkupReplacements()
	if len(reps) == 0 {
		return root
	}
	// Most of a file's repairs find nothing on a given page: only those
	// that do write it anew, into one of two buffers kept between pages
	// (repairBufs): the parser copies all it keeps, so the repaired text
	// is not needed once parsed.
	bufs := repairBufs.Get().(*[2][]byte)
	defer repairBufs.Put(bufs)
	fixed := text
	next := 0 // the buffer the next repair writes into
	for _, rep := range reps {
		switch {
		case rep.Find == "": // never: a markup repair finds '<' or '>'
			fixed = bytes.ReplaceAll(fixed, nil, []byte(rep.With))
		case bytes.Contains(fixed, []byte(rep.Find)):
			bufs[next] = appendReplaced(bufs[next][:0], fixed, []byte(rep.Find), []byte(rep.With))
			fixed, next = bufs[next], 1-next
		}
	}
	if bytes.Equal(fixed, text) {
		return root
	}
	// The repaired page is cut as the page was for this file (pageCuts;
	// its repairs are already made).
	var n *html.Node
	var err error
	if c := (cuts{rawText: !r.ReadsRawText(), spacing: !r.ReadsSpacing(), comments: !r.ReadsComments(), drawing: !r.ReadsDrawing(), data: !r.ReadsData()}); c != (cuts{}) {
		n, err = parseParts(fixed, c)
	} else {
		n, err = htmlparse.Parse(bytes.NewReader(fixed))
	}
	if err != nil {
		return root
	}
	return n
}

// repairBufs holds, for repaired, two buffers a page's repairs are
// written into by turns (each repair reads the last one's output): a
// repaired page is as long as the page, hundreds of kilobytes, written
// anew for each repair that finds something. Safe for concurrent use: a
// caller holds its pair until its parse is done.
var repairBufs = sync.Pool{New: func() any { return new([2][]byte) }}

// appendReplaced appends to dst s with every non-overlapping instance of
// old (not empty) replaced by with, as bytes.ReplaceAll(s, old, with)
// returns it. dst must not overlap s.
func appendReplaced(dst, s, old, with []byte) []byte {
	for {
		i := bytes.Index(s, old)
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(append(dst, s[:i]...), with...)
		s = s[i+len(old):]
	}
}

// bodyRefused says why a site config's body is not to be trusted, or "".
// articleBody and description are the page's JSON-LD articleBody and its
// description, the witnesses of what the article says.
func bodyRefused(got, generic body.Result, articleBody, description string) string {
	g, a := float64(generic.TextLen()), float64(len(strings.TrimSpace(articleBody)))
	n := float64(got.TextLen())
	switch {
	case n == 0:
		return "empty"
	case n < minRuleBodyShare*g:
		return "much shorter than the generic body"
	case a > 0 && n < minRuleBodyShare*a:
		return "much shorter than the JSON-LD articleBody"
	case body.ArticleBodyLost(got, generic, articleBody) > maxRuleArticleBodyLost:
		return "it leaves out more of the JSON-LD articleBody than the generic body"
	case g > 0 && n > maxRuleBodyShare*g && !(a > 0 && n <= articleBodyMargin*a):
		return "longer than the generic body, and no articleBody vouches for the rest"
	case g > 0 && n > maxRuleBodyShare*g && body.Unvouched(got, generic, articleBody, description) > maxRuleUnvouched:
		return "longer than the generic body by text neither the JSON-LD articleBody nor the description holds"
	}
	return ""
}

// titleNarrows says whether a site config's title t may stand for the
// generic title g. kabar's title already is the vote of the page's own
// witnesses (JSON-LD headline, og:title, <title>, <h1>); a rule may fill
// it when it is empty, or cut it down to a part of it (the site's name or
// a kicker left out), but never put other words in its place: a title
// expression from an older template picks a teaser or the og:title with
// the site's suffix as readily as the headline.
//
// A title cut short ("Hunter in the hills finds…") narrows nothing: its
// letters are a prefix of the headline, but it is no headline.
func titleNarrows(t, g string) bool {
	kt := alnumLower(t)
	if len([]rune(kt)) < minHeadlineRunes || headlineWordCount(t) < 2 {
		return false
	}
	if g == "" {
		return true
	}
	if truncated(t) {
		return false
	}
	kg := alnumLower(g)
	return len(kt) < len(kg) && strings.Contains(kg, kt)
}

// titleCompletes says whether a site config's title t is the whole of a
// generic title g that was cut short: g ends in an ellipsis (a <title> or
// og:title clipped to a length), and t, not cut itself, opens with every
// letter of g. Nothing of g is replaced, only the missing end restored.
func titleCompletes(t, g string) bool {
	if !truncated(g) || truncated(t) || headlineWordCount(t) < 2 {
		return false
	}
	kt, kg := alnumLower(t), alnumLower(g)
	return len([]rune(kg)) >= minHeadlineRunes && len(kt) > len(kg) && strings.HasPrefix(kt, kg)
}

// truncated says a title ends in an ellipsis: it was cut to a length.
func truncated(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...")
}

func removeTitle(alts []string, t string) []string {
	var out []string
	for _, a := range alts {
		if alnumLower(a) != alnumLower(t) {
			out = append(out, a)
		}
	}
	return out
}

// personLike says whether s can be a byline naming people: no longer
// than a byline element (maxBylineLen), no handle or e-mail address
// ("@"), and at least one capitalised word of letters. It judges the
// value whole only for what no byline can be; which of its names are
// people is the normalizer's to say, name by name, with the person and
// organisation decision every byline goes through. So a list of five
// writers ("A, B, C, D and E"), names set apart by a slash ("Jane Roe /
// John Poe") or a name with the time after it ("Jane Roe, 2 hours ago")
// reach it: judged whole, such a value was refused though every name in
// it is a person's.
func personLike(s string) bool {
	if utf8.RuneCountInString(s) > maxBylineLen || strings.Contains(s, "@") {
		return false
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

func appendLink(ls []kabar.Link, l kabar.Link) []kabar.Link {
	for _, x := range ls {
		if x.URL == l.URL {
			return ls
		}
	}
	return append(ls, l)
}

// matchSiteConfig is the site config for the page: by the address it was
// fetched from, else (a saved page given without one) by its canonical
// address.
func matchSiteConfig(st siteconfig.Stack, pageURL, canonical string) *siteconfig.Rule {
	if r := st.MatchURL(pageURL); r != nil || RegistrableDomain(pageURL) != "" {
		return r
	}
	return st.MatchURL(canonical)
}
