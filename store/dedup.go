package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
)

// The duplicate index (see the package doc, "Duplicates", and
// dedupindex.go): bucketDedup is a log of each indexed record's keys,
// held in memory by a writer as a hash table. Every eligible record posts
// its three bands and its anchors but those found crowded
// (dedup.MaxCarriers postings already), copies included: a record related
// only to a copy must find it whichever arrived first.
//
// For every group of two or more, one bucket holds the whole group under
// keys that sort together (so that a put touching a group dirties one
// leaf, not one in each of several buckets):
//
//	members  cluster         -> ts | id of the group's latest published member
//	members  cluster 0x00 id -> memberMeta of each member (founder included)
//
// cluster is the founder's id (dedup.Assign); the bare cluster key (the
// group's entry) sorts just before its members. Ids hold no 0x00 (prepare
// refuses them), so a key with a 0x00 is a member's and one without a
// group's. members lets a put decide a group's fields from its small
// entries without decoding records.
//
// A founder's record is stored without its group fields (storedFields):
// a founder is exactly a record with a group entry under its own id, so
// readers fill its cluster from there (groupOf, withGroupFields), and a
// copy joining a group leaves the founder's record untouched. Copies
// carry both fields in their records; whether a record is a copy is read
// from its record, confirmed by its members entry (copyCluster), so no
// index of copies is kept.
//
// Stores of schema 2 wrote the founder's cluster into its record
// (migration 3 takes it out; readers accept both forms). Stores of
// schemas 2 and 3 kept the group entries in a bucket of their own
// (clusters) and every copy's cluster in another (dups); migration 4
// moves the first into members and drops the second. A read-only opener
// reads those stores as they are: groupIndex finds the group entries
// where the store keeps them.
var (
	bucketDedup   = []byte("dedup")
	bucketMembers = []byte("members")
	// bucketClusters and bucketDups are the layout of schemas 2 and 3,
	// read only by the migrations and by read-only openers of such
	// stores.
	bucketClusters = []byte("clusters")
	bucketDups     = []byte("dups")
)

// groupIndex is the bucket holding tx's group entries (cluster -> ts | id
// of the group's latest published member): members, or in a store of
// schema 2 or 3 opened read-only (or being migrated), clusters. A
// writer's store is of the current schema once open, so its writes go to
// members.
func groupIndex(tx *bolt.Tx) *bolt.Bucket {
	if b := tx.Bucket(bucketClusters); b != nil {
		return b
	}
	return tx.Bucket(bucketMembers)
}

// isGroupKey says whether a key of members is a group's entry (a bare
// cluster) rather than a member's (cluster 0x00 id).
func isGroupKey(k []byte) bool { return bytes.IndexByte(k, 0) < 0 }

// maxPostings bounds how many records one band's lookup reads, so that
// the cost stays flat however many exact copies share a band (they are
// one group, found through the first of them). Anchors are bounded by
// dedup.MaxCarriers: an anchor with that many postings is a stock phrase,
// counts for no candidate and gets no more postings.
const maxPostings = 64

// maxConfirm bounds how many candidates of groups not yet joined a Put
// reads the text of; candidates in a group already joined cost one small
// lookup and no read.
const maxConfirm = 16

// memberMeta is a group member's entry in bucketMembers: what
// dedup.Assign reads, and the member's current duplicate_of (so that a
// put knows which members' records change without reading them).
type memberMeta struct {
	Published   time.Time `json:"p,omitzero"`
	Site        string    `json:"s,omitempty"`
	Domain      string    `json:"d,omitempty"`
	Sources     []string  `json:"n,omitempty"`
	DuplicateOf string    `json:"o,omitempty"`
}

func memberKey(cluster, id string) []byte {
	k := make([]byte, 0, len(cluster)+1+len(id))
	k = append(k, cluster...)
	k = append(k, 0)
	return append(k, id...)
}

func memberOf(a *kabar.Article) dedup.Member {
	return dedup.Member{ID: a.ID, Published: a.PublishedAt, Site: a.Site, Domain: a.Domain, Sources: a.Sources}
}

// storedFields is the form of a record's group fields kept in its stored
// record: a copy's (it has a duplicate_of) as they are, a founder's
// (cluster only) or a lone record's none. dedup.Assign gives a cluster
// without a duplicate_of to the founder alone, and the founder's cluster
// is its own id, which readers find among the group entries (groupOf).
func storedFields(f dedup.Fields) dedup.Fields {
	if f.DuplicateOf == "" {
		return dedup.Fields{}
	}
	return f
}

