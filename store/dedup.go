package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
)

// The duplicate index (see the package doc, "Duplicates"). Keys of
// bucketDedup start with one byte naming their kind:
//
//	'b' band (4 bytes) id     -> simhash (8 bytes big-endian)
//	'a' anchor (8 bytes) id   -> empty
//
// bucketDups holds id -> cluster for every copy (a record with
// duplicate_of), bucketClusters founder id -> latest member's days-key
// timestamp and id, for every group of two or more.
var (
	bucketDedup    = []byte("dedup")
	bucketDups     = []byte("dups")
	bucketClusters = []byte("clusters")
)

// maxPostings bounds how many records one key's lookup reads, and
// hotPostings is the count at which an anchor is taken for a phrase of
// some site's template rather than of a story: a story's copies post
// their anchors once per group (copies are not indexed under anchors), so
// an anchor under that many groups is boilerplate. A hot anchor counts for
// no candidate and gets no more postings, which keeps a lookup's cost
// flat however often the phrase recurs.
const (
	maxPostings = 64
	hotPostings = 24
)

// maxConfirm bounds how many candidates a Put reads the text of.
const maxConfirm = 16

// match is what detection decided for a record.
type match struct {
	cluster     string // "" when the record is in no group
	duplicateOf string
	// found is the id of a stored record that starts a new group with
	// this one as its founder and must be rewritten to carry cluster;
	// demote the id of a stored record, stored after this one, that
	// becomes this record's copy. "" when none.
	found, demote string
	// hot are the record's anchors found to be template phrases.
	hot []uint64
}

// candMeta is the part of a stored record detection reads.
type candMeta struct {
	Text        string `json:"text"`
	Site        string `json:"site"`
	Domain      string `json:"domain"`
	Cluster     string `json:"cluster"`
	ContentHash string `json:"content_hash"`
}

