package normalize

import "testing"

// TestBodyBeforeFusedPreposition: German fuses a preposition with its
// article ("am Abend", "zum Schluss", "beim Pressetermin"); such a word
// after a body speaking as itself closes the body's phrase as "im" did,
// so "teilte die Polizei am Abend mit" is the police, not the last person
// who spoke. Invented articles.
func TestBodyBeforeFusedPreposition(t *testing.T) {
	lx := loadLexicon()
	pre := `Bürgermeister Jens Halber eröffnete die Brücke. „Wir sind sehr stolz auf diese neue Brücke“, sagte Halber.`
	checkSpeakers(t, lx, []quoteCase{
		{"am", "de", []string{pre, `„Verletzt wurde bei dem Einsatz zum Glück niemand“, teilte die Polizei am Abend mit.`}, []string{"Jens Halber", "die Polizei"}},
		{"zum", "de", []string{pre, `„Die Kosten steigen im nächsten Jahr noch einmal deutlich“, erklärte die Stadtverwaltung zum Abschluss der Sitzung.`}, []string{"Jens Halber", "die Stadtverwaltung"}},
		{"beim", "de", []string{pre, `„Das Wasser war nach dem Regen tagelang trüb und braun“, sagte die Familie beim Ortstermin.`}, []string{"Jens Halber", "die Familie"}},
	})
}
