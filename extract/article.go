package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/kabar-news/kabar/extract/body"
)

// Thresholds of the article test. A real paragraph has proseMinRunes or
// more; an article shows at least articleMinParas of them adding up to
// articleMinRunes, or carries article metadata and some prose.
const (
	proseMinRunes      = 60
	articleMinParas    = 3
	articleMinRunes    = 600
	structuredMinRunes = 150
	maxLinkDensity     = 0.35
	// maxLDArticles is the most article entities one article page's
	// JSON-LD holds (the story, perhaps a live-blog part or two).
	maxLDArticles = 3
)

// isArticle tells an article page from an index, section or home page.
// Metadata alone is not trusted (several CMSs mark every page og:type
// article), so both paths also need prose: an index page is many short
// link lists with little running text.
//
// denseParas and denseRunes are childProse(dense), as contentNode found
// them.
func isArticle(p *Page, ld linkedData, meta metaTags, dense, content *html.Node, denseParas, denseRunes int) bool {
	paras, runes, all := proseOf(p.Body)
	if paras == 0 && content != nil {
		if content == dense {
			paras, runes = denseParas, denseRunes
		} else {
			paras, runes = proseOfNode(content)
		}
		all = runes
	}
	ogType, _ := meta.first("og:type")
	ldArticle := ld.main != nil && ld.main.isArticle() && ld.articles <= maxLDArticles
	if ldArticle && (all >= structuredMinRunes || textWeight(p.ArticleBody) >= articleMinRunes) {
		return true
	}
	// The paragraphs of an article stand together in one element (dense,
	// from contentNode); an index page's teaser summaries each sit in their
	// own item, so a body extractor may gather them but they are not
	// siblings.
	if dense == nil {
		return false
	}
	sp, sr := denseParas, denseRunes
	// og:type=article is cheaper to get wrong (some CMSs stamp it on every
	// page): it also needs two paragraphs standing together.
	if strings.EqualFold(ogType, "article") && all >= structuredMinRunes && sp >= 2 {
		return true
	}
	if p.Title == "" || sp < articleMinParas || sr < articleMinRunes {
		return false
	}
	return paras >= articleMinParas && runes >= articleMinRunes && linkDensity(dense) <= maxLinkDensity
}

// proseOf counts the real paragraphs among body blocks and their weight,
// and the weight of all blocks (lists and tables included: a results
// article is mostly tables).
func proseOf(blocks []body.Block) (paras, runes, all int) {
	for _, b := range blocks {
		n := textWeight(b.Text)
		all += n
		if b.Kind != body.Paragraph && b.Kind != body.Blockquote {
			continue
		}
		if n >= proseMinRunes {
			paras++
			runes += n
		}
	}
	return paras, runes, all
}

// textWeight is the length of s in runes, with Chinese, Japanese and
// Korean characters counted three times: one of them carries about as much
// as a short word, and thresholds are set in Latin-script runes.
//
// ASCII text, most of what it measures, is counted eight bytes at a time
// where an ASCII byte opens eight of them (each such byte weighs 1);
// other runes are decoded one at a time.
func textWeight(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			if i+8 <= len(s) && ascii8(s[i:i+8]) {
				n += 8
				i += 8
				continue
			}
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += runeWeight(r)
		i += size
	}
	return n
}

// TextWeight is textWeight, for package normalize's confidence checks:
// one measure of text for both.
func TextWeight(s string) int { return textWeight(s) }

// ascii8 says the eight bytes of s are all ASCII (one load, one test).
func ascii8(s string) bool {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return x&0x8080808080808080 == 0
}

// runeWeight is textWeight of one rune.
func runeWeight(r rune) int {
	// Hangul Jamo (U+1100) is the lowest of the four scripts: below it,
	// skip the table lookups.
	if r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
		return 3
	}
	return 1
}

// proseOfNode counts the real paragraphs directly under n (text blocks and
// <p> children with few links).
func proseOfNode(n *html.Node) (paras, runes int) {
	return childProse(n)
}

