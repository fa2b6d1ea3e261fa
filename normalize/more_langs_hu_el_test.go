package normalize

import "testing"

// TestHungarianGreek holds invented Hungarian and Greek lines: a quote attributed after it by a verb and a name, a credit line
// and dates as each language prints them (Hungarian with its year first).
func TestHungarianGreek(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"hu: dash, verb, name", "hu", []string{
			"Kovács Anna polgármester hétfőn átadta az új hidat a város központjában.",
			"„A híd két év alatt és többletköltség nélkül készült el” – mondta Kovács Anna.",
		}, []string{"Kovács Anna: A híd két év alatt"}},
		{"el: verb, article, name", "el", []string{
			"Ο δήμαρχος Νίκος Παππάς εγκαινίασε τη Δευτέρα τη νέα γέφυρα της πόλης.",
			"«Η γέφυρα χτίστηκε σε δύο χρόνια και χωρίς επιπλέον χρήματα», δήλωσε ο Νίκος Παππάς.",
		}, []string{"Νίκος Παππάς: Η γέφυρα χτίστηκε"}},
	})
	checkCreditRoles(t, lx, []creditRoleCase{
		{"hu", "Szerző: Kovács Anna", "[{Kovács Anna reporter}]"},
		{"el", "Κείμενο: Ελένη Ράλλη", "[{Ελένη Ράλλη reporter}]"},
	})
	checkParseDates(t, lx, []dateCase{
		{"2026. december 7., hétfő 14:30", "2026-12-07T14:30:00Z"},
		{"2025. szept. 3.", "2025-09-03T00:00:00Z"},
		{"Δευτέρα, 7 Δεκεμβρίου 2026, 14:30", "2026-12-07T14:30:00Z"},
		{"ΣΑΒΒΑΤΟ 12 ΣΕΠΤΕΜΒΡΙΟΥ 2026", "2026-09-12T00:00:00Z"},
	})
}
