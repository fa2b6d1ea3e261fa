package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/crawler"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/siteconfig"
	"github.com/kabar-news/kabar/normalize"
	"github.com/kabar-news/kabar/queue"
	"github.com/kabar-news/kabar/store"
	"github.com/kabar-news/kabar/warc"
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
	siteConfigs  siteconfig.Stack // --site-config and the bundled snapshot, by --rules
	quiet        bool
	fresh        bool
	since        time.Time
	allow        []string
	lockTimeout  time.Duration
	progress     bool // a live progress line on stderr
	warcDir      string
	warcMaxSize  int64
	// refreshAfter, when positive, makes stored articles last fetched
	// longer ago than this due for fetching again.
	refreshAfter time.Duration
	// timeout and maxPageSize bound one request; 0 leaves the crawler's
	// defaults (demo).
	timeout     time.Duration
	maxPageSize int
	// shared, when set, makes this crawl one worker of a distributed
	// crawl (kabar crawl --queue); report is then told of its progress.
	shared *queue.CrawlFrontier
	report func(p crawler.Progress, stored int64)
}

// errFetchFailures marks a crawl that finished but could not fetch some
// pages; the command exits with exitFetchErrors so cron can tell it from a
// crawl that could not run at all.
var errFetchFailures = errors.New("some pages could not be fetched (see kabar stats)")

// errExtraction marks a page fetched but not extracted, for failureReason.
var errExtraction = errors.New("extraction failed")

