package crawler

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

const sitemapIndex = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{{base}}/sitemap-news.xml</loc><lastmod>2024-01-02</lastmod></sitemap>
  <sitemap><loc>{{base}}/sitemap-old.xml.gz</loc></sitemap>
</sitemapindex>`

const sitemapNews = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>{{base}}/artikel/peta-1</loc>
    <news:news><news:publication_date>2024-01-02T10:00:00+07:00</news:publication_date><news:title>Satu</news:title></news:news>
    <image:image><image:loc>{{base}}/gambar/tidak-diambil</image:loc></image:image>
  </url>
  <url><loc> {{base}}/artikel/peta-2?utm_source=sitemap </loc></url>
  <url><loc>http://luar.example/artikel/x</loc></url>
</urlset>`

const sitemapOld = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{{base}}/artikel/lama-gz</loc></url></urlset>`

const rssFeed = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Kabar</title><link>{{base}}/</link>
<item><title>Caf` + "\xe9" + `</title><link>{{base}}/artikel/rss-1</link><guid>{{base}}/artikel/guid-bukan-link</guid></item>
<item><title>Dua</title><link>
  {{base}}/artikel/rss-2
</link></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title><link href="{{base}}/" rel="self"/>
<entry><title>A</title><link href="{{base}}/artikel/atom-1" rel="alternate"/><link href="{{base}}/komentar/atom-1" rel="replies"/></entry>
<entry><title>B</title><link href="{{base}}/artikel/atom-2"/></entry>
</feed>`

func feedSite(t *testing.T) *testSite {
	pages := map[string]page{
		"/robots.txt":           {ctype: "text/plain", body: "User-agent: *\nDisallow:\n"},
		"/sitemap_index.xml":    {ctype: "application/xml", body: sitemapIndex},
		"/sitemap-news.xml":     {ctype: "text/xml; charset=utf-8", body: sitemapNews},
		"/sitemap-old.xml.gz":   {ctype: "application/x-gzip", body: sitemapOld, gzip: true},
		"/rss.xml":              {ctype: "application/rss+xml", body: rssFeed},
		"/atom.xml":             {ctype: "application/atom+xml", body: atomFeed},
		"/bukan-feed.xml":       {ctype: "application/xml", body: `<?xml version="1.0"?><config><x>1</x></config>`},
		"/artikel/peta-1":       html("peta 1"),
		"/artikel/peta-2":       html("peta 2"),
		"/artikel/lama-gz":      html("lama"),
		"/artikel/rss-1":        html("rss 1"),
		"/artikel/rss-2":        html("rss 2"),
		"/artikel/atom-1":       html("atom 1"),
		"/artikel/atom-2":       html("atom 2"),
		"/":                     html("home"),
		"/gambar/tidak-diambil": {ctype: "image/jpeg", body: "x"},
	}
	return newTestSite(t, pages)
}

