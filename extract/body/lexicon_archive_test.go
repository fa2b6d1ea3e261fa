package body

import "testing"

// TestPersonalArchiveCredits: a picture credited to the subject's own
// collection, standing alone under the picture, is a credit in each
// language; prose that opens with the same words as a subject stays.
func TestPersonalArchiveCredits(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Personal archive of Mara Whitfield", dropCredit},
		{"From the personal archive of the Okafor family", dropCredit},
		{"Family handout", dropCredit},
		{"личный архив Марии Беловой", dropCredit},
		{"Из личного архива Павла Серова", dropCredit},
		{"Privatarchiv Jonas Feldmann", dropCredit},
		{"Archives personnelles de Léa Moreau", dropCredit},
		{"Archivo personal de Lucía Ortega", dropCredit},
		{"Arquivo pessoal/Rita Campos", dropCredit},
		{"Archivio personale di Marco Ferri", dropCredit},
		{"Eigen archief", dropCredit},
		{"Archiwum prywatne Anny Nowak", dropCredit},
		{"Soukromý archiv Jany Dvořákové", dropCredit},
		{"Kişisel arşiv", dropCredit},
		{"Dok. Pribadi Rina Wulandari", dropCredit},
		{"Arsip pribadi keluarga Santoso", dropCredit},
		// Prose.
		{"Personal archives of the late poet were sold at auction on Monday, the house said.", keep},
		{"Das Familienarchiv liegt heute im Stadtmuseum, sagte die Kuratorin.", keep},
		{"Arsipnya kini disimpan di perpustakaan daerah.", keep},
	})
}
