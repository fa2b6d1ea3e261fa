package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/gocolly/colly/v2/storage"
)

// maxURLLength bounds the URLs the crawler queues: longer ones are almost
// always session or calendar traps, never articles.
const maxURLLength = 2048

// resultKind says how a fetch ended.
type resultKind int

const (
	resPage      resultKind = iota // an HTML page handled
	resFeed                        // a feed or sitemap read
	resFailed                      // network, HTTP, size or Handler failure
	resNotHTML                     // neither HTML nor a feed
	resRobots                      // disallowed by robots.txt; not fetched
	resDuplicate                   // a redirect to a URL already fetched
	// resInterrupted is a fetch cut short by the crawl stopping: not a
	// failure of the page, which stays queued for the next run.
	resInterrupted
	// resNotModified is a feed or sitemap unchanged since the last run
	// (HTTP 304).
	resNotModified
	// resPostponed is a page not requested because its host asked for a
	// pause longer than the run waits; it stays queued.
	resPostponed
)

// result is what a fetch goroutine sends back to Run's loop.
type result struct {
	it      item
	kind    resultKind
	outcome Outcome
	status  int    // 0 when no response arrived
	final   string // canonical final URL, "" if unknown
	links   []item // in-scope links found on the page, canonical
	aliases []item // in-scope URLs naming this same page, canonical
	// etag and lastModified are a feed's validators, to ask for it
	// conditionally next time.
	etag, lastModified string
}

// run is the state of one Run shared by its fetch goroutines: fixed before
// the first fetch and only read afterwards.
type run struct {
	cfg   *config
	log   *slog.Logger
	scope *scope
	// ctx is cancelled only when the stop grace has run out (or Run
	// returns); pages in flight use it, so they can finish after Run's own
	// context is cancelled.
	ctx context.Context
	// stop is Run's own context: when it is done, nothing new starts.
	stop context.Context
	// private is true when a seed is on a loopback, private or local host;
	// otherwise such addresses are refused.
	private bool
	// validators is nil without a FrontierDB.
	validators *validators
	// robots is nil when robots.txt is ignored.
	robots *robots
	// collectors holds a *hostCollector per host.
	collectors sync.Map
	transport  http.RoundTripper
	visited    *storage.InMemoryStorage

	pauseMu sync.Mutex
	paused  map[string]time.Time // host -> no request before this time
}

// pauseHost keeps every request to host waiting until until (or a later
// pause already set).
func (r *run) pauseHost(host string, until time.Time) {
	r.pauseMu.Lock()
	defer r.pauseMu.Unlock()
	if r.paused == nil {
		r.paused = map[string]time.Time{}
	}
	if until.After(r.paused[host]) {
		r.paused[host] = until
	}
}

// waitHost waits out host's pause, if any, and reports false when the
// crawl stopped meanwhile. A pause longer than maxRetryAfter is not waited
// out: the host is closed for this run (see hostClosed).
func (r *run) waitHost(host string) bool {
	for {
		r.pauseMu.Lock()
		until := r.paused[host]
		r.pauseMu.Unlock()
		d := time.Until(until)
		if d <= 0 || d > maxRetryAfter {
			return true
		}
		if !r.sleep(d) {
			return false
		}
	}
}

// hostClosed reports whether host asked for a pause longer than this run
// will wait: its pages stay queued for a later run.
func (r *run) hostClosed(host string) bool {
	r.pauseMu.Lock()
	defer r.pauseMu.Unlock()
	return time.Until(r.paused[host]) > maxRetryAfter
}