// groupOf returns the group fields of record id whose stored record
// carries stored: those, or, for a record that carries none and has a
// group entry under its id, a founder's. One Get in members, only for
// records that carry no fields.
func groupOf(tx *bolt.Tx, id []byte, stored dedup.Fields) dedup.Fields {
	if stored == (dedup.Fields{}) && groupIndex(tx).Get(id) != nil {
		return dedup.Fields{Cluster: string(id)}
	}
	return stored
}

// withGroupFields returns the stored record rec of id as readers see it:
// a founder's with its cluster filled in (groupOf), byte for byte as
// encodeArticle writes the record with that cluster (filled is then set,
// and out is new memory); any other record is rec itself.
func withGroupFields(tx *bolt.Tx, id, rec []byte) (out []byte, filled bool, err error) {
	if groupIndex(tx).Get(id) == nil {
		return rec, false, nil
	}
	f := dedup.Fields{Cluster: string(id)}
	out, a, ok := spliceGroupFields(rec, f)
	if ok {
		if a.Cluster != "" || a.DuplicateOf != "" {
			return rec, false, nil // a record that carries its fields (schema 2)
		}
		return out, true, nil
	}
	var art kabar.Article
	if err := json.Unmarshal(rec, &art); err != nil {
		return nil, false, fmt.Errorf("decode record %q: %w", id, err)
	}
	if art.Cluster != "" || art.DuplicateOf != "" {
		return rec, false, nil
	}
	art.Cluster = f.Cluster
	if out, err = encodeArticle(art); err != nil {
		return nil, false, err
	}
	return out, true, nil
}

// groupMember is one entry of a group read from bucketMembers.
type groupMember struct {
	m   dedup.Member
	was dedup.Fields
}

// groupMembers reads the members entries of cluster.
func groupMembers(tx *bolt.Tx, cluster string) ([]groupMember, error) {
	var out []groupMember
	prefix := memberKey(cluster, "")
	c := tx.Bucket(bucketMembers).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var mm memberMeta
		if err := json.Unmarshal(v, &mm); err != nil {
			return nil, fmt.Errorf("decode member %q of group %q: %w", k[len(prefix):], cluster, err)
		}
		id := string(k[len(prefix):])
		out = append(out, groupMember{
			m:   dedup.Member{ID: id, Published: mm.Published, Site: mm.Site, Domain: mm.Domain, Sources: mm.Sources},
			was: dedup.Fields{Cluster: cluster, DuplicateOf: mm.DuplicateOf},
		})
	}
	return out, nil
}

// candMeta is the part of a stored record detection reads. Its Cluster
// and DuplicateOf are the stored ones (storedFields: a founder's are
// empty; groupOf fills them).
type candMeta struct {
	Text        string    `json:"text"`
	SimHash     string    `json:"simhash"`
	ContentHash string    `json:"content_hash"`
	PublishedAt time.Time `json:"published_at"`
	Site        string    `json:"site"`
	Domain      string    `json:"domain"`
	Sources     []string  `json:"sources"`
	Cluster     string    `json:"cluster"`
	DuplicateOf string    `json:"duplicate_of"`
	// rawText, when not nil, is the text still quoted (see
	// decodeCandidate): Text is only decoded when a comparison needs it.
	rawText []byte
}

// postPlan is what a lookup learnt that posting the record afterwards
// (memIndex.post) needs, so that post does not probe the table again:
// which of its bands are crowded (maxPostings live postings besides the
// record's own; bit i of known says band i was told, bit i of bands that
// it is not crowded) and its anchors found crowded.
type postPlan struct {
	known, bands byte
	crowded      []uint64
}

