package crawler

import (
	"context"
	"net/http"
	"slices"
	"testing"
	"time"
)

func TestRobotsCrawlDelay(t *testing.T) {
	site := newTestSite(t, map[string]page{
		// "2s" is not a number; the parser would reject the whole file
		// for it. The kabar group's own valid delay must still apply.
		"/robots.txt": {ctype: "text/plain", body: "User-agent: *\nCrawl-delay: 2s\nDisallow: /x/\n\nUser-agent: kabar\nCrawl-delay: 0.2\nDisallow: /tutup/\n"},
		"/":           html("home", "/a", "/b", "/c", "/tutup/d"),
		"/a":          html("a"),
		"/b":          html("b"),
		"/c":          html("c"),
		"/tutup/d":    html("d"),
	})
	c := newTestCrawler(t) // no delay of its own
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if sum.RobotsDenied != 1 || site.count("/tutup/d") != 0 {
		t.Errorf("robots.txt with a bad line not applied: summary %+v", sum)
	}
	hits := site.pageHits()
	if len(hits) != 4 {
		t.Fatalf("%d pages fetched, want 4: %v", len(hits), site.paths())
	}
	for i := 1; i < len(hits); i++ {
		if gap := hits[i].at.Sub(hits[i-1].at); gap < 180*time.Millisecond {
			t.Errorf("request %d came %v after the previous one; Crawl-delay is 200ms", i, gap)
		}
	}
}

func TestRobotsSitemapLines(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/robots.txt":          {ctype: "text/plain", body: "Sitemap: {{base}}/peta.xml\nSitemap: http://luar.example/peta.xml\n\nUser-agent: *\nDisallow:\n"},
		"/":                    html("home"),
		"/peta.xml":            {ctype: "application/xml", body: `<urlset><url><loc>{{base}}/artikel/tersembunyi</loc></url></urlset>`},
		"/artikel/tersembunyi": html("tersembunyi"),
	})
	for _, use := range []bool{true, false} {
		before := site.count("/artikel/tersembunyi")
		c := newTestCrawler(t, WithRobotsSitemaps(use))
		if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
			t.Fatal(err)
		}
		got := site.count("/artikel/tersembunyi") - before
		if want := map[bool]int{true: 1, false: 0}[use]; got != want {
			t.Errorf("robots sitemaps %v: article only in the sitemap fetched %d times, want %d", use, got, want)
		}
	}
}

func TestRobotsServerErrorDisallowsAll(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/robots.txt": {status: http.StatusServiceUnavailable, body: "later"},
		"/":           html("home", "/a"),
	})
	c := newTestCrawler(t)
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(site.pageHits()); n != 0 || sum.RobotsDenied != 1 {
		t.Errorf("robots.txt answering 503: %d pages fetched, summary %+v; want none, 1 denied", n, sum)
	}
}

func TestRobotsMissingAllowsAll(t *testing.T) {
	site := newTestSite(t, map[string]page{"/": html("home", "/a"), "/a": html("a")})
	c := newTestCrawler(t)
	if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	if got := site.paths(); !slices.Equal(got, []string{"/", "/a"}) {
		t.Errorf("with no robots.txt: fetched %v", got)
	}
	if n := site.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt requested %d times, want once per host", n)
	}
}

func TestRobotsAppliesToRedirectTargets(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/robots.txt":    {ctype: "text/plain", body: "User-agent: *\nDisallow: /tutup/\n"},
		"/":              html("home", "/pintas"),
		"/pintas":        {status: http.StatusFound, header: map[string]string{"Location": "/tutup/rahasia"}},
		"/tutup/rahasia": html("rahasia"),
	})
	var fails failures
	c := newTestCrawler(t, WithOnFailure(fails.record))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if n := site.count("/tutup/rahasia"); n != 0 {
		t.Errorf("disallowed page fetched %d times through a redirect", n)
	}
	if sum.RobotsDenied != 1 || fails.len() != 0 {
		t.Errorf("summary %+v, failures %v; want the redirect counted as denied by robots.txt", sum, fails.all)
	}
}

func TestMetaRobotsNofollow(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/":            html("home", "/meta", "/header", "/lain-robot"),
		"/meta":        {body: `<html><head><META NAME="Robots" CONTENT="noindex, NoFollow"></head><body><a href="/dari-meta">x</a></body></html>`},
		"/header":      {body: html("h", "/dari-header").body, header: map[string]string{"X-Robots-Tag": "nofollow"}},
		"/lain-robot":  {body: html("g", "/dari-lain").body, header: map[string]string{"X-Robots-Tag": "googlebot: nofollow"}},
		"/dari-meta":   html("x"),
		"/dari-header": html("x"),
		"/dari-lain":   html("x"),
	})
	if _, err := newTestCrawler(t).Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{"/meta": 1, "/header": 1, "/dari-meta": 0, "/dari-header": 0, "/dari-lain": 1} {
		if got := site.count(path); got != want {
			t.Errorf("%s fetched %d times, want %d", path, got, want)
		}
	}
}