func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("crawl", "[flags] SEED...",
		"Crawls from home or section pages, feeds, sitemaps or bare domains, follows links within\n"+
			"each seed's site, tells article pages from index pages, and extracts, normalises and\n"+
			"stores each article. Articles already stored are not fetched again; a crawl that was\n"+
			"killed resumes where it stopped. robots.txt is obeyed.\n\n"+
			"Exit status: 0 done; 1 could not run; 2 bad command line; 3 done, but some pages\n"+
			"failed, or a site's records of this run lost coverage (authors, date, dateline, quotes,\n"+
			"confidence) sharply against its earlier ones (named on stderr); 4 the store is in use\n"+
			"by another kabar; 130 interrupted.\n\n"+
			"With --queue, several workers on any number of machines crawl together: the frontier,\n"+
			"the pages seen and stored, and the seeds are shared on the NATS JetStream server; each\n"+
			"host is crawled by one worker at a time (a lease that a dead worker's hosts lose after\n"+
			"--lease-ttl), so --delay and --parallelism hold across the cluster; each worker stores\n"+
			"into its own --db (read them together with --db 'shards/*.db'). Seeds start a crawl when\n"+
			"none is under way, or join it; a worker given none joins the crawl under way. A worker\n"+
			"exits when nothing is left to fetch anywhere; SIGTERM hands its pages back.")
	var c crawlConfig
	fs.StringVar(&c.db, "db", "kabar.db", "the store `PATH`")
	fs.IntVar(&c.maxPages, "max-pages", 0, "stop after fetching `N` pages (0: no limit)")
	fs.IntVar(&c.maxDepth, "max-depth", 5, "follow links at most `N` steps from a seed")
	fs.DurationVar(&c.delay, "delay", crawler.DefaultDelay, "wait at least this long between requests to one host")
	fs.IntVar(&c.parallelism, "parallelism", 1, "requests in flight per host")
	fs.StringVar(&c.userAgent, "user-agent", crawler.DefaultUserAgent, "the User-Agent header")
	fs.BoolVar(&c.ignoreRobots, "ignore-robots", false, "do not obey robots.txt (impolite; logged)")
	rules := addRulesFlag(fs)
	fs.BoolVar(&c.quiet, "quiet", false, "print nothing but errors (for cron)")
	fs.BoolVar(&c.fresh, "fresh", false, "forget the queue of an unfinished crawl and start from the seeds")
	since := fs.String("since", "", "do not store articles published before this `DATE` (feeds and sitemaps are not followed past it)")
	allow := fs.String("allow-domain", "", "also crawl these `DOMAIN`s (comma-separated; subdomains included)")
	fs.DurationVar(&c.lockTimeout, "lock-timeout", time.Second, "how long to wait for a store another kabar holds")
	fs.StringVar(&c.warcDir, "warc", "", "also archive every page fetched as gzipped WARC files in `DIR`")
	fs.Int64Var(&c.warcMaxSize, "warc-max-size", warc.DefaultMaxSize, "start a new WARC file past this many `BYTES`")
	fs.DurationVar(&c.timeout, "timeout", crawler.DefaultTimeout, "give up on one request after this long, from connecting to the last byte")
	fs.IntVar(&c.maxPageSize, "max-page-size", crawler.DefaultMaxBodySize, "a page larger than this many `BYTES` (after decompression) is a failure, not stored cut short")
	fs.DurationVar(&c.refreshAfter, "refresh-after", 0, "fetch stored articles again when their last fetch is older than this `DURATION` (0: never), to catch updates")
	qf := addConnFlags(fs, "", "crawl as one of the workers sharing this NATS JetStream server (`nats://HOST:PORT[/NAME]`)")
	leaseTTL := fs.Duration("lease-ttl", queue.DefaultLeaseTTL, "with --queue: a dead worker's hosts and pages go to others after this long (set when the crawl is first queued)")
	maxHosts := fs.Int("max-hosts", queue.DefaultMaxHosts, "with --queue: hosts this worker crawls at once")
	id := fs.String("id", "", "with --queue: this worker's name in leases and `kabar queue status` (default host-pid)")
	seeds, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(seeds) == 0 && qf.url == "" {
		return usagef("no seed URLs given")
	}
	if qf.url != "" {
		switch {
		case c.fresh || c.refreshAfter > 0:
			return usagef("--fresh and --refresh-after work on one store's crawl, not with --queue (a queued crawl starts afresh when nothing is queued)")
		case *leaseTTL <= c.delay || *leaseTTL < 100*time.Millisecond:
			return usagef("--lease-ttl must be longer than --delay (and at least 100ms)")
		case *maxHosts < 1:
			return usagef("--max-hosts must be at least 1")
		}
	}
	pipe, err := rules.pipeline()
	if err != nil {
		return err
	}
	c.noRules, c.siteConfigs = pipe.noRules, pipe.siteConfigs
	if c.maxPages < 0 || c.maxDepth < 0 || c.parallelism < 1 || c.delay < 0 || c.refreshAfter < 0 {
		return usagef("--max-pages, --max-depth, --delay and --refresh-after must not be negative, --parallelism at least 1")
	}
	if c.timeout <= 0 || c.maxPageSize < 1 {
		return usagef("--timeout and --max-page-size must be positive")
	}
	if c.warcMaxSize < 1<<20 {
		return usagef("--warc-max-size must be at least 1 MiB")
	}
	if c.since, err = parseDate("--since", *since); err != nil {
		return err
	}
	for _, d := range strings.Split(*allow, ",") {
		if d = strings.TrimSpace(d); d != "" {
			c.allow = append(c.allow, strings.ToLower(d))
		}
	}
	for _, s := range seeds {
		if strings.Contains(s, "://") && !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
			return usagef("seed %q is not an http or https URL", s)
		}
	}
	c.progress = !c.quiet && isTerminal(os.Stderr)
	if qf.url != "" {
		// The server first: an unreachable one is one line, with no store
		// created for nothing.
		q, err := qf.open(ctx, e)
		if err != nil {
			return err
		}
		defer q.Close()
		ws := queue.WorkerStatus{ID: *id, DB: c.db, Current: "crawl", Started: time.Now().UTC()}
		if ws.ID == "" {
			host, _ := os.Hostname()
			ws.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
		}
		fr, all, err := q.OpenCrawl(ctx, seeds, queue.CrawlOptions{ID: ws.ID, LeaseTTL: *leaseTTL, MaxHosts: *maxHosts})
		if err != nil {
			return err
		}
		defer func() {
			if cerr := fr.Close(); cerr != nil {
				e.log.Warn("hand back the crawl's pages", "err", cerr)
			}
			ws.Stopped, ws.Current = true, ""
			q.Report(context.Background(), ws)
		}()
		seeds, c.shared = all, fr
		q.Report(ctx, ws)
		c.report = func(p crawler.Progress, stored int64) {
			ws.Records, ws.Articles = p.Fetched, int(stored)
			ws.Busy = p.Finished.Sub(p.Started).Seconds()
			q.Report(context.Background(), ws)
		}
	}
	db, err := store.Open(c.db, store.WithLockTimeout(c.lockTimeout))
	if err != nil {
		return err
	}
	sum, err := crawl(ctx, e, db, c, seeds)
	var coverage error
	if err == nil && sum.created+sum.updated > 0 {
		// This run's records against each site's earlier ones.
		if coverage = checkCrawlCoverage(ctx, e, db, sum.Started); coverage != nil && !errors.Is(coverage, errCoverage) {
			err, coverage = coverage, nil
		}
	}
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close store %s: %w", c.db, cerr)
	}
	if !c.quiet || err != nil || sum.Errors > 0 {
		printSummary(e.stdout, sum)
	}
	if err == nil && sum.Errors > 0 {
		return errFetchFailures // exit 3 too; collapsed sites were named already
	}
	if err == nil {
		return coverage
	}
	return err
}