// lookup returns the ids of the records the index proposes for p (p
// itself, logged under selfSeq, left out), most promising first, and what
// it learnt for posting p (postPlan: the anchors of p found crowded,
// dedup.MaxCarriers postings already, and its crowded bands). It only
// reads tx.
//
// The order decides which candidates maxConfirm leaves unread when a
// record has many: those sharing a band within dedup.MaxHamming first,
// then by how many anchors they share, then by simhash distance, then by
// id, so that a copy is tried before records that share only stock
// phrases.
func lookup(tx *bolt.Tx, p *prepared, selfSeq uint64) (ids []string, plan postPlan, err error) {
	ix := p.ix
	if err := ix.load(tx); err != nil {
		return nil, plan, err
	}
	// A record stored for the first time has no entry (sequences start
	// at 1): no search of the records.
	var self uint32
	var hasSelf bool
	if selfSeq != 0 {
		self, hasSelf = ix.refOf(selfSeq)
	}
	ix.prefetch(p.keys)
	type cand struct {
		ref     uint32
		id      string
		band    bool
		anchors int
		dist    int
	}
	var cands []cand
	get := func(ref uint32) *cand {
		for i := range cands {
			if cands[i].ref == ref {
				return &cands[i]
			}
		}
		d := 65
		if p.keys.SimHash != 0 {
			d = dedup.Hamming(p.keys.SimHash, ix.recs[ref].sim)
		}
		cands = append(cands, cand{ref: ref, dist: d})
		return &cands[len(cands)-1]
	}
	if p.keys.SimHash != 0 {
		for i, band := range p.keys.Bands {
			n, own := 0, false
			ix.each(bandKey(i, band), func(ref uint32) bool {
				n++
				if hasSelf && ref == self {
					own = true
				} else if dedup.Hamming(p.keys.SimHash, ix.recs[ref].sim) <= dedup.MaxHamming {
					get(ref).band = true
				}
				return n < maxPostings
			})
			// Read to the end, the band holds fewer than maxPostings;
			// cut off, it holds maxPostings others unless p's own
			// posting was among them (then post counts).
			switch {
			case n < maxPostings:
				plan.known |= 1 << i
				plan.bands |= 1 << i
			case !own:
				plan.known |= 1 << i
			}
		}
	}
	var found []uint32
	for _, a := range p.keys.Anchors {
		found = found[:0]
		ix.each(anchorKey(a), func(ref uint32) bool {
			if !hasSelf || ref != self {
				found = append(found, ref)
			}
			return len(found) < dedup.MaxCarriers
		})
		if len(found) >= dedup.MaxCarriers {
			plan.crowded = append(plan.crowded, a)
			continue
		}
		for _, ref := range found {
			get(ref).anchors++
		}
	}
	list := cands[:0]
	for _, c := range cands {
		if c.band || c.anchors >= dedup.MinSharedAnchors {
			id := logID(tx, ix.recs[c.ref].seq)
			if id == nil {
				return nil, plan, fmt.Errorf("duplicate index entry %d is missing", ix.recs[c.ref].seq)
			}
			c.id = string(id)
			list = append(list, c)
		}
	}
	slices.SortFunc(list, func(a, b cand) int {
		switch {
		case a.band != b.band:
			if a.band {
				return -1
			}
			return 1
		case a.anchors != b.anchors:
			return b.anchors - a.anchors
		case a.dist != b.dist:
			return a.dist - b.dist
		}
		return strings.Compare(a.id, b.id)
	})
	for _, c := range list {
		ids = append(ids, c.id)
	}
	return ids, plan, nil
}

// prevRecord is what a put reads of the record it replaces.
type prevRecord struct {
	candMeta
	FetchedAt time.Time `json:"fetched_at"`
}

// sameText reports whether p carries the text prev had, so that its edges
// (and postings) are those it had.
func (prev *prevRecord) sameText(p *prepared) bool {
	return prev != nil && prev.Text == p.a.Text && prev.SimHash == p.a.SimHash && prev.ContentHash == p.a.ContentHash
}

