package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"regexp"
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

// maxRedirects is how many redirects one request may follow (Go's default).
const maxRedirects = 10

// stateKey is the key under which a request's fetchState sits in its
// colly.Context.
const stateKey = "kabar.fetch"

// fetchState is what Colly's callbacks learn about one request. It belongs
// to the goroutine that made the request; Colly runs a request's callbacks
// on that goroutine, so it needs no lock.
type fetchState struct {
	status    int
	header    http.Header
	finalURL  string
	body      []byte
	notHTML   string // the Content-Type of a response that is not HTML
	tooLarge  bool
	links     []string // absolute URLs from a[href] and feed <link>s
	aliases   []string // other URLs of this page: rel=canonical, og:url, rel=amphtml
	fetchedAt time.Time
	req       *colly.Request // the latest attempt, for retrying it
}

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
}

// run is the state of one Run shared by its fetch goroutines: fixed before
// the first fetch and only read afterwards.
type run struct {
	cfg   *config
	log   *slog.Logger
	scope *scope
	col   *colly.Collector
	// ctx is cancelled only when the stop grace has run out (or Run
	// returns); pages in flight use it, so they can finish after Run's own
	// context is cancelled.
	ctx context.Context
	// stop is Run's own context: when it is done, nothing new starts.
	stop context.Context
	// private is true when a seed is on a loopback, private or local host;
	// otherwise such addresses are refused.
	private bool
	// robots is nil when robots.txt is ignored.
	robots *robots
	// collectors holds a *hostCollector per host.
	collectors sync.Map
	transport  http.RoundTripper
	visited    *storage.InMemoryStorage
}

// setUp prepares what a Run's fetches share: the transport, robots.txt
// and Colly's visited set. It runs before the first fetch.
func (r *run) setUp() error {
	cfg := r.cfg
	transport := cfg.transport
	if transport == nil {
		transport = newTransport(cfg, r.private)
	}
	r.transport = gunzipTransport{transport}
	if !cfg.ignoreRobots {
		r.robots = newRobots(&http.Client{Transport: r.transport, Timeout: cfg.timeout}, cfg.userAgent, r.log)
	}
	r.visited = &storage.InMemoryStorage{}
	if err := r.visited.Init(); err != nil {
		return fmt.Errorf("visited set: %w", err)
	}
	return nil
}

// collector returns the Colly collector of a host, creating it on first
// use with its LimitRule (delay and parallelism). delay is the larger of
// the configured delay and the host's Crawl-delay.
//
// Each host has its own collector because Colly cannot take a LimitRule
// while requests are running (Collector.Limit initialises the rule after
// publishing it: a data race), and hosts are only known as they are
// discovered. The collectors share the transport and the visited set.
func (r *run) collector(host string, delay time.Duration) (*colly.Collector, error) {
	v, _ := r.collectors.LoadOrStore(host, &hostCollector{})
	hc := v.(*hostCollector)
	hc.once.Do(func() {
		if delay > r.cfg.delay {
			r.log.Info("using the site's Crawl-delay", "host", host, "delay", delay)
		}
		hc.col, hc.err = r.newCollector(host, delay)
	})
	return hc.col, hc.err
}

// hostCollector is one host's collector, made once.
type hostCollector struct {
	once sync.Once
	col  *colly.Collector
	err  error
}

// newCollector configures the Colly collector of one host.
func (r *run) newCollector(host string, delay time.Duration) (*colly.Collector, error) {
	cfg := r.cfg
	col := colly.NewCollector(
		colly.UserAgent(cfg.userAgent),
		// One byte over the cap, so that a body at the cap can be told
		// from a body Colly cut short.
		colly.MaxBodySize(cfg.maxBodySize+1),
		colly.ParseHTTPErrorResponse(),
		colly.StdlibContext(r.ctx),
	)
	// robots.txt is applied by r.robots, which also reads Crawl-delay
	// and Sitemap lines.
	col.IgnoreRobotsTxt = true
	col.WithTransport(r.transport)
	if err := col.SetStorage(r.visited); err != nil {
		return nil, fmt.Errorf("collector for %s: %w", host, err)
	}
	if err := col.Limit(&colly.LimitRule{
		DomainRegexp: "^" + regexp.QuoteMeta(host) + "$",
		Delay:        delay,
		Parallelism:  cfg.parallelism,
	}); err != nil {
		return nil, fmt.Errorf("limit rule for %s: %w", host, err)
	}
	col.SetRequestTimeout(cfg.timeout)
	col.SetRedirectHandler(r.checkRedirect)

	col.OnRequest(func(req *colly.Request) {
		if st := stateOf(req.Ctx); st != nil {
			st.req = req
		}
	})
	col.OnResponseHeaders(func(resp *colly.Response) {
		st := stateOf(resp.Ctx)
		if st == nil {
			return
		}
		st.status = resp.StatusCode
		st.header = resp.Headers.Clone()
		st.finalURL = resp.Request.URL.String()
		switch {
		case resp.StatusCode < 200 || resp.StatusCode > 299:
			// The status says it all; don't download the error page.
			resp.Request.Abort()
		case !acceptable(st.header.Get("Content-Type")):
			st.notHTML = st.header.Get("Content-Type")
			resp.Request.Abort()
		case contentLength(st.header) > int64(cfg.maxBodySize):
			st.tooLarge = true
			resp.Request.Abort()
		}
	})
	col.OnResponse(func(resp *colly.Response) {
		st := stateOf(resp.Ctx)
		if st == nil {
			return
		}
		st.fetchedAt = time.Now()
		st.body = resp.Body
	})
	col.OnHTML("a[href], area[href], link[rel~=alternate][href]", func(e *colly.HTMLElement) {
		st := stateOf(e.Request.Ctx)
		if st == nil || st.status < 200 || st.status > 299 {
			return
		}
		if u := e.Request.AbsoluteURL(e.Attr("href")); u != "" {
			st.links = append(st.links, u)
		}
	})
	col.OnHTML(`link[rel~=canonical][href], link[rel~=amphtml][href], meta[property="og:url"][content]`, func(e *colly.HTMLElement) {
		st := stateOf(e.Request.Ctx)
		if st == nil || st.status < 200 || st.status > 299 {
			return
		}
		v := e.Attr("href")
		if e.Name == "meta" {
			v = e.Attr("content")
		}
		if u := e.Request.AbsoluteURL(v); u != "" {
			st.aliases = append(st.aliases, u)
		}
	})
	return col, nil
}

