package siteconfig

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

const sampleConfig = `# a comment
title: //h1[@class='headline']
title: //meta[@property='og:title']/@content
body: //div[@id='story']
body: //article
author: //span[@class='writer']
author: substring-after(//p[@class='by'], 'By ')
date: //time/@datetime
date: normalize-space(//p[@class='when'])
strip: //div[contains(@class,'promo')]
strip_id_or_class: share-tools
strip_image_src: pixel.example
strip_attr: //img/@style
dissolve: //span[@class='wrapper']
wrap_in(blockquote): //div[@class='pull']
native_ad_clue: //div[@class='sponsored-label']
single_page_link: //a[@class='print']/@href
next_page_link: //a[@rel='next']
find_string: <amp-img
replace_string: <img
replace_string(“): "
http_header(user-agent): Mozilla/5.0 (kabar test)
prune: no
tidy: yes
autodetect_on_failure: yes
skip_json_ld: yes
parser: html5php
src_lazy_load_attr: data-src
login_uri: https://example.org/login
test_url: https://www.example.org/2024/01/a-story
test_contains: Harbour cranes stood still
test_contains: second line
test_url: https://www.example.org/2024/02/another
frobnicate: 12
just words without a colon
replace_string: orphan
`

func TestParse(t *testing.T) {
	c := Parse("example.org", []byte(sampleConfig))
	check := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", what, got, want)
		}
	}
	check("title", c.Title, []string{"//h1[@class='headline']", "//meta[@property='og:title']/@content"})
	check("body", len(c.Body), 2)
	check("author", len(c.Author), 2)
	check("date", len(c.Date), 2)
	check("strip", c.Strip, []string{"//div[contains(@class,'promo')]"})
	check("strip_id_or_class", c.StripIDOrClass, []string{"share-tools"})
	check("strip_image_src", c.StripImageSrc, []string{"pixel.example"})
	check("strip_attr", c.StripAttr, []string{"//img/@style"})
	check("dissolve", len(c.Dissolve), 1)
	check("wrap_in", c.WrapIn, []WrapIn{{"blockquote", "//div[@class='pull']"}})
	check("native_ad_clue", len(c.NativeAdClue), 1)
	check("single", len(c.SinglePageLink), 1)
	check("next", len(c.NextPageLink), 1)
	check("replace", c.Replace, []Replace{{"<amp-img", "<img"}, {"“", `"`}})
	check("markup replace", c.MarkupReplacements(), []Replace{{"<amp-img", "<img"}})
	check("header", c.HTTPHeaders, map[string]string{"user-agent": "Mozilla/5.0 (kabar test)"})
	check("prune", *c.Prune, false)
	check("tidy", *c.Tidy, true)
	check("autodetect", *c.AutodetectOnFailure, true)
	check("skip_json_ld", *c.SkipJSONLD, true)
	check("parser", c.Parser, "html5php")
	check("lazy", c.SrcLazyLoadAttr, "data-src")
	check("login", c.Other["login_uri"], []string{"https://example.org/login"})
	check("tests", c.Tests, []Test{{"https://www.example.org/2024/01/a-story", []string{"Harbour cranes stood still", "second line"}}, {URL: "https://www.example.org/2024/02/another"}})
	check("unknown", c.Unknown, []string{"frobnicate: 12"})
	if len(c.Problems) != 2 {
		t.Errorf("problems = %q, want the colon-less line and the orphan replace_string", c.Problems)
	}
}

