package crawler

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// FrontierDB is a bbolt database that a crawl keeps its frontier in, so
// that a crawl killed at any point resumes where it stopped. kabar's
// *store.DB satisfies it: the frontier then shares the store's file, lock
// and fsync.
//
// The crawler writes only the buckets named "crawler/…".
type FrontierDB interface {
	View(fn func(*bolt.Tx) error) error
	Update(fn func(*bolt.Tx) error) error
}

var (
	// bucketSeen holds every URL the current crawl has queued or found a
	// page under (key: URL without scheme, see seenKey; value empty).
	bucketSeen = []byte("crawler/seen")
	// bucketQueue holds one bucket per host; in each, items queued in
	// order (key: 8-byte big-endian sequence; value: uvarint depth, then
	// the URL).
	bucketQueue = []byte("crawler/queue")
)

// boltFrontier is a frontier kept in a FrontierDB. Each commit is one write
// transaction: a page's links, its aliases and its leaving the queue are
// written together or not at all.
//
// Which items are handed out is kept in memory only: after a crash they
// are simply queued, and fetched again.
type boltFrontier struct {
	db        FrontierDB
	hosts     []string // hosts with a queue bucket, for round-robin
	known     map[string]bool
	rr        int
	n         int
	handedOut map[string]bool // by string(host + "\x00" + key)
	// waiting counts, per host, the queued items not handed out, so that
	// next skips empty hosts without a transaction.
	waiting map[string]int
}

// openBoltFrontier opens the frontier in db. A crawl that finished (empty
// queue) leaves nothing to resume: its seen set is cleared, so that a new
// run fetches the seeds and index pages again; fresh clears a crawl that
// did not finish too. It reports whether it resumed an unfinished crawl.
func openBoltFrontier(db FrontierDB, fresh bool) (*boltFrontier, bool, error) {
	f := &boltFrontier{db: db, known: map[string]bool{}, handedOut: map[string]bool{}, waiting: map[string]int{}}
	var resumed bool
	err := db.Update(func(tx *bolt.Tx) error {
		n, hosts, err := countQueue(tx, f.waiting)
		if err != nil {
			return err
		}
		if fresh || n == 0 {
			clear(f.waiting)
			for _, name := range [][]byte{bucketSeen, bucketQueue} {
				if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, bolterrors.ErrBucketNotFound) {
					return err
				}
			}
			n, hosts = 0, nil
		}
		for _, name := range [][]byte{bucketSeen, bucketQueue} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		resumed = n > 0
		f.n, f.hosts = n, hosts
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("frontier: open: %w", err)
	}
	for _, h := range f.hosts {
		f.known[h] = true
	}
	return f, resumed, nil
}

// countQueue counts the queued items, per host into waiting, and lists the
// hosts that have some.
func countQueue(tx *bolt.Tx, waiting map[string]int) (int, []string, error) {
	q := tx.Bucket(bucketQueue)
	if q == nil {
		return 0, nil, nil
	}
	n := 0
	var hosts []string
	err := q.ForEachBucket(func(name []byte) error {
		k := q.Bucket(name).Stats().KeyN
		if k > 0 {
			hosts = append(hosts, string(name))
			waiting[string(name)] = k
			n += k
		}
		return nil
	})
	return n, hosts, err
}

func (f *boltFrontier) unseen(links []item) ([]item, error) {
	var out []item
	batch := map[string]bool{}
	err := f.db.View(func(tx *bolt.Tx) error {
		seen := tx.Bucket(bucketSeen)
		for _, l := range links {
			k := seenKey(l.url)
			if batch[k] || seen.Get([]byte(k)) != nil {
				continue
			}
			batch[k] = true
			out = append(out, l)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("frontier: %w", err)
	}
	return out, nil
}

// batcher is a FrontierDB that can share a write transaction with
// concurrent writers (kabar's *store.DB: Batch group-commits with the
// records the Handler stores), so that the frontier costs no fsync of its
// own. fn may run more than once.
type batcher interface {
	Batch(fn func(*bolt.Tx) error) error
}

func (f *boltFrontier) commit(done []item, seen []string, queue []item) error {
	var added []item
	update := f.db.Update
	if b, ok := f.db.(batcher); ok {
		update = b.Batch
	}
	err := update(func(tx *bolt.Tx) error {
		added = added[:0]
		sb, qb := tx.Bucket(bucketSeen), tx.Bucket(bucketQueue)
		for _, d := range done {
			if d.key == nil {
				continue
			}
			if hb := qb.Bucket([]byte(d.host)); hb != nil {
				if err := hb.Delete(d.key); err != nil {
					return err
				}
			}
		}
		for _, u := range seen {
			if err := sb.Put([]byte(seenKey(u)), []byte{}); err != nil {
				return err
			}
		}
		for _, it := range queue {
			k := []byte(seenKey(it.url))
			if sb.Get(k) != nil {
				continue
			}
			if err := sb.Put(k, []byte{}); err != nil {
				return err
			}
			hb, err := qb.CreateBucketIfNotExists([]byte(it.host))
			if err != nil {
				return err
			}
			seq, err := hb.NextSequence()
			if err != nil {
				return err
			}
			key := binary.BigEndian.AppendUint64(nil, seq)
			val := binary.AppendUvarint(nil, uint64(it.depth))
			if err := hb.Put(key, append(val, it.url...)); err != nil {
				return err
			}
			added = append(added, it)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("frontier: commit: %w", err)
	}
	for _, d := range done {
		if d.key != nil {
			delete(f.handedOut, d.host+"\x00"+string(d.key))
			f.n--
		}
	}
	for _, it := range added {
		f.waiting[it.host]++
		if !f.known[it.host] {
			f.known[it.host] = true
			f.hosts = append(f.hosts, it.host)
		}
	}
	f.n += len(added)
	return nil
}

func (f *boltFrontier) next(ready func(host string) bool) (item, bool, error) {
	n := len(f.hosts)
	for i := range n {
		host := f.hosts[(f.rr+i)%n]
		if f.waiting[host] == 0 || !ready(host) {
			continue
		}
		it, ok, err := f.first(host)
		if err != nil {
			return item{}, false, err
		}
		if !ok {
			continue
		}
		f.handedOut[host+"\x00"+string(it.key)] = true
		f.waiting[host]--
		f.rr = (f.rr + i + 1) % n
		return it, true, nil
	}
	return item{}, false, nil
}

// first returns the first item of host's queue not handed out yet. Handed
// out items are at the front of the queue, at most Parallelism of them.
func (f *boltFrontier) first(host string) (item, bool, error) {
	var it item
	var found bool
	err := f.db.View(func(tx *bolt.Tx) error {
		hb := tx.Bucket(bucketQueue).Bucket([]byte(host))
		if hb == nil {
			return nil
		}
		c := hb.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if f.handedOut[host+"\x00"+string(k)] {
				continue
			}
			depth, n := binary.Uvarint(v)
			if n <= 0 {
				return fmt.Errorf("queue entry %x of %s: bad depth", k, host)
			}
			it = item{url: string(v[n:]), host: host, depth: int(depth), key: bytes.Clone(k)}
			found = true
			return nil
		}
		return nil
	})
	if err != nil {
		return item{}, false, fmt.Errorf("frontier: %w", err)
	}
	return it, found, nil
}

func (f *boltFrontier) queued() int { return f.n }
