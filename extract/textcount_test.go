package extract

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestTextCount checks, on every element of the demo pages and of a few
// awkward snippets, that textCount measures nodeText exactly, that hasText
// says whether it is empty, and that childScore ranks as textWeight over
// childTexts does.
func TestTextCount(t *testing.T) {
	var pages []string
	err := filepath.WalkDir("../fixtures/demo", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		pages = append(pages, string(b))
		return err
	})
	if err != nil || len(pages) < 20 {
		t.Fatalf("demo pages: %d read, %v", len(pages), err)
	}
	pages = append(pages,
		"<p>a\u00a0 b\u200b<b>c</b>d<br>e<br><br>f  <a href=x>link text</a></p>",
		"<div>漢字 かな<span>カナ</span> 한국어<p> \u3000 </p>text<i>it</i><br> <br>tail</div>",
		"<div><p><a href=1>all link</a></p><div>inline <em>only</em></div><div><p>nested</p></div>\ufeff</div>",
		"<div> \u00a0<script>x</script><br><!-- c --><span>\u200b</span></div><p>\xff</p>",
	)
	for _, p := range pages {
		root, err := parseForTest([]byte(p))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				text := nodeText(n)
				var c textCount
				c.node(n)
				if hasText(n) != (text != "") {
					t.Fatalf("hasText(<%s> %q) = %v", n.Data, text, hasText(n))
				}
				if (c.words > 0) != (text != "") || c.runes() != utf8.RuneCountInString(text) || c.weight() != textWeight(text) {
					t.Fatalf("textCount of <%s> %q: words %d, runes %d, weight %d", n.Data, text, c.words, c.runes(), c.weight())
				}
				want := 0
				for _, s := range childTexts(n) {
					if w := textWeight(s); w >= proseMinRunes/2 {
						want += w
					}
				}
				if got := childScore(n); got != want {
					t.Fatalf("childScore(<%s> %q) = %d, want %d", n.Data, strings.Join(childTexts(n), "|"), got, want)
				}
				wp, wr := proseOfTexts(childTexts(n))
				if gp, gr := childProse(n); gp != wp || gr != wr {
					t.Fatalf("childProse(<%s> %q) = %d, %d, want %d, %d", n.Data, strings.Join(childTexts(n), "|"), gp, gr, wp, wr)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		// contentNode keeps the prose of the element it ranks best from
		// the same measure (childRank): it must be childProse's.
		if best, paras, runes := contentNode(goquery.NewDocumentFromNode(root), indexDoc(root)); best != nil {
			if wp, wr := childProse(best); paras != wp || runes != wr {
				t.Fatalf("contentNode <%s>: prose %d, %d, childProse %d, %d", best.Data, paras, runes, wp, wr)
			}
		}
	}
}

// proseOfTexts is proseOfNode over texts gathered by childTexts: the
// reference childProse is checked against.
func proseOfTexts(texts []string) (paras, runes int) {
	for _, t := range texts {
		if c := textWeight(t); c >= proseMinRunes {
			paras++
			runes += c
		}
	}
	return paras, runes
}

// childTexts returns the texts of n's paragraph-like children (the
// reference childScore and childProse are checked against): <p>
// elements (and divs holding only inline content) whose text is not mostly
// link text, and runs of bare text separated by <br>.
func childTexts(n *html.Node) []string {
	var out []string
	var run textBuilder
	flush := func() {
		if len(run.b) > 0 {
			out = append(out, string(run.b))
		}
		run = textBuilder{}
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
			run.node(c, false)
			run.space()
		case c.Type == html.ElementNode && (c.DataAtom == atom.P || (c.DataAtom == atom.Div && !hasBlockChild(c))):
			flush()
			if t := nodeText(c); t != "" && linkDensityText(c, t) < 0.5 {
				out = append(out, t)
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

// TestTextWriteRuns checks textBuilder.write and textCount.write, which
// take runs of ASCII word bytes at a time (asciiWord), against the plain
// reading: the words of all the pieces written (split where
// isCollapseSpace says) joined by one space, on random pieces of ASCII,
// white space of every kind, other scripts and broken UTF-8, written
// over several calls so that words run on from one call to the next.
func TestTextWriteRuns(t *testing.T) {
	pieces := []string{"Kota", "b", "7", ".", "-", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\u00a0", "\u200b",
		"\u2009", "\u202f", "\u3000", "\ufeff", "\u2003", "é", "漢字", "カナ", "\xff", "\xe3\x80", "\x7f", "\x00", "~"}
	r := rand.New(rand.NewPCG(31, 32))
	for range 20000 {
		var all strings.Builder
		tb := newTextBuilder()
		var tc textCount
		for range r.IntN(5) {
			var p strings.Builder
			for range r.IntN(6) {
				p.WriteString(pieces[r.IntN(len(pieces))])
			}
			all.WriteString(p.String())
			tb.write(p.String())
			tc.write(p.String())
		}
		want := strings.Join(strings.FieldsFunc(all.String(), isCollapseSpace), " ")
		if got := tb.done(); got != want {
			t.Fatalf("textBuilder of %q = %q, want %q", all.String(), got, want)
		}
		if (tc.words > 0) != (want != "") || tc.runes() != utf8.RuneCountInString(want) || tc.weight() != textWeight(want) {
			t.Fatalf("textCount of %q: words %d, runes %d, weight %d; want text %q", all.String(), tc.words, tc.runes(), tc.weight(), want)
		}
	}
}
