package normalize

import "testing"

// TestSitePromoApostrophes: a request to the reader reads the same with a
// typographic apostrophe (’, ʼ) as with the typewriter one the cues are
// written with ("hier geht's zur"); a story's sentence with the same
// apostrophes stays.
func TestSitePromoApostrophes(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, site, domain string
		want               bool
	}{
		{"„Guten Morgen, Tal“: Der Talpost-Newsletter bringt Ihnen werktags das Wichtigste. Hier geht’s zur Anmeldung!", "Talpost", "talpost.de", true},
		{"Der Talpost-Newsletter bringt Ihnen werktags das Wichtigste. Hier geht's zur Anmeldung!", "Talpost", "talpost.de", true},
		{"Alles aus der Region im Talpost-Podcast: Hier geht’s zum Podcast.", "Talpost", "talpost.de", true},
		{"Alles aus der Region im Talpost-Podcast: Hier gehtʼs zum Podcast.", "Talpost", "talpost.de", true},
		// The site named, the apostrophe in prose, no request.
		{"Die Talpost hat’s vorher berichtet: Der Bürgermeister geht’s ruhig an.", "Talpost", "talpost.de", false},
		{"It’s the Cape Ledger’s third report on the harbour this year.", "Cape Ledger", "capeledger.com", false},
	}
	for _, tt := range tests {
		if got := lx.isSitePromo(tt.para, tt.site, tt.domain); got != tt.want {
			t.Errorf("isSitePromo(%q, %q) = %v, want %v", tt.para, tt.site, got, tt.want)
		}
	}
}
