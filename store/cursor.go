package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Cursor is where the last export under a name stopped: every record
// changed at or before Seq has been written to some export of that name.
type Cursor struct {
	Name    string    `json:"name"`
	Seq     uint64    `json:"seq"`
	At      time.Time `json:"at"`
	Records int       `json:"records"`
	Path    string    `json:"path,omitempty"`
}

// Cursor returns the export cursor called name.
func (db *DB) Cursor(name string) (Cursor, bool, error) {
	var c Cursor
	var found bool
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketCursors).Get([]byte(name))
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &c)
	})
	if err != nil {
		return Cursor{}, false, fmt.Errorf("get export cursor %q: %w", name, err)
	}
	return c, found, nil
}

// SetCursor stores c under c.Name. Callers move a cursor only after the
// export it describes is completely written and synced.
func (db *DB) SetCursor(c Cursor) error {
	if c.Name == "" {
		return errors.New("set export cursor: empty name")
	}
	err := db.update(func(tx *bolt.Tx) error {
		v, err := json.Marshal(c)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketCursors).Put([]byte(c.Name), v)
	})
	if err != nil {
		return fmt.Errorf("set export cursor %q: %w", c.Name, err)
	}
	return nil
}
