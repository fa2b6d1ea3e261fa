package normalize

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestDetectAgrees compares detect, which counts by language bits after
// the stopword filter, with detectMap, which looks every word up and
// counts in a map: same language, counts and words read, on texts in
// several languages, mixtures, punctuation and case variants, and
// texts longer than langSample.
func TestDetectAgrees(t *testing.T) {
	lx := loadLexicon()
	texts := []string{
		"The harbour board said on Tuesday that the ferry would resume its winter timetable next month.",
		"Die Stadtwerke haben am Montag mitgeteilt, dass die Preise für Strom im Herbst steigen werden.",
		"Warga di sekitar pasar mengatakan bahwa harga beras naik lagi sejak awal pekan ini.",
		"El ayuntamiento anunció que la nueva línea de autobús estará lista para el verano.",
		"Le conseil municipal a voté mardi pour la fermeture du dépôt de la rue du Port.",
		"— … «» “” ( ) - , . ; : !!! ???",
		"THE MAYOR AND THE COUNCIL SAID THAT IT WAS NOT TO BE.",
		"",
		"dan the und la de yang di le el",
	}
	// Mixtures drawn from the stopwords of every language and from
	// words of the texts above, some longer than langSample words.
	var pool []string
	for _, l := range lx.langs {
		for w := range lx.stopwords[l] {
			pool = append(pool, w)
		}
	}
	slices.Sort(pool)
	for _, s := range texts {
		pool = append(pool, strings.Fields(s)...)
	}
	rng := rand.New(rand.NewSource(7))
	for k := 0; k < 200; k++ {
		n := 5 + rng.Intn(2*langSample)
		ws := make([]string, n)
		for i := range ws {
			w := pool[rng.Intn(len(pool))]
			switch rng.Intn(5) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w += ","
			case 2:
				w = "“" + w + "”"
			}
			ws[i] = w
		}
		texts = append(texts, strings.Join(ws, " "))
	}
	found := 0
	for _, s := range texts {
		l, counts, words := lx.detect(s)
		wl, wcounts, wwords := lx.detectMap(s)
		if l != wl || words != wwords || !reflect.DeepEqual(counts, wcounts) {
			t.Errorf("detect(%.60q) = %q %v %d, detectMap %q %v %d", s, l, counts, words, wl, wcounts, wwords)
		}
		if l != "" {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no text detected: the table tells nothing")
	}
}

// detectMap is detect as it was first written, reading every word in
// stopLangs and counting in a map: the reference TestDetectAgrees holds
// detect to.
func (lx *lexicon) detectMap(text string) (string, map[string]int, int) {
	counts := map[string]int{}
	// The first langSample fields of text, as strings.Fields splits
	// them, without splitting the rest.
	var buf [64]byte
	words, at := 0, 0
	for ; words < langSample; words++ {
		start, end := nextField(text, at)
		if start < 0 {
			break
		}
		w := text[start:end]
		at = end
		// strings.ToLower(trimPunct(w)), in a buffer.
		lw := appendLower(buf[:0], trimPunct(w))
		for _, l := range lx.stopLangs[string(lw)] {
			counts[l]++
		}
	}
	best, bestN := "", 0
	for _, l := range lx.langs {
		if counts[l] > bestN {
			best, bestN = l, counts[l]
		}
	}
	if bestN < 3 {
		return "", counts, words
	}
	return best, counts, words
}

// TestLexiconLanguageBound: detect counts stopwords in 64 bits, so a
// lexicon set with stopwords in more languages is refused at load, with
// an error that says why, rather than miscounted.
func TestLexiconLanguageBound(t *testing.T) {
	for _, n := range []int{64, 65} {
		fsys := fstest.MapFS{}
		for i := range n {
			lang := fmt.Sprintf("l%02d", i)
			fsys["lexicon/"+lang+".lex"] = &fstest.MapFile{Data: []byte("[lang]\n" + lang + "\n[stopwords]\nw" + lang + "\n")}
		}
		_, err := parseLexicons(fsys)
		if n <= 64 && err != nil {
			t.Errorf("%d languages: %v", n, err)
		}
		if n > 64 && (err == nil || !strings.Contains(err.Error(), "64")) {
			t.Errorf("%d languages: err = %v, want a refusal naming the 64-language bound", n, err)
		}
	}
}
