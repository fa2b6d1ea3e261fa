package normalize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// cutOtherLabelScan is cutOtherLabel as it was: each label, each of its
// two forms, looked for in the whole line.
func cutOtherLabelScan(lx *lexicon, p string) string {
	i := strings.IndexByte(p, ':')
	if i <= 0 {
		return p
	}
	tp := strings.TrimSpace(p)
	lower := " " + strings.ToLower(tp)
	cut := -1
	for l := range lx.labels {
		if lx.bylineTexts[l] {
			continue
		}
		if strings.HasPrefix(lower, " "+l+":") || strings.HasPrefix(lower, " "+l+" :") {
			return ""
		}
		for _, form := range [2]string{" " + l + ":", " " + l + " :"} {
			if j := strings.Index(lower, form); j > 0 && (cut < 0 || j < cut) {
				cut = j
			}
		}
	}
	if cut < 0 {
		return p
	}
	return tp[:cut-1]
}

// TestCutOtherLabelAgrees compares cutOtherLabel, which asks each colon
// about each label, with the scan of every label's forms, on credit lines
// made of bylines, the lexicon's labels in any case, colons with and
// without a space before them, and names.
func TestCutOtherLabelAgrees(t *testing.T) {
	lx := loadLexicon()
	var labels, bylines []string
	for l := range lx.labels {
		labels = append(labels, l)
	}
	for b := range lx.bylineTexts {
		bylines = append(bylines, b)
	}
	// Sorted, so that the seed draws the same words on every run (a
	// map's order is not).
	slices.Sort(labels)
	slices.Sort(bylines)
	if len(labels) == 0 || len(bylines) == 0 {
		t.Fatal("the lexicon holds no labels or no bylines")
	}
	names := []string{"Jane Roe", "Tomas Varga", "Siti Rahmawati", "", "AP", "Reuters/Antara", "é", " "}
	seps := []string{": ", " : ", ":", " ", " | ", ", ", "  :", ": :"}
	r := rand.New(rand.NewPCG(15, 17))
	changed, emptied := 0, 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(5); k >= 0; k-- {
			var w string
			switch r.IntN(3) {
			case 0:
				w = labels[r.IntN(len(labels))]
			case 1:
				w = bylines[r.IntN(len(bylines))]
			default:
				w = names[r.IntN(len(names))]
			}
			if r.IntN(3) == 0 {
				// The first letter in upper case, whole ("É" for "é").
				_, n := utf8.DecodeRuneInString(w)
				w = strings.ToUpper(w[:n]) + w[n:]
			}
			b.WriteString(w)
			b.WriteString(seps[r.IntN(len(seps))])
		}
		p := b.String()
		want := cutOtherLabelScan(lx, p)
		if got := lx.cutOtherLabel(p); got != want {
			t.Fatalf("cutOtherLabel(%q) = %q, the scan %q", p, got, want)
		}
		if want != p {
			changed++
		}
		if want == "" && p != "" {
			emptied++
		}
	}
	if changed == 0 || emptied == 0 {
		t.Errorf("lines cut %d, emptied %d: the cases do not try every way", changed, emptied)
	}
}

// TestHasSpacedSuffix compares hasSpacedSuffix with strings.HasSuffix of
// the built form.
func TestHasSpacedSuffix(t *testing.T) {
	parts := []string{"", " ", "a", "contributed", " contributed", "reporting", "é", "  "}
	yes := 0
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				for _, t2 := range parts {
					want := strings.HasSuffix(s, " "+t2)
					if got := hasSpacedSuffix(s, t2); got != want {
						t.Errorf("hasSpacedSuffix(%q, %q) = %v, want %v", s, t2, got, want)
					}
					if want {
						yes++
					}
				}
			}
		}
	}
	if yes == 0 {
		t.Error("no case has the suffix")
	}
}
