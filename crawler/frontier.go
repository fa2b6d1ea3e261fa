package crawler

import "net/url"

// item is one URL waiting to be fetched.
type item struct {
	url   string // canonical
	host  string // url's host[:port], the unit of politeness
	depth int
	seed  bool
}

// frontier holds the URLs a Run has seen and those still to fetch, queued
// per host so that one slow or heavily delayed host never holds up the
// others. It is owned by Run's loop goroutine and needs no lock.
//
// Invariant: a URL is queued at most once per Run (seen holds every URL
// ever queued, fetched or not, and every URL a fetched page turned out to
// be: redirect targets, rel=canonical, AMP versions).
//
// The frontier lives in memory for now; issue 5 moves it into the bbolt
// store so that a killed crawl resumes.
type frontier struct {
	seen   map[string]bool
	queues map[string][]item
	hosts  []string // hosts in first-seen order, for round-robin dispatch
	next   int      // index in hosts where the next dispatch pass starts
	queued int
}

func newFrontier() *frontier {
	return &frontier{seen: map[string]bool{}, queues: map[string][]item{}}
}

// markSeen records canonical URL u without queueing it, and reports
// whether it was new. http and https forms of a URL are one URL here.
func (f *frontier) markSeen(u string) bool {
	k := seenKey(u)
	if f.seen[k] {
		return false
	}
	f.seen[k] = true
	return true
}

// push queues it; the caller has checked markSeen.
func (f *frontier) push(it item) {
	if _, ok := f.queues[it.host]; !ok {
		f.hosts = append(f.hosts, it.host)
	}
	f.queues[it.host] = append(f.queues[it.host], it)
	f.queued++
}

// pop returns the next item of a host for which ready reports true, taking
// hosts in turn so that each gets its share.
func (f *frontier) pop(ready func(host string) bool) (item, bool) {
	n := len(f.hosts)
	for i := range n {
		host := f.hosts[(f.next+i)%n]
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
		f.queued--
		f.next = (f.next + i + 1) % n
		return it, true
	}
	return item{}, false
}

// hostOf returns the host[:port] of a canonical URL.
func hostOf(canonical string) string {
	u, err := url.Parse(canonical)
	if err != nil {
		return ""
	}
	return u.Host
}
