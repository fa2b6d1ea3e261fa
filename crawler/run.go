package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"
)

// Run crawls from seeds until nothing in scope is left to fetch, the page
// cap is reached, or ctx is cancelled, and returns what it did.
//
// Seeds may be home or section pages, RSS/Atom/JSON feeds, sitemaps or
// bare domains (taken as https://domain/); the response tells which. Each
// seed puts its site in scope (see scope), and the sitemaps its robots.txt
// names are crawled too (WithRobotsSitemaps).
//
// When ctx is cancelled Run starts nothing new; pages in flight finish,
// Handler included, within the stop grace, after which their requests are
// cut off. Run then returns the Summary so far and an error wrapping
// ctx's error. Any other error means the crawl could not start.
func (c *Crawler) Run(ctx context.Context, seeds ...string) (Summary, error) {
	sum := Summary{Started: time.Now()}
	if len(seeds) == 0 {
		return sum, errors.New("crawl: no seeds")
	}
	sc := newScope()
	for _, d := range c.cfg.allowedDomains {
		if err := sc.addDomain(d); err != nil {
			return sum, fmt.Errorf("crawl: %w", err)
		}
	}
	var (
		start   []item
		private bool
	)
	for _, s := range seeds {
		if !strings.Contains(s, "://") {
			s = "https://" + strings.TrimSpace(s) // a bare domain: detik.com
		}
		cu, err := Canonical(s)
		if err != nil {
			return sum, fmt.Errorf("crawl: seed: %w", err)
		}
		if err := sc.addSeed(cu); err != nil {
			return sum, fmt.Errorf("crawl: seed: %w", err)
		}
		u, _ := url.Parse(cu)
		start = append(start, item{url: cu, host: u.Host})
		private = private || isPrivateHost(u.Hostname())
	}
	if c.cfg.ignoreRobots {
		c.log.Warn("IGNORING robots.txt: this crawl fetches pages the sites asked crawlers to leave alone",
			"seeds", seeds)
	}

	// Pages in flight run on hardCtx, which outlives ctx by the stop grace.
	hardCtx, hardCancel := context.WithCancel(context.WithoutCancel(ctx))
	defer hardCancel()
	r := &run{cfg: &c.cfg, log: c.log, scope: sc, ctx: hardCtx, stop: ctx, private: private, wake: make(chan struct{}, 1)}
	if err := r.setUp(); err != nil {
		return sum, fmt.Errorf("crawl: %w", err)
	}

	var fr frontier = newMemFrontier()
	if c.cfg.frontierDB != nil {
		if c.cfg.shared == nil {
			bf, resumed, err := openBoltFrontier(c.cfg.frontierDB, c.cfg.fresh)
			if err != nil {
				return sum, fmt.Errorf("crawl: %w", err)
			}
			if resumed {
				c.log.Info("resuming an unfinished crawl", "queued", bf.queued())
			}
			fr = bf
		}
		var err error
		if r.validators, err = openValidators(c.cfg.frontierDB, c.cfg.fresh); err != nil {
			return sum, fmt.Errorf("crawl: %w", err)
		}
	}
	// poll wakes the loop of a shared crawl now and then: hosts this
	// process takes over, and links other processes queue on its hosts,
	// arrive without a fetch of its own finishing.
	var poll <-chan time.Time
	if c.cfg.shared != nil {
		fr = sharedFrontier{c.cfg.shared}
		t := time.NewTicker(sharedPoll)
		defer t.Stop()
		poll = t.C
	}
	// Seeds an unfinished crawl has already fetched are not fetched again.
	seedItems, err := fr.unseen(start)
	if err == nil {
		err = fr.commit(nil, nil, seedItems)
	}
	if err != nil {
		return sum, fmt.Errorf("crawl: %w", err)
	}
	c.log.Info("crawl started", "seeds", len(start), "queued", fr.queued(), "max_pages", c.cfg.maxPages,
		"max_depth", c.cfg.maxDepth, "delay", c.cfg.delay, "parallelism", c.cfg.parallelism)

	var (
		results  = make(chan result)
		inflight = map[string]int{}
		perHost  = map[string]int{} // requests made to each host
		active   int
		handling int // fetches that released their slot: Handlers running
		requests int // requests made or in flight, the max-pages budget
		stopping bool
		fatal    error // a frontier failure; ends the crawl
		done     = ctx.Done()
		grace    <-chan time.Time
		tick     <-chan time.Time
	)
	if c.cfg.progress != nil {
		t := time.NewTicker(c.cfg.progressEvery)
		defer t.Stop()
		tick = t.C
	}
	ready := func(host string) bool {
		return inflight[host] < c.cfg.parallelism &&
			(c.cfg.maxPagesHost == 0 || perHost[host] < c.cfg.maxPagesHost)
	}
	// Handlers that may run while their hosts' next requests are made:
	// enough to keep the cores busy, few enough to bound the pages held.
	maxHandling := runtime.GOMAXPROCS(0)
	for {
		r.takeReleased(func(host string, n int) {
			inflight[host] -= n
			handling += n
		})
		// ctx is checked here as well as in the select below, which
		// picks at random among ready cases: nothing new may start once
		// it is cancelled.
		for !stopping && ctx.Err() == nil && (c.cfg.maxPages == 0 || requests < c.cfg.maxPages) && handling < maxHandling {
			it, ok, err := fr.next(ready)
			if err != nil {
				fatal, stopping = err, true
				c.log.Error("crawl stopping: frontier failed", "err", err)
				break
			}
			if !ok {
				break
			}
			inflight[it.host]++
			perHost[it.host]++
			active++
			requests++
			go func() { results <- r.fetch(it) }()
		}
		if active == 0 {
			// A shared crawl may get work from other processes: it ends
			// only when the whole crawl does.
			w, shared := fr.(waiter)
			if shared && !stopping && ctx.Err() == nil && (c.cfg.maxPages == 0 || requests < c.cfg.maxPages) {
				more, err := w.wait(ctx)
				switch {
				case ctx.Err() != nil:
					continue // the loop's top stops
				case err != nil:
					fatal, stopping = err, true
					c.log.Error("crawl stopping: shared frontier failed", "err", err)
				case more:
					continue
				}
			}
			break
		}
		select {
		case res := <-results:
			// Fetches that finished meanwhile (while the last commit
			// was being written) share this commit: one write for
			// several pages, each still all or nothing.
			batch := []result{res}
		drain:
			for len(batch) < active {
				select {
				case more := <-results:
					batch = append(batch, more)
				default:
					break drain
				}
			}
			for _, res := range batch {
				if res.released {
					handling--
				} else {
					inflight[res.it.host]--
				}
				active--
				if res.kind == resRobots || res.kind == resDuplicate || res.kind == resInterrupted || res.kind == resPostponed {
					requests-- // no page request was made for it
					perHost[res.it.host]--
				}
				sum.add(res)
			}
			if err := c.record(fr, r.validators, batch, &sum); err != nil && fatal == nil {
				fatal, stopping = err, true
				c.log.Error("crawl stopping: frontier failed", "err", err)
			}
		case <-done:
			stopping, done = true, nil
			c.log.Info("crawl stopping: letting pages in flight finish", "in_flight", active, "grace", c.cfg.stopGrace)
			grace = time.After(c.cfg.stopGrace)
		case <-r.wake:
			// A slot was released: the loop's top dispatches.
		case <-poll:
		case now := <-tick:
			// Fetches that released their host's slot are only being
			// handled now: they are not in flight, and counting them
			// would let InFlight exceed the parallelism.
			p := Progress{Summary: sum, Queued: fr.queued(), InFlight: active - handling}
			p.Finished = now
			c.cfg.progress(p)
		case <-grace:
			grace = nil
			c.log.Warn("crawl stop grace over: cutting off pages in flight", "in_flight", active)
			hardCancel()
		}
	}
	sum.Finished = time.Now()
	c.log.Info("crawl finished", "fetched", sum.Fetched, "articles", sum.Articles, "index", sum.Index,
		"skipped", sum.Skipped, "errors", sum.Errors, "not_html", sum.NotHTML,
		"robots_denied", sum.RobotsDenied, "known", sum.Known, "queued", fr.queued(),
		"took", sum.Finished.Sub(sum.Started).Round(time.Millisecond))
	if fatal != nil {
		return sum, fmt.Errorf("crawl stopped: %w", fatal)
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("crawl stopped: %w", err)
	}
	return sum, nil
}

