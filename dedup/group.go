package dedup

import (
	"slices"
	"time"
)

// Groups do not depend on the order in which records arrive. A group is a
// connected component of the "same story" relation (Related), which is a
// property of two records alone; its fields are a function of its members
// alone (Assign). So the store, which builds groups one record at a time,
// the distributed ingest, whose shards are merged by id, and Groups, which
// sees every record at once, give every record the same cluster and
// duplicate_of whatever the order, as long as no anchor is carried by more
// than MaxCarriers records and no simhash band by more than MaxCarriers
// records of other stories (the store reads that many postings per key):
// a pair of records linked only through such a crowded key may be found
// by the store when the key was not yet crowded, and not by Groups.

// MaxCarriers is how many records may carry one anchor before it is
// crowded: a phrase of some site's template or a stock phrase of the
// language ("said in a statement on"), not of one story. A crowded anchor
// finds no candidates. The store reads at most this many postings of an
// anchor and stops posting it once it holds as many, so its lookups stay
// bounded, and it agrees with Groups for every anchor carried by at most
// MaxCarriers records. (A story's copies are a few to a few dozen.)
const MaxCarriers = 64

// Member is what deciding a group's fields reads of one record.
type Member struct {
	ID string
	// Published is the record's published_at; zero when it has none.
	Published time.Time
	// Site, Domain and Sources decide which member a syndicated copy
	// links to (NamesSite).
	Site, Domain string
	Sources      []string
}

// Fields are a record's group fields: Cluster and DuplicateOf of
// kabar.Article. Both are "" for a record in no group.
type Fields struct {
	Cluster, DuplicateOf string
}

// Before is the founder order of a group: dated records before undated
// ones, earlier published_at instants first, and ties (equal instants, or
// both undated) broken by the smaller id in byte order. It is a strict
// total order on distinct ids, so every group has exactly one first
// member, its founder, whichever order its members arrived in.
func Before(a, b Member) bool {
	ad, bd := !a.Published.IsZero(), !b.Published.IsZero()
	if ad != bd {
		return ad
	}
	if ad {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c < 0
		}
	}
	return a.ID < b.ID
}

// Founder returns the index of the founder of members (the first in
// Before order), -1 when members is empty.
func Founder(members []Member) int {
	f := -1
	for i := range members {
		if f < 0 || Before(members[i], members[f]) {
			f = i
		}
	}
	return f
}

// Latest returns the index of the group's latest published member (the
// last dated member in Before order; the founder when none is dated), the
// record `export --dedup=latest` keeps. -1 when members is empty.
func Latest(members []Member) int {
	l := -1
	for i, m := range members {
		if m.Published.IsZero() {
			continue
		}
		if l < 0 || Before(members[l], m) {
			l = i
		}
	}
	if l < 0 {
		return Founder(members)
	}
	return l
}

// Assign returns the fields of every member of one group (same order as
// members), a function of the set of members alone:
//
//   - Cluster is the founder's id (see Before) on every member;
//   - the founder has no DuplicateOf;
//   - any other member's DuplicateOf is the first member in Before order,
//     other than itself, whose site or domain its Sources name
//     (NamesSite: a syndicated copy links to the record it was taken
//     from), or else the founder.
//
// A group of fewer than two members is no group: its fields are empty.
// The cost is O(len(members)²) at worst (one NamesSite per pair, only for
// members that cite sources).
func Assign(members []Member) []Fields {
	out := make([]Fields, len(members))
	if len(members) < 2 {
		return out
	}
	order := make([]int, len(members))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case Before(members[a], members[b]):
			return -1
		case Before(members[b], members[a]):
			return 1
		}
		return 0
	})
	founder := members[order[0]].ID
	for i, m := range members {
		out[i].Cluster = founder
		if i == order[0] {
			continue
		}
		out[i].DuplicateOf = founder
		if len(m.Sources) == 0 {
			continue
		}
		for _, j := range order {
			if j != i && NamesSite(m.Sources, members[j].Site, members[j].Domain) {
				out[i].DuplicateOf = members[j].ID
				break
			}
		}
	}
	return out
}

// Doc is one record as Groups reads it.
type Doc struct {
	Member
	Text, SimHash, ContentHash string
}

