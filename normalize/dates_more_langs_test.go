package normalize

import "testing"

// TestDateWordsMoreLanguages: a date written out in Russian, Slovak,
// Italian, Portuguese or Dutch — a day name, a month in the form a date
// prints it (genitive, nominative or abbreviated) — reads as the other
// languages' dates do (the names are general language data of the .lex
// files), and a day name alone gives no date.
func TestDateWordsMoreLanguages(t *testing.T) {
	lx := loadLexicon()
	checkParseDates(t, lx, []dateCase{
		{"7 декабря 2026, 14:30", "2026-12-07T14:30:00Z"},
		{"Понедельник, 7 декабря 2026 г.", "2026-12-07T00:00:00Z"},
		{"3 сент. 2025 года, 09:05", "2025-09-03T09:05:00Z"},
		{"12 мая 2024", "2024-05-12T00:00:00Z"},
		{"Pondelok, 7. decembra 2026, 8:15", "2026-12-07T08:15:00Z"},
		{"21. júla 2025", "2025-07-21T00:00:00Z"},
		{"Lunedì 7 dicembre 2026, 10:40", "2026-12-07T10:40:00Z"},
		{"venerdi 3 lug. 2025", "2025-07-03T00:00:00Z"},
		{"Segunda-feira, 7 de dezembro de 2026 às 11:20", "2026-12-07T11:20:00Z"},
		{"3 fev 2025", "2025-02-03T00:00:00Z"},
		{"maandag 7 december 2026, 13:00", "2026-12-07T13:00:00Z"},
		{"3 mrt. 2025", "2025-03-03T00:00:00Z"},
		{"Понедельник", ""},
		{"Pondelok", ""},
	})
}

// TestDatelineMoreLanguagesMonths: a wire dateline dated with a Russian,
// Slovak or Italian month reads as the others do.
func TestDatelineMoreLanguagesMonths(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ para, place, source string }{
		{"МОСКВА, 7 декабря (ТАСС) — Правительство утвердило план ремонта дорог.", "МОСКВА", "ТАСС"},
		{"КАЗАНЬ, 3 сент. (Вести Поволжья) — В городе открыли новый мост.", "КАЗАНЬ", "Вести Поволжья"},
		{"BRATISLAVA, 7. decembra (TASR) – Vláda schválila plán opráv ciest.", "BRATISLAVA", "TASR"},
		{"TORINO, 3 lug (Agenzia Valle) - Il consiglio ha approvato il bilancio.", "TORINO", "Agenzia Valle"},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %s (%s)", tt.para, dl, tt.place, tt.source)
		}
	}
}
