package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// flakySite serves each path from a script: the n-th request to a path
// gets the n-th response (the last one repeats). It records request times.
type flakySite struct {
	srv     *httptest.Server
	mu      sync.Mutex
	scripts map[string][]func(http.ResponseWriter)
	times   map[string][]time.Time
}

func newFlakySite(t *testing.T, scripts map[string][]func(http.ResponseWriter)) *flakySite {
	f := &flakySite{scripts: scripts, times: map[string][]time.Time{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.times[r.URL.Path] = append(f.times[r.URL.Path], time.Now())
		n := len(f.times[r.URL.Path])
		script, ok := f.scripts[r.URL.Path]
		f.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		script[min(n, len(script))-1](w)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *flakySite) requests(path string) []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.times[path]...)
}

func ok(body string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, body)
	}
}

func status(code int, retryAfter string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		w.WriteHeader(code)
	}
}

// cutShort promises a long body and hangs up after a few bytes.
func cutShort(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html")
	w.Header().Set("Content-Length", "10000")
	w.WriteHeader(200)
	fmt.Fprint(w, "<html><bo")
	w.(http.Flusher).Flush()
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
}

func TestRetries(t *testing.T) {
	page := "<html><body>ok</body></html>"
	site := newFlakySite(t, map[string][]func(http.ResponseWriter){
		"/":           {ok(`<a href="/sekali-500">a</a><a href="/selalu-500">b</a><a href="/putus">c</a><a href="/sibuk">d</a><a href="/404">f</a>`)},
		"/sekali-500": {status(500, ""), ok(page)},
		"/selalu-500": {status(500, "")},
		"/putus":      {cutShort, ok(page)},
		"/sibuk":      {status(503, "1"), ok(page)},
		"/404":        {status(404, ""), ok(page)},
	})
	var fails failures
	c := newTestCrawler(t, WithRetries(2, 10*time.Millisecond), WithOnFailure(fails.record), WithParallelism(3))
	sum, err := c.Run(context.Background(), site.srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{
		"/sekali-500": 2, "/selalu-500": 3, "/putus": 2, "/sibuk": 2, "/404": 1,
	} {
		if got := len(site.requests(path)); got != want {
			t.Errorf("%s requested %d times, want %d", path, got, want)
		}
	}
	for path, failed := range map[string]bool{
		"/sekali-500": false, "/selalu-500": true, "/putus": false, "/sibuk": false, "/404": true,
	} {
		if _, got := fails.get(site.srv.URL + path); got != failed {
			t.Errorf("%s reported as failed: %v, want %v", path, got, failed)
		}
	}
	// Retry-After: 1 is obeyed (a lower bound only: a slow machine waits
	// longer, never shorter).
	if ts := site.requests("/sibuk"); len(ts) == 2 && ts[1].Sub(ts[0]) < 900*time.Millisecond {
		t.Errorf("retried 503 after %v, Retry-After asked for 1s", ts[1].Sub(ts[0]))
	}
	if sum.Errors != 2 || sum.Index != 4 {
		t.Errorf("summary %+v, want 2 errors and 4 pages", sum)
	}
}

func TestCancelDuringRetryWait(t *testing.T) {
	site := newFlakySite(t, map[string][]func(http.ResponseWriter){
		"/": {status(503, "100")},
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newTestCrawler(t, WithRetries(2, time.Millisecond))
	done := make(chan error, 1)
	go func() {
		_, err := c.Run(ctx, site.srv.URL+"/")
		done <- err
	}()
	for len(site.requests("/")) == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Run error %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run kept waiting out a Retry-After of 100s after cancellation")
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	for v, want := range map[string]time.Duration{
		"120":                           2 * time.Minute,
		"0":                             0,
		"Wed, 25 Nov 2026 12:00:30 GMT": 30 * time.Second,
		"Wed, 25 Nov 2026 11:00:00 GMT": 0, // in the past
	} {
		got, ok := retryAfter(http.Header{"Retry-After": {v}}, now)
		if !ok || got != want {
			t.Errorf("retryAfter(%q) = %v, %v; want %v", v, got, ok, want)
		}
	}
	for _, v := range []string{"", "soon", "-5"} {
		if got, ok := retryAfter(http.Header{"Retry-After": {v}}, now); ok {
			t.Errorf("retryAfter(%q) = %v, want not ok", v, got)
		}
	}
}

func TestSlowDownPausesWholeHost(t *testing.T) {
	var mu sync.Mutex
	var log []hit
	var slowAt time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		log = append(log, hit{path: r.URL.Path, at: time.Now()})
		first := r.URL.Path == "/sibuk" && slowAt.IsZero()
		if first {
			slowAt = time.Now()
		}
		mu.Unlock()
		if first {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Path == "/" {
			links := []string{"/sibuk"}
			for i := range 8 {
				links = append(links, fmt.Sprintf("/lain/%d", i))
			}
			fmt.Fprint(w, html("home", links...).body)
			return
		}
		time.Sleep(20 * time.Millisecond)
		fmt.Fprint(w, html(r.URL.Path).body)
	}))
	defer srv.Close()
	c := newTestCrawler(t, WithParallelism(2), WithRetries(1, time.Millisecond))
	sum, err := c.Run(context.Background(), srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Errors != 0 || sum.Index != 10 {
		t.Errorf("summary %+v, want all 10 pages and no errors", sum)
	}
	mu.Lock()
	defer mu.Unlock()
	// After the 429, at most the one request already on its way from the
	// other slot may arrive within the second the host asked for.
	early := 0
	for _, h := range log {
		if h.at.After(slowAt) && h.at.Sub(slowAt) < 900*time.Millisecond {
			early++
		}
	}
	if early > 1 {
		t.Errorf("%d requests within the Retry-After pause of the host, want at most 1", early)
	}
}

func TestLongRetryAfterClosesHost(t *testing.T) {
	page := "<html><body>ok</body></html>"
	links := `<a href="/nanti-saja">x</a>`
	for i := range 5 {
		links += fmt.Sprintf(`<a href="/lain/%d">y</a>`, i)
	}
	scripts := map[string][]func(http.ResponseWriter){
		"/":           {ok(links)},
		"/nanti-saja": {status(429, "3600"), ok(page)},
	}
	for i := range 5 {
		scripts[fmt.Sprintf("/lain/%d", i)] = []func(http.ResponseWriter){ok(page)}
	}
	site := newFlakySite(t, scripts)
	var fails failures
	c := newTestCrawler(t, WithRetries(2, time.Millisecond), WithOnFailure(fails.record))
	start := time.Now()
	sum, err := c.Run(context.Background(), site.srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 60*time.Second {
		t.Errorf("run took %v: it waited for a Retry-After of an hour", took)
	}
	if n := len(site.requests("/nanti-saja")); n != 1 {
		t.Errorf("429 page requested %d times, want once", n)
	}
	for i := range 5 {
		if n := len(site.requests(fmt.Sprintf("/lain/%d", i))); n != 0 {
			t.Errorf("/lain/%d requested after the host asked for an hour's pause", i)
		}
	}
	if f, ok := fails.get(site.srv.URL + "/nanti-saja"); !ok || f.status != 429 {
		t.Errorf("429 page: failure %+v, reported %v", f, ok)
	}
	if sum.Postponed != 5 {
		t.Errorf("Postponed = %d, want 5", sum.Postponed)
	}
}
