package normalize

import "testing"

// TestGivenNameAt: foresee tokenizes only the words from a known given
// name on; the scan that finds them must stop at every capitalised given
// name with a word after it, however punctuation is glued to it, and at
// nothing else.
func TestGivenNameAt(t *testing.T) {
	lx, err := parseLexicons(lexiconFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		p    string
		want []string // the words found, in order
	}{
		{"Menurut Maria Lestari hal itu benar.", []string{"Maria"}},
		{"The report (Maria Okafor wrote it) was late.", []string{"(Maria"}},
		{"«Maria Okafor» and John Doe spoke.", []string{"«Maria", "John"}},
		{"the maria okafor lower case names nothing", nil},
		{"A name at the very end: Maria", nil},
		{"Die Ärztin Ursula von der Leyen sprach.", []string{"Ursula"}},
	} {
		var got []string
		for at, next := lx.givenNameAt(c.p, 0); at >= 0; at, next = lx.givenNameAt(c.p, next) {
			got = append(got, c.p[at:next])
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: found %q, want %q", c.p, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: found %q, want %q", c.p, got, c.want)
				break
			}
		}
	}
}
