package crawler

import (
	"context"
	"errors"
	"time"
)

// Link is a URL in a SharedFrontier.
type Link struct {
	URL   string // canonical
	Host  string // host[:port], the unit of politeness and of leases
	Depth int
	// Key is the URL's seen key (Key): two URLs with one key are one page,
	// fetched once.
	Key string
	// ID names the link as handed out by SharedFrontier.Next, so that
	// Commit can say it is done; empty for a link to queue.
	ID string
}

// SharedFrontier is the frontier of a crawl shared by several processes,
// perhaps on several machines (package queue keeps one on NATS
// JetStream). The crawler calls it from Run's loop goroutine only.
//
// Its contract is the local frontier's, across processes: a URL is queued
// at most once per crawl whichever process found it; a link handed out by
// Next stays the caller's until Commit names it done, and goes to another
// process if this one dies or closes the frontier first; and Next hands
// out links of a host only while this process holds that host, which no
// other process does meanwhile, so that the delay and parallelism per host
// hold across the whole cluster.
type SharedFrontier interface {
	// Unseen returns the links whose keys no process has seen in this
	// crawl, each once. It changes nothing.
	Unseen(links []Link) ([]Link, error)
	// Commit records, at once as far as a crash can tell: the queue links
	// not seen are queued and marked seen, the seen keys are marked seen,
	// and then the done links (by ID) leave the queue. A process that
	// dies in between has its done links fetched again, never a link lost.
	Commit(done []Link, seen []string, queue []Link) error
	// Next returns, without waiting on the network for long, a queued
	// link of a host this process holds and for which ready reports true.
	Next(ready func(host string) bool) (Link, bool, error)
	// Wait blocks while this process has nothing to fetch and the crawl
	// is still going on elsewhere; it returns true when Next may have a
	// link, false when the crawl is over (nothing queued anywhere, none in
	// any process's hands), and ctx's error when ctx ends first.
	Wait(ctx context.Context) (bool, error)
	// Queued counts the links queued in the whole crawl, in every
	// process's hands or waiting.
	Queued() int
}

// WithSharedFrontier makes the crawl one of several processes sharing f:
// the seeds are queued unless some process already did, and Run returns
// once nothing is left anywhere (or at the page cap, which counts this
// process's requests). The caller closes f after Run, which hands the
// links still in this process's hands back. A FrontierDB, if also given,
// keeps only the feeds' validators.
func WithSharedFrontier(f SharedFrontier) Option {
	return func(c *config) error {
		if f == nil {
			return errors.New("shared frontier: nil")
		}
		c.shared = f
		return nil
	}
}

// Key is the key under which a crawl remembers a URL: its canonical form
// without the scheme (see seenKey). It is "" for a URL that is not
// http(s).
func Key(rawURL string) string {
	cu, err := Canonical(rawURL)
	if err != nil {
		return ""
	}
	return seenKey(cu)
}

// waiter is a frontier that may have work later though it has none now.
type waiter interface {
	wait(ctx context.Context) (bool, error)
}

// sharedFrontier adapts a SharedFrontier to the crawler's frontier.
type sharedFrontier struct{ f SharedFrontier }

func toLink(it item) Link {
	return Link{URL: it.url, Host: it.host, Depth: it.depth, Key: seenKey(it.url), ID: string(it.key)}
}

func toItem(l Link) item {
	it := item{url: l.URL, host: l.Host, depth: l.Depth}
	if l.ID != "" {
		it.key = []byte(l.ID)
	}
	return it
}

func (s sharedFrontier) unseen(links []item) ([]item, error) {
	ls := make([]Link, len(links))
	for i, it := range links {
		ls[i] = toLink(it)
	}
	out, err := s.f.Unseen(ls)
	if err != nil {
		return nil, err
	}
	items := make([]item, len(out))
	for i, l := range out {
		items[i] = toItem(l)
	}
	return items, nil
}

func (s sharedFrontier) commit(done []item, seen []string, queue []item) error {
	d := make([]Link, 0, len(done))
	for _, it := range done {
		if it.key != nil {
			d = append(d, toLink(it))
		}
	}
	keys := make([]string, len(seen))
	for i, u := range seen {
		keys[i] = seenKey(u)
	}
	q := make([]Link, len(queue))
	for i, it := range queue {
		q[i] = toLink(it)
	}
	return s.f.Commit(d, keys, q)
}

func (s sharedFrontier) next(ready func(host string) bool) (item, bool, error) {
	l, ok, err := s.f.Next(ready)
	if err != nil || !ok {
		return item{}, false, err
	}
	return toItem(l), true, nil
}

func (s sharedFrontier) queued() int { return s.f.Queued() }

func (s sharedFrontier) wait(ctx context.Context) (bool, error) { return s.f.Wait(ctx) }

// sharedPoll is how often the loop of a shared crawl looks for work that
// other processes made available while its own fetches run.
const sharedPoll = 200 * time.Millisecond
