package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func openBolt(t *testing.T, path string) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// checkBolt runs bbolt's consistency check.
func checkBolt(t *testing.T, db *bolt.DB) {
	t.Helper()
	err := db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	})
	if err != nil {
		t.Errorf("bbolt file inconsistent: %v", err)
	}
}

// newsPaths are the pages a whole crawl of newsSite fetches.
var newsPaths = []string{
	"/", "/artikel/2024/01/dua", "/artikel/2024/01/satu", "/artikel/2024/01/tiga",
	"/berita/", "/olahraga/", "/rusak", "/tentang", "/unduh", "/video/klip",
}

func TestFrontierResumesStoppedCrawl(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	db := openBolt(t, filepath.Join(t.TempDir(), "f.db"))
	defer db.Close()

	first := newTestCrawler(t, WithFrontierDB(db), WithMaxPages(4))
	sum1, err := first.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	second := newTestCrawler(t, WithFrontierDB(db))
	sum2, err := second.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	if got := site.paths(); !slices.Equal(got, newsPaths) {
		t.Errorf("two runs fetched:\n got %q\nwant %q", got, newsPaths)
	}
	for _, p := range newsPaths {
		if n := site.count(p); n != 1 {
			t.Errorf("%s fetched %d times over the two runs, want once", p, n)
		}
	}
	if sum1.Fetched != 4 || sum1.Fetched+sum2.Fetched != len(newsPaths) {
		t.Errorf("fetched %d then %d, want 4 then %d", sum1.Fetched, sum2.Fetched, len(newsPaths)-4)
	}
	checkBolt(t, db)
}

func TestFrontierFinishedCrawlStartsOver(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	db := openBolt(t, filepath.Join(t.TempDir(), "f.db"))
	defer db.Close()
	if _, err := newTestCrawler(t, WithFrontierDB(db)).Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	// The next run (cron, an hour later) fetches the seed and index pages
	// again, but not the articles the store already has.
	stored := func(u string) bool { return strings.Contains(u, "/artikel/") }
	if _, err := newTestCrawler(t, WithFrontierDB(db), WithSkip(stored)).Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	if site.count("/") != 2 || site.count("/berita/") != 2 {
		t.Errorf("second run: home fetched %d times, section %d; want 2 each", site.count("/"), site.count("/berita/"))
	}
	if n := site.count("/artikel/2024/01/satu"); n != 1 {
		t.Errorf("stored article fetched %d times, want once", n)
	}
}

func TestFrontierFresh(t *testing.T) {
	site := newsSite(t, "http://127.0.0.1:1")
	db := openBolt(t, filepath.Join(t.TempDir(), "f.db"))
	defer db.Close()
	if _, err := newTestCrawler(t, WithFrontierDB(db), WithMaxPages(2)).Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	if _, err := newTestCrawler(t, WithFrontierDB(db), WithFresh(true), WithMaxPages(1)).Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	if n := site.count("/"); n != 2 {
		t.Errorf("with WithFresh the seed was fetched %d times in all, want 2", n)
	}
}

func TestFrontierInterruptedPageStaysQueued(t *testing.T) {
	var mu sync.Mutex
	hangs := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Path == "/lambat" {
			mu.Lock()
			hangs++
			first := hangs == 1
			mu.Unlock()
			if first {
				<-r.Context().Done() // the first time, never answer
				return
			}
		}
		fmt.Fprint(w, html("x", "/lambat").body)
	}))
	defer srv.Close()
	db := openBolt(t, filepath.Join(t.TempDir(), "f.db"))
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for {
			mu.Lock()
			h := hangs
			mu.Unlock()
			if h > 0 {
				cancel()
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	_, err := newTestCrawler(t, WithFrontierDB(db), WithStopGrace(50*time.Millisecond)).Run(ctx, srv.URL+"/")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("first run: %v, want context.Canceled", err)
	}
	h := &byPath{}
	if _, err := newTestCrawler(t, WithFrontierDB(db), WithHandler(h.handle)).Run(context.Background(), srv.URL+"/"); err != nil {
		t.Fatal(err)
	}
	if h.page(srv.URL+"/lambat") == nil {
		t.Error("page cut off by the stop was not fetched by the next run")
	}
}

