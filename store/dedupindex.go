package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar/dedup"
)

// The duplicate index lives in two forms.
//
// On disk, bucketDedup is an append-only log: one entry per indexed record,
// under a key that is the bucket's next sequence (8 bytes big-endian), so
// that a put appends at the right edge of the B+tree and a commit rewrites
// one or two pages for all its records, instead of one page per posting at
// random places (which made detection cost 2-3 times the rest of a put).
// An entry is
//
//	flags (1 byte: bit i set = band i posted) | simhash (8) |
//	n (1) | n posted anchors (8 each) | id
//
// and the record's bookkeeping (seen) holds the entry's key, so that a
// re-put with another text deletes it. The entry is written in the same
// transaction as the record, so a crash leaves both or neither.
//
// In memory, a writer holds a hash table from every posted key (band or
// anchor) to the records carrying it, built from the log the first time a
// put needs it (reading the log once: about a second per million records)
// and kept in step by every put. A lookup is a few probes of that table,
// whatever the size of the store. It costs 150 to 280 bytes of memory
// per indexed record (a 12-byte slot per key, 3 bands and up to 5
// anchors, in segments 3/8 to 3/4 full, and 24 bytes per record; 181 and
// 276 measured at 80k and 100k records). The table grows a segment at a
// time (see segment), never by a second copy of itself beside it, so no
// put pays for rehashing the whole index at once. (With keys spread
// evenly, segments fill alike and split within a few puts of each
// other: the table's size still steps by doubling, but a put moves at
// most the segments its own keys fall in, and the old table is never
// held beside the new one.) After a transaction that fails
// the table is loaded again (see memIndex.end), so it always matches the
// committed log.

// memIndex is a writer's in-memory duplicate index. Only write
// transactions use it, one at a time (db.update holds mu).
type memIndex struct {
	mu     sync.Mutex
	loaded bool
	// dir is the table's directory (extendible hashing): entry i, for
	// the top depth bits i of a key, is the segment holding that key's
	// postings. A segment of local depth d < depth is shared by the
	// 2^(depth-d) entries that agree on its d bits.
	dir   []*segment
	depth uint
	// spare is a split's scratch copy of the segment it splits, kept so
	// that splits do not allocate it each time.
	spare []slot
	recs  []memRec
	// dead counts the records taken out; grow drops their slots.
	dead int
	// sink keeps prefetch's reads from being compiled away.
	sink uint32
	// dirty says the current transaction changed the table.
	dirty bool
	// mine and scratch are the shingle sets a put compares texts with,
	// kept so that each put does not allocate its own.
	mine, scratch dedup.ShingleSet
}

// segment is an open-addressing hash table (linear probing, wrapping
// within the segment) of the postings of the keys whose top local bits
// it holds: a posted key's hash (0 = empty slot) and the index in recs of
// the record carrying it, side by side so that a probe reads one cache
// line. A key carried by several records has several slots. A key's
// first slot is the len(slots) bits after its top local bits, so that
// when a segment doubles or splits, the entries of old slot i land
// around new slots 2i and 2i+1: the new slots are written in order, not
// at random. A segment doubles in place up to maxSegSlots; a full segment
// of that size splits in two of one more local bit (the directory
// doubling, a copy of pointers, when the segment's depth is the
// directory's).
type segment struct {
	slots []slot
	local uint
	// shift is 64 - log2(len(slots)).
	shift uint
	used  int
}

// maxSegSlots bounds a segment: 65,536 slots, 768 KB. A split moves one
// segment's postings; a store of a million records has about 200.
const maxSegSlots = 1 << 16

// home is key's first slot in s.
func (s *segment) home(key uint64) uint64 { return (key << s.local) >> s.shift }

// slot is one posting of the table: a key's hash, in two halves so that a
// slot takes 12 bytes, and a record's ref.
type slot struct {
	lo, hi, ref uint32
}

func (s slot) key() uint64 { return uint64(s.hi)<<32 | uint64(s.lo) }

// memRec is one indexed record: its log key, its simhash, and whether it
// was taken out (a later text replaced it; its slots stay until the next
// load and are skipped).
type memRec struct {
	seq  uint64
	sim  uint64
	dead bool
}

