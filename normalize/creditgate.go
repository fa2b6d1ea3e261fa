package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The credit gate: an exact, cheap "this cannot be a credit line" test
// run before readCreditLine's reader, which otherwise splits, cleans and
// lowers every paragraph of up to maxCreditLine bytes into segments
// before finding that the first one has no label.
//
// It is built from the same tables the reader uses ([byline],
// [byline-suffix], [byline-closer]) and asks only what the reader must
// find for a line to pass:
//
//   - closerCredits needs the lowered line to end in a closer phrase, so
//     the folded line holds that phrase;
//   - parseByline with needLabel needs its first non-empty segment to be
//     labelled, by cutLabel or cutSuffix:
//   - cutSuffix needs a suffix label in the lowered segment, so the
//     folded line holds the label's last run of letters and digits
//     (segments are the line's characters cut and rejoined at
//     separators, never letters glued to letters), ending where a word
//     may end unless the label is wild;
//   - cutLabel needs the segment to open with a label. The first segment
//     opens where the line does once spaces and the separators the
//     reader splits at (; | • · and dashes) are skipped — unless the
//     reader moved a label written after its names to the front ("Jane
//     Roe Author"), which inlineLabel finds as a one-word label spelt
//     as a capitalised token or the glued part of one; so either the
//     line's first run of letters and digits opens with a label's first
//     run, or a one-word label stands at a capital letter of the line,
//     each ending where a run or a glued word ends.
//
// Case is compared by gateFold, which maps every rune that
// strings.EqualFold or strings.ToLower may match with a label's rune to
// that rune; newCreditGate checks this for every rune of the tables and
// turns the gate off (every line passes to the reader) if a table ever
// holds a rune for which it does not hold. A line the reader would
// change before reading (entities, a form other than NFC, characters
// cleanText drops, invalid UTF-8) always passes to the reader.
type creditGate struct {
	on bool
	// anywhere holds the closer phrases and the suffix labels' last
	// runs, folded, by their first byte: a line holding none of them
	// passes neither closerCredits nor cutSuffix.
	anywhere [256][]anchor
	// heads holds each byline label's first run, folded, by its first
	// byte.
	heads [256][]string
	// inline holds the one-word labels inlineLabel may find, folded, by
	// their first byte.
	inline [256][]string
}

// anchor is a string the gate looks for anywhere in a line; ends says
// it must end where a word of the reader's may end (endsWord).
type anchor struct {
	text string
	ends bool
}

// gateFold is the case folding of the gate: strings.ToLower's, the
// long s as s (strings.EqualFold matches "ſ" with "s"), and the old
// Cyrillic letter forms (U+1C80–U+1C88, "ᲄ" a tall т) as the letters
// they fold with (strings.EqualFold matches "ᲄекст" with "текст").
func gateFold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r == 'ſ' {
		return 's'
	}
	if r >= 0x1C80 && r <= 0x1C88 {
		return oldCyrillic[r-0x1C80]
	}
	if f, ok := greekVariants[r]; ok {
		return f
	}
	return toLower(r)
}

// greekVariants maps the Greek letter forms that fold with a plain letter
// (final sigma, the symbol forms of epsilon, beta, theta, kappa, pi, rho
// and phi, the iota subscript, the micro sign) to it, as EqualFold
// matches them: a Greek label holds the plain letters alone ("κείμενο").
var greekVariants = map[rune]rune{
	'ς': 'σ', 'ϵ': 'ε', 'ϐ': 'β', 'ϑ': 'θ', 'ϴ': 'θ', 'ϰ': 'κ', 'ϖ': 'π',
	'ϱ': 'ρ', 'ϕ': 'φ', '\u0345': 'ι', '\u1FBE': 'ι', 'µ': 'μ',
}

// oldCyrillic is the letter each of U+1C80–U+1C88 folds with.
var oldCyrillic = [...]rune{'в', 'д', 'о', 'с', 'т', 'т', 'ъ', 'ѣ', 'ꙋ'}

func isRunRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// runs splits s into its maximal runs of letters and digits.
func runs(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isRunRune(r) })
}

// newCreditGate builds the gate from lx's label tables.
func newCreditGate(lx *lexicon) creditGate {
	g := creditGate{on: true}
	// Every rune of a table must be the fold of every rune that
	// EqualFold or ToLower matches with it.
	foldSafe := func(text string) bool {
		for _, r := range text {
			if gateFold(r) != r {
				return false
			}
			for x := unicode.SimpleFold(r); x != r; x = unicode.SimpleFold(x) {
				if gateFold(x) != r {
					return false
				}
			}
		}
		return true
	}
	for _, c := range lx.bylineCloser {
		if !foldSafe(c.text) {
			return creditGate{}
		}
		if c.text == "" {
			return creditGate{}
		}
		g.anywhere[c.text[0]] = append(g.anywhere[c.text[0]], anchor{text: c.text, ends: true})
	}
	for _, l := range lx.bylineSuffix {
		// cutSuffix wants the label at the segment's end (a wild one's
		// last word may go on), and a segment ends where a word may.
		rs := runs(l.text)
		if len(rs) == 0 || !foldSafe(l.text) {
			return creditGate{}
		}
		last := rs[len(rs)-1]
		a := anchor{text: last, ends: !l.wild && strings.HasSuffix(l.text, last)}
		g.anywhere[last[0]] = append(g.anywhere[last[0]], a)
	}
	for _, l := range lx.bylines {
		first, _ := utf8.DecodeRuneInString(l.text)
		rs := runs(l.text)
		if len(rs) == 0 || !isRunRune(first) || !foldSafe(l.text) {
			return creditGate{} // a label opening with punctuation: no gate
		}
		g.heads[rs[0][0]] = append(g.heads[rs[0][0]], rs[0])
		if l.outlet || strings.IndexFunc(l.text, isSpace) >= 0 {
			continue
		}
		// inlineLabel wants minInlineLabel bytes of the token; a
		// shorter label of ASCII letters only other than i, k and s
		// (whose folds İ, K and ſ are longer) can never have them.
		if len(l.text) < minInlineLabel && isASCIIString(l.text) && !strings.ContainsAny(l.text, "iks") {
			continue
		}
		g.inline[l.text[0]] = append(g.inline[l.text[0]], l.text)
	}
	return g
}

