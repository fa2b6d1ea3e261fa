package dedup

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// benchText is about 350 words of made-up text in paragraphs, as the
// store's benchmark writes them.
func benchText(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 9))
	syl := strings.Fields("ka ba ran se ti mu lo pe da ng ri an ta ga la ma sa na wa ya ke be ju di pu ro ha si ne tu")
	var b strings.Builder
	for j := range 350 {
		if j > 0 {
			if j%50 == 0 {
				b.WriteString(".\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
	}
	b.WriteByte('.')
	return b.String()
}

func BenchmarkKeysOf(b *testing.B) {
	text := benchText(1)
	for range b.N {
		KeysOf(text, "0123456789abcdef")
	}
}

func BenchmarkSameText(b *testing.B) {
	x, y := benchText(1), benchText(1)+" tambahan kata"
	b.Run("sorted", func(b *testing.B) {
		for range b.N {
			Same(Shingles(x), Shingles(y))
		}
	})
	b.Run("set", func(b *testing.B) {
		var s ShingleSet
		for range b.N {
			NewShingleSet(x).SameText(y, &s)
		}
	})
}
