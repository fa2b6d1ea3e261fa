package normalize

import "strings"

// runeSet finds the first of a few runes in a text by their first bytes,
// as strings.IndexAny does. IndexAny reads a text rune by rune and looks
// each one up in its set when the set holds a rune beyond ASCII (curly
// quotation marks, guillemets); runeSet passes over every byte that opens
// none of its runes.
//
// The answer is IndexAny's: a byte that opens one of the runes is never a
// continuation byte, so it is where IndexAny's reading of the text stands
// too (a rune before it of which it were part would hold it as a
// continuation byte), and there it reads the same rune. The set's runes
// must be valid UTF-8 and not U+FFFD, which IndexAny also finds for each
// invalid byte (newRuneSet refuses none, so the callers' sets are checked
// by TestRuneSetAgrees).
type runeSet struct {
	first [256]bool
	runes []string // the set's runes, each encoded
}

func newRuneSet(chars string) *runeSet {
	s := &runeSet{}
	for _, r := range chars {
		e := string(r)
		s.first[e[0]] = true
		s.runes = append(s.runes, e)
	}
	return s
}

// index is strings.IndexAny(text, chars) for the chars s was made of.
func (s *runeSet) index(text string) int {
	for i := 0; i < len(text); i++ {
		if !s.first[text[i]] {
			continue
		}
		for _, r := range s.runes {
			if strings.HasPrefix(text[i:], r) {
				return i
			}
		}
	}
	return -1
}
