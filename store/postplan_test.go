package store

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestPostPlanMatchesCount: a put posts its bands from what its lookup
// counted (postPlan) instead of probing the table again; post, told to
// check (checkPostPlan), counts each band itself and fails on any
// disagreement. Bands are crowded here (more than maxPostings records
// share a simhash), records are re-put with a new text under the same
// simhash (their own posting among those the lookup read) and alone and
// in batches.
func TestPostPlanMatchesCount(t *testing.T) {
	checkPostPlan = true
	t.Cleanup(func() { checkPostPlan = false })
	db := openTest(t, WithNoSync())
	base := dedupBenchArticle(5)
	mk := func(i, version int) Entry {
		id := sha256.Sum256(fmt.Append(nil, "plan", i))
		a := article(hex.EncodeToString(id[:8]), fmt.Sprintf("plan%d.org", i%7), "en", "2025-03-04T10:00:00Z")
		// Every text differs (so that no two are confirmed the same
		// story beyond their shared opening), all share one simhash, and
		// every fifth a second one sharing only its first band.
		a.Text = fmt.Sprintf("%s Tambahan nomor %d versi %d.", dedupBenchText(1000+i), i, version)
		a.SimHash = base.SimHash
		if i%5 == 4 {
			v := normalizeSim(base.SimHash) ^ 1<<40
			a.SimHash = fmt.Sprintf("%016x", v)
		}
		sum := sha256.Sum256([]byte(a.Text))
		a.ContentHash = hex.EncodeToString(sum[:])
		return Entry{Article: a}
	}
	ctx := context.Background()
	for i := range 40 {
		e := mk(i, 0)
		if _, err := db.Put(e.Article, nil); err != nil {
			t.Fatal(err)
		}
	}
	var batch []Entry
	for i := 40; i < 120; i++ {
		batch = append(batch, mk(i, 0))
	}
	if _, err := db.PutMany(ctx, batch); err != nil {
		t.Fatal(err)
	}
	// New texts under the same ids: each record's own posting is read by
	// its lookup, early in the band for the first ones.
	for _, i := range []int{0, 1, 2, 30, 63, 64, 65, 100, 119} {
		e := mk(i, 1)
		if _, err := db.Put(e.Article, nil); err != nil {
			t.Fatal(err)
		}
	}
	batch = batch[:0]
	for i := 3; i < 90; i += 3 {
		batch = append(batch, mk(i, 2))
	}
	if _, err := db.PutMany(ctx, batch); err != nil {
		t.Fatal(err)
	}
	// The bands did crowd: some entries were posted without them.
	crowded := 0
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDedup).ForEach(func(_, v []byte) error {
			if v[0]&1 == 0 {
				crowded++
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if crowded == 0 {
		t.Fatal("no entry left out of a crowded band: the test did not reach maxPostings")
	}
}

func normalizeSim(s string) uint64 {
	var b [8]byte
	h, _ := hex.DecodeString(s)
	copy(b[8-len(h):], h)
	return binary.BigEndian.Uint64(b[:])
}
