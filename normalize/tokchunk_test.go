package normalize

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestTokensOfChunks: tokensOf, which writes tokens into pooled chunks,
// gives what tokenize gives for every text (short and long ones, texts
// longer than a chunk, texts with glued commas and dashes that make more
// tokens than spaces); every slice it handed out still holds its tokens
// after all later calls; appending to one leaves the others alone; and
// chunks given back are empty.
func TestTokensOfChunks(t *testing.T) {
	lx := loadLexicon()
	texts := []string{
		"Dana Whitcombe, the mill's owner, said the plant would stay open.",
		"",
		"   ",
		"Ketua RT 05,Bambang Sutrisno,mengatakan,warga sudah siap—bahkan sejak pagi—untuk kerja bakti.",
		"(CNN)President Harlow spoke–briefly–to reporters in Tamsworth on Monday.",
		strings.Repeat("The harbour council voted on Tuesday to close the pier. ", 30),
		strings.Repeat("a,b,c,d,e ", 200),
		strings.Repeat("word ", tokChunk+50),
		"Rina (34), warga Bogor, mengaku kaget.",
	}
	c := &quoteCtx{lx: lx, cast: newCast(), gender: map[string]string{}}
	var handed [][]token
	var copies [][]token
	for round := range 4 {
		for i, s := range texts {
			s = s + strings.Repeat(" more", round*i) // other texts each round, so the memo does not answer
			got := c.tokensOf(s)
			want := lx.tokenize(s)
			if len(want) == 0 {
				want = []token{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("tokensOf(%.60q) differs from tokenize", s)
			}
			if cap(got) != len(got) {
				t.Errorf("tokensOf(%.60q) handed out spare capacity %d > %d", s, cap(got), len(got))
			}
			handed = append(handed, got)
			copies = append(copies, slices.Clone(got))
		}
	}
	_ = append(handed[0], token{word: "x"}) // must not reach the next text's tokens
	for i := range handed {
		if !reflect.DeepEqual(handed[i], copies[i]) {
			t.Errorf("text %d: its tokens changed after later calls", i)
		}
	}
	if len(c.tokChunks) < 2 {
		t.Errorf("%d chunks used: the texts should fill more than one", len(c.tokChunks))
	}
	chunks := c.tokChunks
	c.releaseTokens()
	for _, ch := range chunks {
		for _, tk := range *ch {
			if tk != (token{}) {
				t.Fatalf("a chunk given back holds %+v", tk)
			}
		}
	}
}

// TestTokensOfMemo: texts read again in any order give what tokenize
// gives, and a text read again before tokMemoSize others were tokenised
// gets back the very tokens it got (the memo answers).
func TestTokensOfMemo(t *testing.T) {
	lx := loadLexicon()
	texts := []string{
		"Marta Ilves, who runs the ferry, said the crossing was safe.",
		"“We will not close,” she said.",
		"Kepala Dinas Perhubungan Agus Salim mengatakan, jalan itu ditutup.",
		"",
		"Der Bürgermeister sagte am Montag: „Wir warten ab.“",
		"The council met on Tuesday.",
	}
	c := &quoteCtx{lx: lx, cast: newCast(), gender: map[string]string{}}
	last := map[string][]token{}
	seen := []string{} // texts in the order they were last tokenised
	for n := 0; n < 400; n++ {
		s := texts[(n*7+n/3)%len(texts)]
		got := c.tokensOf(s)
		want := lx.tokenize(s)
		if len(want) == 0 {
			want = []token{}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tokensOf(%q) differs from tokenize", s)
		}
		k := slices.Index(seen, s)
		if k >= 0 && len(seen)-k <= tokMemoSize && len(got) > 0 && &got[0] != &last[s][0] {
			t.Fatalf("tokensOf(%q) tokenised again, %d texts after its last reading", s, len(seen)-k-1)
		}
		if k < 0 || len(seen)-k > tokMemoSize || len(got) == 0 {
			seen = append(slices.DeleteFunc(seen, func(x string) bool { return x == s }), s)
			last[s] = got
		}
	}
	c.releaseTokens()
}

// TestTokenizeFields: tokenizeInto reads s field by field as appendFields
// splits it (white space of any script, runs of it, at either end), and a
// text of many words, lower-case and without punctuation, costs it no
// allocation when buf has room: the fields are not gathered into a slice
// first.
func TestTokenizeFields(t *testing.T) {
	lx := loadLexicon()
	long := strings.TrimSpace(strings.Repeat("the ferry from the outer islands docks at dawn ", 40))
	for _, s := range []string{
		"", " ", "one", "  two  words  ", "tab\tand\nnewline", "no\u00a0break\u3000wide\u2009thin",
		long,
	} {
		var got []string
		for _, tok := range lx.tokenizeInto(nil, s) {
			got = append(got, tok.raw)
		}
		if want := appendFields(nil, s); !slices.Equal(got, want) {
			t.Errorf("tokenize(%.40q) raw words %q, want the fields %q", s, got, want)
		}
	}
	// A comma inside a field parts it; one that ends it parts nothing.
	var got []string
	for _, tok := range lx.tokenizeInto(nil, "harbour, pier,ferry dock,, quay") {
		got = append(got, tok.raw)
	}
	if want := []string{"harbour,", "pier,", "ferry", "dock,", "quay"}; !slices.Equal(got, want) {
		t.Errorf("commas: raw words %q, want %q", got, want)
	}
	buf := make([]token, 0, 512)
	commas := strings.ReplaceAll(long, "islands ", "islands, ")
	for _, s := range []string{long, commas} {
		if n := testing.AllocsPerRun(20, func() { _ = lx.tokenizeInto(buf, s) }); n != 0 {
			t.Errorf("tokenizeInto of %d words allocates %v times, want 0", len(appendFields(nil, s)), n)
		}
	}
}
