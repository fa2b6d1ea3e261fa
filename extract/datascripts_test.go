package extract

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dataScriptsXNet is dataScripts as it read the page with x/net/html's
// tokenizer, before it took the parser's.
func dataScriptsXNet(text []byte) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(text))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, more := z.TagName()
			if atom.Lookup(name) != atom.Script {
				continue
			}
			data := false
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if string(k) == "type" {
					t := strings.ToLower(string(v))
					data = strings.Contains(t, "json") && !strings.Contains(t, "ld+json")
				}
			}
			if data && z.Next() == html.TextToken {
				out = append(out, string(z.Text()))
			}
		}
	}
}

// TestDataScripts: the JSON data scripts of invented pages, as x/net/html's
// tokenizer finds them, and the page left as it was.
func TestDataScripts(t *testing.T) {
	pages := []string{
		`<html><head><script type="application/json" id="state">{"story":{"text":"Harbour &amp; pier"}}</script></head><body><p>x</p></body></html>`,
		`<SCRIPT TYPE="Application/JSON">{"a":1}</SCRIPT><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var x = 1;</script>`,
		"<script type=\"application/json\">{\"a\":\"line\r\nbreak\"}</script><script type='text/x-json' data-x=1>[1,2]</script><script type=\"application/json\"></script>",
		`<p>no scripts at all</p>`,
		``,
	}
	for i, p := range pages {
		page := []byte(p)
		got, want := dataScripts(page), dataScriptsXNet([]byte(p))
		if !slices.Equal(got, want) {
			t.Errorf("page %d: %q, want %q", i, got, want)
		}
		if string(page) != p {
			t.Errorf("page %d: dataScripts changed the page", i)
		}
	}
}
