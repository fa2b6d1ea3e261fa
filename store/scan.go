package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
)

// Filter selects records for Each and Export. The zero Filter selects all.
type Filter struct {
	// Since (inclusive) and Until (exclusive) bound published_at; a zero
	// bound is open. The range is half-open so that consecutive windows
	// never share a record. When either is set, records without
	// published_at are left out.
	Since, Until time.Time
	// Sites are registrable domains ("tribunnews.com"); a record passes when
	// its domain is one of them, or a subdomain of one, case-insensitively.
	// Empty means every site.
	Sites []string
	// Lang is an ISO 639-1 code; empty means every language.
	Lang string
	// Changed, when not nil, keeps only records created or updated in the
	// given change-sequence range, and yields them in change order (see
	// DB.LastChange and ExportSince).
	Changed *SeqRange
	// MinConfidence, when above 0, keeps only records whose
	// extraction.confidence is at least this; a record without one (stored
	// before kabar wrote it; reextract gives it one) counts as 0.
	MinConfidence float64
	// Dedup, when set, keeps one record per story (see DedupMode).
	Dedup DedupMode
}

// SeqRange is the range (After, Through] of change sequences, both given:
// use math.MaxUint64 for Through to leave it open. The range is empty when
// Through <= After.
type SeqRange struct {
	After, Through uint64
}

func (f Filter) dated() bool { return !f.Since.IsZero() || !f.Until.IsZero() }

// match tells whether the record with days key k and entry e passes f.
func (f Filter) match(k []byte, e dayEntry) bool {
	if f.dated() {
		ts := string(k[:tsLen])
		if ts == undatedTS {
			return false
		}
		if !f.Since.IsZero() && ts < tsKey(f.Since) {
			return false
		}
		if !f.Until.IsZero() && ts >= tsKey(f.Until) {
			return false
		}
	}
	if f.Lang != "" && !strings.EqualFold(f.Lang, e.lang) {
		return false
	}
	if len(f.Sites) == 0 {
		return true
	}
	for _, s := range f.Sites {
		s = strings.ToLower(strings.TrimSpace(s))
		if s == "" {
			continue
		}
		if e.domain == s || strings.HasSuffix(e.domain, "."+s) || strings.HasSuffix(s, "."+e.domain) {
			return true
		}
	}
	return false
}

// scanChunk is how many records scan reads per read transaction. It bounds
// memory, and fn runs between transactions, so fn may write to the store
// and a long export never holds a read transaction open for its whole run.
const scanChunk = 256

// scan calls fn with the id and stored bytes of every record passing f, in
// publication order (undated last, ties by id) or, with f.Changed, in change
// order. rec is fn's to keep: the record as readers see it (a founder's
// cluster filled in, see withGroupFields).
func (db *DB) scan(ctx context.Context, f Filter, fn func(id string, rec []byte) error) error {
	return db.scanRaw(ctx, f, false, func(id string, rec, _ []byte) error { return fn(id, rec) })
}

