package crawler

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/gocolly/colly/v2/storage"
)

// maxRedirects is how many redirects one request may follow (Go's default).
const maxRedirects = 10

// acceptHeader is the Accept header of every request: pages, then feeds
// and sitemaps.
const acceptHeader = "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,*/*;q=0.5"

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
	nofollow  bool           // the page's meta robots or X-Robots-Tag says nofollow
	// partPath, when set before the request, is the path of the first
	// page of the article; links containing it are kept in partLinks, as
	// candidates for the article's next page.
	partPath  string
	partLinks []partLink
}

// addPartLink keeps a link that may lead to the next page of the article.
func (st *fetchState) addPartLink(u string, e *colly.HTMLElement) {
	if st.partPath == "" || len(st.partLinks) >= maxPartLinks || !strings.Contains(u, st.partPath) {
		return
	}
	l := partLink{url: u, next: hasDirective(e.Attr("rel"), "next")}
	if e.Name == "a" {
		l.text = e.Text
	}
	st.partLinks = append(st.partLinks, l)
}

// hasDirective reports whether a robots meta or X-Robots-Tag value holds
// one of the directives.
func hasDirective(value string, directives ...string) bool {
	for f := range strings.FieldsFuncSeq(strings.ToLower(value), func(r rune) bool { return r == ',' || r == ' ' }) {
		for _, d := range directives {
			if f == d {
				return true
			}
		}
	}
	return false
}

// setUp prepares what a Run's fetches share: the transport, robots.txt
// and Colly's visited set. It runs before the first fetch.
func (r *run) setUp() error {
	cfg := r.cfg
	transport := cfg.transport
	if transport == nil {
		t, err := newTransport(cfg, r.private)
		if err != nil {
			return err
		}
		transport = t
		if p := proxiesInUse(); len(p) > 0 {
			// Said once, since a proxy changes where requests go and
			// which failures are the proxy's.
			r.log.Info("requests go through the proxy the environment names", p...)
		}
	}
	r.transport = gunzipTransport{transport}
	if cfg.onExchange != nil {
		r.transport = recordTransport{base: r.transport, hook: cfg.onExchange, max: cfg.maxBodySize}
	}
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
	parallelism := cfg.parallelism
	if delay > cfg.delay {
		// A Crawl-delay means one request per delay, not one per slot.
		parallelism = 1
	}
	if err := col.Limit(&colly.LimitRule{
		DomainRegexp: "^" + regexp.QuoteMeta(host) + "$",
		Delay:        delay,
		Parallelism:  parallelism,
	}); err != nil {
		return nil, fmt.Errorf("limit rule for %s: %w", host, err)
	}
	col.SetRequestTimeout(cfg.timeout)
	col.SetRedirectHandler(r.checkRedirect)

	col.OnRequest(func(req *colly.Request) {
		// Say what kabar wants, rather than Colly's "*/*": some sites
		// serve crawlers that accept anything a different page.
		req.Headers.Set("Accept", acceptHeader)
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
		for _, v := range st.header.Values("X-Robots-Tag") {
			// "googlebot: nofollow" names another robot; only bare
			// directives apply to kabar.
			if !strings.Contains(v, ":") && hasDirective(v, "nofollow", "none") {
				st.nofollow = true
			}
		}
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
			st.addPartLink(u, e)
		}
	})
	col.OnHTML("link[rel~=next][href]", func(e *colly.HTMLElement) {
		st := stateOf(e.Request.Ctx)
		if st == nil || st.status < 200 || st.status > 299 {
			return
		}
		if u := e.Request.AbsoluteURL(e.Attr("href")); u != "" {
			st.addPartLink(u, e)
		}
	})
	col.OnHTML(`meta[name="robots" i][content], meta[name="kabar" i][content]`, func(e *colly.HTMLElement) {
		// A page that asks robots not to follow its links is obeyed.
		if st := stateOf(e.Request.Ctx); st != nil && hasDirective(e.Attr("content"), "nofollow", "none") {
			st.nofollow = true
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
			return fmt.Errorf("%w: %w at %s", errRedirectPolicy, ErrRedirectLoop, cu)
		}
	}
	// A redirect does not get around robots.txt.
	if r.robots != nil {
		e, _ := r.robots.entry(req.Context(), u)
		if e.err == nil && !e.allowed(u) {
			return fmt.Errorf("%w: to %s: %w", errRedirectPolicy, cu, errRobotsRedirect)
		}
	}
	return nil
}

// errRobotsRedirect marks a redirect to a URL that robots.txt disallows;
// the page counts as denied by robots.txt.
var errRobotsRedirect = errors.New("disallowed by robots.txt")

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

// isXML reports whether a media type may hold a feed or a sitemap (JSON
// Feed included, for all its name).
func isXML(mt string) bool {
	switch mt {
	case "text/xml", "application/xml", "application/rss+xml", "application/atom+xml",
		"application/rdf+xml", "application/x-gzip", "application/gzip", "application/feed+json":
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
