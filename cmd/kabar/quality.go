package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kabar-news/kabar/store"
)

// errCoverage marks a run whose report found a site whose extraction
// coverage collapsed from its own history (see store.Quality); the command
// exits with exitFetchErrors (3), as for a crawl that finished with
// problems, after naming the sites on stderr.
var errCoverage = errors.New("extraction coverage collapsed on some sites (see above)")

// reportCollapses writes one line per site whose coverage collapsed to w
// and returns errCoverage when there was one.
func reportCollapses(w io.Writer, qs []store.SiteQuality) error {
	n := 0
	for _, q := range qs {
		if len(q.Collapsed) == 0 {
			continue
		}
		n++
		fmt.Fprintf(w, "kabar: site %s: coverage fell on its %d recent records from its %d earlier ones: %s (a redesign? check its pages, then kabar reextract)\n",
			q.Site, q.Recent.Records, q.History.Records, strings.Join(q.Collapsed, ", "))
	}
	if n > 0 {
		return errCoverage
	}
	return nil
}

// checkCrawlCoverage reports the sites whose records fetched since started
// (this crawl's) lost coverage against the same sites' earlier records.
func checkCrawlCoverage(ctx context.Context, e *env, db *store.DB, started time.Time) error {
	qs, err := db.Quality(ctx, store.QualityOptions{Since: started})
	if err != nil {
		return err
	}
	return reportCollapses(e.stderr, qs)
}

// printQuality prints the per-site table of kabar stats.
func printQuality(w io.Writer, qs []store.SiteQuality) {
	if len(qs) == 0 {
		return
	}
	fmt.Fprintf(w, "quality by site (share of records with each field; mean confidence):\n")
	fmt.Fprintf(w, "  %-32s %8s %8s %8s %8s %8s %10s\n", "site", "records", "authors", "date", "dateline", "quotes", "confidence")
	for _, q := range qs {
		c := q.All
		fmt.Fprintf(w, "  %-32s %8d %8.2f %8.2f %8.2f %8.2f %10.2f\n", q.Site, c.Records, c.Authors, c.Date, c.Dateline, c.Quotes, c.Confidence)
		if len(q.Collapsed) > 0 {
			fmt.Fprintf(w, "  %-32s recent %d records vs %d earlier: %s\n", "", q.Recent.Records, q.History.Records, strings.Join(q.Collapsed, ", "))
		}
	}
}
