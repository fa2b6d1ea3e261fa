package normalize

import "testing"

// TestDatelineAgencyAfterDate: national agencies print their credit after
// the date with no brackets ("Accra, May 3, GNA -"); the agencies whose
// names run past three capitals are listed in en.lex [outlets]. The texts
// are invented.
func TestDatelineAgencyAfterDate(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, place, source string
	}{
		{"Kumasi, Oct 14, GNA - The regional minister opened a new market.", "Kumasi", "GNA"},
		{"Isfahan, Feb 2, IRNA -- Officials said the dam was full.", "Isfahan", "IRNA"},
		{"KUWAIT CITY, March 8, KUNA -- The cabinet approved the budget.", "KUWAIT CITY", "KUNA"},
		{"Tamale, June 9, GNA - The assembly met to discuss roads.", "Tamale", "GNA"},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %q (%q)", tt.para, dl, tt.place, tt.source)
		}
	}
	// A region or a person after the date is no agency.
	for _, para := range []string{
		"Kumasi, Oct 14, Ashanti Region - The minister opened a market.",
		"Kumasi, Oct 14, Kwame Mensah - The minister opened a market.",
	} {
		if dl := lx.readDateline(para, ""); dl != nil && dl.Source != "" {
			t.Errorf("readDateline(%q) = %+v, want no source", para, dl)
		}
	}
}
