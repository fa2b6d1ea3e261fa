package normalize

import "testing"

// TestCallSignIsOutlet covers broadcasters cited by their call sign alone
// ("according to KTVX", "told WFAA", "CKNW reported"): the sign's shape
// ([call-signs]) makes an outlet of what would be an unknown acronym, a
// band suffix may follow, and acronyms of the same shape that name a body
// or a firm ([call-sign-bodies]), or have another shape, cite no one.
func TestCallSignIsOutlet(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"according to, US west", "The creek rose two feet overnight, according to KQVR.", []string{"KQVR"}},
		{"told, US east", "Dana Hollis told WQMB she would rebuild the bakery.", []string{"WQMB"}},
		{"reported, Canadian", "The ferry will not sail before noon, CKVL reported.", []string{"CKVL"}},
		{"band suffix", "The ferry will not sail before noon, according to WQMB-FM.", []string{"WQMB-FM"}},
		{"a firm of the same shape", "Margins fell in the second quarter, according to KPMG.", nil},
		{"an agency of the same shape", "Two riders were suspended, according to WADA.", nil},
		{"three letters", "The outbreak slowed in May, according to WHO.", nil},
		{"five letters", "The outbreak slowed in May, according to WQMBX.", nil},
	})
}

// TestCallSignShape covers isCallSign's reading of the shape itself.
func TestCallSignShape(t *testing.T) {
	lx := loadLexicon()
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"KQVR", true}, {"WQMB-TV", true}, {"KQVR-HD2", true}, {"CJQT", true},
		{"Kqvr", false}, {"CQVR", false}, {"KQVR-", false}, {"KQVR-TVXYZ", false},
		{"KPMG", false}, {"WWII", false}, {"KQV", false},
	} {
		if got := lx.isCallSign(tt.name); got != tt.want {
			t.Errorf("isCallSign(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
