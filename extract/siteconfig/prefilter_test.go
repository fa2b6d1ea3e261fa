package siteconfig

import (
	"strings"
	"testing"

	"github.com/antchfx/htmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html"
)

// prefilterPage is an invented page with the furniture site configs name.
const prefilterPage = `<!doctype html><html><head>
<meta property="og:title" content="Tide tables move online">
<meta name="author" content="Ines Haldane">
</head><body>
<header class="site-header  main"><nav id="top-nav">Sections</nav></header>
<article class="story story--long" data-kind="news">
<h1 class="headline">Tide tables move online</h1>
<p class="byline">By <a class="author-link" href="/people/ines-haldane">Ines Haldane</a></p>
<div class="story-body"><p>The harbour office will stop printing its tide tables.</p>
<aside class="related-box"><a href="/more">More</a></aside>
<div class="ad-slot" style="visibility: hidden"><picture></picture></div></div>
<svg viewBox="0 0 1 1"><linearGradient id="g"></linearGradient></svg>
</article>
<footer><p>Harbour Weekly</p></footer>
</body></html>`

// TestPrefilterNeverHides checks the prefilter against the XPath engine:
// whenever an expression selects something, the prefilter must let it be
// evaluated; and expressions that select nothing for a reason it can see
// are cut short.
func TestPrefilterNeverHides(t *testing.T) {
	root, err := html.Parse(strings.NewReader(prefilterPage))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		expr   string
		parsed bool // the prefilter reads the shape
		cut    bool // and shows that it selects nothing
	}{
		{"//h1[@class='headline']", true, false},
		{"//h1[@class = \"headline\"]", true, false},
		{"//h1[@class='teaser']", true, true},
		{"//H1[@CLASS='headline']", true, false}, // names compared without case: may only err towards evaluating
		{"//meta[@property='og:title']/@content", true, false},
		{"//meta[@property='og:description']/@content", true, true},
		{"//div[contains(@class, 'story-body')]//p", true, false},
		{"//div[contains(@class,'recirc')]", true, true},
		{"//*[contains(@class, 'related')]", true, false},
		{"//*[contains(@class, 'newsletter')]", true, true},
		{"//header[contains(concat(' ',normalize-space(@class),' '),' main ')]", true, false},
		{"//header[contains(concat(' ', normalize-space(@class), ' '), ' sticky ')]", true, true},
		{"//a[starts-with(@href, '/people/')]", true, false},
		{"//a[starts-with(@href, 'https://')]", true, true},
		{"//div[contains(@style, 'visibility: hidden')]//picture", true, false},
		{"//article[@data-kind='news' and contains(@class, 'story')]", true, false},
		{"//article[@data-kind='news' and contains(@class, 'gallery')]", true, true},
		{"//div[@class='pull-quote' or contains(@class, 'ad-slot')]", true, false},
		{"//div[@class='pull-quote' or @class='gallery']", true, true},
		{"//section[@id='x'] | //nav[@id='top-nav']", true, false},
		{"//section[@id='x'] | //nav[@id='bottom-nav']", true, true},
		{"(//div[contains(@class, 'story-body')])[1]", true, false},
		{"(//div[contains(@class, 'gallery')])[1]", true, true},
		{"//p[1]", true, false},
		{"//p[not(@class)]", true, false},
		{"//p[@class]", true, false},
		{"//time[@datetime]", true, true},
		{"//h1[contains(., 'Tide')]", true, false},
		{"//a[@class!='author-link']", true, false}, // != is not read: evaluated
		{"//div[contains(@class, 'story-body')]/parent::article", true, false},
		{"//lineargradient", true, false}, // SVG keeps the case of its names: "linearGradient"
		{"substring-after(//p[@class='byline'], 'By ')", false, false},
		{"normalize-space(//h1)", false, false},
		{"/html/body//h1", false, false},
		{".//h1", false, false},
		{"//text()", false, false},
		{"//descendant::h1", false, false},
	}
	for _, tt := range tests {
		e, err := xpath.Compile(tt.expr)
		if err != nil {
			t.Fatalf("%s: %v", tt.expr, err)
		}
		selects := false
		switch v := e.Evaluate(htmlquery.CreateXPathNavigator(root)).(type) {
		case *xpath.NodeIterator:
			selects = v.MoveNext()
		case string:
			selects = v != ""
		}
		f, parsed := parseFilter(tt.expr)
		if parsed != tt.parsed {
			t.Errorf("%s: parsed %v, want %v", tt.expr, parsed, tt.parsed)
			continue
		}
		if !parsed {
			continue
		}
		cut := !f.mayMatch(root)
		if cut && selects {
			t.Errorf("%s: the prefilter cuts an expression that selects something", tt.expr)
		}
		if cut != tt.cut {
			t.Errorf("%s: cut %v, want %v", tt.expr, cut, tt.cut)
		}
		got := evaluate(root, e)
		if cut && got != nil {
			t.Errorf("%s: evaluate ran the expression the prefilter cut", tt.expr)
		}
	}
}

