package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const robotsTxt = `User-agent: *
Disallow: /private/

User-agent: kabar
Disallow: /private/
Disallow: /arsip-tertutup/
`

// newsSite builds a small news site: a home page, sections, articles, a
// video page, and the usual hazards (robots.txt, an external link, a
// tracking-parameter duplicate, a fragment, a PDF, a broken page). ext is
// the base URL of a second server that must never be contacted.
func newsSite(t *testing.T, ext string) *testSite {
	return newTestSite(t, map[string]page{
		"/robots.txt": {ctype: "text/plain", body: robotsTxt},
		"/": html("Beranda",
			"/berita/", "/olahraga/", "/private/rahasia", "/arsip-tertutup/lama",
			ext+"/artikel/luar", "/berita/?utm_source=home", "/tentang#tim",
			"/foto.jpg", "/unduh", "/rusak", "mailto:redaksi@example.com", "javascript:void(0)"),
		"/tentang": html("Tentang kami", "/"),
		"/berita/": html("Berita",
			"/artikel/2024/01/satu", "/artikel/2024/01/dua?utm_medium=x&fbclid=y", "/video/klip"),
		"/olahraga/":            html("Olahraga", "/artikel/2024/01/tiga", "/"),
		"/artikel/2024/01/satu": html("Satu", "/artikel/2024/01/dua", "/"),
		"/artikel/2024/01/dua":  html("Dua", "{{base}}/berita/"),
		"/artikel/2024/01/tiga": html("Tiga", "/artikel/2024/01/satu#komentar"),
		"/video/klip":           html("Klip"),
		"/unduh":                {ctype: "application/pdf", body: "%PDF-1.4 not a page"},
		"/rusak":                {status: http.StatusInternalServerError, body: "oops"},
		"/private/rahasia":      html("Rahasia"),
		"/arsip-tertutup/lama":  html("Lama"),
		"/foto.jpg":             {ctype: "image/jpeg", body: "\xff\xd8"},
	})
}

// externalSite is the server that newsSite links to but that is outside
// its scope.
func externalSite(t *testing.T) *testSite {
	return newTestSite(t, map[string]page{"/artikel/luar": html("Luar")})
}

func TestCrawlNewsSite(t *testing.T) {
	ext := externalSite(t)
	site := newsSite(t, ext.URL(""))
	var fails failures
	h := &byPath{}
	c := newTestCrawler(t, WithHandler(h.handle), WithOnFailure(fails.record), WithParallelism(2))

	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}

	wantPaths := []string{
		"/", "/artikel/2024/01/dua", "/artikel/2024/01/satu", "/artikel/2024/01/tiga",
		"/berita/", "/olahraga/", "/rusak", "/tentang", "/unduh", "/video/klip",
	}
	if got := site.paths(); !slices.Equal(got, wantPaths) {
		t.Errorf("paths fetched:\n got %q\nwant %q", got, wantPaths)
	}
	for _, p := range wantPaths {
		if n := site.count(p); n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}
	for _, p := range []string{"/private/rahasia", "/arsip-tertutup/lama", "/foto.jpg"} {
		if n := site.count(p); n != 0 {
			t.Errorf("%s fetched %d times, want never", p, n)
		}
	}
	if n := len(ext.pageHits()) + ext.count("/robots.txt"); n != 0 {
		t.Errorf("external site contacted %d times: %v", n, ext.paths())
	}

	want := Summary{Fetched: 10, Articles: 3, Index: 4, Skipped: 1, Errors: 1, NotHTML: 1, RobotsDenied: 2}
	got := sum
	got.Started, got.Finished = time.Time{}, time.Time{}
	if got != want {
		t.Errorf("summary:\n got %+v\nwant %+v", got, want)
	}
	if sum.Finished.Before(sum.Started) || sum.Started.IsZero() {
		t.Errorf("summary times wrong: %v .. %v", sum.Started, sum.Finished)
	}

	if f, ok := fails.get(site.URL("/rusak")); !ok || f.status != 500 {
		t.Errorf("500 page: failure %+v reported=%v, want status 500", f, ok)
	}
	if f, ok := fails.get(site.URL("/unduh")); !ok || !errors.Is(f.err, ErrNotHTML) {
		t.Errorf("PDF: failure %+v reported=%v, want ErrNotHTML", f, ok)
	}
	if n := fails.len(); n != 2 {
		t.Errorf("%d failures reported, want 2: %v", n, fails.all)
	}

	p := h.page(site.URL("/artikel/2024/01/satu"))
	if p == nil {
		t.Fatal("handler never saw /artikel/2024/01/satu")
	}
	// satu is two links from home through /berita/, three through
	// /olahraga/ and tiga; which is found first depends on timing.
	if (p.Depth != 2 && p.Depth != 3) || p.Status != 200 || p.FinalURL != p.URL || !strings.Contains(string(p.Body), "<h1>Satu</h1>") ||
		p.FetchedAt.IsZero() || !strings.HasPrefix(p.Header.Get("Content-Type"), "text/html") {
		t.Errorf("page satu: depth %d status %d final %q header %v body %q", p.Depth, p.Status, p.FinalURL, p.Header, p.Body)
	}
	if p := h.page(site.URL("/")); p == nil || p.Depth != 0 {
		t.Errorf("home page: %+v, want depth 0", p)
	}
	if p := h.page(site.URL("/berita/")); p == nil || p.Depth != 1 {
		t.Errorf("section page: %+v, want depth 1", p)
	}
}

