// Package dedup decides whether two article texts tell the same story, and
// computes the keys under which the store indexes a text so that the
// candidates for that decision are found without reading the corpus.
//
// A news corpus holds the same story many times: a wire piece on dozens of
// sites, the desktop and AMP copy, a corrected version, a truncated teaser.
// Detection has two steps:
//
//  1. Candidates. A text's Keys are three bands of its 64-bit simhash
//     (any two texts within Hamming distance 2 share a band, by
//     pigeonhole; an exact copy shares all three) and a few anchors: word
//     shingles of its opening chosen by their hash alone (content-defined
//     sampling), so that any two texts sharing a stretch of their lead
//     pick the same anchors in it, whatever was cut, edited or added
//     around it. Each key is looked up in an index; a lookup reads only
//     the texts under that exact key, so its cost does not grow with the
//     corpus.
//  2. Confirmation. A candidate is the same story only when the word
//     shingles of the shorter text are mostly contained in the longer one
//     (Containment >= MinContainment). Two different stories on one
//     template share their boilerplate shingles, but those are a small
//     share of either text, so they are never merged; a truncated copy is
//     wholly contained in its source, so it still matches.
//
// Everything here is pure: text in, values out.
package dedup

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Thresholds, chosen from the measurements in dedup_test.go
// (TestThresholdsFromMeasurement prints the distributions, go test -v): on
// the generated corpus, 5-word shingles give same-story pairs a
// containment of at least 0.67 (5th percentile 0.76) and different stories
// on one site, template and topic at most 0.50 (99.9th percentile 0.43);
// MinContainment sits between. Simhash distances overlap (same story:
// median 11, 95th percentile 22; different stories: from 11), which is why
// simhash only proposes candidates and never decides.
const (
	// MinContainment is the share of the shorter text's shingles that must
	// occur in the longer one.
	MinContainment = 0.6
	// MinShingles is the fewest shingles a text needs to take part in
	// near-duplicate detection: below it (a caption, a one-line error page)
	// a few shared phrases would decide, and such texts are left alone.
	MinShingles = 20
	// MaxHamming is the simhash distance under which a band match is worth
	// confirming (a little above the same-story median, 11); farther band
	// matches are chance collisions of one band.
	MaxHamming = 14
	// ShingleWords is the length of a shingle in words.
	ShingleWords = 5
	// Anchors are the lead's shingles whose hash is 0 modulo AnchorRate,
	// at most MaxAnchors of them in text order. The choice depends on the
	// shingle alone, not on the rest of the text, so a truncated copy, a
	// copy with another head or foot and the original pick the same
	// anchors in the part they share. A lead with fewer than MinAnchors
	// such shingles adds its smallest ones.
	AnchorRate = 12
	MaxAnchors = 5
	MinAnchors = 3
	// MinSharedAnchors is how many anchors a candidate found only through
	// anchors must share before its text is read: one shared anchor may be
	// a phrase of the site's template, two rarely are.
	MinSharedAnchors = 2
	// LeadWords is the opening the anchors are taken from: long enough
	// that a changed sentence moves few anchors, short enough that a
	// truncated copy keeps much of it.
	LeadWords = 150
)

// Keys are the index keys of one text.
type Keys struct {
	// SimHash is the record's simhash as a number (0 when it has none).
	SimHash uint64
	// Bands are SimHash cut in three (21, 21 and 22 bits); with band
	// number in the top bits so that the three never collide.
	Bands [3]uint32
	// Anchors are shingle hashes of the text's lead (see AnchorRate),
	// ascending.
	Anchors []uint64
	// Shingles is how many shingles (repeats counted) of the text's lead
	// KeysOf read: all the lead's (at most LeadWords), unless it found
	// MaxAnchors anchors first, and then at least MinShingles. That is
	// enough to tell Eligible, and KeysOf stops reading a long text where
	// its anchors are complete, which keeps it cheap on every Put.
	Shingles int
}

// Eligible reports whether the text is long enough for near-duplicate
// detection (MinShingles).
func (k Keys) Eligible() bool { return k.Shingles >= MinShingles }

// KeysOf computes the index keys of text, whose simhash (16 hex digits, as
// normalize writes it) is simhash; an unreadable simhash leaves the bands
// out (SimHash 0), and anchors alone find candidates.
func KeysOf(text, simhash string) Keys {
	var k Keys
	k.Fill(text, simhash)
	return k
}

