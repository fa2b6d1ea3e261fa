package normalize

import (
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestBylineJobWithDeterminer covers bylines that give a job title with
// only an article or a first-person word before it ("By Our
// Correspondent", "A Staff Reporter"), as papers print for unsigned
// copy: they name no one, so the word before the job is never taken for
// a name. A person named beside such a title stays.
func TestBylineJobWithDeterminer(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		line string
		want []string // nil: no credit
	}{
		{"By Our Correspondent", nil},
		{"BY OUR CORRESPONDENT", nil},
		{"By A Staff Reporter", nil},
		{"Our Staff Writer", nil},
		{"By Wanjiru Kamau, Our Correspondent", []string{"Wanjiru Kamau"}},
		{"By Obinna Eze, Staff Writer", []string{"Obinna Eze"}},
	}
	for _, tc := range tests {
		cs, _ := lx.parseByline(tc.line, kabar.RoleReporter, false, false)
		var got []string
		for _, c := range cs {
			got = append(got, c.name)
		}
		if len(got) != len(tc.want) {
			t.Errorf("parseByline(%q) = %q, want %q", tc.line, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("parseByline(%q) = %q, want %q", tc.line, got, tc.want)
				break
			}
		}
	}
}
