package normalize

import (
	"strings"
	"testing"
)

// headingSplitAll is heading as it was before the word count: it split
// every stretch before asking how many words it has.
func headingSplitAll(c *quoteCtx, s string) bool {
	if c.lx.capNouns[c.lang] || strings.ContainsAny(s, "“”\"«»„") {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 3 || strings.HasSuffix(f[len(f)-1], ".") {
		return false
	}
	return titleCase(f)
}

// TestHeadingShortcut: heading, which counts a stretch's words before it
// splits it, answers as the form that split every stretch, for every
// prefix of invented headings and sentences, under several kinds of white
// space, with and without quote marks and a closing full stop, in a
// language that capitalises its nouns and in two that do not.
func TestHeadingShortcut(t *testing.T) {
	lx := loadLexicon()
	texts := []string{
		"How the Tamsworth Mill Deal Fell Apart in the End After All",
		"What Does Orbix Offer Its Customers This Year",
		"Warum die Stadtwerke Bramfeld Ihre Preise Erhöhen",
		"Mengapa Harga Beras di Pasar Cibinong Naik Lagi Tahun Ini",
		"The council voted on Tuesday to close the Harlow Road depot by spring.",
		"Dana Whitcombe, the mill's owner, said: “We stay open.”",
		"Five Things to Know About the New Ferry Timetable",
		"«La Fin d'une Époque» pour le Port de Saint-Malo",
		"A B C D E F G H I",
		"Who Pays? The Budget, Explained: Line by Line",
	}
	spaces := []string{" ", "  ", "\t", "\u00a0", " \u2003 ", "\n"}
	var n, yes int
	for _, lang := range []string{"en", "de", "id"} {
		c := newQuoteCtx(lx, lang)
		for _, text := range texts {
			words := strings.Fields(text)
			for k := 0; k <= len(words); k++ {
				for _, sp := range spaces {
					base := strings.Join(words[:k], sp)
					for _, s := range []string{base, base + ".", sp + base + sp, "“" + base + "”", base + "?", base + " \"x\""} {
						n++
						got, want := c.heading(s), headingSplitAll(c, s)
						if got != want {
							t.Errorf("heading(%q) in %s = %v, the split form says %v", s, lang, got, want)
						}
						if want {
							yes++
						}
					}
				}
			}
		}
	}
	if yes == 0 || yes == n {
		t.Fatalf("%d of %d stretches are headings: the table tells nothing", yes, n)
	}
}