// Fill sets k to KeysOf(text, simhash), keeping its anchors in the memory
// k.Anchors has when it holds MaxAnchors (a caller that stores keys for
// every record gives them room beside the record, and no put allocates
// for its keys).
func (k *Keys) Fill(text, simhash string) {
	anchors := k.Anchors[:0]
	if cap(anchors) < MaxAnchors {
		anchors = make([]uint64, 0, MaxAnchors)
	}
	*k = Keys{Anchors: anchors}
	if v, err := strconv.ParseUint(simhash, 16, 64); err == nil {
		k.SimHash = v
		k.Bands = BandsOf(v)
	}
	// The lead is read in rounds (wordsRound), and reading stops once
	// MaxAnchors anchors are sampled and the text is known to be
	// eligible: the anchors are the first MaxAnchors sampled shingles in
	// text order, so the rest of the lead cannot change them (about half
	// the lead is left unread on average). A lead with fewer is read to
	// its end, as the smallest shingles below need.
	var lead [LeadWords]uint64
	var wbuf [wordsCap]uint64
	w := wbuf[:0]
	n := 0
	for pos, want := 0, firstRoundWords; pos < len(text) && len(w) < leadNeed; want = nextRoundWords {
		w, pos = wordsRound(w, text, pos, min(want, leadNeed-len(w)))
		for ; n+ShingleWords <= min(len(w), leadNeed); n++ {
			h := shingleAt(w[n:])
			lead[n] = h
			if h%AnchorRate == 0 && len(k.Anchors) < MaxAnchors && !slices.Contains(k.Anchors, h) {
				k.Anchors = append(k.Anchors, h)
			}
		}
		if len(k.Anchors) == MaxAnchors && n >= MinShingles {
			break
		}
	}
	k.Shingles = n
	// The smallest shingles are wanted only by a lead with too few
	// sampled anchors (a lead of 150 shingles has about 12 at the rate of
	// 1 in 12, so nearly every put skips this second pass; keeping the
	// smallest three during the first pass cost every put a compare and
	// a mispredicted branch per shingle).
	if len(k.Anchors) < MinAnchors {
		var low bottomK
		for _, h := range lead[:n] {
			low.add(h)
		}
		for _, h := range low.v[:low.n] {
			if len(k.Anchors) >= MinAnchors {
				break
			}
			if !slices.Contains(k.Anchors, h) {
				k.Anchors = append(k.Anchors, h)
			}
		}
	}
	if len(k.Anchors) == 0 {
		k.Anchors = nil
	}
	slices.Sort(k.Anchors)
}

// BandsOf cuts a simhash into three bands tagged with their number.
func BandsOf(sim uint64) [3]uint32 {
	return [3]uint32{
		0<<24 | uint32(sim&(1<<21-1)),
		1<<24 | uint32(sim>>21&(1<<21-1)),
		2<<24 | uint32(sim>>42),
	}
}

// NamesSite reports whether a record's cited sources name the site of
// another record: a syndicated copy ("Artikel ini telah tayang di
// Kompas.com", "(Antara)") then links to that record rather than to the
// group's earliest. A source matches the site's name or its domain, or the
// domain without its suffix ("Kompas.com" ~ "kompas.com", "Antara" ~
// "antaranews.com" does not: only exact names count, to link no copy to the
// wrong site).
func NamesSite(sources []string, site, domain string) bool {
	label := domain
	if i := strings.IndexByte(label, '.'); i > 0 {
		label = label[:i]
	}
	for _, s := range sources {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if strings.EqualFold(s, site) || strings.EqualFold(s, domain) || strings.EqualFold(s, label) {
			return true
		}
	}
	return false
}

