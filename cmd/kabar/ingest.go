package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/kabar-news/kabar/crawler"
	"github.com/kabar-news/kabar/ingest"
	"github.com/kabar-news/kabar/store"
)

// ingestConfig holds the ingest flags: the store and the ingest.Config.
type ingestConfig struct {
	db    string
	quiet bool
	ingest.Config
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("ingest", "[flags] FILE.warc[.gz]...",
		"Reads WARC files (such as Common Crawl's CC-NEWS), extracts every HTML response\n"+
			"as a crawl would, and stores the articles; fetched_at is the record's WARC-Date.\n"+
			"Ingesting a file again stores nothing new; an interrupted ingest, run again, goes on\n"+
			"from where it stopped. A damaged file keeps everything before the damage.")
	var c ingestConfig
	fs.StringVar(&c.db, "db", "kabar.db", "the store `PATH`")
	site := fs.String("site", "", "only pages of these `DOMAIN`s (comma-separated; subdomains included)")
	since := fs.String("since", "", "only records captured on or after this `DATE` (WARC-Date; 2006-01-02 or RFC 3339)")
	until := fs.String("until", "", "only records captured before this `DATE`")
	fs.StringVar(&c.Lang, "lang", "", "only store articles in this language (two-letter `CODE`)")
	fs.IntVar(&c.Parallelism, "parallelism", runtime.GOMAXPROCS(0), "pages extracted at once")
	rules := addRulesFlag(fs)
	fs.BoolVar(&c.quiet, "quiet", false, "print nothing but errors (for cron)")
	fs.Int64Var(&c.MaxPageSize, "max-page-size", crawler.DefaultMaxBodySize, "skip a page larger than this many `BYTES` once decoded")
	fs.BoolVar(&c.FromStart, "from-start", false, "read every file from its start, ignoring how far earlier runs got")
	qf := addQueueFlags(fs, false)
	files, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("no WARC files given")
	}
	if qf.url != "" {
		return enqueue(ctx, e, qf, files, c.quiet)
	}
	if c.Since, err = parseDate("--since", *since); err != nil {
		return err
	}
	if c.Until, err = parseDate("--until", *until); err != nil {
		return err
	}
	for _, s := range strings.Split(*site, ",") {
		if s = strings.Trim(strings.TrimSpace(strings.ToLower(s)), "."); s != "" {
			c.Sites = append(c.Sites, s)
		}
	}
	c.Lang = strings.ToLower(c.Lang)
	pipe, err := rules.pipeline()
	if err != nil {
		return err
	}
	c.NoRules, c.SiteConfigs = pipe.noRules, pipe.siteConfigs
	if c.Parallelism < 1 || c.MaxPageSize < 1 {
		return usagef("--parallelism and --max-page-size must be at least 1")
	}
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil {
			return fmt.Errorf("read %s: %w", f, errors.Unwrap(err))
		} else if fi.IsDir() {
			return fmt.Errorf("read %s: is a folder, not a WARC file", f)
		}
	}
	db, err := store.Open(c.db, store.WithLockTimeout(time.Second))
	if err != nil {
		return err
	}
	c.Log = e.log
	if !c.quiet {
		c.Progress = e.stderr
	}
	t, err := ingest.Files(ctx, db, c.Config, files)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close store %s: %w", c.db, cerr)
	}
	if !c.quiet || err != nil {
		fmt.Fprintln(e.stdout, t.Summary())
	}
	return err
}