// groupTx decides p's group and writes the group state of every other
// record it touches: a group p left (when its text changed) is split into
// what is still connected; the groups and lone records p is the same
// story as are united with p into one group, whose fields dedup.Assign
// decides from its members. It returns p's fields (the caller writes p's
// record) and what its lookup learnt for posting p (postPlan).
//
// Cost: the index lookups are bounded (maxPostings, dedup.MaxCarriers,
// maxConfirm); beyond them a put reads the members entries of the groups
// it joins and rewrites the records of those members whose fields change
// (all of them when the founder changes: a member published earlier than
// the founder arrived, or two groups were united). A group of g members
// thus costs O(g) small reads per put that joins it and O(g) record
// rewrites per founder change. Groups are stories' copies, a few to a few
// dozen records; a text change of a member of a group (reextract)
// recompares the rest pairwise, O(g²) shingle comparisons.
func groupTx(tx *bolt.Tx, p *prepared, prev *prevRecord, selfSeq uint64) (dedup.Fields, postPlan, error) {
	self := p.a.ID
	textSame := prev.sameText(p)
	var was dedup.Fields
	if prev != nil {
		was = groupOf(tx, p.id, dedup.Fields{Cluster: prev.Cluster, DuplicateOf: prev.DuplicateOf})
	}
	if was.Cluster != "" && !textSame {
		if err := leave(tx, self, was.Cluster); err != nil {
			return dedup.Fields{}, postPlan{}, err
		}
		was = dedup.Fields{}
	}
	// joined is made when a group is joined: most puts join none.
	var joined map[string]bool
	if was.Cluster != "" {
		joined = map[string]bool{was.Cluster: true}
	}
	var singles []dedup.Member
	// singleKnown[i]: singles[i]'s record carries no group fields, as
	// storedFields of a record in no group has it (a record written with
	// detection off may carry any).
	var singleKnown []bool
	var plan postPlan
	if p.keys != nil && p.keys.Eligible() {
		var ids []string
		var err error
		if ids, plan, err = lookup(tx, p, selfSeq); err != nil {
			return dedup.Fields{}, postPlan{}, err
		}
		arts := tx.Bucket(bucketArticles)
		// p's shingles as a hash set, filled at the first candidate that
		// needs it; scratch holds each candidate's in turn.
		var mine, scratch *dedup.ShingleSet
		tried := 0
		for _, id := range ids {
			// The candidate's group is the cluster its record carries
			// (read from the record, which a candidate not yet joined
			// needs anyway), or for a founder, which carries none, its
			// own id (groupOf).
			rec := arts.Get([]byte(id))
			if rec == nil {
				continue // a stale posting
			}
			cm, err := decodeCandidate(rec)
			if err != nil {
				return dedup.Fields{}, postPlan{}, fmt.Errorf("decode candidate %q: %w", id, err)
			}
			g := groupOf(tx, []byte(id), dedup.Fields{Cluster: cm.Cluster, DuplicateOf: cm.DuplicateOf}).Cluster
			if g != "" && joined[g] {
				continue
			}
			if tried >= maxConfirm {
				break
			}
			tried++
			if exact := cm.ContentHash != "" && cm.ContentHash == p.a.ContentHash; !exact {
				if err := cm.decodeText(); err != nil {
					return dedup.Fields{}, postPlan{}, fmt.Errorf("decode candidate %q: %w", id, err)
				}
				if mine == nil {
					// The writer's sets, reused from put to put
					// (writes are one at a time, under ix.mu).
					mine, scratch = &p.ix.mine, &p.ix.scratch
					mine.Fill(p.a.Text)
				}
				if !mine.SameText(cm.Text, scratch) {
					continue
				}
			}
			if g != "" {
				if joined == nil {
					joined = map[string]bool{}
				}
				joined[g] = true
			} else {
				singles = append(singles, dedup.Member{ID: id, Published: cm.PublishedAt, Site: cm.Site, Domain: cm.Domain, Sources: cm.Sources})
				singleKnown = append(singleKnown, cm.Cluster == "" && cm.DuplicateOf == "")
			}
		}
	}
	if len(joined) == 0 && len(singles) == 0 {
		return dedup.Fields{}, plan, nil
	}
	var ms []dedup.Member
	var before []dedup.Fields
	gs := make([]string, 0, len(joined))
	for g := range joined {
		gs = append(gs, g)
	}
	slices.Sort(gs)
	for _, g := range gs {
		entries, err := groupMembers(tx, g)
		if err != nil {
			return dedup.Fields{}, postPlan{}, err
		}
		for _, e := range entries {
			if e.m.ID != self {
				ms = append(ms, e.m)
				before = append(before, e.was)
			}
		}
	}
	known := make([]bool, len(ms), len(ms)+len(singles)+1)
	for i := range known {
		known[i] = true
	}
	for i, s := range singles {
		ms = append(ms, s)
		before = append(before, dedup.Fields{})
		known = append(known, singleKnown[i])
	}
	ms = append(ms, memberOf(&p.a))
	before = append(before, was)
	known = append(known, true)
	if len(ms) < 2 {
		// p's old group held only p (an entry left by a damaged store):
		// no group.
		ms, before, known = ms[:0], before[:0], known[:0]
	}
	now := dedup.Assign(ms)
	cluster := ""
	if len(now) > 0 {
		cluster = now[0].Cluster
	}
	cl := tx.Bucket(bucketMembers)
	for _, g := range gs {
		if g != cluster {
			if err := cl.Delete([]byte(g)); err != nil {
				return dedup.Fields{}, postPlan{}, fmt.Errorf("drop group %q: %w", g, err)
			}
		}
	}
	if err := commitGroup(tx, ms, before, now, known, self); err != nil {
		return dedup.Fields{}, postPlan{}, err
	}
	if len(now) == 0 {
		return dedup.Fields{}, plan, nil
	}
	return now[len(now)-1], plan, nil
}

