package normalize

import "testing"

// TestDatelineFalseLeadIns: three lead-ins set off by a dash as a
// dateline is, that name no place: a sports competition ("Serie A –",
// the words of [competitions]), a headline in title case with its small
// words capitalised, and a person's name after an abbreviated title.
// Real datelines with a small word inside the town's name, or a
// competition word nowhere in it, still read. The texts are invented.
func TestDatelineFalseLeadIns(t *testing.T) {
	lx := loadLexicon()
	for _, para := range []string{
		"Serie B – Il Castelrosso ha vinto in trasferta.",
		"Coppa Italia – La squadra di casa ha perso ai rigori.",
		"Bundesliga – Der FC Talheim hat das Derby gewonnen.",
		"Liga MX – El equipo de Valle Alto ganó de visita.",
		"Premier League — Northfield won again at home.",
		"Ligue 1 – Le club de Vernay a perdu.",
		"Taça de Portugal – O clube de Alvarenga venceu.",
		"Big Win For Locals - The Valley Ledger team won the final.",
		"Storm Leaves Town In The Dark — Crews worked through the night.",
		"Dr. Jane Whitcombe – The council met on Tuesday.",
		"Prof. Karl Brenner – Die Stadt hat entschieden.",
	} {
		if dl := lx.readDateline(para, ""); dl != nil {
			t.Errorf("readDateline(%q) = %+v, want none", para, dl)
		}
	}
	tests := []struct {
		para, place, source string
	}{
		{"Rio de Janeiro – O governo anunciou um plano.", "Rio de Janeiro", ""},
		{"Ciudad de México, 3 de marzo (EFE).- El gobierno anunció un plan.", "Ciudad de México", "EFE"},
		{"Frankfurt am Main (dpa) - Die Börse hat nachgegeben.", "Frankfurt am Main", "dpa"},
		{"LOS ANGELES (AP) — Lawmakers said on Tuesday.", "LOS ANGELES", "AP"},
		{"Aix-en-Provence (AFP) - Le maire a annoncé un plan.", "Aix-en-Provence", "AFP"},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %q (%q)", tt.para, dl, tt.place, tt.source)
		}
	}
}
