package dedup_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
	"github.com/kabar-news/kabar/store"
)

// datedArticles makes the records of docs with publication dates that
// belong to the doc, not to the order it is stored in: mostly distinct
// minutes in random order (so a story's original is not always its
// earliest), some ties, some undated.
func datedArticles(docs []doc, seed uint64) []kabar.Article {
	r := rand.New(rand.NewPCG(seed, 3))
	minutes := r.Perm(len(docs))
	out := make([]kabar.Article, len(docs))
	for i, d := range docs {
		a := article(d, minutes[i])
		switch i % 11 {
		case 3:
			a.PublishedAt = time.Time{}
		case 5, 6:
			// The same instant in another offset: a tie in time,
			// broken by id.
			a.PublishedAt = time.Date(2025, 3, 1, 15, 0, 0, 0, time.FixedZone("WIB", 7*3600))
		}
		out[i] = a
	}
	return out
}

// putInOrder stores arts in the given order, one Put each, into a new
// store, and returns it.
func putInOrder(t *testing.T, arts []kabar.Article, order []int) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "kabar.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, i := range order {
		if _, err := db.Put(arts[i], nil); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// fieldsOf reads every record's group fields from db.
func fieldsOf(t *testing.T, db *store.DB) map[string]dedup.Fields {
	t.Helper()
	out := map[string]dedup.Fields{}
	err := db.Each(context.Background(), store.Filter{}, func(a kabar.Article) error {
		out[a.ID] = dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func docOf(a kabar.Article) dedup.Doc {
	return dedup.Doc{
		Member: dedup.Member{ID: a.ID, Published: a.PublishedAt, Site: a.Site, Domain: a.Domain, Sources: a.Sources},
		Text:   a.Text, SimHash: a.SimHash, ContentHash: a.ContentHash,
	}
}

// groupsOf is dedup.Groups keyed by id.
func groupsOf(arts []kabar.Article) map[string]dedup.Fields {
	docs := make([]dedup.Doc, len(arts))
	for i, a := range arts {
		docs[i] = docOf(a)
	}
	out := map[string]dedup.Fields{}
	for i, f := range dedup.Groups(docs) {
		out[arts[i].ID] = f
	}
	return out
}

// diffFields lists the ids whose fields differ, at most a few.
func diffFields(want, got map[string]dedup.Fields) []string {
	var out []string
	for id, w := range want {
		if g := got[id]; g != w {
			out = append(out, fmt.Sprintf("%s: got %+v want %+v", id, g, w))
		}
	}
	if len(got) != len(want) {
		out = append(out, fmt.Sprintf("%d records, want %d", len(got), len(want)))
	}
	return out[:min(len(out), 5)]
}

// TestGroupsIndependentOfOrder: the generated corpus stored in several
// orders, and split over two or three stores whose records are then
// grouped together (as a distributed ingest's shards are), gives every
// record the same cluster and duplicate_of, equal to dedup.Groups over the
// whole corpus; each group's founder is its earliest published member.
func TestGroupsIndependentOfOrder(t *testing.T) {
	for _, seed := range []uint64{1, 7} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			docs := genCorpus(seed, 120)
			arts := datedArticles(docs, seed)
			want := groupsOf(arts)
			groups := 0
			for _, f := range want {
				if f.Cluster != "" && f.DuplicateOf == "" {
					groups++
				}
			}
			if groups < 20 {
				t.Fatalf("only %d groups in the corpus", groups)
			}
			checkFounders(t, arts, want)

			r := rand.New(rand.NewPCG(seed, 99))
			orders := map[string][]int{"as generated": r.Perm(0)}
			for i := range arts {
				orders["as generated"] = append(orders["as generated"], i)
			}
			rev := make([]int, len(arts))
			for i := range rev {
				rev[i] = len(arts) - 1 - i
			}
			orders["reversed"] = rev
			for k := range 3 {
				orders[fmt.Sprint("shuffle", k)] = r.Perm(len(arts))
			}
			for name, order := range orders {
				db := putInOrder(t, arts, order)
				if d := diffFields(want, fieldsOf(t, db)); len(d) > 0 {
					t.Errorf("stored %s: differs from dedup.Groups: %v", name, d)
				}
				if err := db.Check(); err != nil {
					t.Errorf("stored %s: %v", name, err)
				}
			}

			for _, shards := range []int{2, 3} {
				// Each shard gets a random part in random order;
				// a few records land in two shards (a redelivered
				// task).
				parts := make([][]int, shards)
				for _, i := range r.Perm(len(arts)) {
					s := r.IntN(shards)
					parts[s] = append(parts[s], i)
					if i%17 == 0 {
						parts[(s+1)%shards] = append(parts[(s+1)%shards], i)
					}
				}
				merged := map[string]kabar.Article{}
				var all []kabar.Article
				for _, part := range parts {
					db := putInOrder(t, arts, part)
					err := db.Each(context.Background(), store.Filter{}, func(a kabar.Article) error {
						if _, ok := merged[a.ID]; !ok {
							all = append(all, a)
						}
						merged[a.ID] = a
						return nil
					})
					if err != nil {
						t.Fatal(err)
					}
				}
				// Re-derived from the shards' records (whose
				// group fields are those of their shard).
				if d := diffFields(want, groupsOf(all)); len(d) > 0 {
					t.Errorf("%d shards re-derived: %v", shards, d)
				}
				// Put again into one store, shard after shard, as
				// a merge by id does.
				r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
				db, err := store.Open(filepath.Join(t.TempDir(), "merged.db"), store.WithNoSync())
				if err != nil {
					t.Fatal(err)
				}
				entries := make([]store.Entry, len(all))
				for i, a := range all {
					entries[i] = store.Entry{Article: a}
				}
				if _, err := db.PutMany(context.Background(), entries); err != nil {
					t.Fatal(err)
				}
				if d := diffFields(want, fieldsOf(t, db)); len(d) > 0 {
					t.Errorf("%d shards merged by PutMany: %v", shards, d)
				}
				db.Close()
			}
		})
	}
}

