package normalize

import (
	"slices"
	"testing"
)

// TestSisterOutletIsNoSource: an outlet the text names as one of the
// site's own family ("our sister station X", "die Schwesterzeitung X",
// "el diario hermano X") is no source (FIELDS.md), though a cue cites it
// elsewhere in the story. Look-alikes: another outlet cited beside it, and
// "sister" of a person.
func TestSisterOutletIsNoSource(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		paras []string
		want  []string
	}{
		{[]string{"Valley Ledger's sister station VLTV reported the closure first."}, nil},
		{[]string{"Our sister paper Harbor Weekly first reported the closure.", "The closure was confirmed on Monday, Harbor Weekly reported, according to Reuters."}, []string{"Reuters"}},
		{[]string{"Der Plan wurde aufgegeben, wie die Schwesterzeitung Talboter Anzeiger berichtet."}, nil},
		{[]string{"El plan fue abandonado, según informó el diario hermano Heraldo del Valle."}, nil},
		{[]string{"His sister Mara Quill told the Harbor Gazette the plan was dropped."}, []string{"Harbor Gazette"}},
	}
	for _, tt := range tests {
		got := lx.readSources(tt.paras, "Valley Ledger", "valleyledger.example")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sources %q, want %q", tt.paras, got, tt.want)
		}
	}
}
