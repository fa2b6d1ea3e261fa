package normalize

import (
	"strings"
	"testing"
)

// TestTranslationNoteNamesNoOutlet: a note that the story first ran in
// another language ("This article was originally published in French")
// has the words of a syndication line, but what follows them is a
// language, not an outlet: no source comes of it. An outlet after the
// same words still does.
func TestTranslationNoteNamesNoOutlet(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"This article was originally published in French.", ""},
		{"This story was originally published in Spanish", ""},
		{"Originally published in German", ""},
		{"Cet article a été publié initialement en Anglais.", ""},
		{"Questo articolo è stato pubblicato originariamente in Inglese.", ""},
		{"Este artigo foi publicado originalmente em Inglês.", ""},
		{"This article was originally published in Osprey Wire.", "Osprey Wire"},
		{"This story was originally published by the Marsh Ledger.", "Marsh Ledger"},
	}
	for _, tc := range tests {
		a := normalizeClosingLine(tc.line)
		got := strings.Join(a.Sources, "|")
		if got != tc.want {
			t.Errorf("%q: sources %q, want %q", tc.line, got, tc.want)
		}
	}
}
