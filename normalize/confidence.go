package normalize

import (
	"math"
	"strings"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// Confidence.
//
// A record's confidence (0–1) says how far its body can be trusted to be
// the article, the whole article and nothing else. It is derived from a
// few general signals that extract measured while choosing the body (see
// body.Signals): agreement with the page's own witnesses of where the
// article is (JSON-LD articleBody, the <article> element, the headline it
// starts under), a rival text as long as the body, the body's length, link density and shape (teaser
// list, live blog). Each check that fires multiplies the confidence by
// 1 - its penalty and adds its warning, so a record says why it is low.
// Missing metadata ("no author", "no publication date") costs a little: the body may be
// right, but a page whose metadata could not be found is more often one the
// extractor misread.
//
// Invariant: the confidence is in [0, 1], 0 only for a record without
// text, and every penalty applied has its warning in the record.

// check is one confidence check: when fires says so, the confidence is
// multiplied by 1 - penalty and warn is added to the record's warnings.
type check struct {
	warn    string
	penalty float64
	fires   func(c *confInput) bool
	// meta marks the checks of metadata, which apply to a record without
	// text too (its confidence is 0 anyway, its warnings say what else is
	// missing).
	meta bool
}

// confInput is what the checks look at.
type confInput struct {
	p         *extract.Page
	a         *kabar.Article
	weight    int // text weight of the record's text (CJK counted thrice)
	dateFrom  string
	liveTyped bool
}

// Thresholds of the checks. They are set in general terms (a share of the
// article, a length a news article rarely stays under), not fitted to pages.
const (
	// abShort and abMuchShort: share of articleBody's words the body holds.
	abShort, abMuchShort = 0.8, 0.5
	// abLonger: share of the body's words articleBody lacks when it is
	// otherwise held whole.
	abLonger = 0.5
	// abSummary: articleBody under this share of the body's bytes is a
	// summary or a cut-short copy, not the article (see abCutShort).
	abSummary = 1.0 / 3
	// elemMiss: share of the <article> element's prose the body holds.
	elemMiss = 0.6
	// elemOutside: share of the body's prose outside the <article> element.
	elemOutside = 0.25
	// rivalClose and rivalNear: a text beside the body this long relative
	// to it.
	rivalClose, rivalNear = 0.5, 0.25
	// shortWeight, veryShortWeight: text weight of a short body.
	shortWeight, veryShortWeight = 1000, 400
	// linkHeavy, linkSome: share of the body's bytes in links.
	linkHeavy, linkSome = 0.25, 0.1
	// listShape: at least this many blocks, fewer than a quarter of them
	// sentences (subheadings and announced lists aside: see shortLines).
	listShape = 8
	// liveStamps: blocks opening with a clock time.
	liveStamps = 3
	// embedMuch: share of the text the body and its embedded posts hold
	// together that is in the posts (see embeddedShare).
	embedMuch = 0.25
	// headGapMuch: prose between the headline and the body, left out,
	// this much of the body's own (see body.Signals.HeadGap). A
	// standfirst or a caption there weighs a small part of a body.
	headGapMuch = 0.5
	// headGapSome, headGapStory: prose left out between the headline and
	// the body a quarter of the body's own or more, in this many prose
	// paragraphs or more: a standfirst is one paragraph, the short story
	// under its headline, skipped for a longer text further down (the
	// next story's <article>), several.
	headGapSome, headGapStory = 0.25, 2
	// headColumnLow, headColumnHigh: the headline's column holds this
	// share of the body's prose or more, and less than the high one (see
	// body.Signals.HeadColumn): the headline's story with another text.
	headColumnLow, headColumnHigh = 0.2, 0.8
	// headColumnSmall, headColumnStory: the headline's column holds less
	// than this share of the body's prose and at least this many of its
	// paragraphs (see body.Signals.HeadColumnProse): a short story under
	// its headline joined to a text ten times as long beside it (a
	// footer's text, another section). A header holds a standfirst and a
	// byline, not three paragraphs of the story.
	headColumnSmall, headColumnStory = 0.1, 3
)

// checks are applied in order; see the thresholds above.
var checks = []check{
	{"body much shorter than articleBody", 0.5, func(c *confInput) bool {
		s := &c.p.BodySignals
		return s.ABCover >= 0 && s.ABCover < abMuchShort
	}, false},
	{"body shorter than articleBody", 0.2, func(c *confInput) bool {
		s := &c.p.BodySignals
		return s.ABCover >= abMuchShort && s.ABCover < abShort
	}, false},
	{"body holds another text besides articleBody", 0.4, func(c *confInput) bool {
		s := &c.p.BodySignals
		return s.ABCover >= abShort && s.ABExtra > abLonger && !abCutShort(c)
	}, false},
	{"body much longer than articleBody", 0.1, func(c *confInput) bool {
		s := &c.p.BodySignals
		return s.ABCover >= abShort && s.ABExtra > abLonger && abCutShort(c)
	}, false},
	{"body misses most of the <article> element", 0.3, func(c *confInput) bool {
		s := &c.p.BodySignals
		return s.ElemCover >= 0 && s.ElemCover < elemMiss
	}, false},
	{"body reaches outside the <article> element", 0.2, func(c *confInput) bool {
		return c.p.BodySignals.ElemExtra > elemOutside
	}, false},
	{"another text as long as the body on the page", 0.3, func(c *confInput) bool {
		return c.p.BodySignals.Rival >= rivalClose
	}, false},
	{"another long text beside the body", 0.1, func(c *confInput) bool {
		r := c.p.BodySignals.Rival
		return r >= rivalNear && r < rivalClose
	}, false},
	{"body lies above the headline", 0.4, func(c *confInput) bool {
		return c.p.BodySignals.AboveHead
	}, false},
	{"text under the headline left out for a text further down", 0.3, func(c *confInput) bool {
		return c.p.BodySignals.HeadGap >= headGapMuch
	}, false},
	{"text under the headline left out for a text further down", 0.3, func(c *confInput) bool {
		s := &c.p.BodySignals
		return s.HeadGap >= headGapSome && s.HeadGap < headGapMuch && s.HeadGapProse >= headGapStory
	}, false},
	{"body joins the headline's text to another text beside it", 0.3, func(c *confInput) bool {
		h := c.p.BodySignals.HeadColumn
		return h >= headColumnLow && h < headColumnHigh
	}, false},
	{"body joins a short story under the headline to a much longer text", 0.3, func(c *confInput) bool {
		s := &c.p.BodySignals
		return s.HeadColumn >= 0 && s.HeadColumn < headColumnSmall && s.HeadColumnProse >= headColumnStory
	}, false},
	{"body very short", 0.4, func(c *confInput) bool {
		return c.weight > 0 && c.weight < veryShortWeight
	}, false},
	{"body is one short paragraph", 0.3, func(c *confInput) bool {
		return c.weight >= veryShortWeight && c.weight < shortWeight && c.p.BodySignals.Blocks <= 1
	}, false},
	{"many links in body", 0.2, func(c *confInput) bool {
		return c.p.BodySignals.LinkDensity > linkHeavy
	}, false},
	{"body is mostly short lines (a list or teasers)", 0.4, func(c *confInput) bool {
		n, prose := shortLines(c)
		return n >= listShape && prose*4 < n
	}, false},
	{"body is half short lines", 0.3, func(c *confInput) bool {
		n, prose := shortLines(c)
		return n >= listShape && prose*4 >= n && prose*2 < n
	}, false},
	{"links in body", 0.1, func(c *confInput) bool {
		d := c.p.BodySignals.LinkDensity
		return d > linkSome && d <= linkHeavy
	}, false},
	{"body ends on a lead-in (what it announces is missing)", 0.2, func(c *confInput) bool {
		return endsOnLeadIn(c.a.Text) || c.p.BodySignals.LeadInCut
	}, false},
	{"much of the page's text is embedded posts left out", 0.15, func(c *confInput) bool {
		return embeddedShare(c) >= embedMuch
	}, false},
	{"body from JSON-LD articleBody", 0.1, func(c *confInput) bool {
		return c.p.BodySignals.FromArticleBody
	}, false},
	{"body from the page's script data", 0.2, func(c *confInput) bool {
		return c.p.BodySignals.FromState
	}, false},
	{"possible live blog", 0.4, func(c *confInput) bool {
		return liveShape(c)
	}, false},
	{"body spans several <article> elements (another story taken too?)", 0.3, func(c *confInput) bool {
		return c.p.BodySignals.Stories >= 2 && !liveShape(c)
	}, false},
	{"body runs on into another story under a linked headline", 0.3, func(c *confInput) bool {
		return c.p.BodySignals.RunOn && !liveShape(c)
	}, false},
	{"page may not be an article", 0.1, func(c *confInput) bool {
		return !c.p.IsArticle
	}, false},
	{"no author", 0.03, func(c *confInput) bool {
		return len(c.a.Authors) == 0
	}, true},
	{"date only from visible text", 0.05, func(c *confInput) bool {
		return !c.a.PublishedAt.IsZero() && c.dateFrom == "text"
	}, true},
	{"no publication date", 0.1, func(c *confInput) bool {
		return c.a.PublishedAt.IsZero()
	}, true},
}

// liveShape reports a page typed a live blog or a body whose blocks are
// stamped like a live blog's entries (see body.Signals.Stamps). A live blog
// that sets each entry in an <article> has several stories by nature, so
// the check of several <article> elements leaves it to this one.
func liveShape(c *confInput) bool {
	s := &c.p.BodySignals
	return c.liveTyped || s.Stamps >= liveStamps && s.Stamps*4 >= s.Blocks
}

// shortLines returns the blocks the list-shape checks weigh and the
// prose paragraphs among them. Subheadings are not weighed (FIELDS.md
// keeps them, and an article with a heading over every second paragraph
// is no list), nor are the items of a list that a line ending in a colon
// leads in ("What the plan allows:"): the article announces its own list
// (the ingredients, the rules, the results), which FIELDS.md keeps too.
// A list of teasers or links is led in by no sentence of the article.
func shortLines(c *confInput) (n, prose int) {
	s := &c.p.BodySignals
	return s.Blocks - s.Headings - s.LedItems, s.ProseBlocks
}

// endsOnLeadIn reports a text whose last paragraph ends with a colon
// ("Here is what people posted:", "Sources:"): it announces something
// that did not come, a list, table or embedded post the body left out or
// a label of the page's furniture the body took in. Either way the text
// is not the article as it ends.
func endsOnLeadIn(text string) bool {
	t := strings.TrimRight(text, " \t\n\r")
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// embeddedShare is the share of the text of the body element that lies in
// embedded posts left out of the body (see body.Signals.Embedded). A
// story told through the posts it shows (a row of reactions, a statement
// posted by a club) is not whole without them, and labelled sets differ
// on whether they belong to the text: either way a reader of the record
// misses part of what the page shows. FIELDS.md leaves them out, so the
// record is right by the project's own conventions: the penalties are
// kept small enough that they alone never take a record under 0.8.
func embeddedShare(c *confInput) float64 {
	e := c.p.BodySignals.Embedded
	if e == 0 {
		return 0
	}
	return float64(e) / float64(e+c.p.BodySignals.Bytes)
}

// abCutShort reports a JSON-LD articleBody under abSummary of the body's
// length: sites that give a summary or the first paragraphs there leave
// most of a right body outside it. A body that holds an articleBody of
// about its own length whole and as many words again has taken another
// text with the article (a second story, a comment thread).
func abCutShort(c *confInput) bool {
	return float64(len(c.p.ArticleBody)) < abSummary*float64(c.p.BodySignals.Bytes)
}

// Confidence returns the confidence of record a made from page p and the
// warnings that explain it (see the checks). A record without text has
// confidence 0.
func Confidence(p *extract.Page, a *kabar.Article) (float64, []string) {
	c := &confInput{p: p, a: a, weight: extract.TextWeight(a.Text)}
	c.liveTyped = strings.Contains(strings.ToLower(p.Type), "liveblog")
	if len(p.Published) > 0 {
		c.dateFrom = p.Published[0].Source
		for _, f := range p.Published {
			if f.Source != "text" {
				c.dateFrom = f.Source
				break
			}
		}
	}
	conf := 1.0
	var warns []string
	if a.Text == "" {
		conf, warns = 0, []string{"no text"}
	}
	for i := range checks {
		if (a.Text != "" || checks[i].meta) && checks[i].fires(c) {
			conf *= 1 - checks[i].penalty
			warns = append(warns, checks[i].warn)
		}
	}
	return math.Round(conf*1000) / 1000, warns
}
