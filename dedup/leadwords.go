package dedup

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// leadNeed is how many words the lead's LeadWords shingles are made of.
const leadNeed = LeadWords + ShingleWords - 1

// The lead is read in rounds of about this many words (seven bytes a
// word), so that Keys.Fill can stop where its anchors are complete: the
// MaxAnchors-th sampled shingle falls at about MaxAnchors*AnchorRate = 60
// shingles on average, well before the lead's LeadWords.
const (
	firstRoundWords = 48
	nextRoundWords  = 24
)

// wordsCap is room for the lead's words and one round's more, on the
// stack (a round that runs long, through a long stretch without a word
// boundary or of one-letter words, grows the slice).
const wordsCap = 256

// roundEnd is where a round of about words words from pos ends: the
// first word boundary at or after seven bytes a word, or the end of
// text. A boundary is an ASCII byte that is no word byte, or the first
// byte of a rune that is neither letter nor number (a full-width comma,
// a CJK full stop: texts in scripts written without spaces have no ASCII
// boundary for pages, and a round must not run to their end). Rounds cut
// there keep every word whole: such a byte or rune ends the word before
// it in any pass, and a rune's first byte is never inside another rune.
func roundEnd(text string, pos, words int) int {
	e := min(len(text), pos+7*words)
	for e < len(text) {
		c := text[e]
		if c < utf8.RuneSelf {
			if asciiWord[c] == 0 {
				return e
			}
		} else if utf8.RuneStart(c) {
			if r, _ := utf8.DecodeRuneInString(text[e:]); !unicode.IsLetter(r) && !unicode.IsNumber(r) {
				return e
			}
		}
		e++
	}
	return e
}

// wordsRound appends to w the hashes of the words of text from byte pos,
// a round of about want words (roundEnd), and returns them and where the
// round ended.
func wordsRound(w []uint64, text string, pos, want int) ([]uint64, int) {
	end := roundEnd(text, pos, want)
	return appendWords(w, text[pos:end]), end
}

// shingleAt is the hash of the shingle made of w's first ShingleWords
// word hashes.
func shingleAt(w []uint64) uint64 {
	x := (((w[0]*shingleMul+w[1])*shingleMul+w[2])*shingleMul+w[3])*shingleMul + w[4]
	return mix(x)
}

// stream is one half of a text being cut into word hashes: the hash of
// the word in progress, whether a word is in progress (1) and how many
// words are done.
type stream struct {
	h     uint64
	in, n int
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
// pass over whole texts, its words hashed by appendWords
// (TestTextShinglesMatch checks the values against appendShingles). words
// is scratch for the word hashes, returned to be reused.
func appendTextShingles(dst, words []uint64, text string) ([]uint64, []uint64) {
	words = appendWords(words[:0], text)
	for i := 0; i+ShingleWords <= len(words); i++ {
		dst = append(dst, shingleAt(words[i:]))
	}
	return dst, words
}

// appendWords appends to w the FNV-1a hashes of text's words (as
// appendShingles cuts and hashes them; the last one ends with the text),
// in order. The text is cut in two at an ASCII word boundary near its
// middle and the halves are hashed in one loop (pairRunAll), a byte of
// each a step: a word's hash is a chain (each byte's multiply waits for
// the one before), so the two chains run side by side, and a byte is
// taken without a branch on whether it ends a word (such a branch is
// mispredicted about once a word).
func appendWords(w []uint64, text string) []uint64 {
	cut := len(text) / 2
	for cut < len(text) && (text[cut] >= utf8.RuneSelf || asciiWord[text[cut]] != 0) {
		cut++
	}
	a, b := text[:cut], text[cut:]
	// A half of n bytes holds at most (n+1)/2 words (each word a byte or
	// more, and a byte between words), and pairRunAll writes the slot
	// after the last word done: n/2+2 slots each.
	na, nb := len(a)/2+2, len(b)/2+2
	base := len(w)
	w = slices.Grow(w, na+nb)[:base+na+nb]
	wa, wb := w[base:base+na:base+na], w[base+na:]
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
	copy(w[base+A.n:], wb[:B.n])
	return w[:base+A.n+B.n]
}

// takeAll takes the byte or rune at text[i] into the stream, as
// appendShingles does, and returns the index after it: an ASCII letter or
// digit, or a non-ASCII letter or number (lower-cased), extends the word;
// anything else (an invalid byte too) ends the word in progress, whose
// hash is written to w[n] (w has room for every word of the half).
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

// endAll ends the word in progress, if any.
func (s *stream) endAll(w []uint64) {
	if s.in == 1 {
		w[s.n] = s.h
		s.n++
	}
	s.h, s.in = fnvOffset, 0
}

// pairRunAll hashes the words of a and b (of one length) side by side, a
// byte of each a step, and returns how many steps it took: len(a), or
// fewer when it met a byte >= 0x80 in either, which it leaves to
// stream.takeAll. Every step writes both word hashes in progress to the
// next free slot and moves a stream's count on only where a word ended,
// so no branch depends on the text's word lengths. It is its own
// function, never inlined, so that the two hashes stay in registers.
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
