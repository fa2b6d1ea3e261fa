package crawler

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// maxRobotsSize is how much of a robots.txt is read; Google reads 500 KiB.
const maxRobotsSize = 500 << 10

// maxCrawlDelay caps a site's Crawl-delay: a larger value would make a
// crawl of that host useless, and is usually a typo for milliseconds.
const maxCrawlDelay = time.Minute

// robots fetches, caches and applies robots.txt, one per scheme and host.
// kabar reads robots.txt itself rather than through Colly because it needs
// more than allow/deny: Crawl-delay sets the host's delay, and Sitemap
// lines seed the crawl.
//
// Each host's robots.txt is fetched once per Run, by the first request to
// that host; other requests to it wait for that fetch.
type robots struct {
	client *http.Client
	ua     string
	log    *slog.Logger

	mu    sync.Mutex
	hosts map[string]*robotsEntry // by scheme://host
}

// robotsEntry is one host's robots.txt. ready is closed once the other
// fields are set; they are not changed afterwards.
type robotsEntry struct {
	ready    chan struct{}
	group    *robotstxt.Group // the group that applies to kabar; nil: allow all
	all      bool             // disallow everything (robots.txt answered 5xx)
	delay    time.Duration    // Crawl-delay of the group, capped
	sitemaps []string
	err      error
}

func newRobots(client *http.Client, ua string, log *slog.Logger) *robots {
	return &robots{client: client, ua: ua, log: log, hosts: map[string]*robotsEntry{}}
}

// entry returns the robots.txt of u's host, fetching it if this is the
// first request to the host. first reports whether this call fetched it.
func (r *robots) entry(ctx context.Context, u *url.URL) (e *robotsEntry, first bool) {
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	e, ok := r.hosts[key]
	if !ok {
		e = &robotsEntry{ready: make(chan struct{})}
		r.hosts[key] = e
	}
	r.mu.Unlock()
	if ok {
		select {
		case <-e.ready:
		case <-ctx.Done():
			return &robotsEntry{err: ctx.Err()}, false
		}
		return e, false
	}
	r.fetch(ctx, key, e)
	close(e.ready)
	return e, true
}

// allowed reports whether the entry lets kabar fetch u.
func (e *robotsEntry) allowed(u *url.URL) bool {
	if e.all {
		return false
	}
	if e.group == nil {
		return true
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return e.group.Test(p)
}

// fetch fills e from base/robots.txt.
func (r *robots) fetch(ctx context.Context, base string, e *robotsEntry) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/robots.txt", nil)
	if err != nil {
		e.err = fmt.Errorf("robots.txt: %w", err)
		return
	}
	req.Header.Set("User-Agent", r.ua)
	resp, err := r.client.Do(req)
	if err != nil {
		e.err = fmt.Errorf("robots.txt: %w", err)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsSize))
	if err != nil {
		e.err = fmt.Errorf("robots.txt: %w", err)
		return
	}
	switch {
	case resp.StatusCode >= 500, resp.StatusCode == http.StatusTooManyRequests:
		// The site cannot say what it allows right now: assume nothing,
		// as Google does.
		r.log.Warn("robots.txt unavailable: not crawling the host", "host", base, "status", resp.StatusCode)
		e.all = true
		return
	case resp.StatusCode >= 400:
		return // no robots.txt: everything allowed
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return
	}
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		// One bad line (often "Crawl-delay: 1s") makes the parser give
		// up on the whole file; drop the lines it cannot read and try
		// again before giving up ourselves.
		data, err = robotstxt.FromBytes(sanitiseRobots(body))
	}
	if err != nil {
		r.log.Warn("robots.txt unreadable: treating it as allowing everything", "host", base, "err", err)
		return
	}
	e.sitemaps = data.Sitemaps
	e.group = data.FindGroup(r.ua)
	if e.group != nil {
		e.delay = min(e.group.CrawlDelay, maxCrawlDelay)
	}
}

// sanitiseRobots drops Crawl-delay lines whose value is not a number.
func sanitiseRobots(body []byte) []byte {
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64<<10), maxRobotsSize)
	for sc.Scan() {
		line := sc.Text()
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "crawl-delay") {
			v, _, _ = strings.Cut(v, "#")
			if _, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err != nil {
				continue
			}
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.Bytes()
}
