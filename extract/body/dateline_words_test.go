package body

import "testing"

// TestDateLineMoreWords: stamps that only date the article in Dutch
// ("uur"), French ("Mise à jour"), Italian ("alle ore"), Portuguese ("às
// 10 horas") and Czech (its months and labels) are date lines; sentences
// with the same words are not.
func TestDateLineMoreWords(t *testing.T) {
	lx := builtin()
	tests := map[string]bool{
		"Bijgewerkt op 4 maart 2026 om 10.15 uur":      true,
		"Mise à jour le 4 mars 2026 à 10h15":           true,
		"Aggiornato il 4 marzo 2026 alle ore 10:15":    true,
		"Atualizado em 4 de março de 2026 às 10 horas": true,
		"Aktualizováno 4. března 2026 v 10:15":         true,
		"Publikováno: 12. října 2025":                  true,
		"Om 10.15 uur vertrok de bus naar de haven.":   false,
		"Mise à jour du plan de transport le 4 mars":   false,
		"V 10:15 odjel autobus do přístavu.":           false,
	}
	for s, want := range tests {
		if got := lx.dateLine(s); got != want {
			t.Errorf("dateLine(%q) = %v, want %v", s, got, want)
		}
	}
}
