package extract

// substrings answers whether a text contains any of a fixed list of
// patterns in one pass over the text (an Aho–Corasick automaton compiled
// to a table), instead of one strings.Contains per pattern: the word sets
// are asked about every class name, id and link of a page, and hold up to
// thirty fragments each.
//
// Bytes that occur in no pattern share one column of the table. When fold
// is set, 'A'–'Z' take the columns of 'a'–'z', so that an ASCII text is
// matched as if lower-cased (the patterns must then be lower case).
type substrings struct {
	class [256]uint8
	cols  int
	next  []int32 // next[state*cols+class]
	final []bool  // a pattern ends at this state
}

// newSubstrings compiles the patterns. It returns nil for an empty list.
func newSubstrings(patterns []string, fold bool) *substrings {
	if len(patterns) == 0 {
		return nil
	}
	m := &substrings{cols: 1}
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
	m.final = []bool{false}
	for i := range m.next {
		m.next[i] = -1
	}
	for _, p := range patterns {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			k := int(s)*m.cols + int(m.class[p[i]])
			if m.next[k] < 0 {
				m.next[k] = int32(len(m.final))
				m.final = append(m.final, false)
				for range m.cols {
					m.next = append(m.next, -1)
				}
			}
			s = m.next[k]
		}
		m.final[s] = true
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
		m.final[s] = m.final[s] || m.final[fail[s]]
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
	return m
}

// in reports whether s contains one of the patterns.
func (m *substrings) in(s string) bool {
	if m.final[0] {
		return true
	}
	st := int32(0)
	for i := 0; i < len(s); i++ {
		st = m.next[int(st)*m.cols+int(m.class[s[i]])]
		if m.final[st] {
			return true
		}
	}
	return false
}

// inASCII is in(strings.ToLower(s)) for an ASCII s on a folding matcher;
// ok is false, and nothing is answered, when s has a byte above 0x7F.
func (m *substrings) inASCII(s string) (found, ok bool) {
	if m.final[0] {
		return true, true
	}
	st := int32(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false, false
		}
		st = m.next[int(st)*m.cols+int(m.class[c])]
		if m.final[st] {
			// Found before a non-ASCII byte: lower-casing the rest of s
			// cannot change the bytes already read, which lower-case
			// alike one by one.
			return true, true
		}
	}
	return false, true
}
