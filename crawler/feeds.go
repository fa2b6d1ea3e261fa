package crawler

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// maxFeedLinks bounds the links taken from one feed or sitemap: the
// sitemap protocol allows 50,000 per file.
const maxFeedLinks = 50000

// errNotFeed is returned by parseFeed for a body that is no sitemap or
// feed.
var errNotFeed = errors.New("neither a sitemap nor an RSS, Atom or JSON feed")

// feedEntry is one URL a feed or sitemap lists, with its date when it
// gives one (zero otherwise).
type feedEntry struct {
	url  string
	date time.Time
}

// sitemapEntries names, per sitemap root element, the element that
// encloses one entry.
var sitemapEntries = map[string]string{"urlset": "url", "sitemapindex": "sitemap"}

// parseFeed reads a sitemap (<urlset>, Google News sitemaps included), a
// sitemap index (<sitemapindex>), or an RSS, Atom or JSON feed, and returns
// the page URLs it lists and, for a sitemap index, the sitemaps it lists,
// each with its date when it gives one (a publication date rather than a
// modification date). URLs are returned as written; the caller resolves
// and scopes them.
//
// Feeds are read by gofeed, which knows the many ways real feeds bend
// their formats. Sitemaps have no such library and need none: parseSitemap
// reads them by element path.
func parseFeed(body []byte) (links, sitemaps []feedEntry, err error) {
	if _, ok := sitemapEntries[rootElement(body)]; ok {
		return parseSitemap(body)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", errNotFeed, err)
	}
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		u := strings.TrimSpace(it.Link)
		if u == "" && len(it.Links) > 0 {
			u = strings.TrimSpace(it.Links[0])
		}
		if u == "" {
			continue
		}
		e := feedEntry{url: u}
		switch {
		case it.PublishedParsed != nil:
			e.date = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			e.date = *it.UpdatedParsed
		}
		links = append(links, e)
		if len(links) == maxFeedLinks {
			break
		}
	}
	return links, nil, nil
}

// rootElement returns the local name of the first element of an XML body,
// or "" when there is none.
func rootElement(body []byte) string {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	for range 64 { // prolog, comments, doctype
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local
		}
	}
	return ""
}

// parseSitemap reads a sitemap or a sitemap index by element path, which
// tolerates the extensions news sitemaps carry (news:, image:, video:) and
// keeps what a truncated file gave before the damage.
func parseSitemap(body []byte) (links, sitemaps []feedEntry, err error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	var (
		root, entryName string
		stack           []string
		text            strings.Builder
		cur             *feedEntry
		published       bool // cur.date is a publication date
	)
	for len(links)+len(sitemaps) < maxFeedLinks {
		tok, terr := dec.Token()
		if terr == io.EOF {
			break
		}
		if terr != nil {
			if root == "" {
				return nil, nil, fmt.Errorf("%w: %w", errNotFeed, terr)
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if root == "" {
				root = name
				var ok bool
				if entryName, ok = sitemapEntries[root]; !ok {
					return nil, nil, errNotFeed
				}
			}
			stack = append(stack, name)
			text.Reset()
			if name == entryName && cur == nil {
				cur, published = &feedEntry{}, false
			}
		case xml.CharData:
			if text.Len() < 4096 {
				text.Write(t)
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name := stack[len(stack)-1]
			v := strings.TrimSpace(text.String())
			stack = stack[:len(stack)-1]
			text.Reset()
			if cur == nil {
				continue
			}
			up := ""
			if len(stack) > 0 {
				up = stack[len(stack)-1]
			}
			switch {
			case name == entryName:
				if cur.url != "" {
					if root == "sitemapindex" {
						sitemaps = append(sitemaps, *cur)
					} else {
						links = append(links, *cur)
					}
				}
				cur = nil
			case v == "":
			case name == "loc" && up == entryName:
				if cur.url == "" {
					cur.url = v
				}
			case name == "publication_date":
				if d, ok := parseSitemapDate(v); ok {
					cur.date, published = d, true
				}
			case name == "lastmod":
				if d, ok := parseSitemapDate(v); ok && !published {
					cur.date = d
				}
			}
		}
	}
	if root == "" {
		return nil, nil, errNotFeed
	}
	return links, sitemaps, nil
}

// sitemapDateLayouts are the W3C datetime forms sitemaps use, and the
// variants seen in the wild.
var sitemapDateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
}

// parseSitemapDate parses a sitemap date; a date with no zone is taken as
// UTC.
func parseSitemapDate(s string) (time.Time, bool) {
	for _, layout := range sitemapDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if t, err := http.ParseTime(s); err == nil {
		return t, true
	}
	return time.Time{}, false
}