// leave takes record id out of group cluster (its text changed) and
// splits the rest into what is still connected (dedup.Groups over their
// stored texts), rewriting the members whose fields change. id's own
// record is left to the caller.
func leave(tx *bolt.Tx, id, cluster string) error {
	entries, err := groupMembers(tx, cluster)
	if err != nil {
		return err
	}
	mem := tx.Bucket(bucketMembers)
	for _, e := range entries {
		if err := mem.Delete(memberKey(cluster, e.m.ID)); err != nil {
			return fmt.Errorf("drop member %q of group %q: %w", e.m.ID, cluster, err)
		}
	}
	if err := mem.Delete([]byte(cluster)); err != nil {
		return fmt.Errorf("drop group %q: %w", cluster, err)
	}
	arts := tx.Bucket(bucketArticles)
	var docs []dedup.Doc
	var before []dedup.Fields
	for _, e := range entries {
		if e.m.ID == id {
			continue
		}
		rec := arts.Get([]byte(e.m.ID))
		if rec == nil {
			return fmt.Errorf("member %q of group %q is not stored", e.m.ID, cluster)
		}
		cm, err := decodeCandidate(rec)
		if err == nil {
			err = cm.decodeText()
		}
		if err != nil {
			return fmt.Errorf("decode member %q of group %q: %w", e.m.ID, cluster, err)
		}
		docs = append(docs, dedup.Doc{Member: e.m, Text: cm.Text, SimHash: cm.SimHash, ContentHash: cm.ContentHash})
		before = append(before, e.was)
	}
	now := dedup.Groups(docs)
	comps := map[string][]int{}
	for i, f := range now {
		comps[f.Cluster] = append(comps[f.Cluster], i)
	}
	keys := make([]string, 0, len(comps))
	for k := range comps {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		idx := comps[k]
		ms := make([]dedup.Member, len(idx))
		b := make([]dedup.Fields, len(idx))
		n := make([]dedup.Fields, len(idx))
		for j, i := range idx {
			ms[j], b[j], n[j] = docs[i].Member, before[i], now[i]
		}
		if err := commitGroup(tx, ms, b, n, nil, ""); err != nil {
			return err
		}
	}
	return nil
}

// commitGroup writes the group state of members ms, whose stored fields
// were before and become now (one group, or records in none): their
// members entries (moved out of a former group's), the group's entry,
// and the records of members other than self whose
// fields change (a founder's record only when it was a copy before: see
// storedFields; its change sequence moves all the same).
//
// known[i], when known is not nil, says whether member i's record is known
// to carry storedFields(before[i]); nil says all are (members read from
// bucketMembers).
func commitGroup(tx *bolt.Tx, ms []dedup.Member, before, now []dedup.Fields, known []bool, self string) error {
	mem := tx.Bucket(bucketMembers)
	for i, m := range ms {
		if before[i].Cluster != "" && before[i].Cluster != now[i].Cluster {
			if err := mem.Delete(memberKey(before[i].Cluster, m.ID)); err != nil {
				return fmt.Errorf("drop member %q: %w", m.ID, err)
			}
		}
		if now[i].Cluster != "" {
			v, err := encodeMember(&memberMeta{Published: m.Published, Site: m.Site, Domain: m.Domain, Sources: m.Sources, DuplicateOf: now[i].DuplicateOf})
			if err != nil {
				return fmt.Errorf("encode member %q: %w", m.ID, err)
			}
			// A member new to the group has no entry in it yet (a record
			// is in one group at most): only one already in it is read.
			k := memberKey(now[i].Cluster, m.ID)
			if before[i].Cluster != now[i].Cluster || !bytes.Equal(mem.Get(k), v) {
				if err := mem.Put(k, v); err != nil {
					return fmt.Errorf("write member %q: %w", m.ID, err)
				}
			}
		}
		if m.ID != self && before[i] != now[i] {
			if err := rewriteGroupFields(tx, m.ID, before[i], now[i], known == nil || known[i], true); err != nil {
				return err
			}
		}
	}
	if len(ms) == 0 || now[0].Cluster == "" {
		return nil
	}
	l := ms[dedup.Latest(ms)]
	v := []byte(tsKey(l.Published) + l.ID)
	cl := mem
	// A group none of whose members was in it before is new: its entry
	// is written without reading first (writing it unread is right in any
	// case; reading only saves rewriting an unchanged entry).
	existed := false
	for i := range ms {
		existed = existed || before[i].Cluster == now[0].Cluster
	}
	if !existed || !bytes.Equal(cl.Get([]byte(now[0].Cluster)), v) {
		if err := cl.Put([]byte(now[0].Cluster), v); err != nil {
			return fmt.Errorf("write group %q: %w", now[0].Cluster, err)
		}
	}
	return nil
}

