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
		words = append(words, k, strings.ToUpper(k), titleWord(k), k+",", k+".)", k+":", k[:len(k)/2], k+"x", "x"+k, "«"+k, "É"+k)
	}
	return append(words, "a", "A", "a,", "b.", "Zz", "zz", "“The", "«dit", "É", "éa", "1,", ",,", ")", "Reuters", "said.", "berichtete", "laut", "\xff", "\xffa", "\u212aa", "İa", "Ⱥa")
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
		words = append(words, k, strings.ToUpper(k), titleWord(k), "l'"+k, "L'"+k, "l’"+k, "d'"+k, "("+k+"),", "“"+k+"”", k+"x", "x"+k, k[:len(k)/2])
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

// TestCuesOfPreCheckSynthetic checks cuesOf on cues the lexicons do not
// have today: first words opening with a rune beyond ASCII ("über",
// "według" after its capital, "по"), a one-byte word ("a") and a word
// with ")" before its comma.
func TestCuesOfPreCheckSynthetic(t *testing.T) {
	lx := &lexicon{}
	for _, before := range []string{"über", "по", "ωs", "a", "w", "laut", "x)"} {
		lx.sources = append(lx.sources, sourceCue{before: before})
	}
	lx.indexCues()
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"über", true}, {"Über", true}, {"ÜBER,", true}, {"Üb", false}, {"übe", false},
		{"по", true}, {"ПО", true}, {"По.", true}, {"пол", false}, {"Пу", false},
		{"ΩS", true}, {"Ωt", false},
		{"a", true}, {"A,", true}, {"a.)", true}, {"ab", false},
		{"W", true}, {"w:", true}, {"wa", false},
		{"Laut", true}, {"LAUT;", true}, {"lau", false}, {"lauter", false},
		{"x),", false}, {"x)", false}, {"x", false},
		{"\xff", false}, {"ü", false}, {"Ü", false},
	} {
		want := lx.cuesByWord[strings.TrimRight(strings.ToLower(tc.word), ",.;:)")]
		if (len(want) > 0) != tc.want {
			t.Fatalf("table: %q want %v, the plain look-up says %v", tc.word, tc.want, len(want) > 0)
		}
		if got := lx.cuesOf(tc.word); len(got) != len(want) {
			t.Errorf("cuesOf(%q): %d cues, want %d", tc.word, len(got), len(want))
		}
	}
}

// TestOutletSuffixGate checks the invariant isOutlet and looksLikeOutlet
// skip their suffix loops by (every suffix opens with ".") and that
// names with a suffix still pass the gate.
func TestOutletSuffixGate(t *testing.T) {
	lx := loadLexicon()
	if len(lx.outletSuffixes) == 0 {
		t.Fatal("no outlet suffixes")
	}
	for _, suf := range lx.outletSuffixes {
		if !strings.HasPrefix(suf, ".") {
			t.Errorf("outlet suffix %q opens without a dot", suf)
		}
		name := "Liputan6" + strings.ToUpper(suf)
		if !lx.isOutlet(name) || !lx.isOutlet("laporan dari liputan6"+suf+" kemarin") || !lx.looksLikeOutlet(name) || !lx.looksLikeOutlet("liputan6"+suf+"/berita") {
			t.Errorf("%q: isOutlet %v, looksLikeOutlet %v", name, lx.isOutlet(name), lx.looksLikeOutlet(name))
		}
	}
	for _, tc := range []struct {
		s            string
		outlet, like bool
	}{
		{"Tribunnews", true, true},
		{"Kabarwarta news", true, true},
		{"Jakarta Post", true, false},
		{"Budi Hartono", false, false},
		{"Sky News", true, true},
	} {
		if got := lx.isOutlet(tc.s); got != tc.outlet {
			t.Errorf("isOutlet(%q) = %v, want %v", tc.s, got, tc.outlet)
		}
		if got := lx.looksLikeOutlet(tc.s); got != tc.like {
			t.Errorf("looksLikeOutlet(%q) = %v, want %v", tc.s, got, tc.like)
		}
	}
}