func TestMatch(t *testing.T) {
	s := FromFiles("ftr", map[string]string{
		"example.com.txt":       "title: //h1",
		".example.com.txt":      "title: //h2",
		"sport.example.com.txt": "title: //h3",
		".co.uk.txt":            "title: //h4", // must never serve as a TLD wildcard... but it is one level above a domain
		"global.txt":            "title: //title",
		"www.other.net.txt":     "title: //h5",
	})
	for _, tc := range []struct{ host, want string }{
		{"example.com", "example.com"},
		{"www.example.com", "example.com"},
		{"WWW.Example.COM.", "example.com"},
		{"news.example.com", ".example.com"},
		{"a.b.example.com", ".example.com"},
		{"sport.example.com", "sport.example.com"},
		{"other.org", ""},
		{"www.other.example.org", ""},
		{"news.paper.co.uk", ""},
		{"www.other.net", "www.other.net"},
		{"other.net", ""},
		{"global", ""},
	} {
		got := ""
		if r := s.Match(tc.host); r != nil {
			got = r.Name
		}
		if got != tc.want {
			t.Errorf("Match(%q) = %q, want %q", tc.host, got, tc.want)
		}
	}
}

func TestStackUserFirst(t *testing.T) {
	user := FromFiles("user", map[string]string{"example.com.txt": "title: //h2"})
	ftr := FromFiles("ftr", map[string]string{"example.com.txt": "title: //h1", "other.net.txt": "title: //h1"})
	st := Stack{user, ftr}
	if r := st.MatchURL("https://www.example.com/a"); r == nil || r.Method() != "rules:user/example.com" {
		t.Errorf("example.com: got %+v, want the user's file", r)
	}
	if r := st.MatchURL("https://other.net/a"); r == nil || r.Method() != "rules:ftr/other.net" {
		t.Errorf("other.net: got %+v, want the bundled file", r)
	}
	if r := st.MatchURL("not a url"); r != nil {
		t.Errorf("no host: got %+v", r)
	}
}

const samplePage = `<html><head><meta property="og:title" content="Cranes Idle as Dock Strike Enters Second Week">
<title>Cranes idle | Harbour Gazette</title></head><body>
<header><a class="print" href="/print/123">Print</a></header>
<h1 class="headline">  Cranes Idle as   Dock Strike Enters Second Week </h1>
<p class="by">By Marta Lindqvist</p><p class="when">  12 March 2024 </p>
<div id="story"><p>Harbour cranes stood still on Monday.</p>
<div class="promo">Subscribe now</div><div class="share-tools">Share</div>
<img src="https://pixel.example/t.gif"><img src="/a.jpg" style="width:1px">
<span class="wrapper"><b>Workers</b> gathered at dawn.</span>
<div class="pull">We will not move</div></div>
<a rel="next" href="/story?page=2">Next</a>
</body></html>`

