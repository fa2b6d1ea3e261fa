package crawler

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// hit is one request a test server saw.
type hit struct {
	path string // path and query as requested
	at   time.Time
}

// testSite is an httptest server over a map of pages, recording every
// request it serves.
type testSite struct {
	t     *testing.T
	srv   *httptest.Server
	mu    sync.Mutex
	hits  []hit
	pages map[string]page // by path (with query, when it has one)
}

// page is one response of a testSite. body may use {{base}} for the
// server's own URL and {{ext}} for the external server's.
type page struct {
	status int
	ctype  string
	body   string
	header map[string]string
	gzip   bool // gzip the body after {{base}} is filled in
}

func html(title string, links ...string) page {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title></head><body><h1>%s</h1>\n", title, title)
	for _, l := range links {
		fmt.Fprintf(&b, "<a href=%q>%s</a>\n", l, l)
	}
	b.WriteString("</body></html>")
	return page{body: b.String()}
}

func newTestSite(t *testing.T, pages map[string]page) *testSite {
	t.Helper()
	s := &testSite{t: t, pages: pages}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *testSite) serve(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	s.mu.Lock()
	s.hits = append(s.hits, hit{path: key, at: time.Now()})
	p, ok := s.pages[key]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	for k, v := range p.header {
		w.Header().Set(k, v)
	}
	ct := p.ctype
	if ct == "" {
		ct = "text/html; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	if p.status != 0 {
		w.WriteHeader(p.status)
	}
	body := strings.ReplaceAll(p.body, "{{base}}", s.srv.URL)
	if p.gzip {
		zw := gzip.NewWriter(w)
		io.WriteString(zw, body)
		zw.Close()
		return
	}
	io.WriteString(w, body)
}

// URL returns the absolute URL of a path on the site.
func (s *testSite) URL(path string) string { return s.srv.URL + path }

// count returns how many times path was requested.
func (s *testSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, h := range s.hits {
		if h.path == path {
			n++
		}
	}
	return n
}

// pageHits returns the requests other than robots.txt, in order.
func (s *testSite) pageHits() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	var hs []hit
	for _, h := range s.hits {
		if h.path != "/robots.txt" {
			hs = append(hs, h)
		}
	}
	return hs
}

// paths returns the sorted distinct paths requested, robots.txt excluded.
func (s *testSite) paths() []string {
	seen := map[string]bool{}
	var ps []string
	for _, h := range s.pageHits() {
		if !seen[h.path] {
			seen[h.path] = true
			ps = append(ps, h.path)
		}
	}
	sort.Strings(ps)
	return ps
}

// failures collects what WithOnFailure reports.
type failures struct {
	mu  sync.Mutex
	all map[string]failure // by URL
}

type failure struct {
	status int
	err    error
}

func (f *failures) record(u string, status int, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.all == nil {
		f.all = map[string]failure{}
	}
	f.all[u] = failure{status, err}
}

func (f *failures) get(u string) (failure, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	x, ok := f.all[u]
	return x, ok
}

func (f *failures) len() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.all)
}

// byPath is a Handler that calls pages under /artikel/ articles, pages
// under /video/ skipped, and the rest index pages. It records the pages it
// saw.
type byPath struct {
	mu   sync.Mutex
	seen map[string]*Page
}

func (b *byPath) handle(_ context.Context, p *Page) (Outcome, error) {
	b.mu.Lock()
	if b.seen == nil {
		b.seen = map[string]*Page{}
	}
	cp := *p
	cp.Body = append([]byte(nil), p.Body...)
	b.seen[p.URL] = &cp
	b.mu.Unlock()
	switch {
	case strings.Contains(p.URL, "/artikel/"):
		return Article, nil
	case strings.Contains(p.URL, "/video/"):
		return Skipped, nil
	}
	return Index, nil
}

func (b *byPath) page(u string) *Page {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.seen[u]
}

// testLogger discards logs unless -v is given, and then writes them to the
// test log.
func testLogger(t *testing.T) *slog.Logger {
	if t == nil || !testing.Verbose() {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(tlogWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tlogWriter struct{ t *testing.T }

func (w tlogWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// newTestCrawler returns a crawler with no delay, no retries and a quiet
// logger, plus the given options.
func newTestCrawler(t *testing.T, opts ...Option) *Crawler {
	t.Helper()
	base := []Option{WithDelay(0), WithLogger(testLogger(t)), WithTimeout(10 * time.Second), WithRetries(0, 0)}
	c, err := New(append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
