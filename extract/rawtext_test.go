package extract

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/kabar-news/kabar/eval"
	"github.com/kabar-news/kabar/extract/siteconfig"
)

// withoutRawText renders the tree of page with the text of every script
// and style element removed: the tree emptyRawText must leave the parser
// with, whatever it dropped.
func withoutRawText(t *testing.T, page []byte) string {
	return cutTree(t, page, cuts{rawText: true})
}

// cutTree renders the tree of page with the text of every script and
// style element removed and, as c says, every run of HTML white space
// in a text node written as one space, every comment empty, every d and
// points attribute empty, every data-* attribute no reader names empty,
// every attribute cuts.attrs drops taken out (whether keptParts took it,
// as it does when the value is quoted or absent, or left it): the tree
// keptParts must leave the parser with, whatever it cut.
func cutTree(t *testing.T, page []byte, c cuts) string {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if c.attrs {
			n.Attr = slices.DeleteFunc(n.Attr, droppedAttr)
		}
		if c.drawing {
			n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool {
				k := strings.ToLower(a.Key)
				return a.Namespace == "" && (k == "d" || k == "points")
			})
		}
		if c.data {
			n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool {
				return a.Namespace == "" && strings.HasPrefix(a.Key, "data-") && len(a.Key) > len("data-") && dataAttrUnread([]byte(a.Key))
			})
		}
		for ch := n.FirstChild; ch != nil; {
			next := ch.NextSibling
			if ch.Type == html.TextNode && n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
				n.RemoveChild(ch)
			} else if ch.Type == html.TextNode && c.spacing {
				ch.Data = oneSpace(ch.Data)
			} else if ch.Type == html.CommentNode && c.comments {
				ch.Data = ""
			} else {
				for i, a := range ch.Attr {
					k := strings.ToLower(a.Key)

					if _, read := keptDataAttrs()[k]; c.data && strings.HasPrefix(k, "data-") && len(k) > len("data-") && !read {
						ch.Attr[i].Val = ""
					}
				}
				walk(ch)
			}
			ch = next
		}
	}
	walk(root)
	var b strings.Builder
	if err := html.Render(&b, root); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// droppedAttr says a of the parsed tree is one cuts.attrs drops: the
// parser adjusts the case of SVG names ("viewBox") and splits
// "xmlns:xlink" into a namespace and a key.
func droppedAttr(a html.Attribute) bool {
	k := strings.ToLower(a.Key)
	if a.Namespace == "xmlns" && k == "xlink" {
		k = "xmlns:xlink"
	} else if a.Namespace != "" {
		return false
	}
	return !strings.HasPrefix(k, "data-") && (&valueCuts{attrs: true}).dropAttr([]byte(k))
}

