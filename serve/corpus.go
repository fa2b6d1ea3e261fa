package serve

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/store"
)

// entry is the part of a record the list, the filters and the overview
// need, kept in memory so that they never open the store: about 300 bytes
// a record, 30 MB for 100k records. Whole records are read from the store
// only for the page of results shown.
type entry struct {
	ID         string
	Domain     string
	Lang       string
	Title      string
	Published  time.Time
	Day        string // publication day in the page's own offset, "" undated
	Authors    []string
	Speakers   []string
	Quotes     int
	Dateline   bool
	Confidence float64
	seq        uint64
	// authorsLC and speakersLC are the names in lower case joined by NUL,
	// so that a filter by part of a name is one Contains per record.
	authorsLC, speakersLC string
}

func entryOf(a kabar.Article, seq uint64) *entry {
	e := &entry{
		ID: a.ID, Domain: a.Domain, Lang: a.Lang, Title: a.Title,
		Published: a.PublishedAt, Authors: a.Authors, Quotes: len(a.Quotes),
		Dateline: a.Dateline != nil && a.Dateline.Place != "", seq: seq,
	}
	if !a.PublishedAt.IsZero() {
		e.Day = a.PublishedAt.Format(time.DateOnly)
	}
	seen := map[string]bool{}
	for _, q := range a.Quotes {
		if q.Speaker != "" && !seen[q.Speaker] {
			seen[q.Speaker] = true
			e.Speakers = append(e.Speakers, q.Speaker)
		}
	}
	if a.Extraction != nil {
		e.Confidence = a.Extraction.Confidence
	}
	e.authorsLC = strings.ToLower(strings.Join(e.Authors, "\x00"))
	e.speakersLC = strings.ToLower(strings.Join(e.Speakers, "\x00"))
	return e
}

// Corpus is serve's view of a store: every record's entry in memory, the
// full-text index beside the store, and the store's failures and runs, all
// brought up to date by Refresh. It never holds the store open between
// calls (see Refresh). Its methods are safe for concurrent use.
type Corpus struct {
	path    string
	search  *searchIndex
	timeout time.Duration

	// refreshMu makes Refresh calls one at a time.
	refreshMu sync.Mutex

	mu       sync.RWMutex
	byID     map[string]*entry
	sorted   []*entry // newest published first, undated last, ties by id
	dirty    bool     // sorted needs rebuilding
	lastSeq  uint64
	failures []store.Failure
	openFail int
	runs     []store.Run
	updated  time.Time
	busy     string // why the last refresh could not read the store
	// stats is Stats as of the last change, nil when it must be counted
	// again: counting 100k entries takes tens of milliseconds, too long
	// to repeat for every page.
	stats *Stats
	gen   uint64 // moves on with every change, so a stale count is not kept
}

// readBudget is how many change sequences one short read takes: the store
// is opened, that many records read, and closed again, so a writer beside
// serve waits at most one such read (a few milliseconds) for its commit.
const readBudget = 500

// OpenCorpus opens the store at path (which must exist) for serving, with
// its full-text index in path+".bleve", and reads it once.
func OpenCorpus(ctx context.Context, path string) (*Corpus, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("serve %s: %w", path, err)
	}
	idx, err := openSearch(path + ".bleve")
	if err != nil {
		return nil, fmt.Errorf("serve %s: %w", path, err)
	}
	c := &Corpus{path: path, search: idx, byID: map[string]*entry{}, timeout: 2 * time.Second}
	// An index ahead of the store belongs to an older store of the same
	// name (a demo made anew): it is rebuilt.
	var last uint64
	if err := c.withStore(func(db *store.DB) (err error) { last, err = db.LastChange(); return err }); err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("serve %s: %w", path, err)
	}
	if idx.Seq() > last {
		_ = idx.Close()
		if err := os.RemoveAll(path + ".bleve"); err != nil {
			return nil, fmt.Errorf("serve %s: remove stale search index: %w", path, err)
		}
		if c.search, err = openSearch(path + ".bleve"); err != nil {
			return nil, fmt.Errorf("serve %s: %w", path, err)
		}
	}
	if err := c.Refresh(ctx); err != nil {
		_ = c.search.Close()
		return nil, err
	}
	return c, nil
}

// Close closes the full-text index.
func (c *Corpus) Close() error { return c.search.Close() }

// withStore opens the store read-only beside any writer, runs fn and
// closes it at once (see store.WithShared).
func (c *Corpus) withStore(fn func(*store.DB) error) error {
	db, err := store.Open(c.path, store.WithShared(), store.WithLockTimeout(c.timeout))
	if err != nil {
		return err
	}
	ferr := fn(db)
	if err := db.Close(); err != nil && ferr == nil {
		ferr = err
	}
	return ferr
}

