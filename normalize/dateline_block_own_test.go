package normalize

import "testing"

// TestDatelineBlockOfItsOwn24: a template may set the dateline in an
// element of its own over the story, so that it stands as the body's
// first paragraph: the place and the agency ("GENEVA (AFP)", "Hamburg
// (dpa)"), or the place and the date ("KUCHING, Dec 2"). The place must
// be one that cannot be a person's name: upper case, with a region, or
// one the lexicons know; a name in mixed case before an agency is a
// byline. The texts are invented.
func TestDatelineBlockOfItsOwn24(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, place, source string
	}{
		{"GENEVA (AFP)", "GENEVA", "AFP"},
		{"Hamburg (dpa)", "Hamburg", "dpa"},
		{"Berlin (Valley Wire)", "Berlin", "Valley Wire"},
		{"BRAMPTON, Ont. (Valley Wire)", "BRAMPTON, Ont.", "Valley Wire"},
		{"KUCHING, Dec 2", "KUCHING", ""},
		{"Madrid, 3 de marzo de 2025", "Madrid", ""},
		{"NAIROBI, Kenya, June 9", "NAIROBI, Kenya", ""},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %q (%q)", tt.para, dl, tt.place, tt.source)
		}
	}
	for _, para := range []string{
		"Jane Whitcombe (Valley Wire)",
		"Tomas Brenner (AFP)",
		"Quarry Road (Valley Ledger)",
		"Updated March 3",
	} {
		if dl := lx.readDateline(para, ""); dl != nil {
			t.Errorf("readDateline(%q) = %+v, want none", para, dl)
		}
	}
}
