// Package crawler fetches the pages of news sites for kabar, politely: it
// follows same-site links from home, section, feed and sitemap seeds,
// obeys robots.txt, spaces its requests per host, and hands every HTML page
// to a Handler supplied by the caller.
//
// The crawler knows nothing of extraction or storage: the command line
// extracts, normalizes and stores pages in its Handler, tells the crawler
// what each page was through the returned Outcome, and keeps stored
// articles from being fetched again through WithSkip. Every decision is
// made on Canonical URLs.
//
// Colly does the fetching (per-host LimitRules for delay and parallelism,
// body cap, redirects, charset, link parsing). The crawler keeps its own
// frontier and decides what to fetch next, from its own goroutines calling
// Colly synchronously rather than from Colly's Async mode: Async starts a
// goroutine per discovered link, all queued on the host's LimitRule, which
// holds memory per link and makes a cancelled crawl drain that backlog one
// Delay at a time. Here at most Parallelism requests per host exist at any
// time, cancellation stops at once, and the frontier can live in the store
// (WithFrontierDB), so that a killed crawl resumes. robots.txt is read by
// the crawler itself (robots.go), because it needs Crawl-delay and Sitemap
// lines as well as allow and deny.
//
// Where things are: crawler.go and options.go the API; run.go the loop
// that dispatches fetches; fetch.go one fetch; collector.go Colly's set-up;
// frontier*.go the queue and seen set; canonical.go, scope.go, traps.go
// and multipage.go the URL decisions (multipage.go also finds the next
// page of an article split over several, see Page.Parts), with their
// knowledge in data/;
// robots.go, retry.go and transport.go politeness and safety; feeds.go
// sitemaps and feeds; validators.go conditional requests; shared.go the
// frontier shared by the processes of a distributed crawl (implemented on
// NATS JetStream in package queue, so that the crawler needs no server).
//
// Politeness is the default: robots.txt obeyed, 1s between requests to a
// host, one request at a time per host, a User-Agent that names kabar,
// Retry-After obeyed, failures retried with capped backoff.
package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

// Page is one fetched HTML page, as the Handler sees it. The crawler drops
// its reference to Body when the Handler returns; a Handler that keeps the
// bytes must copy them.
type Page struct {
	// URL is the canonical URL the crawler requested.
	URL string
	// FinalURL is where the request ended after redirects (equal to URL
	// when there were none).
	FinalURL string
	// Status is the HTTP status code (always 2xx for a Page).
	Status int
	// Header holds the response headers. When the server declared a
	// charset other than UTF-8, Body has already been converted to UTF-8
	// and Content-Type says charset=utf-8 (the original is kept in
	// X-Kabar-Original-Content-Type), so an extractor never decodes twice.
	Header http.Header
	// Body is the response body, at most the configured maximum size.
	Body []byte
	// Depth is the number of links followed from a seed (seeds are 0).
	Depth int
	// FetchedAt is when the response arrived.
	FetchedAt time.Time
	// Parts holds the later pages of an article split over several pages
	// that offers no single-page view ("Halaman 2", "Halaman
	// selanjutnya", rel=next, ?page=2), in order, each fetched as politely
	// as any page; nil for a page in one piece. Their URLs are never
	// handed to the Handler on their own, so the Handler stores one record
	// for the whole article, under page one's URL. Listings paginated the
	// same way arrive like this too; their parts' links are followed.
	Parts []*Page
}

// Outcome is what the Handler found a page to be. It decides which count of
// the Summary the page adds to; links are followed whatever it is.
type Outcome int

const (
	// Index is a home, section, tag or other listing page: followed, not
	// stored. It is the zero value.
	Index Outcome = iota
	// Article is a page whose record the Handler stored.
	Article
	// Skipped is a page that is neither (an error page served with 200, a
	// video page, a page the Handler chose not to store).
	Skipped
)

func (o Outcome) String() string {
	switch o {
	case Index:
		return "index"
	case Article:
		return "article"
	case Skipped:
		return "skipped"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Handler is called for every HTML page fetched with a 2xx status, from
// several goroutines at once (at most the parallelism per host, summed
// over hosts, plus GOMAXPROCS: a page's host may be sent its next request
// while the Handler of the page runs). ctx stays live after Run's context is cancelled, until the
// stop grace runs out, so a page in flight can still be stored. An error
// counts the page as failed and is passed to the failure callback.
type Handler func(ctx context.Context, p *Page) (Outcome, error)

// Summary counts what a Run did.
type Summary struct {
	// Fetched counts responses received, whatever their status or type.
	Fetched int
	// Articles, Index and Skipped count HTML pages by the Handler's
	// Outcome.
	Articles, Index, Skipped int
	// Errors counts pages that failed: network errors, HTTP statuses
	// outside 2xx, bodies over the size cap, Handler errors.
	Errors int
	// NotHTML counts responses that were neither HTML nor a feed or
	// sitemap; they are reported as failures but not counted in Errors,
	// since a news site links to PDFs and images as a matter of course.
	NotHTML int
	// RobotsDenied counts URLs not fetched because robots.txt disallows
	// them.
	RobotsDenied int
	// Known counts discovered links not fetched because WithSkip said so.
	Known int
	// NotModified counts feeds and sitemaps unchanged since the last run
	// (HTTP 304 to a conditional request; see WithFrontierDB).
	NotModified int
	// Postponed counts pages not requested because their host answered
	// 429 or 503 with a Retry-After longer than a run waits (two
	// minutes); with WithFrontierDB they stay queued for the next run.
	Postponed int
	// Started and Finished bound the Run.
	Started, Finished time.Time
}

// Progress is a snapshot of a running crawl.
type Progress struct {
	// Summary holds the counts so far; Finished is the time of the
	// snapshot.
	Summary
	// Queued counts URLs waiting to be fetched (including those in
	// flight); InFlight those being fetched now (never more than the
	// parallelism per host; a page whose Handlers run is no longer in
	// flight).
	Queued, InFlight int
}

// ErrNotHTML is wrapped by the error passed to the failure callback for a
// response that is neither HTML nor a feed or sitemap.
var ErrNotHTML = errors.New("not HTML")

// ErrTooLarge is wrapped by the error passed to the failure callback for a
// body over the maximum size.
var ErrTooLarge = errors.New("body over maximum size")

// ErrRedirectLoop is wrapped by the error for a redirect back to a URL of
// its own chain; the redirect is not followed.
var ErrRedirectLoop = errors.New("redirect loop")

// ErrOutOfScope is wrapped by the error for a redirect that leaves the
// crawl's scope; the redirect is not followed.
var ErrOutOfScope = errors.New("outside the crawl's scope")

// Crawler crawls news sites. It is configured once by New and may run
// several crawls, one after another or at once; each Run has its own
// frontier, visited set and robots.txt cache.
type Crawler struct {
	cfg config
	log *slog.Logger
}

// New returns a Crawler configured by opts. It fails when an option's value
// is invalid.
func New(opts ...Option) (*Crawler, error) {
	cfg := defaultConfig()
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return nil, fmt.Errorf("crawler: %w", err)
		}
	}
	for _, d := range cfg.allowedDomains {
		if err := newScope().addDomain(d); err != nil {
			return nil, fmt.Errorf("crawler: %w", err)
		}
	}
	log := cfg.logger
	if log == nil {
		log = slog.Default()
	}
	return &Crawler{cfg: cfg, log: log}, nil
}
