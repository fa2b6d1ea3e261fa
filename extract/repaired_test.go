package extract

import (
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
