package normalize

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// simHashPlain is SimHash as first written: words by strings.FieldsFunc,
// strings.ToLower, and a vote per bit per shingle.
func simHashPlain(text string) string {
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	if len(ws) == 0 {
		return ""
	}
	const k = 3
	var v [64]int
	for i := 0; i < max(len(ws)-k+1, 1); i++ {
		x := uint64(fnvOffset)
		for _, w := range ws[i:min(i+k, len(ws))] {
			x = fnvAdd(x, w)
			x = (x ^ ' ') * fnvPrime
		}
		for b := range 64 {
			v[b] += int(x>>uint(b)&1)*2 - 1
		}
	}
	var out uint64
	for b := range 64 {
		if v[b] > 0 {
			out |= 1 << uint(b)
		}
	}
	return fmt.Sprintf("%016x", out)
}

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func TestSimHashPlain(t *testing.T) {
	words := []string{"the", "Harga", "minyak", "ÉTÉ", "naik", "2024", "x", "çà", "漢字", "—", "Straße", "a-b", "³"}
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 3, 4, 10, 254, 255, 256, 257, 600, 2000} {
		for range 5 {
			var b strings.Builder
			for range n {
				b.WriteString(words[r.IntN(len(words))])
				b.WriteString([]string{" ", ", ", "\n", ". "}[r.IntN(4)])
			}
			s := b.String()
			if got, want := SimHash(s), simHashPlain(s); got != want {
				t.Fatalf("SimHash of %d words = %s, want %s", n, got, want)
			}
		}
	}
}

func TestTokenWord(t *testing.T) {
	plain := func(raw string) string {
		w := strings.TrimFunc(raw, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '-' && r != '\'' && r != '’'
		})
		return strings.Trim(w, "-'’")
	}
	pieces := []string{"a", "Z", "9", "-", "'", "’", "(", ")", "\"", "“", "”", ",", ".", "é", "漢", "²", "\xff", "\xe2\x80", " ", "—"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := tokenWord(s), plain(s); got != want {
			t.Fatalf("tokenWord(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFieldsPlain(t *testing.T) {
	// Every white space rune that opens with a byte other than an ASCII
	// space's, runes and broken runes that share those first bytes, and a
	// lone continuation byte.
	pieces := []string{"a", "Bc", " ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "\xff", "é", ",", "\u200b",
		"\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u2014", "\u201c",
		"\u00c2", "\u3001", "\u1681", "\xc2", "\xe2", "\xe2\x80", "\xe3\x80", "\xe1\x9a", "\x80", "\xf0\x9f\x98\x80"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.Fields(s)
		if got := countFields(s); got != len(want) {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, len(want))
		}
		if got := appendFields(nil, s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got := fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) || cap(got) != cap(want) || got == nil {
			t.Fatalf("fields(%q) = %q (cap %d), want %q (cap %d)", s, got, cap(got), want, cap(want))
		}
	}
}

// TestFieldScannerScripts checks the byte-class field scanners
// (appendFields, countFields, countFieldsUpTo, firstField) against
// strings.Fields on invented sentences in several languages and scripts,
// with the white space such pages carry: no-break and narrow spaces,
// ideographic spaces, line separators, tabs.
func TestFieldScannerScripts(t *testing.T) {
	for _, s := range []string{
		"The minister, Clara Vance, said on Tuesday: “We will not wait.”",
		"Menurut Kepala Dinas Rahmat Hidayat,\u00a0warga diminta tetap waspada.",
		"« Nous avons tenu parole », a déclaré\u202fla maire Hélène Dufresne.",
		"Die Ministerin Jana Körber sagte:\u2009„Wir bleiben dran.“",
		"Президент Игорь Светлов заявил,\u00a0что переговоры продолжатся.",
		"外务省\u3000发言人\u3000李明\u3000表示，会谈将继续。",
		"東京都の知事は　記者会見で　述べた。",
		"قال\u00a0الوزير سامي حداد إن المحادثات ستستمر.",
		"ผู้ว่าราชการ สมชาย ใจดี กล่าวว่า",
		"Ο υπουργός Νίκος Παππάς δήλωσε\u2028ότι θα συνεχίσει.",
		"नई दिल्ली\u205fमें मंत्री राकेश वर्मा ने कहा",
		"\t  Leading and trailing \u1680 spaces\u0085 \u3000",
		"word—dash–words … ‘quoted’ ¿qué? ¡sí!",
		"",
		" \u00a0\u3000 ",
	} {
		want := strings.Fields(s)
		if got := appendFields(nil, s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got := fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) || cap(got) != cap(want) {
			t.Errorf("fields(%q) = %q (cap %d), want %q (cap %d)", s, got, cap(got), want, cap(want))
		}
		if got := countFields(s); got != len(want) {
			t.Errorf("countFields(%q) = %d, want %d", s, got, len(want))
		}
		if got := countFieldsUpTo(s, 3); got != min(len(want), 3) {
			t.Errorf("countFieldsUpTo(%q, 3) = %d, want %d", s, got, min(len(want), 3))
		}
		first := ""
		if len(want) > 0 {
			first = want[0]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, want %q", s, got, first)
		}
	}
}

// TestTrimClosers checks trimClosers against the strings.TrimRightFunc it
// stands for, on tokens drawn from closers, their broken bytes and words.
func TestTrimClosers(t *testing.T) {
	closer := func(r rune) bool { return r == ')' || r == '"' || r == '”' || r == '’' }
	pieces := []string{"a", "kata", ")", `"`, "”", "’", "“", "‘", ",", ".", "é", "\x9d", "\x80\x9d", "\xe2\x80", "\xe2", "\xff", "(", "漢"}
	r := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := trimClosers(s), strings.TrimRightFunc(s, closer); got != want {
			t.Fatalf("trimClosers(%+q) = %+q, want %+q", s, got, want)
		}
	}
}