// oneSpace writes each run of HTML white space in s as one space.
func oneSpace(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isHTMLSpace(s[i]) {
			if i == 0 || !isHTMLSpace(s[i-1]) {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// checkCuts says whether keptParts(page, c), read through partsReader,
// parses to the tree of page less what c cuts (cutTree); it returns the
// page as kept.
func checkCuts(t *testing.T, name string, page []byte, c cuts) []byte {
	t.Helper()
	got := bytes.Join(keptParts(page, c), nil)
	r := &partsReader{keptParts(page, c)}
	read, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(read, got) {
		t.Errorf("%s: partsReader reads %q (%v), want %q", name, read, err, got)
	}
	if want, have := cutTree(t, page, c), cutTree(t, got, c); want != have {
		t.Errorf("%s %+v: the trees differ beyond what is cut\nwant %s\n got %s", name, c, want, have)
	}
	return got
}

// checkRawText says whether emptyRawText(page) parses to the tree of page
// less the text of scripts and style sheets.
func checkRawText(t *testing.T, name string, page []byte) []byte {
	t.Helper()
	got := emptyRawText(page)
	// The parser reads the kept parts through partsReader, in reads of
	// any size.
	for _, size := range []int{1, 7, 4096} {
		r := &partsReader{keptParts(page, cuts{rawText: true})}
		var read []byte
		buf := make([]byte, size)
		for {
			n, err := r.Read(buf)
			read = append(read, buf[:n]...)
			if err == io.EOF {
				break
			}
			if err != nil || n == 0 {
				t.Fatalf("%s: Read = %d, %v", name, n, err)
			}
		}
		if !bytes.Equal(read, got) {
			t.Errorf("%s: partsReader in reads of %d reads %q, want %q", name, size, read, got)
		}
	}
	if want, have := withoutRawText(t, page), withoutRawText(t, got); want != have {
		t.Errorf("%s: the trees differ beyond script and style text\nwant %s\n got %s", name, want, have)
	}
	return got
}

func TestEmptyRawText(t *testing.T) {
	cases := []struct {
		name, page string
		want       string // the page as emptyRawText returns it
	}{
		{"style and script in head",
			`<html><head><style>p{color:red}</style><script>var a = 1 < 2;</script></head><body><p>Hello</p></body></html>`,
			`<html><head><style></style><script></script></head><body><p>Hello</p></body></html>`},
		{"JSON-LD stays, templates and data blocks go",
			`<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type=text/template><p>x</p></script><script type='TEXT/JavaScript'>go()</script>`,
			`<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type=text/template></script><script type='TEXT/JavaScript'></script>`},
		{"framework state and retyped scripts go",
			`<script id="state" type="application/json">{"props":{"page":1}}</script><script type="4f1c2e-text/javascript">load()</script><p>x</p>`,
			`<script id="state" type="application/json"></script><script type="4f1c2e-text/javascript"></script><p>x</p>`},
		{"JSON-LD in upper case, or spelt with a reference, stays",
			`<script type="Application/LD+JSON">{"a":1}</script><script type="application&#x2F;ld+json">{"b":2}</script><script type=" application/ld+json">{"c":3}</script>`,
			`<script type="Application/LD+JSON">{"a":1}</script><script type="application&#x2F;ld+json">{"b":2}</script><script type=" application/ld+json"></script>`},
		{"first type attribute counts",
			`<script type="module" TYPE="application/json">run()</script>`,
			`<script type="module" TYPE="application/json"></script>`},
		{"upper case tags and spaced end tag",
			`<STYLE media="print">b{}</Style ><SCRIPT>x()</SCRIPT/>`,
			`<STYLE media="print"></Style ><SCRIPT></SCRIPT/>`},
		{"end tag spelled inside a string does not end early",
			`<script>document.write("</scripts>");</script><p>after</p>`,
			`<script></script><p>after</p>`},
		{"a style tag in a comment is no tag",
			`<!-- <style>p{}</style> --><p>text</p><style>q{}</style>`,
			`<!-- <style>p{}</style> --><p>text</p><style></style>`},
		{"a comment ended by --!>",
			`<!-- a <style> --!><style>q{}</style>`,
			`<!-- a <style> --!><style></style>`},
		{"an abrupt empty comment",
			`<!--><style>q{}</style>`,
			`<!--><style></style>`},
		{"a quoted '>' does not end a tag",
			`<div title="a > <style>b</style>"><style>c{}</style></div>`,
			`<div title="a > <style>b</style>"><style></style></div>`},
		{"an unquoted value",
			`<div data-x=<style>c</div><style>d{}</style>`,
			`<div data-x=<style>c</div><style></style>`},
		{"textarea and title are read raw, not dropped",
			`<title>A <style> in a title</title><textarea><style>x</style></textarea><style>y{}</style>`,
			`<title>A <style> in a title</title><textarea><style>x</style></textarea><style></style>`},
		{"noscript is read raw",
			`<noscript><style>n{}</style><img src=a.jpg></noscript><style>y{}</style>`,
			`<noscript><style>n{}</style><img src=a.jpg></noscript><style></style>`},
		{"escaped script text: the rest stays as it is",
			`<style>a{}</style><script><!-- document.write("<script>x()</script>"); --></script><style>b{}</style>`,
			`<style></style><script><!-- document.write("<script>x()</script>"); --></script><style>b{}</style>`},
		{"inside svg nothing is dropped",
			`<svg><title>Icon</title><style>.s{fill:red}</style></svg><style>p{}</style>`,
			`<svg><title>Icon</title><style>.s{fill:red}</style></svg><style></style>`},
		{"markup in svg's style text: the rest stays",
			`<svg><style>a<b</style></svg><style>p{}</style>`,
			`<svg><style>a<b</style></svg><style>p{}</style>`},
		{"a self-closed svg opens no foreign content",
			`<svg/><style>p{}</style>`,
			`<svg/><style></style>`},
		{"an unquoted value ending in / does not self-close",
			`<svg a=b/><style>p{}</style></svg><style>q{}</style>`,
			`<svg a=b/><style>p{}</style></svg><style></style>`},
		{"CDATA: the rest stays",
			`<style>a{}</style><![CDATA[ x ]]><style>b{}</style>`,
			`<style></style><![CDATA[ x ]]><style>b{}</style>`},
		{"a page ending inside a style sheet stays",
			`<p>x</p><style>p{color:`,
			`<p>x</p><style>p{color:`},
		{"a page ending inside a tag stays",
			`<style>a{}</style><div class="x`,
			`<style></style><div class="x`},
		{"plaintext: the rest is text",
			`<plaintext><style>a{}</style>`,
			`<plaintext><style>a{}</style>`},
		{"bogus comments and stray brackets",
			`<?xml version="1.0"?><p>a < b</p></ x><style>c{}</style>`,
			`<?xml version="1.0"?><p>a < b</p></ x><style></style>`},
		{"a bogus comment ends at the first '>'",
			`<? x > <style> ?><p>a</p></style>`,
			`<? x > <style></style>`},
		{"nothing to drop: the same slice",
			`<p>Plain</p>`, `<p>Plain</p>`},
	}
	for _, c := range cases {
		got := checkRawText(t, c.name, []byte(c.page))
		if string(got) != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
	page := []byte(`<p>Plain</p>`)
	if got := emptyRawText(page); &got[0] != &page[0] {
		t.Error("a page with nothing to drop was copied")
	}
}

// TestEmptyRawTextBench checks the tree invariant on every page of the
// shared benchmark sets (skipped when they are absent).
func TestEmptyRawTextBench(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	root := benchDir(t)
	for _, set := range []string{"aeb", "fundus", "gold-dev"} {
		dir := filepath.Join(root, set)
		entries, err := eval.LoadManifest(dir)
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			t.Fatal(err)
		}
		dropped, spacing, total := 0, 0, 0
		for _, e := range entries {
			raw, err := eval.ReadPage(filepath.Join(dir, e.Path))
			if err != nil {
				t.Fatal(err)
			}
			text, _, _, err := decode(raw, "")
			if err != nil {
				continue
			}
			got := checkRawText(t, set+"/"+e.ID, text)
			dropped += len(text) - len(got)
			total += len(text)
			got = checkCuts(t, set+"/"+e.ID, text, cuts{rawText: true, spacing: true, comments: true, drawing: true, data: true, attrs: true})
			spacing += len(text) - len(got)
		}
		t.Logf("%s: %d of %d bytes dropped (%d with every cut)", set, dropped, total, spacing)
	}
}

func TestKeptPartsSpacing(t *testing.T) {
	cases := []struct {
		name, page string
		want       string // the page as keptParts leaves it with cuts.spacing
	}{
		{"indentation between tags",
			"<ul>\n        <li>a</li>\n        <li>b</li>\n</ul>",
			"<ul>\n <li>a</li>\n <li>b</li>\n</ul>"},
		{"a run opening with a space keeps the space",
			"<p>a</p>   \n  <p>b</p>", "<p>a</p> <p>b</p>"},
		{"CR LF and the byte after it",
			"<div>\r\n\r\n\t\t\t\t</div>", "<div>\r\n\r</div>"},
		{"a cut under minSpacingCut bytes is not made",
			"<div>\r\n\r\n\t</div><p>\n    </p><p>\n     </p>", "<div>\r\n\r\n\t</div><p>\n    </p><p>\n </p>"},
		{"a newline opening a <pre> is dropped by the parser: one more byte stays",
			"<pre>\n\n  code</pre><pre>\n\n\n\n\n\n</pre><pre>\r\n\r\n\r\n\r\n</pre>", "<pre>\n\n  code</pre><pre>\n\n</pre><pre>\r\n\r</pre>"},
		{"one byte stays as it is",
			"<b>a</b> <i>b</i>", "<b>a</b> <i>b</i>"},
		{"text with words keeps its spaces",
			"<p>  two  spaces  </p>", "<p>  two  spaces  </p>"},
		{"a '<' that opens no markup is text",
			"<p>a</p>     <     <p>b</p>", "<p>a</p>     <     <p>b</p>"},
		{"raw text keeps its spaces",
			"<title>   </title><textarea>\n\n  </textarea><style>   </style>",
			"<title>   </title><textarea>\n\n  </textarea><style>   </style>"},
		{"around comments, doctypes and bogus comments",
			"<!DOCTYPE html>\n\n\n\n\n\n<!-- x -->     <?php ?>     </ y>     </>     <p>",
			"<!DOCTYPE html>\n\n<!-- x --> <?php ?> </ y> </> <p>"},
		{"before a tag the page ends in",
			"<p>a</p>     <div class=\"x", "<p>a</p> <div class=\"x"},
		{"inside svg",
			"<svg>\n      <path d=\"M0\"/>\n      <style>      </style>\n</svg>",
			"<svg>\n <path d=\"M0\"/>\n <style>      </style>\n</svg>"},
	}
	for _, c := range cases {
		got := checkCuts(t, c.name, []byte(c.page), cuts{spacing: true})
		if string(got) != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestPageCuts(t *testing.T) {
	for _, c := range []struct {
		sel  string
		want bool
	}{
		{"div.article-body", false},
		{"p:contains('Photo')", true},
		{"span:matchesOwn(^By )", true},
	} {
		r := SiteRule{Body: []string{c.sel}}
		if err := r.compile(); err != nil {
			t.Fatal(err)
		}
		if r.readsSpacing != c.want {
			t.Errorf("%q: readsSpacing = %v, want %v", c.sel, r.readsSpacing, c.want)
		}
	}
	for _, c := range []struct {
		sel  string
		want bool
	}{
		{"div.article-body", false},
		{"a[target=_blank]", true},
		{"div[ onclick ]", true},
		{"a[targets]", false},
	} {
		r := SiteRule{Drop: []string{c.sel}}
		if err := r.compile(); err != nil {
			t.Fatal(err)
		}
		if r.readsUnread != c.want {
			t.Errorf("%q: readsUnread = %v, want %v", c.sel, r.readsUnread, c.want)
		}
	}
	if c := pageCuts(Options{NoRules: true}, "", ""); !c.spacing || !c.rawText || !c.comments || !c.drawing {
		t.Errorf("without rules everything is cut: %+v", c)
	}
	if c := pageCuts(Options{}, "article.html", RegistrableDomain("article.html")); c.spacing || c.drawing {
		t.Errorf("an address naming no site: which rule applies is not known before parsing: %+v", c)
	}
}

func TestKeptPartsCommentsAndDrawing(t *testing.T) {
	c := cuts{comments: true, drawing: true}
	cases := []struct {
		name, page string
		want       string // the page as keptParts leaves it
	}{
		{"a comment is left empty",
			`<p>a</p><!-- a long comment here --><p>b</p>`, `<p>a</p><!----><p>b</p>`},
		{"a short comment stays",
			`<!-- ad --><p>b</p>`, `<!-- ad --><p>b</p>`},
		{"a conditional comment is a comment",
			`<!--[if lt IE 9]><script src="old.js"></script><![endif]--><p>x</p>`, `<!----><p>x</p>`},
		{"a comment ended by --!> stays",
			`<!-- a long comment here --!><p>x</p>`, `<!-- a long comment here --!><p>x</p>`},
		{"a doctype is no comment",
			`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><p>x</p>`, `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><p>x</p>`},
		{"a path's geometry inside svg",
			`<svg viewBox="0 0 24 24"><path fill="red" d="M12 2L2 7l10 5 10-5-10-5z"/><polygon POINTS='0,0 10,0 10,10 0,10'/></svg>`,
			`<svg viewBox="0 0 24 24"><path fill="red" /><polygon /></svg>`},
		{"geometry after a space goes whole, short or long; unquoted it stays; glued to a value, its long value goes",
			`<svg><path d="M0 0"/><path d=M0,0L10,10L20,20L30,30Z /><path id="p"d="M0 0 L10 10 L20 20"/></svg>`, `<svg><path /><path d=M0,0L10,10L20,20L30,30Z /><path id="p"d=""/></svg>`},
		{"outside svg a d attribute stays",
			`<div d="a value of some length here">x</div>`, `<div d="a value of some length here">x</div>`},
		{"a data-d attribute is no d",
			`<svg><g data-d="a value of some length here"></g></svg>`, `<svg><g data-d="a value of some length here"></g></svg>`},
	}
	for _, k := range cases {
		got := checkCuts(t, k.name, []byte(k.page), c)
		if string(got) != k.want {
			t.Errorf("%s:\n got %s\nwant %s", k.name, got, k.want)
		}
	}
}

func TestSelectsAttribute(t *testing.T) {
	for _, c := range []struct {
		sel  string
		want bool
	}{
		{"path[d]", true},
		{"svg [ d^='M0']", true},
		{"polygon[points*='0']", true},
		{"div[data-d]", false},
		{"div.d", false},
		{"a[download]", false},
	} {
		if got := selectsAttribute(c.sel, "d") || selectsAttribute(c.sel, "points"); got != c.want {
			t.Errorf("%q: %v, want %v", c.sel, got, c.want)
		}
	}
}

func TestKeptPartsData(t *testing.T) {
	c := cuts{data: true}
	cases := []struct {
		name, page string
		want       string // the page as keptParts leaves it
	}{
		{"a tracking attribute goes whole",
			`<div data-tracking-info='{"pos":3,"list":"home-top"}'>x</div>`, `<div >x</div>`},
		{"an attribute a reader names stays",
			`<img data-src="https://img.example.com/a/b/c.jpg" data-lazy-config="{&quot;threshold&quot;:200}">`,
			`<img data-src="https://img.example.com/a/b/c.jpg" >`},
		{"short and valueless attributes go; unquoted, upper case or glued ones stay",
			`<div data-x="short" data-flag data-y=a-long-unquoted-value-here DATA-Z="an upper case name here" class="c"data-w="glued">x</div>`,
			`<div   data-y=a-long-unquoted-value-here DATA-Z="an upper case name here" class="c"data-w="glued">x</div>`},
		{"a name the title readers read stays, its long value cut",
			`<span data-kicker-text="Weather warning for the coast" data-seo-title data-pos="12">x</span>`,
			`<span data-kicker-text="" data-seo-title >x</span>`},
		{"data- alone is no data-* attribute",
			`<div data-="a value of some length here">x</div>`, `<div data-="a value of some length here">x</div>`},
		{"end tags are not cut",
			`<p>x</p data-x="a value of some length here">`, `<p>x</p data-x="a value of some length here">`},
	}
	for _, k := range cases {
		got := checkCuts(t, k.name, []byte(k.page), c)
		if string(got) != k.want {
			t.Errorf("%s:\n got %s\nwant %s", k.name, got, k.want)
		}
	}
}

// TestDataAttrsRead checks that every data-* attribute the package's
// code names is in dataAttrsRead, so that cuts.data never takes a value
// a reader looks up.
func TestDataAttrsRead(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := filepath.Glob("body/*.go")
	files = append(files, sub...)
	name := regexp.MustCompile(`"(data-[a-z0-9_.:-]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range name.FindAllStringSubmatch(string(b), -1) {
			if !slices.Contains(dataAttrsRead, m[1]) {
				t.Errorf("%s names %s, which is not in dataAttrsRead", f, m[1])
			}
		}
	}
	for _, k := range []string{"data-testid", "data-component"} { // named by site rules
		if _, ok := keptDataAttrs()[k]; !ok {
			t.Errorf("%s, named by a site rule, is not kept", k)
		}
	}
}

func TestRawTagName(t *testing.T) {
	for _, r := range rawTagNames {
		if got := rawTagName([]byte(strings.ToUpper(r))); got != r {
			t.Errorf("rawTagName(%q) = %q", strings.ToUpper(r), got)
		}
	}
	for _, n := range []string{"div", "a", "span", "scripts", "xm", "tbody", "noscripx", "plaintexts"} {
		if got := rawTagName([]byte(n)); got != "" {
			t.Errorf("rawTagName(%q) = %q, want none", n, got)
		}
	}
}

// TestScriptKept checks scriptKept against the selector indexDoc reads
// JSON-LD with: every script the selector matches must keep its text
// (the converse need not hold: a kept script costs only time).
func TestScriptKept(t *testing.T) {
	types := []string{
		"application/ld+json", "APPLICATION/LD+JSON", "application/LD+json",
		"application&#47;ld+json", "&#97;pplication/ld+json", "application/ld&plus;json",
		"application/ld+j\u017fon", "APPLICATION/LD+J\u017fON", "application/ld+json\u212a",
		"application/ld+json ", " application/ld+json", "application/json", "text/javascript",
		"module", "", "text/template", "5e1b9a-text/javascript", "application/ld+jsonp",
	}
	for _, ty := range types {
		doc, err := html.Parse(strings.NewReader(`<script type="` + ty + `">{}</script>`))
		if err != nil {
			t.Fatal(err)
		}
		var script *html.Node
		for n := range doc.Descendants() {
			if n.DataAtom == atom.Script {
				script = n
				break
			}
		}
		if script == nil {
			t.Fatalf("%q: no script parsed", ty)
		}
		if selLDScript.Match(script) && !scriptKept([]byte(ty)) {
			t.Errorf("scriptKept(%q) = false for a script the JSON-LD selector reads", ty)
		}
	}
	for _, ty := range []string{"application/json", "text/template", "5e1b9a-text/javascript", "", "application/ld+jsonp"} {
		if scriptKept([]byte(ty)) {
			t.Errorf("scriptKept(%q) = true, want false: no reader reads its text", ty)
		}
	}
}

func TestKeptPartsAttrs(t *testing.T) {
	c := cuts{attrs: true}
	cases := []struct {
		name, page string
		want       string // the page as keptParts leaves it
	}{
		{"quoted and valueless attributes go",
			`<a href="/x" target="_blank" rel="noopener">x</a><script async src="/a.js" crossorigin='anonymous'></script>`,
			`<a href="/x"  rel="noopener">x</a><script  src="/a.js" ></script>`},
		{"event handlers in any case",
			`<button onclick="go(1)" ONMOUSEOVER='hover()' class="b">Go</button>`,
			`<button   class="b">Go</button>`},
		{"unquoted values, short or hyphenated names and glued keys stay",
			`<a target=_blank on="x" onx="y" on-click="z" class="k"target="w">x</a><div/tabindex="1">y</div>`,
			`<a target=_blank on="x" onx="y" on-click="z" class="k"target="w">x</a><div/tabindex="1">y</div>`},
		{"icon drawing attributes, and a self-closing path",
			`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 24 24" class="i"><path fill="#fff" d="M0"/></svg><p>after</p>`,
			`<svg    class="i"><path  d="M0"/></svg><p>after</p>`},
		{"spaces around the equals sign, and a repeated name",
			`<img src="a.jpg" loading = "lazy" LOADING="eager" alt="A">`,
			`<img src="a.jpg"   alt="A">`},
		{"end tags are not cut",
			`<p>x</p target="_blank">`, `<p>x</p target="_blank">`},
	}
	for _, k := range cases {
		got := checkCuts(t, k.name, []byte(k.page), c)
		if string(got) != k.want {
			t.Errorf("%s:\n got %s\nwant %s", k.name, got, k.want)
		}
	}
}

// TestDropAttrFilter compares dropAttr's length and first-letter filter
// with a plain search of siteconfig.UnreadAttributes, on every name of
// the list in three cases, on names one letter off, and on common ones.
func TestDropAttrFilter(t *testing.T) {
	plain := func(key string) bool {
		for _, name := range siteconfig.UnreadAttributes {
			if strings.EqualFold(key, name) {
				return true
			}
		}
		return false
	}
	var keys []string
	for _, name := range siteconfig.UnreadAttributes {
		keys = append(keys, name, strings.ToUpper(name), strings.ToUpper(name[:1])+name[1:],
			name[:len(name)-1], name+"s", "x"+name[1:], name[:1]+"x"+name[2:])
	}
	keys = append(keys, "class", "href", "id", "src", "type", "title", "style", "role", "width", "height",
		"content", "itemprop", "rel", "alt", "name", "srcset", "sizes", "aria-hidden", "1target", "-fill")
	vc := &valueCuts{attrs: true}
	for _, k := range keys {
		if len(k) < 4 || strings.HasPrefix(strings.ToLower(k), "on") {
			continue
		}
		if got, want := vc.dropAttr([]byte(k)), plain(k); got != want {
			t.Errorf("dropAttr(%q) = %v, a search of the list says %v", k, got, want)
		}
	}
}

// TestDataNameSets checks that dataNameSets answers as the title readers'
// own tests (kickerClass, seoHeading) on data-* names.
func TestDataNameSets(t *testing.T) {
	names := []string{"data-kicker", "data-kicker-text", "data-seo-title", "data-seotitle", "data-breadcrumb-pos",
		"data-crumbs", "data-eyebrow", "data-testid", "data-id", "data-component", "data-track-click",
		"data-overline", "data-surtitre", "data-occhiello", "data-pretitle-x", "data-dachzeile",
		"data-seo-headline", "data-kick", "data-crumbling", "data-over-line", "data-toplineage"}
	marked := 0
	for _, n := range names {
		want := kickerClass.MatchString(n) || seoHeading.MatchString(n)
		if got := dataNameSets.marks(n) != 0; got != want {
			t.Errorf("%q: dataNameSets says %v, the title readers' sets %v", n, got, want)
		}
		if want && !dataNameGrams.mayHold([]byte(n)) {
			t.Errorf("%q: dataNameGrams refuses a name the title readers' sets match", n)
		}
		if want {
			marked++
		}
	}
	if marked < 8 {
		t.Errorf("only %d names marked: the test reads too little", marked)
	}
	if dataNameGrams.all {
		t.Errorf("dataNameGrams refuses nothing")
	}
	refused := 0
	for _, n := range []string{"data-testid", "data-id", "data-component", "data-track-click", "data-layout"} {
		if !dataNameGrams.mayHold([]byte(n)) {
			refused++
		}
	}
	if refused < 3 {
		t.Errorf("dataNameGrams refuses %d of 5 common names", refused)
	}
	// Every fragment of the two sets, spelt as a data-* name in the
	// ways a page may, passes the filter when the sets match it.
	for _, w := range []wordSet{kickerClass, seoHeading} {
		for _, f := range append(append([]string(nil), w.anywhere...), w.words...) {
			f = strings.Trim(f, "-")
			for _, n := range []string{"data-" + f, "data-x-" + f + "-y", "data-" + strings.ReplaceAll(f, "-", "_") + "2"} {
				if (kickerClass.MatchString(n) || seoHeading.MatchString(n)) && !dataNameGrams.mayHold([]byte(n)) {
					t.Errorf("%q: dataNameGrams refuses a name the title readers' sets match", n)
				}
			}
		}
	}
}
