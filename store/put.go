package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
)

// PutResult says what Put did with a record.
type PutResult int

// The zero PutResult is not a valid result; it is returned only with an
// error.
const (
	// Created: the id was new.
	Created PutResult = iota + 1
	// Updated: the record differed from the stored one and replaced it.
	Updated
	// Unchanged: the record equalled the stored one (fetched_at aside);
	// only last_seen moved.
	Unchanged
)

func (r PutResult) String() string {
	switch r {
	case Created:
		return "created"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	}
	return fmt.Sprintf("PutResult(%d)", int(r))
}

// Seen is the bookkeeping kept beside a record; kabar.Article has no place
// for it, and it is not exported.
type Seen struct {
	// FirstSeen and LastSeen are the fetch times of the first and the latest
	// put of the id.
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Versions counts distinct contents (content_hash values) stored under
	// the id, starting at 1. A re-extraction that changes fields but not
	// the text updates the record without adding a version.
	Versions int `json:"versions"`
	// Seq is the change sequence of the latest create or update; export
	// cursors compare against it.
	Seq uint64 `json:"seq"`
}

// seenValue is the stored form of Seen: it also remembers the record's days
// key, so an update can remove the old index entry without decoding the old
// record.
type seenValue struct {
	Seen
	DayKey string `json:"day_key"`
	// DedupSeq is the key of the record's entry in the duplicate index
	// log (dedupindex.go), 0 when it has none.
	DedupSeq uint64 `json:"dedup_seq,omitempty"`
}

// Entry is one record for PutMany.
type Entry struct {
	Article kabar.Article
	Raw     *RawPage
}

// prepared is a record encoded outside any transaction, so that the work
// done while holding bbolt's single writer lock is only lookups and puts.
type prepared struct {
	a      kabar.Article
	id     []byte
	rec    []byte
	raw    []byte
	urls   []string
	at     time.Time
	day    []byte
	dayVal []byte
	// keys are the record's duplicate-index keys, nil when detection is
	// off or the record has no text; dedupOn says detection is on, and ix
	// is then the writer's in-memory index.
	keys    *dedup.Keys
	dedupOn bool
	ix      *memIndex
	// keyBuf and anchorBuf hold keys and their anchors beside the
	// record: no allocation of their own.
	keyBuf    dedup.Keys
	anchorBuf [dedup.MaxAnchors]uint64
}

