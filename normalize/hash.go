package normalize

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"
)

// simHash is the 64-bit SimHash of text over three-word shingles of its
// lower-cased words, as 16 hex digits. Near-duplicate texts (the same
// story under two URLs, a corrected copy) differ in few bits.
func simHash(text string) string {
	var ws []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}) {
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return ""
	}
	const k = 3
	var v [64]int
	h := fnv.New64a()
	n := len(ws) - k + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		h.Reset()
		for j := i; j < i+k && j < len(ws); j++ {
			h.Write([]byte(ws[j]))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for b := 0; b < 64; b++ {
			if x&(1<<uint(b)) != 0 {
				v[b]++
			} else {
				v[b]--
			}
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
