package crawler

import (
	"fmt"
	"log/slog"
	"net/http"
	"syscall"
	"time"
)

// DefaultUserAgent names kabar and where to read about it, so a site's
// operator can tell who is crawling and how to reach them.
const DefaultUserAgent = "kabar/0.1 (+https://github.com/kabar-news/kabar)"

// Defaults for the options below.
const (
	DefaultDelay       = time.Second
	DefaultParallelism = 1
	DefaultMaxBodySize = 10 << 20
	DefaultTimeout     = 30 * time.Second
	// DefaultStopGrace is how long pages in flight may take to finish after
	// Run's context is cancelled before their requests are cut off.
	DefaultStopGrace = 10 * time.Second
)

// Option configures a Crawler; see New.
type Option func(*config) error

// config holds everything New was given. It is not changed after New.
type config struct {
	handler        Handler
	maxPages       int
	maxPagesHost   int
	maxDepth       int
	delay          time.Duration
	parallelism    int
	userAgent      string
	ignoreRobots   bool
	robotsSitemaps bool
	allowedDomains []string
	logger         *slog.Logger
	skip           func(url string) bool
	onFailure      func(url string, status int, err error)
	maxBodySize    int
	timeout        time.Duration
	stopGrace      time.Duration
	retries        int
	retryBackoff   time.Duration
	transport      http.RoundTripper
	frontierDB     FrontierDB
	shared         SharedFrontier
	fresh          bool
	progressEvery  time.Duration
	since          time.Time
	progress       func(Progress)
	onExchange     func(Exchange)
	pageLinks      func(pageURL string, body []byte) (single, next string)
	// dialControl, when set, runs on every address the transport is
	// about to connect to, after the address guard. Tests set it to
	// refuse anything off loopback, so that no test can reach another
	// machine even when the guard is broken.
	dialControl func(network, address string, c syscall.RawConn) error
}

func defaultConfig() config {
	return config{
		delay:       DefaultDelay,
		parallelism: DefaultParallelism,
		userAgent:   DefaultUserAgent,
		maxBodySize: DefaultMaxBodySize,
		timeout:     DefaultTimeout,
		stopGrace:   DefaultStopGrace,

		robotsSitemaps: true,
		retries:        DefaultRetries,
		retryBackoff:   DefaultRetryBackoff,
	}
}

// WithHandler sets the function called for every HTML page fetched with a
// 2xx status. Without one, pages are fetched and their links followed, and
// every page counts as Index.
func WithHandler(h Handler) Option {
	return func(c *config) error { c.handler = h; return nil }
}

// WithMaxPages caps the number of requests made for pages (robots.txt is not
// counted). 0, the default, means no cap.
func WithMaxPages(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return fmt.Errorf("max pages %d: must not be negative", n)
		}
		c.maxPages = n
		return nil
	}
}

// WithMaxPagesPerHost caps the requests made to any one host, so that one
// endless subdomain (a calendar, a tag cloud) cannot eat a site's whole
// page budget. 0, the default, means no cap.
func WithMaxPagesPerHost(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return fmt.Errorf("max pages per host %d: must not be negative", n)
		}
		c.maxPagesHost = n
		return nil
	}
}

// WithMaxDepth caps how many links away from a seed the crawl goes: seeds
// are depth 0, the pages they link to depth 1, and so on. 0, the default,
// means no cap.
func WithMaxDepth(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return fmt.Errorf("max depth %d: must not be negative", n)
		}
		c.maxDepth = n
		return nil
	}
}

// WithDelay sets the pause between the end of one request to a host and the
// start of the next one on the same slot (default 1s): with parallelism n,
// at most n requests per delay. A longer Crawl-delay in the host's
// robots.txt wins, with one slot. 0 disables it.
func WithDelay(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return fmt.Errorf("delay %v: must not be negative", d)
		}
		c.delay = d
		return nil
	}
}

// WithParallelism sets how many requests may be in flight to one host at
// once (default 1).
func WithParallelism(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("parallelism %d: must be at least 1", n)
		}
		c.parallelism = n
		return nil
	}
}

// WithUserAgent replaces DefaultUserAgent. robots.txt groups are matched
// against it.
func WithUserAgent(s string) Option {
	return func(c *config) error {
		if s == "" {
			return fmt.Errorf("user agent: must not be empty")
		}
		c.userAgent = s
		return nil
	}
}

// WithIgnoreRobots makes the crawl ignore robots.txt. kabar obeys it by
// default; ignoring it is logged as a warning at the start of every Run.
func WithIgnoreRobots(ignore bool) Option {
	return func(c *config) error { c.ignoreRobots = ignore; return nil }
}

// WithRobotsSitemaps says whether the sitemaps that a host's robots.txt
// names are crawled as seeds (default true). They are how a news site lists
// its new articles; turn them off for a crawl that should stay within the
// links of its seeds.
func WithRobotsSitemaps(use bool) Option {
	return func(c *config) error { c.robotsSitemaps = use; return nil }
}

