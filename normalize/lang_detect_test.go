package normalize

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestDetectAgrees compares detect, which counts by language bits after
// the stopword filter, with detectMap, which looks every word up and
// counts in a map: same language, counts and words read, on texts in
// several languages, mixtures, punctuation and case variants, and
// texts longer than langSample.
func TestDetectAgrees(t *testing.T) {
	lx := loadLexicon()
	if lx.stopMask == nil {
		t.Skip("more than 64 languages: detect is detectMap")
	}
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
