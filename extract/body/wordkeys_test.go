package body

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// wordKeysPlain is wordKeys as it was written first, rune by rune through
// the unicode tables: the reference for the ASCII fast path.
func wordKeysPlain(texts []string) []string {
	keys := make([]string, len(texts))
	for k, text := range texts {
		var sb strings.Builder
		sb.WriteByte(' ')
		in := false
		for _, r := range text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				sb.WriteRune(unicode.ToLower(r))
				in = true
			} else if in {
				sb.WriteByte(' ')
				in = false
			}
		}
		if in {
			sb.WriteByte(' ')
		}
		keys[k] = sb.String()
	}
	return keys
}

// TestWordKeys: the keys equal the plain rune-by-rune reading on text in
// several scripts, with digits, marks, punctuation and broken UTF-8; and
// wherever one key holds another, its word signature covers the other's
// (the filter dropPullQuotes relies on never rules out a true match).
func TestWordKeys(t *testing.T) {
	texts := []string{
		"The council met on Tuesday, 4 March, to vote on the budget.",
		"the council met on tuesday 4 march",
		"On Tuesday the COUNCIL met; it voted on the Budget.",
		"Der Stadtrat tagte am Dienstag, dem 4. März, über den Haushalt.",
		"dem 4 März über",
		"Ελληνικά ΚΕΙΜΕΝΑ με τόνους, και αριθμούς 2024.",
		"κειμενα με τόνους",
		"Привет, МИР! Новости дня — 12 событий.",
		"мир новости",
		"日本語のテキスト、東京 2025年",
		"İstanbul'da ŞEHİR meclisi toplandı.",
		"broken \xff\xfe bytes in\xc3 the middle \xe2\x80 of text",
		"bytes in the middle",
		"a1b2 C3D4 __under_scores__ x-y-z",
		"c3d4 under",
		"",
		"…“quoted” «guillemets» ‘single’",
		"quoted guillemets",
		// Capitals whose small letters are a byte longer: the keys
		// outgrow the buffer sized on the texts.
		"ȺȺȺȺȺȺȺȺ ȾȾȾȾȾȾ ȺȾ",
		"ⱥⱥⱥⱥⱥⱥⱥⱥ",
	}
	blocks := make([]rawBlock, len(texts))
	idx := make([]int, len(texts))
	for i, s := range texts {
		blocks[i].text = s
		idx[i] = i
	}
	keys, sigs := wordKeys(blocks, idx)
	want := wordKeysPlain(texts)
	contained := 0
	for k := range texts {
		if keys[k] != want[k] {
			t.Errorf("key of %q = %q, want %q", texts[k], keys[k], want[k])
		}
		for j := range texts {
			if strings.Contains(keys[j], keys[k]) {
				contained++
				if !sigs[j].covers(&sigs[k]) {
					t.Errorf("key %q holds %q but its signature does not cover the other's", keys[j], keys[k])
				}
			}
		}
	}
	if contained < len(texts)+6 {
		t.Errorf("only %d containments: the table no longer tests the filter", contained)
	}
	// The filter must rule something out, or it saves nothing.
	if sigs[0].covers(&sigs[7]) {
		t.Errorf("English key's signature covers the Russian key's")
	}
}

// TestDropPullQuotesKeys: the keys dropPullQuotes hands on to
// dropQuoteCards are those wordKeys builds for the blocks it keeps, in
// their order, whether it drops a pull quote or not.
func TestDropPullQuotesKeys(t *testing.T) {
	para := func(s string) rawBlock { return rawBlock{kind: Paragraph, text: s} }
	for _, tc := range []struct {
		name   string
		blocks []rawBlock
		kept   int
	}{
		{"a pull quote dropped", []rawBlock{
			para("The ferry to the northern islands will run twice a day from May, the harbour board said on Friday, after a year of delays."),
			para("The ferry to the northern islands will run twice a day from May."),
			para("Fares stay as they are until the end of the summer season, a spokeswoman added."),
		}, 2},
		{"nothing dropped", []rawBlock{
			para("The orchard on the hill gave three tonnes of pears this autumn, twice last year's crop."),
			para("Its owners plan to open a small cider press in the old barn next spring."),
		}, 2},
		{"a pull quote in the middle of several", []rawBlock{
			para("Short line."),
			para("Volunteers cleaned the river banks for a whole weekend and filled forty sacks with rubbish."),
			para("Volunteers cleaned the river banks for a whole weekend."),
			para("The town will repeat the clean-up in the autumn, when the water is low."),
			para("Another paragraph closes the report on the clean-up with a word of thanks."),
		}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			idx := make([]int, len(tc.blocks))
			for i := range idx {
				idx[i] = i
			}
			out, keys, sigs := dropPullQuotes(tc.blocks, idx)
			if len(out) != tc.kept {
				t.Fatalf("kept %v, want %d blocks", out, tc.kept)
			}
			if keys == nil {
				t.Fatal("no keys handed on, though a block was a candidate")
			}
			want, wantSigs := wordKeys(tc.blocks, out)
			if strings.Join(keys, "|") != strings.Join(want, "|") {
				t.Errorf("keys handed on\n%q\nwant wordKeys of the kept blocks\n%q", keys, want)
			}
			if !slices.Equal(sigs, wantSigs) {
				t.Errorf("signatures handed on differ from wordKeys' of the kept blocks")
			}
		})
	}
}

// TestKeySig: the signature keySig reads from a key is the one wordKeys
// builds while writing it, for text in several scripts and cases; and a
// block key holding a clause key (clauseKeys) covers the clause's
// signature, so the filter in quoteCard and splicedFrom never rules out
// a clause the block holds.
func TestKeySig(t *testing.T) {
	texts := []string{
		"The mayor said: “We will rebuild the old pier, and we will do it this year.”",
		"“We will rebuild the old pier,” the mayor said.",
		"Die Bürgermeisterin sagte, man werde den ALTEN Steg bald erneuern.",
		"„Wir erneuern den alten Steg“, sagte sie.",
		"İzmir'deki İSKELE yeniden yapılacak, dedi BAŞKAN.",
		"ΤΟ ΛΙΜΑΝΙ θα ανοίξει ξανά, είπε ο δήμαρχος.",
		"Kelvin K and ﬁne ligatures, don't split-words",
		"broken \xff bytes, still words here",
	}
	blocks := make([]rawBlock, len(texts))
	idx := make([]int, len(texts))
	for i, s := range texts {
		blocks[i] = rawBlock{kind: Paragraph, text: s}
		idx[i] = i
	}
	keys, sigs := wordKeys(blocks, idx)
	for k, key := range keys {
		if got := keySig(key); got != sigs[k] {
			t.Errorf("keySig(%q) differs from wordKeys' signature", key)
		}
	}
	hits := 0
	for _, text := range texts {
		for _, c := range clauseKeys(text) {
			cs := keySig(c)
			for j, key := range keys {
				if strings.Contains(key, c) {
					hits++
					if !sigs[j].covers(&cs) {
						t.Errorf("key %q holds clause %q but its signature does not cover the clause's", key, c)
					}
				}
			}
		}
	}
	if hits <= len(texts) {
		t.Errorf("only %d clauses found in other blocks: the test checks too little", hits)
	}
}
