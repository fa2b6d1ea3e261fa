package dedup

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestLeadShinglesMatch: the keys' pass in rounds gives exactly
// appendShingles' lead shingles, so that every key a store has indexed
// stays the same (texts: shingleTestTexts).
func TestLeadShinglesMatch(t *testing.T) {
	for i, text := range shingleTestTexts() {
		want := appendShingles(nil, text, LeadWords)
		got := appendLeadShingles(nil, text)
		if !slices.Equal(got, want) {
			t.Fatalf("text %d (%q): %d shingles, appendShingles %d", i, clipText(text), len(got), len(want))
		}
	}
}

// TestTextShinglesMatch: the confirmation's two-stream pass over whole
// texts gives exactly appendShingles' shingles (Same decides on them), on
// the texts of TestLeadShinglesMatch and on long ones, with the word
// scratch reused from text to text, as ShingleSet does.
func TestTextShinglesMatch(t *testing.T) {
	texts := shingleTestTexts()
	r := rand.New(rand.NewPCG(12, 4))
	for range 200 {
		// Long texts: several of the short ones run together.
		var b strings.Builder
		for range 2 + r.IntN(12) {
			b.WriteString(texts[r.IntN(len(texts))])
			b.WriteString([]string{" ", "\n\n", "", "é"}[r.IntN(4)])
		}
		texts = append(texts, b.String())
	}
	var dst, words []uint64
	for i, text := range texts {
		want := appendShingles(nil, text, -1)
		dst, words = appendTextShingles(dst[:0], words, text)
		if !slices.Equal(dst, want) {
			t.Fatalf("text %d (%q): %d shingles, appendShingles %d", i, clipText(text), len(dst), len(want))
		}
	}
}

// shingleTestTexts are made-up prose in several scripts and lengths
// around the lead's, with curly quotes, accented and upper-case letters,
// digits, runs of punctuation, invalid UTF-8, words longer than the
// cut's guess, and random bytes.
func shingleTestTexts() []string {
	pieces := []string{
		"Warga", "desa", "mengatakan", "banjir", "datang", "malam", "itu", "\u201cKami", "takut,\u201d",
		"kata", "Ibu", "Sumarni", "(45).", "Der", "Bürgermeister", "sagte:", "„Straße", "gesperrt\u201c",
		"ÉLECTIONS", "à", "Lyon", "—", "12,5", "persen", "日本語の", "記事", "İstanbul", "ΑΘΗΝΑ",
		"\xff\xfe", "a\xe2\x82", "...", "!!", "--", "x", "Pneumonoultramicroscopicsilicovolcanoconiosis",
		"🙂", "Ⅻ", "٣٤", "ﬁnal", "O'Neill", "e-mail", "\t", "\n\n",
	}
	r := rand.New(rand.NewPCG(11, 3))
	var texts []string
	for n := range 3000 {
		var b strings.Builder
		words := r.IntN(400)
		if n%5 == 0 {
			words = 140 + r.IntN(30) // near the lead's length
		}
		for j := range words {
			if j > 0 {
				b.WriteString([]string{" ", " ", " ", "  ", ", ", ".\n\n", "\u00a0", "/"}[r.IntN(8)])
			}
			if n%3 == 0 {
				b.WriteString(pieces[r.IntN(len(pieces))])
			} else {
				b.WriteString(leadTestWord(r))
			}
		}
		texts = append(texts, b.String())
	}
	for n := range 500 {
		raw := make([]byte, r.IntN(3000))
		const alphabet = " aZ9.\xc3\xa9\xe2\x80\x9c"
		for i := range raw {
			raw[i] = alphabet[r.IntN(len(alphabet))]
		}
		if n%2 == 0 {
			for i := range raw {
				raw[i] = byte(r.UintN(256))
			}
		}
		texts = append(texts, string(raw))
	}
	texts = append(texts, "", " ", "a", "satu dua tiga empat", "satu dua tiga empat lima", strings.Repeat("x", 5000),
		strings.Repeat("kata ", 1000), strings.Repeat(". ", 1000)+strings.Repeat("kata ", 200), benchText(1), benchText(2))
	return texts
}