// checkPostPlan makes post count every band itself and fail when the
// lookup's postPlan disagrees (tests set it).
var checkPostPlan bool

// errIndexFull guards the 32-bit record references.
var errIndexFull = errors.New("duplicate index holds 2^32 records")

func bandKey(i int, band uint32) uint64 {
	return mixKey(uint64(band) | uint64(i+1)<<40)
}

func anchorKey(a uint64) uint64 { return mixKey(a ^ 0x9e3779b97f4a7c15) }

// mixKey spreads a key over the table (splitmix64's finaliser); 0 is kept
// for empty slots.
func mixKey(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	if x == 0 {
		x = 1
	}
	return x
}

// seg is the segment holding key's postings.
func (ix *memIndex) seg(key uint64) *segment {
	// A shift by 64 (depth 0) gives 0.
	return ix.dir[key>>(64-ix.depth)]
}

// each calls fn with the live records carrying key, until fn returns
// false.
func (ix *memIndex) each(key uint64, fn func(ref uint32) bool) {
	if len(ix.dir) == 0 {
		return
	}
	sg := ix.seg(key)
	mask := uint64(len(sg.slots) - 1)
	for i := sg.home(key); ; i = (i + 1) & mask {
		s := sg.slots[i]
		k := s.key()
		if k == 0 {
			return
		}
		if k == key && (ix.dead == 0 || !ix.recs[s.ref].dead) {
			if !fn(s.ref) {
				return
			}
		}
	}
}

// prefetch reads the first slot of each of a record's keys before any is
// probed: the reads do not depend on each other, so the processor fetches
// their cache lines together, and the probes of the lookup and the
// postings that follow find them in cache instead of waiting on memory
// once per key (the table is tens of megabytes, far larger than a cache).
func (ix *memIndex) prefetch(k *dedup.Keys) {
	if len(ix.dir) == 0 {
		return
	}
	var sum uint32
	at := func(key uint64) uint32 {
		sg := ix.seg(key)
		return sg.slots[sg.home(key)].ref
	}
	if k.SimHash != 0 {
		for i, b := range k.Bands {
			sum += at(bandKey(i, b))
		}
	}
	for _, a := range k.Anchors {
		sum += at(anchorKey(a))
	}
	ix.sink = sum
}

// count is how many live records carry key, counting up to max.
func (ix *memIndex) count(key uint64, max int) int {
	n := 0
	ix.each(key, func(uint32) bool {
		n++
		return n < max
	})
	return n
}

func (ix *memIndex) insert(key uint64, ref uint32) {
	if len(ix.dir) == 0 {
		ix.size(1024, 0)
	}
	sg := ix.seg(key)
	for (sg.used+1)*4 > len(sg.slots)*3 {
		ix.grow(sg)
		sg = ix.seg(key)
	}
	sg.put(key, ref)
}

// put writes a posting into s, which has room for it.
func (s *segment) put(key uint64, ref uint32) {
	mask := uint64(len(s.slots) - 1)
	i := s.home(key)
	for s.slots[i].key() != 0 {
		i = (i + 1) & mask
	}
	s.slots[i] = slot{lo: uint32(key), hi: uint32(key >> 32), ref: ref}
	s.used++
}