func prepare(a kabar.Article, raw *RawPage, ix *memIndex) (*prepared, error) {
	withKeys := ix != nil
	if a.ID == "" {
		return nil, errors.New("article has no id")
	}
	if len(a.ID) > bolt.MaxKeySize-tsLen {
		return nil, fmt.Errorf("id is %d bytes long", len(a.ID))
	}
	// A 0x00 separates cluster and id in the members bucket's keys, and
	// its absence marks a group's own entry (isGroupKey).
	if strings.IndexByte(a.ID, 0) >= 0 {
		return nil, fmt.Errorf("id %q holds a 0x00 byte", a.ID)
	}
	rec, err := encodeArticle(a)
	if err != nil {
		return nil, err
	}
	p := &prepared{
		a:      a,
		id:     []byte(a.ID),
		rec:    rec,
		day:    dayKey(a.PublishedAt, a.ID),
		dayVal: newDayEntry(a).encode(),
		at:     a.FetchedAt,
	}
	urls := []string{a.URL, a.CanonicalURL}
	if raw != nil {
		if p.raw, err = encodeRaw(raw); err != nil {
			return nil, err
		}
		urls = append(urls, raw.URL, raw.FinalURL)
		if p.at.IsZero() {
			p.at = raw.FetchedAt
		}
	}
	if p.at.IsZero() {
		p.at = time.Now()
	}
	p.dedupOn, p.ix = withKeys, ix
	if withKeys && a.Text != "" {
		p.keyBuf.Anchors = p.anchorBuf[:0]
		p.keyBuf.Fill(a.Text, a.SimHash)
		p.keys = &p.keyBuf
	}
	for _, u := range urls {
		if u == "" || len(u) > bolt.MaxKeySize || contains(p.urls, u) {
			continue
		}
		p.urls = append(p.urls, u)
	}
	return p, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// encodeArticle is the one encoding of a record, used both for storage and,
// since Export copies stored bytes, for the export line.
func encodeArticle(a kabar.Article) ([]byte, error) {
	b, err := encodeJSON(a)
	if err != nil {
		return nil, fmt.Errorf("encode record: %w", err)
	}
	return b, nil
}

// encodeJSON is json.Marshal without HTML escaping: research text keeps
// its "<", ">" and "&" as they are.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Put stores a record and, when raw is not nil, the page it came from (the
// body gzip-compressed). A new id is Created; a record that differs from the
// stored one replaces it (Updated), keeping first_seen and counting a new
// version when content_hash changed; an equal record only moves last_seen
// (Unchanged), and its stored raw page is kept. Any open failure recorded
// for one of the record's URLs is marked resolved.
//
// Concurrent Puts are committed together (see the package doc); Put returns
// after its record is committed and synced. A failing Put changes nothing,
// and does not fail the Puts it shared a transaction with.
func (db *DB) Put(a kabar.Article, raw *RawPage) (PutResult, error) {
	p, err := prepare(a, raw, db.dix)
	if err != nil {
		return 0, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	var res PutResult
	err = db.batch(func(tx *bolt.Tx) error {
		var err error
		res, err = putTx(tx, p)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	return res, nil
}

// PutMany stores entries in one transaction, for a single caller loading
// many records (re-extraction, imports), where Put would wait for a batch
// that never fills. It is all or nothing: on error nothing of entries is
// stored. Results are in the order of entries.
func (db *DB) PutMany(ctx context.Context, entries []Entry) ([]PutResult, error) {
	ps, err := prepareAll(entries, db.dix)
	if err != nil {
		return nil, err
	}
	res := make([]PutResult, len(entries))
	err = db.update(func(tx *bolt.Tx) error {
		for i, p := range ps {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := putTx(tx, p)
			if err != nil {
				return fmt.Errorf("put article %q: %w", p.a.ID, err)
			}
			res[i] = r
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("put %d articles: %w", len(entries), err)
	}
	return res, nil
}

// prepareAll prepares entries on all cores: compressing raw pages is most
// of a bulk load's work, and none of it needs the write lock.
func prepareAll(entries []Entry, ix *memIndex) ([]*prepared, error) {
	ps := make([]*prepared, len(entries))
	errs := make([]error, len(entries))
	workers := min(runtime.GOMAXPROCS(0), len(entries))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(entries) {
					return
				}
				ps[i], errs[i] = prepare(entries[i].Article, entries[i].Raw, ix)
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("put article %q: %w", entries[i].Article.ID, err)
		}
	}
	return ps, nil
}

// putTx does Put's work inside tx. It only reads tx and p, so bbolt may run
// it again when a batch is retried.
func putTx(tx *bolt.Tx, p *prepared) (PutResult, error) {
	arts := tx.Bucket(bucketArticles)
	seenB := tx.Bucket(bucketSeen)

	var s seenValue
	res := Created
	// A copy: the grouping below writes other records of this bucket.
	old := bytes.Clone(arts.Get(p.id))
	var prev *prevRecord
	if old != nil {
		prev = &prevRecord{}
		if err := json.Unmarshal(old, prev); err != nil {
			return 0, fmt.Errorf("decode stored record: %w", err)
		}
	}
	if old != nil {
		if v := seenB.Get(p.id); v != nil {
			if err := decodeSeen(v, &s); err != nil {
				return 0, fmt.Errorf("decode bookkeeping: %w", err)
			}
		}
	}
	// Grouping comes first: the group fields are part of the record, so
	// a re-put whose group did not change stays Unchanged.
	var plan postPlan
	if p.dedupOn {
		f, h, err := groupTx(tx, p, prev, s.DedupSeq)
		if err != nil {
			return 0, fmt.Errorf("find duplicates: %w", err)
		}
		plan = h
		if err := applyDedup(p, f); err != nil {
			return 0, err
		}
	}
	if old != nil {
		same := p.rec
		if !p.a.FetchedAt.Equal(prev.FetchedAt) {
			a := p.a
			a.FetchedAt = prev.FetchedAt
			var err error
			if same, err = encodeArticle(a); err != nil {
				return 0, err
			}
		}
		if bytes.Equal(old, same) {
			res = Unchanged
		} else {
			res = Updated
			if prev.ContentHash != p.a.ContentHash {
				s.Versions++
			}
		}
		if p.at.After(s.LastSeen) {
			s.LastSeen = p.at
		}
		if s.FirstSeen.IsZero() {
			s.FirstSeen = p.at
		}
		if s.Versions == 0 {
			s.Versions = 1
		}
	} else {
		s.FirstSeen, s.LastSeen, s.Versions = p.at, p.at, 1
	}

	if res != Unchanged {
		if err := reindex(tx, p, &s); err != nil {
			return 0, err
		}
		if err := arts.Put(p.id, p.rec); err != nil {
			return 0, fmt.Errorf("write record: %w", err)
		}
		if p.dedupOn && (!prev.sameText(p) || s.DedupSeq == 0) {
			if err := indexDedup(tx, p, &s, plan); err != nil {
				return 0, err
			}
		}
	}
	if p.raw != nil {
		rawB := tx.Bucket(bucketRaw)
		if res != Unchanged || rawB.Get(p.id) == nil {
			if err := rawB.Put(p.id, p.raw); err != nil {
				return 0, fmt.Errorf("write raw page: %w", err)
			}
		}
	}
	if err := indexURLs(tx, p); err != nil {
		return 0, err
	}
	v, err := encodeSeen(&s)
	if err != nil {
		return 0, fmt.Errorf("encode bookkeeping: %w", err)
	}
	if err := seenB.Put(p.id, v); err != nil {
		return 0, fmt.Errorf("write bookkeeping: %w", err)
	}
	return res, nil
}

// reindex moves the record's days entry and gives it a new change sequence.
func reindex(tx *bolt.Tx, p *prepared, s *seenValue) error {
	days := tx.Bucket(bucketDays)
	if s.DayKey != "" && s.DayKey != string(p.day) {
		if err := days.Delete([]byte(s.DayKey)); err != nil {
			return fmt.Errorf("drop old day index: %w", err)
		}
	}
	// An entry already as it should be is not written again: a put
	// dirties the B+tree page it writes to, and a group's founder, whose
	// record changes only in its group fields, keeps its days entry.
	if s.DayKey != string(p.day) || !bytes.Equal(days.Get(p.day), p.dayVal) {
		if err := days.Put(p.day, p.dayVal); err != nil {
			return fmt.Errorf("write day index: %w", err)
		}
	}
	s.DayKey = string(p.day)
	return newChange(tx, s)
}

// newChange gives the record whose bookkeeping is s (its days key set) a
// new change sequence in place of its old one.
func newChange(tx *bolt.Tx, s *seenValue) error {
	changes := tx.Bucket(bucketChanges)
	if s.Seq != 0 {
		if err := changes.Delete(seqKey(s.Seq)); err != nil {
			return fmt.Errorf("drop old change: %w", err)
		}
	}
	seq, err := changes.NextSequence()
	if err != nil {
		return fmt.Errorf("next change sequence: %w", err)
	}
	if err := changes.Put(seqKey(seq), []byte(s.DayKey)); err != nil {
		return fmt.Errorf("write change: %w", err)
	}
	s.Seq = seq
	return nil
}

// indexURLs points every URL of the record at its id and resolves failures
// recorded for them. The newest put wins when a URL moves to another id.
func indexURLs(tx *bolt.Tx, p *prepared) error {
	urls := tx.Bucket(bucketURLs)
	failures := tx.Bucket(bucketFailures)
	for _, u := range p.urls {
		k := []byte(u)
		if !bytes.Equal(urls.Get(k), p.id) {
			if err := urls.Put(k, p.id); err != nil {
				return fmt.Errorf("index url %s: %w", u, err)
			}
		}
		if err := resolveFailure(failures, k, p.at); err != nil {
			return err
		}
	}
	return nil
}

// Get returns the record stored under id.
func (db *DB) Get(id string) (kabar.Article, bool, error) {
	var a kabar.Article
	var found bool
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketArticles).Get([]byte(id))
		if v == nil {
			return nil
		}
		found = true
		if err := json.Unmarshal(v, &a); err != nil {
			return err
		}
		// A founder's cluster is filled at read time (storedFields).
		f := groupOf(tx, []byte(id), dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf})
		a.Cluster, a.DuplicateOf = f.Cluster, f.DuplicateOf
		return nil
	})
	if err != nil {
		return kabar.Article{}, false, fmt.Errorf("get article %q: %w", id, err)
	}
	return a, found, nil
}

// Seen returns the bookkeeping of the record stored under id.
func (db *DB) Seen(id string) (Seen, bool, error) {
	var s seenValue
	var found bool
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSeen).Get([]byte(id))
		if v == nil {
			return nil
		}
		found = true
		return decodeSeen(v, &s)
	})
	if err != nil {
		return Seen{}, false, fmt.Errorf("get bookkeeping of %q: %w", id, err)
	}
	return s.Seen, found, nil
}

// HasURL reports whether a record was stored under url, as its canonical
// URL or as a URL it was fetched under.
func (db *DB) HasURL(url string) (bool, error) {
	_, ok, err := db.LookupURL(url)
	return ok, err
}

// LookupURL returns the id of the record stored under url.
func (db *DB) LookupURL(url string) (string, bool, error) {
	var id string
	err := db.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketURLs).Get([]byte(url)); v != nil {
			id = string(v)
		}
		return nil
	})
	if err != nil {
		return "", false, fmt.Errorf("look up url %s: %w", url, err)
	}
	return id, id != "", nil
}