// TestApostropheAt checks apostropheAt against strings.IndexAny on words
// drawn from apostrophes, their broken bytes and letters of several scripts.
func TestApostropheAt(t *testing.T) {
	pieces := []string{"they", "re", "'", "’", "‘", "\xe2\x80", "\xe2", "\x99", "\xf0", "é", "漢", "ʼ", "`", "l"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := apostropheAt(s), strings.IndexAny(s, "'’"); got != want {
			t.Fatalf("apostropheAt(%+q) = %d, want %d", s, got, want)
		}
	}
}

// TestAppendLower checks appendLower against strings.ToLower after
// bytes already in the buffer, on words that are all ASCII, that turn
// non-ASCII after an ASCII start, whose lower case is longer or shorter
// than they are ("İ", the Kelvin sign), and broken runes.
func TestAppendLower(t *testing.T) {
	pieces := []string{"a", "Z", "M", "9", "-", "'", "’", "É", "é", "Ä", "İ", "\u212a", "ΣΑ", "Straße", "漢", "\xff", "\xe2\x80", " ", "@", "[", "`", "{"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		prefix := []string{"", "x", "Héllo"}[r.IntN(3)]
		buf := append(make([]byte, 0, r.IntN(6)), prefix...)
		if got, want := string(appendLower(buf, s)), prefix+strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q, %q) = %q, want %q", prefix, s, got, want)
		}
	}
}

