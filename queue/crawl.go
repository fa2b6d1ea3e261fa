package queue

// The shared frontier of a distributed crawl (crawler.SharedFrontier) on
// JetStream:
//
//   - NAME_CRAWL, a work-queue stream, holds the URLs to fetch, one subject
//     per host (NAME.crawl.<host, base64url>), each read by one durable
//     consumer per host; a URL leaves it when the worker that fetched it
//     acknowledges it, after the page is stored and its links queued.
//   - NAME_crawl_leases, a key-value bucket whose entries expire after the
//     lease TTL, says which worker holds which host. Only the holder pulls
//     the host's URLs; it renews the lease while it crawls, and a worker
//     that dies stops renewing, so the host goes to another one after the
//     TTL, with the URLs the dead one held (their ack wait is the TTL).
//   - NAME_crawl_seen holds the seen set of the crawl (keys prefixed with
//     the crawl's generation), NAME_crawl_stored the pages stored in any
//     shard, across crawls, and NAME_crawl the crawl's seeds and
//     generation.
//
// A URL is queued with the message id generation+key, so two workers
// finding one link at once, or a worker that dies between queueing a link
// and marking it seen, queue it once (within the stream's duplicate
// window; after that the seen set has it).

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/kabar-news/kabar/crawler"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// DefaultLeaseTTL is how long a host stays with a worker that stopped
// renewing its lease (a dead one) before another worker may take it.
const DefaultLeaseTTL = 30 * time.Second

// DefaultMaxHosts is how many hosts one crawl worker holds at once.
const DefaultMaxHosts = 32

// dupWindow is the crawl stream's duplicate window: it covers a worker's
// gap between queueing a link and marking it seen.
const dupWindow = 2 * time.Minute

// scanEvery is how often Next looks for hosts to take or give back, and
// scanFull how often once the worker holds its share: a scan lists every
// host with URLs queued, which grows with the crawl.
const (
	scanEvery = 250 * time.Millisecond
	scanFull  = 2 * time.Second
)

// CrawlOptions shape a worker's share of a distributed crawl.
type CrawlOptions struct {
	// ID names the worker in leases and logs.
	ID string
	// LeaseTTL is the lease's time to live, set when the crawl's buckets
	// are created (default DefaultLeaseTTL); the stream's ack wait is the
	// same.
	LeaseTTL time.Duration
	// MaxHosts caps the hosts the worker holds at once (default
	// DefaultMaxHosts).
	MaxHosts int
}

// CrawlFrontier is one worker's handle on the shared frontier of a
// distributed crawl. Next, Commit, Unseen, Wait and Queued are called from
// the crawler's loop goroutine; a goroutine of its own renews the leases
// and keeps the URLs in hand from being redelivered.
type CrawlFrontier struct {
	q      *Queue
	o      CrawlOptions
	stream jetstream.Stream
	leases jetstream.KeyValue
	seen   jetstream.KeyValue
	stored jetstream.KeyValue
	config jetstream.KeyValue
	// workers holds one entry per live worker, for sharing hosts out.
	workers jetstream.KeyValue
	gen     uint64
	seeds   []string
	started time.Time // when the crawl began
	worked  bool      // this worker queued or fetched something, or saw URLs queued
	full    bool      // it held its share of the hosts at the last scan
	checked time.Time // when overShare last looked
	// try bounds one try of a call to the server (default tryTimeout).
	try time.Duration

	// leaseMu orders the lease writes of the renewal goroutine and of
	// release: a renewal that lands between release reading a lease's
	// revision and deleting it would leave the lease in the bucket, held
	// by nobody, until its TTL ran out, and no other worker could take
	// the host meanwhile. Taken before mu, never while holding it.
	leaseMu sync.Mutex

	mu      sync.Mutex
	hosts   map[string]*heldHost     // the hosts this worker holds
	out     map[string]jetstream.Msg // handed out, not yet done, by ID
	counts  map[string]uint64        // URLs in the stream per host token, at the last scan
	known   map[string]bool          // seen keys found in the bucket
	queued  int                      // URLs in the stream at the last scan
	scanned time.Time
	rr      int                // round-robin start among held hosts
	order   []string           // held hosts, in the order taken
	stop    context.CancelFunc // ends the renewal goroutine
	done    chan struct{}      // closed when it has ended
}

// heldHost is a host this worker holds a lease on.
type heldHost struct {
	tok     string
	rev     uint64 // the lease's revision
	renewed time.Time
	taken   time.Time
	lost    bool // renewal failed: another worker may hold it now
	// leaving says the host is to be given back: no URL of it is handed
	// out any more, and it goes once the ones in hand are done. A busy
	// host is never idle between two pages (the crawler takes a host's
	// next URL as soon as its request is done, before the page is
	// handled), so waiting for idleness alone kept every host with the
	// worker that took it first.
	leaving bool
	cons    jetstream.Consumer
	buf     []jetstream.Msg // pulled, not handed out yet
	out     int             // handed out, not yet done
}