// rewriteGroupFields sets record id's group fields to f: its stored
// record is rewritten when the stored form of f (storedFields) differs
// from what it carries, and, when bump is set (f differs from the fields
// readers saw), it gets a new change sequence so that incremental exports
// see the change even when the stored bytes stay (a founder, whose
// cluster is filled at read time). known says the record is known to
// carry storedFields(before) (a member of a group: checkGroups verifies
// it); then a record whose stored form does not change is not read at
// all, only its bookkeeping.
func rewriteGroupFields(tx *bolt.Tx, id string, before, f dedup.Fields, known, bump bool) error {
	sf := storedFields(f)
	if known && bump && storedFields(before) == sf {
		done, err := bumpChange(tx, id)
		if done || err != nil {
			return err
		}
	}
	arts := tx.Bucket(bucketArticles)
	rec := arts.Get([]byte(id))
	if rec == nil {
		return fmt.Errorf("group member %q is not stored", id)
	}
	// The record as encodeArticle writes it with the new fields: spliced
	// into the stored bytes, or (a record in another form) decoded and
	// encoded again.
	b, a, ok := spliceGroupFields(rec, sf)
	if !ok {
		a = kabar.Article{}
		if err := json.Unmarshal(rec, &a); err != nil {
			return fmt.Errorf("decode group member %q: %w", id, err)
		}
	}
	if a.Cluster != sf.Cluster || a.DuplicateOf != sf.DuplicateOf {
		if !ok {
			a.Cluster, a.DuplicateOf = sf.Cluster, sf.DuplicateOf
			var err error
			if b, err = encodeArticle(a); err != nil {
				return err
			}
		}
		if err := arts.Put([]byte(id), b); err != nil {
			return fmt.Errorf("write group member %q: %w", id, err)
		}
	}
	if !bump {
		return nil
	}
	seenB := tx.Bucket(bucketSeen)
	var s seenValue
	if v := seenB.Get([]byte(id)); v != nil {
		if err := decodeSeen(v, &s); err != nil {
			return fmt.Errorf("decode bookkeeping of %q: %w", id, err)
		}
	}
	fp := &prepared{id: []byte(id), day: dayKey(a.PublishedAt, id), dayVal: newDayEntry(a).encode()}
	if err := reindex(tx, fp, &s); err != nil {
		return err
	}
	return putSeen(seenB, id, &s)
}

// bumpChange gives record id, whose record and days entry stay as they
// are, a new change sequence, from its bookkeeping alone. It reports
// false (and does nothing) when the bookkeeping names no days key (a
// damaged store): the caller then reads the record.
func bumpChange(tx *bolt.Tx, id string) (bool, error) {
	seenB := tx.Bucket(bucketSeen)
	v := seenB.Get([]byte(id))
	if v == nil {
		return false, nil
	}
	var s seenValue
	if err := decodeSeen(v, &s); err != nil {
		return false, fmt.Errorf("decode bookkeeping of %q: %w", id, err)
	}
	if s.DayKey == "" {
		return false, nil
	}
	if err := newChange(tx, &s); err != nil {
		return false, err
	}
	return true, putSeen(seenB, id, &s)
}

