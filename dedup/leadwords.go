package dedup

import (
	"unicode"
	"unicode/utf8"
)

// leadNeed is how many words the lead's LeadWords shingles are made of.
const leadNeed = LeadWords + ShingleWords - 1

// wordsCap is the room for one stream's word hashes (a power of two, so
// that an index masked with wordsCap-1 needs no bounds check).
const wordsCap = 256

const _ = uint(wordsCap - leadNeed - 1) // leadNeed+1 hashes fit a stream's room

// stream is one half of the lead being cut into word hashes: the hash of
// the word in progress, whether a word is in progress (1) and how many
// words are done.
type stream struct {
	h     uint64
	in, n int
}

// take takes the byte or rune at text[i] into the stream, as
// appendShingles does, and returns the index after it: an ASCII letter or
// digit, or a non-ASCII letter or number (lower-cased), extends the word;
// anything else (an invalid byte too) ends the word in progress, whose
// hash is written to w[n].
func (s *stream) take(text string, i int, w *[wordsCap]uint64) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if l := asciiWord[c]; l != 0 {
			s.h = (s.h ^ uint64(l)) * fnvPrime
			s.in = 1
			return i + 1
		}
		s.end(w)
		return i + 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsLetter(r) || unicode.IsNumber(r) {
		var enc [utf8.UTFMax]byte
		for _, c := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
			s.h = (s.h ^ uint64(c)) * fnvPrime
		}
		s.in = 1
		return i + size
	}
	s.end(w)
	return i + size
}

// end ends the word in progress, if any.
func (s *stream) end(w *[wordsCap]uint64) {
	if s.in == 1 {
		w[s.n&(wordsCap-1)] = s.h
		s.n++
	}
	s.h, s.in = fnvOffset, 0
}

// appendLeadShingles is appendShingles(dst, text, LeadWords), the keys'
// one pass over every put's text, computed faster and to the same values
// (TestLeadShinglesMatch checks them against appendShingles).
//
// Why it is faster: a word's FNV-1a hash is a chain (each byte's
// multiply waits for the one before), and the end of each word, a branch
// on data, is mispredicted about once a word. Here the lead is cut in two
// at an ASCII word boundary near the middle of its expected length, and
// the two halves are hashed in one loop (pairRun), a byte of each a step:
// the two chains run side by side, and a byte is taken without a branch
// on whether it ends a word. Cutting at an ASCII non-word byte keeps
// every word whole: such a byte ends the word before it in either pass,
// and no multi-byte rune contains it.
func appendLeadShingles(dst []uint64, text string) []uint64 {
	var wa, wb [wordsCap]uint64
	// The expected lead: seven bytes a word.
	cut := min(len(text), leadNeed*7) / 2
	for cut < len(text) && (text[cut] >= utf8.RuneSelf || asciiWord[text[cut]] != 0) {
		cut++
	}
	a, b := text[:cut], text[cut:]
	A, B := stream{h: fnvOffset}, stream{h: fnvOffset}
	ia, ib := 0, 0
	for ia < len(a) && ib < len(b) && A.n < leadNeed && B.n < leadNeed {
		// Both streams stay in step while their bytes are ASCII and
		// neither can fill its room (at most one word a step).
		steps := min(len(a)-ia, len(b)-ib, leadNeed-max(A.n, B.n))
		k := pairRun(a[ia:ia+steps], b[ib:ib+steps], &A, &B, &wa, &wb)
		ia, ib = ia+k, ib+k
		if k < steps {
			// A byte >= 0x80 in either stream: take one of each alone.
			ia = A.take(a, ia, &wa)
			ib = B.take(b, ib, &wb)
		}
	}
	// The first half alone, then the second, each until the lead has its
	// words or the half ends.
	for ia < len(a) && A.n < leadNeed {
		ia = A.take(a, ia, &wa)
	}
	if A.n < leadNeed {
		A.end(&wa)
	}
	for ib < len(b) && A.n+B.n < leadNeed {
		ib = B.take(b, ib, &wb)
	}
	if A.n+B.n < leadNeed {
		B.end(&wb)
	}
	nb := min(B.n, leadNeed-A.n)
	copy(wa[A.n:], wb[:nb])
	w := wa[:A.n+nb]
	for i := 0; i+ShingleWords <= len(w); i++ {
		x := (((w[i]*shingleMul+w[i+1])*shingleMul+w[i+2])*shingleMul+w[i+3])*shingleMul + w[i+4]
		dst = append(dst, mix(x))
	}
	return dst
}