// crawlRun is the crawl's record in NAME_crawl.
type crawlRun struct {
	Gen     uint64    `json:"gen"`
	Seeds   []string  `json:"seeds"`
	Started time.Time `json:"started"`
	// Done is set by the first worker to find nothing left to fetch.
	Done bool `json:"done,omitempty"`
}

// settle is how long a crawl may have nothing queued after it started
// (its seeds on their way) before a worker that queued nothing itself
// takes it for over.
const settle = 10 * time.Second

// crawlMsg is one queued URL.
type crawlMsg struct {
	URL   string `json:"url"`
	Host  string `json:"host"`
	Depth int    `json:"depth"`
	Key   string `json:"key"`
}

func (q *Queue) crawlStream() string { return q.Name + "_CRAWL" }
func (q *Queue) crawlSubject(tok string) string {
	return q.Name + ".crawl." + tok
}

// hostToken makes a subject token and key of a host name.
func hostToken(host string) string { return base64.RawURLEncoding.EncodeToString([]byte(host)) }

// keyHash makes a key-value key of a seen key (which may hold any
// character and be long).
func keyHash(key string) string {
	h := sha256.Sum256([]byte(key))
	return base64.RawURLEncoding.EncodeToString(h[:])
}

// OpenCrawl joins the crawl under way on q, or starts one. A crawl is
// under way from its first worker's start until a worker finds nothing
// left to fetch anywhere; a crawl whose workers all died goes on where it
// stopped when workers start again. When seeds are given and no crawl is
// under way, a new generation begins with them, forgetting the last
// crawl's seen set (pages stored stay known); seeds given while a crawl is
// under way are added to it. A worker without seeds joins the crawl under
// way. It returns the frontier and the crawl's seeds, which set the
// worker's scope.
func (q *Queue) OpenCrawl(ctx context.Context, seeds []string, o CrawlOptions) (*CrawlFrontier, []string, error) {
	if o.LeaseTTL <= 0 {
		o.LeaseTTL = DefaultLeaseTTL
	}
	if o.MaxHosts <= 0 {
		o.MaxHosts = DefaultMaxHosts
	}
	if o.ID == "" {
		host, _ := os.Hostname()
		o.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	f := &CrawlFrontier{q: q, o: o, hosts: map[string]*heldHost{}, out: map[string]jetstream.Msg{},
		counts: map[string]uint64{}, known: map[string]bool{}, try: tryTimeout}
	if err := f.ensure(ctx); err != nil {
		return nil, nil, err
	}
	if err := f.begin(ctx, seeds); err != nil {
		return nil, nil, err
	}
	if _, err := f.workers.Put(ctx, hostToken(o.ID), nil); err != nil {
		return nil, nil, fmt.Errorf("register crawl worker: %w", err)
	}
	rctx, cancel := context.WithCancel(context.Background())
	f.stop, f.done = cancel, make(chan struct{})
	go f.renew(rctx)
	return f, f.seeds, nil
}

// ensure creates the crawl's stream and buckets when they do not exist.
func (f *CrawlFrontier) ensure(ctx context.Context) error {
	q := f.q
	s, err := ensureStream(ctx, q.js, jetstream.StreamConfig{
		Name:       q.crawlStream(),
		Subjects:   []string{q.Name + ".crawl.*"},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: dupWindow,
	})
	if err != nil {
		return err
	}
	f.stream = s
	bucket := func(name string, ttl time.Duration) (jetstream.KeyValue, error) {
		return ensureKeyValue(ctx, q.js, jetstream.KeyValueConfig{Bucket: name, TTL: ttl, Storage: jetstream.FileStorage})
	}
	if f.leases, err = bucket(q.Name+"_crawl_leases", f.o.LeaseTTL); err != nil {
		return err
	}
	// The lease bucket keeps the TTL it was created with: every worker
	// renews by that one.
	if st, err := f.leases.Status(ctx); err == nil && st.TTL() > 0 {
		f.o.LeaseTTL = st.TTL()
	}
	if f.seen, err = bucket(q.Name+"_crawl_seen", 0); err != nil {
		return err
	}
	if f.stored, err = bucket(q.Name+"_crawl_stored", 0); err != nil {
		return err
	}
	if f.config, err = bucket(q.Name+"_crawl", 0); err != nil {
		return err
	}
	// The live workers, each renewing its entry as it renews its leases.
	if f.workers, err = bucket(q.Name+"_crawl_workers", f.o.LeaseTTL); err != nil {
		return err
	}
	return nil
}

// begin reads the crawl under way, or starts a new generation with seeds.
func (f *CrawlFrontier) begin(ctx context.Context, seeds []string) error {
	for try := 0; try < 10; try++ {
		e, err := f.config.Get(ctx, "run")
		var cur crawlRun
		var rev uint64
		switch {
		case errors.Is(err, jetstream.ErrKeyNotFound):
		case err != nil:
			return fmt.Errorf("read the crawl of %s: %w", f.q.Name, err)
		default:
			if err := json.Unmarshal(e.Value(), &cur); err != nil {
				return fmt.Errorf("read the crawl of %s: %w", f.q.Name, err)
			}
			rev = e.Revision()
		}
		if len(seeds) == 0 {
			if rev == 0 || len(cur.Seeds) == 0 {
				return fmt.Errorf("no crawl on queue %s: give the seed URLs", f.q.Name)
			}
			f.gen, f.seeds, f.started = cur.Gen, cur.Seeds, cur.Started
			return nil
		}
		info, err := f.stream.Info(ctx)
		if err != nil {
			return fmt.Errorf("stream %s: %w", f.q.crawlStream(), err)
		}
		next := cur
		if rev == 0 || cur.Done || (info.State.Msgs == 0 && time.Since(cur.Started) > settle) {
			// No crawl under way: a new one begins.
			next = crawlRun{Gen: cur.Gen + 1, Seeds: seeds, Started: time.Now().UTC()}
		} else {
			for _, s := range seeds {
				if !slices.Contains(next.Seeds, s) {
					next.Seeds = append(next.Seeds, s)
				}
			}
			if len(next.Seeds) == len(cur.Seeds) {
				f.gen, f.seeds, f.started = cur.Gen, cur.Seeds, cur.Started
				return nil
			}
		}
		data, _ := json.Marshal(next)
		if rev == 0 {
			_, err = f.config.Create(ctx, "run", data)
		} else {
			_, err = f.config.Update(ctx, "run", data, rev)
		}
		if err != nil {
			continue // another worker got there first: read again
		}
		f.gen, f.seeds, f.started = next.Gen, next.Seeds, next.Started
		if next.Gen != cur.Gen && cur.Gen > 0 {
			// The last crawl's seen set goes; this one's keys differ.
			err := f.seenStreamPurge(ctx, cur.Gen)
			if err != nil {
				f.q.opts.Log.Warn("forget the last crawl's seen set", "err", err)
			}
		}
		return nil
	}
	return fmt.Errorf("start a crawl on %s: too many workers starting at once; try again", f.q.Name)
}

func (f *CrawlFrontier) seenStreamPurge(ctx context.Context, gen uint64) error {
	s, err := f.q.js.Stream(ctx, "KV_"+f.q.Name+"_crawl_seen")
	if err != nil {
		return err
	}
	return s.Purge(ctx, jetstream.WithPurgeSubject(fmt.Sprintf("$KV.%s_crawl_seen.%d.>", f.q.Name, gen)))
}

func (f *CrawlFrontier) seenKey(key string) string {
	return strconv.FormatUint(f.gen, 10) + "." + keyHash(key)
}

// Unseen implements crawler.SharedFrontier.
//
// Each look-up has its own time bound: a page links to hundreds of URLs,
// and one bound for the whole round ran out while the client waited for a
// restarted server, failing a round that each look-up alone would pass.
func (f *CrawlFrontier) Unseen(links []crawler.Link) ([]crawler.Link, error) {
	var out []crawler.Link
	batch := map[string]bool{}
	for _, l := range links {
		if f.known[l.Key] || batch[l.Key] {
			continue
		}
		ctx, cancel := f.opCtx()
		err := f.retry(ctx, "seen set", func(ctx context.Context) error {
			_, err := f.seen.Get(ctx, f.seenKey(l.Key))
			return err
		})
		cancel()
		switch {
		case err == nil:
			f.known[l.Key] = true
			continue
		case !errors.Is(err, jetstream.ErrKeyNotFound):
			return nil, fmt.Errorf("shared frontier: seen set: %w", err)
		}
		batch[l.Key] = true
		out = append(out, l)
	}
	return out, nil
}

// Commit implements crawler.SharedFrontier: links are queued first, then
// marked seen, then the done URLs acknowledged, so that a worker dying at
// any point loses no link.
func (f *CrawlFrontier) Commit(done []crawler.Link, seen []string, queue []crawler.Link) error {
	ctx, cancel := f.opCtx()
	defer cancel()
	if len(done) > 0 || len(queue) > 0 {
		f.worked = true
	}
	// Every step may be repeated: queued URLs carry their message ID,
	// seen marks are idempotent.
	if err := f.retry(ctx, "commit", func(ctx context.Context) error {
		return f.commit(ctx, seen, queue)
	}); err != nil {
		return err
	}
	f.ack(ctx, done)
	return nil
}

// tryTimeout bounds one try of a call to the server, inside the 30-s
// bound of its operation (opCtx). A request sent just before the server
// goes away (a restart) may never be answered: the client reconnects on
// its own, but the reply meant for the old connection is lost, and
// waiting out the operation's whole bound stalled the worker for 30 s.
// After tryTimeout the call is made again on the new connection. A
// loopback or LAN server answers in milliseconds; a try that needs more
// than this is treated as lost.
const tryTimeout = 5 * time.Second

// retry runs op, each try bounded by f.try, until it succeeds, fails for
// a reason other than the connection (see transient), or ctx ends. op
// must be safe to repeat.
func (f *CrawlFrontier) retry(ctx context.Context, what string, op func(context.Context) error) error {
	for {
		tctx, cancel := context.WithTimeout(ctx, f.try)
		err := op(tctx)
		cancel()
		if err == nil || !transient(err) || ctx.Err() != nil || f.q.nc.IsClosed() {
			return err
		}
		f.q.opts.Log.Warn("shared frontier: no answer from the server; trying again", "op", what, "err", err)
		select {
		case <-ctx.Done():
			return err
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// transient says err is the connection being down or an answer lost with
// it, not a refusal: worth trying again once the client has reconnected.
func transient(err error) bool {
	return errors.Is(err, nats.ErrDisconnected) || errors.Is(err, nats.ErrConnectionReconnecting) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout)
}

// commit is one try of Commit's links: queue, then mark seen. Keys are
// remembered as seen only once the server has acknowledged them, so that
// a try cut short marks them again.
func (f *CrawlFrontier) commit(ctx context.Context, seen []string, queue []crawler.Link) error {
	var acks []jetstream.PubAckFuture
	var mark []string
	for _, l := range queue {
		if f.known[l.Key] {
			continue
		}
		data, err := json.Marshal(crawlMsg{URL: l.URL, Host: l.Host, Depth: l.Depth, Key: l.Key})
		if err != nil {
			return fmt.Errorf("shared frontier: queue %s: %w", l.URL, err)
		}
		a, err := f.q.js.PublishAsync(f.q.crawlSubject(hostToken(l.Host)), data, jetstream.WithMsgID(f.seenKey(l.Key)))
		if err != nil {
			return fmt.Errorf("shared frontier: queue %s: %w", l.URL, err)
		}
		acks = append(acks, a)
		mark = append(mark, l.Key)
	}
	if err := waitAcks(ctx, acks); err != nil {
		return fmt.Errorf("shared frontier: queue links: %w", err)
	}
	acks = acks[:0]
	var marked []string
	inBatch := map[string]bool{}
	for _, k := range append(mark, seen...) {
		if f.known[k] || inBatch[k] {
			continue
		}
		inBatch[k] = true
		// A key-value put is a publish on the bucket's subject; sent
		// together they cost one round trip.
		a, err := f.q.js.PublishAsync("$KV."+f.q.Name+"_crawl_seen."+f.seenKey(k), nil)
		if err != nil {
			return fmt.Errorf("shared frontier: mark seen: %w", err)
		}
		acks = append(acks, a)
		marked = append(marked, k)
	}
	if err := waitAcks(ctx, acks); err != nil {
		return fmt.Errorf("shared frontier: mark seen: %w", err)
	}
	for _, k := range marked {
		f.known[k] = true
	}
	return nil
}

// ack acknowledges the done URLs, each under its own tries: an answer
// lost to a restart costs one try, not the rest of the round's acks.
func (f *CrawlFrontier) ack(ctx context.Context, done []crawler.Link) {
	for _, d := range done {
		f.mu.Lock()
		m := f.out[d.ID]
		delete(f.out, d.ID)
		if h := f.hosts[d.Host]; h != nil && m != nil {
			h.out--
		}
		f.mu.Unlock()
		if m == nil {
			continue
		}
		if err := f.retry(ctx, "acknowledge", m.DoubleAck); err != nil {
			// The page is stored; it will come again and be skipped.
			f.q.opts.Log.Warn("acknowledge a crawled URL", "url", d.URL, "err", err)
		}
	}
}

func waitAcks(ctx context.Context, acks []jetstream.PubAckFuture) error {
	for _, a := range acks {
		select {
		case <-a.Ok():
		case err := <-a.Err():
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// opCtx bounds one round of calls to the server.
func (f *CrawlFrontier) opCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 30*time.Second)
}

// Next implements crawler.SharedFrontier.
func (f *CrawlFrontier) Next(ready func(host string) bool) (crawler.Link, bool, error) {
	if since := time.Since(f.scanned); since >= scanFull || (since >= scanEvery && (!f.full || f.overShare())) {
		if err := f.scan(); err != nil {
			if f.gone(err) {
				return crawler.Link{}, false, err
			}
		}
	}
	f.mu.Lock()
	order := slices.Clone(f.order)
	f.mu.Unlock()
	n := len(order)
	for i := range n {
		host := order[(f.rr+i)%n]
		if !ready(host) {
			continue
		}
		l, ok, err := f.take(host)
		if err != nil {
			if f.gone(err) {
				return crawler.Link{}, false, err
			}
			continue
		}
		if ok {
			f.rr = (f.rr + i + 1) % n
			return l, true, nil
		}
	}
	return crawler.Link{}, false, nil
}

// take hands out the next URL of a held host, pulling one from the server
// when none is waiting here. URLs stored meanwhile by any worker are
// acknowledged and passed over.
func (f *CrawlFrontier) take(host string) (crawler.Link, bool, error) {
	for {
		f.mu.Lock()
		h := f.hosts[host]
		if h == nil || h.lost || h.leaving || time.Since(h.renewed) > f.o.LeaseTTL*2/3 {
			// No lease, or one that may have run out: another worker
			// may hold the host now.
			f.mu.Unlock()
			return crawler.Link{}, false, nil
		}
		var m jetstream.Msg
		if len(h.buf) > 0 {
			m, h.buf = h.buf[0], h.buf[1:]
		}
		f.mu.Unlock()
		if m == nil {
			var err error
			if m, err = f.pull(h); err != nil || m == nil {
				return crawler.Link{}, false, err
			}
		}
		md, err := m.Metadata()
		if err != nil {
			continue
		}
		id := strconv.FormatUint(md.Sequence.Stream, 10)
		var cm crawlMsg
		if err := json.Unmarshal(m.Data(), &cm); err != nil || cm.URL == "" {
			f.q.opts.Log.Warn("dropping a malformed crawl URL", "data", string(m.Data()))
			m.Term()
			continue
		}
		f.mu.Lock()
		_, again := f.out[id]
		f.out[id] = m // a redelivery to this worker: the newest handle acks
		if !again {
			h.out++
		}
		f.mu.Unlock()
		if again {
			continue // already in hand
		}
		if f.Stored(cm.URL) {
			// Stored by a worker that died before acknowledging it.
			f.mu.Lock()
			delete(f.out, id)
			h.out--
			f.mu.Unlock()
			ctx, cancel := f.opCtx()
			f.retry(ctx, "acknowledge", m.DoubleAck) // if lost, it comes again and is skipped again
			cancel()
			continue
		}
		return crawler.Link{URL: cm.URL, Host: cm.Host, Depth: cm.Depth, Key: cm.Key, ID: id}, true, nil
	}
}

// pull takes one URL of h from the server, nil when none is there now.
func (f *CrawlFrontier) pull(h *heldHost) (jetstream.Msg, error) {
	batch, err := h.cons.FetchNoWait(1)
	if err != nil {
		return nil, fmt.Errorf("shared frontier: pull: %w", err)
	}
	var m jetstream.Msg
	for msg := range batch.Messages() {
		m = msg
	}
	return m, nil
}

// scan reads how many URLs wait per host, takes leases on hosts with URLs
// and none held elsewhere (up to MaxHosts), and gives back held hosts with
// nothing left.
func (f *CrawlFrontier) scan() error {
	ctx, cancel := f.opCtx()
	defer cancel()
	f.scanned = time.Now()
	info, err := f.stream.Info(ctx, jetstream.WithSubjectFilter(f.q.Name+".crawl.*"))
	if err != nil {
		return fmt.Errorf("shared frontier: stream %s: %w", f.q.crawlStream(), err)
	}
	counts := map[string]uint64{}
	prefix := len(f.q.Name + ".crawl.")
	for subj, n := range info.State.Subjects {
		counts[subj[prefix:]] = n
	}
	share := f.share(ctx, len(counts))
	f.mu.Lock()
	f.counts = counts
	f.queued = int(info.State.Msgs)
	if f.queued > 0 {
		// The crawl is under way: once nothing is queued, it is over.
		f.worked = true
	}
	var release []string
	held := len(f.hosts)
	for _, host := range f.order {
		h := f.hosts[host]
		idle := h.out == 0 && len(h.buf) == 0
		switch {
		case h.leaving:
			held-- // no longer this worker's, whatever is in hand
			if h.out > 0 {
				continue // its pages in hand are not done yet
			}
			// Its last page is done: given back (URLs pulled but not
			// handed out go back to the stream).
			release = append(release, host)
			continue
		case idle && (counts[h.tok] == 0 || h.lost):
			// Nothing left on it.
		case held > share && time.Since(h.taken) > minHold:
			// More than this worker's share while others have too few:
			// given back between two pages — at once when idle, else
			// once the pages in hand are done.
			if !idle {
				h.leaving = true
				held--
				continue
			}
		default:
			continue
		}
		release = append(release, host)
		held--
	}
	f.mu.Unlock()
	for _, host := range release {
		f.release(ctx, host)
	}
	f.full = held >= share
	if f.full {
		return nil
	}
	// Hosts with URLs, in random order, so that workers starting together
	// spread over them.
	var cand []string
	for tok := range counts {
		cand = append(cand, tok)
	}
	rand.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
	for _, tok := range cand {
		if held >= share {
			break
		}
		raw, err := base64.RawURLEncoding.DecodeString(tok)
		if err != nil {
			continue
		}
		host := string(raw)
		f.mu.Lock()
		_, mine := f.hosts[host]
		f.mu.Unlock()
		if mine {
			continue
		}
		ok, err := f.acquire(ctx, host, tok)
		if err != nil {
			return err
		}
		if ok {
			held++
		}
	}
	f.full = held >= share
	return nil
}

// overShare reports whether a worker has joined since the last scan, so
// that this one holds more than its share: a cheaper look than a scan.
func (f *CrawlFrontier) overShare() bool {
	if time.Since(f.checked) < scanEvery {
		return false
	}
	f.checked = time.Now()
	ctx, cancel := f.opCtx()
	defer cancel()
	f.mu.Lock()
	hosts, held := len(f.counts), len(f.hosts)
	f.mu.Unlock()
	return held > f.share(ctx, hosts)
}

// minHold is how long a worker keeps a host before giving it to a worker
// with fewer, so that hosts do not flap between workers.
const minHold = time.Second

// share is how many hosts this worker should hold: the hosts with URLs
// spread evenly over the live workers, at most MaxHosts. A worker that
// started first gives hosts back as others join.
func (f *CrawlFrontier) share(ctx context.Context, hosts int) int {
	workers := 1
	if lister, err := f.workers.ListKeys(ctx); err == nil {
		n := 0
		for range lister.Keys() {
			n++
		}
		workers = max(n, 1)
	}
	return max(1, min(f.o.MaxHosts, (hosts+workers-1)/workers))
}

// leaseValue is what a lease says, for people reading the bucket.
type leaseValue struct {
	Worker string    `json:"worker"`
	Since  time.Time `json:"since"`
}

// acquire takes host's lease if nobody holds it, and binds its consumer.
func (f *CrawlFrontier) acquire(ctx context.Context, host, tok string) (bool, error) {
	val, _ := json.Marshal(leaseValue{Worker: f.o.ID, Since: time.Now().UTC()})
	rev, err := f.leases.Create(ctx, tok, val)
	if errors.Is(err, jetstream.ErrKeyExists) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("shared frontier: lease %s: %w", host, err)
	}
	cons, err := f.q.js.CreateOrUpdateConsumer(ctx, f.q.crawlStream(), jetstream.ConsumerConfig{
		Durable:       "h_" + tok,
		FilterSubject: f.q.crawlSubject(tok),
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       f.o.LeaseTTL,
		MaxAckPending: -1,
		// A host nobody crawls for a day loses its consumer; its URLs
		// stay in the stream for the next one.
		InactiveThreshold: 24 * time.Hour,
	})
	if err != nil {
		f.leases.Delete(ctx, tok, jetstream.LastRevision(rev))
		return false, fmt.Errorf("shared frontier: consumer of %s: %w", host, err)
	}
	f.mu.Lock()
	f.hosts[host] = &heldHost{tok: tok, rev: rev, renewed: time.Now(), taken: time.Now(), cons: cons}
	f.order = append(f.order, host)
	f.mu.Unlock()
	f.q.opts.Log.Debug("took host", "host", host, "worker", f.o.ID)
	return true, nil
}

// release gives host's lease back. URLs pulled but not handed out go back
// to the stream first.
func (f *CrawlFrontier) release(ctx context.Context, host string) {
	f.mu.Lock()
	h := f.hosts[host]
	if h == nil {
		f.mu.Unlock()
		return
	}
	delete(f.hosts, host)
	f.order = slices.DeleteFunc(f.order, func(s string) bool { return s == host })
	buf := h.buf
	h.buf = nil
	f.mu.Unlock()
	// The lease goes after the renewal goroutine is done with it: with
	// leaseMu held it cannot renew it (it skips hosts no longer held), so
	// the revision read here is the lease's last.
	f.leaseMu.Lock()
	defer f.leaseMu.Unlock()
	f.mu.Lock()
	lost, tok, rev := h.lost, h.tok, h.rev
	f.mu.Unlock()
	for _, m := range buf {
		m.Nak()
	}
	if len(buf) > 0 {
		f.q.nc.FlushWithContext(ctx)
	}
	if !lost {
		// The host's consumer goes too, while the lease still keeps
		// other workers off it: nothing of it is in hand (a host is
		// given back once its pages are done, and what was pulled is
		// handed back above), and the work-queue stream keeps its URLs
		// for the next worker's consumer. Kept, consumers pile up, one
		// per host ever held, and the server refuses the 1,001st
		// ("maximum consumers limit reached": nats-server's default per
		// stream), so a crawl could not take more than 1,000 hosts.
		if err := f.q.js.DeleteConsumer(ctx, f.q.crawlStream(), "h_"+tok); err != nil && !errors.Is(err, jetstream.ErrConsumerNotFound) {
			f.q.opts.Log.Warn("give back host: delete its consumer", "host", host, "err", err)
		}
		if err := f.leases.Delete(ctx, tok, jetstream.LastRevision(rev)); err != nil {
			f.q.opts.Log.Warn("give back host", "host", host, "err", err)
		}
	}
	f.q.opts.Log.Debug("gave back host", "host", host, "worker", f.o.ID)
}

// renew keeps the leases and the URLs in hand alive until ctx ends.
func (f *CrawlFrontier) renew(ctx context.Context) {
	defer close(f.done)
	tick := time.NewTicker(max(f.o.LeaseTTL/4, 50*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		f.mu.Lock()
		type lease struct {
			host string
			h    *heldHost
			rev  uint64
		}
		var ls []lease
		for host, h := range f.hosts {
			if !h.lost {
				ls = append(ls, lease{host, h, h.rev})
			}
		}
		msgs := make([]jetstream.Msg, 0, len(f.out))
		for _, m := range f.out {
			msgs = append(msgs, m)
		}
		for _, h := range f.hosts {
			msgs = append(msgs, h.buf...)
		}
		f.mu.Unlock()
		val, _ := json.Marshal(leaseValue{Worker: f.o.ID, Since: time.Now().UTC()})
		wctx, cancel := context.WithTimeout(ctx, f.o.LeaseTTL/3)
		f.workers.Put(wctx, hostToken(f.o.ID), nil)
		cancel()
		for _, l := range ls {
			f.leaseMu.Lock()
			f.mu.Lock()
			held := f.hosts[l.host] == l.h
			f.mu.Unlock()
			if !held {
				// Given back since the list was made.
				f.leaseMu.Unlock()
				continue
			}
			start := time.Now()
			rctx, cancel := context.WithTimeout(ctx, f.o.LeaseTTL/3)
			rev, err := f.leases.Update(rctx, l.h.tok, val, l.rev)
			cancel()
			f.mu.Lock()
			if err == nil {
				l.h.rev, l.h.renewed = rev, start
			} else if ctx.Err() == nil && time.Since(l.h.renewed) > f.o.LeaseTTL/2 {
				// Not renewed for half the TTL: stop taking its URLs.
				l.h.lost = true
				f.q.opts.Log.Warn("lost the lease of a host; leaving it to others", "host", l.host, "err", err)
			}
			f.mu.Unlock()
			f.leaseMu.Unlock()
		}
		for _, m := range msgs {
			m.InProgress()
		}
	}
}

// Wait implements crawler.SharedFrontier.
func (f *CrawlFrontier) Wait(ctx context.Context) (bool, error) {
	for {
		more, over, err := f.look(ctx)
		switch {
		case err != nil && f.gone(err):
			return false, err
		case more:
			return true, nil
		case over:
			return false, nil
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(scanEvery):
		}
	}
}

// look takes hosts and pulls a URL of one, reporting whether it got one
// (more) or found the whole crawl over.
func (f *CrawlFrontier) look(ctx context.Context) (more, over bool, err error) {
	if err := f.scan(); err != nil {
		return false, false, err
	}
	f.mu.Lock()
	hosts := slices.Clone(f.order)
	empty := f.queued == 0
	f.mu.Unlock()
	for _, host := range hosts {
		f.mu.Lock()
		h := f.hosts[host]
		usable := h != nil && !h.lost && !h.leaving
		f.mu.Unlock()
		if !usable {
			continue
		}
		m, err := f.pull(h)
		if err != nil {
			return false, false, err
		}
		if m != nil {
			f.mu.Lock()
			h.buf = append(h.buf, m)
			f.mu.Unlock()
			return true, false, nil
		}
	}
	if empty && (f.worked || time.Since(f.started) > settle) {
		f.finish(ctx)
		return false, true, nil
	}
	return false, false, nil
}

// gone reports whether err ends the worker's part in the crawl: the
// connection is closed for good (the client gave up reconnecting). Other
// errors, such as a server restarting, are logged and the call tried again
// later: nothing is lost meanwhile, the leases and URLs in hand only wait.
func (f *CrawlFrontier) gone(err error) bool {
	if f.q.nc.IsClosed() {
		return true
	}
	f.q.opts.Log.Warn("shared frontier: will try again", "err", err)
	return false
}

// finish marks the crawl over, so that the next start with seeds begins a
// new one.
func (f *CrawlFrontier) finish(ctx context.Context) {
	e, err := f.config.Get(ctx, "run")
	if err != nil {
		return
	}
	var cur crawlRun
	if json.Unmarshal(e.Value(), &cur) != nil || cur.Gen != f.gen || cur.Done {
		return
	}
	cur.Done = true
	data, _ := json.Marshal(cur)
	if _, err := f.config.Update(ctx, "run", data, e.Revision()); err != nil {
		f.q.opts.Log.Debug("mark the crawl over", "err", err)
	}
}

// Queued implements crawler.SharedFrontier.
func (f *CrawlFrontier) Queued() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.queued
}

// Stored reports whether a page of u's key is stored in some shard.
func (f *CrawlFrontier) Stored(u string) bool {
	k := crawler.Key(u)
	if k == "" {
		return false
	}
	ctx, cancel := f.opCtx()
	defer cancel()
	return f.retry(ctx, "stored set", func(ctx context.Context) error {
		_, err := f.stored.Get(ctx, keyHash(k))
		return err
	}) == nil
}

// MarkStored records that the pages at urls are stored, so that no worker
// fetches them again, in this crawl or a later one.
func (f *CrawlFrontier) MarkStored(urls ...string) error {
	ctx, cancel := f.opCtx()
	defer cancel()
	for _, u := range urls {
		if k := crawler.Key(u); k != "" {
			if err := f.retry(ctx, "mark stored", func(ctx context.Context) error {
				_, err := f.stored.Put(ctx, keyHash(k), nil)
				return err
			}); err != nil {
				return fmt.Errorf("shared frontier: mark %s stored: %w", u, err)
			}
		}
	}
	return nil
}

// Close hands the URLs in this worker's hands back to the queue at once
// (a stopped crawl's pages in flight), and gives back its hosts.
func (f *CrawlFrontier) Close() error {
	f.stop()
	<-f.done
	ctx, cancel := f.opCtx()
	defer cancel()
	f.mu.Lock()
	msgs := make([]jetstream.Msg, 0, len(f.out))
	for _, m := range f.out {
		msgs = append(msgs, m)
	}
	clear(f.out)
	var hosts []string
	for host, h := range f.hosts {
		h.out = 0
		hosts = append(hosts, host)
	}
	f.mu.Unlock()
	for _, m := range msgs {
		m.Nak()
	}
	err := f.q.nc.FlushWithContext(ctx)
	for _, host := range hosts {
		f.release(ctx, host)
	}
	f.workers.Delete(ctx, hostToken(f.o.ID))
	if err != nil {
		return fmt.Errorf("shared frontier: hand back URLs: %w", err)
	}
	return nil
}

// CrawlStatus is the progress of the distributed crawl on a queue.
type CrawlStatus struct {
	Gen     uint64            // the crawl's generation, 0 when none ever ran
	Seeds   []string          //
	Started time.Time         //
	Done    bool              // a worker found nothing left to fetch
	Queued  uint64            // URLs queued, waiting or in a worker's hands
	Leased  int               // hosts held by a worker
	Holders map[string]string // host -> worker holding it
	Stored  uint64            // pages stored in any shard, over all crawls
}

// CrawlStatus reads the crawl's record, stream and buckets; a queue on
// which no crawl ever ran has the zero CrawlStatus.
func (q *Queue) CrawlStatus(ctx context.Context) (CrawlStatus, error) {
	var st CrawlStatus
	cfg, err := q.js.KeyValue(ctx, q.Name+"_crawl")
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("crawl of %s: %w", q.Name, err)
	}
	if e, err := cfg.Get(ctx, "run"); err == nil {
		var r crawlRun
		if json.Unmarshal(e.Value(), &r) == nil {
			st.Gen, st.Seeds, st.Started, st.Done = r.Gen, r.Seeds, r.Started, r.Done
		}
	}
	s, err := q.js.Stream(ctx, q.crawlStream())
	if err != nil {
		return st, fmt.Errorf("crawl of %s: %w", q.Name, err)
	}
	st.Queued = s.CachedInfo().State.Msgs
	leases, err := q.js.KeyValue(ctx, q.Name+"_crawl_leases")
	if err != nil {
		return st, fmt.Errorf("crawl of %s: %w", q.Name, err)
	}
	st.Holders = map[string]string{}
	if lister, err := leases.ListKeys(ctx); err == nil {
		for k := range lister.Keys() {
			e, err := leases.Get(ctx, k)
			if err != nil {
				continue
			}
			host, _ := base64.RawURLEncoding.DecodeString(k)
			var lv leaseValue
			json.Unmarshal(e.Value(), &lv)
			st.Holders[string(host)] = lv.Worker
		}
	}
	st.Leased = len(st.Holders)
	if stored, err := q.js.KeyValue(ctx, q.Name+"_crawl_stored"); err == nil {
		if ss, err := stored.Status(ctx); err == nil {
			st.Stored = ss.Values()
		}
	}
	return st, nil
}
