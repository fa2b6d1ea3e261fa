package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
	"github.com/kabar-news/kabar/normalize"
)

// copyArticle is record i of the dedup benchmark carrying src's text with
// a line added above it, as a site's own template would: the same story.
func copyArticle(i int, src kabar.Article) kabar.Article {
	a := dedupBenchArticle(i)
	a.Text = "Dilaporkan oleh kantor berita daerah.\n\n" + src.Text
	sum := sha256.Sum256([]byte(a.Text))
	a.ContentHash = hex.EncodeToString(sum[:])
	a.SimHash = normalize.SimHash(a.Text)
	return a
}

// storedRec is the record id as stored, not as readers see it.
func storedRec(t *testing.T, db *DB, id string) []byte {
	t.Helper()
	var rec []byte
	err := db.View(func(tx *bolt.Tx) error {
		rec = bytes.Clone(tx.Bucket(bucketArticles).Get([]byte(id)))
		return nil
	})
	if err != nil || rec == nil {
		t.Fatalf("stored record %q: %v (found %v)", id, err, rec != nil)
	}
	return rec
}

// exportLines exports db with f and returns its JSON Lines by id.
func exportLines(t *testing.T, db *DB, f Filter) map[string]string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Export(context.Background(), db, &buf, f); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		if line == "" {
			continue
		}
		a := decodeLine(t, line)
		out[a.ID] = line
	}
	return out
}

func decodeLine(t *testing.T, line string) kabar.Article {
	t.Helper()
	var a kabar.Article
	if err := json.Unmarshal([]byte(line), &a); err != nil {
		t.Fatalf("export line: %v", err)
	}
	return a
}