// pairRun hashes the words of a and b (of one length) side by side, a
// byte of each a step, and returns how many steps it took: len(a), or
// fewer when it met a byte >= 0x80 in either, which it leaves to
// stream.take. Every step writes both word hashes in progress to the next
// free slot and moves a stream's count on only where a word ended, so no
// branch depends on the text's word lengths. It is its own function,
// never inlined, so that the two hashes stay in registers.
//
//go:noinline
func pairRun(a, b string, A, B *stream, wa, wb *[wordsCap]uint64) int {
	b = b[:len(a)]
	ha, hb, ina, inb, na, nb := A.h, B.h, A.in, B.in, A.n, B.n
	i := 0
	for ; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca|cb >= utf8.RuneSelf {
			break
		}
		la, lb := asciiWord[ca], asciiWord[cb]
		wa[na&(wordsCap-1)], wb[nb&(wordsCap-1)] = ha, hb
		xa, xb := (ha^uint64(la))*fnvPrime, (hb^uint64(lb))*fnvPrime
		wrdA, wrdB := b2i(la != 0), b2i(lb != 0)
		na += ina &^ wrdA
		nb += inb &^ wrdB
		ina, inb = wrdA, wrdB
		if la == 0 {
			xa = fnvOffset
		}
		if lb == 0 {
			xb = fnvOffset
		}
		ha, hb = xa, xb
	}
	A.h, B.h, A.in, B.in, A.n, B.n = ha, hb, ina, inb, na, nb
	return i
}

// b2i is 1 for true and 0 for false, without a branch.
func b2i(b bool) int {
	var i int
	if b {
		i = 1
	}
	return i
}

// appendTextShingles is appendShingles(dst, text, -1), the confirmation's
// pass over whole texts, computed as appendLeadShingles computes the
// lead's: the text cut in two at an ASCII word boundary near its middle
// and the halves hashed side by side (pairRunAll), so that the two FNV-1a
// chains overlap and no branch depends on where words end
// (TestTextShinglesMatch checks the values against appendShingles). words
// is scratch for the word hashes, returned to be reused.
func appendTextShingles(dst, words []uint64, text string) ([]uint64, []uint64) {
	cut := len(text) / 2
	for cut < len(text) && (text[cut] >= utf8.RuneSelf || asciiWord[text[cut]] != 0) {
		cut++
	}
	a, b := text[:cut], text[cut:]
	// A half of n bytes holds at most (n+1)/2 words (each word a byte or
	// more, and a byte between words), and pairRunAll writes the slot
	// after the last word done: n/2+2 slots each.
	na, nb := len(a)/2+2, len(b)/2+2
	if cap(words) < na+nb {
		words = make([]uint64, na+nb)
	}
	words = words[:na+nb]
	wa, wb := words[:na:na], words[na:]
	A, B := stream{h: fnvOffset}, stream{h: fnvOffset}
	ia, ib := 0, 0
	for ia < len(a) && ib < len(b) {
		steps := min(len(a)-ia, len(b)-ib)
		k := pairRunAll(a[ia:ia+steps], b[ib:ib+steps], &A, &B, wa, wb)
		ia, ib = ia+k, ib+k
		if k < steps {
			// A byte >= 0x80 in either half: take one of each alone.
			ia = A.takeAll(a, ia, wa)
			ib = B.takeAll(b, ib, wb)
		}
	}
	for ia < len(a) {
		ia = A.takeAll(a, ia, wa)
	}
	A.endAll(wa)
	for ib < len(b) {
		ib = B.takeAll(b, ib, wb)
	}
	B.endAll(wb)
	// The second half's words follow the first's.
	copy(words[A.n:], wb[:B.n])
	w := words[:A.n+B.n]
	for i := 0; i+ShingleWords <= len(w); i++ {
		x := (((w[i]*shingleMul+w[i+1])*shingleMul+w[i+2])*shingleMul+w[i+3])*shingleMul + w[i+4]
		dst = append(dst, mix(x))
	}
	return dst, words
}

// takeAll is take for appendTextShingles, whose word hashes go to a slice
// with room for every word of the half.
func (s *stream) takeAll(text string, i int, w []uint64) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if l := asciiWord[c]; l != 0 {
			s.h = (s.h ^ uint64(l)) * fnvPrime
			s.in = 1
			return i + 1
		}
		s.endAll(w)
		return i + 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsLetter(r) || unicode.IsNumber(r) {
		var enc [utf8.UTFMax]byte
		for _, c := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
			s.h = (s.h ^ uint64(c)) * fnvPrime
		}
		s.in = 1
		return i + size
	}
	s.endAll(w)
	return i + size
}

// endAll is end for appendTextShingles.
func (s *stream) endAll(w []uint64) {
	if s.in == 1 {
		w[s.n] = s.h
		s.n++
	}
	s.h, s.in = fnvOffset, 0
}

// pairRunAll is pairRun for appendTextShingles: the word hashes go to
// slices with room for every word of their half.
//
//go:noinline
func pairRunAll(a, b string, A, B *stream, wa, wb []uint64) int {
	b = b[:len(a)]
	ha, hb, ina, inb, na, nb := A.h, B.h, A.in, B.in, A.n, B.n
	i := 0
	for ; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca|cb >= utf8.RuneSelf {
			break
		}
		la, lb := asciiWord[ca], asciiWord[cb]
		wa[na], wb[nb] = ha, hb
		xa, xb := (ha^uint64(la))*fnvPrime, (hb^uint64(lb))*fnvPrime
		wrdA, wrdB := b2i(la != 0), b2i(lb != 0)
		na += ina &^ wrdA
		nb += inb &^ wrdB
		ina, inb = wrdA, wrdB
		if la == 0 {
			xa = fnvOffset
		}
		if lb == 0 {
			xb = fnvOffset
		}
		ha, hb = xa, xb
	}
	A.h, B.h, A.in, B.in, A.n, B.n = ha, hb, ina, inb, na, nb
	return i
}
