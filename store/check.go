package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar/dedup"
)

// Check verifies the whole file: bbolt's own page consistency check, then
// the invariants of the package doc (every record has its bookkeeping, one
// days key and one change, and every index entry points at a record). It
// returns all problems found joined, or nil. It reads everything, so it is
// for tests, crash recovery and `kabar doctor`-style commands, not for every
// run.
func (db *DB) Check() error {
	var problems []error
	add := func(format string, args ...any) {
		if len(problems) < 20 {
			problems = append(problems, fmt.Errorf(format, args...))
		}
	}
	// bbolt's checker runs on its own goroutine, where a memory fault on a
	// damaged page cannot be recovered. Check the page structure through
	// ReadAt and touch every key and value here first, where a fault is
	// recovered (see view), and skip the checker if either fails.
	err := db.view(func(tx *bolt.Tx) error {
		if _, err := walkPages(db.path, uint64(tx.ID())); err != nil {
			return err
		}
		return touchAll(tx)
	})
	if err != nil {
		return fmt.Errorf("check store %s: %w", db.path, err)
	}
	err = db.view(func(tx *bolt.Tx) error {
		// Drain the channel: the checker goroutine reads through tx until
		// it has sent every error, so returning early would race Rollback.
		for err := range tx.Check(bolt.WithKVStringer(lengthStringer{})) {
			add("bbolt: %w", err)
		}
		if len(problems) > 0 {
			return nil // the index walk below could trip on broken pages
		}
		arts := tx.Bucket(bucketArticles)
		seenB := tx.Bucket(bucketSeen)
		days := tx.Bucket(bucketDays)
		changes := tx.Bucket(bucketChanges)
		err := arts.ForEach(func(id, _ []byte) error {
			v := seenB.Get(id)
			if v == nil {
				add("record %q has no bookkeeping", id)
				return nil
			}
			var s seenValue
			if err := decodeSeen(v, &s); err != nil {
				add("record %q: bad bookkeeping: %v", id, err)
				return nil
			}
			if days.Get([]byte(s.DayKey)) == nil || !bytes.Equal(idOfDayKey([]byte(s.DayKey)), id) {
				add("record %q: days key %q missing", id, s.DayKey)
			}
			if c := changes.Get(seqKey(s.Seq)); c == nil || string(c) != s.DayKey {
				add("record %q: change %d missing", id, s.Seq)
			}
			return nil
		})
		if err != nil {
			return err
		}
		count := func(b *bolt.Bucket, name string, idOf func(k, v []byte) []byte) int {
			n := 0
			_ = b.ForEach(func(k, v []byte) error {
				n++
				if id := idOf(k, v); arts.Get(id) == nil {
					add("%s entry %q points at missing record %q", name, k, id)
				}
				return nil
			})
			return n
		}
		nArts := arts.Stats().KeyN
		if n := count(days, "days", func(k, _ []byte) []byte { return idOfDayKey(k) }); n != nArts {
			add("days holds %d entries for %d records", n, nArts)
		}
		if n := count(changes, "changes", func(_, v []byte) []byte { return idOfDayKey(v) }); n != nArts {
			add("changes holds %d entries for %d records", n, nArts)
		}
		count(tx.Bucket(bucketURLs), "urls", func(_, v []byte) []byte { return v })
		count(tx.Bucket(bucketRaw), "raw", func(k, _ []byte) []byte { return k })
		checkGroups(tx, add)
		return nil
	})
	if err != nil {
		problems = append(problems, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check store %s: %w", db.path, errors.Join(problems...))
	}
	return nil
}

// checkGroups verifies the group entries against the records: every
// members entry names a stored record with that cluster and that
// duplicate_of (a founder's cluster filled in: groupOf), its group has a
// group entry (ts | id of a member) and every group entry a founder among
// the members.
func checkGroups(tx *bolt.Tx, add func(string, ...any)) {
	arts := tx.Bucket(bucketArticles)
	mem, gix := tx.Bucket(bucketMembers), groupIndex(tx)
	// In a store of the current schema the group entries are members'
	// bare keys; in an older one opened read-only, clusters' keys.
	own := tx.Bucket(bucketClusters) == nil
	_ = mem.ForEach(func(k, v []byte) error {
		i := bytes.IndexByte(k, 0)
		if i < 0 {
			if !own {
				add("members key %q has no separator", k)
			}
			return nil
		}
		cluster, id := k[:i], k[i+1:]
		var mm memberMeta
		var a struct {
			Cluster     string `json:"cluster"`
			DuplicateOf string `json:"duplicate_of"`
		}
		rec := arts.Get(id)
		switch {
		case json.Unmarshal(v, &mm) != nil:
			add("members entry %q: bad value", k)
		case rec == nil || json.Unmarshal(rec, &a) != nil:
			add("members entry %q: record missing or unreadable", k)
		case groupOf(tx, id, dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf}) != dedup.Fields{Cluster: string(cluster), DuplicateOf: mm.DuplicateOf}:
			g := groupOf(tx, id, dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf})
			add("record %q: cluster %q duplicate_of %q, its group entry says %q %q", id, g.Cluster, g.DuplicateOf, cluster, mm.DuplicateOf)
		case gix.Get(cluster) == nil:
			add("group %q has members but no group entry", cluster)
		}
		return nil
	})
	// A group entry makes its key a founder (groupOf): its group must
	// hold it, and it names the group's latest published member.
	_ = gix.ForEach(func(k, v []byte) error {
		if !isGroupKey(k) {
			return nil
		}
		if mem.Get(memberKey(string(k), string(k))) == nil {
			add("group %q has a group entry but its founder is not a member", k)
		} else if len(v) < tsLen || mem.Get(memberKey(string(k), string(v[tsLen:]))) == nil {
			add("group %q: its entry names no member as latest (%d bytes)", k, len(v))
		}
		return nil
	})
	seenB := tx.Bucket(bucketSeen)
	_ = tx.Bucket(bucketDedup).ForEach(func(k, v []byte) error {
		_, _, _, id, err := decodeLogEntry(v)
		if err != nil || len(k) != 8 {
			add("duplicate index entry %x: %v", k, err)
			return nil
		}
		var sv seenValue
		if raw := seenB.Get(id); raw == nil || json.Unmarshal(raw, &sv) != nil || !bytes.Equal(seqKey(sv.DedupSeq), k) {
			add("duplicate index entry %x for %q: the record's bookkeeping names entry %d", k, id, sv.DedupSeq)
		}
		return nil
	})
}

// touchAll reads every byte of every key and value in the file.
func touchAll(tx *bolt.Tx) error {
	var sum byte
	var walk func(b *bolt.Bucket) error
	walk = func(b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			for _, c := range k {
				sum ^= c
			}
			if v == nil {
				if child := b.Bucket(k); child != nil {
					return walk(child)
				}
				return nil
			}
			for _, c := range v {
				sum ^= c
			}
			return nil
		})
	}
	err := tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return walk(b) })
	_ = sum
	return err
}

// lengthStringer describes keys and values in the checker's messages by
// their length only: bbolt's default prints their bytes, and a damaged
// length makes that read past the mapping, a fault on a goroutine that
// cannot recover it.
type lengthStringer struct{}

func (lengthStringer) KeyToString(k []byte) string   { return fmt.Sprintf("key of %d bytes", len(k)) }
func (lengthStringer) ValueToString(v []byte) string { return fmt.Sprintf("value of %d bytes", len(v)) }
