package normalize

import "testing"

// TestAuthorNote covers the author's note closing a story, in several
// languages, and the look-alikes that stay in the text.
func TestAuthorNote(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para    string
		authors []string
		want    bool
	}{
		{"Priya Nandakumar is the Ledger's consumer editor and tests every gadget she writes about.", []string{"Priya Nandakumar"}, true},
		{"Tom Aldous's book on river towns, \"Upstream\" (Harbour Press, 2021), is out now. Follow him on Twitter @tomaldous.", []string{"Tom Aldous"}, true},
		{"Tom Aldous’s new novel comes out in May.", []string{"Kit Moreno", "Tom Aldous"}, true},
		{"Jana Weller schreibt seit 2010 über Verkehr und Stadtplanung.", []string{"Jana Weller"}, true},
		{"Lucía Ferrer es periodista y cubre la política municipal.", []string{"Lucía Ferrer"}, true},
		{"Rina Lestari adalah wartawan desk ekonomi.", []string{"Rina Lestari"}, true},
		// Look-alikes: the name inside, a name of one word, another person.
		{"Ask Nora is written by Nora Quill. Write to her at the address below.", []string{"Nora Quill"}, false},
		{"Regan is a mother of two who loves hiking.", []string{"Regan"}, false},
		{"Martin Crowe is expected in court on Monday.", []string{"Priya Nandakumar"}, false},
		{"Priya Nandakumar said the vote was close.", []string{"Priya Nandakumar"}, false},
	}
	for _, tt := range tests {
		if got := lx.isAuthorNote(tt.para, tt.authors); got != tt.want {
			t.Errorf("isAuthorNote(%q, %q) = %v, want %v", tt.para, tt.authors, got, tt.want)
		}
	}
}