// crawlTotals are the counts the summary prints.
type crawlTotals struct {
	crawler.Summary
	created, updated, unchanged, old int
}

// crawl runs one crawl into an open store. The handler runs on several
// goroutines at once, so its counters are atomic.
func crawl(ctx context.Context, e *env, db *store.DB, c crawlConfig, seeds []string) (t crawlTotals, err error) {
	var created, updated, unchanged, old atomic.Int64
	p := pipeline{noRules: c.noRules, siteConfigs: c.siteConfigs}
	var (
		arch       *warc.RotatingWriter
		archiveErr error
		archiveMu  sync.Mutex
	)
	if c.warcDir != "" {
		if arch, err = warc.NewRotatingWriter(c.warcDir, c.warcMaxSize, warc.WithSoftware("kabar/"+kabar.Version)); err != nil {
			return t, fmt.Errorf("warc archive %s: %w", c.warcDir, err)
		}
		defer func() {
			cerr := arch.Close()
			if cerr != nil {
				cerr = fmt.Errorf("close warc archive %s: %w", c.warcDir, cerr)
			}
			err = errors.Join(err, archiveErr, cerr)
		}()
	}
	// archive writes every exchange of the crawl — pages, robots.txt,
	// feeds, sitemaps, redirects, error statuses — as WARC request and
	// response records. The first failure is kept and fails the run.
	archive := func(x crawler.Exchange) {
		u := x.Request.URL.String()
		werr := arch.WriteExchange(context.Background(),
			warc.RequestInfo{URL: u, Method: x.Request.Method, Header: x.Request.Header},
			warc.ResponseInfo{URL: u, Status: x.Response.StatusCode, Proto: x.Response.Proto, Header: x.Response.Header, Body: x.Body, FetchedAt: time.Now()})
		if werr != nil {
			archiveMu.Lock()
			if archiveErr == nil {
				archiveErr = fmt.Errorf("archive %s: %w", u, werr)
			}
			archiveMu.Unlock()
		}
	}
	handle := func(ctx context.Context, pg *crawler.Page) (crawler.Outcome, error) {
		u := pg.FinalURL
		if u == "" {
			u = pg.URL
		}
		a, page, err := p.process(pg.Body, u, pg.Header.Get("Content-Type"), pg.FetchedAt)
		if err != nil {
			return crawler.Skipped, fmt.Errorf("%w: %w", errExtraction, err)
		}
		if !page.IsArticle {
			return crawler.Index, nil
		}
		if len(pg.Parts) > 0 {
			if a, err = p.processParts(page, pg); err != nil {
				return crawler.Skipped, fmt.Errorf("%w: %w", errExtraction, err)
			}
		}
		if !c.since.IsZero() && !a.PublishedAt.IsZero() && a.PublishedAt.Before(c.since) {
			old.Add(1)
			return crawler.Skipped, nil
		}
		// Every page of a split article is kept: page one alone would
		// make `kabar reextract` cut the text short.
		raw := rawPage(pg)
		for _, part := range pg.Parts {
			raw.Parts = append(raw.Parts, rawPage(part))
		}
		res, err := db.Put(a, raw)
		if err != nil {
			return crawler.Skipped, fmt.Errorf("store %s: %w", u, err)
		}
		if c.shared != nil {
			// Stored here: no worker fetches it again.
			if err := c.shared.MarkStored(pg.URL, u); err != nil {
				e.log.Warn("share a stored page", "url", u, "err", err)
			}
		}
		switch res {
		case store.Created:
			created.Add(1)
		case store.Updated:
			updated.Add(1)
		default:
			unchanged.Add(1)
		}
		return crawler.Article, nil
	}
	onFailure := func(u string, status int, err error) {
		if perr := db.PutFailure(u, status, failureReason(status, err), time.Now()); perr != nil {
			e.log.Error("record failure", "url", u, "err", perr)
		}
	}
	skip := func(u string) bool {
		if c.shared != nil {
			// Stored in this shard or another.
			if ok, err := db.HasURL(u); err == nil && ok {
				return true
			}
			return c.shared.Stored(u)
		}
		if c.refreshAfter <= 0 {
			ok, err := db.HasURL(u)
			return err == nil && ok
		}
		// A stored article is due again once its last fetch is older than
		// --refresh-after; Put then records an update, or only moves
		// last_seen when nothing changed.
		s, ok, err := db.SeenURL(u)
		return err == nil && ok && time.Since(s.LastSeen) < c.refreshAfter
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
		crawler.WithPageLinks(c.siteConfigs.PageLinks),
		crawler.WithFrontierDB(db),
		crawler.WithFresh(c.fresh),
		// Stop within the 5 s a service manager allows: pages in flight get
		// this long, then are cut off and fetched again next run.
		crawler.WithStopGrace(3 * time.Second),
	}
	if c.userAgent != "" {
		opts = append(opts, crawler.WithUserAgent(c.userAgent))
	}
	if c.timeout > 0 {
		opts = append(opts, crawler.WithTimeout(c.timeout))
	}
	if c.maxPageSize > 0 {
		opts = append(opts, crawler.WithMaxBodySize(c.maxPageSize))
	}
	if arch != nil {
		opts = append(opts, crawler.WithOnExchange(archive))
	}
	if c.shared != nil {
		opts = append(opts, crawler.WithSharedFrontier(c.shared))
	}
	if !c.since.IsZero() {
		opts = append(opts, crawler.WithSince(c.since))
	}
	if len(c.allow) > 0 {
		opts = append(opts, crawler.WithAllowedDomains(c.allow...))
	}
	var lastLog time.Time
	switch {
	case c.progress || c.report != nil:
		every := time.Second
		if c.progress {
			every = 500 * time.Millisecond
		}
		opts = append(opts, crawler.WithProgress(every, func(p crawler.Progress) {
			if c.report != nil {
				c.report(p, created.Load())
			}
			switch {
			case c.progress:
				fmt.Fprintf(e.stderr, "\r%s", progressLine(p, created.Load()))
			case !c.quiet && time.Since(lastLog) >= time.Minute:
				lastLog = time.Now()
				e.log.Info("crawling", "fetched", p.Fetched, "queued", p.Queued, "stored", created.Load(), "errors", p.Errors)
			}
		}))
	case !c.quiet:
		opts = append(opts, crawler.WithProgress(time.Minute, func(p crawler.Progress) {
			e.log.Info("crawling", "fetched", p.Fetched, "queued", p.Queued, "stored", created.Load(), "errors", p.Errors)
		}))
	}
	cr, err := crawler.New(opts...)
	if err != nil {
		return crawlTotals{}, err
	}
	sum, err := cr.Run(ctx, seeds...)
	if c.progress {
		fmt.Fprintln(e.stderr)
	}
	t = crawlTotals{Summary: sum, created: int(created.Load()), updated: int(updated.Load()), unchanged: int(unchanged.Load()), old: int(old.Load())}
	run := store.Run{Started: sum.Started, Finished: sum.Finished, Seeds: seeds, Fetched: sum.Fetched, Articles: sum.Articles, Index: sum.Index, Errors: sum.Errors}
	if perr := db.PutRun(run); perr != nil {
		err = errors.Join(err, perr)
	}
	return t, err
}

