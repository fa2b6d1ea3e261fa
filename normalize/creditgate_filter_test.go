package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// mayBeCreditPlain is mayBeCredit without the second-byte tests of its
// anchors and inline labels, asking every line whether it is valid UTF-8,
// holds an invisible rune and is in NFC (not only lines above ASCII).
func mayBeCreditPlain(g *creditGate, line string) bool {
	if !g.on || strings.IndexByte(line, '&') >= 0 || !utf8.ValidString(line) ||
		hasInvisible(line) || !norm.NFC.IsNormalString(line) {
		return true
	}
	for i, r := range line {
		// The folded rune's first byte: an ASCII letter's lower case
		// at once, other runes folded and encoded.
		b := byte(r)
		if r >= utf8.RuneSelf {
			var enc [utf8.UTFMax]byte
			utf8.EncodeRune(enc[:], gateFold(r))
			b = enc[0]
		} else if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		for _, a := range g.anywhere[b] {
			if n, ok := foldedPrefix(line[i:], a.text); ok && (!a.ends || endsWord(line[i+n:])) {
				return true
			}
		}
	}
	// The first run, where the first segment opens.
	head := strings.TrimLeftFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(";|•·-–—", r)
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
	// A one-word label at a capital letter, ending where a token or a
	// glued word ends.
	for i, r := range line {
		if !unicode.IsUpper(r) {
			continue
		}
		var enc [utf8.UTFMax]byte
		utf8.EncodeRune(enc[:], gateFold(r))
		for _, p := range g.inline[enc[0]] {
			n, ok := foldedPrefix(line[i:], p)
			if !ok {
				continue
			}
			if endsWord(line[i+n:]) {
				return true
			}
		}
	}
	return false
}

// TestMayBeCreditSecondByte compares mayBeCredit with the form that
// tries every anchor and label of a first byte and asks every line the
// three tests of its runes, on lines made of the gate's own anchors,
// heads and labels in any case (capitalised too), cut short, glued to
// words, with accented and other letters, punctuation, an ampersand,
// invisible runes, a decomposed accent and broken UTF-8 around them.
func TestMayBeCreditSecondByte(t *testing.T) {
	lx := loadLexicon()
	g := &lx.creditGate
	if !g.on {
		t.Skip("the gate is off")
	}
	var pieces []string
	for _, list := range g.anywhere {
		for _, a := range list {
			pieces = append(pieces, a.text)
		}
	}
	for _, list := range g.heads {
		pieces = append(pieces, list...)
	}
	for _, list := range g.inline {
		pieces = append(pieces, list...)
	}
	if len(pieces) == 0 {
		t.Fatal("the gate holds no anchors")
	}
	other := []string{" ", "  ", ",", ";", ":", "|", "-", "Hana Okafor", "the mill", "é", "É", "ſ", "x", "\u00a0", "Ölz", "1", "", "&", "\u00ad", "\ufeff", "e\u0301", "\xff", "K"}
	r := rand.New(rand.NewPCG(11, 23))
	credits := 0
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for k := r.IntN(5); k >= 0; k-- {
			var w string
			if r.IntN(2) == 0 {
				w = pieces[r.IntN(len(pieces))]
				switch r.IntN(4) {
				case 0:
					w = strings.ToUpper(w)
				case 1:
					w = w[:r.IntN(len(w)+1)]
				case 2:
					w = strings.ToUpper(w[:1]) + w[1:]
				}
			} else {
				w = other[r.IntN(len(other))]
			}
			b.WriteString(w)
		}
		line := b.String()
		if r.IntN(4) != 0 {
			line = strings.ToValidUTF8(line, "")
		}
		want := mayBeCreditPlain(g, line)
		if got := g.mayBeCredit(line); got != want {
			t.Fatalf("mayBeCredit(%q) = %v, without the filter %v", line, got, want)
		}
		if want {
			credits++
		}
	}
	if credits == 0 || credits == 30000 {
		t.Errorf("%d of 30000 lines may be credits: the cases try one way only", credits)
	}
}
