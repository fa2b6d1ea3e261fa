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
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
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
	var v [64]int
	n := max(len(ws)-k+1, 1)
	for i := 0; i < n; i++ {
		x := uint64(fnvOffset)
		for _, w := range ws[i:min(i+k, len(ws))] {
			x = fnvAdd(x, w)
			x = (x ^ ' ') * fnvPrime
		}
		for b := range 64 {
			v[b] += int(x>>uint(b)&1)*2 - 1
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
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