// TestLowerWords checks lowerWords against strings.ToLower word by word,
// broken UTF-8 and runes that change length included, and that reused
// scratch space leaves earlier words alone.
func TestLowerWords(t *testing.T) {
	toks := []string{"Dikutip", "dari", "KOMPAS.com,", "said", "", "x", "\u212aelvin", "İstanbul", "Ⱥx", "\xffA\xe2\x80", "ÜBER", "", "«Die", "Zeit»"}
	lower, buf, ends := lowerWords([]string{"keep"}, nil, nil, toks)
	if len(lower) != len(toks)+1 || lower[0] != "keep" {
		t.Fatalf("lowerWords: %q", lower)
	}
	for i, tok := range toks {
		if want := strings.ToLower(tok); lower[i+1] != want {
			t.Errorf("lowerWords(%q) = %q, want %q", tok, lower[i+1], want)
		}
	}
	again, _, _ := lowerWords(nil, buf, ends, []string{"XYZ", "ABC"})
	if again[0] != "xyz" || again[1] != "abc" || lower[1] != "dikutip" || lower[7] != strings.ToLower("\u212aelvin") {
		t.Errorf("reuse: %q then %q", lower, again)
	}
}

// TestSyndicationSourcesN checks that readSources' word count stands in
// for syndicationSources' own: the same outlets for lines that are
// syndication lines and for lines that are not.
func TestSyndicationSourcesN(t *testing.T) {
	lx := loadLexicon()
	long := strings.Repeat("kata ", maxSyndicationWords) + "Artikel ini telah tayang di Kompas.com"
	found := 0
	for _, para := range []string{
		"Artikel ini telah tayang di Kompas.com dengan judul \"Banjir\"",
		"With AP",
		"— AFP",
		"Mit Material von dpa",
		" \u00a0With\u2003Reuters ",
		"Dikutip dari Sputnik News, hujan turun.",
		long,
		strings.Repeat("w ", maxSyndicationWords-1) + "With AP",
		"",
	} {
		want := lx.syndicationSources(para)
		n := len(appendFields(nil, para))
		if c := countFieldsUpTo(para, maxSyndicationWords+1); c != min(n, maxSyndicationWords+1) {
			t.Errorf("%q: countFieldsUpTo %d, appendFields %d", para, c, n)
		}
		if got := lx.syndicationSourcesN(para, n); strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("syndicationSourcesN(%q) = %q, want %q", para, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 3 {
		t.Errorf("only %d syndication lines read", found)
	}
}

// TestMayOpenSyndication checks mayOpenSyndication, whose first-byte
// table rejects most paragraphs, against strings.EqualFold with every
// cue's first word, on the lexicons and on cues opening with runes that
// fold beyond ASCII ("k" and the Kelvin sign, "s" and "ſ").
func TestMayOpenSyndication(t *testing.T) {
	plain := func(lx *lexicon, para string) bool {
		first, _, _ := strings.Cut(strings.TrimLeft(para, "-–—|*( "), " ")
		for _, cue := range lx.syndication {
			if strings.EqualFold(cue.words[0], first) {
				return true
			}
		}
		return false
	}
	synthetic := &lexicon{}
	for _, w := range []string{"kopie", "šaltinis", "ſource", "Über", "ωx"} {
		synthetic.syndication = append(synthetic.syndication, syndicationCue{words: []string{w, "x"}})
	}
	synthetic.indexSyndication()
	for _, lx := range []*lexicon{loadLexicon(), synthetic} {
		var paras []string
		for _, cue := range lx.syndication {
			w := cue.words[0]
			paras = append(paras, w+" a b c", strings.ToUpper(w)+" a", "— "+titleWord(w)+" x", "x"+w+" y", w[:len(w)/2]+" z")
		}
		paras = append(paras, "\u212aopie x", "\u212aOPIE", "Source", "SOURCE y", "ſource", "ÜBER x", "über", "ΩX y", "Ωx", "\xff a", "", "   ", "Reuters said")
		found := 0
		for _, para := range paras {
			want := plain(lx, para)
			if got := lx.mayOpenSyndication(para); got != want {
				t.Errorf("mayOpenSyndication(%q) = %v, want %v", para, got, want)
			}
			if want {
				found++
			}
		}
		if found < 5 {
			t.Errorf("only %d paragraphs open a cue", found)
		}
	}
}
