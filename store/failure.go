package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Failure is a URL that could not be fetched or extracted.
type Failure struct {
	URL    string `json:"url"`
	Status int    `json:"status,omitempty"`
	// Reason is a short, stable cause ("http 404", "not html", "timeout"):
	// Stats groups by it, so it should not hold per-page detail.
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
	// Attempts counts PutFailure calls for URL since it was first recorded.
	Attempts int `json:"attempts"`
	// ResolvedAt is set when a record was later stored under URL; a
	// resolved failure is no longer counted as open.
	ResolvedAt time.Time `json:"resolved_at,omitzero"`
}

// PutFailure records that url failed at time at. A URL that fails again
// keeps one entry (its attempts counted), and a URL that had been resolved
// is open again.
func (db *DB) PutFailure(url string, status int, reason string, at time.Time) error {
	if url == "" {
		return errors.New("put failure: empty url")
	}
	if len(url) > bolt.MaxKeySize {
		return fmt.Errorf("put failure: url is %d bytes long", len(url))
	}
	if at.IsZero() {
		at = time.Now()
	}
	err := db.batch(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFailures)
		f := Failure{URL: url}
		if v := b.Get([]byte(url)); v != nil {
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("decode stored failure: %w", err)
			}
		}
		f.Status, f.Reason, f.At = status, reason, at
		f.Attempts++
		f.ResolvedAt = time.Time{}
		v, err := json.Marshal(f)
		if err != nil {
			return err
		}
		return b.Put([]byte(url), v)
	})
	if err != nil {
		return fmt.Errorf("put failure %s: %w", url, err)
	}
	return nil
}

// Failure returns what is recorded for url.
func (db *DB) Failure(url string) (Failure, bool, error) {
	var f Failure
	var found bool
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketFailures).Get([]byte(url))
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &f)
	})
	if err != nil {
		return Failure{}, false, fmt.Errorf("get failure %s: %w", url, err)
	}
	return f, found, nil
}

// resolveFailure marks the open failure of url, if any, resolved at at.
func resolveFailure(b *bolt.Bucket, url []byte, at time.Time) error {
	v := b.Get(url)
	if v == nil {
		return nil
	}
	var f Failure
	if err := json.Unmarshal(v, &f); err != nil {
		return fmt.Errorf("decode stored failure %s: %w", url, err)
	}
	if !f.ResolvedAt.IsZero() {
		return nil
	}
	f.ResolvedAt = at
	nv, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if err := b.Put(url, nv); err != nil {
		return fmt.Errorf("resolve failure %s: %w", url, err)
	}
	return nil
}
