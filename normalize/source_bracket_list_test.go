package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestSourceBracketLists covers agencies credited in brackets closing a
// paragraph, several at once: parted by commas as well as slashes, and
// agencies that write their names in lower case beside a capitalised
// one. Look-alikes: editors' initials that spell an agency, and a
// bracket that names a place or a price after its comma.
func TestSourceBracketLists(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"comma list", "The ferry service will resume on Friday, the port authority said. (AFP, Reuters)", []string{"AFP", "Reuters"}},
		{"lower-case agency after a capitalised one", "Die Fähre soll am Freitag wieder fahren, teilte die Hafenbehörde mit. (AFP/dpa)", []string{"AFP", "dpa"}},
		{"lower-case agency first", "Die Fähre soll am Freitag wieder fahren, teilte die Hafenbehörde mit. (dpa/Reuters)", []string{"dpa", "Reuters"}},
		{"slash list as before", "Kapal feri kembali beroperasi pada Jumat, kata otoritas pelabuhan. (Antara/Reuters)", []string{"Antara", "Reuters"}},
		{"editors' initials", "Kapal feri kembali beroperasi pada Jumat, kata otoritas pelabuhan. (ant/rdn)", nil},
		{"lower-case agency alone", "Kapal feri kembali beroperasi pada Jumat, kata otoritas pelabuhan. (afp)", nil},
		{"place after a comma", "The reef lies south of the main island chain. (Coral Bay, Queensland)", nil},
		{"price after a comma", "A good start for a small kitchen is this blender. (Harbour Home, £25)", nil},
	})
}

// TestClosingAgencyBracketStays covers the brackets that close the last
// paragraph: agencies ("(AFP/dpa)") are a credit the text keeps and the
// sources name, where editors' initials ("(mea/mea)") leave the text and
// name no one.
func TestClosingAgencyBracketStays(t *testing.T) {
	tests := []struct {
		name, last, wantEnd string
		wantSources         []string
	}{
		{"agencies", "Die Fähre soll am Freitag wieder fahren, teilte die Hafenbehörde am Abend mit. (AFP/dpa)", "(AFP/dpa)", []string{"AFP", "dpa"}},
		{"initials", "Kapal feri kembali beroperasi pada Jumat, kata juru bicara otoritas pelabuhan. (mea/mea)", "pelabuhan.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &extract.Page{
				URL:   "https://www.hafenblatt.example/news/1",
				Title: "Die Fähre fährt wieder",
				Body:  paras("Nach drei Wochen Pause wegen eines Sturmschadens am Anleger soll der Fährverkehr zur Insel wieder aufgenommen werden.", tt.last),
			}
			a := Normalize(p, Options{})
			if !strings.HasSuffix(a.Text, tt.wantEnd) || !slices.Equal(a.Sources, tt.wantSources) {
				t.Errorf("text ends %q, sources %q; want text ending %q, sources %q", a.Text[max(0, len(a.Text)-40):], a.Sources, tt.wantEnd, tt.wantSources)
			}
		})
	}
}
