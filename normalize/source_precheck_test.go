package normalize

import (
	"strings"
	"testing"
)

// TestTrimNounMarks checks trimNounMarks against the strings.Trim it
// stands for, curly quotes and broken UTF-8 included.
func TestTrimNounMarks(t *testing.T) {
	const cut = ",.;:()\"'“”"
	for _, tc := range []struct{ in, want string }{
		{"newspaper", "newspaper"},
		{"(newspaper),", "newspaper"},
		{"“harian”", "harian"},
		{"”“'l'hebdo'”.", "l'hebdo"},
		{"\"", ""},
		{"“", ""},
		{"", ""},
		{"\xe2\x80", "\xe2\x80"},
		{"x\xe2\x80\x9c\x9d", "x\xe2\x80\x9c\x9d"},
		{"\x9d", "\x9d"},
		{"—Zeitung—", "—Zeitung—"},
		{"‘tabloid’", "‘tabloid’"},
		{"Sender:“", "Sender"},
	} {
		if got := trimNounMarks(tc.in); got != tc.want || got != strings.Trim(tc.in, cut) {
			t.Errorf("trimNounMarks(%q) = %q, want %q (strings.Trim %q)", tc.in, got, tc.want, strings.Trim(tc.in, cut))
		}
	}
}

// cueWordsForTest is every cue's first word as typed and changed the
// ways a paragraph's word may differ from it.
func cueWordsForTest(lx *lexicon) []string {
	var words []string
	for k := range lx.cuesByWord {
		for _, w := range []string{k, strings.ToUpper(k), strings.Title(k), k + ",", k + ".)", k + ":", k[:len(k)/2], k + "x", "x" + k} {
			words = append(words, w)
		}
	}
	return append(words, "a", "A", "a,", "b.", "Zz", "zz", "“The", "«dit", "É", "éa", "1,", ",,", ")", "Reuters", "said.", "berichtete", "laut")
}

// TestCuesOfPreCheck checks cuesOf, whose first-byte and first-pair
// tables reject most words unlowered, against the plain lookup it
// stands for.
func TestCuesOfPreCheck(t *testing.T) {
	lx := loadLexicon()
	n := 0
	for _, w := range cueWordsForTest(lx) {
		if w == "" {
			continue // cuesOf is asked about words, never ""
		}
		want := lx.cuesByWord[strings.TrimRight(strings.ToLower(w), ",.;:)")]
		got := lx.cuesOf(w)
		if len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
			t.Errorf("cuesOf(%q): %d cues, want %d", w, len(got), len(want))
		}
		if len(want) > 0 {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no word found a cue")
	}
}

// TestFillerFirst checks that mayOpenFiller takes every word wordsAt
// matches as a filler's first word: matchCueAt skips the fillers for
// a word it refuses.
func TestFillerFirst(t *testing.T) {
	lx := loadLexicon()
	if len(lx.sourceFillers) == 0 {
		t.Fatal("no source fillers")
	}
	for _, f := range lx.sourceFillers {
		for _, w := range []string{f[0], strings.TrimRight(f[0], ":") + ",", strings.TrimRight(f[0], ":") + ".", strings.TrimRight(f[0], ":") + ")"} {
			if !wordsAt([]string{w}, 0, f[:1]) {
				continue
			}
			if !lx.mayOpenFiller(w) {
				t.Errorf("filler %q: word %q matches it but fillerFirst rejects it", f, w)
			}
		}
	}
	if lx.mayOpenFiller("reuters") || lx.mayOpenFiller("reuters,") {
		t.Error("fillerFirst holds words no filler opens")
	}
}

// TestNounPreChecks checks namingNoun and isOutletNoun, whose byte
// tables reject most words before a look-up, against the plain
// look-ups they stand for.
func TestNounPreChecks(t *testing.T) {
	lx := loadLexicon()
	var words []string
	for k := range lx.outletNouns {
		for _, w := range []string{k, strings.ToUpper(k), strings.Title(k), "l'" + k, "L'" + k, "l’" + k, "d'" + k, "(" + k + "),", "“" + k + "”", k + "x", "x" + k, k[:len(k)/2]} {
			words = append(words, w)
		}
	}
	words = append(words, "", "a", "l'", "Reuters", "the", "«Zeitung", "éa")
	named, nouns := 0, 0
	for _, w := range words {
		l := strings.ToLower(w)
		want := lx.namingNouns[strings.TrimPrefix(strings.TrimPrefix(l, "l'"), "l’")]
		if got := lx.namingNoun(w); got != want {
			t.Errorf("namingNoun(%q) = %v, want %v", w, got, want)
		}
		if want {
			named++
		}
		nw := strings.Trim(l, ",.;:()\"'“”")
		for _, el := range []string{"l'", "l’", "d'", "d’"} {
			nw = strings.TrimPrefix(nw, el)
		}
		want = lx.outletNouns[nw]
		if got := lx.isOutletNoun(l); got != want {
			t.Errorf("isOutletNoun(%q) = %v, want %v", l, got, want)
		}
		if want {
			nouns++
		}
	}
	if named == 0 || nouns == 0 {
		t.Fatalf("%d naming nouns, %d outlet nouns found", named, nouns)
	}
}