func isInline(a atom.Atom) bool {
	switch a {
	case atom.Span, atom.B, atom.Strong, atom.I, atom.Em, atom.U, atom.Small, atom.Sub, atom.Sup, atom.Font, atom.Mark, atom.Q, atom.Cite, atom.Abbr:
		return true
	}
	return false
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c.DataAtom) {
			return true
		}
	}
	return false
}

// linkDensity is the share of n's text that sits inside links.
func linkDensity(n *html.Node) float64 {
	var t textCount
	t.node(n)
	return linkDensityRunes(n, t.runes())
}

// linkDensityText is linkDensity with n's nodeText already known.
func linkDensityText(n *html.Node, text string) float64 {
	return linkDensityRunes(n, utf8.RuneCountInString(text))
}

// linkDensityRunes is linkDensity with the length of n's nodeText, in
// runes, already known.
func linkDensityRunes(n *html.Node, total int) float64 {
	if total == 0 {
		return 0
	}
	linked := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			var t textCount
			t.node(n)
			linked += t.runes()
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return float64(linked) / float64(total)
}

// childScore is the sum of textWeight over childTexts(n), counting only
// the texts of proseMinRunes/2 or more: how contentNode ranks n. It
// measures the texts without building them.
func childScore(n *html.Node) int {
	score, _, _ := childRank(n)
	return score
}

// childProse is proseOfTexts(childTexts(n)), the texts measured without
// being built.
func childProse(n *html.Node) (paras, runes int) {
	_, paras, runes = childRank(n)
	return paras, runes
}

// childRank is childScore(n) and childProse(n) from one measure of n's
// child texts: contentNode ranks every element by its score and keeps
// the prose of the best, which it would otherwise measure again.
func childRank(n *html.Node) (score, paras, runes int) {
	eachChildWeight(n, func(w int) {
		if w >= proseMinRunes/2 {
			score += w
		}
		if w >= proseMinRunes {
			paras++
			runes += w
		}
	})
	return score, paras, runes
}

// eachChildWeight calls f with the textWeight of each of childTexts(n),
// in order, measuring them without building them (and with 0 where a run
// of bare text is empty, which childTexts leaves out).
func eachChildWeight(n *html.Node, f func(w int)) {
	var run textCount
	flush := func() {
		f(run.weight())
		run = textCount{}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			run.write(c.Data)
		case c.Type == html.ElementNode && (c.DataAtom == atom.Br):
			run.space()
			if c.NextSibling != nil && c.NextSibling.Type == html.ElementNode && c.NextSibling.DataAtom == atom.Br {
				flush()
			}
		case c.Type == html.ElementNode && isInline(c.DataAtom) && c.DataAtom != atom.A:
			run.space()
			run.node(c)
			run.space()
		case c.Type == html.ElementNode && (c.DataAtom == atom.P || (c.DataAtom == atom.Div && !hasBlockChild(c))):
			flush()
			var t textCount
			t.node(c)
			if t.words > 0 && linkDensityRunes(c, t.runes()) < 0.5 {
				f(t.weight())
			}
		default:
			flush()
		}
	}
	flush()
}

// contentNode returns the element that holds most of the page's running
// text: the one whose paragraph-like children add up to the most runes
// (the classic paragraph-parent heuristic). It only anchors images and the
// article test; the body text itself comes from package body. Nil when the
// page has no paragraph of prose. paras and runes are childProse of that
// element.
func contentNode(doc *goquery.Document, idx *docIndex) (node *html.Node, paras, runes int) {
	var best *html.Node
	bestScore := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Svg:
				return
			}
			if idx.isFurniture(n) {
				return
			}
			if score, p, r := childRank(n); score > bestScore {
				best, bestScore, paras, runes = n, score, p, r
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range doc.Nodes {
		walk(n)
	}
	if bestScore < proseMinRunes {
		return nil, 0, 0
	}
	// paras and runes were measured with bestScore (childRank), on the
	// same tree: childProse(best).
	return best, paras, runes
}