// fetch requests one item and turns what happened into a result. It runs
// on its own goroutine; the Handler is called from here.
func (r *run) fetch(it item) (res result) {
	res = result{it: it}
	u, err := url.Parse(it.url)
	if err != nil {
		return r.fail(res, err)
	}
	delay := r.cfg.delay
	if r.robots != nil {
		e, first := r.robots.entry(r.ctx, u)
		if first && r.cfg.robotsSitemaps {
			// Sitemaps named by robots.txt are seeds of the site.
			res.links = r.inScope(e.sitemaps, 0)
		}
		if e.err != nil {
			return r.fail(res, e.err)
		}
		if !e.allowed(u) {
			res.kind = resRobots
			r.log.Debug("disallowed by robots.txt", "url", it.url)
			return res
		}
		if e.delay > delay {
			delay = e.delay
		}
	}
	col, err := r.collector(u.Host, delay)
	if err != nil {
		return r.fail(res, err)
	}
	var hdr http.Header
	if r.validators != nil {
		etag, lastMod, verr := r.validators.get(it.url)
		if verr != nil {
			r.log.Warn("conditional request impossible", "url", it.url, "err", verr)
		}
		if etag != "" || lastMod != "" {
			hdr = http.Header{}
			if etag != "" {
				hdr.Set("If-None-Match", etag)
			}
			if lastMod != "" {
				hdr.Set("If-Modified-Since", lastMod)
			}
		}
	}
	if !r.waitHost(u.Host) {
		res.kind = resInterrupted
		return res
	}
	if r.hostClosed(u.Host) {
		res.kind = resPostponed
		return res
	}
	st := &fetchState{}
	cctx := colly.NewContext()
	cctx.Put(stateKey, st)
	err = col.Request(http.MethodGet, it.url, nil, cctx, hdr)
	for attempt := 0; ; attempt++ {
		wait, retry, tooLong := r.retryWait(st, err, attempt)
		slowDown := st.status == http.StatusTooManyRequests || st.status == http.StatusServiceUnavailable
		if tooLong {
			r.log.Warn("host asks for a long pause: leaving it for a later run", "host", u.Host, "retry_after", st.header.Get("Retry-After"))
			wait, _ = retryAfter(st.header, time.Now())
		}
		if slowDown && (retry || tooLong) {
			// The host asked for a pause: no slot sends it anything
			// until the pause is over.
			r.pauseHost(u.Host, time.Now().Add(wait))
		}
		if !retry || st.req == nil {
			break
		}
		r.log.Debug("retrying", "url", it.url, "status", st.status, "err", err, "attempt", attempt+1, "wait", wait)
		if !r.sleep(wait) || !r.waitHost(u.Host) {
			break
		}
		req := st.req
		*st = fetchState{}
		// Retry skips Colly's visited check, which the first attempt
		// has already passed.
		err = req.Retry()
	}
	res.status = st.status
	if st.finalURL != "" {
		if cu, cerr := Canonical(st.finalURL); cerr == nil {
			res.final = cu
		}
	}
	var visited *colly.AlreadyVisitedError
	switch {
	case errors.As(err, &visited):
		// A URL this Run already requested, directly or as a redirect
		// target (loops are caught by checkRedirect): a second road to a
		// page already fetched, which is no failure.
		res.kind = resDuplicate
		r.log.Debug("redirect to a page already fetched", "url", it.url, "to", visited.Destination)
		return res
	case errors.Is(err, errRobotsRedirect):
		res.kind = resRobots
		r.log.Debug("redirect disallowed by robots.txt", "url", it.url, "err", err)
		return res
	case st.status == http.StatusNotModified && hdr != nil:
		res.kind = resNotModified
		r.log.Debug("feed unchanged since the last run", "url", it.url)
		return res
	case st.status != 0 && (st.status < 200 || st.status > 299):
		return r.fail(res, fmt.Errorf("HTTP %d %s", st.status, http.StatusText(st.status)))
	case st.notHTML != "":
		res.kind = resNotHTML
		r.report(it.url, st.status, fmt.Errorf("%w: Content-Type %q", ErrNotHTML, st.notHTML))
		return res
	case st.tooLarge || len(st.body) > r.cfg.maxBodySize:
		return r.fail(res, fmt.Errorf("%w of %d bytes", ErrTooLarge, r.cfg.maxBodySize))
	case err != nil:
		return r.fail(res, err)
	}

	ct := st.header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(st.body)
	}
	mt := mediaType(ct)
	switch {
	case isHTML(mt):
		if st.nofollow {
			r.log.Debug("page asks robots not to follow its links", "url", it.url)
		} else {
			res.links = append(r.inScope(st.links, it.depth+1), res.links...)
		}
		res.aliases = r.inScope(st.aliases, it.depth)
		if single, parts := singleViewOf(it.url, res.links); single != "" {
			// Tried once, here, whatever comes of it.
			res.aliases = append(res.aliases, r.inScope([]string{single}, it.depth)...)
			if sv := r.fetchSingleView(col, single); sv != nil {
				// The Handler gets the whole article; the numbered
				// pages and the single view are this same page.
				r.log.Debug("using the single-page view", "url", it.url, "single", single, "parts", len(parts))
				res.links = append(res.links, r.inScope(sv.links, it.depth+1)...)
				res.aliases = append(res.aliases, r.inScope(append(sv.aliases, parts...), it.depth)...)
				st, ct = sv, sv.header.Get("Content-Type")
			}
		}
		return r.handle(res, it, st, ct)
	case isXML(mt):
		links, children, ferr := parseFeed(st.body)
		if ferr != nil {
			res.kind = resNotHTML
			r.report(it.url, st.status, fmt.Errorf("%w: %s is not a feed or sitemap: %w", ErrNotHTML, mt, ferr))
			return res
		}
		res.kind = resFeed
		res.etag, res.lastModified = st.header.Get("ETag"), st.header.Get("Last-Modified")
		res.links = append(r.inScope(r.recent(links), it.depth+1), res.links...)
		// Sitemaps listed by a sitemap index are as deep as the index, so
		// that an index seed reaches its articles at depth 1.
		res.links = append(res.links, r.inScope(r.recent(children), it.depth)...)
		r.log.Debug("feed read", "url", it.url, "links", len(res.links))
		return res
	}
	res.kind = resNotHTML
	r.report(it.url, st.status, fmt.Errorf("%w: Content-Type %q", ErrNotHTML, ct))
	return res
}

