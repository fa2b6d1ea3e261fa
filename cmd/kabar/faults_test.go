package main

// The fault suite of issue 7: a loopback site that serves every kind of
// trouble the web sends, crawled by the real crawl (Colly, the pipeline,
// bbolt). For each fault the crawl must finish, the URL's outcome must be in
// the store, the healthy pages must be unaffected, nothing may panic and
// memory must stay bounded. docs/RELIABILITY.md lists the faults.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/store"
	"golang.org/x/text/encoding/charmap"
)

// words make the generated articles' text: each article gets its own
// sentences, so that no two pages are near-duplicates.
var words = strings.Fields(`council harbour minister river budget school village election market bridge
	hospital farmer festival railway police court museum teacher island weather harvest factory
	library mayor province student clinic airport fishermen volcano temple parliament ferry`)

// articleText returns n paragraphs unique to the article numbered id.
func articleText(id, n int) []string {
	paras := make([]string, n)
	for p := range paras {
		var b strings.Builder
		for s := range 4 {
			w1 := words[(id*7+p*3+s)%len(words)]
			w2 := words[(id*13+p*5+s*11+3)%len(words)]
			fmt.Fprintf(&b, "In report %d, part %d, sentence %d, officials said the %s and the %s would be reviewed again next week. ", id, p+1, s+1, w1, w2)
		}
		paras[p] = strings.TrimSpace(b.String())
	}
	return paras
}