// rawPage is what the store keeps of a fetched page.
func rawPage(pg *crawler.Page) *store.RawPage {
	return &store.RawPage{URL: pg.URL, FinalURL: pg.FinalURL, Status: pg.Status, Header: pg.Header, Body: pg.Body, FetchedAt: pg.FetchedAt}
}

// processParts makes one record of an article split over several pages:
// first is the extraction of page one (pg itself), and each later page of
// pg.Parts is extracted in turn and its body blocks, images and related
// links appended in order, leaving out blocks an earlier page already has
// (the lede, byline or header that some sites repeat on every page). The
// whole is normalised once, so quotes count paragraphs across pages and the
// hashes and word count are of the whole text. The record is page one's:
// its URL, canonical URL and id.
func (p pipeline) processParts(first *extract.Page, pg *crawler.Page) (kabar.Article, error) {
	blocks := make(map[string]bool, len(first.Body))
	for _, b := range first.Body {
		blocks[b.Text] = true
	}
	images := map[string]bool{}
	for _, im := range first.Images {
		images[im.URL] = true
	}
	related := map[string]bool{}
	for _, l := range first.Related {
		related[l.URL] = true
	}
	for i, part := range pg.Parts {
		pu := part.FinalURL
		if pu == "" {
			pu = part.URL
		}
		pp, err := extract.Extract(part.Body, pu, p.extractOptions(part.Header.Get("Content-Type")))
		if err != nil {
			return kabar.Article{}, fmt.Errorf("extract: page %d of %s: %w", i+2, pg.URL, err)
		}
		for _, b := range pp.Body {
			if !blocks[b.Text] {
				blocks[b.Text] = true
				first.Body = append(first.Body, b)
			}
		}
		for _, im := range pp.Images {
			if !images[im.URL] {
				images[im.URL] = true
				first.Images = append(first.Images, im)
			}
		}
		for _, l := range pp.Related {
			if !related[l.URL] {
				related[l.URL] = true
				first.Related = append(first.Related, l)
			}
		}
	}
	return normalize.Normalize(first, normalize.Options{FetchedAt: pg.FetchedAt, Version: kabar.Version}), nil
}

