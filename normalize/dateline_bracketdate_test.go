package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineBracketDate covers the place followed by its date in
// brackets and a colon or dash ("PLACE (DATE) COLON", "PLACE (DATE)
// DASH"), and brackets that hold something other than a date alone.
func TestDatelineBracketDate(t *testing.T) {
	lx := loadLexicon()
	dl := func(place string) *kabar.Dateline { return &kabar.Dateline{Place: place} }
	tests := []struct {
		name, para string
		want       *kabar.Dateline
	}{
		{"month day colon", "KUCHING (Nov 3): Two ferries collided near the river mouth.", dl("KUCHING")},
		{"two words dash", "SHAH ALAM (Dec 1) - The state assembly sat until midnight.", dl("SHAH ALAM")},
		{"em dash", "JOHOR BAHRU (Feb 14) — Traffic at the causeway eased.", dl("JOHOR BAHRU")},
		{"day month colon", "GALLE (3 March): Fishermen stayed ashore for a second day.", dl("GALLE")},
		{"full month and year", "KARACHI (March 3, 2025): The port reopened after the storm.", dl("KARACHI")},
		{"abbreviated month stop", "KOTA KINABALU (Jan. 9): A landslide cut the coastal road.", dl("KOTA KINABALU")},
		{"mixed case", "Penang (Oct 2) - Hawkers welcomed the new rules.", dl("Penang")},
		{"day month year dash", "BATTICALOA (12 January 2026) - Floods closed schools.", dl("BATTICALOA")},
		// Not a date alone in the bracket: no (DATE) reading.
		{"words in bracket", "The plan (in three stages): Work starts in May.", nil},
		{"numeric date alone", "Pekanbaru (3/6) - Warga mengeluhkan kabut asap.", nil},
		{"number in bracket", "Section (3): Tenants may appeal within a month.", nil},
		{"date then lower case", "KLANG (Nov 3) - yang lalu, warga berkumpul.", nil},
	}
	for _, tt := range tests {
		if got := lx.readDateline(tt.para, ""); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: readDateline(%q) = %+v, want %+v", tt.name, tt.para, got, tt.want)
		}
	}
}
