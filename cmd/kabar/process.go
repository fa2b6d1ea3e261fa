package main

import (
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/ingest"
)

// pipeline is the pure part of kabar, shared by crawl, extract and demo:
// one page's bytes in, one record out (ingest.Process, which ingest and
// the distributed worker call directly).
type pipeline struct {
	noRules bool
}

// process extracts and normalises one page; see ingest.Process.
func (p pipeline) process(raw []byte, pageURL, contentType string, fetchedAt time.Time) (kabar.Article, *extract.Page, error) {
	return ingest.Process(raw, pageURL, contentType, fetchedAt, p.noRules)
}
