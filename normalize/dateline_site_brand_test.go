package normalize

import (
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineSiteBrandFirst covers the site's own name, without its
// domain, opening a dateline before a dash and the place ("Brand — City,",
// "BRAND - CITY -") or before a comma and the place in capitals ("Brand,
// CITY -"): the brand is the source and the city the place. The site's
// name alone before a dash, or before a comma and a region in mixed case,
// stays a place, as a city's paper is often named after it ("CLEVELAND —
// …", "CLEVELAND, Ohio —" on cleveland.com).
func TestDatelineSiteBrandFirst(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, site string
		want       *kabar.Dateline
	}{
		{"Kabarina — Padang, harga cabai turun lagi pekan ini.", "Kabarina", &kabar.Dateline{Place: "Padang", Source: "Kabarina"}},
		{"SUARATIMUR - AMBON - Nelayan kembali melaut.", "SuaraTimur", &kabar.Dateline{Place: "AMBON", Source: "SUARATIMUR"}},
		{"Lintasan – BITUNG. Warga berkumpul di pelabuhan.", "Lintasan", &kabar.Dateline{Place: "BITUNG", Source: "Lintasan"}},
		{"KABARINA, PADANG - Harga cabai turun lagi pekan ini.", "Kabarina", &kabar.Dateline{Place: "PADANG", Source: "KABARINA"}},
		{"Lintasan, BITUNG — Warga berkumpul di pelabuhan.", "Lintasan", &kabar.Dateline{Place: "BITUNG", Source: "Lintasan"}},
		// After the place, the site's name is the source whatever
		// follows it.
		{"Padang, Kabarina — Harga cabai turun lagi pekan ini.", "Kabarina", &kabar.Dateline{Place: "Padang", Source: "Kabarina"}},
		{"AMBON, SUARATIMUR - Nelayan kembali melaut.", "SuaraTimur", &kabar.Dateline{Place: "AMBON", Source: "SUARATIMUR"}},
		// The site named after its city, opening a place-first dateline.
		{"TOLEDO — The council met on Monday.", "Toledo", &kabar.Dateline{Place: "TOLEDO"}},
		{"TOLEDO, Ohio — The council met on Monday.", "Toledo", &kabar.Dateline{Place: "TOLEDO, Ohio"}},
		{"Toledo, Ohio — The council met on Monday.", "Toledo", &kabar.Dateline{Place: "Toledo, Ohio"}},
	}
	for _, tc := range tests {
		got := lx.readDateline(tc.para, tc.site)
		if got == nil || *got != *tc.want {
			t.Errorf("readDateline(%q, %q) = %+v, want %+v", tc.para, tc.site, got, tc.want)
		}
	}
}
