package normalize

import "testing"

// TestDatelineWireForms24: wire datelines of three habits the table
// did not read. Czech wire copy sets the date after the place with no
// comma ("Brno 3. května (ČTK) -"); Spanish wire copy prints its block
// on a line of its own, the day of the month alone before the agency
// ("SEVILLA, 14 (AGENCIA)"); Polish writes "r." or "roku" after the year
// ("3 maja 2024 r."). The texts are invented.
func TestDatelineWireForms24(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, place, source string
	}{
		{"Olomouc 14. března (ČTK) - Radnice opravila most přes řeku.", "Olomouc", "ČTK"},
		{"Hradec Králové 2. ledna (ČTK) - Nemocnice otevřela nové oddělení.", "Hradec Králové", "ČTK"},
		{"Liberec 30. září (ČTK) – Hasiči zasahovali u požáru skladu.", "Liberec", "ČTK"},
		{"BILBAO, 14 (Agencia Norte)", "BILBAO", "Agencia Norte"},
		{"VALLADOLID, 2 (EUROPA PRESS)", "VALLADOLID", "EUROPA PRESS"},
		{"Santander, 27 (Servimedia)", "Santander", "Servimedia"},
		{"Lublin, 9 czerwca 2023 r. - Radni przyjęli budżet miasta.", "Lublin", ""},
		{"ŁÓDŹ, 17 listopada 2022 roku – Tramwaje wróciły na trasę.", "ŁÓDŹ", ""},
		{"Poznań, 4 lutego 2025 r. (PAP) - Policja zatrzymała kierowcę.", "Poznań", "PAP"},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %q (%q)", tt.para, dl, tt.place, tt.source)
		}
	}
	// Sentences that only look like these forms: the body goes on after
	// the bracket with no separator, the day stands in running text, the
	// year mark follows no year.
	for _, para := range []string{
		"Vláda 14. března (ČTK) schválila nový zákon o dopravě.",
		"Madrid, 14 (según la agencia) fue una jornada tranquila en la ciudad.",
		"Radni przyjęli budżet, r. 2025 zamknięto nadwyżką.",
	} {
		if dl := lx.readDateline(para, ""); dl != nil {
			t.Errorf("readDateline(%q) = %+v, want none", para, dl)
		}
	}
}