// endsWord says a word of the reader's may end before rest: at the end,
// at a rune that is no letter or digit, or where unglue splits a glued
// capitalised word ("PrasastiAuthor").
func endsWord(rest string) bool {
	next, size := utf8.DecodeRuneInString(rest)
	return size == 0 || !isRunRune(next) || ('A' <= next && next <= 'Z')
}

// foldedPrefix says s, folded rune by rune, opens with p (folded);
// n is how many bytes of s that took.
func foldedPrefix(s, p string) (n int, ok bool) {
	var enc [utf8.UTFMax]byte
	for len(p) > 0 {
		if n >= len(s) {
			return 0, false
		}
		if c := s[n]; c < utf8.RuneSelf {
			// An ASCII byte folds to itself or its lower case: one
			// byte, compared without decoding and encoding it.
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != p[0] {
				return 0, false
			}
			p = p[1:]
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		k := utf8.EncodeRune(enc[:], gateFold(r))
		if k > len(p) || string(enc[:k]) != p[:k] {
			return 0, false
		}
		p = p[k:]
		n += size
	}
	return n, true
}

// hasInvisible says s holds a soft hyphen, a zero-width space, joiner or
// non-joiner, a word joiner or a byte-order mark: strings.ContainsAny
// with those six, without its search of the set for every rune of s.
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return true
		}
		i += size - 1
	}
	return false
}

// mayBeCredit says line, as readCreditLine sees it after unwrapCredit,
// may be read as a credit line; false is exact: the reader would refuse
// it.
func (g *creditGate) mayBeCredit(line string) bool {
	if !g.on || strings.IndexByte(line, '&') >= 0 {
		return true
	}
	// An ASCII line is valid UTF-8, holds none of hasInvisible's runes
	// (all above U+007F) and is in NFC: the three tests are asked of
	// other lines only.
	if !isASCIIString(line) && (!utf8.ValidString(line) || hasInvisible(line) || !isNFC(line)) {
		return true
	}
	// An anchor anywhere, and a one-word label at a capital letter
	// (ending where a token or a glued word ends), in one pass: both are
	// looked up by the folded rune's first byte b.
	for i, r := range line {
		var b, next byte
		upper := false
		if r < utf8.RuneSelf {
			// An ASCII letter's lower case at once; most bytes open no
			// anchor and are no capital: nothing more to read there.
			b = byte(r)
			if upper = 'A' <= b && b <= 'Z'; upper {
				b += 'a' - 'A'
			} else if len(g.anywhere[b]) == 0 {
				continue
			}
			// next is the second byte of the folded line when the next
			// rune is ASCII too (0 otherwise): an anchor or label of two
			// bytes or more whose second byte differs cannot be a folded
			// prefix here.
			next = lowerNext(line, i)
		} else {
			var enc [utf8.UTFMax]byte
			utf8.EncodeRune(enc[:], gateFold(r))
			b = enc[0]
			upper = unicode.IsUpper(r)
		}
		for _, a := range g.anywhere[b] {
			if next != 0 && len(a.text) > 1 && a.text[1] != next {
				continue
			}
			if n, ok := foldedPrefix(line[i:], a.text); ok && (!a.ends || endsWord(line[i+n:])) {
				return true
			}
		}
		if !upper {
			continue
		}
		for _, p := range g.inline[b] {
			if next != 0 && len(p) > 1 && p[1] != next {
				continue
			}
			if n, ok := foldedPrefix(line[i:], p); ok && endsWord(line[i+n:]) {
				return true
			}
		}
	}
	// The first run, where the first segment opens.
	head := strings.TrimLeftFunc(line, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune(";|•·-–—", r)
	})
	if r, size := utf8.DecodeRuneInString(head); size > 0 && isRunRune(r) {
		var enc [utf8.UTFMax]byte
		utf8.EncodeRune(enc[:], gateFold(r))
		for _, p := range g.heads[enc[0]] {
			if n, ok := foldedPrefix(head, p); ok && endsWord(head[n:]) {
				return true
			}
		}
	}
	return false
}

// lowerNext is the byte after line[i] lowered when it is ASCII, else 0
// (and 0 at the end of line): when line[i] is ASCII too, the second byte
// of the folded text at i, as foldedPrefix lowers an ASCII byte. (A
// rune above ASCII may fold to one, ſ to s: it gives 0, which rules
// nothing out.)
func lowerNext(line string, i int) byte {
	if i+1 >= len(line) || line[i+1] >= utf8.RuneSelf {
		return 0
	}
	next := line[i+1]
	if 'A' <= next && next <= 'Z' {
		next += 'a' - 'A'
	}
	return next
}
