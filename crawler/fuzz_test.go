package crawler

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzCanonical checks that Canonical never panics, that what it returns
// is an absolute http(s) URL, and that it is idempotent.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{
		"https://www.tribunnews.com/internasional/2022/11/30/sekjen-nato?utm_source=x#a",
		"http://Example.COM:80/a/../b/./c?b=2&a=1&&",
		"https://BÜCHER.example/ä?q=%zz",
		"http://[::1]:8080/x", "mailto:x@y", "//host/path", "http://a b/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Canonical(s)
		if err != nil {
			return
		}
		u, err := url.Parse(c)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Fragment != "" {
			t.Fatalf("Canonical(%q) = %q: not an absolute http(s) URL without fragment (%v)", s, c, err)
		}
		again, err := Canonical(c)
		if err != nil || again != c {
			t.Fatalf("Canonical not idempotent: %q -> %q -> %q (%v)", s, c, again, err)
		}
	})
}

// FuzzParseFeed checks that parseFeed never panics and returns only what
// it was given.
func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{sitemapIndex, sitemapNews, sitemapOld, rssFeed, atomFeed, "<urlset><url><loc>", "<rss><item><link>x</link>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		links, maps, err := parseFeed(body)
		if err != nil && (len(links) > 0 || len(maps) > 0) {
			t.Fatalf("parseFeed returned links with an error")
		}
		if len(links)+len(maps) > maxFeedLinks {
			t.Fatalf("parseFeed returned %d links, over the cap", len(links)+len(maps))
		}
		for _, l := range append(links, maps...) {
			if l.url == "" || l.url != strings.TrimSpace(l.url) {
				t.Fatalf("link %q empty or not trimmed", l.url)
			}
		}
	})
}
