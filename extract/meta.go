package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// metaTags holds the page's <meta> values by lower-cased key (name,
// property, itemprop or http-equiv), in document order.
type metaTags map[string][]string

// readMeta collects every <meta> with content. A tag with both name and
// property is filed under both.
//
// A page has tens of <meta> tags, nearly all under keys of their own: the
// map is sized for them once, and each key's first value is a one-value
// slice of one array for them all (its capacity is its length, so that a
// second value, or a caller's append, copies it out instead of writing
// over the next key's).
func readMeta(idx *docIndex) metaTags {
	m := make(metaTags, len(idx.metas))
	firsts := make([]string, 0, len(idx.metas))
	sel(idx.metas).Each(func(_ int, s *goquery.Selection) {
		content := strings.TrimSpace(s.AttrOr("content", ""))
		if content == "" {
			return
		}
		for _, attr := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k, ok := s.Attr(attr); ok && strings.TrimSpace(k) != "" {
				key := strings.ToLower(strings.TrimSpace(k))
				vs, ok := m[key]
				if !ok && len(firsts) < cap(firsts) {
					firsts = append(firsts, content)
					m[key] = firsts[len(firsts)-1 : len(firsts) : len(firsts)]
					continue
				}
				m[key] = append(vs, content)
			}
		}
	})
	return m
}

// first returns the first value under any of keys, in key order.
func (m metaTags) first(keys ...string) (string, string) {
	for _, k := range keys {
		if vs := m[k]; len(vs) > 0 {
			return vs[0], k
		}
	}
	return "", ""
}

// all returns every value under key.
func (m metaTags) all(key string) []string { return m[key] }

// Meta keys by field, most trusted first. These are the conventions of
// OpenGraph, Dublin Core, Parse.ly, sailthru and the Indonesian CMSs (detik's
// dtk:*, Kompas's content_*), which kabar treats alike.
var (
	metaAuthorKeys = []string{"author", "article:author", "dc.creator", "dc.creator.author", "dcterms.creator",
		"content_author", "dtk:author", "parsely-author", "sailthru.author", "byl", "cxenseparse:author", "twitter:creator:name", "articleauthor"}
	metaEditorKeys    = []string{"content_editor", "dtk:editor", "editor"}
	metaPublishedKeys = []string{"article:published_time", "datepublished", "og:published_time", "publishdate",
		"pubdate", "content_publisheddate", "publish-date", "publish_date", "dtk:publishdate", "dc.date.issued",
		"dcterms.created", "dc.date", "date", "parsely-pub-date", "sailthru.date", "article.published", "og:article:published_time"}
	metaModifiedKeys = []string{"article:modified_time", "datemodified", "og:updated_time", "lastmod", "last-modified",
		"dcterms.modified", "dc.date.modified", "article.updated", "og:article:modified_time"}
	metaSectionKeys = []string{"article:section", "content_category", "dtk:kanal", "parsely-section", "section", "og:article:section"}
)
