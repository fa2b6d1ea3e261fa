package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
)

// TestCorruptFileNoPanic damages data pages of a real store in several ways
// and uses it: every call must return (an error or a result), never panic.
func TestCorruptFileNoPanic(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	db, err := Open(clean)
	if err != nil {
		t.Fatal(err)
	}
	var batch []Entry
	for i := range 300 {
		a := article(fmt.Sprintf("c%04d", i), fmt.Sprintf("s%d.com", i%5), "id", "2024-02-03T04:05:06+07:00")
		a.Text = strings.Repeat("isi ", 100+i)
		batch = append(batch, Entry{Article: a, Raw: &RawPage{URL: a.URL, Body: []byte(a.Text)}})
	}
	if _, err := db.PutMany(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	db.Close()
	orig, err := os.ReadFile(clean)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 30 {
		b := append([]byte(nil), orig...)
		switch trial % 3 {
		case 0: // garbage over a whole data page
			p := 2 + rng.IntN(len(b)/page-2)
			for i := p * page; i < (p+1)*page; i++ {
				b[i] = byte(rng.Uint32())
			}
		case 1: // a few flipped bytes anywhere past the meta pages
			for range 8 {
				b[2*page+rng.IntN(len(b)-2*page)] ^= 0xff
			}
		case 2: // truncated file
			b = b[:2*page+rng.IntN(len(b)-2*page)]
		}
		path := filepath.Join(dir, fmt.Sprintf("bad%d.db", trial))
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("trial %d: panic reached the caller: %v", trial, r)
				}
			}()
			db, err := Open(path)
			if err != nil {
				if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "open store "+path+": ") {
					t.Errorf("trial %d: unclear Open error %q", trial, err)
				}
				return
			}
			defer db.Close()
			_, _ = db.Stats()
			_ = db.Each(context.Background(), Filter{}, func(kabar.Article) error { return nil })
			_, _ = Export(context.Background(), db, discard{}, Filter{Lang: "id"})
			_, _ = db.Raw("c0007")
			_ = db.Check()
			_, _ = db.Put(article("c0042", "s2.com", "id", "2024-02-04T00:00:00Z"), nil)
			_ = db.PutFailure("https://s1.com/x", 500, "http 500", time.Now())
		}()
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestWalkPages shows that the page walk used by Check reads the current
// meta page and finds a damaged page before bbolt's checker would fault.
func TestWalkPages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var batch []Entry
	for i := range 200 {
		batch = append(batch, Entry{Article: article(fmt.Sprintf("w%04d", i), "example.com", "en", "")})
	}
	if _, err := db.PutMany(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	var root uint64
	if err := db.view(func(tx *bolt.Tx) error {
		walked, err := walkPages(path, uint64(tx.ID()))
		if !walked || err != nil {
			t.Errorf("walk of a sound store: walked %v, %v", walked, err)
		}
		root = uint64(tx.Bucket(bucketArticles).Root())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if root == 0 {
		t.Fatal("articles bucket is inline; the test needs a page")
	}

	// Point the first element's key far past the end of its page.
	b, _ := os.ReadFile(path)
	pg := int(root) * 4096
	off := pg + pageHeaderSize // a branch element starts with pos
	if binary.NativeEndian.Uint16(b[pg+8:]) == leafPageFlag {
		off += 4 // a leaf element starts with flags, then pos
	}
	binary.NativeEndian.PutUint32(b[off:], 1<<30)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Check()
	if err == nil || !strings.Contains(err.Error(), "outside the page") {
		t.Errorf("Check of a damaged page = %v", err)
	}
}