func TestEvaluate(t *testing.T) {
	root, err := html.Parse(strings.NewReader(samplePage))
	if err != nil {
		t.Fatal(err)
	}
	r := &Rule{Config: Parse("example.org", []byte(sampleConfig)), Origin: "user"}
	if got := r.TitleOf(root); got != "Cranes Idle as Dock Strike Enters Second Week" {
		t.Errorf("title = %q", got)
	}
	if got := r.AuthorsOf(root); !reflect.DeepEqual(got, []string{"Marta Lindqvist"}) {
		t.Errorf("authors = %q (substring-after fallback)", got)
	}
	if got := r.DateOf(root); got != "12 March 2024" {
		t.Errorf("date = %q (normalize-space fallback)", got)
	}
	single, next := r.Links(root)
	if single != "/print/123" || next != "/story?page=2" {
		t.Errorf("links = %q, %q", single, next)
	}
	if r.IsNativeAd(root) {
		t.Error("native ad clue matched a page without one")
	}
	b := r.ArticleOf(root)
	if b == nil {
		t.Fatal("no body")
	}
	var sb strings.Builder
	_ = html.Render(&sb, b)
	got := sb.String()
	for _, want := range []string{"Harbour cranes", "<b>Workers</b> gathered", "<blockquote><div class=\"pull\">", `<img src="/a.jpg"/>`} {
		if !strings.Contains(got, want) {
			t.Errorf("body lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"Subscribe", "Share", "pixel.example", "wrapper"} {
		if strings.Contains(got, not) {
			t.Errorf("body keeps %q:\n%s", not, got)
		}
	}
	// root is untouched.
	sb.Reset()
	_ = html.Render(&sb, root)
	if !strings.Contains(sb.String(), "Subscribe now") {
		t.Error("ArticleOf modified the original tree")
	}
}

func TestBodyJoinsSeveral(t *testing.T) {
	root, _ := html.Parse(strings.NewReader(`<body><div class="part">One part.</div><aside>x</aside><div class="part">Two part.</div></body>`))
	r := &Rule{Config: Parse("x", []byte("body: //div[@class='part']")), Origin: "ftr"}
	b := r.ArticleOf(root)
	if b == nil || htmlText(b) != "One part.Two part." {
		t.Errorf("joined body = %v", b)
	}
}

func TestBadXPathIsReported(t *testing.T) {
	r := &Rule{Config: Parse("x", []byte("title: //h1[\nbody: //div[@id='a'")), Origin: "ftr"}
	root, _ := html.Parse(strings.NewReader(`<h1>T</h1>`))
	if r.TitleOf(root) != "" || len(r.CompileErrors()) != 2 {
		t.Errorf("errors = %q", r.CompileErrors())
	}
}

func TestBundled(t *testing.T) {
	s, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() < 1000 {
		t.Fatalf("bundled snapshot has %d files", s.Len())
	}
	// Every bundled file parses; expressions that do not compile are
	// reported, not fatal.
	bad := 0
	for _, n := range s.Names() {
		r := s.Get(n)
		bad += len(r.CompileErrors())
	}
	t.Logf("%d files, %d expressions that do not compile", s.Len(), bad)
}

func htmlText(n *html.Node) string {
	var sb strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	})
	return sb.String()
}

func TestPageLinks(t *testing.T) {
	st := Stack{FromFiles("user", map[string]string{
		"example.org.txt": "single_page_link: //a[@class='print']/@href\nnext_page_link: //a[@rel='next']",
		"plain.org.txt":   "body: //article",
	})}
	single, next := st.PageLinks("https://www.example.org/story", []byte(samplePage))
	if single != "https://www.example.org/print/123" || next != "https://www.example.org/story?page=2" {
		t.Errorf("links = %q, %q", single, next)
	}
	if s, n := st.PageLinks("https://plain.org/story", []byte(samplePage)); s != "" || n != "" {
		t.Errorf("a config without link directives gave %q, %q", s, n)
	}
	if s, n := st.PageLinks("https://elsewhere.net/story", []byte(samplePage)); s != "" || n != "" {
		t.Errorf("no config gave %q, %q", s, n)
	}
}

// TestReadsModified: a date expression that reads the time of the last
// change is told from one that reads the publication, by the names it
// uses; one naming both reads the publication marked off by the change.
func TestReadsModified(t *testing.T) {
	for _, tc := range []struct {
		expr     string
		modified bool
	}{
		{`//meta[@property="article:modified_time"]/@content`, true},
		{`//meta[@property='og:updated_time']/@content`, true},
		{`//time[@itemprop='dateModified']/@datetime`, true},
		{`substring-after(//div[@class='stamp'], 'Last updated ')`, true},
		{`//span[@class='last-changed']`, true},
		{`//meta[@name="LastUpdate"]/@content`, true},
		{`//meta[@property="article:published_time"]/@content`, false},
		{`substring-before(substring-after(//script[@type="application/ld+json"], '"datePublished":"'), '","dateModified"')`, false},
		{`//time[contains(@class, 'published') and contains(@class, 'updated')]`, false},
		{`//meta[@name='dc.date.issued']/@content`, false},
		{`//p[@class='timestamp']`, false},
		{`//span[@class='posted-on']//time`, false},
	} {
		if got := readsModified(tc.expr); got != tc.modified {
			t.Errorf("readsModified(%s) = %v, want %v", tc.expr, got, tc.modified)
		}
	}
}
