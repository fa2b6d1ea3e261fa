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
	// extra counts the responses besides the page's own: the later
	// pages of an article split over several.
	extra int
	// released says the fetch gave its host's slot back (releaseHost)
	// before calling the Handler.
	released bool
	aliases  []item // in-scope URLs naming this same page, canonical
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

	// relMu guards rel: per host, fetches whose requests are over and
	// whose Handler now runs, not yet taken off the host's slots by
	// Run's loop, which wake wakes.
	relMu sync.Mutex
	rel   map[string]int
	wake  chan struct{}
}

// releaseHost gives a host's request slot back once a page's requests are
// over, so that the next request to the host need not wait for the
// Handler: the host still sees at most Parallelism requests at a time,
// while extraction and storage overlap with the next fetch.
func (r *run) releaseHost(host string) {
	r.relMu.Lock()
	if r.rel == nil {
		r.rel = map[string]int{}
	}
	r.rel[host]++
	r.relMu.Unlock()
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// takeReleased calls f for each host with slots released since the last
// call.
func (r *run) takeReleased(f func(host string, n int)) {
	r.relMu.Lock()
	defer r.relMu.Unlock()
	for h, n := range r.rel {
		f(h, n)
	}
	clear(r.rel)
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
	st, err := r.get(col, u.Host, it.url, hdr, partPathOf(u))
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
			res.links = append(firstPages(r.inScope(st.links, it.depth+1)), res.links...)
		}
		res.aliases = r.inScope(st.aliases, it.depth)
		whole := false
		single, pageParts := singleViewOf(it.url, res.links)
		if r.cfg.pageLinks != nil {
			if s, _ := r.cfg.pageLinks(it.url, st.body); s != "" && seenKey(s) != seenKey(it.url) {
				single, pageParts = s, nil
			}
		}
		if single != "" {
			// Tried once, here, whatever comes of it.
			res.aliases = append(res.aliases, r.inScope([]string{single}, it.depth)...)
			if sv := r.fetchSingleView(col, single); sv != nil {
				// The Handler gets the whole article; the numbered
				// pages and the single view are this same page.
				r.log.Debug("using the single-page view", "url", it.url, "single", single, "parts", len(pageParts))
				res.links = append(res.links, r.inScope(sv.links, it.depth+1)...)
				res.aliases = append(res.aliases, r.inScope(append(sv.aliases, pageParts...), it.depth)...)
				st, ct = sv, sv.header.Get("Content-Type")
				whole = true
			}
		}
		var parts []*fetchState
		var partURLs []string
		if !whole && !st.nofollow {
			// No single view: the article's other pages, if any, are
			// fetched one after another and handed over with page one.
			var perr error
			parts, partURLs, res.extra, perr = r.fetchParts(col, it, st)
			for i, p := range parts {
				res.links = append(res.links, firstPages(r.inScope(p.links, it.depth+1))...)
				res.aliases = append(res.aliases, r.inScope([]string{partURLs[i], p.finalURL}, it.depth)...)
			}
			if perr != nil {
				return r.fail(res, perr)
			}
			if len(parts) > 0 {
				r.log.Debug("article split over pages", "url", it.url, "pages", len(parts)+1)
			}
		}
		if r.wake != nil {
			r.releaseHost(it.host)
			res.released = true
		}
		return r.handle(res, it, st, ct, parts, partURLs)
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

// get requests raw, a URL of host, through col, retrying as retryWait
// allows and pausing the host when it asks, and returns what the last
// attempt's callbacks learned with its error. partPath is the fetchState's
// (see there).
func (r *run) get(col *colly.Collector, host, raw string, hdr http.Header, partPath string) (*fetchState, error) {
	st := &fetchState{partPath: partPath}
	cctx := colly.NewContext()
	cctx.Put(stateKey, st)
	err := col.Request(http.MethodGet, raw, nil, cctx, hdr)
	for attempt := 0; ; attempt++ {
		wait, retry, tooLong := r.retryWait(st, err, attempt)
		slowDown := st.status == http.StatusTooManyRequests || st.status == http.StatusServiceUnavailable
		if tooLong {
			r.log.Warn("host asks for a long pause: leaving it for a later run", "host", host, "retry_after", st.header.Get("Retry-After"))
			wait, _ = retryAfter(st.header, time.Now())
		}
		if slowDown && (retry || tooLong) {
			// The host asked for a pause: no slot sends it anything
			// until the pause is over.
			r.pauseHost(host, time.Now().Add(wait))
		}
		if !retry || st.req == nil {
			break
		}
		r.log.Debug("retrying", "url", raw, "status", st.status, "err", err, "attempt", attempt+1, "wait", wait)
		if !r.sleep(wait) || !r.waitHost(host) {
			break
		}
		req := st.req
		*st = fetchState{partPath: partPath}
		// Retry skips Colly's visited check, which the first attempt
		// has already passed.
		err = req.Retry()
	}
	return st, err
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

// fetchParts follows an article split over several pages from its first
// page, first, fetching each next page (see nextPart) through the host's
// collector, so with the same delay, robots.txt and retries as any page,
// until there is none or maxParts is reached. It returns the pages after
// the first, in order, with their canonical URLs, and the number of
// responses received for them (a failed page included). A next page that
// robots.txt disallows, or that redirects to a page already fetched, ends
// the article; one that fails fails the article, whose record would
// otherwise be stored short.
func (r *run) fetchParts(col *colly.Collector, it item, first *fetchState) (parts []*fetchState, urls []string, responses int, err error) {
	base, err := url.Parse(it.url)
	if err != nil || partPathOf(base) == "" {
		return nil, nil, 0, nil
	}
	seen := map[string]bool{seenKey(it.url): true}
	cur, curURL := first, it.url
	for k := 1; ; k++ {
		next := nextPart(base, k, cur.partLinks)
		if r.cfg.pageLinks != nil {
			// The site's own description of its next page first.
			if _, n := r.cfg.pageLinks(curURL, cur.body); n != "" {
				next = n
			}
		}
		if next == "" || seen[seenKey(next)] {
			break
		}
		if k == maxParts {
			r.log.Warn("article has more pages than kabar fetches; keeping the first ones", "url", it.url, "pages", maxParts)
			break
		}
		seen[seenKey(next)] = true
		nu, err := url.Parse(next)
		if err != nil {
			break
		}
		if r.robots != nil {
			if e, _ := r.robots.entry(r.ctx, nu); e.err == nil && !e.allowed(nu) {
				r.log.Info("next page of an article disallowed by robots.txt; keeping the pages before it", "url", it.url, "next", next)
				break
			}
		}
		if !r.waitHost(nu.Host) {
			return parts, urls, responses, fmt.Errorf("page %d of the article: %w", k+1, context.Canceled)
		}
		st, err := r.get(col, nu.Host, next, nil, partPathOf(base))
		if st.status != 0 {
			responses++
		}
		var visited *colly.AlreadyVisitedError
		if errors.As(err, &visited) {
			// Past the last page, some sites redirect to page one.
			break
		}
		if perr := r.partError(st, err); perr != nil {
			return parts, urls, responses, fmt.Errorf("page %d of the article, %s: %w", k+1, next, perr)
		}
		parts, urls = append(parts, st), append(urls, next)
		cur, curURL = st, next
	}
	return parts, urls, responses, nil
}

// partError says why a fetched next page of an article is unusable, nil
// when it is an HTML page.
func (r *run) partError(st *fetchState, err error) error {
	switch {
	case st.status != 0 && (st.status < 200 || st.status > 299):
		return fmt.Errorf("HTTP %d %s", st.status, http.StatusText(st.status))
	case st.notHTML != "":
		return fmt.Errorf("%w: Content-Type %q", ErrNotHTML, st.notHTML)
	case st.tooLarge || len(st.body) > r.cfg.maxBodySize:
		return fmt.Errorf("%w of %d bytes", ErrTooLarge, r.cfg.maxBodySize)
	case err != nil:
		return err
	}
	ct := st.header.Get("Content-Type")
	if ct == "" {
		st.header.Set("Content-Type", http.DetectContentType(st.body))
	} else if !isHTML(mediaType(ct)) {
		return fmt.Errorf("%w: Content-Type %q", ErrNotHTML, ct)
	}
	return nil
}

// firstPages maps links to numbered pages of an article to its first page
// (see firstPage), keeping the first of each.
func firstPages(items []item) []item {
	for i := range items {
		items[i].url = firstPage(items[i].url)
	}
	return items
}

// page makes the Handler's Page of a fetched page with canonical URL u.
// ct is its Content-Type, sniffed when the response had none.
func (r *run) page(u string, depth int, st *fetchState, ct string) *Page {
	header := st.header
	if lct := strings.ToLower(ct); strings.Contains(lct, "charset") &&
		!strings.Contains(lct, "utf-8") && !strings.Contains(lct, "utf8") {
		// Colly has converted the body to UTF-8; say so.
		header.Set("X-Kabar-Original-Content-Type", ct)
		header.Set("Content-Type", mediaType(ct)+"; charset=utf-8")
	}
	final := st.finalURL
	if final == "" {
		final = u
	}
	p := &Page{
		URL:       u,
		FinalURL:  final,
		Status:    st.status,
		Header:    header,
		Body:      st.body,
		Depth:     depth,
		FetchedAt: st.fetchedAt,
	}
	st.body = nil
	return p
}

// handle passes an HTML page, with the later pages of its article if it is
// split over several, to the Handler.
func (r *run) handle(res result, it item, st *fetchState, ct string, parts []*fetchState, partURLs []string) result {
	res.kind = resPage
	res.outcome = Index
	if r.cfg.handler == nil {
		return res
	}
	p := r.page(it.url, it.depth, st, ct)
	for i, part := range parts {
		p.Parts = append(p.Parts, r.page(partURLs[i], it.depth, part, part.header.Get("Content-Type")))
	}
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
