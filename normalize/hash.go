package normalize

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// simHash is the 64-bit SimHash of text over three-word shingles of its
// lower-cased words, as 16 hex digits. Near-duplicate texts (the same
// story under two URLs, a corrected copy) differ in few bits.
func simHash(text string) string {
	// The lower-cased words, as strings.FieldsFunc splits them and
	// strings.ToLower maps them, packed into one buffer: word i ends at
	// ends[i].
	buf := make([]byte, 0, len(text))
	var ends []int
	in := false
	for _, r := range text {
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			word = unicode.IsLetter(r) || unicode.IsNumber(r)
		}
		if !word {
			if in {
				ends = append(ends, len(buf))
				in = false
			}
			continue
		}
		in = true
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	if in {
		ends = append(ends, len(buf))
	}
	all := string(buf)
	ws := make([]string, len(ends))
	start := 0
	for i, e := range ends {
		ws[i] = all[start:e]
		start = e
	}
	if len(ws) == 0 {
		return ""
	}
	const k = 3
	n := max(len(ws)-k+1, 1)
	// Bit b of the hash is set when more than half of the shingle hashes
	// have it. The ones are counted eight bits at a time: byte l of
	// lanes[j] counts bit 8l+j, and is emptied into ones before it can
	// overflow.
	var ones [64]int
	var lanes [8]uint64
	empty := func() {
		for j, acc := range lanes {
			for l := range 8 {
				ones[8*l+j] += int(acc >> (8 * l) & 0xff)
			}
		}
		lanes = [8]uint64{}
	}
	const every = 0x0101010101010101
	for i := 0; i < n; i++ {
		x := uint64(fnvOffset)
		for _, w := range ws[i:min(i+k, len(ws))] {
			x = fnvAdd(x, w)
			x = (x ^ ' ') * fnvPrime
		}
		for j := range lanes {
			lanes[j] += x >> j & every
		}
		if i%255 == 254 {
			empty()
		}
	}
	empty()
	var out uint64
	for b := range 64 {
		if 2*ones[b] > n {
			out |= 1 << uint(b)
		}
	}
	return fmt.Sprintf("%016x", out)
}

// FNV-1a, 64 bits, written out so that hashing a shingle allocates nothing.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}
