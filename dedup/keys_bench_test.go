package dedup

import (
	"fmt"
	"math/rand/v2"
	"reflect"
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

// TestKeysFill: Fill gives exactly KeysOf's keys, whatever the Keys held
// before, and with room for MaxAnchors it allocates nothing.
func TestKeysFill(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	var k Keys
	k.Anchors = make([]uint64, 0, MaxAnchors)
	for n := range 500 {
		text := benchText(uint64(n))
		switch n % 4 {
		case 1:
			text = text[:r.IntN(len(text))] // short texts: fewer anchors, none
		case 2:
			text = strings.Repeat("sama kata ", r.IntN(40)) // one shingle repeated
		}
		sim := fmt.Sprintf("%016x", r.Uint64())
		if n%7 == 0 {
			sim = "not hex"
		}
		want := KeysOf(text, sim)
		k.Fill(text, sim)
		if !reflect.DeepEqual(k, want) {
			t.Fatalf("text %d: Fill %+v, KeysOf %+v", n, k, want)
		}
		if k.Anchors == nil {
			k.Anchors = make([]uint64, 0, MaxAnchors)
		}
	}
	text := benchText(99)
	if a := testing.AllocsPerRun(100, func() { k.Fill(text, "0123456789abcdef") }); a != 0 {
		t.Errorf("Fill with room allocates %.0f times", a)
	}
}
