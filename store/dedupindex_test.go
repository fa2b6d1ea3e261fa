package store

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMemIndexSegments: postings stay findable, each exactly once, as the
// table doubles its first segment and then splits segments (the
// directory doubling under them), with records taken out along the way;
// every segment stays at most 3/4 full and the directory maps each
// segment from the 2^(depth-local) consecutive entries of its bits.
func TestMemIndexSegments(t *testing.T) {
	ix := &memIndex{loaded: true}
	r := rand.New(rand.NewPCG(1, 2))
	want := map[uint64][]uint32{}
	var keys []uint64
	for ref := uint32(0); ref < 60_000; ref++ {
		ix.recs = append(ix.recs, memRec{seq: uint64(ref) + 1})
		// Eight keys a record, one in four shared with an earlier record
		// (a band or anchor carried by several).
		for range 8 {
			var k uint64
			if len(keys) > 0 && r.IntN(4) == 0 {
				k = keys[r.IntN(len(keys))]
			} else {
				k = mixKey(r.Uint64())
				keys = append(keys, k)
			}
			ix.insert(k, ref)
			want[k] = append(want[k], ref)
		}
		if ref%7 == 3 { // taken out: its postings must vanish
			ix.recs[ref].dead = true
			ix.dead++
		}
	}
	if ix.depth < 3 {
		t.Fatalf("the table did not split enough to test: depth %d", ix.depth)
	}
	for k, refs := range want {
		var live []uint32
		for _, ref := range refs {
			if !ix.recs[ref].dead {
				live = append(live, ref)
			}
		}
		var got []uint32
		ix.each(k, func(ref uint32) bool {
			got = append(got, ref)
			return true
		})
		slices.Sort(got)
		slices.Sort(live)
		if !slices.Equal(got, live) {
			t.Fatalf("key %x: got %v, want %v", k, got, live)
		}
	}
	for i := 0; i < len(ix.dir); {
		sg := ix.dir[i]
		if sg.used*4 > len(sg.slots)*3 {
			t.Errorf("segment at %d: %d of %d slots used", i, sg.used, len(sg.slots))
		}
		span := 1 << (ix.depth - sg.local)
		if i%span != 0 {
			t.Fatalf("segment of local depth %d starts at entry %d", sg.local, i)
		}
		for j := i; j < i+span; j++ {
			if ix.dir[j] != sg {
				t.Fatalf("entries %d-%d: entry %d is another segment", i, i+span-1, j)
			}
		}
		i += span
	}
	// A store loaded from a log of n records starts sized for them:
	// nothing splits while loading.
	ix2 := &memIndex{loaded: true}
	ix2.size(maxSegSlots, 2)
	for i := range 4 * maxSegSlots * 3 / 4 / 2 {
		ix2.insert(mixKey(uint64(i)+1), 0)
	}
	if ix2.depth != 2 {
		t.Errorf("a table of 4 segments half full split: depth %d", ix2.depth)
	}
}

// BenchmarkMemIndexInsert posts 800,000 keys (100,000 records' worth)
// into an empty table, as a 100k-record load does.
func BenchmarkMemIndexInsert(b *testing.B) {
	for range b.N {
		ix := &memIndex{loaded: true}
		for i := range 800_000 {
			ix.insert(mixKey(uint64(i)+1), uint32(i/8))
		}
	}
}
