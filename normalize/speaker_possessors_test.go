package normalize

import (
	"reflect"
	"strings"
	"testing"
)

// TestLearnPossessorsShortcut compares learnPossessors, which names the
// person runs only when some word ends in a possessive suffix, with the
// form that always names them: the cast it leaves and the runs it leaves
// in runBuf (which learnCut reads afterwards) must be the same, text
// after text, with the cast carried from one text to the next.
func TestLearnPossessorsShortcut(t *testing.T) {
	lx := loadLexicon()
	texts := []string{
		"But Marisol Quentin’s answer was a shrug, and the board moved on.",
		"The plan lands on Arlo Finch and Petra Lindqvist's desk next week.",
		"Officials said the Harbour Road depot would close by spring.",
		"Council leader Dana Whitcombe and Mayor Owen Pryce met on Monday.",
		"Ketua KPU Budi Santoso dan Ketua Bawaslu Rina Hartati hadir.",
		"Later, Quentin said the answer had been misread.",
		"It was James' book, not Carys Llewellyn's, that sold out.",
		"Der Vorschlag von Jonas Gerlach fand keine Mehrheit.",
		"The firm's chief, Leona Marsh, declined to comment.",
		"Nobody at the Grand Oak Hotel answered.",
		"Teresa Vance’ office said nothing.",
		"s' 's ’s",
		"",
	}
	for _, lang := range []string{"en", "id", "de"} {
		fast := newQuoteCtx(lx, lang)
		full := newQuoteCtx(lx, lang)
		possessive, noted := 0, 0
		for _, text := range texts {
			toks := lx.tokenize(text)
			if fast.anyPossessive(toks) {
				possessive++
			}
			before := len(full.cast.members)
			fast.learnPossessors(toks)
			full.notePossessors(toks, full.personRuns(toks))
			noted += len(full.cast.members) - before
			if !reflect.DeepEqual(fast.cast, full.cast) {
				t.Errorf("%s: after %q the cast differs from the full form's", lang, text)
			}
			if !reflect.DeepEqual(fast.runBuf, full.runBuf) {
				t.Errorf("%s: after %q runBuf = %v, the full form's %v", lang, text, fast.runBuf, full.runBuf)
			}
		}
		if possessive == 0 || possessive == len(texts) || lang == "en" && noted == 0 {
			t.Fatalf("%s: %d of %d texts hold a possessive, %d names noted: the table tells nothing", lang, possessive, len(texts), noted)
		}
	}
}

// TestAnyPossessive compares anyPossessive, which asks only words whose
// last byte ends a suffix, with every word tried against every suffix.
func TestAnyPossessive(t *testing.T) {
	lx := loadLexicon()
	c := newQuoteCtx(lx, "en")
	words := []string{"Hege", "Hege’s", "Hege's", "James'", "Moss’", "s", "'s", "’s", "’", "its", "dogs'", "Ross", "Alvarez’s", "x’", "ś"}
	yes := 0
	for _, a := range words {
		for _, b := range words {
			toks := lx.tokenize("the " + a + " and " + b + " went")
			want := false
			for _, tk := range toks {
				for _, p := range lx.possessive {
					if len(tk.lower) > len(p) && strings.HasSuffix(tk.lower, p) {
						want = true
					}
				}
			}
			if got := c.anyPossessive(toks); got != want {
				t.Errorf("anyPossessive(%q, %q) = %v, every suffix tried says %v", a, b, got, want)
			}
			if want {
				yes++
			}
		}
	}
	if yes == 0 || yes == len(words)*len(words) {
		t.Fatalf("%d of %d pairs hold a possessive: the table tells nothing", yes, len(words)*len(words))
	}
}
