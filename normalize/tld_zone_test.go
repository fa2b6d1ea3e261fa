package normalize

import "testing"

// TestTLDZones: a date that names no zone takes the zone of the country
// the site's domain names when the country keeps one, whatever the
// language (Spanish is spoken across zones, so it has no home zone; Spain
// and Argentina each have one), and a generic domain takes none from it.
func TestTLDZones(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ lang, domain, want string }{
		{"fr", "lequotidien-du-sud.fr", "Europe/Paris"},
		{"fr", "journal-de-liege.be", "Europe/Brussels"},
		{"es", "diario-del-puerto.es", "Europe/Madrid"},
		{"es", "el-litoral-sur.ar", "America/Argentina/Buenos_Aires"},
		{"es", "noticias-del-valle.com", "UTC"},
		{"pt", "jornal-da-ribeira.pt", "Europe/Lisbon"},
		{"nl", "dagblad-noord.nl", "Europe/Amsterdam"},
		{"de", "abendpost-nord.de", "Europe/Berlin"},
		{"en", "harbour-times.co.uk", "Europe/London"},
		{"en", "deccan-ledger.in", "Asia/Kolkata"},
		{"en", "valley-ledger.com", "UTC"},
		// The language's home zone still holds where the domain says nothing.
		{"id", "kabarkota.com", "Asia/Jakarta"},
		// .co is sold to sites of every country: no zone of its own.
		{"id", "beritalaut.co", "Asia/Jakarta"},
	}
	for _, tt := range tests {
		if got := lx.siteZone("", tt.lang, tt.domain).String(); got != tt.want {
			t.Errorf("siteZone(%q, %q) = %s, want %s", tt.lang, tt.domain, got, tt.want)
		}
	}
}
