package main

import (
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/normalize"
)

// pipeline is the pure part of kabar, shared by crawl, extract and demo:
// one page's bytes in, one record out.
type pipeline struct {
	noRules bool
}

// process extracts and normalises one page. When the page cannot be
// extracted it returns a record that names the page and carries the error,
// together with the error itself.
func (p pipeline) process(raw []byte, pageURL, contentType string, fetchedAt time.Time) (kabar.Article, *extract.Page, error) {
	page, err := extract.Extract(raw, pageURL, extract.Options{ContentType: contentType, NoRules: p.noRules})
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
