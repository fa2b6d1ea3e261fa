package normalize

import "testing"

// TestTurkishCreditLabels: the reporter's, editor's and translator's
// labels of Turkish pages ("Muhabir:", "Editör:", "Çeviri:") read as
// credits of their role.
func TestTurkishCreditLabels(t *testing.T) {
	lx := loadLexicon()
	checkCreditRoles(t, lx, []creditRoleCase{
		{"", "Muhabir: Selin Akbulut", "[{Selin Akbulut reporter}]"},
		{"", "Editör: Kaan Demirkol", "[{Kaan Demirkol editor}]"},
		{"", "Muhabir: Selin Akbulut | Editör: Kaan Demirkol", "[{Selin Akbulut reporter} {Kaan Demirkol editor}]"},
		{"", "Çeviri: Deniz Aksoy", "[{Deniz Aksoy translator}]"},
	})
}
