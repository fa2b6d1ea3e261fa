package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
)

// The duplicate index (see the package doc, "Duplicates"). Keys of
// bucketDedup start with one byte naming their kind:
//
//	'h' content_hash          -> id of the first record stored with it
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

// maxPostings bounds how many records one key's lookup reads. A key shared
// by more records than that is a phrase of some template, not of a story;
// reading only the first maxPostings keeps a lookup's cost flat however
// often the phrase recurs.
const maxPostings = 64

// maxConfirm bounds how many candidates a Put reads the text of.
const maxConfirm = 16

// match is what detection decided for a record.
type match struct {
	cluster     string // "" when the record is in no group
	duplicateOf string
	// found is the id of a record that starts a new group with this one
	// and must be rewritten to carry cluster; "" when none.
	found string
}

// candMeta is the part of a stored record detection reads.
type candMeta struct {
	Text    string `json:"text"`
	Site    string `json:"site"`
	Domain  string `json:"domain"`
	Cluster string `json:"cluster"`
}

// detect finds the group the prepared record belongs to. It only reads tx.
// The earliest stored record of a group founds it: its id is the group's
// cluster and every copy's duplicate_of, unless a copy's sources name the
// site of another member, which it then points to.
func detect(tx *bolt.Tx, p *prepared) (match, error) {
	var m match
	if p.keys == nil {
		return m, nil
	}
	// A founder stays its group's founder when its new text no longer
	// finds the copies that point to it; they keep pointing to it.
	if tx.Bucket(bucketClusters).Get(p.id) != nil {
		m.cluster = p.a.ID
	}
	if !p.keys.Eligible() {
		return m, nil
	}
	idx := tx.Bucket(bucketDedup)
	self := p.a.ID
	type cand struct {
		band    bool
		anchors int
		exact   bool
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
	if p.a.ContentHash != "" {
		if v := idx.Get(hashKey(p.a.ContentHash)); v != nil && string(v) != self {
			get(string(v)).exact = true
		}
	}
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
	for _, a := range p.keys.Anchors {
		prefix := anchorPrefix(a)
		n := 0
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && n < maxPostings; k, _ = c.Next() {
			n++
			if id := string(k[len(prefix):]); id != self {
				get(id).anchors++
			}
		}
	}
	var ids []string
	for id, c := range cands {
		if c.exact || c.band || c.anchors >= min(dedup.MinSharedAnchors, len(p.keys.Anchors)) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return m, nil
	}
	founder := m.cluster
	// Exact copies first, then by id, so that the outcome does not depend
	// on map order.
	slices.SortFunc(ids, func(a, b string) int {
		if ea, eb := cands[a].exact, cands[b].exact; ea != eb {
			if ea {
				return -1
			}
			return 1
		}
		return bytesCompare(a, b)
	})
	if len(ids) > maxConfirm {
		ids = ids[:maxConfirm]
	}
	arts := tx.Bucket(bucketArticles)
	var mine []uint64
	var group, named string
	var groupIsFounder bool // group is a singleton record that founds the group
	for _, id := range ids {
		rec := arts.Get([]byte(id))
		if rec == nil {
			continue // a stale posting
		}
		var cm candMeta
		if err := json.Unmarshal(rec, &cm); err != nil {
			return m, fmt.Errorf("decode candidate %q: %w", id, err)
		}
		if !cands[id].exact {
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
		if group == "" || (groupIsFounder && cm.Cluster != "") {
			group, groupIsFounder = g, cm.Cluster == ""
		}
		if named == "" && g == group && dedup.NamesSite(p.a.Sources, cm.Site, cm.Domain) {
			named = id
		}
	}
	if group == "" || founder != "" {
		return m, nil
	}
	m.cluster = group
	if group != self {
		m.duplicateOf = group
		if named != "" {
			m.duplicateOf = named
		}
		if groupIsFounder {
			m.found = group
		}
	}
	return m, nil
}

func bytesCompare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func hashKey(h string) []byte { return append([]byte{'h'}, h...) }

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
// with the given keys and content hash.
func postings(idx *bolt.Bucket, id []byte, keys *dedup.Keys, contentHash string, put bool) error {
	if keys == nil || !keys.Eligible() {
		return nil
	}
	if contentHash != "" {
		hk := hashKey(contentHash)
		switch v := idx.Get(hk); {
		case put && v == nil:
			if err := idx.Put(hk, id); err != nil {
				return err
			}
		case !put && bytes.Equal(v, id):
			if err := idx.Delete(hk); err != nil {
				return err
			}
		}
	}
	var sim [8]byte
	binary.BigEndian.PutUint64(sim[:], keys.SimHash)
	var ks [][]byte
	if keys.SimHash != 0 {
		for _, b := range keys.Bands {
			ks = append(ks, append(bandPrefix(b), id...))
		}
	}
	for _, a := range keys.Anchors {
		ks = append(ks, append(anchorPrefix(a), id...))
	}
	for _, k := range ks {
		var err error
		switch {
		case !put:
			err = idx.Delete(k)
		case k[0] == 'b':
			err = idx.Put(k, sim[:])
		default:
			err = idx.Put(k, nil)
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
// copy entry, its group's latest member, and the founder of a new group
// rewritten with its cluster.
func indexDedup(tx *bolt.Tx, p *prepared, old *dedup.Keys, oldHash string, m match) error {
	idx := tx.Bucket(bucketDedup)
	if err := postings(idx, p.id, old, oldHash, false); err != nil {
		return fmt.Errorf("drop duplicate index: %w", err)
	}
	if err := postings(idx, p.id, p.keys, p.a.ContentHash, true); err != nil {
		return fmt.Errorf("write duplicate index: %w", err)
	}
	dups := tx.Bucket(bucketDups)
	var err error
	if m.duplicateOf != "" {
		err = dups.Put(p.id, []byte(m.cluster))
	} else if dups.Get(p.id) != nil {
		err = dups.Delete(p.id)
	}
	if err != nil {
		return fmt.Errorf("write copy index: %w", err)
	}
	if m.found != "" {
		if err := foundGroup(tx, m.found); err != nil {
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

// foundGroup rewrites the stored record id, which a new copy has just
// joined, to carry its own id as cluster, and gives it a new change
// sequence so that incremental exports see the change.
func foundGroup(tx *bolt.Tx, id string) error {
	arts := tx.Bucket(bucketArticles)
	rec := arts.Get([]byte(id))
	if rec == nil {
		return fmt.Errorf("group founder %q is not stored", id)
	}
	var a kabar.Article
	if err := json.Unmarshal(rec, &a); err != nil {
		return fmt.Errorf("decode group founder %q: %w", id, err)
	}
	a.Cluster = id
	a.DuplicateOf = ""
	b, err := encodeArticle(a)
	if err != nil {
		return err
	}
	if err := arts.Put([]byte(id), b); err != nil {
		return fmt.Errorf("write group founder %q: %w", id, err)
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
	return noteLatest(tx, id, tsKey(a.PublishedAt), id)
}

// noteLatest records id as its group's latest member when it was
// published no earlier than the latest known (a tie goes to the newer
// put, the later version).
func noteLatest(tx *bolt.Tx, cluster, ts, id string) error {
	cl := tx.Bucket(bucketClusters)
	cur := cl.Get([]byte(cluster))
	undated := ts == undatedTS
	if cur != nil && len(cur) >= tsLen {
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
		if v == nil || len(v) < tsLen {
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