// WithAllowedDomains adds domains (and their subdomains) to the scope the
// seeds define.
func WithAllowedDomains(domains ...string) Option {
	return func(c *config) error {
		c.allowedDomains = append(c.allowedDomains, domains...)
		return nil
	}
}

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error { c.logger = l; return nil }
}

// WithSkip sets a function asked about every discovered link, by canonical
// URL, before it is queued; when it returns true the link is not fetched
// (for example an article already stored). Seeds are always fetched. It is
// asked once per URL per Run, from Run's loop goroutine, so a slow answer
// slows the whole crawl: keep it to a lookup.
func WithSkip(f func(url string) bool) Option {
	return func(c *config) error { c.skip = f; return nil }
}

// WithOnFailure sets a function told about every page that failed, once
// its retries are spent: a network error, an HTTP status outside 2xx
// (status set), a response that is neither HTML nor a feed (err wraps
// ErrNotHTML), a body over the size cap (ErrTooLarge), a redirect out of
// scope (ErrOutOfScope) or into a private address (ErrPrivateAddress), or
// a Handler error. url is the canonical URL requested. Pages cut off by a
// stop are not failures: they stay queued. It may be called from several
// goroutines at once.
func WithOnFailure(f func(url string, status int, err error)) Option {
	return func(c *config) error { c.onFailure = f; return nil }
}

// WithPageLinks sets a function that names, for an HTML page, the
// single-page view and the next page of the article on it as a site's own
// description says (a site config's single_page_link and next_page_link;
// absolute URLs, "" for none). Its answer is tried before kabar's own
// guesses from the page's links. It may be called from several goroutines
// at once.
func WithPageLinks(f func(pageURL string, body []byte) (single, next string)) Option {
	return func(c *config) error { c.pageLinks = f; return nil }
}

// WithMaxBodySize caps a response body in bytes (default 10 MB); a larger
// page is reported as a failure rather than handled truncated.
func WithMaxBodySize(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("max body size %d: must be positive", n)
		}
		c.maxBodySize = n
		return nil
	}
}

// WithTimeout caps one request, from connecting to the last byte of the
// body (default 30s).
func WithTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("timeout %v: must be positive", d)
		}
		c.timeout = d
		return nil
	}
}

// WithStopGrace sets how long pages in flight may go on after Run's context
// is cancelled before their requests are cut off (default 10s).
func WithStopGrace(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return fmt.Errorf("stop grace %v: must not be negative", d)
		}
		c.stopGrace = d
		return nil
	}
}

// WithRetries sets how many times a failed request is retried (default
// 2) and the wait before the first retry (default 2s), doubled for each
// further one and capped at a minute. Network errors, bodies cut short, and
// statuses 429, 500, 502, 503 and 504 are retried; 429 and 503 wait at
// least as long as their Retry-After asks, and are not retried when it
// asks for more than two minutes. The host's slot stays taken while a page
// waits, so a host that asked kabar to slow down gets fewer requests.
func WithRetries(n int, backoff time.Duration) Option {
	return func(c *config) error {
		if n < 0 || backoff < 0 {
			return fmt.Errorf("retries %d, backoff %v: must not be negative", n, backoff)
		}
		c.retries, c.retryBackoff = n, backoff
		return nil
	}
}

// WithFrontierDB keeps the crawl's frontier (queued URLs, seen URLs) in db
// instead of memory, so that a crawl killed at any point, or stopped by
// its page cap or a signal, goes on where it stopped when run again with
// the same db: finished pages are not fetched again and queued ones are
// not lost. A crawl that finished leaves nothing to resume: the next Run
// starts over from its seeds (articles already stored are kept out by
// WithSkip).
func WithFrontierDB(db FrontierDB) Option {
	return func(c *config) error { c.frontierDB = db; return nil }
}

// WithFresh makes Run discard an unfinished crawl kept by WithFrontierDB
// and start over from its seeds.
func WithFresh(fresh bool) Option {
	return func(c *config) error { c.fresh = fresh; return nil }
}

// WithProgress has f called about every interval while a crawl runs, with
// the counts so far, for a progress line on a terminal or a periodic log
// line under cron. f runs on the crawl's loop goroutine: it must return
// quickly.
func WithProgress(every time.Duration, f func(Progress)) Option {
	return func(c *config) error {
		if every <= 0 {
			return fmt.Errorf("progress interval %v: must be positive", every)
		}
		c.progressEvery, c.progress = every, f
		return nil
	}
}

// WithSince keeps feed and sitemap entries dated before t from being
// fetched: articles published before t, and sitemaps of an index last
// changed before t. Entries without a date, and links found on pages, are
// fetched as usual; the Handler decides about those from the page itself.
func WithSince(t time.Time) Option {
	return func(c *config) error { c.since = t; return nil }
}

// WithTransport replaces the HTTP transport, for example to route a test's
// made-up host names to a loopback server. The replacement's addresses and
// proxy are its own business: the guard against private addresses and the
// proxy from the environment belong to the default transport.
func WithTransport(t http.RoundTripper) Option {
	return func(c *config) error { c.transport = t; return nil }
}
