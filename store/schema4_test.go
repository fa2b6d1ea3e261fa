package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
)

// toSchema3Layout rewrites a current store's group state the way schemas
// 2 and 3 kept it: each group's entry in a clusters bucket of its own
// (not under the bare cluster key in members), and every copy's cluster
// in a dups bucket.
func toSchema3Layout(tx *bolt.Tx) error {
	mem := tx.Bucket(bucketMembers)
	cl, err := tx.CreateBucket(bucketClusters)
	if err != nil {
		return err
	}
	dups, err := tx.CreateBucket(bucketDups)
	if err != nil {
		return err
	}
	var bare [][]byte
	err = mem.ForEach(func(k, v []byte) error {
		i := bytes.IndexByte(k, 0)
		if i < 0 {
			bare = append(bare, bytes.Clone(k))
			return cl.Put(bytes.Clone(k), bytes.Clone(v))
		}
		if bytes.Contains(v, []byte(`"o":`)) { // a member with a duplicate_of
			return dups.Put(bytes.Clone(k[i+1:]), bytes.Clone(k[:i]))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range bare {
		if err := mem.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// dumpFile returns every bucket of the bbolt file at path, key by key.
func dumpFile(t *testing.T, path string) map[string]map[string]string {
	t.Helper()
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	out := map[string]map[string]string{}
	err = b.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			m := map[string]string{}
			out[string(name)] = m
			return bk.ForEach(func(k, v []byte) error {
				m[string(k)] = string(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// storeAnswers is what readers tell of a store's groups: every record's
// fields by Get, the exports with and without --dedup, and Stats'
// counts of groups and copies.
type storeAnswers struct {
	fields         map[string]dedup.Fields
	all, earliest  map[string]string
	latest         map[string]string
	groups, copies map[string]int
}

func answersOf(t *testing.T, db *DB, ids []string) storeAnswers {
	t.Helper()
	ans := storeAnswers{fields: map[string]dedup.Fields{}}
	for _, id := range ids {
		a, found, err := db.Get(id)
		if err != nil || !found {
			t.Fatalf("get %q: %v %v", id, found, err)
		}
		ans.fields[id] = dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf}
	}
	ans.all = exportLines(t, db, Filter{})
	ans.earliest = exportLines(t, db, Filter{Dedup: DedupEarliest})
	ans.latest = exportLines(t, db, Filter{Dedup: DedupLatest})
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	ans.groups, ans.copies = st.GroupsBySite, st.CopiesBySite
	return ans
}

// TestSchema3StoreMigrates: a store whose groups are kept as schema 3
// kept them (a clusters bucket, a dups bucket) reads the same read-only
// as it is; a migration that fails leaves its file byte for byte as it
// was; a writer's migration folds the group entries into members, drops
// both buckets, and every reader's answer (Get, the exports with and
// without --dedup, Stats, Check) and every change sequence stays; later
// puts join and take over the migrated groups.
func TestSchema3StoreMigrates(t *testing.T) {
	db := openTest(t, WithNoSync())
	path := db.Path()
	// Two groups: one founded by its source (1) with two later copies,
	// one whose earlier-published copy (4) took it over from its source
	// (7); and a record in none. Record i is published in month 1+i%12.
	src, other := dedupBenchArticle(1), dedupBenchArticle(7)
	arts := []kabar.Article{src, copyArticle(2, src), copyArticle(5, src), dedupBenchArticle(3), other, copyArticle(4, other)}
	var ids []string
	for _, a := range arts {
		if _, err := db.Put(a, nil); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	want := answersOf(t, db, ids)
	if want.fields[arts[2].ID] != (dedup.Fields{Cluster: src.ID, DuplicateOf: src.ID}) ||
		want.fields[other.ID] != (dedup.Fields{Cluster: arts[5].ID, DuplicateOf: arts[5].ID}) ||
		len(want.earliest) != 3 || len(want.latest) != 3 || want.latest[arts[2].ID] == "" {
		t.Fatalf("the groups are not those the test means: %v, %d earliest, latest %v", want.fields, len(want.earliest), want.latest)
	}
	seqs := map[string]uint64{}
	for _, id := range ids {
		s, _, _ := db.Seen(id)
		seqs[id] = s.Seq
	}
	err := db.Update(func(tx *bolt.Tx) error {
		if err := toSchema3Layout(tx); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("3"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	old := dumpFile(t, path)
	if len(old["clusters"]) != 2 || len(old["dups"]) != 3 {
		t.Fatalf("schema 3 layout: %d clusters entries, %d dups entries, want 2 and 3", len(old["clusters"]), len(old["dups"]))
	}

	// Read-only, as it is.
	ro, err := Open(path, WithReadOnly())
	if err != nil {
		t.Fatalf("read-only open of a schema 3 store: %v", err)
	}
	if got := answersOf(t, ro, ids); !reflect.DeepEqual(got, want) {
		t.Errorf("schema 3 read as it is:\n got %+v\nwant %+v", got, want)
	}
	if err := ro.Check(); err != nil {
		t.Error(err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}

	// A migration that fails (a damaged clusters key) leaves the file as
	// it was, and says which step failed.
	bad := filepath.Join(t.TempDir(), "bad.db")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, data, 0o600); err != nil {
		t.Fatal(err)
	}
	raw, err := bolt.Open(bad, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = raw.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketClusters).Put([]byte("bad\x00key"), []byte("x"))
	})
	if err2 := raw.Close(); err == nil {
		err = err2
	}
	if err != nil {
		t.Fatal(err)
	}
	before := dumpFile(t, bad)
	if db, err := Open(bad, WithNoSync()); err == nil {
		db.Close()
		t.Fatal("migration of a damaged schema 3 store succeeded")
	} else if !strings.Contains(err.Error(), "migrate store schema 3 to 4") {
		t.Errorf("failed migration: %v", err)
	}
	if after := dumpFile(t, bad); !reflect.DeepEqual(after, before) {
		t.Errorf("a failed migration changed the file")
	}

	// The writer's migration.
	db, err = Open(path, WithNoSync())
	if err != nil {
		t.Fatalf("migrating open: %v", err)
	}
	defer db.Close()
	var schema string
	var oldBuckets []string
	_ = db.View(func(tx *bolt.Tx) error {
		schema = string(tx.Bucket(bucketMeta).Get(keySchema))
		for _, name := range [][]byte{bucketClusters, bucketDups} {
			if tx.Bucket(name) != nil {
				oldBuckets = append(oldBuckets, string(name))
			}
		}
		return nil
	})
	if schema != strconv.Itoa(SchemaVersion) || len(oldBuckets) > 0 {
		t.Errorf("after migration: schema %q, buckets %v left", schema, oldBuckets)
	}
	if got := answersOf(t, db, ids); !reflect.DeepEqual(got, want) {
		t.Errorf("after migration:\n got %+v\nwant %+v", got, want)
	}
	for _, id := range ids {
		if s, _, _ := db.Seen(id); s.Seq != seqs[id] {
			t.Errorf("migration moved the change sequence of %q: %d, was %d", id, s.Seq, seqs[id])
		}
		if !bytes.Equal(storedRec(t, db, id), []byte(old["articles"][id])) {
			t.Errorf("migration rewrote record %q", id)
		}
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
	// Later puts: a copy joins the first group; a copy published before
	// every member takes the second over.
	cp := copyArticle(6, src)
	early := copyArticle(12, other) // month 1
	for _, a := range []kabar.Article{cp, early} {
		if _, err := db.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	for id, w := range map[string]dedup.Fields{
		cp.ID:      {Cluster: src.ID, DuplicateOf: src.ID},
		early.ID:   {Cluster: early.ID},
		other.ID:   {Cluster: early.ID, DuplicateOf: early.ID},
		arts[5].ID: {Cluster: early.ID, DuplicateOf: early.ID},
		arts[3].ID: {},
		arts[1].ID: {Cluster: src.ID, DuplicateOf: src.ID},
		src.ID:     {Cluster: src.ID},
	} {
		if a, _, _ := db.Get(id); a.Cluster != w.Cluster || a.DuplicateOf != w.DuplicateOf {
			t.Errorf("after later puts, %q: cluster %q duplicate_of %q, want %+v", id, a.Cluster, a.DuplicateOf, w)
		}
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if n, c := sum(st.GroupsBySite), sum(st.CopiesBySite); n != 2 || c != 5 {
		t.Errorf("stats after later puts: %d groups, %d copies, want 2 and 5", n, c)
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// TestDedupExportConfirmsCopies: a record stored with detection off may
// carry a duplicate_of it was given (an ingested export); --dedup counts
// it as a copy only when its group holds it as one, as when a bucket of
// copies said so.
func TestDedupExportConfirmsCopies(t *testing.T) {
	db := openTest(t, WithNoSync())
	src := dedupBenchArticle(1)
	cp := copyArticle(2, src)
	for _, a := range []kabar.Article{src, cp} {
		if _, err := db.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	off, err := Open(path, WithNoSync(), WithoutDedup())
	if err != nil {
		t.Fatal(err)
	}
	defer off.Close()
	given := dedupBenchArticle(3)
	given.DuplicateOf, given.Cluster = "elsewhere", "elsewhere"
	given2 := dedupBenchArticle(4)
	given2.DuplicateOf, given2.Cluster = src.ID, src.ID // names a real group
	for _, a := range []kabar.Article{given, given2} {
		if _, err := off.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	for mode, want := range map[DedupMode][]string{
		DedupEarliest: {src.ID, given.ID, given2.ID},
		DedupLatest:   {cp.ID, given.ID, given2.ID},
	} {
		got := exportLines(t, off, Filter{Dedup: mode})
		var ids []string
		for id := range got {
			ids = append(ids, id)
		}
		if !sameSet(ids, want) {
			t.Errorf("--dedup=%s kept %v, want %v", mode, ids, want)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

// TestPutRefusesNULInID: a 0x00 in an id would make its members keys
// ambiguous (cluster 0x00 id; a group entry is a key without one).
func TestPutRefusesNULInID(t *testing.T) {
	db := openTest(t, WithNoSync())
	a := dedupBenchArticle(1)
	a.ID = "abc\x00def"
	if _, err := db.Put(a, nil); err == nil || !strings.Contains(err.Error(), "0x00") {
		t.Errorf("put of an id with a 0x00: %v", err)
	}
	if _, err := db.PutMany(context.Background(), []Entry{{Article: a}}); err == nil {
		t.Error("PutMany of an id with a 0x00 succeeded")
	}
}
