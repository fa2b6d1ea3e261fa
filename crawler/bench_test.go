package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkCrawl crawls a generated loopback site of 2,000 pages with no
// delay: the crawler's own ceiling, with a Handler that does nothing. Run
// with: go test -run '^$' -bench Crawl ./crawler/
func BenchmarkCrawl(b *testing.B) {
	const pages = 2000
	body := func(n int) string {
		var sb strings.Builder
		sb.WriteString("<!doctype html><html><head><title>p</title></head><body>")
		sb.WriteString(strings.Repeat("<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>", 40))
		for k := 1; k <= 5; k++ {
			fmt.Fprintf(&sb, `<a href="/artikel/%d">x</a>`, (n*5+k)%pages)
		}
		sb.WriteString(`<a href="/">home</a></body></html>`)
		return sb.String()
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		if r.URL.Path != "/" {
			if _, err := fmt.Sscanf(r.URL.Path, "/artikel/%d", &n); err != nil {
				http.NotFound(w, r)
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body(n))
	}))
	defer srv.Close()
	for _, frontier := range []string{"memory", "bbolt"} {
		b.Run("frontier="+frontier, func(b *testing.B) {
			for b.Loop() {
				opts := []Option{WithDelay(0), WithParallelism(8), WithLogger(testLogger(nil))}
				if frontier == "bbolt" {
					db, err := bolt.Open(filepath.Join(b.TempDir(), "f.db"), 0o600, nil)
					if err != nil {
						b.Fatal(err)
					}
					defer db.Close()
					opts = append(opts, WithFrontierDB(db))
				}
				c, err := New(opts...)
				if err != nil {
					b.Fatal(err)
				}
				sum, err := c.Run(context.Background(), srv.URL+"/")
				if err != nil {
					b.Fatal(err)
				}
				if sum.Index < pages {
					b.Fatalf("crawled %d pages, want %d", sum.Index, pages)
				}
				b.ReportMetric(float64(sum.Index)/sum.Finished.Sub(sum.Started).Seconds(), "pages/s")
			}
		})
	}
}