func putSeen(seenB *bolt.Bucket, id string, s *seenValue) error {
	v, err := encodeSeen(s)
	if err != nil {
		return fmt.Errorf("encode bookkeeping: %w", err)
	}
	if err := seenB.Put([]byte(id), v); err != nil {
		return fmt.Errorf("write bookkeeping: %w", err)
	}
	return nil
}

// applyDedup sets the record's group fields to the stored form of f
// (storedFields: none for a founder), re-encoding it when they changed.
func applyDedup(p *prepared, f dedup.Fields) error {
	f = storedFields(f)
	if p.a.Cluster == f.Cluster && p.a.DuplicateOf == f.DuplicateOf {
		return nil
	}
	p.a.Cluster, p.a.DuplicateOf = f.Cluster, f.DuplicateOf
	// The fields spliced into the encoded record (what encoding it again
	// gives, without encoding its text again), or, for a record
	// encodeArticle did not write in the form splicing knows, encoded.
	if rec, _, ok := spliceGroupFields(p.rec, f); ok {
		p.rec = rec
		return nil
	}
	rec, err := encodeArticle(p.a)
	if err != nil {
		return err
	}
	p.rec = rec
	return nil
}

// indexDedup replaces the index entry of the text the record had (logged
// under s.DedupSeq, if any) with one for p's text, leaving out what its
// lookup found crowded (plan), and notes the new entry in s. A record too short for detection
// gets none.
func indexDedup(tx *bolt.Tx, p *prepared, s *seenValue, plan postPlan) error {
	if err := p.ix.unpost(tx, s.DedupSeq); err != nil {
		return err
	}
	s.DedupSeq = 0
	if p.keys == nil || !p.keys.Eligible() {
		return nil
	}
	seq, err := p.ix.post(tx, p.id, p.keys, plan)
	if err != nil {
		return err
	}
	s.DedupSeq = seq
	return nil
}