func TestFeedAndSitemapSeeds(t *testing.T) {
	site := feedSite(t)
	var fails failures
	h := &byPath{}
	c := newTestCrawler(t, WithHandler(h.handle), WithOnFailure(fails.record), WithMaxDepth(1))
	sum, err := c.Run(context.Background(),
		site.URL("/sitemap_index.xml"), site.URL("/rss.xml"), site.URL("/atom.xml"), site.URL("/bukan-feed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"/artikel/atom-1", "/artikel/atom-2", "/artikel/lama-gz", "/artikel/peta-1", "/artikel/peta-2",
		"/artikel/rss-1", "/artikel/rss-2",
		"/atom.xml", "/bukan-feed.xml", "/rss.xml", "/sitemap-news.xml", "/sitemap-old.xml.gz", "/sitemap_index.xml",
	}
	if got := site.paths(); !slices.Equal(got, want) {
		t.Errorf("paths:\n got %q\nwant %q", got, want)
	}
	if sum.Articles != 7 {
		t.Errorf("Articles = %d, want 7", sum.Articles)
	}
	if f, ok := fails.get(site.URL("/bukan-feed.xml")); !ok || !errors.Is(f.err, ErrNotHTML) {
		t.Errorf("XML that is no feed: failure %+v, reported %v; want ErrNotHTML", f, ok)
	}
}

func TestParseFeedRejects(t *testing.T) {
	for _, body := range []string{"", "not xml at all", "<html><body>hi</body></html>", "<config/>"} {
		if links, maps, err := parseFeed([]byte(body)); err == nil {
			t.Errorf("parseFeed(%q) = %v, %v, nil; want an error", body, links, maps)
		}
	}
	links, _, err := parseFeed([]byte(strings.ReplaceAll(rssFeed, "{{base}}", "http://x")))
	if err != nil || len(links) != 2 || links[0].url != "http://x/artikel/rss-1" || links[1].url != "http://x/artikel/rss-2" {
		t.Errorf("parseFeed(rss) = %v, %v", links, err)
	}
}

func TestParseFeedDates(t *testing.T) {
	wib := time.FixedZone("WIB", 7*3600)
	tests := []struct {
		name, body string
		want       []feedEntry
		maps       []feedEntry
	}{
		{"news sitemap prefers publication date", `<urlset><url><loc>http://x/a</loc><lastmod>2024-02-01</lastmod>
			<news:news><news:publication_date>2024-01-02T10:00:00+07:00</news:publication_date></news:news>
			<image:image><image:loc>http://x/img.jpg</image:loc></image:image></url>
			<url><loc>http://x/b</loc></url></urlset>`,
			[]feedEntry{{"http://x/a", time.Date(2024, 1, 2, 10, 0, 0, 0, wib)}, {"http://x/b", time.Time{}}}, nil},
		{"sitemap index lastmod", `<sitemapindex><sitemap><loc>http://x/s1.xml</loc><lastmod>2023-12-31</lastmod></sitemap></sitemapindex>`,
			nil, []feedEntry{{"http://x/s1.xml", time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)}}},
		{"rss pubDate", `<rss><channel><link>http://x/</link><item><link>http://x/c</link><pubDate>Sat, 10 Dec 2022 13:19:00 +0700</pubDate></item></channel></rss>`,
			[]feedEntry{{"http://x/c", time.Date(2022, 12, 10, 13, 19, 0, 0, wib)}}, nil},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "K", "items": [{"id": "1", "url": "http://x/j", "date_published": "2024-02-01T10:00:00+07:00"}]}`,
			[]feedEntry{{"http://x/j", time.Date(2024, 2, 1, 10, 0, 0, 0, wib)}}, nil},
		{"atom published over updated", `<feed><entry><link href="http://x/d"/><updated>2024-03-01T00:00:00Z</updated><published>2024-02-01T00:00:00Z</published></entry></feed>`,
			[]feedEntry{{"http://x/d", time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)}}, nil},
	}
	for _, tt := range tests {
		links, maps, err := parseFeed([]byte(tt.body))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !sameEntries(links, tt.want) || !sameEntries(maps, tt.maps) {
			t.Errorf("%s: got %v / %v, want %v / %v", tt.name, links, maps, tt.want, tt.maps)
		}
	}
}

func sameEntries(a, b []feedEntry) bool {
	return slices.EqualFunc(a, b, func(x, y feedEntry) bool { return x.url == y.url && x.date.Equal(y.date) })
}

func TestSinceSkipsOldFeedEntries(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/peta-indeks.xml": {ctype: "application/xml", body: `<sitemapindex>
			<sitemap><loc>{{base}}/peta-2020.xml</loc><lastmod>2020-12-31</lastmod></sitemap>
			<sitemap><loc>{{base}}/peta-baru.xml</loc><lastmod>2024-06-01</lastmod></sitemap></sitemapindex>`},
		"/peta-2020.xml": {ctype: "application/xml", body: `<urlset><url><loc>{{base}}/artikel/kuno</loc></url></urlset>`},
		"/peta-baru.xml": {ctype: "application/xml", body: `<urlset>
			<url><loc>{{base}}/artikel/lama</loc><lastmod>2024-01-01</lastmod></url>
			<url><loc>{{base}}/artikel/baru</loc><lastmod>2024-05-30T08:00:00+07:00</lastmod></url>
			<url><loc>{{base}}/artikel/tanpa-tanggal</loc></url></urlset>`},
		"/artikel/kuno":          html("kuno"),
		"/artikel/lama":          html("lama"),
		"/artikel/baru":          html("baru"),
		"/artikel/tanpa-tanggal": html("tanpa tanggal"),
	})
	c := newTestCrawler(t, WithSince(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)))
	if _, err := c.Run(context.Background(), site.URL("/peta-indeks.xml")); err != nil {
		t.Fatal(err)
	}
	want := []string{"/artikel/baru", "/artikel/tanpa-tanggal", "/peta-baru.xml", "/peta-indeks.xml"}
	if got := site.paths(); !slices.Equal(got, want) {
		t.Errorf("with since 2024-05-01:\n got %q\nwant %q", got, want)
	}
}

func TestRedirects(t *testing.T) {
	ext := externalSite(t)
	site := newTestSite(t, map[string]page{
		"/":        html("home", "/lama", "/keluar", "/putar-a", "/ke-beranda"),
		"/lama":    {status: http.StatusMovedPermanently, header: map[string]string{"Location": "/artikel/baru"}},
		"/keluar":  {status: http.StatusFound, header: map[string]string{"Location": ext.URL("/artikel/luar")}},
		"/putar-a": {status: http.StatusFound, header: map[string]string{"Location": "/putar-b"}},
		"/putar-b": {status: http.StatusFound, header: map[string]string{"Location": "/putar-a"}},
		// A redirect back to a page already fetched is not a second copy.
		"/ke-beranda":   {status: http.StatusFound, header: map[string]string{"Location": "/"}},
		"/artikel/baru": html("baru", "/artikel/baru"),
	})
	var fails failures
	h := &byPath{}
	c := newTestCrawler(t, WithHandler(h.handle), WithOnFailure(fails.record))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	p := h.page(site.URL("/lama"))
	if p == nil || p.FinalURL != site.URL("/artikel/baru") {
		t.Fatalf("redirected page: %+v, want FinalURL %s", p, site.URL("/artikel/baru"))
	}
	if n := site.count("/artikel/baru"); n != 1 {
		t.Errorf("redirect target fetched %d times, want once (its own link must not refetch it)", n)
	}
	if n := len(ext.pageHits()); n != 0 {
		t.Errorf("redirect out of scope followed: %v", ext.paths())
	}
	if f, ok := fails.get(site.URL("/keluar")); !ok || !errors.Is(f.err, ErrOutOfScope) {
		t.Errorf("out-of-scope redirect: failure %+v, reported %v; want ErrOutOfScope", f, ok)
	}
	if _, ok := fails.get(site.URL("/putar-a")); !ok {
		t.Error("redirect loop not reported")
	}
	if sum.Index != 2 || sum.Errors != 2 || site.count("/") != 1 {
		t.Errorf("summary %+v, home fetched %d times", sum, site.count("/"))
	}
}

func TestBodySizeCap(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/":       html("home", "/kecil", "/sedang", "/besar"),
		"/kecil":  {body: "<html><body>" + strings.Repeat("k", 100) + "</body></html>"},
		"/sedang": {body: strings.Repeat("s", 1500)},   // Content-Length known
		"/besar":  {body: strings.Repeat("b", 200000)}, // chunked
	})
	var fails failures
	c := newTestCrawler(t, WithMaxBodySize(1000), WithOnFailure(fails.record))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/sedang", "/besar"} {
		if f, ok := fails.get(site.URL(p)); !ok || !errors.Is(f.err, ErrTooLarge) {
			t.Errorf("%s: failure %+v, reported %v; want ErrTooLarge", p, f, ok)
		}
	}
	if _, ok := fails.get(site.URL("/kecil")); ok {
		t.Error("page under the cap reported as failed")
	}
	if sum.Errors != 2 || sum.Index != 2 {
		t.Errorf("summary %+v, want 2 errors and 2 pages", sum)
	}
}

func TestCharsetConvertedAndDeclared(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/": {ctype: "text/html; charset=ISO-8859-1", body: "<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9</body></html>"},
	})
	h := &byPath{}
	c := newTestCrawler(t, WithHandler(h.handle))
	if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	p := h.page(site.URL("/"))
	if p == nil {
		t.Fatal("page not handled")
	}
	if !strings.Contains(string(p.Body), "Café") {
		t.Errorf("body not converted to UTF-8: %q", p.Body)
	}
	if ct := p.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q, want it to declare the UTF-8 the body now is", ct)
	}
	if ct := p.Header.Get("X-Kabar-Original-Content-Type"); ct != "text/html; charset=ISO-8859-1" {
		t.Errorf("original Content-Type %q not kept", ct)
	}
}
