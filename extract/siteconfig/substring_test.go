package siteconfig

import (
	"strings"
	"testing"

	"github.com/antchfx/htmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html"
)

// substringPage is an invented page whose meta lines nest, so that the
// engine's first node (a parent's children before their descendants) is
// not the first in document order, and whose lines hold the cut marks
// more than once.
const substringPage = `<html><body>
<div class="meta top">Filed | <span>By Marta Quell | Harbour desk</span>
  <div class="meta">By Odile Brand, Lisbon, 4 May | Updated</div>
</div>
<div class="meta">Second line | By Tom Arkwright | More | Rest</div>
<ul id="credits"><li>By Sunniva Lund, Tromsø, Monday</li><li>Photo: Wire</li></ul>
<time class="stamp" datetime="2024-05-04T08:00:00Z">4 May</time>
<time class="stamp" datetime="2024-05-05T09:00:00Z">5 May</time>
<p class="about">About  Jana
  Tobiasz</p>
</body></html>`

// TestSubstringAgreesWithEngine compares the substring-after/before
// shortcut with the XPath engine's answer, as values() reads it, and
// checks which shapes take the shortcut.
func TestSubstringAgreesWithEngine(t *testing.T) {
	root, err := html.Parse(strings.NewReader(substringPage))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		expr  string
		short bool
	}{
		{"substring-after(//div[@class='meta'], '|')", true},
		{"substring-before(//div[@class=\"meta\"], '|')", true},
		{"substring-after(//div[contains(@class, 'meta')], 'By ')", true},
		{"substring-before(substring-after(//div[contains(@class,'meta')], 'By'), '|')", true},
		{"substring-before(substring-after(//ul[@id='credits']/li[1], ','), ',')", true},
		{"substring-after(//ul[@id='credits']/li[last()], ': ')", true},
		{"substring-after(//ul[@id='credits']/li[2], ': ')", false}, // a position past the first
		{"substring-after(//p[@class='about'], 'About ')", true},
		{"substring-after(//p[@class='about'], 'nowhere')", true},
		{"substring-after(//p[@class='about'], '')", true},
		{"substring-after(//p[@class='missing'], 'About')", true},
		{"substring-before(//time[@class='stamp']/@datetime, 'T')", true},
		{"substring-after(//time[@class='stamp']/@missing, 'T')", true},
		{"substring-after(//div, 'By ')", true},
		{"substring-after(//div[@class='meta top']//span, 'By ')", true},
		{"substring-before(//body//div[@class='meta'], ',')", true},
		{"substring-after(//div[contains(@class, 'meta')]//span, 'By')", true}, // nested: the engine's
		{"substring-after(//div[1], 'By ')", true},
		{"normalize-space(substring-after(//div[@class='meta'], '|'))", false},
		{"substring-after(//div[@class='meta'], //p)", false},
		{"concat(substring-after(//div[@class='meta'], '|'), 'x')", false},
	}
	for _, tt := range tests {
		e := xpath.MustCompile(tt.expr)
		if _, short := parseSubstr(tt.expr); short != tt.short {
			t.Errorf("%s: shortcut %v, want %v", tt.expr, short, tt.short)
		}
		var want []string
		if s, ok := e.Evaluate(htmlquery.CreateXPathNavigator(root)).(string); ok {
			if s = strings.Join(strings.Fields(s), " "); s != "" {
				want = append(want, s)
			}
		}
		if got := values(root, e); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("%s: values %q, the engine %q", tt.expr, got, want)
		}
	}
}
