package normalize

import (
	"strings"
	"unicode/utf8"
)

// Affix tests that would otherwise build a string per call ("
// "+label, label+" ") in loops over a lexicon's entries.

// hasSuffixAfter says s ends with sep followed by suf (s ends with
// string(sep)+suf).
func hasSuffixAfter(s string, sep byte, suf string) bool {
	return len(s) > len(suf) && s[len(s)-len(suf)-1] == sep && strings.HasSuffix(s, suf)
}

// hasPrefixBefore says s opens with pre followed by sep (s opens with
// pre+string(sep)).
func hasPrefixBefore(s, pre string, sep byte) bool {
	return len(s) > len(pre) && s[len(pre)] == sep && strings.HasPrefix(s, pre)
}

// containsFollowedBy says s holds sub followed by the byte c (s holds
// sub+string(c)).
func containsFollowedBy(s, sub string, c byte) bool {
	for from := 0; from+len(sub) < len(s); {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return false
		}
		at := from + i
		if at+len(sub) < len(s) && s[at+len(sub)] == c {
			return true
		}
		from = at + 1
	}
	return false
}

// plainWords says strings.Join(strings.Fields(s), " ") == s and that no
// word of s is in set: s has no white space but single ASCII spaces
// between words, and none of its words is a key of set. Nothing is
// copied.
func plainWords(s string, set map[string]bool) bool {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				return false
			}
			i += size
			continue
		}
		if asciiSpace[c] {
			if c != ' ' || i == start || i == len(s)-1 {
				return false // another space, two together, or at an end
			}
			if set[s[start:i]] {
				return false
			}
			start = i + 1
		}
		i++
	}
	return start < len(s) && !set[s[start:]]
}

// mayOpenSyndicationCue says the lower-case word w passes wordsAt's test
// of the first word of some syndication cue that is not credit-only (or
// some such cue has no words): isSyndicationLine lowers a paragraph's
// other words only then.
func (lx *lexicon) mayOpenSyndicationCue(w string) bool {
	if o := &lx.syndicationOpen; o.exact != nil {
		return o.any || o.exact[w] || o.trimmed[trimStops(w, true)]
	}
	// Not indexed (a lexicon built by hand): every cue is asked.
	for _, cue := range lx.syndication {
		if cue.creditOnly {
			continue
		}
		if len(cue.words) == 0 || wordsAt([]string{w}, 0, cue.words[:1]) {
			return true
		}
	}
	return false
}

// syndicationOpeners answers mayOpenSyndicationCue from sets, where the
// cues were asked one by one for every paragraph: wordsAt takes w for a
// cue's first word p when w is p, or when p ends in no colon and w less
// its trailing stops and parenthesis is p less its trailing stops.
type syndicationOpeners struct {
	any     bool            // some cue that is not credit-only has no words: every word may open it
	exact   map[string]bool // the first words
	trimmed map[string]bool // the first words ending in no colon, less their stops (trimStops)
}

// newSyndicationOpeners indexes the first words of cues that are not
// credit-only; its maps are never nil.
func newSyndicationOpeners(cues []syndicationCue) syndicationOpeners {
	o := syndicationOpeners{exact: map[string]bool{}, trimmed: map[string]bool{}}
	for _, cue := range cues {
		switch {
		case cue.creditOnly:
		case len(cue.words) == 0:
			o.any = true
		default:
			p := cue.words[0]
			o.exact[p] = true
			if !strings.HasSuffix(p, ":") {
				o.trimmed[trimStops(p, false)] = true
			}
		}
	}
	return o
}

// countFieldsUpTo is min(countFields(s), limit): it stops reading at the
// word that reaches limit (a paragraph of prose is long, the lines it is
// tested for are short).
func countFieldsUpTo(s string, limit int) int {
	n := 0
	for start, end := nextField(s, 0); start >= 0 && n < limit; start, end = nextField(s, end) {
		n++
	}
	return n
}
