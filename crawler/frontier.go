package crawler

// item is one URL waiting to be fetched.
type item struct {
	url   string // canonical
	host  string // url's host[:port], the unit of politeness
	depth int
	key   []byte // the item's key in a persistent frontier; nil in memory
}

// frontier holds the URLs a Run has seen and those still to fetch, queued
// per host so that one slow or heavily delayed host never holds up the
// others. It is used by Run's loop goroutine only, and needs no lock.
//
// Invariants: a URL is queued at most once (every queued URL is seen, and
// only unseen URLs are queued); an item handed out by next stays queued
// until commit names it done, so a crawl killed in between fetches it
// again on resume; next never hands out an item twice.
type frontier interface {
	// unseen returns the items of links whose URLs are not seen, each
	// once. It changes nothing.
	unseen(links []item) ([]item, error)
	// commit records, at once: the done items leave the queue; the
	// seen URLs are marked seen; the queue items not seen (the seen URLs
	// included) are queued and marked seen.
	commit(done []item, seen []string, queue []item) error
	// next returns a queued item, not yet handed out, of a host for
	// which ready reports true, taking hosts in turn.
	next(ready func(host string) bool) (item, bool, error)
	// queued counts the items queued, handed out or not.
	queued() int
}

// memFrontier is the frontier of a Run without a store: it lives and dies
// with the Run.
type memFrontier struct {
	seen   map[string]bool
	queues map[string][]item
	hosts  []string // hosts in first-seen order, for round-robin
	rr     int      // index in hosts where the next pass starts
	n      int      // queued items, including those handed out
}

func newMemFrontier() *memFrontier {
	return &memFrontier{seen: map[string]bool{}, queues: map[string][]item{}}
}

func (f *memFrontier) unseen(links []item) ([]item, error) {
	var out []item
	batch := map[string]bool{}
	for _, l := range links {
		k := seenKey(l.url)
		if f.seen[k] || batch[k] {
			continue
		}
		batch[k] = true
		out = append(out, l)
	}
	return out, nil
}

func (f *memFrontier) commit(done []item, seen []string, queue []item) error {
	f.n -= len(done)
	for _, u := range seen {
		f.seen[seenKey(u)] = true
	}
	for _, it := range queue {
		k := seenKey(it.url)
		if f.seen[k] {
			continue
		}
		f.seen[k] = true
		if _, ok := f.queues[it.host]; !ok {
			f.hosts = append(f.hosts, it.host)
		}
		f.queues[it.host] = append(f.queues[it.host], it)
		f.n++
	}
	return nil
}

func (f *memFrontier) next(ready func(host string) bool) (item, bool, error) {
	n := len(f.hosts)
	for i := range n {
		host := f.hosts[(f.rr+i)%n]
		q := f.queues[host]
		if len(q) == 0 || !ready(host) {
			continue
		}
		it := q[0]
		q[0] = item{}
		f.queues[host] = q[1:]
		if len(q) == 1 {
			f.queues[host] = nil // let the backing array go
		}
		f.rr = (f.rr + i + 1) % n
		return it, true, nil
	}
	return item{}, false, nil
}

func (f *memFrontier) queued() int { return f.n }