// checkFounders: a group's cluster is the id of its earliest published
// member (dated before undated, ties by the smaller id).
func checkFounders(t *testing.T, arts []kabar.Article, got map[string]dedup.Fields) {
	t.Helper()
	members := map[string][]kabar.Article{}
	for _, a := range arts {
		if c := got[a.ID].Cluster; c != "" {
			members[c] = append(members[c], a)
		}
	}
	for c, ms := range members {
		best := ms[0]
		for _, a := range ms[1:] {
			ad, bd := !a.PublishedAt.IsZero(), !best.PublishedAt.IsZero()
			switch {
			case ad && !bd,
				ad && bd && a.PublishedAt.Before(best.PublishedAt),
				ad == bd && a.PublishedAt.Equal(best.PublishedAt) && a.ID < best.ID:
				best = a
			}
		}
		if c != best.ID {
			t.Errorf("group %s: founder should be %s (published %v)", c, best.ID, best.PublishedAt)
		}
		if got[best.ID].DuplicateOf != "" {
			t.Errorf("founder %s has duplicate_of %q", best.ID, got[best.ID].DuplicateOf)
		}
	}
}

// TestChainUnites: A and C are not the same story (they share only an
// opening), but B is the same story as each. Whatever the order, the
// three are one group; stored A, C, B, the arrival of B unites the two
// records it links, and the founder (the earliest published, C) is the
// cluster of all three.
func TestChainUnites(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 21))
	words := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("w%dx%d", r.IntN(1e6), i)
		}
		return out
	}
	w, v, u := words(100), words(30), words(30)
	texts := map[string]string{
		"a": strings.Join(w, " "),
		"b": strings.Join(append(append([]string{}, w[:70]...), v...), " "),
		"c": strings.Join(append(append(append([]string{}, w[:40]...), v...), u...), " "),
	}
	day := map[string]int{"a": 3, "b": 2, "c": 1}
	var arts []kabar.Article
	for _, id := range []string{"a", "b", "c"} {
		a := article(doc{id: id, story: "chain", site: "S " + id, domain: id + ".example", text: texts[id]}, day[id])
		arts = append(arts, a)
	}
	if s := dedup.Containment(dedup.Shingles(texts["a"]), dedup.Shingles(texts["c"])); s >= dedup.MinContainment {
		t.Fatalf("a and c are the same story (%.2f); the test needs a chain", s)
	}
	want := map[string]dedup.Fields{"a": {Cluster: "c", DuplicateOf: "c"}, "b": {Cluster: "c", DuplicateOf: "c"}, "c": {Cluster: "c"}}
	if d := diffFields(want, groupsOf(arts)); len(d) > 0 {
		t.Errorf("dedup.Groups: %v", d)
	}
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {2, 0, 1}, {1, 0, 2}, {2, 1, 0}} {
		if d := diffFields(want, fieldsOf(t, putInOrder(t, arts, order))); len(d) > 0 {
			t.Errorf("stored in order %v: %v", order, d)
		}
	}
}

