package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract/siteconfig"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestRepairedDropsUnreadScripts checks that a page repaired for a file
// that reads no script text is parsed without it, its repairs made (the
// <noscript> turned <div> is read as markup), and that a file naming a
// script keeps it.
func TestRepairedDropsUnreadScripts(t *testing.T) {
	page := `<html><body><div class="story"><p>Harbour works resume.</p>` +
		`<script>var track = "a<b";</script>` +
		`<noscript><img src="/pier.jpg"></noscript></div></body></html>`
	cases := []struct {
		file        string
		wantScripts string
	}{
		{"body: //div[@class='story']\nreplace_string(<noscript>): <div class=\"ns\">\n", ""},
		{"body: //div[@class='story']\nauthor: //script\nreplace_string(<noscript>): <div class=\"ns\">\n", `var track = "a<b";`},
	}
	for _, c := range cases {
		r := &siteconfig.Rule{Config: siteconfig.Parse("example.com", []byte(c.file))}
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		fixed := repaired(r, root, []byte(page))
		if fixed == root {
			t.Fatalf("%q: no repair made", c.file)
		}
		var scripts strings.Builder
		imgInDiv := false
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.DataAtom == atom.Script {
				for k := n.FirstChild; k != nil; k = k.NextSibling {
					scripts.WriteString(k.Data)
				}
			}
			if n.Type == html.ElementNode && n.DataAtom == atom.Img && n.Parent.DataAtom == atom.Div && attr(n.Parent, "class") == "ns" {
				imgInDiv = true
			}
			for k := n.FirstChild; k != nil; k = k.NextSibling {
				walk(k)
			}
		}
		walk(fixed)
		if scripts.String() != c.wantScripts {
			t.Errorf("%q: script text %q, want %q", c.file, scripts.String(), c.wantScripts)
		}
		if !imgInDiv {
			t.Errorf("%q: the repaired <div> holds no image", c.file)
		}
	}
}

// TestAppendReplaced holds appendReplaced to bytes.ReplaceAll, into an
// empty buffer and into one holding an earlier page.
func TestAppendReplaced(t *testing.T) {
	cases := []struct{ s, old, with string }{
		{"", "<b>", "<i>"},
		{"<p>quiet harbour</p>", "<b>", "<i>"},
		{"<b>one</b><b>two</b>", "<b>", "<strong>"},
		{"<<<", "<<", "<"},
		{"a<br>b<br>", "<br>", ""},
		{"<font>x</font>", "</font>", "</font></div>"},
		{"tail <span", "<span", "<em"},
	}
	for _, c := range cases {
		want := string(bytes.ReplaceAll([]byte(c.s), []byte(c.old), []byte(c.with)))
		if got := string(appendReplaced(nil, []byte(c.s), []byte(c.old), []byte(c.with))); got != want {
			t.Errorf("appendReplaced(%q, %q, %q) = %q, want %q", c.s, c.old, c.with, got, want)
		}
		used := []byte("an earlier, longer page that was repaired before this one")
		if got := string(appendReplaced(used[:0], []byte(c.s), []byte(c.old), []byte(c.with))); got != want {
			t.Errorf("appendReplaced into a used buffer (%q, %q, %q) = %q, want %q", c.s, c.old, c.with, got, want)
		}
	}
}

// TestRepairedChained checks that each repair reads the page as the one
// before left it (a repair may find what an earlier one wrote), and that a
// second page repaired with the buffers the first used comes out whole.
func TestRepairedChained(t *testing.T) {
	file := "body: //div[@class='story']\n" +
		"replace_string(<noscript>): <section>\n" +
		"replace_string(<section>): <div class=\"ns\">\n" +
		"replace_string(</noscript>): </div>\n"
	r := &siteconfig.Rule{Config: siteconfig.Parse("example.com", []byte(file))}
	pages := []string{
		`<html><body><div class="story"><p>Ferry times change in spring.</p>` +
			`<noscript><img src="/ferry.jpg"></noscript></div></body></html>`,
		`<html><body><div class="story"><p>Short.</p><noscript><p>Tide tables.</p></noscript></div></body></html>`,
	}
	for _, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		want := page
		for _, rep := range r.MarkupReplacements() {
			want = strings.ReplaceAll(want, rep.Find, rep.With)
		}
		wantRoot, err := html.Parse(strings.NewReader(want))
		if err != nil {
			t.Fatal(err)
		}
		var got, wantText strings.Builder
		if err := html.Render(&got, repaired(r, root, []byte(page))); err != nil {
			t.Fatal(err)
		}
		if err := html.Render(&wantText, wantRoot); err != nil {
			t.Fatal(err)
		}
		if got.String() != wantText.String() {
			t.Errorf("repaired page\n%s\nwant\n%s", got.String(), wantText.String())
		}
	}
}
