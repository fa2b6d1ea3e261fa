package normalize

import "testing"

// TestEditorAndTranslatorLabelsMoreLanguages: the editor's and the
// translator's labels of Dutch, the Scandinavian languages and the desk
// editors of English read as credits of their role.
func TestEditorAndTranslatorLabelsMoreLanguages(t *testing.T) {
	lx := loadLexicon()
	checkCreditRoles(t, lx, []creditRoleCase{
		{"", "Eindredactie: Pieter Smit", "[{Pieter Smit editor}]"},
		{"", "Tekst: Femke de Wit | Eindredactie: Pieter Smit", "[{Femke de Wit reporter} {Pieter Smit editor}]"},
		{"", "Vertaling: Femke de Wit", "[{Femke de Wit translator}]"},
		{"", "Redigert av Sigrid Halvorsen", "[{Sigrid Halvorsen editor}]"},
		{"", "Oversatt av Sigrid Halvorsen", "[{Sigrid Halvorsen translator}]"},
		{"", "Redigeret af Mette Kjær", "[{Mette Kjær editor}]"},
		{"", "Redigerad av Elin Lundqvist", "[{Elin Lundqvist editor}]"},
		{"", "Översättning: Elin Lundqvist", "[{Elin Lundqvist translator}]"},
		{"", "Sub-editor: Tamsin Greaves", "[{Tamsin Greaves editor}]"},
		{"", "Words: Olu Adebayo | Copy editor: Tamsin Greaves", "[{Olu Adebayo reporter} {Tamsin Greaves editor}]"},
	})
}