// grow makes room in the full segment sg: doubled in place while under
// maxSegSlots, split in two otherwise. Only sg's postings move; the rest
// of the table is not touched.
func (ix *memIndex) grow(sg *segment) {
	// A record taken out is never revived (a failed transaction
	// reloads the table), so its slots can go.
	live := func(s slot) bool { return s.key() != 0 && (ix.dead == 0 || !ix.recs[s.ref].dead) }
	// (A segment whose keys agree on 40 bits is one key's postings, far
	// more than any key is given: it doubles rather than split forever.)
	if len(sg.slots) < maxSegSlots || sg.local >= 40 {
		old := sg.slots
		sg.slots, sg.used = make([]slot, 2*len(old)), 0
		sg.shift--
		for _, s := range old {
			if live(s) {
				sg.put(s.key(), s.ref)
			}
		}
		return
	}
	if sg.local == ix.depth {
		dir := make([]*segment, 2*len(ix.dir))
		for i, d := range ix.dir {
			dir[2*i], dir[2*i+1] = d, d
		}
		ix.dir, ix.depth = dir, ix.depth+1
	}
	// sg keeps the keys whose next bit is 0 (its memory reused: its
	// postings are copied aside first), hi takes those whose bit is 1.
	if len(ix.spare) < len(sg.slots) {
		ix.spare = make([]slot, len(sg.slots))
	}
	old := ix.spare[:len(sg.slots)]
	copy(old, sg.slots)
	clear(sg.slots)
	sg.used = 0
	sg.local++
	hi := &segment{slots: make([]slot, len(sg.slots)), local: sg.local, shift: sg.shift}
	bit := uint64(1) << (63 - (sg.local - 1))
	for _, s := range old {
		if !live(s) {
			continue
		}
		if k := s.key(); k&bit != 0 {
			hi.put(k, s.ref)
		} else {
			sg.put(k, s.ref)
		}
	}
	// The directory entries of sg: those whose bit local-1 (from the
	// top of depth bits) is 1 now point to hi.
	span := 1 << (ix.depth - sg.local + 1)
	first := 0
	for i, d := range ix.dir {
		if d == sg {
			first = i
			break
		}
	}
	for i := first + span/2; i < first+span; i++ {
		ix.dir[i] = hi
	}
}

// size gives the table 2^depth empty segments of n slots each (n a power
// of two, at most maxSegSlots).
func (ix *memIndex) size(n int, depth uint) {
	ix.dir, ix.depth = make([]*segment, 1<<depth), depth
	for i := range ix.dir {
		ix.dir[i] = &segment{slots: make([]slot, n), local: depth, shift: uint(64 - bits.TrailingZeros(uint(n)))}
	}
}

// add indexes a record from its log entry; it returns the record's ref.
func (ix *memIndex) add(seq uint64, entry []byte) (uint32, error) {
	if len(ix.recs) >= 1<<32-1 {
		return 0, errIndexFull
	}
	flags, sim, anchors, _, err := decodeLogEntry(entry)
	if err != nil {
		return 0, err
	}
	ref := uint32(len(ix.recs))
	ix.recs = append(ix.recs, memRec{seq: seq, sim: sim})
	bands := dedup.BandsOf(sim)
	for i, b := range bands {
		if flags&(1<<i) != 0 {
			ix.insert(bandKey(i, b), ref)
		}
	}
	for i := range anchors.len() {
		ix.insert(anchorKey(anchors.at(i)), ref)
	}
	return ref, nil
}

// refOf finds the record logged under seq (recs are in log order).
func (ix *memIndex) refOf(seq uint64) (uint32, bool) {
	i, ok := slices.BinarySearchFunc(ix.recs, seq, func(r memRec, s uint64) int {
		switch {
		case r.seq < s:
			return -1
		case r.seq > s:
			return 1
		}
		return 0
	})
	return uint32(i), ok && !ix.recs[i].dead
}

// load builds the table from the log, once.
func (ix *memIndex) load(tx *bolt.Tx) error {
	if ix.loaded {
		return nil
	}
	ix.dir, ix.depth, ix.recs, ix.dead = nil, 0, nil, 0
	// Sized for 8 postings a record at most 3/4 full, so that loading
	// moves nothing.
	records := tx.Bucket(bucketDedup).Stats().KeyN
	n := records // per segment
	size, depth := 1024, uint(0)
	for size*3 < n*8*4 {
		if size < maxSegSlots {
			size *= 2
		} else {
			depth++
			n /= 2
		}
	}
	ix.size(size, depth)
	ix.recs = make([]memRec, 0, records)
	err := tx.Bucket(bucketDedup).ForEach(func(k, v []byte) error {
		if len(k) != 8 {
			return fmt.Errorf("duplicate index key of %d bytes", len(k))
		}
		_, err := ix.add(binary.BigEndian.Uint64(k), v)
		return err
	})
	if err != nil {
		ix.dir, ix.depth, ix.recs, ix.dead = nil, 0, nil, 0
		return fmt.Errorf("load duplicate index: %w", err)
	}
	ix.loaded = true
	return nil
}

