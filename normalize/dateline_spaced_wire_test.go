package normalize

import "testing"

// TestDatelineSpacedWire24: a press-release wire that sets its name
// between spaced slashes before the date, and a slash after it ("CITY,
// ST / WIRE / March 4, 2024 / …"), gives the place and the wire; a
// byline laid out so ("Name / Staff / date") does not. The texts are
// invented.
func TestDatelineSpacedWire24(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, place, source string
	}{
		{"RENO, NV / VALLEYWIRE / March 4, 2024 / Acme Corp. today announced a deal.", "RENO, NV", "VALLEYWIRE"},
		{"SALT LAKE CITY, UT / ACCESSWIRE / June 9, 2025 / Harbor Labs named a new chief.", "SALT LAKE CITY, UT", "ACCESSWIRE"},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %q (%q)", tt.para, dl, tt.place, tt.source)
		}
	}
	for _, para := range []string{
		"Marta Whitcombe / Staff / March 4, 2024 / The council met.",
		"Tomas Brenner / Valley Ledger / June 9, 2025",
	} {
		if dl := lx.readDateline(para, ""); dl != nil {
			t.Errorf("readDateline(%q) = %+v, want none", para, dl)
		}
	}
}