// appendLeadShingles is the lead's shingles as Keys.Fill reads them, in
// rounds (wordsRound) whose halves are hashed side by side (appendWords),
// read to the lead's end.
func appendLeadShingles(dst []uint64, text string) []uint64 {
	var buf [wordsCap]uint64
	w := buf[:0]
	for pos := 0; pos < len(text) && len(w) < leadNeed; {
		w, pos = wordsRound(w, text, pos, leadNeed-len(w))
	}
	w = w[:min(len(w), leadNeed)]
	for i := 0; i+ShingleWords <= len(w); i++ {
		dst = append(dst, shingleAt(w[i:]))
	}
	return dst
}

func leadTestWord(r *rand.Rand) string {
	syl := []string{"ka", "BA", "ran", "se", "ti", "mu", "lo", "pé", "da", "ng", "ri", "an", "ta", "7"}
	var b strings.Builder
	for range 1 + r.IntN(6) {
		b.WriteString(syl[r.IntN(len(syl))])
	}
	return b.String()
}

func clipText(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// BenchmarkLeadShingles hashes a different text each call, as a store's
// puts do: one text hashed over and over lets the branch predictor learn
// its word lengths, which no put enjoys.
func BenchmarkLeadShingles(b *testing.B) {
	texts := make([]string, 1024)
	for i := range texts {
		texts[i] = benchText(uint64(i))
	}
	var buf [LeadWords]uint64
	b.Run("one-stream", func(b *testing.B) {
		for i := range b.N {
			appendShingles(buf[:0], texts[i%len(texts)], LeadWords)
		}
	})
	b.Run("rounds", func(b *testing.B) {
		for i := range b.N {
			appendLeadShingles(buf[:0], texts[i%len(texts)])
		}
	})
}

// BenchmarkTextShingles: whole texts, a different one each call, as the
// confirmation of a put's candidate meets them.
func BenchmarkTextShingles(b *testing.B) {
	texts := make([]string, 1024)
	for i := range texts {
		texts[i] = benchText(uint64(i))
	}
	buf := make([]uint64, 0, 1024)
	var words []uint64
	b.Run("one-stream", func(b *testing.B) {
		for i := range b.N {
			appendShingles(buf[:0], texts[i%len(texts)], -1)
		}
	})
	b.Run("two-stream", func(b *testing.B) {
		for i := range b.N {
			buf, words = appendTextShingles(buf[:0], words, texts[i%len(texts)])
		}
	})
}

// TestRoundEnd: a round ends at the first word boundary after its
// estimate, ASCII or not, so that a text in a script written without
// spaces is not read to its end for its lead; and the lead read in such
// rounds is appendShingles' lead.
func TestRoundEnd(t *testing.T) {
	cjk := strings.Repeat("東京の天気は晴れ，気温は二十度。", 400) // no ASCII byte at all
	cases := []struct {
		name      string
		text      string
		pos, want int
		end       int
	}{
		{"ASCII, cut at the space after the estimate", "abc def ghi", 0, 1, 7},
		{"ASCII, estimate on a space", "abcdefg hij", 0, 1, 7},
		{"ASCII, text ends first", "abcdef", 0, 2, 6},
		{"a full-width comma ends a word", "東京東京東京，x", 0, 1, 18},
		{"an accented letter does not", "abcdefgé hi", 0, 1, 9},
		{"a stray continuation byte is passed over", "abcdefg\x80\x80 h", 0, 1, 9},
		{"an invalid first byte is a boundary", "abcdefgh\xffh", 0, 1, 8},
		{"from pos", "aaaa bbbb cccc dddd", 5, 1, 14},
	}
	for _, c := range cases {
		if got := roundEnd(c.text, c.pos, c.want); got != c.end {
			t.Errorf("%s: roundEnd(%q, %d, %d) = %d, want %d", c.name, c.text, c.pos, c.want, got, c.end)
		}
	}
	if e := roundEnd(cjk, 0, firstRoundWords); e > 7*firstRoundWords+len("東京の天気は晴れ，") {
		t.Errorf("a round of %d words ran to byte %d of a text without ASCII", firstRoundWords, e)
	}
	if got, want := appendLeadShingles(nil, cjk), appendShingles(nil, cjk, LeadWords); !slices.Equal(got, want) {
		t.Errorf("text without ASCII: %d lead shingles, appendShingles %d", len(got), len(want))
	}
}