// end closes a write transaction. After one that failed having changed
// the table, the table is dropped and loaded again from the committed log
// by the next put: failures are rare, and a reload is simpler to get right
// than undoing (the log's sequence is rolled back too, and its keys are
// used again).
func (ix *memIndex) end(committed bool) {
	if !committed && ix.dirty {
		ix.loaded = false
		ix.dir, ix.depth, ix.recs, ix.dead = nil, 0, nil, 0
	}
	ix.dirty = false
}

// anchorList is a log entry's anchors, 8 bytes each.
type anchorList []byte

func (a anchorList) at(i int) uint64 { return binary.BigEndian.Uint64(a[8*i:]) }

func (a anchorList) len() int { return len(a) / 8 }

func decodeLogEntry(v []byte) (flags byte, sim uint64, anchors anchorList, id []byte, err error) {
	if len(v) < 10 {
		return 0, 0, nil, nil, fmt.Errorf("duplicate index entry of %d bytes", len(v))
	}
	flags, sim = v[0], binary.BigEndian.Uint64(v[1:9])
	n := int(v[9])
	if len(v) < 10+8*n {
		return 0, 0, nil, nil, fmt.Errorf("duplicate index entry of %d bytes holds %d anchors", len(v), n)
	}
	return flags, sim, anchorList(v[10 : 10+8*n]), v[10+8*n:], nil
}

// logID reads the id of the record logged under seq.
func logID(tx *bolt.Tx, seq uint64) []byte {
	v := tx.Bucket(bucketDedup).Get(seqKey(seq))
	if v == nil {
		return nil
	}
	_, _, _, id, err := decodeLogEntry(v)
	if err != nil {
		return nil
	}
	return id
}

// post indexes record id under keys: its bands (those not crowded: a band
// with maxPostings live postings gets no more) and its anchors but those
// found crowded, appending its log entry and adding it to the table. plan
// is what the record's lookup found (a band it did not tell about is
// counted here). It returns the entry's key.
func (ix *memIndex) post(tx *bolt.Tx, id []byte, keys *dedup.Keys, plan postPlan) (uint64, error) {
	var flags byte
	if keys.SimHash != 0 {
		for i, b := range keys.Bands {
			bit := byte(1) << i
			switch {
			case plan.known&bit != 0:
				flags |= plan.bands & bit
			case ix.count(bandKey(i, b), maxPostings) < maxPostings:
				flags |= bit
			}
		}
	}
	if checkPostPlan && keys.SimHash != 0 {
		for i, b := range keys.Bands {
			bit := byte(1) << i
			open := ix.count(bandKey(i, b), maxPostings) < maxPostings
			if plan.known&bit != 0 && open != (plan.bands&bit != 0) {
				return 0, fmt.Errorf("band %d: the lookup found it open=%v, the table says %v", i, !open, open)
			}
		}
	}
	crowded := plan.crowded
	v := make([]byte, 10, 10+8*len(keys.Anchors)+len(id))
	v[0] = flags
	binary.BigEndian.PutUint64(v[1:], keys.SimHash)
	n := 0
	for _, a := range keys.Anchors {
		if !slices.Contains(crowded, a) {
			v = binary.BigEndian.AppendUint64(v, a)
			n++
		}
	}
	v[9] = byte(n)
	v = append(v, id...)
	b := tx.Bucket(bucketDedup)
	// Entries are appended at the right edge: pages filled whole, not
	// split in halves that no later key would fill (bbolt's default for
	// random inserts), take half the pages to write.
	b.FillPercent = 1
	seq, err := b.NextSequence()
	if err != nil {
		return 0, fmt.Errorf("next duplicate index sequence: %w", err)
	}
	if err := b.Put(seqKey(seq), v); err != nil {
		return 0, fmt.Errorf("write duplicate index: %w", err)
	}
	ix.dirty = true
	if _, err := ix.add(seq, v); err != nil {
		return 0, err
	}
	return seq, nil
}

// unpost takes the record logged under seq out of the index.
func (ix *memIndex) unpost(tx *bolt.Tx, seq uint64) error {
	if seq == 0 {
		return nil
	}
	if err := tx.Bucket(bucketDedup).Delete(seqKey(seq)); err != nil {
		return fmt.Errorf("drop duplicate index entry: %w", err)
	}
	ix.dirty = true
	if ref, ok := ix.refOf(seq); ok {
		ix.recs[ref].dead = true
		ix.dead++
	}
	return nil
}
