package crawler

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestDuplicatesFetchedOnce(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/": html("home",
			"/artikel/a?utm_source=x", "/artikel/a?fbclid=1#top", "/artikel/a",
			"/artikel/b?share=wa",
			"/artikel/c?page=1",
		),
		"/artikel/a": html("a"),
		// b names its AMP copy; the AMP copy must not be fetched too.
		"/artikel/b":       {body: `<html><head><link rel="amphtml" href="/artikel/b/amp"></head><body><a href="/artikel/terkait">t</a></body></html>`},
		"/artikel/terkait": html("terkait", "/artikel/b/amp"),
		"/artikel/b/amp":   html("b amp"),
		// c?page=1 says its canonical URL is c; a later link to c is the
		// same page.
		"/artikel/c?page=1": {body: `<html><head><link rel="canonical" href="{{base}}/artikel/c"></head><body><a href="/artikel/lain">lain</a></body></html>`},
		"/artikel/lain":     html("lain", "/artikel/c"),
		"/artikel/c":        html("c"),
	})
	c := newTestCrawler(t)
	if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{
		"/artikel/a": 1, "/artikel/b": 1, "/artikel/b/amp": 0, "/artikel/terkait": 1,
		"/artikel/c?page=1": 1, "/artikel/lain": 1, "/artikel/c": 0,
	} {
		if got := site.count(path); got != want {
			t.Errorf("%s fetched %d times, want %d", path, got, want)
		}
	}
	for _, h := range site.pageHits() {
		if strings.Contains(h.path, "utm_") || strings.Contains(h.path, "fbclid") || strings.Contains(h.path, "share=") {
			t.Errorf("tracking parameter reached the server: %s", h.path)
		}
	}
}

func TestHTTPAndHTTPSAreOneURL(t *testing.T) {
	f := newMemFrontier()
	a := item{url: "https://example.com/a", host: "example.com"}
	if err := f.commit(nil, nil, []item{a}); err != nil {
		t.Fatal(err)
	}
	got, _ := f.unseen([]item{
		{url: "http://example.com/a", host: "example.com"},
		{url: "https://example.com/b", host: "example.com"},
	})
	if len(got) != 1 || got[0].url != "https://example.com/b" {
		t.Errorf("unseen after https://example.com/a = %v, want only /b", got)
	}
}

func TestTraps(t *testing.T) {
	deep := "https://example.com" + strings.Repeat("/x", maxPathSegments+1)
	for u, want := range map[string]bool{
		"https://example.com/berita/2024/01/02/judul-panjang-sekali": false,
		"https://example.com/a/b/c/d/e/f/g/h":                        false,
		"https://example.com/berita/nasional/berita/daerah":          false,
		"https://example.com/berita/berita/berita/x":                 true,
		deep: true,
		"https://example.com/?q=" + strings.Repeat("a", maxURLLength): true,
	} {
		p, err := url.Parse(u)
		if err != nil {
			t.Fatal(err)
		}
		if got := isTrap(p); got != want {
			t.Errorf("isTrap(%.80s) = %v, want %v", u, got, want)
		}
	}
}

func TestTrapNotFollowed(t *testing.T) {
	// A relative link that nests the section in itself on every hop.
	site := newTestSite(t, map[string]page{})
	site.pages["/"] = html("home", "berita/")
	path := "/"
	for range 10 {
		path += "berita/"
		site.pages[path] = html("berita", "berita/")
	}
	c := newTestCrawler(t)
	if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	if n := len(site.pageHits()); n != 3 {
		t.Errorf("%d pages fetched on a self-nesting trap, want 3 (/, /berita/, /berita/berita/): %v", n, site.paths())
	}
}

func TestMaxPagesPerHost(t *testing.T) {
	pages := map[string]page{}
	var links []string
	for i := range 10 {
		p := fmt.Sprintf("/artikel/%d", i)
		links = append(links, p)
		pages[p] = html(p)
	}
	pages["/"] = html("home", links...)
	site := newTestSite(t, pages)
	c := newTestCrawler(t, WithMaxPagesPerHost(4))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(site.pageHits()); n != 4 || sum.Fetched != 4 {
		t.Errorf("%d pages fetched (summary %d), want 4", n, sum.Fetched)
	}
}

func TestMultiPageArticleSingleView(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/": html("home", "/berita/panjang", "/berita/pendek"),
		"/berita/panjang": html("Halaman 1", "/berita/panjang?page=2", "/berita/panjang?page=3",
			"/berita/panjang?page=all", "/berita/lain"),
		"/berita/panjang?page=2":   html("Halaman 2"),
		"/berita/panjang?page=3":   html("Halaman 3"),
		"/berita/panjang?page=all": html("Semua halaman", "/berita/dari-semua"),
		"/berita/lain":             html("lain"),
		"/berita/dari-semua":       html("dari semua"),
		// A single view that fails: page one is used.
		"/berita/pendek":          html("Pendek 1", "/berita/pendek?single=1"),
		"/berita/pendek?single=1": {status: 500},
	})
	h := &byPath{}
	c := newTestCrawler(t, WithHandler(h.handle))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	p := h.page(site.URL("/berita/panjang"))
	if p == nil {
		t.Fatal("multi-page article not handled")
	}
	if !strings.Contains(string(p.Body), "Semua halaman") || p.FinalURL != site.URL("/berita/panjang?page=all") {
		t.Errorf("handler got FinalURL %q body %.120q; want the single view", p.FinalURL, p.Body)
	}
	for path, want := range map[string]int{
		"/berita/panjang": 1, "/berita/panjang?page=all": 1, "/berita/panjang?page=2": 0, "/berita/panjang?page=3": 0,
		"/berita/lain": 1, "/berita/dari-semua": 1, "/berita/pendek": 1, "/berita/pendek?single=1": 1,
	} {
		if got := site.count(path); got != want {
			t.Errorf("%s fetched %d times, want %d", path, got, want)
		}
	}
	if h.page(site.URL("/berita/panjang?page=all")) != nil || h.page(site.URL("/berita/panjang?page=2")) != nil {
		t.Error("a part of the multi-page article was handled as a page of its own")
	}
	if p := h.page(site.URL("/berita/pendek")); p == nil || !strings.Contains(string(p.Body), "Pendek 1") {
		t.Errorf("article whose single view failed: %+v, want page one", p)
	}
	if sum.Index != 5 || sum.Errors != 0 {
		t.Errorf("summary %+v, want 5 pages handled and no errors", sum)
	}
}

func TestSingleViewOf(t *testing.T) {
	items := func(urls ...string) []item {
		var its []item
		for _, u := range urls {
			its = append(its, item{url: u})
		}
		return its
	}
	single, parts := singleViewOf("https://x.id/a", items(
		"https://x.id/a?page=2", "https://x.id/a?halaman=3", "https://x.id/a?p=4",
		"https://x.id/b?page=all", "https://x.id/a?page=all", "https://y.id/a?page=all"))
	if single != "https://x.id/a?page=all" || !slices.Equal(parts, []string{"https://x.id/a?page=2", "https://x.id/a?halaman=3"}) {
		t.Errorf("singleViewOf = %q, %q", single, parts)
	}
	if single, _ := singleViewOf("https://x.id/a", items("https://x.id/a?page=2", "https://x.id/b?single=1")); single != "" {
		t.Errorf("single view of another page taken: %q", single)
	}
	if single, _ := singleViewOf("https://x.id/a?page=all", items("https://x.id/a?page=all&x=1")); single != "" {
		t.Errorf("a single view looked for its own single view: %q", single)
	}
}