func stateOf(ctx *colly.Context) *fetchState {
	if ctx == nil {
		return nil
	}
	st, _ := ctx.GetAny(stateKey).(*fetchState)
	return st
}

// checkRedirect keeps redirects inside the crawl's scope and bounded.
func (r *run) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("%w: stopped after %d redirects", errRedirectPolicy, maxRedirects)
	}
	cu, err := Canonical(req.URL.String())
	if err != nil {
		return fmt.Errorf("%w: to %q: %w", errRedirectPolicy, req.URL, err)
	}
	u, err := url.Parse(cu)
	if err != nil || !r.scope.allows(u) {
		return fmt.Errorf("%w: to %s: %w", errRedirectPolicy, cu, ErrOutOfScope)
	}
	// A page redirecting to itself once (to set a cookie) is common and
	// harmless; coming back to any earlier URL of the chain is a loop.
	for _, prev := range via[:len(via)-1] {
		if pc, _ := Canonical(prev.URL.String()); pc == cu {
			return fmt.Errorf("%w: loop at %s", errRedirectPolicy, cu)
		}
	}
	return nil
}

// mediaType returns the lower-case media type of a Content-Type value.
func mediaType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// isHTML reports whether a media type is HTML.
func isHTML(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// isXML reports whether a media type may hold a feed or a sitemap.
func isXML(mt string) bool {
	switch mt {
	case "text/xml", "application/xml", "application/rss+xml", "application/atom+xml",
		"application/rdf+xml", "application/x-gzip", "application/gzip":
		return true
	}
	return false
}

// acceptable reports whether a response's Content-Type is worth
// downloading. An absent type is sniffed after the download.
func acceptable(ct string) bool {
	if ct == "" {
		return true
	}
	mt := mediaType(ct)
	return isHTML(mt) || isXML(mt)
}

func contentLength(h http.Header) int64 {
	var n int64
	if _, err := fmt.Sscan(h.Get("Content-Length"), &n); err != nil {
		return -1
	}
	return n
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
	st := &fetchState{}
	cctx := colly.NewContext()
	cctx.Put(stateKey, st)
	err = col.Request(http.MethodGet, it.url, nil, cctx, nil)
	for attempt := 0; ; attempt++ {
		wait, retry, tooLong := r.retryWait(st, err, attempt)
		if tooLong {
			r.log.Info("not retrying: Retry-After too long", "url", it.url, "retry_after", st.header.Get("Retry-After"))
		}
		if !retry || st.req == nil {
			break
		}
		r.log.Debug("retrying", "url", it.url, "status", st.status, "err", err, "attempt", attempt+1, "wait", wait)
		if !r.sleep(wait) {
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
		// A redirect to a URL this Run already requested: a loop when it
		// leads back to the URL asked for, else a second road to a page
		// already fetched, which is no failure.
		if visited.Destination != nil {
			if cu, _ := Canonical(visited.Destination.String()); cu == it.url {
				return r.fail(res, fmt.Errorf("redirect loop back to %s", it.url))
			}
		}
		res.kind = resDuplicate
		r.log.Debug("redirect to a page already fetched", "url", it.url, "to", visited.Destination)
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
		res.links = append(r.inScope(st.links, it.depth+1), res.links...)
		res.aliases = r.inScope(st.aliases, it.depth)
		return r.handle(res, it, st, ct)
	case isXML(mt):
		links, children, ferr := parseFeed(st.body)
		if ferr != nil {
			res.kind = resNotHTML
			r.report(it.url, st.status, fmt.Errorf("%w: %s is not a feed or sitemap: %w", ErrNotHTML, mt, ferr))
			return res
		}
		res.kind = resFeed
		res.links = append(r.inScope(links, it.depth+1), res.links...)
		// Sitemaps listed by a sitemap index are as deep as the index, so
		// that an index seed reaches its articles at depth 1.
		res.links = append(res.links, r.inScope(children, it.depth)...)
		r.log.Debug("feed read", "url", it.url, "links", len(res.links))
		return res
	}
	res.kind = resNotHTML
	r.report(it.url, st.status, fmt.Errorf("%w: Content-Type %q", ErrNotHTML, ct))
	return res
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