// fetchSingleView fetches the single-page view of an article, once and
// without retries, and returns its state if it is a usable HTML page, nil
// otherwise (the caller then keeps page one).
func (r *run) fetchSingleView(col *colly.Collector, u string) *fetchState {
	st := &fetchState{}
	cctx := colly.NewContext()
	cctx.Put(stateKey, st)
	err := col.Request(http.MethodGet, u, nil, cctx, nil)
	ct := st.header.Get("Content-Type")
	if err != nil || st.status < 200 || st.status > 299 || st.notHTML != "" || st.tooLarge ||
		len(st.body) > r.cfg.maxBodySize || (ct != "" && !isHTML(mediaType(ct))) {
		r.log.Debug("single-page view unusable; keeping page one", "url", u, "status", st.status, "err", err)
		return nil
	}
	if ct == "" {
		st.header.Set("Content-Type", http.DetectContentType(st.body))
	}
	return st
}

// handle passes an HTML page to the Handler.
func (r *run) handle(res result, it item, st *fetchState, ct string) result {
	res.kind = resPage
	res.outcome = Index
	if r.cfg.handler == nil {
		return res
	}
	header := st.header
	if lct := strings.ToLower(ct); strings.Contains(lct, "charset") &&
		!strings.Contains(lct, "utf-8") && !strings.Contains(lct, "utf8") {
		// Colly has converted the body to UTF-8; say so.
		header.Set("X-Kabar-Original-Content-Type", ct)
		header.Set("Content-Type", mediaType(ct)+"; charset=utf-8")
	}
	final := st.finalURL
	if final == "" {
		final = it.url
	}
	p := &Page{
		URL:       it.url,
		FinalURL:  final,
		Status:    st.status,
		Header:    header,
		Body:      st.body,
		Depth:     it.depth,
		FetchedAt: st.fetchedAt,
	}
	st.body = nil
	outcome, err := r.callHandler(p)
	if err != nil {
		return r.fail(res, fmt.Errorf("handler: %w", err))
	}
	switch outcome {
	case Index, Article, Skipped:
		res.outcome = outcome
	default:
		r.log.Warn("handler returned an unknown outcome; counted as skipped", "url", it.url, "outcome", outcome)
		res.outcome = Skipped
	}
	return res
}

// callHandler calls the Handler, turning a panic into an error: one bad
// page must not bring down a crawl that has been running for hours.
func (r *run) callHandler(p *Page) (o Outcome, err error) {
	defer func() {
		if v := recover(); v != nil {
			r.log.Error("handler panicked", "url", p.URL, "panic", v, "stack", string(debug.Stack()))
			err = fmt.Errorf("panic: %v", v)
		}
	}()
	return r.cfg.handler(r.ctx, p)
}

// fail marks res as failed and reports err; or, when the crawl is
// stopping, as interrupted, since the page may well have been fine.
func (r *run) fail(res result, err error) result {
	if r.ctx.Err() != nil || r.stop.Err() != nil {
		res.kind = resInterrupted
		r.log.Debug("page interrupted by the stop", "url", res.it.url, "err", err)
		return res
	}
	res.kind = resFailed
	r.report(res.it.url, res.status, err)
	return res
}

// report passes a failure to the failure callback, or logs it when there
// is none.
func (r *run) report(u string, status int, err error) {
	if r.cfg.onFailure != nil {
		r.log.Debug("page failed", "url", u, "status", status, "err", err)
		r.cfg.onFailure(u, status, err)
		return
	}
	r.log.Warn("page failed", "url", u, "status", status, "err", err)
}

// recent returns the URLs of the entries not dated before the Since
// option: an article published before it is not wanted, and a sitemap last
// changed before it lists only such articles. Undated entries are kept.
func (r *run) recent(entries []feedEntry) []string {
	urls := make([]string, 0, len(entries))
	for _, e := range entries {
		if !r.cfg.since.IsZero() && !e.date.IsZero() && e.date.Before(r.cfg.since) {
			continue
		}
		urls = append(urls, e.url)
	}
	return urls
}

// inScope canonicalises raw absolute links and keeps those the crawl may
// fetch, each once, at the given depth.
func (r *run) inScope(raw []string, depth int) []item {
	seen := make(map[string]bool, len(raw))
	var items []item
	for _, l := range raw {
		if len(l) > maxURLLength {
			continue
		}
		cu, err := Canonical(l)
		if err != nil || seen[cu] || len(cu) > maxURLLength {
			continue
		}
		seen[cu] = true
		u, err := url.Parse(cu)
		if err != nil || !r.scope.allows(u) || hasSkipExtension(u.Path) || isTrap(u) {
			continue
		}
		items = append(items, item{url: cu, host: u.Host, depth: depth})
	}
	return items
}