// TestChainSplits: when the record linking two others gets another text
// (a re-extraction), the group falls apart into what is still connected,
// and putting the old text back restores it.
func TestChainSplits(t *testing.T) {
	r := rand.New(rand.NewPCG(22, 22))
	words := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("v%dy%d", r.IntN(1e6), i)
		}
		return out
	}
	w, v, u := words(100), words(30), words(30)
	texts := map[string]string{
		"a": strings.Join(w, " "),
		"b": strings.Join(append(append([]string{}, w[:70]...), v...), " "),
		"c": strings.Join(append(append(append([]string{}, w[:40]...), v...), u...), " "),
	}
	var arts []kabar.Article
	for i, id := range []string{"a", "b", "c"} {
		arts = append(arts, article(doc{id: id, story: "chain", site: "S " + id, domain: id + ".example", text: texts[id]}, i))
	}
	db := putInOrder(t, arts, []int{0, 1, 2})
	whole := map[string]dedup.Fields{"a": {Cluster: "a"}, "b": {Cluster: "a", DuplicateOf: "a"}, "c": {Cluster: "a", DuplicateOf: "a"}}
	if d := diffFields(whole, fieldsOf(t, db)); len(d) > 0 {
		t.Fatalf("chain: %v", d)
	}
	other := arts[1]
	other.Text = strings.Join(words(120), " ")
	other.SimHash, other.ContentHash = "", "other"
	if _, err := db.Put(other, nil); err != nil {
		t.Fatal(err)
	}
	if d := diffFields(map[string]dedup.Fields{"a": {}, "b": {}, "c": {}}, fieldsOf(t, db)); len(d) > 0 {
		t.Errorf("link replaced: %v", d)
	}
	if _, err := db.Put(arts[1], nil); err != nil {
		t.Fatal(err)
	}
	if d := diffFields(whole, fieldsOf(t, db)); len(d) > 0 {
		t.Errorf("link restored: %v", d)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
}

// TestMigrationRegroups: opening a store of schema 1 (groups founded by
// the first stored record, no members entries) for writing re-derives
// every group as dedup.Groups does.
func TestMigrationRegroups(t *testing.T) {
	docs := genCorpus(5, 40)
	arts := datedArticles(docs, 5)
	want := groupsOf(arts)
	db := putInOrder(t, arts, rand.New(rand.NewPCG(5, 5)).Perm(len(arts)))
	path := db.Path()
	err := db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte("1")); err != nil {
			return err
		}
		if err := tx.DeleteBucket([]byte("members")); err != nil {
			return err
		}
		arts := tx.Bucket([]byte("articles"))
		var recs [][2][]byte
		err := arts.ForEach(func(k, v []byte) error {
			var a kabar.Article
			if err := json.Unmarshal(v, &a); err != nil {
				return err
			}
			a.Cluster, a.DuplicateOf = "stale", "stale"
			b, err := json.Marshal(a)
			recs = append(recs, [2][]byte{bytes.Clone(k), b})
			return err
		})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := arts.Put(r[0], r[1]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(path, store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if d := diffFields(want, fieldsOf(t, db)); len(d) > 0 {
		t.Errorf("after migration: %v", d)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
}

// failAfter is a context whose Err reports cancellation from its n-th
// call on: PutMany asks before each record, so its transaction fails
// after n records were put in it.
type failAfter struct {
	context.Context
	n int
}

func (c *failAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// TestIndexFollowsCommits: a writer's in-memory index matches what was
// committed: after a transaction that fails half-way through, and after
// closing and opening the store again, puts give the groups dedup.Groups
// gives.
func TestIndexFollowsCommits(t *testing.T) {
	docs := genCorpus(9, 60)
	arts := datedArticles(docs, 9)
	want := groupsOf(arts)
	order := rand.New(rand.NewPCG(9, 9)).Perm(len(arts))
	entries := func(idx []int) []store.Entry {
		out := make([]store.Entry, len(idx))
		for i, j := range idx {
			out[i] = store.Entry{Article: arts[j]}
		}
		return out
	}
	path := filepath.Join(t.TempDir(), "kabar.db")
	db, err := store.Open(path, store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	third := len(order) / 3
	if _, err := db.PutMany(context.Background(), entries(order[:third])); err != nil {
		t.Fatal(err)
	}
	// Fails after putting (and indexing) half of the next third.
	if _, err := db.PutMany(&failAfter{context.Background(), third / 2}, entries(order[third:2*third])); err == nil {
		t.Fatal("PutMany did not fail")
	}
	if _, err := db.PutMany(context.Background(), entries(order[third:2*third])); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(path, store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, i := range order[2*third:] {
		if _, err := db.Put(arts[i], nil); err != nil {
			t.Fatal(err)
		}
	}
	if d := diffFields(want, fieldsOf(t, db)); len(d) > 0 {
		t.Errorf("differs from dedup.Groups: %v", d)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
}