// TestToLower checks toLower against unicode.ToLower for every rune of
// the table and around it, negatives and runes past Unicode included.
func TestToLower(t *testing.T) {
	for r := rune(-3); r < lowerTableSize+0x400; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
	for _, r := range []rune{0xffff, 0x10000, 0x10400, 0x10ffff, 0x110000, 0x7fffffff} {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestCaseOfFirstRune checks isCapitalised and isLower, which tell an
// ASCII first byte without decoding, against unicode.IsUpper and
// unicode.IsLower of the decoded first rune, for every first rune below
// U+3000, broken bytes and the empty word.
func TestCaseOfFirstRune(t *testing.T) {
	words := []string{"", "\xff", "\xc3", "\xe2\x80", "\x80a"}
	for r := rune(0); r < 0x3000; r++ {
		words = append(words, string(r), string(r)+"x", string(r)+"É")
	}
	upper, lower := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" {
			r = -1 // no rune: not capitalised
		}
		if got, want := isCapitalised(w), unicode.IsUpper(r); got != want {
			t.Fatalf("isCapitalised(%q) = %v, want %v", w, got, want)
		} else if got {
			upper++
		}
		r, _ = utf8.DecodeRuneInString(w)
		if got, want := isLower(w), unicode.IsLower(r); got != want {
			t.Fatalf("isLower(%q) = %v, want %v", w, got, want)
		} else if got {
			lower++
		}
	}
	if upper < 1000 || lower < 1000 {
		t.Errorf("upper %d, lower %d: too few", upper, lower)
	}
}

// TestUnelided checks unelided, which passes a word not opening with 'l'
// or 'd' at once.
func TestUnelided(t *testing.T) {
	for l, want := range map[string]string{
		"l'entraîneur": "entraîneur", "l’avocat": "avocat", "d'amnesty": "amnesty", "d’état": "état",
		"dell'allenatore": "allenatore", "dell’allenatore": "allenatore", "l'a": "l'a", "l'": "l'",
		"le": "le", "de": "de", "ministre": "ministre", "": "", "d": "d", "lx'y": "lx'y", "o'neil": "o'neil",
	} {
		if got := unelided(l); got != want {
			t.Errorf("unelided(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestIsLetterOrNumber checks the table against unicode.IsLetter and
// IsNumber for every rune of the table and around it.
func TestIsLetterOrNumber(t *testing.T) {
	for r := rune(-3); r < lowerTableSize+0x400; r++ {
		if got, want := isLetterOrNumber(r), unicode.IsLetter(r) || unicode.IsNumber(r); got != want {
			t.Fatalf("isLetterOrNumber(%U) = %v, want %v", r, got, want)
		}
	}
	for _, r := range []rune{0xffff, 0x10000, 0x10400, 0x10ffff, 0x110000, 0x7fffffff} {
		if got, want := isLetterOrNumber(r), unicode.IsLetter(r) || unicode.IsNumber(r); got != want {
			t.Fatalf("isLetterOrNumber(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestGeneralPunctuationHasNoCapital: isCapitalised answers false for a
// word opening in General Punctuation without asking unicode.IsUpper,
// which must agree for every rune of the block.
func TestGeneralPunctuationHasNoCapital(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.IsUpper(r) {
			t.Fatalf("%U is upper case", r)
		}
		if isCapitalised(string(r) + "Word") {
			t.Fatalf("isCapitalised(%q)", string(r)+"Word")
		}
	}
}

// TestSimHashByteRuns checks SimHash's byte-at-a-time reading of ASCII
// words (simHashByte) against simHashPlain on texts that switch between
// ASCII and other runes inside a word, carry broken UTF-8, and end in
// the middle of a word, with one, two and three words too.
func TestSimHashByteRuns(t *testing.T) {
	pieces := []string{"Kopi", "TEH", "z", "Z", "0", "9", "@", "[", "`", "{", "_", "-", " ", "\n", "é", "É", "ß",
		"Ωμ", "漢", "\xff", "\xc3", "\xe2\x80", "\u00a0", "²", "’", "a1B2"}
	r := rand.New(rand.NewPCG(21, 22))
	for n := range 30000 {
		var b strings.Builder
		for range 1 + n%9 {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := SimHash(s), simHashPlain(s); got != want {
			t.Fatalf("SimHash(%q) = %s, want %s", s, got, want)
		}
	}
	for c := range 256 {
		want := byte(0)
		if c < utf8.RuneSelf && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))) {
			want = byte(unicode.ToLower(rune(c)))
		}
		if simHashByte[c] != want {
			t.Errorf("simHashByte[%#x] = %q, want %q", c, simHashByte[c], want)
		}
	}
}
