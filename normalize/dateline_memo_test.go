package normalize

import (
	"strings"
	"testing"
)

// TestSpanMemoAgrees compares the dateline rows read with one memo of
// place and date readings shared row after row (as readDatelineAt reads
// them) with each row read afresh: every row must give the same match,
// whether or not an earlier row matched, on the table's own examples and
// on paragraphs of other shapes, some long enough to fill the memo.
func TestSpanMemoAgrees(t *testing.T) {
	lx := loadLexicon()
	paras := []string{
		"HALVERTON, Ore., March 4, 2025 (Reuters) - Shares in the mill rose.",
		"Port Elsby, Selasa (3/6/2025) - Warga memadati pasar.",
		"Kota Baru Selatan, Kabupaten Wirasari, Jawa Tengah, 12 Mei 2025 - Hujan turun.",
		"ST. AUBREY, N.B. — The ferry resumed service on Friday.",
		"Marlow Heath (AFP) — Le conseil a voté.",
		"Greta Lindholm – The council met on Monday.",
		"NEW CASTLEFORD, Del., Tues. Nov. 3 — Police said two men were held.",
		"Beritaku.com, Cirebon Warga mengeluhkan banjir.",
		"AFP, AP and Reuters, KYIV — Talks resumed.",
		"Santa Rosa del Valle, Mendoza, Argentina, Province of Cuyo, 5 de mayo de 2025 (EFE) - Llovió.",
		"A B C D E F G H, I J K L, M N O P, Q R S T, 1 2 3 4 5 6 7 8 - x",
		"Nobody expected the vote to pass, the mayor said.",
		"",
	}
	for _, row := range lx.datelineRows {
		paras = append(paras, row.example, strings.ToUpper(row.example), strings.Replace(row.example, ",", " ,", 1))
	}
	matched := 0
	for _, para := range paras {
		toks := tokenizeDateline(para)
		var memo spanMemo
		for _, row := range lx.datelineRows {
			got, gotOK := lx.matchDatelineMemo(row.elems, toks, para, "", &memo)
			want, wantOK := lx.matchDateline(row.elems, toks, para, "")
			if gotOK != wantOK || got != want {
				t.Errorf("%q, row %q: with the memo %+v %v, afresh %+v %v", para, row.shape, got, gotOK, want, wantOK)
			}
			if wantOK {
				matched++
			}
		}
	}
	if matched == 0 {
		t.Fatal("no row matched: the table tells nothing")
	}
}
