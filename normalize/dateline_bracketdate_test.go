package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineBracketDate covers the place followed by its date in
// brackets and a colon or dash ("PLACE (DATE) COLON", "PLACE (DATE)
// DASH"), brackets that hold something other than a date alone, and the
// agency's bracket closed by a colon ("PLACE , DATE (SOURCE) COLON",
// "PLACE! (SOURCE) COLON"), which a speaker's name and outlet in a
// transcript must not pass for.
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
		// Before a colon a mixed-case word must be a known place: a
		// heading with its date is no dateline.
		{"heading with date colon", "Timeline (March 3): What happened when.", nil},
		{"known place mixed case colon", "Karachi (March 3): The port reopened.", dl("Karachi")},
		{"numeric date alone", "Pekanbaru (3/6) - Warga mengeluhkan kabut asap.", nil},
		{"number in bracket", "Section (3): Tenants may appeal within a month.", nil},
		{"date then lower case", "KLANG (Nov 3) - yang lalu, warga berkumpul.", nil},
	}
	// The agency's bracket closed by a colon.
	src := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests = append(tests, []struct {
		name, para string
		want       *kabar.Dateline
	}{
		{"date agency colon", "MULTAN, Nov 3 (APP): The district council met on Monday.", src("MULTAN", "APP")},
		{"date agency colon mixed", "Faisalabad, March 3 (APP): Wheat prices fell.", src("Faisalabad", "APP")},
		{"agency colon upper", "TROMSØ (NTB): Politiet rykket ut til en brann i natt.", src("TROMSØ", "NTB")},
		{"agency colon region", "BUFFALO, N.Y. (AP): Snow closed the schools.", src("BUFFALO, N.Y.", "AP")},
		{"speaker and outlet in a transcript", "Maria Lopez (BBC): What do you say to the families?", nil},
		{"mixed-case name and outlet", "Ahmed Karim (Reuters): Is the deal done?", nil},
	}...)
	for _, tt := range tests {
		if got := lx.readDateline(tt.para, ""); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: readDateline(%q) = %+v, want %+v", tt.name, tt.para, got, tt.want)
		}
	}
}