// record writes finished fetches to the frontier in one commit: a feed's
// validators are kept for the next run, each item leaves the queue (unless
// the stop cut it short), the URLs its page turned out to be are seen, and
// its new links within the depth cap are queued. Links WithSkip declines
// are marked seen, so that it is asked about each URL once. Links are
// recorded even while the crawl is stopping, so that the next run can
// resume with them.
func (c *Crawler) record(fr frontier, v *validators, batch []result, sum *Summary) error {
	var (
		done, queue []item
		seen        []string
	)
	asked := map[string]bool{} // links of the batch already queued or declined
	for _, res := range batch {
		s, q, err := c.links(fr, res, sum, asked)
		if err != nil {
			return err
		}
		seen, queue = append(seen, s...), append(queue, q...)
		if res.kind == resInterrupted || res.kind == resPostponed {
			continue // stays queued
		}
		if res.kind == resFeed && v != nil {
			if err := v.put(res.it.url, res.etag, res.lastModified); err != nil {
				return err
			}
		}
		done = append(done, res.it)
	}
	return fr.commit(done, seen, queue)
}

// links works out what one finished fetch adds to the frontier: the URLs
// to mark seen and the links to queue. asked holds the seen keys of links
// earlier fetches of the same commit queued or declined.
func (c *Crawler) links(fr frontier, res result, sum *Summary, asked map[string]bool) (seen []string, queue []item, err error) {
	if res.final != "" {
		seen = append(seen, res.final)
	}
	for _, a := range res.aliases {
		seen = append(seen, a.url)
	}
	same := make(map[string]bool, len(seen)+1)
	same[seenKey(res.it.url)] = true
	for _, u := range seen {
		same[seenKey(u)] = true
	}
	var links []item
	for _, l := range res.links {
		if (c.cfg.maxDepth == 0 || l.depth <= c.cfg.maxDepth) && !same[seenKey(l.url)] {
			links = append(links, l)
		}
	}
	fresh, err := fr.unseen(links)
	if err != nil {
		return nil, nil, err
	}
	for _, l := range fresh {
		k := seenKey(l.url)
		if asked[k] {
			continue
		}
		asked[k] = true
		if c.cfg.skip != nil && c.cfg.skip(l.url) {
			sum.Known++
			seen = append(seen, l.url)
			continue
		}
		queue = append(queue, l)
	}
	return seen, queue, nil
}

// add counts one result.
func (s *Summary) add(res result) {
	if res.status != 0 {
		s.Fetched++
	}
	s.Fetched += res.extra
	switch res.kind {
	case resPage:
		switch res.outcome {
		case Article:
			s.Articles++
		case Skipped:
			s.Skipped++
		default:
			s.Index++
		}
	case resFailed:
		s.Errors++
	case resNotHTML:
		s.NotHTML++
	case resRobots:
		s.RobotsDenied++
	case resNotModified:
		s.NotModified++
	case resPostponed:
		s.Postponed++
	}
}