// TestPrefilterInsideBody checks the prefilter under an element as the
// root: strip expressions run inside the body element only.
func TestPrefilterInsideBody(t *testing.T) {
	root, err := html.Parse(strings.NewReader(prefilterPage))
	if err != nil {
		t.Fatal(err)
	}
	var body *html.Node
	walk(root, func(n *html.Node) {
		if body == nil && n.Type == html.ElementNode && attr(n, "class") == "story-body" {
			body = n
		}
	})
	for _, tt := range []struct {
		expr string
		cut  bool
	}{
		{"//aside[contains(@class, 'related')]", false},
		{"//nav[@id='top-nav']", true}, // outside the body
		{"//div[contains(@class, 'story-body')]", false},
	} {
		f, ok := parseFilter(tt.expr)
		if !ok {
			t.Fatalf("%s: not parsed", tt.expr)
		}
		if cut := !f.mayMatch(body); cut != tt.cut {
			t.Errorf("%s: cut %v, want %v", tt.expr, cut, tt.cut)
		}
		e := xpath.MustCompile(tt.expr)
		if it, ok := e.Evaluate(htmlquery.CreateXPathNavigator(body)).(*xpath.NodeIterator); ok && it.MoveNext() && tt.cut {
			t.Errorf("%s: the engine selects what the prefilter cut", tt.expr)
		}
	}
}

// fastPathPage nests matching elements, so that the XPath engine's order
// (children of each node before their own descendants) differs from
// document order; and repeats attributes the fast path reads.
const fastPathPage = `<html><body>
<div class="box outer" id="a1"><p id="p1">One</p>
  <div class="box inner" id="a2"><p id="p2">Two</p><div class="box deep" id="a3">Three</div></div>
</div>
<div class="box  spaced
   tail" id="a4">Four<b id="b4">!</b></div>
<section data-role="promo"><div class="other" id="a5">Five</div></section>
<meta property="og:title" content="First title"><meta property="og:title" content="Second title">
<a href="/x" rel="next" class="pager">next</a>
</body></html>`