// Refresh reads the records created or changed since the last call, a
// short read at a time, indexes them, and reads failures and runs again.
// A store being committed to makes it wait that commit; a store held by a
// writer that does not share (an older kabar) leaves the corpus as it was
// and says so in Busy.
func (c *Corpus) Refresh(ctx context.Context) error {
	c.refreshMu.Lock()
	defer c.refreshMu.Unlock()
	indexed := c.search.Seq()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var batch []kabar.Article
		var seqs []uint64
		var last uint64
		err := c.withStore(func(db *store.DB) error {
			var err error
			if last, err = db.LastChange(); err != nil {
				return err
			}
			from := c.lastSeq
			through := min(from+readBudget, last)
			if through <= from {
				return nil
			}
			r := &store.SeqRange{After: from, Through: through}
			err = db.Each(ctx, store.Filter{Changed: r}, func(a kabar.Article) error {
				batch = append(batch, a)
				return nil
			})
			seqs = append(seqs, through)
			return err
		})
		if err != nil {
			c.setBusy(err)
			if errors.Is(err, store.ErrInUse) {
				return nil
			}
			return fmt.Errorf("refresh %s: %w", c.path, err)
		}
		if len(seqs) == 0 {
			break
		}
		through := seqs[0]
		// The search index first, so that a record listed is a record
		// found; an index already past through (serve restarted) is left.
		if through > indexed {
			if err := c.search.Index(batch, through); err != nil {
				return fmt.Errorf("refresh %s: %w", c.path, err)
			}
		}
		c.mu.Lock()
		for _, a := range batch {
			c.byID[a.ID] = entryOf(a, through)
		}
		c.dirty = c.dirty || len(batch) > 0
		if len(batch) > 0 {
			c.stats, c.gen = nil, c.gen+1
		}
		c.lastSeq = through
		c.mu.Unlock()
		if through >= last {
			break
		}
	}
	err := c.withStore(func(db *store.DB) error {
		st, err := db.Stats()
		if err != nil {
			return err
		}
		runs, err := db.Runs(20)
		if err != nil {
			return err
		}
		c.mu.Lock()
		c.failures, c.openFail, c.runs = st.RecentFailures, st.Failures, runs
		c.updated, c.busy = time.Now(), ""
		c.stats, c.gen = nil, c.gen+1
		c.mu.Unlock()
		return nil
	})
	if err != nil {
		c.setBusy(err)
		if errors.Is(err, store.ErrInUse) {
			return nil
		}
		return fmt.Errorf("refresh %s: %w", c.path, err)
	}
	return nil
}

func (c *Corpus) setBusy(err error) {
	c.mu.Lock()
	c.busy = err.Error()
	c.stats, c.gen = nil, c.gen+1
	c.mu.Unlock()
}

// Run refreshes every interval until ctx ends; errors go to report.
func (c *Corpus) Run(ctx context.Context, interval time.Duration, report func(error)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := c.Refresh(ctx); err != nil && ctx.Err() == nil {
				report(err)
			}
		}
	}
}

// list returns the entries newest first; callers must not change them.
func (c *Corpus) list() []*entry {
	c.mu.RLock()
	if !c.dirty {
		s := c.sorted
		c.mu.RUnlock()
		return s
	}
	c.mu.RUnlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dirty {
		s := make([]*entry, 0, len(c.byID))
		for _, e := range c.byID {
			s = append(s, e)
		}
		sort.Slice(s, func(i, j int) bool { return newer(s[i], s[j]) })
		c.sorted, c.dirty = s, false
	}
	return c.sorted
}

func newer(a, b *entry) bool {
	az, bz := a.Published.IsZero(), b.Published.IsZero()
	if az != bz {
		return bz
	}
	if !a.Published.Equal(b.Published) {
		return a.Published.After(b.Published)
	}
	return a.ID < b.ID
}

// Query is a list's filters, as the page's form and the API take them.
type Query struct {
	Q       string
	Sites   []string
	Since   time.Time // inclusive, on published_at
	Until   time.Time // exclusive
	Lang    string
	Author  string // a part of an author's name, any case
	Speaker string // a part of a quoted speaker's name, any case
	Quotes  bool   // only records with quotes
	Page    int    // 1-based
}

// PageSize is how many records a list page holds.
const PageSize = 20

func (q Query) match(e *entry) bool {
	if len(q.Sites) > 0 && !siteIn(e.Domain, q.Sites) {
		return false
	}
	if (!q.Since.IsZero() || !q.Until.IsZero()) && e.Published.IsZero() {
		return false
	}
	if !q.Since.IsZero() && e.Published.Before(q.Since) {
		return false
	}
	if !q.Until.IsZero() && !e.Published.Before(q.Until) {
		return false
	}
	if q.Lang != "" && !strings.EqualFold(q.Lang, e.Lang) {
		return false
	}
	if q.Author != "" && !strings.Contains(e.authorsLC, q.Author) {
		return false
	}
	if q.Speaker != "" && !strings.Contains(e.speakersLC, q.Speaker) {
		return false
	}
	return !q.Quotes || e.Quotes > 0
}

func siteIn(domain string, sites []string) bool {
	for _, s := range sites {
		if domain == s || strings.HasSuffix(domain, "."+s) {
			return true
		}
	}
	return false
}

