package crawler_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"

	"github.com/kabar-news/kabar/crawler"
)

// The command line wires the crawler to extraction and the store through
// callbacks; here a Handler that calls every page under /artikel/ an
// article stands in for them.
func Example() {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<a href="/artikel/1?utm_source=home">1</a> <a href="/artikel/2">2</a> <a href="https://elsewhere.example/">out</a>`)
		case "/artikel/1", "/artikel/2":
			fmt.Fprint(w, `<h1>Judul</h1><a href="/">Beranda</a>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()

	var stored atomic.Int32 // the Handler runs on several goroutines
	c, err := crawler.New(
		crawler.WithDelay(0), // a real site gets the 1s default
		crawler.WithLogger(slog.New(slog.DiscardHandler)),
		crawler.WithHandler(func(ctx context.Context, p *crawler.Page) (crawler.Outcome, error) {
			if !strings.Contains(p.URL, "/artikel/") {
				return crawler.Index, nil
			}
			stored.Add(1) // extract, normalize and store p.Body here
			return crawler.Article, nil
		}),
		crawler.WithOnFailure(func(url string, status int, err error) {
			fmt.Println("failed:", status, err)
		}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	sum, err := c.Run(context.Background(), site.URL+"/")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("fetched %d, articles %d, index %d, stored %d\n", sum.Fetched, sum.Articles, sum.Index, stored.Load())
	// Output: fetched 3, articles 2, index 1, stored 2
}

func ExampleCanonical() {
	u, _ := crawler.Canonical("HTTPS://www.Tribunnews.com:443/internasional/2022/11/30/sekjen-nato?utm_source=wa&page=all#komentar")
	fmt.Println(u)
	// Output: https://www.tribunnews.com/internasional/2022/11/30/sekjen-nato?page=all
}
