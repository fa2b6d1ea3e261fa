package normalize

import (
	"crypto/sha256"
	"fmt"
	"unicode/utf8"
	"unsafe"
)

// SimHash is the 64-bit SimHash of text over three-word shingles of its
// lower-cased words, as 16 hex digits. Near-duplicate texts (the same
// story under two URLs, a corrected copy) differ in few bits.
//
// A shingle's hash is FNV-1a over its words, each followed by a space; a
// text of one or two words is one shingle. Words are split as
// strings.FieldsFunc splits at runes that are neither letters nor digits,
// and lower-cased rune by rune as strings.ToLower does. The text is read
// once: each byte of a word goes at once into the hashes of the (up to)
// three shingles that hold the word, three independent multiplications
// where one shingle at a time would wait on each.
//
// It is what a record's simhash field holds; the store's near-duplicate
// index (package dedup) bands it, and tools that build records by hand
// call it to give a text the simhash kabar would store.
func SimHash(text string) string {
	var (
		h0, h1, h2 uint64 // the shingle starting at this word; the one and two before
		words      int    // words seen, the current one included
		in         bool   // inside a word
		votes      bitVotes
	)
	// (The three hashes are locals, not an array a closure shares, so that
	// they stay in registers: each byte of a word goes into all three.)
	var enc [utf8.UTFMax]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			l := simHashByte[c]
			if l == 0 {
				i++
				if in {
					h0, h1, h2 = (h0^' ')*fnvPrime, (h1^' ')*fnvPrime, (h2^' ')*fnvPrime
					if words >= 3 {
						votes.add(h2)
					}
					in = false
				}
				continue
			}
			if !in {
				in = true
				words++
				h2, h1, h0 = h1, h0, fnvOffset
			}
			// The rest of an ASCII word, a byte at a time.
			for {
				h0, h1, h2 = (h0^uint64(l))*fnvPrime, (h1^uint64(l))*fnvPrime, (h2^uint64(l))*fnvPrime
				if i++; i == len(text) {
					break
				}
				if l = simHashByte[text[i]]; l == 0 {
					break
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !isLetterOrNumber(r) {
			if in {
				h0, h1, h2 = (h0^' ')*fnvPrime, (h1^' ')*fnvPrime, (h2^' ')*fnvPrime
				if words >= 3 {
					votes.add(h2)
				}
				in = false
			}
			continue
		}
		if !in {
			in = true
			words++
			h2, h1, h0 = h1, h0, fnvOffset
		}
		for _, b := range utf8.AppendRune(enc[:0], toLower(r)) {
			h0, h1, h2 = (h0^uint64(b))*fnvPrime, (h1^uint64(b))*fnvPrime, (h2^uint64(b))*fnvPrime
		}
	}
	if in {
		h0, h1, h2 = (h0^' ')*fnvPrime, (h1^' ')*fnvPrime, (h2^' ')*fnvPrime
		if words >= 3 {
			votes.add(h2)
		}
	}
	switch {
	case words == 0:
		return ""
	case words < 3:
		// The one shingle began with the first word.
		votes.add([3]uint64{h0, h1, h2}[words-1])
	}
	return fmt.Sprintf("%016x", votes.majority())
}

// simHashByte maps an ASCII letter or digit to itself in lower case, and
// every other byte to 0: a byte of 0x80 or more opens a rune SimHash
// decodes, any other is no byte of a word.
var simHashByte = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// bitVotes counts, for each of 64 bits, how many hashes added have it
// set. The ones are counted eight bits at a time: byte l of lanes[j]
// counts bit 8l+j, and is emptied into ones before it can overflow.
type bitVotes struct {
	ones  [64]int
	lanes [8]uint64
	added int
}

func (v *bitVotes) add(x uint64) {
	const every = 0x0101010101010101
	for j := range v.lanes {
		v.lanes[j] += x >> j & every
	}
	v.added++
	if v.added%255 == 0 {
		v.empty()
	}
}

func (v *bitVotes) empty() {
	for j, acc := range v.lanes {
		for l := range 8 {
			v.ones[8*l+j] += int(acc >> (8 * l) & 0xff)
		}
	}
	v.lanes = [8]uint64{}
}

// majority is the hash whose bit b is set when more than half of the
// hashes added had it.
func (v *bitVotes) majority() uint64 {
	v.empty()
	var out uint64
	for b := range 64 {
		if 2*v.ones[b] > v.added {
			out |= 1 << uint(b)
		}
	}
	return out
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// textSum is sha256.Sum256([]byte(text)) without the copy of the text
// (a body's length, kilobytes a record): Sum256 only reads its argument
// and keeps nothing of it, so it may read the string's own bytes.
func textSum(text string) [sha256.Size]byte {
	return sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
}
