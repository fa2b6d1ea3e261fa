package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSubstrings checks the automaton against strings.Contains over
// random texts built from the patterns' own pieces.
func TestSubstrings(t *testing.T) {
	sets := [][]string{
		{"he", "she", "his", "hers"},
		{"a", "ab", "bab", "bc", "bca", "c", "caa"},
		{"-menu-", "-most", "-nav-", "-by-line-"},
		{"©", "copyright", "(c)", "hak cipta"},
	}
	for _, w := range []wordSet{bylineClass, notBylineClass, furnitureClass, dateClass, copyrightMark, authorPath, notPicture, creditMark, seoHeading} {
		sets = append(sets, w.anywhere, w.words)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, pats := range sets {
		if len(pats) == 0 {
			continue
		}
		m := newSubstrings(pats, true)
		var alphabet []string
		for _, p := range pats {
			for i := 0; i < len(p); i++ {
				alphabet = append(alphabet, p[i:i+1], strings.ToUpper(p[i:i+1]))
			}
			alphabet = append(alphabet, p, p[:len(p)/2], p[len(p)/2:])
		}
		alphabet = append(alphabet, "x", "É", "-", " ")
		for range 2000 {
			var b strings.Builder
			for range r.IntN(12) {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			s := b.String()
			lower := strings.ToLower(s)
			want := false
			for _, p := range pats {
				if strings.Contains(lower, p) {
					want = true
				}
			}
			if got := m.in(lower); got != want {
				t.Fatalf("in(%q) over %q = %v, want %v", lower, pats, got, want)
			}
			if got, ok := m.matchASCII(s); ok && (got != 0) != want {
				t.Fatalf("inASCII(%q) over %q = %v, want %v", s, pats, got, want)
			}
		}
	}
}

// TestClassMarks checks classSets against the word sets one by one, on
// names built from the sets' own fragments.
func TestClassMarks(t *testing.T) {
	sets := []wordSet{furnitureClass, bylineClass, notBylineClass, dateClass}
	var pieces []string
	for _, w := range sets {
		pieces = append(pieces, w.anywhere...)
		for _, f := range w.words {
			pieces = append(pieces, strings.Trim(f, "-"))
		}
	}
	pieces = append(pieces, "-", "_", " ", "X", "Box", "é", "İ", "K")
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(5) {
			p := pieces[r.IntN(len(pieces))]
			if r.IntN(3) == 0 {
				p = strings.ToUpper(p[:1]) + p[1:]
			}
			b.WriteString(p)
		}
		s := b.String()
		var want classMark
		for i, w := range sets {
			if w.MatchString(s) {
				want |= 1 << i
			}
		}
		if got := classSets.marks(s); got != want {
			t.Fatalf("marks(%q) = %b, want %b", s, got, want)
		}
	}
}

// TestSubstringsTrans checks the packed table (trans) that match and
// matchASCII step through against the plain one (next and final) it is
// made from, on every automaton of the package and on sets of invented
// patterns, with texts built from the patterns' pieces, capitals and
// bytes above 0x7F; and that a table too large to pack is left unpacked.
func TestSubstringsTrans(t *testing.T) {
	ms := []*substrings{classSets.anywhere, classSets.words, dataNameSets.anywhere, dataNameSets.words,
		newSubstringSets([][]string{{"ab", "b"}, {"bca"}, {"c"}, {"zzz", "az"}}, true),
		newSubstringSets([][]string{{"kiosk"}, {"-rail-"}, {"-mast"}, {"strip"}, {"x"}, {"y"}, {"zy"}, {"nav"},
			{"ov"}, {"er"}, {"la"}, {"y-"}, {"ba"}, {"nn"}, {"er-"}, {"-"}}, false)}
	for _, w := range []wordSet{bylineClass, furnitureClass, dateClass, copyrightMark, authorPath, creditMark, seoHeading} {
		ms = append(ms, w.anywhereM, w.wordsM)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for n, m := range ms {
		if m == nil {
			continue
		}
		if m.trans == nil {
			t.Fatalf("automaton %d (%d entries) not packed", n, len(m.next))
		}
		plain := *m
		plain.trans = nil
		var alphabet []string
		for c := range 256 {
			if m.class[c] != 0 {
				alphabet = append(alphabet, string(rune(c)), strings.ToUpper(string(rune(c))))
			}
		}
		alphabet = append(alphabet, "q", "É", "\xff", " ", "-")
		for range 3000 {
			var b strings.Builder
			for range r.IntN(24) {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			s := b.String()
			if got, want := m.match(s), plain.match(s); got != want {
				t.Fatalf("automaton %d: match(%q) = %b, want %b", n, s, got, want)
			}
			got, gotOK := m.matchASCII(s)
			want, wantOK := plain.matchASCII(s)
			if got != want || gotOK != wantOK {
				t.Fatalf("automaton %d: matchASCII(%q) = %b, %v, want %b, %v", n, s, got, gotOK, want, wantOK)
			}
		}
	}
	if packTrans(make([]int32, 1<<16+1), []uint16{0}, 1) != nil {
		t.Errorf("a table of 65,537 entries packed: its rows do not fit in 16 bits")
	}
}

// TestMatchWordForm checks matchWordForm, which reads a name's word form
// as it makes it, against match over the form appendWordForm writes, on
// the word automata of the package and on names of invented pieces:
// camel case, digits, runs of separators, runes whose lower case is ASCII
// (K, İ), other scripts, broken UTF-8, and names past the 256-byte
// buffer the built form starts in.
func TestMatchWordForm(t *testing.T) {
	ms := []*substrings{classSets.words, dataNameSets.words,
		newSubstringSets([][]string{{"-a-"}, {"-main-menu-"}, {"-k-"}, {"-i-", "-9-"}, {"é-"}}, false)}
	for _, w := range []wordSet{bylineClass, notBylineClass, furnitureClass, dateClass, copyrightMark, authorPath, creditMark, seoHeading} {
		ms = append(ms, w.wordsM)
	}
	pieces := []string{"main", "Menu", "a", "A", "K", "9", "-", "__", " ", ".", "\u212a", "\u0130", "É", "é", "ß", "漢",
		"\xff", "\xe2\x80", "byLine", "Date", "x"}
	r := rand.New(rand.NewPCG(41, 42))
	for n, m := range ms {
		if m == nil {
			continue
		}
		for k := range 4000 {
			var b strings.Builder
			for range r.IntN(10) {
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
			if k%500 == 0 {
				b.WriteString(strings.Repeat("navItem-", 40))
			}
			s := b.String()
			if got, want := m.matchWordForm(s), m.match(string(appendWordForm(nil, s))); got != want {
				t.Fatalf("automaton %d: matchWordForm(%q) = %b, want %b (form %q)", n, s, got, want, appendWordForm(nil, s))
			}
		}
	}
}
