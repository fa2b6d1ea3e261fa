package body

import "unicode/utf8"

// ArticleBodyLost says how much more of the page's JSON-LD articleBody a
// body other leaves out than a body base does: the share of articleBody's
// word 4-grams (shingles) other does not hold, less the share base does
// not hold. articleBody is the publisher's own statement of the text, so a
// positive answer means other dropped article text base kept (a paragraph
// stripped with the box around it, the end of the story cut off), whatever
// the two bodies' lengths; furniture that either body kept or dropped is
// not in articleBody and does not count. Shingles, not whole paragraphs,
// so a paragraph split or joined differently still counts as held. It is
// 0 without an articleBody of minArticleBody bytes.
func ArticleBodyLost(other, base Result, articleBody string) float64 {
	if len(articleBody) < minArticleBody {
		return 0
	}
	ab := []Block{{Text: articleBody}}
	return missing(ab, shingleSet(other.Blocks)) - missing(ab, shingleSet(base.Blocks))
}

// missing is the share of the shingles of blocks that have does not hold
// (0 when blocks have none).
func missing(blocks []Block, have map[uint64]struct{}) float64 {
	n, lost := 0, 0
	eachShingle(blocks, func(h uint64) {
		n++
		if _, ok := have[h]; !ok {
			lost++
		}
	})
	if n == 0 {
		return 0
	}
	return float64(lost) / float64(n)
}

// shingleSet is the set of the shingles of blocks.
func shingleSet(blocks []Block) map[uint64]struct{} {
	m := map[uint64]struct{}{}
	eachShingle(blocks, func(h uint64) { m[h] = struct{}{} })
	return m
}

// eachShingle calls f with a hash of each run of four consecutive words of
// the blocks' text, read as one stream (a run may span two blocks, so a
// text cut into paragraphs and the same text in one piece give the same
// shingles). Words are lower-cased runs of letters and digits (as addWords
// reads them, but a run of CJK characters is one word); a text of one to
// three words gives one shingle of them all.
func eachShingle(blocks []Block, f func(uint64)) {
	var win [4]uint64
	n := 0
	emit := func(w uint64) {
		win[n%4] = w
		n++
		if n >= 4 {
			h := uint64(fnvOffset)
			for k := n - 4; k < n; k++ {
				h = (h ^ win[k%4]) * fnvPrime
			}
			f(h)
		}
	}
	for _, b := range blocks {
		h, in := uint64(fnvOffset), false
		for _, r := range b.Text {
			var word bool
			if r < utf8.RuneSelf {
				word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
			} else {
				word = isLetterDigit(r)
			}
			if word {
				h = (h ^ uint64(lowerRune(r))) * fnvPrime
				in = true
				continue
			}
			if in {
				emit(h)
				h, in = fnvOffset, false
			}
		}
		if in {
			emit(h)
		}
	}
	if n > 0 && n < 4 {
		h := uint64(fnvOffset)
		for k := 0; k < n; k++ {
			h = (h ^ win[k]) * fnvPrime
		}
		f(h)
	}
}

// Unvouched says how much of what a body other adds to a body base no
// witness holds: of other's word 4-grams (shingles) that base lacks, the
// share found in none of the witnesses (the page's JSON-LD articleBody, its
// description: the publisher's own statements of the text and of its
// standfirst). 0 when other adds nothing. A body that is longer than base
// by text of its own, not by the publisher's, took in furniture.
func Unvouched(other, base Result, witnesses ...string) float64 {
	have := shingleSet(base.Blocks)
	var known []map[uint64]struct{}
	for _, w := range witnesses {
		if w != "" {
			known = append(known, shingleSet([]Block{{Text: w}}))
		}
	}
	added, out := 0, 0
	eachShingle(other.Blocks, func(h uint64) {
		if _, ok := have[h]; ok {
			return
		}
		added++
		for _, k := range known {
			if _, ok := k[h]; ok {
				return
			}
		}
		out++
	})
	if added == 0 {
		return 0
	}
	return float64(out) / float64(added)
}