// Find returns the ids of the query's page, newest first, and how many
// records match in all. A query with words goes to the full-text index,
// which applies the other filters itself; without, the entries in memory
// are filtered.
func (c *Corpus) Find(q Query) (ids []string, total int, err error) {
	if q.Page < 1 {
		q.Page = 1
	}
	from := (q.Page - 1) * PageSize
	if strings.TrimSpace(q.Q) != "" {
		return c.search.Find(q, from, PageSize)
	}
	// match compares lower case with lower case; sites are lowered once.
	q.Author, q.Speaker = strings.ToLower(q.Author), strings.ToLower(q.Speaker)
	sites := make([]string, len(q.Sites))
	for i, s := range q.Sites {
		sites[i] = strings.ToLower(strings.TrimSpace(s))
	}
	q.Sites = sites
	for _, e := range c.list() {
		if !q.match(e) {
			continue
		}
		if total >= from && total < from+PageSize {
			ids = append(ids, e.ID)
		}
		total++
	}
	return ids, total, nil
}

// Records reads whole records from the store, in the order of ids; an id
// not stored is left out.
func (c *Corpus) Records(ids []string) ([]kabar.Article, error) {
	out := make([]kabar.Article, 0, len(ids))
	err := c.withStore(func(db *store.DB) error {
		for _, id := range ids {
			a, ok, err := db.Get(id)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, a)
			}
		}
		return nil
	})
	return out, err
}

// Raw reads a record's stored page, nil when none is kept.
func (c *Corpus) Raw(id string) (*store.RawPage, error) {
	var page *store.RawPage
	err := c.withStore(func(db *store.DB) error {
		p, err := db.Raw(id)
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		page = p
		return err
	})
	return page, err
}

// Stats is the corpus at a glance, as /api/stats gives it.
type Stats struct {
	Articles int `json:"articles"`
	// BySite counts records by domain; ByDay by publication day (the
	// page's own offset), each day split by domain.
	BySite   map[string]int            `json:"by_site"`
	ByDay    map[string]map[string]int `json:"by_day"`
	Undated  int                       `json:"undated"`
	Coverage []SiteCoverage            `json:"coverage"`
	// Failures counts open failures; RecentFailures are the newest.
	Failures       int             `json:"failures"`
	RecentFailures []store.Failure `json:"recent_failures"`
	Runs           []store.Run     `json:"runs"`
	// Updated is when the store was last read; Busy why it could not be
	// read since, if so.
	Updated time.Time `json:"updated"`
	Busy    string    `json:"busy,omitempty"`
}

// SiteCoverage is the share of a site's records with each field, and their
// mean confidence, as `kabar stats` reports it.
type SiteCoverage struct {
	Site       string  `json:"site"`
	Records    int     `json:"records"`
	Authors    float64 `json:"authors"`
	Date       float64 `json:"date"`
	Dateline   float64 `json:"dateline"`
	Quotes     float64 `json:"quotes"`
	Confidence float64 `json:"confidence"`
}

// Stats counts the entries in memory, once per change; the caller must
// not change the maps and slices it returns.
func (c *Corpus) Stats() Stats {
	c.mu.RLock()
	cached, gen := c.stats, c.gen
	c.mu.RUnlock()
	if cached != nil {
		return *cached
	}
	s := c.count()
	c.mu.Lock()
	if c.gen == gen {
		c.stats = &s
	}
	c.mu.Unlock()
	return s
}

func (c *Corpus) count() Stats {
	s := Stats{BySite: map[string]int{}, ByDay: map[string]map[string]int{}}
	cov := map[string]*SiteCoverage{}
	for _, e := range c.list() {
		s.Articles++
		s.BySite[e.Domain]++
		if e.Day == "" {
			s.Undated++
		} else {
			d := s.ByDay[e.Day]
			if d == nil {
				d = map[string]int{}
				s.ByDay[e.Day] = d
			}
			d[e.Domain]++
		}
		sc := cov[e.Domain]
		if sc == nil {
			sc = &SiteCoverage{Site: e.Domain}
			cov[e.Domain] = sc
		}
		sc.Records++
		sc.Authors += b2f(len(e.Authors) > 0)
		sc.Date += b2f(!e.Published.IsZero())
		sc.Dateline += b2f(e.Dateline)
		sc.Quotes += b2f(e.Quotes > 0)
		sc.Confidence += e.Confidence
	}
	for _, sc := range cov {
		n := float64(sc.Records)
		for _, p := range []*float64{&sc.Authors, &sc.Date, &sc.Dateline, &sc.Quotes, &sc.Confidence} {
			*p = math.Round(*p/n*1000) / 1000
		}
		s.Coverage = append(s.Coverage, *sc)
	}
	sort.Slice(s.Coverage, func(i, j int) bool { return s.Coverage[i].Site < s.Coverage[j].Site })
	c.mu.RLock()
	s.Failures, s.RecentFailures, s.Runs = c.openFail, c.failures, c.runs
	s.Updated, s.Busy = c.updated, c.busy
	c.mu.RUnlock()
	return s
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
