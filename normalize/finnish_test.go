package normalize

import "testing"

// TestFinnish holds invented Finnish lines: a quote attributed after it
// by a verb and a name, a credit line, and dates as Finnish prints them
// (the partitive month after a day with its full stop, "klo 14.30").
func TestFinnish(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"verb then name", "fi", []string{
			"Pormestari Aino Virtanen avasi maanantaina uuden sillan kaupungin keskustassa.",
			"”Silta valmistui kahdessa vuodessa ja ilman lisärahaa”, sanoo Virtanen.",
		}, []string{"Aino Virtanen: Silta valmistui"}},
	})
	checkCreditRoles(t, lx, []creditRoleCase{
		{"fi", "Teksti: Aino Virtanen", "[{Aino Virtanen reporter}]"},
		{"fi", "Kuvat: Eero Laine", "[{Eero Laine photographer}]"},
	})
	checkParseDates(t, lx, []dateCase{
		{"maanantai 7. joulukuuta 2026 klo 14.30", "2026-12-07T14:30:00Z"},
		{"3. syyskuuta 2025", "2025-09-03T00:00:00Z"},
	})
}
