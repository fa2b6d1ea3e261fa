package store

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Run is the summary of one crawl. A crawl may store it at the start
// (Finished zero) and again at the end, so that an interrupted run is
// visible as one that never finished.
type Run struct {
	// ID is assigned by PutRun when zero; pass it back to update the run.
	ID       uint64    `json:"id"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
	Seeds    []string  `json:"seeds,omitempty"`
	// Fetched counts pages fetched; Articles those stored as articles,
	// split into Created, Updated and Unchanged when the caller knows;
	// Index the index pages; Errors the pages that failed.
	Fetched   int `json:"fetched"`
	Articles  int `json:"articles"`
	Created   int `json:"created,omitempty"`
	Updated   int `json:"updated,omitempty"`
	Unchanged int `json:"unchanged,omitempty"`
	Index     int `json:"index"`
	Errors    int `json:"errors"`
	// Err is why the run stopped early, empty when it finished.
	Err string `json:"error,omitempty"`
}

// PutRun stores r, as a new run when r.ID is zero, else replacing the run
// with that ID. It returns nothing new; use AddRun to learn a new run's ID.
func (db *DB) PutRun(r Run) error {
	_, err := db.AddRun(r)
	return err
}

// AddRun is PutRun that also returns the run's ID.
func (db *DB) AddRun(r Run) (uint64, error) {
	err := db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRuns)
		if r.ID == 0 {
			id, err := b.NextSequence()
			if err != nil {
				return err
			}
			r.ID = id
		}
		v, err := json.Marshal(r)
		if err != nil {
			return err
		}
		return b.Put(seqKey(r.ID), v)
	})
	if err != nil {
		return 0, fmt.Errorf("put run: %w", err)
	}
	return r.ID, nil
}

// Runs returns the last n runs, newest first (all runs when n <= 0).
func (db *DB) Runs(n int) ([]Run, error) {
	var runs []Run
	err := db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRuns).Cursor()
		for k, v := c.Last(); k != nil && (n <= 0 || len(runs) < n); k, v = c.Prev() {
			var r Run
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode run %d: %w", seqOf(k), err)
			}
			runs = append(runs, r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list runs: %w", err)
	}
	return runs, nil
}