// Related is the "same story" relation, a property of two records alone:
// both are eligible (Keys.Eligible), they are candidates of each other
// (they share a simhash band and lie within MaxHamming, or share at least
// MinSharedAnchors anchors that are not crowded) and they are confirmed
// (the same content_hash, or Same shingles). ka and kb are KeysOf the two
// texts; crowded reports whether an anchor is crowded (nil: none is).
func Related(a, b *Doc, ka, kb *Keys, crowded func(uint64) bool) bool {
	if !ka.Eligible() || !kb.Eligible() || !candidates(ka, kb, crowded) {
		return false
	}
	if a.ContentHash != "" && a.ContentHash == b.ContentHash {
		return true
	}
	return Same(Shingles(a.Text), Shingles(b.Text))
}

// candidates reports whether two keyed texts would find each other in the
// index.
func candidates(ka, kb *Keys, crowded func(uint64) bool) bool {
	if ka.SimHash != 0 && kb.SimHash != 0 && Hamming(ka.SimHash, kb.SimHash) <= MaxHamming {
		for i := range ka.Bands {
			if ka.Bands[i] == kb.Bands[i] {
				return true
			}
		}
	}
	n := 0
	for i, j := 0, 0; i < len(ka.Anchors) && j < len(kb.Anchors); {
		switch x, y := ka.Anchors[i], kb.Anchors[j]; {
		case x == y:
			if crowded == nil || !crowded(x) {
				n++
			}
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return n >= MinSharedAnchors
}

// Groups returns the fields of every doc (same order): the connected
// components of Related over docs, each assigned by Assign; an anchor
// carried by more than MaxCarriers docs is crowded. It is
// the reference the store's incremental grouping agrees with, and the way
// to re-derive groups for records put together from several stores (a
// distributed ingest's shards merged by id): the result does not depend on
// the order of docs.
//
// Candidates come from in-memory maps of the keys, so the time is about
// linear in len(docs) plus one shingle comparison per candidate pair;
// memory holds every doc's keys (about 100 bytes a doc) beside the texts
// the caller passed.
func Groups(docs []Doc) []Fields {
	keys := make([]Keys, len(docs))
	bands := map[uint32][]int32{}
	anchors := map[uint64][]int32{}
	for i := range docs {
		keys[i] = KeysOf(docs[i].Text, docs[i].SimHash)
		k := &keys[i]
		if !k.Eligible() {
			continue
		}
		if k.SimHash != 0 {
			for _, b := range k.Bands {
				bands[b] = append(bands[b], int32(i))
			}
		}
		for _, a := range k.Anchors {
			anchors[a] = append(anchors[a], int32(i))
		}
	}
	crowded := func(a uint64) bool { return len(anchors[a]) > MaxCarriers }
	parent := make([]int32, len(docs))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	shingles := func(i int32) []uint64 { return Shingles(docs[i].Text) }
	for i := range docs {
		k := &keys[i]
		if !k.Eligible() {
			continue
		}
		cands := map[int32]bool{}
		if k.SimHash != 0 {
			for _, b := range k.Bands {
				for _, j := range bands[b] {
					if int(j) < i {
						cands[j] = true
					}
				}
			}
		}
		for _, a := range k.Anchors {
			if crowded(a) {
				continue
			}
			for _, j := range anchors[a] {
				if int(j) < i {
					cands[j] = true
				}
			}
		}
		var mine []uint64
		ids := make([]int32, 0, len(cands))
		for j := range cands {
			ids = append(ids, j)
		}
		slices.Sort(ids)
		for _, j := range ids {
			if find(j) == find(int32(i)) || !candidates(k, &keys[j], crowded) {
				continue
			}
			if !(docs[i].ContentHash != "" && docs[i].ContentHash == docs[j].ContentHash) {
				if mine == nil {
					mine = shingles(int32(i))
				}
				if !Same(mine, shingles(j)) {
					continue
				}
			}
			parent[find(j)] = find(int32(i))
		}
	}
	comps := map[int32][]int{}
	for i := range docs {
		r := find(int32(i))
		comps[r] = append(comps[r], i)
	}
	out := make([]Fields, len(docs))
	for _, idx := range comps {
		if len(idx) < 2 {
			continue
		}
		ms := make([]Member, len(idx))
		for n, i := range idx {
			ms[n] = docs[i].Member
		}
		for n, f := range Assign(ms) {
			out[idx[n]] = f
		}
	}
	return out
}
