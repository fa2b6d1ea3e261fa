package body

import (
	"net/url"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// readabilityCandidate runs go-readability (a port of Mozilla's
// Readability) over doc and analyses the element it returns like any other
// subtree. FromDocument works on its own clone, so doc is left as it was;
// it is only asked when the density choice found next to nothing, because
// it costs more than the rest of Extract together.
func readabilityCandidate(doc *html.Node, lx *lexicon, pageURL string) (a analysis, ok bool) {
	defer func() {
		// A page that trips the library costs us a candidate, not the
		// extraction.
		if recover() != nil {
			a, ok = analysis{}, false
		}
	}()
	u, err := url.Parse(pageURL)
	if err != nil || u == nil {
		u = &url.URL{}
	}
	art, err := readability.FromDocument(doc, u)
	if err != nil || art.Node == nil {
		return analysis{}, false
	}
	a = analyse(art.Node, lx, false, false)
	return a, a.chosen >= 0
}
