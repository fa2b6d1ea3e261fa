package crawler

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// maxFeedLinks bounds the links taken from one feed or sitemap: the
// sitemap protocol allows 50,000 per file.
const maxFeedLinks = 50000

// errNotFeed is returned by parseFeed for XML that is no sitemap or feed.
var errNotFeed = errors.New("root element is not urlset, sitemapindex, rss, rdf:RDF or feed")

// parseFeed reads a sitemap (<urlset>), a sitemap index (<sitemapindex>),
// an RSS 0.9x/1.0/2.0 feed or an Atom feed, and returns the page URLs it
// lists and, for a sitemap index, the sitemaps it lists. URLs are returned
// as written; the caller resolves and scopes them.
//
// It reads element paths only, so it tolerates the extensions real news
// sitemaps carry (news:, image:, video:) and the sloppiness real feeds show.
// Issue 5 replaces the feed half with a full feed parser once dates
// matter.
func parseFeed(body []byte) (links, sitemaps []string, err error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	var (
		root  string
		stack []string
		text  strings.Builder
	)
	for {
		tok, terr := dec.Token()
		if terr == io.EOF {
			break
		}
		if terr != nil {
			if root == "" {
				return nil, nil, fmt.Errorf("read feed: %w", terr)
			}
			break // keep what a truncated feed gave before the damage
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if root == "" {
				root = name
				switch root {
				case "urlset", "sitemapindex", "rss", "RDF", "feed":
				default:
					return nil, nil, errNotFeed
				}
			}
			stack = append(stack, name)
			text.Reset()
			// Atom: <entry><link href="..." rel="alternate"/>.
			if root == "feed" && name == "link" && parent(stack) == "entry" {
				rel, href := "", ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "rel":
						rel = a.Value
					case "href":
						href = a.Value
					}
				}
				if href != "" && (rel == "" || rel == "alternate") {
					links = append(links, strings.TrimSpace(href))
				}
			}
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name, up := stack[len(stack)-1], parent(stack)
			v := strings.TrimSpace(text.String())
			switch {
			case v == "":
			case root == "urlset" && name == "loc" && up == "url",
				(root == "rss" || root == "RDF") && name == "link" && up == "item":
				links = append(links, v)
			case root == "sitemapindex" && name == "loc" && up == "sitemap":
				sitemaps = append(sitemaps, v)
			}
			stack = stack[:len(stack)-1]
			text.Reset()
		}
		if len(links)+len(sitemaps) >= maxFeedLinks {
			break
		}
	}
	if root == "" {
		return nil, nil, errNotFeed
	}
	return links, sitemaps, nil
}

// parent returns the name of the element enclosing the innermost one in
// stack, or "".
func parent(stack []string) string {
	if len(stack) < 2 {
		return ""
	}
	return stack[len(stack)-2]
}