// regroupAll re-derives every group of a store written under the rules of
// schema 1 (the first stored record founded its group, copies were not
// posted under their anchors): it empties the duplicate buckets and puts
// every record's keys and group again, in publication order, rewriting the
// records whose fields change (they get a new change sequence, so the next
// incremental export carries them). A store that was never indexed
// (written WithoutDedup) is left alone. It runs in Open's one migration
// transaction: a large store takes as long as indexing its records anew,
// once.
func regroupAll(tx *bolt.Tx) error {
	if k, _ := tx.Bucket(bucketDedup).Cursor().First(); k == nil {
		return nil
	}
	for _, name := range [][]byte{bucketDedup, bucketMembers} {
		if err := tx.DeleteBucket(name); err != nil {
			return fmt.Errorf("empty bucket %s: %w", name, err)
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	// The groups are re-derived into the current layout (members alone).
	if err := dropOldGroupBuckets(tx); err != nil {
		return err
	}
	var ids [][]byte
	err := tx.Bucket(bucketDays).ForEach(func(k, _ []byte) error {
		ids = append(ids, bytes.Clone(idOfDayKey(k)))
		return nil
	})
	if err != nil {
		return err
	}
	arts, seenB := tx.Bucket(bucketArticles), tx.Bucket(bucketSeen)
	ix := &memIndex{loaded: true}
	for _, id := range ids {
		rec := arts.Get(id)
		if rec == nil {
			continue
		}
		var a kabar.Article
		if err := json.Unmarshal(rec, &a); err != nil {
			return fmt.Errorf("decode record %q: %w", id, err)
		}
		var s seenValue
		if v := seenB.Get(id); v != nil {
			if err := decodeSeen(v, &s); err != nil {
				return fmt.Errorf("decode bookkeeping of %q: %w", id, err)
			}
		}
		var f dedup.Fields
		s.DedupSeq = 0
		if a.Text != "" {
			k := dedup.KeysOf(a.Text, a.SimHash)
			p := &prepared{a: a, id: id, keys: &k, dedupOn: true, ix: ix}
			var plan postPlan
			if f, plan, err = groupTx(tx, p, nil, 0); err != nil {
				return err
			}
			if err := indexDedup(tx, p, &s, plan); err != nil {
				return err
			}
		}
		v, err := encodeSeen(&s)
		if err != nil {
			return fmt.Errorf("encode bookkeeping: %w", err)
		}
		if err := seenB.Put(id, v); err != nil {
			return fmt.Errorf("write bookkeeping: %w", err)
		}
		// Schema 1 records carried their fields, founders included.
		was := dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf}
		if err := rewriteGroupFields(tx, string(id), was, f, false, was != f); err != nil {
			return err
		}
	}
	return nil
}

// stripFounders turns a store of schema 2, whose founders carried their
// cluster in their records, into schema 3, where a founder's cluster is
// filled at read time (storedFields): it takes the cluster out of every
// founder's record (one per group entry; O(groups)). What readers see
// does not change, so no change sequence moves. A group entry whose
// record is missing is left to Check.
func stripFounders(tx *bolt.Tx) error {
	arts := tx.Bucket(bucketArticles)
	var ids []string
	err := groupIndex(tx).ForEach(func(k, _ []byte) error {
		if isGroupKey(k) && arts.Get(k) != nil {
			ids = append(ids, string(k))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := rewriteGroupFields(tx, id, dedup.Fields{}, dedup.Fields{Cluster: id}, false, false); err != nil {
			return err
		}
	}
	return nil
}

// foldGroups turns a store of schema 3 into schema 4: each group's entry
// moves from the clusters bucket into members under the bare cluster key,
// beside its members, and the dups bucket (every copy's cluster, which
// its record and members entry also hold) is dropped. O(groups); no
// record and no change sequence changes. It runs inside Open's migration
// transaction, so a failure leaves the file as it was.
func foldGroups(tx *bolt.Tx) error {
	if cl := tx.Bucket(bucketClusters); cl != nil {
		mem := tx.Bucket(bucketMembers)
		err := cl.ForEach(func(k, v []byte) error {
			if !isGroupKey(k) {
				return fmt.Errorf("clusters key %q holds a 0x00", k)
			}
			if err := mem.Put(bytes.Clone(k), bytes.Clone(v)); err != nil {
				return fmt.Errorf("move group %q: %w", k, err)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return dropOldGroupBuckets(tx)
}

// dropOldGroupBuckets deletes the clusters and dups buckets of schemas up
// to 3, where they exist.
func dropOldGroupBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketClusters, bucketDups} {
		if tx.Bucket(name) == nil {
			continue
		}
		if err := tx.DeleteBucket(name); err != nil {
			return fmt.Errorf("drop bucket %s: %w", name, err)
		}
	}
	return nil
}

// copyCluster returns the cluster of record id, stored as rec, when it is
// a copy (it has a duplicate_of), nil otherwise. The record says so and
// its members entry confirms it: a record written with detection off
// may carry group fields it was given, which count only when its group
// holds it as a copy. One members Get, only for records that carry a
// duplicate_of.
func copyCluster(tx *bolt.Tx, id, rec []byte) []byte {
	f, ok := storedGroupFields(rec)
	if !ok || f.DuplicateOf == "" || f.Cluster == "" {
		return nil
	}
	v := tx.Bucket(bucketMembers).Get(memberKey(f.Cluster, string(id)))
	if v == nil {
		return nil
	}
	var mm memberMeta
	if json.Unmarshal(v, &mm) != nil || mm.DuplicateOf == "" {
		return nil
	}
	return []byte(f.Cluster)
}

// keepDedup says whether record id, stored as rec, passes the export's
// --dedup mode; besides the record it reads a members entry or two.
func keepDedup(tx *bolt.Tx, mode DedupMode, id, rec []byte) bool {
	switch mode {
	case DedupEarliest:
		return copyCluster(tx, id, rec) == nil
	case DedupLatest:
		cluster := copyCluster(tx, id, rec)
		if cluster == nil {
			cluster = id
		}
		v := groupIndex(tx).Get(cluster)
		if len(v) < tsLen {
			// Not in a group (or a copy of a group whose latest is
			// unknown: keep the founder).
			return bytes.Equal(cluster, id)
		}
		return bytes.Equal(v[tsLen:], id)
	}
	return true
}

// DedupMode selects one record per story in an export.
type DedupMode string

// The export modes: every record (""), each group's founder (its earliest
// published record, see dedup.Before; and every record in no group), or
// each group's latest published member (dedup.Latest).
const (
	DedupOff      DedupMode = ""
	DedupEarliest DedupMode = "earliest"
	DedupLatest   DedupMode = "latest"
)