// detect finds the group the prepared record belongs to. It only reads tx.
// The earliest stored record of a group founds it: its id is the group's
// cluster and every copy's duplicate_of, unless a copy's sources name the
// site of another member, which it then points to.
func detect(tx *bolt.Tx, p *prepared) (match, error) {
	var m match
	if !p.dedupOn {
		return m, nil
	}
	// A founder stays its group's founder when its new text no longer
	// finds the copies that point to it (or it lost its text); they keep
	// pointing to it.
	founder := tx.Bucket(bucketClusters).Get(p.id) != nil
	if founder {
		m.cluster = p.a.ID
	}
	if p.keys == nil || !p.keys.Eligible() {
		return m, nil
	}
	idx := tx.Bucket(bucketDedup)
	self := p.a.ID
	type cand struct {
		band    bool
		anchors int
	}
	cands := map[string]*cand{}
	get := func(id string) *cand {
		c := cands[id]
		if c == nil {
			c = &cand{}
			cands[id] = c
		}
		return c
	}
	// An exact copy (same content_hash) has the same simhash, so the
	// bands find it; a key of its own per record would cost a random
	// write on every Put for what the bands already give.
	c := idx.Cursor()
	if p.keys.SimHash != 0 {
		for _, band := range p.keys.Bands {
			prefix := bandPrefix(band)
			n := 0
			for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && n < maxPostings; k, v = c.Next() {
				n++
				id := string(k[len(prefix):])
				if id == self || len(v) != 8 {
					continue
				}
				if dedup.Hamming(p.keys.SimHash, binary.BigEndian.Uint64(v)) <= dedup.MaxHamming {
					get(id).band = true
				}
			}
		}
	}
	var ids []string
	for _, a := range p.keys.Anchors {
		prefix := anchorPrefix(a)
		ids = ids[:0]
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(ids) < hotPostings; k, _ = c.Next() {
			if id := string(k[len(prefix):]); id != self {
				ids = append(ids, id)
			}
		}
		if len(ids) >= hotPostings {
			m.hot = append(m.hot, a)
			continue
		}
		for _, id := range ids {
			get(id).anchors++
		}
	}
	ids = ids[:0]
	need := min(dedup.MinSharedAnchors, len(p.keys.Anchors)-len(m.hot))
	for id, c := range cands {
		if c.band || (need > 0 && c.anchors >= need) {
			ids = append(ids, id)
		}
	}
	// A copy met again (reextract) tries its group's founder first, so
	// that the caps on postings and confirmations, which a crowd of
	// similar records can fill, never move it to another group.
	prevGroup := string(tx.Bucket(bucketDups).Get(p.id))
	if prevGroup != "" && prevGroup != self && cands[prevGroup] == nil {
		ids = append(ids, prevGroup)
	}
	if len(ids) == 0 {
		return m, nil
	}
	// By id, so that the outcome does not depend on map order.
	slices.SortFunc(ids, func(a, b string) int {
		if (a == prevGroup) != (b == prevGroup) {
			if a == prevGroup {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	if len(ids) > maxConfirm {
		ids = ids[:maxConfirm]
	}
	arts := tx.Bucket(bucketArticles)
	var mine []uint64
	var group, named string
	var singleton bool // group is a record in no group yet
	namedFounder := false
	for _, id := range ids {
		rec := arts.Get([]byte(id))
		if rec == nil {
			continue // a stale posting
		}
		var cm candMeta
		if err := json.Unmarshal(rec, &cm); err != nil {
			return m, fmt.Errorf("decode candidate %q: %w", id, err)
		}
		if exact := cm.ContentHash != "" && cm.ContentHash == p.a.ContentHash; !exact {
			if mine == nil {
				mine = dedup.Shingles(p.a.Text)
			}
			if !dedup.Same(mine, dedup.Shingles(cm.Text)) {
				continue
			}
		}
		g := cm.Cluster
		if g == "" {
			g = id
		}
		// An existing group wins over a singleton, so that copies
		// join the group rather than found a second one.
		if group == "" || (singleton && cm.Cluster != "") {
			group, singleton = g, cm.Cluster == ""
			named, namedFounder = "", false
		}
		if g == group && !namedFounder && dedup.NamesSite(p.a.Sources, cm.Site, cm.Domain) {
			named, namedFounder = id, id == g
		}
	}
	if group == "" || founder {
		return m, nil
	}
	if singleton && earlier(tx, p.id, []byte(group)) {
		// A record stored before its match (met again on a re-put)
		// founds the group: the original keeps its place.
		m.cluster, m.demote = self, group
		return m, nil
	}
	m.cluster = group
	m.duplicateOf = group
	if named != "" {
		m.duplicateOf = named
	}
	if singleton {
		m.found = group
	}
	return m, nil
}

// earlier reports whether record a was first stored before record b
// (first_seen, ties by id); a record not yet stored is the later.
func earlier(tx *bolt.Tx, a, b []byte) bool {
	seenB := tx.Bucket(bucketSeen)
	va, vb := seenB.Get(a), seenB.Get(b)
	if va == nil || vb == nil {
		return va != nil
	}
	var sa, sb Seen
	if json.Unmarshal(va, &sa) != nil || json.Unmarshal(vb, &sb) != nil {
		return false
	}
	if !sa.FirstSeen.Equal(sb.FirstSeen) {
		return sa.FirstSeen.Before(sb.FirstSeen)
	}
	return bytes.Compare(a, b) < 0
}

func bandPrefix(band uint32) []byte {
	k := make([]byte, 5, 5+32)
	k[0] = 'b'
	binary.BigEndian.PutUint32(k[1:], band)
	return k
}

func anchorPrefix(a uint64) []byte {
	k := make([]byte, 9, 9+32)
	k[0] = 'a'
	binary.BigEndian.PutUint64(k[1:], a)
	return k
}

// postings writes (put) or removes (!put) the index entries of record id
// with the given keys. Anchors are written only when
// anchors is set (not for copies: their group is found through its other
// members) and never for the anchors in skip (template phrases).
func postings(idx *bolt.Bucket, id []byte, keys *dedup.Keys, put, anchors bool, skip []uint64) error {
	if keys == nil || !keys.Eligible() {
		return nil
	}
	var sim [8]byte
	binary.BigEndian.PutUint64(sim[:], keys.SimHash)
	if keys.SimHash != 0 {
		for _, b := range keys.Bands {
			k := append(bandPrefix(b), id...)
			var err error
			if put {
				err = idx.Put(k, sim[:])
			} else {
				err = idx.Delete(k)
			}
			if err != nil {
				return err
			}
		}
	}
	if put && !anchors {
		return nil
	}
	for _, a := range keys.Anchors {
		if put && slices.Contains(skip, a) {
			continue
		}
		k := append(anchorPrefix(a), id...)
		var err error
		if put {
			err = idx.Put(k, nil)
		} else {
			err = idx.Delete(k)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// applyDedup sets the record's group fields from detection, re-encoding it
// when they changed.
func applyDedup(p *prepared, m match) error {
	if p.a.Cluster == m.cluster && p.a.DuplicateOf == m.duplicateOf {
		return nil
	}
	p.a.Cluster, p.a.DuplicateOf = m.cluster, m.duplicateOf
	rec, err := encodeArticle(p.a)
	if err != nil {
		return err
	}
	p.rec = rec
	return nil
}

// indexDedup brings the duplicate index up to date after the record p was
// written: old postings (of the text it replaced) out, new ones in, its
// copy entry, its group's latest member, and a stored record whose group
// changed with it rewritten.
func indexDedup(tx *bolt.Tx, p *prepared, old *dedup.Keys, m match) error {
	idx := tx.Bucket(bucketDedup)
	if err := postings(idx, p.id, old, false, true, nil); err != nil {
		return fmt.Errorf("drop duplicate index: %w", err)
	}
	if err := postings(idx, p.id, p.keys, true, m.duplicateOf == "", m.hot); err != nil {
		return fmt.Errorf("write duplicate index: %w", err)
	}
	if err := setCopy(tx, p.id, m.cluster, m.duplicateOf); err != nil {
		return err
	}
	if m.found != "" {
		if err := regroup(tx, m.found, m.found, ""); err != nil {
			return err
		}
	}
	if m.demote != "" {
		if err := regroup(tx, m.demote, m.cluster, m.cluster); err != nil {
			return err
		}
	}
	if m.cluster != "" {
		if err := noteLatest(tx, m.cluster, tsKey(p.a.PublishedAt), p.a.ID); err != nil {
			return err
		}
	}
	return nil
}

// setCopy keeps the dups bucket in step with a record's duplicate_of.
func setCopy(tx *bolt.Tx, id []byte, cluster, duplicateOf string) error {
	dups := tx.Bucket(bucketDups)
	var err error
	if duplicateOf != "" {
		err = dups.Put(id, []byte(cluster))
	} else if dups.Get(id) != nil {
		err = dups.Delete(id)
	}
	if err != nil {
		return fmt.Errorf("write copy index: %w", err)
	}
	return nil
}

// regroup rewrites the stored record id with the given cluster and
// duplicate_of (a founder of a new group, or a record that turned out to
// be a copy of one stored before it), and gives it a new change sequence
// so that incremental exports see the change.
func regroup(tx *bolt.Tx, id, cluster, duplicateOf string) error {
	arts := tx.Bucket(bucketArticles)
	rec := arts.Get([]byte(id))
	if rec == nil {
		return fmt.Errorf("group member %q is not stored", id)
	}
	var a kabar.Article
	if err := json.Unmarshal(rec, &a); err != nil {
		return fmt.Errorf("decode group member %q: %w", id, err)
	}
	a.Cluster, a.DuplicateOf = cluster, duplicateOf
	b, err := encodeArticle(a)
	if err != nil {
		return err
	}
	if err := arts.Put([]byte(id), b); err != nil {
		return fmt.Errorf("write group member %q: %w", id, err)
	}
	if duplicateOf != "" {
		// A copy is not indexed under its anchors.
		k := dedup.KeysOf(a.Text, a.SimHash)
		if err := postings(tx.Bucket(bucketDedup), []byte(id), &k, false, true, nil); err != nil {
			return fmt.Errorf("drop duplicate index of %q: %w", id, err)
		}
	}
	if err := setCopy(tx, []byte(id), cluster, duplicateOf); err != nil {
		return err
	}
	seenB := tx.Bucket(bucketSeen)
	var s seenValue
	if v := seenB.Get([]byte(id)); v != nil {
		if err := json.Unmarshal(v, &s); err != nil {
			return fmt.Errorf("decode bookkeeping of %q: %w", id, err)
		}
	}
	fp := &prepared{id: []byte(id), day: dayKey(a.PublishedAt, id), dayVal: newDayEntry(a).encode()}
	if err := reindex(tx, fp, &s); err != nil {
		return err
	}
	v, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("encode bookkeeping: %w", err)
	}
	if err := seenB.Put([]byte(id), v); err != nil {
		return fmt.Errorf("write bookkeeping: %w", err)
	}
	return noteLatest(tx, cluster, tsKey(a.PublishedAt), id)
}

// noteLatest records id as its group's latest member when it was
// published no earlier than the latest known (a tie goes to the newer
// put, the later version).
func noteLatest(tx *bolt.Tx, cluster, ts, id string) error {
	cl := tx.Bucket(bucketClusters)
	cur := cl.Get([]byte(cluster))
	undated := ts == undatedTS
	if len(cur) >= tsLen {
		curTS := string(cur[:tsLen])
		switch {
		case undated && curTS != undatedTS:
			return nil // a dated member is a better "latest" than an undated one
		case !undated && curTS != undatedTS && ts < curTS:
			return nil
		}
	}
	if err := cl.Put([]byte(cluster), []byte(ts+id)); err != nil {
		return fmt.Errorf("write group %q: %w", cluster, err)
	}
	return nil
}

// keepDedup says whether a record passes the export's --dedup mode; it
// reads only the small copy and group buckets.
func keepDedup(tx *bolt.Tx, mode DedupMode, id []byte) bool {
	switch mode {
	case DedupEarliest:
		return tx.Bucket(bucketDups).Get(id) == nil
	case DedupLatest:
		cluster := tx.Bucket(bucketDups).Get(id)
		if cluster == nil {
			cluster = id
		}
		v := tx.Bucket(bucketClusters).Get(cluster)
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

// The export modes: every record (""), each group's earliest stored record
// (its founder, and every record in no group), or each group's latest
// published member.
const (
	DedupOff      DedupMode = ""
	DedupEarliest DedupMode = "earliest"
	DedupLatest   DedupMode = "latest"
)
