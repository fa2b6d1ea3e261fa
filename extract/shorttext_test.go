package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// shortTextMarksPlain is shortTextMarks as first written: a switch on
// each byte of each text.
func shortTextMarksPlain(n *html.Node, limit int, set *[256]uint8) (count int, marks uint8, first int, ok bool) {
	first = -1
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			for i := 0; i < len(n.Data); i++ {
				switch c := n.Data[i]; c {
				case ' ', '\t', '\n', '\r', '\f', '\v':
				default:
					if first < 0 {
						first = int(c)
					}
					if c < utf8.RuneSelf {
						count++
						if count > limit {
							return false
						}
						marks |= set[c]
					}
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

// TestShortTextMarks checks shortTextMarks, which skips the white space
// before the first byte and then counts through asciiWord, against the
// plain reading, on every element of random snippets: texts that open
// with white space of each ASCII kind, with other scripts or broken
// bytes, empty texts and spans, scripts, and limits the text meets, passes
// and just reaches.
func TestShortTextMarks(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "Filed by", "y", "Y", ":", "é", "漢", "\xff", "\x7f",
		"<b>", "</b>", "<span></span>", "<script>x:y</script>", "<br>", "(", "Reporting by Lina Park"}
	r := rand.New(rand.NewPCG(51, 52))
	for range 3000 {
		var b strings.Builder
		b.WriteString("<div>")
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		b.WriteString("</div>")
		root, err := parseForTest([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				for _, limit := range []int{0, 1, 5, 12, maxCreditLine} {
					c1, m1, f1, ok1 := shortTextMarks(n, limit, &lineMarks)
					c2, m2, f2, ok2 := shortTextMarksPlain(n, limit, &lineMarks)
					if ok1 != ok2 || c1 != c2 || m1 != m2 || f1 != f2 {
						t.Fatalf("shortTextMarks(%q, %d) = %d, %b, %d, %v; want %d, %b, %d, %v",
							b.String(), limit, c1, m1, f1, ok1, c2, m2, f2, ok2)
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
	}
}