// articlePage returns a complete news article page: JSON-LD, OpenGraph, a
// headline, a byline and paragraphs. extraHead goes into <head> (a charset
// declaration); paras are inserted as they are (HTML-escaped by the caller
// when needed).
func articlePage(title, extraHead string, paras []string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head>")
	b.WriteString(extraHead)
	fmt.Fprintf(&b, "<title>%s</title><meta property=\"og:type\" content=\"article\">", title)
	fmt.Fprintf(&b, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"2024-03-05T10:00:00+07:00","author":{"@type":"Person","name":"Rina Hartati"}}</script>`, title)
	fmt.Fprintf(&b, "</head><body><header><nav><a href=\"/\">Home</a></nav></header><article><h1>%s</h1><p class=\"byline\">By Rina Hartati</p>\n", title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article><footer>Copyright Lembah Pos</footer></body></html>\n")
	return b.String()
}

// fault is one page of the fault site and what the crawl must make of it.
type fault struct {
	path string
	what string // the fault, as docs/RELIABILITY.md names it
	// serve answers the request; hit counts requests to path, from 1.
	serve func(w http.ResponseWriter, r *http.Request, hit int)
	// Exactly one of stored and reason is set: the page must end up as an
	// article titled stored with no open failure, or as an open failure
	// with this reason (the short, stable causes kabar stats groups by).
	stored string
	reason string
	// text, when set, must appear in the stored record's text.
	text []string
	// maxHits, when set, caps how many requests path may get.
	maxHits int
	// sent, when set, counts the bytes the server sent for path.
	sent *atomic.Int64
}

// faultSite serves the fault pages, a home page linking to all of them
// and healthy articles around them, and counts what it serves.
type faultSite struct {
	srv    *httptest.Server
	faults []fault
	ok     []string // paths of the healthy articles

	mu    sync.Mutex
	hits  map[string]int
	times map[string][]time.Time
}

const okArticles = 6

func okTitle(i int) string { return fmt.Sprintf("Healthy article number %d", i) }

func newFaultSite(t *testing.T, faults []fault) *faultSite {
	t.Helper()
	s := &faultSite{faults: faults, hits: map[string]int{}, times: map[string][]time.Time{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "User-agent: *\nAllow: /\n")
	})
	var home strings.Builder
	home.WriteString("<!DOCTYPE html><html><head><title>Lembah Pos</title></head><body><h1>Lembah Pos</h1><ul>\n")
	for i := range okArticles {
		p := fmt.Sprintf("/ok/%d.html", i)
		s.ok = append(s.ok, p)
		fmt.Fprintf(&home, "<li><a href=\"%s\">%s</a></li>\n", p, okTitle(i))
		body := articlePage(okTitle(i), `<meta charset="utf-8">`, articleText(i, 5))
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			s.count(r.URL.Path)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, body)
		})
	}
	for _, f := range faults {
		fmt.Fprintf(&home, "<li><a href=\"%s\">%s</a></li>\n", f.path, f.what)
		serve := f.serve
		mux.HandleFunc(f.path, func(w http.ResponseWriter, r *http.Request) {
			serve(w, r, s.count(r.URL.Path))
		})
	}
	home.WriteString("</ul></body></html>\n")
	mux.HandleFunc("/loop/b.html", func(w http.ResponseWriter, r *http.Request) {
		s.count(r.URL.Path)
		http.Redirect(w, r, "/loop/a.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, home.String())
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
	return s
}

// hit returns how many requests path has had.
func (s *faultSite) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// timesOf returns when path was requested.
func (s *faultSite) timesOf(path string) []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.times[path]...)
}

func (s *faultSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[path]++
	s.times[path] = append(s.times[path], time.Now())
	return s.hits[path]
}

// hijack takes the raw connection of a request, for faults net/http would
// not commit on its own.
func hijack(w http.ResponseWriter) (net.Conn, *bufio.ReadWriter) {
	c, rw, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(fmt.Sprintf("test server cannot hijack: %v", err)) // a broken test set-up, not a fault under test
	}
	return c, rw
}

func htmlOK(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, body)
}

// gzipBomb returns a gzip stream of an HTML page that inflates to n bytes.
func gzipBomb(n int) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	io.WriteString(zw, "<!DOCTYPE html><html><head><title>Bomb</title></head><body><p>")
	zero := make([]byte, 1<<20)
	for i := range zero {
		zero[i] = 'a'
	}
	for n > 0 {
		k := min(n, len(zero))
		zw.Write(zero[:k])
		n -= k
	}
	zw.Close()
	return buf.Bytes()
}

// streamBig writes an endless-looking page of size bytes, counting what
// actually left the server; it stops when the client goes away.
func streamBig(w http.ResponseWriter, size int64, counter *atomic.Int64) {
	chunk := []byte(strings.Repeat("<p>filler paragraph of a page that never ends, on and on and on.</p>\n", 1000))
	for sent := int64(0); sent < size; {
		n, err := w.Write(chunk[:min(int64(len(chunk)), size-sent)])
		sent += int64(n)
		counter.Add(int64(n))
		if err != nil {
			return
		}
	}
}

// deepPage nests an article depth <div>s deep.
func deepPage(depth int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Deep nesting survives</title><meta property="og:type" content="article">`)
	b.WriteString(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Deep nesting survives","datePublished":"2024-03-05T10:00:00+07:00"}</script></head><body>`)
	b.WriteString(strings.Repeat("<div>", depth))
	b.WriteString("<article><h1>Deep nesting survives</h1>")
	for _, p := range articleText(900, 5) {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article>")
	b.WriteString(strings.Repeat("</div>", depth))
	b.WriteString("</body></html>")
	return b.String()
}

// legacyPage is an article whose text needs characters outside ASCII.
func legacyPage(id int, title, head string, special string) string {
	paras := articleText(id, 4)
	paras[1] = special + " " + paras[1]
	return articlePage(title, head, paras)
}

// encode returns s in a legacy encoding.
func encode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode test page: %v", err)
	}
	return b
}

