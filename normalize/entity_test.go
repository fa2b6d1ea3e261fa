package normalize

import "testing"

// TestKindOf checks the one person/organisation/place decision on names
// of several languages.
func TestKindOf(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name         string
		site, domain string
		want         entityKind
	}{
		// People.
		{"Clara Oyelaran", "", "", kindPerson},
		{"Marisol T. Okonkwo", "", "", kindPerson},
		{"Ahmad bin Ali", "", "", kindPerson},
		{"Sri Mulyani Indrawati", "", "", kindPerson},
		{"Lucía Ramírez Ortega", "", "", kindPerson},
		{"Helen Bishop", "", "", kindPerson},
		// Organisations: organisation words, acronyms, compounds, articles.
		{"Universitas Gadjah Mada", "", "", kindOrganisation},
		{"Dinas Pekerjaan Umum", "", "", kindOrganisation},
		{"Nurses and Midwives Union", "", "", kindOrganisation},
		{"BMKG", "", "", kindOrganisation},
		{"MIPA UI", "", "", kindOrganisation},
		{"Datenschutzbehörde", "", "", kindOrganisation},
		{"Bundesverteidigungsministerium", "", "", kindOrganisation},
		{"Organización Andina de Puertos", "", "", kindOrganisation},
		{"the Himalayan Database", "", "", kindOrganisation},
		// Places: lexicon places and compass words.
		{"South America", "", "", kindPlace},
		{"North Carrowmere", "", "", kindPlace},
		{"Sumatera Selatan", "", "", kindPlace},
		{"Kalimantan Tengah", "", "", kindPlace},
		{"Massachusetts", "", "", kindPlace},
		{"Jakarta", "", "", kindPlace},
		// Outlets, the page's own site among them.
		{"Reuters", "", "", kindOutlet},
		{"detikcom", "detikcom", "detik.com", kindOutlet},
		{"Harian Pagi", "Harian Pagi", "harianpagi.id", kindOutlet},
		// A lone word the lexicons do not place.
		{"Levy", "", "", kindUnknown},
		{"", "", "", kindUnknown},
	}
	for _, tt := range tests {
		if got := lx.kindOf(tt.name, tt.site, tt.domain); got != tt.want {
			t.Errorf("kindOf(%q, %q, %q) = %d, want %d", tt.name, tt.site, tt.domain, got, tt.want)
		}
	}
}

// TestIsExpansion checks acronyms spelt out by the words before them.
func TestIsExpansion(t *testing.T) {
	tests := []struct {
		words []string
		acr   string
		want  bool
	}{
		{[]string{"Nomor", "Pokok", "Wajib", "Pajak"}, "NPWP", true},
		{[]string{"Hijab", "Hacks", "with", "Ukhti", "Diza"}, "HHUD", true},
		{[]string{"Badan", "Meteorologi", "Klimatologi", "dan", "Geofisika"}, "BMKG", true},
		{[]string{"Agus", "Santoso"}, "PDIP", false},
		{[]string{"Tim", "Harlow"}, "TH", true},
		{[]string{"Tim", "Harlow"}, "ČSSD", false},
		{[]string{"Budi"}, "B", false},
	}
	for _, tt := range tests {
		if got := isExpansion(tt.words, tt.acr); got != tt.want {
			t.Errorf("isExpansion(%q, %q) = %v, want %v", tt.words, tt.acr, got, tt.want)
		}
	}
}