// failureReason is the short category a failure is counted under in
// `kabar stats`; the URL keeps the details in the log.
func failureReason(status int, err error) string {
	switch {
	case errors.Is(err, crawler.ErrNotHTML) || errors.As(err, new(*extract.NotHTMLError)):
		// Said by the Content-Type, or by the bytes behind a lying one.
		return "not HTML"
	case errors.Is(err, crawler.ErrTooLarge):
		return "too large"
	case errors.Is(err, crawler.ErrPrivateAddress):
		return "private address refused"
	case errors.Is(err, crawler.ErrOutOfScope):
		return "redirect out of scope"
	case errors.Is(err, crawler.ErrRedirectLoop):
		return "redirect loop"
	case errors.Is(err, crawler.ErrNotHTTP):
		return "not http(s)"
	case errors.Is(err, context.DeadlineExceeded) || (err != nil && strings.Contains(err.Error(), "timeout")):
		return "timeout"
	case status >= 400:
		return fmt.Sprintf("http %d", status)
	case errors.Is(err, errExtraction) || (err != nil && strings.HasPrefix(err.Error(), "extract:")):
		return "extraction failed"
	case err != nil:
		return "fetch error"
	default:
		return "error"
	}
}

func progressLine(p crawler.Progress, stored int64) string {
	secs := p.Finished.Sub(p.Started).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.Fetched) / secs
	}
	return fmt.Sprintf("fetched %d  queued %d  stored %d  errors %d  %.1f pages/s   ", p.Fetched, p.Queued, stored, p.Errors, rate)
}

func printSummary(w io.Writer, t crawlTotals) {
	fmt.Fprintf(w, "pages fetched %d, articles %d (new %d, changed %d, unchanged %d", t.Fetched, t.Articles, t.created, t.updated, t.unchanged)
	if t.old > 0 {
		fmt.Fprintf(w, ", too old %d", t.old)
	}
	fmt.Fprintf(w, "), index pages %d, errors %d, not HTML %d, robots.txt denied %d, already stored %d",
		t.Index, t.Errors, t.NotHTML, t.RobotsDenied, t.Known)
	if t.NotModified > 0 {
		fmt.Fprintf(w, ", feeds unchanged %d", t.NotModified)
	}
	if t.Postponed > 0 {
		fmt.Fprintf(w, ", postponed %d", t.Postponed)
	}
	fmt.Fprintf(w, ", in %s\n", t.Finished.Sub(t.Started).Round(time.Millisecond))
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