// standardFaults are the faults that take seconds, not minutes.
func standardFaults(t *testing.T) []fault {
	const (
		// cp1252 needs the bytes 0x80-0x9f (euro, curly quotes, dashes),
		// which ISO-8859-1 proper does not have.
		cp1252Text = "Harga naik 5 € — “kata” pejabat, café à la crème"
		latin1Text = "Señora Müller aß Crêpes in São Tomé für 5 £"
		lieText    = "Déjà vu: naïve façade of the Zürich café"
	)
	bomb := gzipBomb(200 << 20)
	hugeSent, declaredSent := new(atomic.Int64), new(atomic.Int64)
	return []fault{
		{path: "/flaky.html", what: "a 500 then a success",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				if hit == 1 {
					http.Error(w, "temporarily broken", http.StatusInternalServerError)
					return
				}
				htmlOK(w, articlePage("Flaky server recovers", "", articleText(101, 5)))
			},
			stored: "Flaky server recovers", maxHits: 2},
		{path: "/ratelimited.html", what: "a 429 with Retry-After: 3",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				if hit == 1 {
					w.Header().Set("Retry-After", "3")
					http.Error(w, "slow down", http.StatusTooManyRequests)
					return
				}
				htmlOK(w, articlePage("Rate limit obeyed", "", articleText(102, 5)))
			},
			stored: "Rate limit obeyed", maxHits: 2},
		{path: "/unavailable.html", what: "a 503 with Retry-After as an HTTP date",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				if hit == 1 {
					w.Header().Set("Retry-After", time.Now().Add(4*time.Second).UTC().Format(http.TimeFormat))
					http.Error(w, "maintenance", http.StatusServiceUnavailable)
					return
				}
				htmlOK(w, articlePage("Maintenance window over", "", articleText(103, 5)))
			},
			stored: "Maintenance window over", maxHits: 2},
		{path: "/reset.html", what: "a connection reset mid-body",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				c, rw := hijack(w)
				page := articlePage("Reset page", "", articleText(104, 8))
				fmt.Fprintf(rw, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(page))
				rw.WriteString(page[:len(page)/2])
				rw.Flush()
				if tc, ok := c.(*net.TCPConn); ok {
					tc.SetLinger(0) // close with RST
				}
				c.Close()
			},
			reason: "fetch error", maxHits: 3},
		{path: "/drip-ok.html", what: "a slow drip that completes (first bytes one per 300 ms)",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				page := articlePage("Slow but complete", "", articleText(105, 5))
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				rc := http.NewResponseController(w)
				for i := range 6 {
					w.Write([]byte{page[i]})
					rc.Flush()
					time.Sleep(300 * time.Millisecond)
				}
				io.WriteString(w, page[6:])
			},
			stored: "Slow but complete", maxHits: 1},
		{path: "/truncated.html", what: "a chunked body cut off without its last chunk",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				c, rw := hijack(w)
				page := articlePage("Truncated page", "", articleText(106, 8))
				rw.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n")
				half := page[:len(page)/2]
				fmt.Fprintf(rw, "%x\r\n%s\r\n", len(half), half)
				rw.Flush()
				c.Close()
			},
			reason: "fetch error", maxHits: 3},
		{path: "/wrong-length.html", what: "a Content-Length larger than the body",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				c, rw := hijack(w)
				page := articlePage("Wrong length page", "", articleText(107, 8))
				fmt.Fprintf(rw, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(page)+5000, page)
				rw.Flush()
				c.Close()
			},
			reason: "fetch error", maxHits: 3},
		{path: "/bomb.html", what: "a gzip bomb (200 KB inflating to 200 MB)",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Content-Encoding", "gzip")
				w.Header().Set("Content-Length", fmt.Sprint(len(bomb)))
				w.Write(bomb)
			},
			reason: "too large"},
		{path: "/huge.html", what: "a 50 MB page without Content-Length",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				streamBig(w, 50<<20, hugeSent)
			},
			reason: "too large", sent: hugeSent},
		{path: "/huge-declared.html", what: "a 50 MB page with its Content-Length",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Content-Length", fmt.Sprint(50<<20))
				streamBig(w, 50<<20, declaredSent)
			},
			reason: "too large", sent: declaredSent},
		{path: "/cp1252.html", what: "a windows-1252 page declared in the header",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html; charset=windows-1252")
				w.Write(encode(t, charmap.Windows1252, legacyPage(110, "Harga cabai di pasar", "", cp1252Text)))
			},
			stored: "Harga cabai di pasar", text: []string{cp1252Text}},
		{path: "/latin1.html", what: "an ISO-8859-1 page declared only in <meta>",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html")
				w.Write(encode(t, charmap.ISO8859_1, legacyPage(111, "Señora Müller in São Tomé", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, latin1Text)))
			},
			stored: "Señora Müller in São Tomé", text: []string{latin1Text}},
		{path: "/charset-lie.html", what: "a page declaring ISO-8859-1 and sending UTF-8",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
				io.WriteString(w, legacyPage(112, "Déjà vu in Zürich", `<meta charset="iso-8859-1">`, lieText))
			},
			stored: "Déjà vu in Zürich", text: []string{lieText}},
		{path: "/charset-lie-utf8.html", what: "a page declaring UTF-8 and sending windows-1252",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Write(encode(t, charmap.Windows1252, legacyPage(113, "Crème brûlée in Nîmes", `<meta charset="utf-8">`, "Crème brûlée à Nîmes, “très” bien")))
			},
			stored: "Crème brûlée in Nîmes", text: []string{"Crème brûlée à Nîmes, “très” bien"}},
		{path: "/deep.html", what: "HTML nested 10,000 levels deep",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				htmlOK(w, deepPage(10000))
			},
			// golang.org/x/net/html refuses more than 512 open elements.
			reason: "extraction failed", maxHits: 1},
		{path: "/deep-400.html", what: "HTML nested 400 levels deep",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				htmlOK(w, strings.Replace(deepPage(400), "Deep nesting survives", "Moderate nesting survives", 2))
			},
			stored: "Moderate nesting survives", maxHits: 1},
		{path: "/loop/a.html", what: "a redirect loop",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				http.Redirect(w, r, "/loop/b.html", http.StatusFound)
			},
			reason: "redirect loop"},
		{path: "/away.html", what: "a redirect to another domain",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				http.Redirect(w, r, "http://elsewhere.example.org/story.html", http.StatusFound)
			},
			reason: "redirect out of scope", maxHits: 1},
		{path: "/to-ftp.html", what: "a redirect to a non-HTTP scheme (ftp:)",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				http.Redirect(w, r, "ftp://"+r.Host+"/story.txt", http.StatusFound)
			},
			reason: "not http(s)", maxHits: 1},
		{path: "/to-js.html", what: "a redirect to javascript:",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Location", "javascript:alert(1)")
				w.WriteHeader(http.StatusFound)
			},
			reason: "not http(s)", maxHits: 1},
		{path: "/to-other-loopback.html", what: "a redirect to another loopback host (127.0.0.2)",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				_, port, _ := net.SplitHostPort(r.Host)
				http.Redirect(w, r, "http://127.0.0.2:"+port+"/ok/0.html", http.StatusFound)
			},
			reason: "redirect out of scope", maxHits: 1},
		{path: "/moved.html", what: "a redirect within the site",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				http.Redirect(w, r, "/moved/here.html", http.StatusMovedPermanently)
			},
			stored: "Moved article arrives"},
		{path: "/moved/here.html", what: "(where the redirect leads, also linked directly)",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				htmlOK(w, articlePage("Moved article arrives", "", articleText(108, 5)))
			},
			stored: "Moved article arrives"},
		{path: "/files/report", what: "a PDF (Content-Type application/pdf)",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "application/pdf")
				io.WriteString(w, "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
			},
			reason: "not HTML", maxHits: 1},
		{path: "/files/untyped", what: "a PDF sent with no Content-Type",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header()["Content-Type"] = nil // no sniffing by net/http
				io.WriteString(w, "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
			},
			reason: "not HTML", maxHits: 1},
		{path: "/files/lying-pdf", what: "a PDF sent as text/html",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html")
				io.WriteString(w, "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
			},
			reason: "not HTML", maxHits: 1},
		{path: "/files/empty.html", what: "an empty 200 response",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				w.Header().Set("Content-Type", "text/html")
			},
			reason: "extraction failed", maxHits: 1},
		{path: "/gone.html", what: "a 404",
			serve: func(w http.ResponseWriter, r *http.Request, hit int) {
				http.NotFound(w, r)
			},
			reason: "http 404", maxHits: 1},
	}
}

