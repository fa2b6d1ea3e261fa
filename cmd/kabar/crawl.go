package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/crawler"
	"github.com/kabar-news/kabar/store"
)

// crawlConfig holds the crawl flags; demo fills it in code.
type crawlConfig struct {
	db           string
	maxPages     int
	maxDepth     int
	delay        time.Duration
	parallelism  int
	userAgent    string
	ignoreRobots bool
	noRules      bool
	quiet        bool
}

func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("crawl", "[flags] SEED...",
		"Crawls from home or section pages, follows links within each seed's site, tells\n"+
			"article pages from index pages, and extracts, normalises and stores each article.\n"+
			"Articles already in the store are not fetched again. robots.txt is obeyed.")
	var c crawlConfig
	fs.StringVar(&c.db, "db", "kabar.db", "the store `PATH`")
	fs.IntVar(&c.maxPages, "max-pages", 0, "stop after fetching `N` pages (0: no limit)")
	fs.IntVar(&c.maxDepth, "max-depth", 5, "follow links at most `N` steps from a seed")
	fs.DurationVar(&c.delay, "delay", time.Second, "wait at least this long between requests to one host")
	fs.IntVar(&c.parallelism, "parallelism", 2, "requests in flight per host")
	fs.StringVar(&c.userAgent, "user-agent", "", "the User-Agent header (default names kabar and its home page)")
	fs.BoolVar(&c.ignoreRobots, "ignore-robots", false, "do not obey robots.txt (impolite; logged)")
	rules := fs.String("rules", "all", "site rules to use: all or none")
	fs.BoolVar(&c.quiet, "quiet", false, "print nothing but errors (for cron)")
	seeds, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(seeds) == 0 {
		return usagef("no seed URLs given")
	}
	if *rules != "all" && *rules != "none" {
		return usagef("--rules must be all or none, not %q", *rules)
	}
	c.noRules = *rules == "none"
	if c.maxPages < 0 || c.maxDepth < 0 || c.parallelism < 1 || c.delay < 0 {
		return usagef("--max-pages, --max-depth and --delay must not be negative, --parallelism at least 1")
	}
	for _, s := range seeds {
		if _, err := crawler.Canonical(s); err != nil || !(strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) {
			return usagef("seed %q is not an http or https URL", s)
		}
	}
	db, err := store.Open(c.db, store.WithLockTimeout(time.Second))
	if err != nil {
		return err
	}
	sum, err := crawl(ctx, e, db, c, seeds)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close store %s: %w", c.db, cerr)
	}
	if !c.quiet || err != nil {
		printSummary(e.stdout, sum)
	}
	return err
}

// crawlTotals are the counts the summary prints.
type crawlTotals struct {
	crawler.Summary
	created, updated, unchanged int
}

// crawl runs one crawl into an open store.
func crawl(ctx context.Context, e *env, db *store.DB, c crawlConfig, seeds []string) (crawlTotals, error) {
	var t crawlTotals
	p := pipeline{noRules: c.noRules}
	handle := func(ctx context.Context, pg *crawler.Page) (crawler.Outcome, error) {
		u := pg.FinalURL
		if u == "" {
			u = pg.URL
		}
		a, page, err := p.process(pg.Body, u, pg.Header.Get("Content-Type"), pg.FetchedAt)
		if err != nil {
			return crawler.Skipped, err
		}
		if !page.IsArticle {
			return crawler.Index, nil
		}
		res, err := db.Put(a, &store.RawPage{URL: pg.URL, FinalURL: pg.FinalURL, Status: pg.Status, Header: pg.Header, Body: pg.Body, FetchedAt: pg.FetchedAt})
		if err != nil {
			return crawler.Skipped, fmt.Errorf("store %s: %w", u, err)
		}
		switch res {
		case store.Created:
			t.created++
		case store.Updated:
			t.updated++
		default:
			t.unchanged++
		}
		return crawler.Article, nil
	}
	onFailure := func(u string, status int, err error) {
		reason := "error"
		if err != nil {
			reason = err.Error()
		}
		if perr := db.PutFailure(u, status, reason, time.Now()); perr != nil {
			e.log.Error("record failure", "url", u, "err", perr)
		}
	}
	skip := func(u string) bool {
		ok, err := db.HasURL(u)
		return err == nil && ok
	}
	opts := []crawler.Option{
		crawler.WithHandler(handle),
		crawler.WithMaxPages(c.maxPages),
		crawler.WithMaxDepth(c.maxDepth),
		crawler.WithDelay(c.delay),
		crawler.WithParallelism(c.parallelism),
		crawler.WithIgnoreRobots(c.ignoreRobots),
		crawler.WithLogger(e.log),
		crawler.WithSkip(skip),
		crawler.WithOnFailure(onFailure),
	}
	if c.userAgent != "" {
		opts = append(opts, crawler.WithUserAgent(c.userAgent))
	}
	cr, err := crawler.New(opts...)
	if err != nil {
		return t, err
	}
	sum, err := cr.Run(ctx, seeds...)
	t.Summary = sum
	run := store.Run{Started: sum.Started, Finished: sum.Finished, Seeds: seeds, Fetched: sum.Fetched, Articles: sum.Articles, Index: sum.Index, Errors: sum.Errors}
	if perr := db.PutRun(run); perr != nil {
		err = errors.Join(err, perr)
	}
	return t, err
}

func printSummary(w io.Writer, t crawlTotals) {
	fmt.Fprintf(w, "pages fetched %d, articles %d (new %d, changed %d, unchanged %d), index pages %d, skipped %d, errors %d, robots.txt denied %d, in %s\n",
		t.Fetched, t.Articles, t.created, t.updated, t.unchanged, t.Index, t.Skipped, t.Errors, t.RobotsDenied,
		t.Finished.Sub(t.Started).Round(time.Millisecond))
}

var _ = kabar.Version
