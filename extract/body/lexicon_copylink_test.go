package body

import "testing"

// TestCopyLinkButtons: a share bar's "copy link" button left as a line of
// its own leaves the text in the languages kabar reads; a sentence that
// speaks of copying a link stays.
func TestCopyLinkButtons(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text string
		want verdict
	}{
		{"Link kopieren", drop},
		{"Copier le lien", drop},
		{"Copiar enlace", drop},
		{"Salin tautan", drop},
		{"कॉपी लिंक", drop},
		{"Copy link", drop},
		{"Link kopieren und teilen war für die Schülerinnen der Klasse 9b schon am ersten Tag die wichtigste Übung.", keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, 0); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