// Hamming is the number of bits in which two simhashes differ.
func Hamming(a, b uint64) int {
	x := a ^ b
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// Shingles returns the distinct hashes of text's word shingles, sorted.
func Shingles(text string) []uint64 {
	// About one shingle per six bytes of text.
	out := appendShingles(make([]uint64, 0, len(text)/6+8), text, -1)
	slices.Sort(out)
	return slices.Compact(out)
}

// Containment is |a ∩ b| / min(|a|, |b|) of two sorted shingle sets: 1
// when the shorter is wholly inside the longer (a truncated copy), near 0
// for different texts. It is 0 when either is empty.
func Containment(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(common) / float64(min(len(a), len(b)))
}

// Same reports whether two shingle sets (from Shingles) are the same story:
// both long enough and the shorter mostly inside the longer.
func Same(a, b []uint64) bool {
	return len(a) >= MinShingles && len(b) >= MinShingles && Containment(a, b) >= MinContainment
}

// SharedAnchors counts the anchors two sorted anchor lists share.
func SharedAnchors(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// eachShingle calls fn with the index of each word shingle of text (the
// index of its first word) and its hash, in text order, until fn returns
// false. See appendShingles.
func eachShingle(text string, fn func(i int, h uint64) bool) {
	for i, h := range appendShingles(nil, text, -1) {
		if !fn(i, h) {
			return
		}
	}
}

// appendShingles appends to dst the hashes of text's word shingles in
// text order (the i-th appended is the shingle starting at word i), at
// most limit of them (all when limit < 0). A shingle is ShingleWords
// consecutive words; words are maximal runs of letters and digits,
// lower-cased; a shorter text has no shingles. Word hashes are FNV-1a; a
// shingle's hash mixes its word hashes so that order matters.
//
// It is the definition of a text's shingles: a copy's confirmation runs
// it over whole texts, and the keys' faster pass over the lead
// (appendLeadShingles) is tested against it. It is written for speed:
// ASCII word bytes in a tight loop through a table, the last word hashes
// in variables rather than a ring, no call per word.
func appendShingles(dst []uint64, text string, limit int) []uint64 {
	// w0..w4 are the last word hashes, oldest first.
	var w0, w1, w2, w3, w4 uint64
	words, n := 0, 0
	h := uint64(fnvOffset)
	in := false
	var enc [utf8.UTFMax]byte
	for i := 0; ; {
		// A run of ASCII word bytes, hashed lower-cased: most of any
		// text, and the loop that decides the cost.
		start := i
		i, h = hashASCIIRun(text, i, h)
		if i > start {
			in = true
		}
		word := false
		if i < len(text) {
			if r := rune(text[i]); r < utf8.RuneSelf {
				i++
			} else {
				r, size := utf8.DecodeRuneInString(text[i:])
				i += size
				if unicode.IsLetter(r) || unicode.IsNumber(r) {
					word = true
					for _, c := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
						h = (h ^ uint64(c)) * fnvPrime
					}
				}
			}
		}
		if word {
			in = true
			continue
		}
		// A word boundary (or the end of text).
		if in {
			w0, w1, w2, w3, w4 = w1, w2, w3, w4, h
			words++
			h, in = fnvOffset, false
			if words >= ShingleWords {
				if n == limit {
					return dst
				}
				x := (((w0*shingleMul+w1)*shingleMul+w2)*shingleMul+w3)*shingleMul + w4
				dst = append(dst, mix(x))
				n++
			}
		}
		if i >= len(text) {
			return dst
		}
	}
}

// hashASCIIRun hashes the run of ASCII word bytes of text from i into h
// (FNV-1a, lower-cased) and returns where the run ends and the hash. It is
// its own function, never inlined, because inside appendShingles, with
// the shingle's state live around it, the compiler kept h on the stack:
// every byte stored and reloaded it, doubling the multiply chain that
// decides the loop's speed. Here i and h stay in registers.
//
//go:noinline
func hashASCIIRun(text string, i int, h uint64) (int, uint64) {
	for ; i < len(text); i++ {
		l := asciiWord[text[i]]
		if l == 0 {
			break
		}
		h = (h ^ uint64(l)) * fnvPrime
	}
	return i, h
}

// shingleMul combines a shingle's word hashes in order.
const shingleMul = 0x9e3779b97f4a7c15

// appendShingles keeps a shingle's words in five variables: it compiles
// only while ShingleWords is 5.
const _ = uint(ShingleWords-5) + uint(5-ShingleWords)

// asciiWord maps a byte to what a word's hash takes of it: an ASCII letter
// lower-cased or a digit; 0 for any other byte (an ASCII word boundary, or
// a byte >= 0x80, which appendShingles decodes as part of a rune).
var asciiWord = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// mix spreads a shingle's combined word hashes (splitmix64's finaliser).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// bottomK keeps the MinAnchors smallest distinct values added.
type bottomK struct {
	v [MinAnchors]uint64
	n int
}

func (b *bottomK) add(h uint64) {
	if b.n == MinAnchors && h >= b.v[b.n-1] {
		return
	}
	i := 0
	for i < b.n && b.v[i] < h {
		i++
	}
	if i < b.n && b.v[i] == h {
		return
	}
	if b.n < MinAnchors {
		b.n++
	}
	copy(b.v[i+1:b.n], b.v[i:b.n-1])
	b.v[i] = h
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
