package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/kabar-news/kabar/extract/body"
	"github.com/kabar-news/kabar/extract/internal/htmlparse"
)

// minStateBody is the body length (bytes) under which a page's script
// data is read for its article (see body.StateBody): next to nothing was
// found in the page's elements. The data scripts are cut before parsing
// (emptyRawText), so they are read again from the page's bytes, which
// costs a tokenizer pass over the page: only on such a page.
const minStateBody = 500

// stateFallback returns res, or the body read from the page's JSON data
// scripts when res holds under minStateBody bytes, no articleBody stood
// in, and the data holds a prose text three times as long that holds the
// words res shows (a page rendered by script, its article in the state an
// empty element awaits, or shown in part). The related links of res are
// kept.
func stateFallback(text []byte, res body.Result, opts body.Options) body.Result {
	n := res.TextLen()
	if n >= minStateBody || res.Method == "jsonld" || !bytes.Contains(text, []byte("json")) {
		return res
	}
	st := body.StateBody(dataScripts(text), res.Text(), opts)
	if st.TextLen() < 3*max(n, 1) {
		return res
	}
	st.Related = res.Related
	return st
}

// dataScripts returns the texts of the page's <script> elements typed as
// JSON data ("application/json", not JSON-LD).
func dataScripts(text []byte) []string {
	var out []string
	// The parser's tokenizer (htmlparse), which reads its input whole
	// into a buffer of its own: the same tokens as x/net/html's, for
	// fewer instructions a byte.
	z := htmlparse.NewTokenizer(bytes.NewReader(text))
	for {
		switch z.Next() {
		case htmlparse.ErrorToken:
			return out
		case htmlparse.StartTagToken:
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
			if data && z.Next() == htmlparse.TextToken {
				out = append(out, string(z.Text()))
			}
		}
	}
}
