package ingest

import (
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/normalize"
)

// Process is the pure part of kabar, shared by crawl, extract, ingest and
// the distributed worker: one page's bytes in, one record out. When the
// page cannot be extracted it returns a record that names the page and
// carries the error, together with the error itself.
func Process(raw []byte, pageURL string, opts extract.Options, fetchedAt time.Time) (kabar.Article, *extract.Page, error) {
	page, err := extract.Extract(raw, pageURL, opts)
	if err != nil {
		a := kabar.Article{URL: pageURL, FetchedAt: fetchedAt, Error: err.Error()}
		if pageURL != "" {
			a.ID = normalize.ID(pageURL)
		}
		return a, nil, err
	}
	a := normalize.Normalize(page, normalize.Options{FetchedAt: fetchedAt, Version: kabar.Version})
	return a, page, nil
}