// TestFrontierSurvivesSIGKILL kills a crawl (this test binary, re-run as
// a child) part-way with SIGKILL, several times, then lets one finish, and
// checks that every page was fetched, none more than the pages in flight
// at each kill, and the file is sound.
func TestFrontierSurvivesSIGKILL(t *testing.T) {
	if os.Getenv("KABAR_CRAWL_CHILD") != "" {
		crawlChild(t)
		return
	}
	if testing.Short() {
		t.Skip("subprocess test")
	}
	const pages = 60
	var mu sync.Mutex
	hits := map[string]int{}
	total := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		hits[r.URL.Path]++
		total++
		mu.Unlock()
		var n int
		fmt.Sscanf(r.URL.Path, "/p/%d", &n)
		w.Header().Set("Content-Type", "text/html")
		var links []string
		for k := 1; k <= 3; k++ {
			if m := 3*n + k; m < pages {
				links = append(links, fmt.Sprintf("/p/%d", m))
			}
		}
		fmt.Fprint(w, html("p", links...).body)
	}))
	defer srv.Close()
	dbPath := filepath.Join(t.TempDir(), "f.db")
	const par = 2
	kills := 0
	for _, after := range []int{5, 15, 30} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFrontierSurvivesSIGKILL$")
		cmd.Env = append(os.Environ(), "KABAR_CRAWL_CHILD=1", "KABAR_CRAWL_SEED="+srv.URL+"/p/0", "KABAR_CRAWL_DB="+dbPath)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(30 * time.Second)
		for {
			mu.Lock()
			n := total
			mu.Unlock()
			if n >= after || time.Now().After(deadline) {
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
		cmd.Process.Kill() // SIGKILL
		cmd.Wait()
		kills++
	}
	// The last run, uninterrupted, in this process.
	db := openBolt(t, dbPath)
	defer db.Close()
	checkBolt(t, db)
	if _, err := newTestCrawler(t, WithFrontierDB(db), WithParallelism(par)).Run(context.Background(), srv.URL+"/p/0"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	again := 0
	for i := range pages {
		n := hits[fmt.Sprintf("/p/%d", i)]
		if n == 0 {
			t.Errorf("/p/%d never fetched after %d kills", i, kills)
		}
		again += max(n-1, 0)
	}
	t.Logf("%d requests over %d kills and a last run; %d pages fetched again", total, kills, again)
	// Only pages in flight (or fetched but not yet committed) when a kill
	// came may be fetched again.
	if again > kills*(par+1) {
		t.Errorf("%d pages fetched more than once over %d kills, want at most %d", again, kills, kills*(par+1))
	}
	checkBolt(t, db)
}

// crawlChild is the crawl that TestFrontierSurvivesSIGKILL kills.
func crawlChild(t *testing.T) {
	db := openBolt(t, os.Getenv("KABAR_CRAWL_DB"))
	defer db.Close()
	c := newTestCrawler(t, WithFrontierDB(db), WithParallelism(2), WithDelay(5*time.Millisecond))
	c.Run(context.Background(), os.Getenv("KABAR_CRAWL_SEED"))
}

func TestConditionalFeedRequests(t *testing.T) {
	var (
		mu      sync.Mutex
		version = "v1"
		entries = []string{"/artikel/satu"}
		hits    = map[string]int{}
		asked   []string // If-None-Match of each sitemap request
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		hits[r.URL.Path]++
		switch {
		case r.URL.Path == "/peta.xml":
			asked = append(asked, r.Header.Get("If-None-Match"))
			etag := `"` + version + `"`
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, "<urlset>")
			for _, e := range entries {
				fmt.Fprintf(w, "<url><loc>http://%s%s</loc></url>", r.Host, e)
			}
			fmt.Fprint(w, "</urlset>")
		case strings.HasPrefix(r.URL.Path, "/artikel/"):
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, html(r.URL.Path).body)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := openBolt(t, filepath.Join(t.TempDir(), "f.db"))
	defer db.Close()
	crawl := func() Summary {
		t.Helper()
		sum, err := newTestCrawler(t, WithFrontierDB(db)).Run(context.Background(), srv.URL+"/peta.xml")
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	crawl()
	sum := crawl() // unchanged: one 304, nothing else
	mu.Lock()
	if hits["/artikel/satu"] != 1 || sum.NotModified != 1 || sum.Fetched != 1 {
		t.Errorf("unchanged sitemap: article fetched %d times, summary %+v; want once, 1 not modified", hits["/artikel/satu"], sum)
	}
	version, entries = "v2", append(entries, "/artikel/dua")
	mu.Unlock()
	crawl() // changed: fetched again, the new article with it
	mu.Lock()
	defer mu.Unlock()
	if hits["/artikel/dua"] != 1 {
		t.Errorf("new article in a changed sitemap fetched %d times, want once", hits["/artikel/dua"])
	}
	if want := []string{"", `"v1"`, `"v1"`}; !slices.Equal(asked, want) {
		t.Errorf("If-None-Match sent: %q, want %q", asked, want)
	}
}
