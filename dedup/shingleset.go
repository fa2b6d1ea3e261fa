package dedup

// ShingleSet is the distinct shingle hashes of a text held as a hash set,
// so that one text can be compared with many (SameText) without sorting
// either: the decision is exactly Same(Shingles(a), Shingles(b)).
type ShingleSet struct {
	slots []uint64 // open addressing, linear probing; 0 = empty
	zero  bool     // the hash 0 is in the set
	n     int      // distinct hashes
	buf   []uint64 // the text's shingles in order, reused
	words []uint64 // the text's word hashes (appendTextShingles), reused
}

// NewShingleSet returns the set of text's shingles.
func NewShingleSet(text string) *ShingleSet {
	s := &ShingleSet{}
	s.Fill(text)
	return s
}

// Fill makes s the set of text's shingles, reusing s's memory: a writer
// that compares a copy per put keeps one set instead of allocating its
// tables (tens of kilobytes) each time.
func (s *ShingleSet) Fill(text string) {
	s.reset(len(text))
	s.buf, s.words = appendTextShingles(shingleBuf(s.buf, text), s.words, text)
	for _, h := range s.buf {
		s.add(h)
	}
}

// Len is how many distinct shingles the set holds.
func (s *ShingleSet) Len() int { return s.n }

// reset empties the set, sized for a text of n bytes (about one shingle
// per six bytes; the table grows if needed).
func (s *ShingleSet) reset(n int) {
	size := 64
	for size < n/3 {
		size *= 2
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.zero, s.n = false, 0
}

// add inserts h and reports whether it was new.
func (s *ShingleSet) add(h uint64) bool {
	if h == 0 {
		if s.zero {
			return false
		}
		s.zero = true
		s.n++
		return true
	}
	if (s.n+1)*2 > len(s.slots) {
		old := s.slots
		s.slots = make([]uint64, len(old)*2)
		for _, v := range old {
			if v != 0 {
				s.put(v)
			}
		}
	}
	if !s.put(h) {
		return false
	}
	s.n++
	return true
}

func (s *ShingleSet) put(h uint64) bool {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return false
		case 0:
			s.slots[i] = h
			return true
		}
	}
}

func (s *ShingleSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// SameText reports whether text is the same story as the set's text:
// exactly Same(Shingles(set's text), Shingles(text)). scratch, if not nil,
// is reused to hold text's shingles.
//
// text is read in rounds (wordsRound), and reading stops as soon as the
// answer is known to be yes: once the shingles read hold
// MinContainment of the set's (a) in common and MinShingles of their
// own, containment can only stay at or above MinContainment however the
// rest of text goes (the shingles in common only grow, and the divisor,
// the smaller set's size, is at most a). A copy's text is mostly in
// common, so about two fifths of it go unread.
func (s *ShingleSet) SameText(text string, scratch *ShingleSet) bool {
	a := s.n
	if a < MinShingles {
		return false
	}
	if scratch == nil {
		scratch = &ShingleSet{}
	}
	scratch.reset(len(text))
	common, n := 0, 0
	w := scratch.words[:0]
	for pos := 0; pos < len(text); {
		w, pos = wordsRound(w, text, pos, sameRoundWords)
		for ; n+ShingleWords <= len(w); n++ {
			if h := shingleAt(w[n:]); scratch.add(h) && s.has(h) {
				common++
			}
		}
		if scratch.n >= MinShingles && float64(common)/float64(a) >= MinContainment {
			scratch.words = w
			return true
		}
	}
	scratch.words = w
	b := scratch.n
	if b < MinShingles {
		return false
	}
	return float64(common)/float64(min(a, b)) >= MinContainment
}

// sameRoundWords is the size of SameText's rounds: a 350-word text is
// read in six, so that it stops within a sixth of where its answer was
// known.
const sameRoundWords = 64

// shingleBuf returns buf emptied, with room for text's shingles (about
// one per six bytes of prose; a buffer that turns out short grows).
func shingleBuf(buf []uint64, text string) []uint64 {
	if n := len(text)/5 + 8; cap(buf) < n {
		return make([]uint64, 0, n)
	}
	return buf[:0]
}
