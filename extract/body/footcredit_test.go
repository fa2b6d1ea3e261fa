package body

import "testing"

// TestFootCreditLines: credit lines at a story's foot that normalize reads
// as people or outlets open with a byline label (bylineLine), so the
// shape rules leave them at the body's end: a credit in brackets, the
// Indonesian "Laporan:"/"Redaktur:" labels, German "Mitarbeit:" and
// "Mit Material von", French "Avec" and "Propos recueillis par",
// Spanish "Con información de", English "Editing by". Rubrics that open
// with the same word but no colon ("Laporan Khusus", "Editor Pilihan"),
// and words the label only begins, are none.
func TestFootCreditLines(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text string
		want bool
	}{
		{"(Reporter: Jana Novak)", true},
		{"Laporan: Rina Lestari | Editor: Agus Santoso", true},
		{"Redaktur: Agus Santoso", true},
		{"Editor : Agus Santoso", true},
		{"Mitarbeit: Anna Berger", true},
		{"Mit Material von dpa und AFP", true},
		{"Mit Informationen von Reuters und AP", true},
		{"Mit Informationen der Nachrichtenagenturen AFP und KNA", true},
		{"Mit Material der Agenturen dpa und epd", true},
		{"Mit Informationsfreiheit hat das nichts zu tun", false},
		{"Avec AFP", true},
		{"Propos recueillis par Marie Dupont", true},
		{"Con información de EFE y Europa Press.", true},
		{"Editing by Tom Okafor", true},
		{"By Jana Novak", true},
		{"Laporan Khusus", false},
		{"Editor Pilihan", false},
		{"Editorial", false},
		{"Avecilla won the race", false},
		{"(dpa)", false},
	}
	for _, tt := range tests {
		if got := lx.bylineLine(tt.text); got != tt.want {
			t.Errorf("bylineLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// At the body's end the credit stays for normalize; a rubric goes.
	prose := "The council voted on Tuesday to close the old bridge to traffic, after engineers found deep cracks in two of its piers."
	for _, tc := range []struct {
		last string
		kept int
	}{
		{"Mit Material von dpa und AFP", 2},
		{"Mit Informationen von Reuters und AP", 2},
		{"(Reporter: Jana Novak)", 2},
		{"Laporan Khusus", 1},
	} {
		blocks := []rawBlock{{kind: Paragraph, text: prose}, {kind: Paragraph, text: tc.last}}
		if got := trimEdges(blocks, make([]float64, 2), lx, []int{0, 1}); len(got) != tc.kept {
			t.Errorf("trimEdges(prose, %q) keeps %d blocks, want %d", tc.last, len(got), tc.kept)
		}
	}
}