// wantLine is what the export line of a with fields f must be: the record
// encoded with them.
func wantLine(t *testing.T, a kabar.Article, f dedup.Fields) string {
	t.Helper()
	a.Cluster, a.DuplicateOf = f.Cluster, f.DuplicateOf
	b, err := encodeArticle(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// csvGroupCells returns the duplicate_of and cluster cells of each row of
// a CSV export, by id.
func csvGroupCells(t *testing.T, db *DB) map[string][2]string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := ExportCSV(context.Background(), db, &buf, Filter{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	out := map[string][2]string{}
	for _, r := range rows[1:] {
		out[r[col["id"]]] = [2]string{r[col["duplicate_of"]], r[col["cluster"]]}
	}
	return out
}

// TestFounderClusterAtReadTime: a founder stored before its copy keeps its
// stored record as it was when the copy joins (no cluster in it), yet Get,
// Each, the JSON Lines and CSV exports and an incremental export show its
// cluster exactly as a record carrying it would; when an earlier published
// copy arrives and takes over the group, the old founder's record gets
// its duplicate_of and the new founder's shows its cluster.
func TestFounderClusterAtReadTime(t *testing.T) {
	db := openTest(t, WithNoSync())
	ctx := context.Background()
	src := dedupBenchArticle(1)   // published 2024-02-02
	cp := copyArticle(2, src)     // published 2024-03-03
	early := copyArticle(12, src) // published 2024-01-13
	lone := dedupBenchArticle(3)  // another story
	if _, err := db.Put(src, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(lone, nil); err != nil {
		t.Fatal(err)
	}
	before := storedRec(t, db, src.ID)
	seenBefore, _, _ := db.Seen(src.ID)
	last, err := db.LastChange()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(cp, nil); err != nil {
		t.Fatal(err)
	}

	if after := storedRec(t, db, src.ID); !bytes.Equal(after, before) {
		t.Errorf("the founder's stored record changed when its copy joined:\n%s\n%s", before, after)
	}
	if bytes.Contains(storedRec(t, db, src.ID), []byte(`"cluster":`)) {
		t.Errorf("the founder's stored record carries its cluster")
	}
	want := map[string]dedup.Fields{
		src.ID:  {Cluster: src.ID},
		cp.ID:   {Cluster: src.ID, DuplicateOf: src.ID},
		lone.ID: {},
	}
	check := func(stage string, arts map[string]kabar.Article, want map[string]dedup.Fields) {
		t.Helper()
		for id, w := range want {
			got, ok, err := db.Get(id)
			if err != nil || !ok {
				t.Fatalf("%s: get %q: %v %v", stage, id, ok, err)
			}
			if g := (dedup.Fields{Cluster: got.Cluster, DuplicateOf: got.DuplicateOf}); g != w {
				t.Errorf("%s: Get(%q) fields %+v, want %+v", stage, id, g, w)
			}
		}
		err := db.Each(ctx, Filter{}, func(a kabar.Article) error {
			if g := (dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf}); g != want[a.ID] {
				t.Errorf("%s: Each %q fields %+v, want %+v", stage, a.ID, g, want[a.ID])
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		lines := exportLines(t, db, Filter{})
		for id, w := range want {
			if got, wl := lines[id], wantLine(t, arts[id], w); got != wl {
				t.Errorf("%s: export line of %q:\n got %s\nwant %s", stage, id, got, wl)
			}
		}
		cells := csvGroupCells(t, db)
		for id, w := range want {
			if got := cells[id]; got != [2]string{w.DuplicateOf, w.Cluster} {
				t.Errorf("%s: CSV duplicate_of, cluster of %q: %q, want %q %q", stage, id, got, w.DuplicateOf, w.Cluster)
			}
		}
		if err := db.Check(); err != nil {
			t.Errorf("%s: %v", stage, err)
		}
	}
	arts := map[string]kabar.Article{src.ID: src, cp.ID: cp, lone.ID: lone, early.ID: early}
	check("copy joined", arts, want)

	// The founder's change sequence moved: an incremental export from
	// before the copy carries it again, with its cluster.
	if s, _, _ := db.Seen(src.ID); s.Seq <= seenBefore.Seq {
		t.Errorf("founder's change sequence %d, was %d: incremental exports miss its cluster", s.Seq, seenBefore.Seq)
	}
	since := exportLines(t, db, Filter{Changed: &SeqRange{After: last, Through: math.MaxUint64}})
	if got, wl := since[src.ID], wantLine(t, src, want[src.ID]); got != wl {
		t.Errorf("incremental export of the founder:\n got %s\nwant %s", got, wl)
	}
	if _, ok := since[lone.ID]; ok {
		t.Errorf("incremental export carries the unchanged lone record")
	}

	// An earlier published copy becomes the founder.
	if _, err := db.Put(early, nil); err != nil {
		t.Fatal(err)
	}
	want = map[string]dedup.Fields{
		early.ID: {Cluster: early.ID},
		src.ID:   {Cluster: early.ID, DuplicateOf: early.ID},
		cp.ID:    {Cluster: early.ID, DuplicateOf: early.ID},
		lone.ID:  {},
	}
	check("founder replaced", arts, want)
	if bytes.Contains(storedRec(t, db, early.ID), []byte(`"cluster":`)) {
		t.Errorf("the new founder's stored record carries its cluster")
	}

	// Re-putting the founder unchanged leaves it Unchanged.
	if res, err := db.Put(early, nil); err != nil || res != Unchanged {
		t.Errorf("re-put of the founder: %v %v, want unchanged", res, err)
	}
	// --dedup keeps the founder, with its cluster.
	kept := exportLines(t, db, Filter{Dedup: DedupEarliest})
	if len(kept) != 2 || kept[early.ID] != wantLine(t, early, want[early.ID]) || kept[lone.ID] == "" {
		t.Errorf("--dedup kept %d records: %v", len(kept), kept)
	}
}

// TestSchema2StoreReads: a store written in schema 2, where founders
// carried their cluster in their records, reads the same read-only as it
// is, and after a writer's migration (which strips the founders' clusters
// and moves no change sequence); later puts group it as before.
func TestSchema2StoreReads(t *testing.T) {
	db := openTest(t, WithNoSync())
	path := db.Path()
	src := dedupBenchArticle(1)
	cp := copyArticle(2, src)
	lone := dedupBenchArticle(3)
	for _, a := range []kabar.Article{src, cp, lone} {
		if _, err := db.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	want := exportLines(t, db, Filter{})
	seqs := map[string]uint64{}
	for id := range want {
		s, _, _ := db.Seen(id)
		seqs[id] = s.Seq
	}
	// Turn it into what schema 2 wrote: the founder's cluster in its
	// record, the group entries in clusters, the copies in dups.
	err := db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketMeta).Put(keySchema, []byte("2")); err != nil {
			return err
		}
		if err := toSchema3Layout(tx); err != nil {
			return err
		}
		arts := tx.Bucket(bucketArticles)
		old, _, ok := spliceGroupFields(arts.Get([]byte(src.ID)), dedup.Fields{Cluster: src.ID})
		if !ok {
			t.Fatal("splice failed")
		}
		return arts.Put([]byte(src.ID), old)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	ro, err := Open(path, WithReadOnly())
	if err != nil {
		t.Fatalf("read-only open of a schema 2 store: %v", err)
	}
	if got := exportLines(t, ro, Filter{}); !equalLines(got, want) {
		t.Errorf("schema 2 read as it is: export differs:\n got %v\nwant %v", got, want)
	}
	if a, _, _ := ro.Get(src.ID); a.Cluster != src.ID || a.DuplicateOf != "" {
		t.Errorf("schema 2 founder: cluster %q duplicate_of %q", a.Cluster, a.DuplicateOf)
	}
	if err := ro.Check(); err != nil {
		t.Error(err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = Open(path, WithNoSync())
	if err != nil {
		t.Fatalf("migrating open: %v", err)
	}
	defer db.Close()
	var schema string
	_ = db.View(func(tx *bolt.Tx) error {
		schema = string(tx.Bucket(bucketMeta).Get(keySchema))
		return nil
	})
	if schema != strconv.Itoa(SchemaVersion) {
		t.Errorf("schema after migration %q", schema)
	}
	if bytes.Contains(storedRec(t, db, src.ID), []byte(`"cluster":`)) {
		t.Errorf("migration left the founder's cluster in its record")
	}
	if got := exportLines(t, db, Filter{}); !equalLines(got, want) {
		t.Errorf("after migration: export differs:\n got %v\nwant %v", got, want)
	}
	for id, seq := range seqs {
		if s, _, _ := db.Seen(id); s.Seq != seq {
			t.Errorf("migration moved the change sequence of %q: %d, was %d", id, s.Seq, seq)
		}
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
	// A later copy joins the migrated group.
	cp2 := copyArticle(22, src)
	if _, err := db.Put(cp2, nil); err != nil {
		t.Fatal(err)
	}
	if a, _, _ := db.Get(cp2.ID); a.Cluster != src.ID || a.DuplicateOf != src.ID {
		t.Errorf("copy after migration: cluster %q duplicate_of %q, want %q", a.Cluster, a.DuplicateOf, src.ID)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
}

func equalLines(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestReadOnlyOldSchemas: a read-only opener reads a schema-2 store as it
// is (its readers accept both forms of a founder) but refuses schema 1,
// whose groups only a writer's migration re-derives.
func TestReadOnlyOldSchemas(t *testing.T) {
	for _, tc := range []struct {
		schema string
		ok     bool
	}{{"1", false}, {"2", true}, {"3", true}, {strconv.Itoa(SchemaVersion), true}} {
		db := openTest(t, WithNoSync())
		path := db.Path()
		if _, err := db.Put(dedupBenchArticle(1), nil); err != nil {
			t.Fatal(err)
		}
		err := db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte(tc.schema))
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		ro, err := Open(path, WithReadOnly())
		if (err == nil) != tc.ok {
			t.Errorf("read-only open of schema %s: %v, want ok=%v", tc.schema, err, tc.ok)
		}
		if err == nil {
			if _, found, err := ro.Get(dedupBenchArticle(1).ID); err != nil || !found {
				t.Errorf("schema %s read-only: get: %v %v", tc.schema, found, err)
			}
			ro.Close()
		} else if !strings.Contains(err.Error(), "open it once for writing to migrate") {
			t.Errorf("schema %s: %v", tc.schema, err)
		}
	}
}
