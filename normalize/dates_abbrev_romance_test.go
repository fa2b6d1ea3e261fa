package normalize

import "testing"

// TestRomanceMonthAbbreviations: the abbreviated months of Spanish and
// French date lines and wire datelines read as whole names do.
func TestRomanceMonthAbbreviations(t *testing.T) {
	lx := loadLexicon()
	checkParseDates(t, lx, []dateCase{
		{"7 dic. 2026 - 14:30", "2026-12-07T14:30:00Z"},
		{"3 abr 2025", "2025-04-03T00:00:00Z"},
		{"lundi 7 déc. 2026 à 14h30", "2026-12-07T14:30:00Z"},
		{"12 juil. 2024", "2024-07-12T00:00:00Z"},
		{"3 févr. 2025", "2025-02-03T00:00:00Z"},
	})
	for _, tt := range []struct{ para, place, source string }{
		{"SEVILLA, 7 Dic. (Agencia Valle) - El ayuntamiento aprobó el presupuesto del año próximo.", "SEVILLA", "Agencia Valle"},
		{"LYON, 3 avr (Agence Rhône) - La mairie a voté le budget de l'année prochaine.", "LYON", "Agence Rhône"},
	} {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %s (%s)", tt.para, dl, tt.place, tt.source)
		}
	}
}

// TestFrenchClock: the French "14h30" is a time of day, in a date line
// as "14:30" is; a lone "14h" or an "h" with one-digit minutes is none.
func TestFrenchClock(t *testing.T) {
	lx := loadLexicon()
	checkParseDates(t, lx, []dateCase{
		{"Publié le 7 décembre 2026 à 14h30", "2026-12-07T14:30:00Z"},
		{"Mis à jour le 7 déc. 2026 à 9h05", "2026-12-07T09:05:00Z"},
		{"7 décembre 2026 à 14h", "2026-12-07T00:00:00Z"},
		{"7 décembre 2026 à 14h3", "2026-12-07T00:00:00Z"},
	})
}
