package store

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestGrowStep(t *testing.T) {
	for _, c := range []struct {
		size int64
		want int
	}{
		{0, 32 << 10},
		{16 << 10, 32 << 10},
		{100 << 10, 100 << 10},
		{3 << 20, 3 << 20},
		{16 << 20, 16 << 20},
		{5 << 30, 16 << 20},
	} {
		if got := growStep(c.size); got != c.want {
			t.Errorf("growStep(%d) = %d, want %d", c.size, got, c.want)
		}
	}
}

// TestMapSize: a writer maps at least minMapSize, and twice a file larger
// than half of it (a sparse file here: mapSize only reads its size).
func TestMapSize(t *testing.T) {
	if !mapPresize || strconv.IntSize < 64 {
		if got := mapSize(filepath.Join(t.TempDir(), "none.db")); got != 0 {
			t.Fatalf("mapSize = %d where presizing is off, want 0", got)
		}
		t.Skip("no presized map on this platform")
	}
	dir := t.TempDir()
	if got := mapSize(filepath.Join(dir, "missing.db")); int64(got) != minMapSize {
		t.Errorf("mapSize(missing file) = %d, want %d", got, minMapSize)
	}
	big := filepath.Join(dir, "big.db")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	const size = 9 << 30
	if err := f.Truncate(size); err != nil {
		f.Close()
		t.Skipf("no sparse file of %d bytes here: %v", size, err)
	}
	f.Close()
	if got := mapSize(big); int64(got) != 2*size {
		t.Errorf("mapSize(file of %d) = %d, want %d", size, got, 2*size)
	}
}

// TestPresizedStoreStaysSmall: with a presized map a small store's file
// still grows as bbolt grows it by default (doubling), not by bbolt's
// 16 MB steps (growStep); and it reopens with its records.
func TestPresizedStoreStaysSmall(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kabar.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if mapPresize && strconv.IntSize == 64 && !db.presized {
		t.Error("a writer's map is not presized on a platform where it should be")
	}
	var entries []Entry
	for i := range 40 {
		entries = append(entries, Entry{Article: dedupBenchArticle(i)})
	}
	if _, err := db.PutMany(context.Background(), entries); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// 40 records of about 3 KB and their indexes: a few hundred KB.
	if fi.Size() > 2<<20 {
		t.Errorf("a store of 40 records takes %d bytes", fi.Size())
	}
	db, err = Open(path, WithReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.presized {
		t.Error("a reader's map is presized")
	}
	a, ok, err := db.Get(entries[39].Article.ID)
	if err != nil || !ok || a.Text != entries[39].Article.Text {
		t.Errorf("record 39 after reopening: found %v, err %v", ok, err)
	}
}