// scanRaw is scan that, when withRaw is set, also passes the stored raw
// page value (nil when none is stored).
func (db *DB) scanRaw(ctx context.Context, f Filter, withRaw bool, fn func(id string, rec, raw []byte) error) error {
	type item struct {
		id       string
		rec, raw []byte
	}
	items := make([]item, 0, scanChunk)
	var resume []byte
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		items = items[:0]
		done := true
		err := db.view(func(tx *bolt.Tx) error {
			days := tx.Bucket(bucketDays)
			arts := tx.Bucket(bucketArticles)
			rawB := tx.Bucket(bucketRaw)
			add := func(dk []byte) error {
				id := idOfDayKey(dk)
				rec := arts.Get(id)
				if rec == nil {
					db.log.Warn("store index entry without record", "path", db.path, "id", string(id))
					return nil
				}
				if f.MinConfidence > 0 && confidenceOf(rec) < f.MinConfidence {
					return nil
				}
				if f.Dedup != DedupOff && !keepDedup(tx, f.Dedup, id, rec) {
					return nil
				}
				// A founder's cluster is filled in (withGroupFields);
				// any other record is copied as stored.
				full, filled, err := withGroupFields(tx, id, rec)
				if err != nil {
					return err
				}
				if !filled {
					full = bytes.Clone(rec)
				}
				it := item{id: string(id), rec: full}
				if withRaw {
					if r := rawB.Get(id); r != nil {
						it.raw = bytes.Clone(r)
					}
				}
				items = append(items, it)
				return nil
			}
			var c *bolt.Cursor
			var k, v []byte
			if f.Changed != nil {
				c = tx.Bucket(bucketChanges).Cursor()
			} else {
				c = days.Cursor()
			}
			switch {
			case resume != nil:
				if k, v = c.Seek(resume); bytes.Equal(k, resume) {
					k, v = c.Next()
				}
			case f.Changed != nil:
				if f.Changed.Through <= f.Changed.After {
					return nil
				}
				k, v = c.Seek(seqKey(f.Changed.After + 1))
			case !f.Since.IsZero():
				k, v = c.Seek([]byte(tsKey(f.Since)))
			default:
				k, v = c.First()
			}
			var last []byte // the last key examined, valid inside tx
			for ; k != nil; k, v = c.Next() {
				if len(items) == scanChunk {
					// The next chunk seeks past last, which is
					// correct even if last is deleted meanwhile.
					resume = bytes.Clone(last)
					done = false
					return nil
				}
				last = k
				dk := k
				if f.Changed == nil && len(k) < tsLen {
					continue // not a days key; Check reports it
				}
				if f.Changed != nil {
					if seqOf(k) > f.Changed.Through {
						return nil
					}
					dk = v
					if v = days.Get(dk); v == nil {
						db.log.Warn("store change without index entry", "path", db.path, "seq", seqOf(k))
						continue
					}
				} else if f.dated() {
					ts := string(k[:tsLen])
					if ts == undatedTS || (!f.Until.IsZero() && ts >= tsKey(f.Until)) {
						return nil
					}
				}
				if len(dk) < tsLen || !f.match(dk, decodeDayEntry(v)) {
					continue
				}
				if err := add(dk); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("scan store %s: %w", db.path, err)
		}
		for _, it := range items {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(it.id, it.rec, it.raw); err != nil {
				return err
			}
		}
		if done {
			return nil
		}
	}
}

// Each calls fn for every record passing f, in a deterministic order: by
// published_at (records without it last), ties by id; with f.Changed, in
// change order. Memory stays constant: records are read a chunk at a time
// and fn may write to the store. An error from fn or ctx stops the walk and
// is returned.
func (db *DB) Each(ctx context.Context, f Filter, fn func(kabar.Article) error) error {
	return db.scan(ctx, f, func(id string, rec []byte) error {
		var a kabar.Article
		if err := json.Unmarshal(rec, &a); err != nil {
			return fmt.Errorf("decode record %q: %w", id, err)
		}
		return fn(a)
	})
}

// EachRaw is Each that also passes the stored raw page of each record (nil
// when none was kept), for re-extraction without fetching again. fn may Put
// the re-extracted record; PutMany over small groups is faster for a single
// caller.
func (db *DB) EachRaw(ctx context.Context, f Filter, fn func(kabar.Article, *RawPage) error) error {
	return db.scanRaw(ctx, f, true, func(id string, rec, raw []byte) error {
		var a kabar.Article
		if err := json.Unmarshal(rec, &a); err != nil {
			return fmt.Errorf("decode record %q: %w", id, err)
		}
		var page *RawPage
		if raw != nil {
			var err error
			if page, err = decodeRaw(raw); err != nil {
				return fmt.Errorf("raw page %q: %w", id, err)
			}
		}
		return fn(a, page)
	})
}

// LastChange is the change sequence of the latest create or update, zero in
// an empty store. Records changed later have greater sequences.
func (db *DB) LastChange() (uint64, error) {
	var n uint64
	err := db.view(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketChanges).Sequence()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("last change: %w", err)
	}
	return n, nil
}

// confidenceOf reads extraction.confidence of a stored record, 0 when it
// has none or cannot be read.
func confidenceOf(rec []byte) float64 {
	var r struct {
		Extraction *struct {
			Confidence float64 `json:"confidence"`
		} `json:"extraction"`
	}
	if json.Unmarshal(rec, &r) != nil || r.Extraction == nil {
		return 0
	}
	return r.Extraction.Confidence
}
