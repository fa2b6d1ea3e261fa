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