func TestRobotsDeniedSeedNeverFetched(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	c := newTestCrawler(t)
	sum, err := c.Run(context.Background(), site.URL("/private/rahasia"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(site.pageHits()); n != 0 {
		t.Errorf("pages fetched: %v, want none", site.paths())
	}
	if sum.RobotsDenied != 1 || sum.Fetched != 0 {
		t.Errorf("summary %+v, want 1 robots denial and nothing fetched", sum)
	}
}

func TestIgnoreRobots(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	c := newTestCrawler(t, WithIgnoreRobots(true), WithMaxDepth(1))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if site.count("/private/rahasia") != 1 || site.count("/robots.txt") != 0 {
		t.Errorf("with robots ignored: private fetched %d, robots.txt fetched %d; want 1, 0",
			site.count("/private/rahasia"), site.count("/robots.txt"))
	}
	if sum.RobotsDenied != 0 {
		t.Errorf("RobotsDenied = %d with robots ignored", sum.RobotsDenied)
	}
}

func TestMaxPages(t *testing.T) {
	for _, par := range []int{1, 3} {
		t.Run(fmt.Sprint("parallelism=", par), func(t *testing.T) {
			site := newsSite(t, "http://127.0.0.1:1")
			c := newTestCrawler(t, WithMaxPages(3), WithParallelism(par))
			sum, err := c.Run(context.Background(), site.URL("/"))
			if err != nil {
				t.Fatal(err)
			}
			if n := len(site.pageHits()); n != 3 {
				t.Errorf("%d pages requested, want 3: %v", n, site.paths())
			}
			if sum.Fetched != 3 {
				t.Errorf("Fetched = %d, want 3", sum.Fetched)
			}
		})
	}
}

func TestMaxDepth(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	c := newTestCrawler(t, WithMaxDepth(1))
	if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	want := []string{"/", "/berita/", "/olahraga/", "/rusak", "/tentang", "/unduh"}
	if got := site.paths(); !slices.Equal(got, want) {
		t.Errorf("paths with max depth 1:\n got %q\nwant %q", got, want)
	}
}

func TestDelayPerHost(t *testing.T) {
	const delay = 150 * time.Millisecond
	site := newsSite(t, "http://127.0.0.1:1")
	c := newTestCrawler(t, WithDelay(delay), WithMaxPages(5))
	if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	hits := site.pageHits()
	if len(hits) != 5 {
		t.Fatalf("%d pages requested, want 5", len(hits))
	}
	// Only a lower bound: a loaded machine makes gaps longer, never
	// shorter. The slack covers clock granularity.
	for i := 1; i < len(hits); i++ {
		if gap := hits[i].at.Sub(hits[i-1].at); gap < delay*9/10 {
			t.Errorf("request %d (%s) came %v after the previous one, want at least %v", i, hits[i].path, gap, delay)
		}
	}
}

func TestParallelismPerHost(t *testing.T) {
	var cur, peak atomic.Int32
	pages := map[string]string{}
	var links []string
	for i := range 12 {
		p := fmt.Sprintf("/artikel/%d", i)
		links = append(links, p)
		pages[p] = html("x").body
	}
	home := html("Beranda", links...).body
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		defer cur.Add(-1)
		for {
			old := peak.Load()
			if n <= old || peak.CompareAndSwap(old, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		switch {
		case r.URL.Path == "/":
			fmt.Fprint(w, home)
		case pages[r.URL.Path] != "":
			fmt.Fprint(w, pages[r.URL.Path])
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	c := newTestCrawler(t, WithParallelism(2))
	sum, err := c.Run(context.Background(), srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Index != 13 {
		t.Errorf("Index = %d, want 13", sum.Index)
	}
	if p := peak.Load(); p > 2 {
		t.Errorf("peak concurrent requests %d, want at most 2", p)
	}
}

func TestSkipNotFetched(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	var asked sync.Map
	skip := func(u string) bool {
		if _, dup := asked.LoadOrStore(u, true); dup {
			t.Errorf("skip asked twice about %s", u)
		}
		return strings.HasSuffix(u, "/artikel/2024/01/satu")
	}
	c := newTestCrawler(t, WithSkip(skip))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if n := site.count("/artikel/2024/01/satu"); n != 0 {
		t.Errorf("skipped article fetched %d times", n)
	}
	if site.count("/artikel/2024/01/dua") != 1 {
		t.Error("article not skipped was not fetched")
	}
	if sum.Known != 1 || sum.Articles != 0 {
		t.Errorf("summary %+v, want Known 1", sum)
	}
}

func TestHandlerErrorIsFailure(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	var fails failures
	boom := errors.New("store full")
	c := newTestCrawler(t, WithOnFailure(fails.record), WithHandler(func(_ context.Context, p *Page) (Outcome, error) {
		switch {
		case strings.HasSuffix(p.URL, "/tentang"):
			return Index, boom
		case strings.HasSuffix(p.URL, "/olahraga/"):
			panic("handler bug")
		}
		return Article, nil
	}))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := fails.get(site.URL("/tentang")); !ok || !errors.Is(f.err, boom) {
		t.Errorf("handler error not reported: %+v %v", f, ok)
	}
	if _, ok := fails.get(site.URL("/olahraga/")); !ok {
		t.Error("handler panic not reported as a failure")
	}
	// The 500 and the two handler failures.
	if sum.Errors != 3 {
		t.Errorf("Errors = %d, want 3", sum.Errors)
	}
	// Links on pages whose handler failed are still followed.
	if site.count("/artikel/2024/01/tiga") != 1 {
		t.Error("links of a page whose handler panicked were not followed")
	}
}

func TestCancelStopsCrawl(t *testing.T) {
	// An endless site: every page links to three new ones.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/p/%d", &n)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, html("p", fmt.Sprintf("/p/%d", 3*n+1), fmt.Sprintf("/p/%d", 3*n+2), fmt.Sprintf("/p/%d", 3*n+3)).body)
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var handled atomic.Int32
	const par = 2
	c := newTestCrawler(t, WithParallelism(par), WithDelay(10*time.Millisecond),
		WithHandler(func(hctx context.Context, p *Page) (Outcome, error) {
			if handled.Add(1) == 5 {
				cancel()
			}
			if hctx.Err() != nil {
				t.Errorf("handler context of a page in flight cancelled at once")
			}
			return Index, nil
		}))
	done := make(chan struct{})
	var (
		sum Summary
		err error
	)
	go func() {
		sum, err = c.Run(ctx, srv.URL+"/p/0")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after its context was cancelled")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run error = %v, want context.Canceled", err)
	}
	// At most the pages in flight when cancel came may follow the fifth.
	if n := handled.Load(); n < 5 || n > 5+par {
		t.Errorf("%d pages handled, want 5 to %d", n, 5+par)
	}
	if sum.Index != int(handled.Load()) {
		t.Errorf("Summary.Index = %d, handler called %d times", sum.Index, handled.Load())
	}
}

func TestCancelGraceCutsOffHungPage(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	hung := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Path == "/hang" {
			w.WriteHeader(200)
			w.(http.Flusher).Flush()
			hung <- struct{}{}
			select { // send nothing more until the client gives up
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		fmt.Fprint(w, html("home", "/hang").body)
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-hung
		cancel()
	}()
	var fails failures
	c := newTestCrawler(t, WithStopGrace(100*time.Millisecond), WithTimeout(time.Minute), WithOnFailure(fails.record))
	start := time.Now()
	sum, err := c.Run(ctx, srv.URL+"/")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run error = %v, want context.Canceled", err)
	}
	// The request timeout is a minute; returning well before it shows the
	// grace cut the hung page off.
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("Run took %v after cancellation", took)
	}
	// The page did nothing wrong: it stays queued for the next run
	// rather than being recorded as failed.
	if f, ok := fails.get(srv.URL + "/hang"); ok {
		t.Errorf("page cut off by the stop reported as failed: %+v", f)
	}
	if sum.Errors != 0 {
		t.Errorf("Errors = %d, want 0", sum.Errors)
	}
}

func TestScopeSubdomainsAndExternal(t *testing.T) {
	var mu sync.Mutex
	hosts := map[string][]string{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hosts[r.Host] = append(hosts[r.Host], r.URL.Path)
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		switch r.Host {
		case "www.kabar-uji.co.id":
			fmt.Fprint(w, html("home",
				"http://berita.kabar-uji.co.id/a", "http://KABAR-UJI.co.id/b",
				"http://www.lain-situs.co.id/c", "http://kabar-uji.co.id.lain-situs.com/d").body)
		default:
			fmt.Fprint(w, html(r.Host).body)
		}
	}))
	defer srv.Close()
	// Route every host name to the loopback server.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	addr := srv.Listener.Addr().String()
	tr.DialContext = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	c := newTestCrawler(t, WithTransport(tr))
	if _, err := c.Run(context.Background(), "http://www.kabar-uji.co.id/"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, h := range []string{"www.kabar-uji.co.id", "berita.kabar-uji.co.id", "kabar-uji.co.id"} {
		if len(hosts[h]) == 0 {
			t.Errorf("in-scope host %s never contacted", h)
		}
	}
	for _, h := range []string{"www.lain-situs.co.id", "kabar-uji.co.id.lain-situs.com"} {
		if len(hosts[h]) != 0 {
			t.Errorf("external host %s contacted: %v", h, hosts[h])
		}
	}
}

func TestProgress(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	var mu sync.Mutex
	var seen []Progress
	c := newTestCrawler(t, WithDelay(30*time.Millisecond), WithProgress(20*time.Millisecond, func(p Progress) {
		mu.Lock()
		seen = append(seen, p)
		mu.Unlock()
	}))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	// Ten pages 30ms apart take at least 270ms: several ticks.
	if len(seen) < 2 {
		t.Fatalf("%d progress reports, want several", len(seen))
	}
	for i, p := range seen {
		if p.Fetched > sum.Fetched || p.InFlight > 1 || p.Queued < p.InFlight || p.Finished.Before(p.Started) {
			t.Errorf("progress %d inconsistent: %+v (final %+v)", i, p, sum)
		}
		if i > 0 && p.Fetched < seen[i-1].Fetched {
			t.Errorf("progress went backwards: %d then %d", seen[i-1].Fetched, p.Fetched)
		}
	}
}