// peakHeap samples the heap's objects (live, and dead ones not yet swept)
// every 10 ms until stop is closed, and returns the largest value seen: a
// lower bound of the true peak.
func peakHeap(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-stop:
				out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

// crawlSite crawls seed into a new store with the real crawl, and returns
// the store's path. The crawl must finish without error.
func crawlSite(t *testing.T, seed string, cfg crawlConfig) (string, crawlTotals, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "faults.db")
	db, err := store.Open(path, store.WithLockTimeout(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	lw := &lockedWriter{w: &logs}
	e := &env{stdout: io.Discard, stderr: lw, log: slog.New(slog.NewTextHandler(lw, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	cfg.db = path
	tot, err := crawl(context.Background(), e, db, cfg, []string{seed})
	if cerr := db.Close(); cerr != nil {
		t.Errorf("close store: %v", cerr)
	}
	if err != nil {
		t.Fatalf("crawl did not finish cleanly: %v\nlog:\n%s", err, logs.String())
	}
	return path, tot, lw.String()
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

// storedByURL opens a store read-only and returns its records by URL and
// by final URL, and the store itself (closed at cleanup).
func openStored(t *testing.T, path string) (*store.DB, map[string]kabar.Article) {
	t.Helper()
	db, err := store.Open(path, store.WithReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Check(); err != nil {
		t.Errorf("store fails its consistency check: %v", err)
	}
	recs := map[string]kabar.Article{}
	err = db.Each(context.Background(), store.Filter{}, func(a kabar.Article) error {
		if _, dup := recs[a.ID]; dup {
			t.Errorf("id %s walked twice", a.ID)
		}
		recs[a.ID] = a
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return db, recs
}

func TestFaults(t *testing.T) {
	faults := standardFaults(t)
	s := newFaultSite(t, faults)

	stop := make(chan struct{})
	peak := peakHeap(stop)
	start := time.Now()
	path, tot, logs := crawlSite(t, s.srv.URL+"/", crawlConfig{maxDepth: 5, parallelism: 8})
	close(stop)
	peakBytes := <-peak
	t.Logf("crawl of %d fault pages took %s: %+v; peak heap %d MB", len(faults), time.Since(start).Round(time.Millisecond), tot, peakBytes>>20)
	if strings.Contains(logs, "panic") {
		t.Errorf("the crawl logged a panic:\n%s", logs)
	}

	db, recs := openStored(t, path)
	byTitle := map[string]kabar.Article{}
	for _, a := range recs {
		if prev, dup := byTitle[a.Title]; dup {
			t.Errorf("title %q stored twice: %s and %s", a.Title, prev.URL, a.URL)
		}
		byTitle[a.Title] = a
	}
	// The healthy pages are all there, intact.
	for i, p := range s.ok {
		a, ok := byTitle[okTitle(i)]
		if !ok {
			t.Errorf("healthy page %s not stored", p)
			continue
		}
		if want := articleText(i, 5)[4]; !strings.Contains(a.Text, want) {
			t.Errorf("healthy page %s text lacks its last paragraph %q:\n%s", p, want, a.Text)
		}
		if n := s.hit(p); n != 1 {
			t.Errorf("healthy page %s fetched %d times", p, n)
		}
	}
	base := s.srv.URL
	open := 0
	for _, f := range faults {
		u := base + f.path
		fl, failed, err := db.Failure(u)
		if err != nil {
			t.Fatal(err)
		}
		isOpen := failed && fl.ResolvedAt.IsZero()
		if isOpen {
			open++
		}
		switch {
		case f.stored != "":
			a, ok := byTitle[f.stored]
			if !ok {
				t.Errorf("%s (%s): no record titled %q; failure %+v", f.path, f.what, f.stored, fl)
				break
			}
			if isOpen {
				t.Errorf("%s (%s): stored, yet an open failure is recorded: %+v", f.path, f.what, fl)
			}
			for _, want := range f.text {
				if !strings.Contains(a.Text, want) {
					t.Errorf("%s (%s): text lacks %q (mojibake?):\n%s", f.path, f.what, want, a.Text)
				}
			}
			if strings.ContainsAny(a.Text+a.Title, "\ufffd") || strings.Contains(a.Text, "Ã") || strings.Contains(a.Text, "â€") {
				t.Errorf("%s (%s): text holds mojibake or replacement characters: %.300q", f.path, f.what, a.Text)
			}
		default:
			if !isOpen {
				t.Errorf("%s (%s): want an open failure with reason containing %q, store has %+v (recorded %v)", f.path, f.what, f.reason, fl, failed)
				break
			}
			if fl.Reason != f.reason {
				t.Errorf("%s (%s): failure reason %q, want %q", f.path, f.what, fl.Reason, f.reason)
			}
		}
		if f.maxHits > 0 && s.hit(f.path) > f.maxHits {
			t.Errorf("%s (%s): requested %d times, want at most %d", f.path, f.what, s.hit(f.path), f.maxHits)
		}
	}
	// Retry-After is obeyed: the second request waits as long as asked.
	for path, wait := range map[string]time.Duration{"/ratelimited.html": 3 * time.Second, "/unavailable.html": 3 * time.Second} {
		if ts := s.timesOf(path); len(ts) >= 2 && ts[1].Sub(ts[0]) < wait {
			t.Errorf("%s retried after %s, before its Retry-After of %s", path, ts[1].Sub(ts[0]), wait)
		}
	}
	// The big pages were cut off near the size cap, not read to the end.
	for _, f := range faults {
		if f.sent == nil {
			continue
		}
		if n := f.sent.Load(); n > 30<<20 {
			t.Errorf("%s: the server sent %d MB before the crawler let go; want at most 30 MB (cap 10 MB)", f.path, n>>20)
		}
	}
	// Memory stays bounded: neither the bomb (200 MB inflated) nor a 50 MB
	// page (plus its DOM) may be held whole. Two 10 MB bodies at the cap and
	// their DOMs, with garbage not yet collected, stay well under the bound.
	if peakBytes > 200<<20 {
		t.Errorf("peak heap %d MB during the fault crawl, want under 200 MB", peakBytes>>20)
	}
	// kabar stats shows the outcomes, grouped by a reason that names the
	// cause, not the page (store.Failure.Reason: "short, stable").
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	for reason := range st.FailuresByReason {
		if strings.Contains(reason, s.srv.Listener.Addr().String()) || strings.Contains(reason, "127.0.0.1:") {
			t.Errorf("failure reason %q names a page or a connection: stats cannot group by it", reason)
		}
	}
	if st.Failures != open {
		t.Errorf("stats counts %d open failures, the fault pages have %d", st.Failures, open)
	}
	db.Close()
	code, out, errOut := kabarRun(t, "stats", "--db", path)
	if code != exitOK {
		t.Fatalf("kabar stats exit %d: %s", code, errOut)
	}
	if want := fmt.Sprintf("articles %d, crawl runs 1, failed pages %d", len(recs), open); !strings.Contains(out, want) {
		t.Errorf("kabar stats does not say %q:\n%s", want, out)
	}
	t.Logf("kabar stats:\n%s", out)
}

// TestFaultSlowDrip serves a page one byte per second, for ever: the
// request timeout (30 s) must cut it off, the retries too, and the crawl must
// finish with the page recorded as failed while the other pages are stored.
// It takes about 100 s, so it runs only with KABAR_TEST_SLOW=1 (make
// test-faults).
func TestFaultSlowDrip(t *testing.T) {
	if os.Getenv("KABAR_TEST_SLOW") == "" {
		t.Skip("takes about 100 s (three attempts of 30 s); set KABAR_TEST_SLOW=1 or run make test-faults")
	}
	drip := fault{path: "/drip.html", what: "a slow drip, one byte per second, never ending",
		serve: func(w http.ResponseWriter, r *http.Request, hit int) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			rc := http.NewResponseController(w)
			for {
				if _, err := w.Write([]byte("<")); err != nil {
					return
				}
				rc.Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(time.Second):
				}
			}
		},
		reason: "timeout", maxHits: 3}
	s := newFaultSite(t, []fault{drip})
	path, tot, _ := crawlSite(t, s.srv.URL+"/", crawlConfig{maxDepth: 5, parallelism: 2})
	t.Logf("summary %+v", tot)
	db, recs := openStored(t, path)
	if len(recs) != okArticles {
		t.Errorf("%d records stored, want the %d healthy pages", len(recs), okArticles)
	}
	fl, ok, err := db.Failure(s.srv.URL + drip.path)
	if err != nil || !ok {
		t.Fatalf("no failure recorded for the drip page (%v)", err)
	}
	if fl.Reason != drip.reason {
		t.Errorf("drip page failure reason %q, want %q", fl.Reason, drip.reason)
	}
	if n := s.hit(drip.path); n != 3 {
		t.Errorf("drip page requested %d times, want 3 (first attempt and two retries)", n)
	}
}

// TestFaultLongRetryAfter serves a 503 whose Retry-After asks for an
// hour, on a host of its own beside a healthy one: the crawl must not retry
// it, must send that host nothing more for the rest of the run (Retry-After
// speaks for the server), must record the page, and must crawl the other
// host in full.
func TestFaultLongRetryAfter(t *testing.T) {
	var (
		mu      sync.Mutex
		closed  time.Time // when the 503 was sent
		after   []string  // requests to the busy host after it
		busyHit int
	)
	busy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if !closed.IsZero() {
			after = append(after, r.URL.Path)
		}
		switch r.URL.Path {
		case "/robots.txt":
			io.WriteString(w, "User-agent: *\nAllow: /\n")
		case "/":
			htmlOK(w, `<html><body><a href="/busy.html">busy</a> <a href="/later-1.html">1</a> <a href="/later-2.html">2</a></body></html>`)
		case "/busy.html":
			busyHit++
			closed = time.Now()
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "come back in an hour", http.StatusServiceUnavailable)
		default:
			htmlOK(w, articlePage("Busy host page "+r.URL.Path, "", articleText(150+len(after), 5)))
		}
	}))
	t.Cleanup(busy.Close)
	healthy := newFaultSite(t, nil)
	path := filepath.Join(t.TempDir(), "busy.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	tot, err := crawl(context.Background(), e, db, crawlConfig{db: path, maxDepth: 5, parallelism: 1}, []string{busy.URL + "/", healthy.srv.URL + "/"})
	db.Close()
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	t.Logf("summary %+v", tot.Summary)
	sdb, recs := openStored(t, path)
	stored := 0
	for _, a := range recs {
		if strings.HasPrefix(a.Title, "Healthy article") {
			stored++
		}
	}
	if stored != okArticles {
		t.Errorf("%d of the healthy host's %d articles stored", stored, okArticles)
	}
	fl, ok, err := sdb.Failure(busy.URL + "/busy.html")
	if err != nil || !ok || fl.Reason != "http 503" {
		t.Errorf("busy page: failure %+v recorded %v (%v), want one naming the 503", fl, ok, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if busyHit != 1 {
		t.Errorf("busy page requested %d times, want once (no retry within an hour)", busyHit)
	}
	if len(after) > 0 {
		t.Errorf("the host that asked for an hour's pause got %d more requests: %v", len(after), after)
	}
}

// proxySite is a loopback server that answers as many made-up hosts:
// kabar is pointed at it with HTTP_PROXY, so that host names (IDN,
// mixed case, public-looking domains) reach loopback without DNS.
type proxySite struct {
	srv  *httptest.Server
	mu   sync.Mutex
	hits map[string]int // host + path
}

func newProxySite(t *testing.T, pages map[string]string) *proxySite {
	t.Helper()
	p := &proxySite{hits: map[string]int{}}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := strings.ToLower(r.Host) + r.URL.Path
		p.mu.Lock()
		p.hits[key]++
		p.mu.Unlock()
		if strings.HasSuffix(r.URL.Path, "/robots.txt") {
			io.WriteString(w, "User-agent: *\nAllow: /\n")
			return
		}
		body, ok := pages[key]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if loc, ok := strings.CutPrefix(body, "REDIRECT "); ok {
			http.Redirect(w, r, loc, http.StatusFound)
			return
		}
		htmlOK(w, body)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *proxySite) hit(key string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hits[key]
}

// runProxied runs the kabar binary with HTTP_PROXY pointing at p.
func runProxied(t *testing.T, p *proxySite, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(kabarBinary(t), args...)
	cmd.Env = append(os.Environ(), "HTTP_PROXY="+p.srv.URL, "http_proxy="+p.srv.URL, "NO_PROXY=", "no_proxy=")
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("run kabar: %v", err)
		}
		code = ee.ExitCode()
	}
	return code, string(out)
}

// TestFaultHostNames crawls an IDN host and a mixed-case host (through a
// loopback proxy, since tests have no DNS): each page is fetched once under
// its ASCII, lower-case name and stored under it.
func TestFaultHostNames(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kabar binary; run without -short")
	}
	pages := map[string]string{
		"berita.test/": `<html><body><h1>Berita</h1>
			<a href="http://BERITA.Test/a1.html">one</a> <a href="http://berita.test/a1.html">one again</a>
			<a href="HTTP://Berita.TEST:80/a2.html">two</a> <a href="/a3.html">three</a>
			<a href="http://lain.test/x.html">another site</a>
			<a href="/pergi.html">redirect away</a></body></html>`,
		"berita.test/a1.html":    articlePage("Mixed case host one", "", articleText(201, 5)),
		"berita.test/a2.html":    articlePage("Mixed case host two", "", articleText(202, 5)),
		"berita.test/a3.html":    articlePage("Mixed case host three", "", articleText(203, 5)),
		"berita.test/pergi.html": "REDIRECT http://lain.test/y.html",
		"xn--bcher-kva.test/": `<html><body><h1>Bücher</h1>
			<a href="http://BÜCHER.test/b1.html">one</a> <a href="http://xn--bcher-kva.test/b1.html">one again</a>
			<a href="http://bücher.test/b2.html">two</a></body></html>`,
		"xn--bcher-kva.test/b1.html": articlePage("Internationalised host one", "", articleText(204, 5)),
		"xn--bcher-kva.test/b2.html": articlePage("Internationalised host two", "", articleText(205, 5)),
	}
	p := newProxySite(t, pages)
	db := filepath.Join(t.TempDir(), "hosts.db")
	code, out := runProxied(t, p, "crawl", "--db", db, "--delay", "0", "--parallelism", "2", "http://Berita.TEST/", "http://BÜCHER.test/")
	if code != exitFetchErrors { // the redirect away is a failed page
		t.Fatalf("crawl exit %d, want %d:\n%s", code, exitFetchErrors, out)
	}
	for key, want := range map[string]int{
		"berita.test/a1.html": 1, "berita.test/a2.html": 1, "berita.test/a3.html": 1,
		"xn--bcher-kva.test/b1.html": 1, "xn--bcher-kva.test/b2.html": 1,
		"lain.test/x.html": 0, "lain.test/y.html": 0,
	} {
		if n := p.hit(key); n != want {
			t.Errorf("%s requested %d times, want %d", key, n, want)
		}
	}
	sdb, recs := openStored(t, db)
	got := map[string]bool{}
	for _, a := range recs {
		got[a.CanonicalURL] = true
	}
	for _, u := range []string{"http://berita.test/a1.html", "http://berita.test/a2.html", "http://berita.test/a3.html",
		"http://xn--bcher-kva.test/b1.html", "http://xn--bcher-kva.test/b2.html"} {
		if !got[u] {
			t.Errorf("no record with canonical URL %s; have %v", u, got)
		}
	}
	if len(recs) != 5 {
		t.Errorf("%d records, want 5", len(recs))
	}
	fl, ok, err := sdb.Failure("http://berita.test/pergi.html")
	if err != nil || !ok || fl.Reason != "redirect out of scope" {
		t.Errorf("redirect to another .test site: failure %+v recorded %v (%v), want one naming the scope", fl, ok, err)
	}
}