// TestFastPathAgreesWithEngine compares the fast path with the XPath
// engine, node for node and value for value.
func TestFastPathAgreesWithEngine(t *testing.T) {
	root, err := html.Parse(strings.NewReader(fastPathPage))
	if err != nil {
		t.Fatal(err)
	}
	ids := func(ns []*html.Node) string {
		var out []string
		for _, n := range ns {
			out = append(out, attr(n, "id")+attr(n, "property")+attr(n, "rel"))
		}
		return strings.Join(out, ",")
	}
	tests := []struct {
		expr string
		fast bool
		ids  string // what nodes() returns, in order
	}{
		{"//div[contains(@class, 'box')]", true, "a1,a4,a2,a3"},
		{"//div", true, "a1,a2,a3,a4,a5"},
		{"//*[@id='a3' or @id='a1']", true, "a1,a3"},
		{"//div[contains(concat(' ', normalize-space(@class), ' '), ' spaced tail ')]", true, "a4"},
		{"//div[starts-with(@class, 'box') and @id]", true, "a1,a4,a2,a3"},
		{"//div[@CLASS='other']", true, ""}, // attribute names are compared exactly
		{"//meta[@property='og:title']/@content", true, ""},
		{"//a[@rel='next']/@href", true, ""},
		{"//section[@data-role='promo']//div", true, "a5"},
		{"//div[1]", true, "a1,a2,a3,a5"}, // the first <div> child of each parent
		{"//div[last()]", true, "a4,a2,a3,a5"},
		{"//*[1]", true, ",,a1,p1,p2,b4,a5"}, // <html>, <head> first
		{"//div[@id='a1']/*[1]", true, "p1"},
		{"//div/*[last()]", true, "a2,a3,b4"},
		{"//body//div[1]/p[1]", true, "p1,p2"},
		{"//div[1][@id]", false, "a1,a2,a3,a5"},
		{"//div[@id][1]", false, "a1"},
		{"//div[2]", false, "a4"},
		{"//div[position() = 1]", false, "a1,a2,a3,a5"},
		// Child steps: each node's matching children, the nodes taken
		// in the engine's order (so b4 before p2, unlike the document).
		{"//div[contains(@class, 'box')]/*", true, "p1,a2,b4,p2,a3"},
		{"//div[contains(@class, 'box')]/p", true, "p1,p2"},
		{"//div/div[@id='a3']", true, "a3"},
		{"//div[@id='a1']/div[contains(@class, 'inner')]/p", true, "p2"},
		{"//body/div[contains(@class, 'box')]/@id", true, ""},
		{"//section[@data-role='promo']/div/@id", true, ""},
		{"//div[contains(@class, 'box')]/b/@missing", true, ""},
		{"//div/p[1]", true, "p1,p2"},
		{"//div/p/text()", false, ""},
		{"//div/@id/x", false, ""},
		{"//div/", false, ""},
		// Descendant steps: //b[q] from each node in turn; from nodes
		// that nest, the engine's (which gives some twice).
		{"//div[@id='a1']//p", true, "p1,p2"},
		{"//div[@id='a1']//div[contains(@class, 'box')]", true, "a2,a3"},
		{"//body//div[contains(@class, 'box')]", true, "a1,a4,a2,a3"},
		{"//body//div[@id='a2']//*", true, "p2,a3"},
		{"//body/div//div[@id='a3']/@id", true, ""},
		{"//div[contains(@class, 'box')]//p", true, "p1,p2"}, // the engine: p1,p2,p2
		{"//div[contains(@class, 'box')]//*[@id]", true, "p1,a2,p2,a3,b4,p2,a3"},
		{"//div//@id", false, ""},
		// Unions (parseFastUnion; TestFastUnionShapes): the left
		// side's nodes, then the right side's new ones.
		{"//div[@id='a3'] | //div[contains(@class, 'box')]", false, "a3,a1,a4,a2"},
		{"//p | //div[@id='a1']/p | //section/div", false, "p1,p2,a5"},
		{"//nav | //div[@id='a2']", false, "a2"},
	}
	for _, tt := range tests {
		e := xpath.MustCompile(tt.expr)
		_, fast := parseFast(tt.expr)
		if fast != tt.fast {
			t.Errorf("%s: fast %v, want %v", tt.expr, fast, tt.fast)
		}
		// The engine's own answer, as nodes() and values() read it.
		var engineNodes []*html.Node
		var engineValues []string
		if it, ok := e.Evaluate(htmlquery.CreateXPathNavigator(root)).(*xpath.NodeIterator); ok {
			for it.MoveNext() {
				nav := it.Current().(*htmlquery.NodeNavigator)
				if nav.NodeType() == xpath.ElementNode {
					// (nodes() drops a node the engine gives twice in a row.)
					if len(engineNodes) == 0 || engineNodes[len(engineNodes)-1] != nav.Current() {
						engineNodes = append(engineNodes, nav.Current())
					}
					engineValues = append(engineValues, strings.Join(strings.Fields(htmlquery.InnerText(nav.Current())), " "))
				} else if v := strings.TrimSpace(nav.Value()); v != "" {
					engineValues = append(engineValues, v)
				}
			}
		}
		if got, want := ids(nodes(root, e)), ids(engineNodes); got != want {
			t.Errorf("%s: nodes %s, the engine %s", tt.expr, got, want)
		}
		if got := ids(nodes(root, e)); got != tt.ids {
			t.Errorf("%s: nodes %s, want %s", tt.expr, got, tt.ids)
		}
		var nonEmpty []string
		for _, v := range engineValues {
			if v != "" {
				nonEmpty = append(nonEmpty, v)
			}
		}
		if got := values(root, e); strings.Join(got, "|") != strings.Join(nonEmpty, "|") {
			t.Errorf("%s: values %q, the engine %q", tt.expr, got, nonEmpty)
		}
	}
}

// TestFastUnionShapes says which unions the fast path takes; what they
// select is compared with the engine in TestFastPathAgreesWithEngine.
func TestFastUnionShapes(t *testing.T) {
	for _, tt := range []struct {
		expr string
		ok   bool
	}{
		{"//div[@id='a3'] | //div[contains(@class, 'box')]", true},
		{"//p | //div/p | //section/div", true},
		{"//div", false},                    // one path: parseFast's
		{"//div | //meta/@content", false},  // attributes: the engine's
		{"//div | //section//div", true},    // a descendant step
		{"//div[1] | //p", true},            // a lone position
		{"//a[@title='x | y'] | //p", true}, // a bar in a literal
		{"//div | substring-after(//p, 'x')", false},
	} {
		if _, ok := parseFastUnion(tt.expr); ok != tt.ok {
			t.Errorf("%s: union %v, want %v", tt.expr, ok, tt.ok)
		}
	}
}
