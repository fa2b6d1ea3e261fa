package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// The methods below let other packages keep their own state in the store's
// file (the crawler's frontier, visited set and per-host state), so that
// there is one file, one lock and one fsync per commit for a whole crawl.
//
// Such buckets are named after their package with a "/" ("crawler/queue");
// the buckets of the package doc belong to this package and must not be
// written through these methods, or the invariants Check verifies break.

// View runs fn in a read-only transaction. Values seen through tx are valid
// only until fn returns.
func (db *DB) View(fn func(*bolt.Tx) error) error {
	if err := db.view(fn); err != nil {
		return fmt.Errorf("store %s: %w", db.path, err)
	}
	return nil
}

// Update runs fn in a write transaction of its own, committed and synced
// before Update returns; an error from fn rolls everything back.
func (db *DB) Update(fn func(*bolt.Tx) error) error {
	if err := db.update(fn); err != nil {
		return fmt.Errorf("store %s: %w", db.path, err)
	}
	return nil
}

// Batch is Update shared with concurrent writers (Put among them): it is the
// cheap way to write from many goroutines. fn may run more than once, so it
// must depend only on tx.
func (db *DB) Batch(fn func(*bolt.Tx) error) error {
	if err := db.batch(fn); err != nil {
		return fmt.Errorf("store %s: %w", db.path, err)
	}
	return nil
}

// SeenURL returns the bookkeeping of the record stored under url (see
// LookupURL), for a crawler deciding whether a stored page is due for a
// re-fetch.
func (db *DB) SeenURL(url string) (Seen, bool, error) {
	var s seenValue
	var found bool
	err := db.view(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketURLs).Get([]byte(url))
		if id == nil {
			return nil
		}
		v := tx.Bucket(bucketSeen).Get(id)
		if v == nil {
			return nil
		}
		found = true
		return decodeSeen(v, &s)
	})
	if err != nil {
		return Seen{}, false, fmt.Errorf("look up url %s: %w", url, err)
	}
	return s.Seen, found, nil
}
