package dedup

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
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

// BenchmarkKeysFill computes the keys of a different text each call, as a
// store's puts do (see BenchmarkLeadShingles).
func BenchmarkKeysFill(b *testing.B) {
	texts := make([]string, 1024)
	for i := range texts {
		texts[i] = benchText(uint64(i))
	}
	var k Keys
	k.Anchors = make([]uint64, 0, MaxAnchors)
	for i := range b.N {
		k.Fill(texts[i%len(texts)], "0123456789abcdef")
	}
}

// refAnchors is how Fill chose anchors before it kept the smallest
// shingles only for leads with too few sampled ones: the smallest three
// tracked over the whole lead, always. Fill must choose exactly the same
// anchors (every stored index entry holds them).
func refAnchors(text string) []uint64 {
	lead := appendShingles(nil, text, LeadWords)
	var anchors []uint64
	var low bottomK
	for _, h := range lead {
		low.add(h)
		if h%AnchorRate == 0 && len(anchors) < MaxAnchors && !slices.Contains(anchors, h) {
			anchors = append(anchors, h)
		}
	}
	for _, h := range low.v[:low.n] {
		if len(anchors) >= MinAnchors {
			break
		}
		if !slices.Contains(anchors, h) {
			anchors = append(anchors, h)
		}
	}
	slices.Sort(anchors)
	return anchors
}

// TestAnchorsMatchReference: on texts with many sampled anchors, with
// few or none (short texts, one shingle repeated, texts cut around
// MinShingles), Fill's anchors are refAnchors'.
func TestAnchorsMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 21))
	var texts []string
	for n := range 3000 {
		text := benchText(uint64(n))
		switch n % 5 {
		case 1:
			text = text[:r.IntN(len(text))]
		case 2:
			// Around MinShingles words, where the sample is often
			// smaller than MinAnchors.
			text = strings.Join(strings.Fields(text)[:MinShingles+r.IntN(30)], " ")
		case 3:
			text = strings.Repeat("sama kata ", r.IntN(60))
		case 4:
			text = strings.Repeat("satu dua tiga empat lima enam ", 1+r.IntN(40))
		}
		texts = append(texts, text)
	}
	few := 0
	var k Keys
	for i, text := range texts {
		k.Fill(text, "0123456789abcdef")
		want := refAnchors(text)
		if !slices.Equal(k.Anchors, want) {
			t.Fatalf("text %d (%q): anchors %x, before %x", i, clipText(text), k.Anchors, want)
		}
		sampled := 0
		for _, h := range appendShingles(nil, text, LeadWords) {
			if h%AnchorRate == 0 {
				sampled++
			}
		}
		if sampled < MinAnchors && len(want) > 0 {
			few++
		}
	}
	// The second pass must have been exercised.
	if few < 100 {
		t.Errorf("only %d texts needed the smallest shingles", few)
	}
}

// TestFillStopsWhereAnchorsAreComplete: Fill reads the lead only until
// its MaxAnchors anchors are sampled (and the text is known eligible),
// not to the lead's end: the anchors are the first sampled shingles in
// text order, so what follows cannot change them.
func TestFillStopsWhereAnchorsAreComplete(t *testing.T) {
	var k Keys
	read, full := 0, 0
	for n := range 300 {
		text := benchText(uint64(1000 + n))
		lead := appendShingles(nil, text, LeadWords)
		// last is the index after the shingle that completes the anchors.
		var seen []uint64
		last := 0
		for i, h := range lead {
			if h%AnchorRate == 0 && !slices.Contains(seen, h) {
				seen = append(seen, h)
				if len(seen) == MaxAnchors {
					last = i + 1
					break
				}
			}
		}
		k.Fill(text, "0123456789abcdef")
		if !k.Eligible() {
			t.Fatalf("text %d: %d words, not eligible", n, len(strings.Fields(text)))
		}
		if last == 0 {
			if k.Shingles != len(lead) {
				t.Errorf("text %d: %d sampled anchors, read %d of the lead's %d shingles", n, len(seen), k.Shingles, len(lead))
			}
			continue
		}
		need := max(last, MinShingles)
		if k.Shingles < need || k.Shingles > need+2*firstRoundWords {
			t.Errorf("text %d: anchors complete at shingle %d, read %d", n, last, k.Shingles)
		}
		read += k.Shingles
		full += len(lead)
	}
	if read*3 > full*2 {
		t.Errorf("read %d of %d lead shingles: more than two thirds", read, full)
	}
	t.Logf("read %d of %d lead shingles (%.0f %%)", read, full, 100*float64(read)/float64(full))
}
