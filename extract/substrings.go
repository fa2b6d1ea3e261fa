package extract

import (
	"unicode"
	"unicode/utf8"
)

// substrings answers whether a text contains any of a fixed list of
// patterns in one pass over the text (an Aho–Corasick automaton compiled
// to a table), instead of one strings.Contains per pattern: the word sets
// are asked about every class name, id and link of a page, and hold up to
// thirty fragments each. The patterns may come in up to 16 sets, and then
// one pass says which sets have a pattern in the text.
//
// Bytes that occur in no pattern share one column of the table. When fold
// is set, 'A'–'Z' take the columns of 'a'–'z', so that an ASCII text is
// matched as if lower-cased (the patterns must then be lower case).
type substrings struct {
	class [256]uint8
	cols  int
	next  []int32  // next[state*cols+class]
	final []uint16 // the sets with a pattern ending at this state
	all   uint16   // every set
	// trans is next and final in one table for match and matchASCII:
	// trans[row+class], row being state*cols, holds the next state's
	// row in its low 16 bits and that state's final sets in its high
	// 16, so that a step reads one entry and multiplies nothing. Nil
	// when a row does not fit in 16 bits (packTrans); next and final
	// serve then.
	trans []uint32
}

// newSubstrings compiles the patterns. It returns nil for an empty list.
func newSubstrings(patterns []string, fold bool) *substrings {
	if len(patterns) == 0 {
		return nil
	}
	return newSubstringSets([][]string{patterns}, fold)
}

// newSubstringSets compiles sets of patterns; set i is bit 1<<i of what
// match returns.
func newSubstringSets(sets [][]string, fold bool) *substrings {
	m := &substrings{cols: 1, all: 1<<len(sets) - 1}
	var patterns []string
	for _, set := range sets {
		patterns = append(patterns, set...)
	}
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			if m.class[p[i]] == 0 {
				m.class[p[i]] = uint8(m.cols)
				m.cols++
			}
		}
	}
	if fold {
		for c := 'A'; c <= 'Z'; c++ {
			m.class[c] = m.class[c+'a'-'A']
		}
	}
	// The trie, with -1 for a missing edge.
	m.next = make([]int32, m.cols)
	m.final = []uint16{0}
	for i := range m.next {
		m.next[i] = -1
	}
	for set, list := range sets {
		for _, p := range list {
			s := int32(0)
			for i := 0; i < len(p); i++ {
				k := int(s)*m.cols + int(m.class[p[i]])
				if m.next[k] < 0 {
					m.next[k] = int32(len(m.final))
					m.final = append(m.final, 0)
					for range m.cols {
						m.next = append(m.next, -1)
					}
				}
				s = m.next[k]
			}
			m.final[s] |= 1 << set
		}
	}
	// Breadth first, each missing edge becomes its failure state's edge,
	// and a state is final when its failure state is.
	fail := make([]int32, len(m.final))
	queue := make([]int32, 0, len(m.final))
	for c := range m.cols {
		if t := m.next[c]; t < 0 {
			m.next[c] = 0
		} else {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		m.final[s] |= m.final[fail[s]]
		for c := range m.cols {
			k := int(s)*m.cols + c
			if t := m.next[k]; t < 0 {
				m.next[k] = m.next[int(fail[s])*m.cols+c]
			} else {
				fail[t] = m.next[int(fail[s])*m.cols+c]
				queue = append(queue, t)
			}
		}
	}
	m.trans = packTrans(m.next, m.final, m.cols)
	return m
}

// packTrans is the trans table of an automaton (see substrings), or nil
// when a row (state*cols) may not fit in 16 bits.
func packTrans(next []int32, final []uint16, cols int) []uint32 {
	if len(next) > 1<<16 {
		return nil
	}
	trans := make([]uint32, len(next))
	for k, t := range next {
		trans[k] = uint32(final[t])<<16 | uint32(int(t)*cols)
	}
	return trans
}

// in reports whether s contains one of the patterns.
func (m *substrings) in(s string) bool { return m.match(s) != 0 }

// match returns the sets with a pattern in s.
func (m *substrings) match(s string) uint16 {
	found := m.final[0]
	if trans := m.trans; trans != nil {
		// (Fields in locals: the loop reads none of m.)
		class, all := &m.class, m.all
		row := uint16(0)
		for i := 0; i < len(s) && found != all; i++ {
			e := trans[int(row)+int(class[s[i]])]
			found |= uint16(e >> 16)
			row = uint16(e)
		}
		return found
	}
	st := int32(0)
	for i := 0; i < len(s) && found != m.all; i++ {
		st = m.next[int(st)*m.cols+int(m.class[s[i]])]
		found |= m.final[st]
	}
	return found
}

// matchWordForm is match(appendWordForm(nil, s)): it steps through the
// word form's bytes as it makes them, without writing them down.
func (m *substrings) matchWordForm(s string) uint16 {
	trans := m.trans
	if trans == nil {
		var buf [256]byte
		return m.match(bytesString(appendWordForm(buf[:0], s)))
	}
	class, all := &m.class, m.all
	row := uint16(0)
	found := m.final[0]
	// step reads one byte of the word form.
	step := func(c byte) {
		e := trans[int(row)+int(class[c])]
		found |= uint16(e >> 16)
		row = uint16(e)
	}
	step('-')
	dash := true       // the form's last byte is '-'
	prevLower := false // as appendWordForm's
	for i := 0; i < len(s) && found != all; {
		c := s[i]
		if l := formByte[c]; l != 0 {
			// An ASCII letter or digit; a capital after a small letter
			// or a digit opens a word. Then the run of small letters and
			// digits after it, a byte each (found may fill up on the
			// way: it only grows, and the form is read to its end).
			if l != c && prevLower {
				step('-')
			}
			step(l)
			dash, prevLower = false, l == c
			for i++; i < len(s); i++ {
				c = s[i]
				if l = formByte[c]; l != c || l == 0 {
					break
				}
				step(c)
				prevLower = true
			}
			continue
		}
		if c < utf8.RuneSelf {
			i++
			if !dash {
				step('-')
			}
			dash, prevLower = true, false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var enc [utf8.UTFMax]byte
		for _, b := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
			step(b)
		}
		// (No rune lower-cases to '-'.)
		dash, prevLower = false, true
	}
	if !dash {
		step('-')
	}
	return found
}

// formByte maps an ASCII letter or digit to itself in lower case, every
// other byte to 0: the bytes appendWordForm keeps as they come.
var formByte = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// matchASCII is match(strings.ToLower(s)) for an ASCII s on a folding
// matcher; ok is false, and nothing is answered, when s has a byte above
// 0x7F before every set is found. (Every set found before such a byte
// stays found: lower-casing the rest of s cannot change the bytes already
// read, which lower-case alike one by one.)
func (m *substrings) matchASCII(s string) (found uint16, ok bool) {
	found = m.final[0]
	if trans := m.trans; trans != nil {
		class, all := &m.class, m.all
		row := uint16(0)
		for i := 0; i < len(s) && found != all; i++ {
			c := s[i]
			if c >= 0x80 {
				return 0, false
			}
			e := trans[int(row)+int(class[c])]
			found |= uint16(e >> 16)
			row = uint16(e)
		}
		return found, true
	}
	st := int32(0)
	for i := 0; i < len(s) && found != m.all; i++ {
		c := s[i]
		if c >= 0x80 {
			return 0, false
		}
		st = m.next[int(st)*m.cols+int(m.class[c])]
		found |= m.final[st]
	}
	return found, true
}
