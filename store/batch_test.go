package store

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestBatcherIsolatesFailures runs many concurrent writes, some of which
// fail after writing: each caller gets its own result, the good writes are
// committed and nothing of the failed ones is.
func TestBatcherIsolatesFailures(t *testing.T) {
	db := openTest(t)
	bucket := []byte("test")
	if err := db.update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(bucket)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	const n = 200
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = db.batch(func(tx *bolt.Tx) error {
				if err := tx.Bucket(bucket).Put(fmt.Appendf(nil, "k%03d", i), []byte("v")); err != nil {
					return err
				}
				if i%7 == 0 {
					return fmt.Errorf("bad %d", i)
				}
				return nil
			})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		want := ""
		if i%7 == 0 {
			want = fmt.Sprintf("bad %d", i)
		}
		if got := fmt.Sprint(err); (err == nil && want != "") || (err != nil && got != want) {
			t.Errorf("call %d: err %v, want %q", i, err, want)
		}
	}
	if err := db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		for i := range n {
			if got := b.Get(fmt.Appendf(nil, "k%03d", i)) != nil; got != (i%7 != 0) {
				return fmt.Errorf("key %d stored %v", i, got)
			}
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
}

// TestBatcherLoneWriter shows that a lone writer is not held back and that
// errors reach it.
func TestBatcherLoneWriter(t *testing.T) {
	db := openTest(t)
	boom := errors.New("boom")
	if err := db.batch(func(*bolt.Tx) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("lone failing write = %v", err)
	}
	for i := range 50 {
		if _, err := db.Put(article(fmt.Sprintf("l%d", i), "example.com", "en", ""), nil); err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := db.Stats(); st.Articles != 50 {
		t.Errorf("Articles = %d, want 50", st.Articles)
	}
}

// TestOwnBuckets shows another package's buckets living beside the store's:
// written through Batch and Update, kept across reopen, ignored by Check.
func TestOwnBuckets(t *testing.T) {
	db := openTest(t)
	name := []byte("crawler/queue")
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(name)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := db.Batch(func(tx *bolt.Tx) error {
				return tx.Bucket(name).Put(fmt.Appendf(nil, "u%02d", i), nil)
			}); err != nil {
				t.Error(err)
			}
		}()
	}
	a := article("s", "example.com", "en", "")
	mustPut(t, db, a, nil)
	wg.Wait()
	n := 0
	if err := db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(name).Stats().KeyN
		return nil
	}); err != nil || n != 20 {
		t.Errorf("own bucket holds %d keys, %v", n, err)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
	s, ok, err := db.SeenURL(a.URL)
	if err != nil || !ok || !s.LastSeen.Equal(a.FetchedAt) {
		t.Errorf("SeenURL = %+v, %v, %v", s, ok, err)
	}
	if _, ok, _ := db.SeenURL("https://example.com/unknown"); ok {
		t.Error("SeenURL of an unknown URL found something")
	}
}
