package store

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// recentFailures is how many open failures Stats lists.
const recentFailures = 10

// Stats is what the store holds, for `kabar stats`.
type Stats struct {
	Articles int
	// BySite counts records by domain; ByDay by publication day in the
	// page's own offset ("2022-11-30"). Undated counts records without a
	// publication time, which ByDay leaves out.
	BySite  map[string]int
	ByDay   map[string]int
	Undated int
	// GroupsBySite counts groups of copies (stories stored two or more
	// times) by the domain of their earliest record; CopiesBySite counts
	// records with duplicate_of by their own domain. A site's records
	// less its copies are the stories it holds.
	GroupsBySite map[string]int
	CopiesBySite map[string]int
	// RawPages counts records whose fetched page is kept.
	RawPages int
	// Failures counts open failures (not resolved by a later success);
	// FailuresByReason splits them by Reason. Resolved counts the others.
	Failures         int
	FailuresByReason map[string]int
	Resolved         int
	// RecentFailures are the newest open failures, newest first.
	RecentFailures []Failure
	Runs           int
	// LastRun is the newest run, nil when there is none.
	LastRun *Run
}

// Stats counts the store's contents. It reads the indexes (days, members),
// not the records, so it is cheap even on a large store.
func (db *DB) Stats() (Stats, error) {
	s := Stats{BySite: map[string]int{}, ByDay: map[string]int{}, FailuresByReason: map[string]int{},
		GroupsBySite: map[string]int{}, CopiesBySite: map[string]int{}}
	err := db.view(func(tx *bolt.Tx) error {
		err := tx.Bucket(bucketDays).ForEach(func(_, v []byte) error {
			e := decodeDayEntry(v)
			s.Articles++
			s.BySite[e.domain]++
			if e.day == "" {
				s.Undated++
			} else {
				s.ByDay[e.day]++
			}
			return nil
		})
		if err != nil {
			return err
		}
		// Groups and copies from the members entries, which hold each
		// member's domain and duplicate_of: a group's founder is its one
		// member without a duplicate_of.
		err = tx.Bucket(bucketMembers).ForEach(func(k, v []byte) error {
			if isGroupKey(k) {
				return nil
			}
			var mm memberMeta
			if err := json.Unmarshal(v, &mm); err != nil {
				return fmt.Errorf("decode members entry %q: %w", k, err)
			}
			// As the days entries hold it (newDayEntry).
			domain := strings.ToLower(mm.Domain)
			if mm.DuplicateOf != "" {
				s.CopiesBySite[domain]++
			} else {
				s.GroupsBySite[domain]++
			}
			return nil
		})
		if err != nil {
			return err
		}
		s.RawPages = tx.Bucket(bucketRaw).Stats().KeyN
		err = tx.Bucket(bucketFailures).ForEach(func(k, v []byte) error {
			var f Failure
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("decode failure %s: %w", k, err)
			}
			if !f.ResolvedAt.IsZero() {
				s.Resolved++
				return nil
			}
			s.Failures++
			s.FailuresByReason[f.Reason]++
			s.RecentFailures = keepRecent(s.RecentFailures, f)
			return nil
		})
		if err != nil {
			return err
		}
		runs := tx.Bucket(bucketRuns)
		s.Runs = runs.Stats().KeyN
		if k, v := runs.Cursor().Last(); k != nil {
			var r Run
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode run %d: %w", seqOf(k), err)
			}
			s.LastRun = &r
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s: %w", db.path, err)
	}
	return s, nil
}

// keepRecent inserts f into list, kept newest first (ties by URL) and at
// most recentFailures long.
func keepRecent(list []Failure, f Failure) []Failure {
	i := sort.Search(len(list), func(i int) bool {
		if !list[i].At.Equal(f.At) {
			return list[i].At.Before(f.At)
		}
		return list[i].URL > f.URL
	})
	if i >= recentFailures {
		return list
	}
	list = append(list, Failure{})
	copy(list[i+1:], list[i:])
	list[i] = f
	if len(list) > recentFailures {
		list = list[:recentFailures]
	}
	return list
}
