package normalize

import "testing"

// TestRomanianQuotes holds invented Romanian reports: „” quotes
// attributed after the quote by an auxiliary and a participle before
// the subject ('„…”, a declarat Ene'), by a present tense, and an office
// with its article before a name, which is no part of it.
func TestRomanianQuotes(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"auxiliary and participle; present; office", "ro", []string{
			"Primarul Radu Ene a inaugurat luni noul pod peste râul din oraș.",
			"„Podul a fost construit în doar doi ani și fără bani în plus”, a declarat Ene.",
			"Ministrul Ioana Marinescu a venit și ea la inaugurare.",
			"„Urmează încă trei poduri în județ până la sfârșitul anului viitor”, spune Marinescu.",
		}, []string{"Radu Ene: Podul a fost construit", "Ioana Marinescu: Urmează încă trei poduri"}},
	})
}

// TestRomanianCreditsAndDates: the labels of a Romanian credit line, its
// dates in both spellings of "ș"/"ț", and a wire dateline.
func TestRomanianCreditsAndDates(t *testing.T) {
	lx := loadLexicon()
	checkCreditRoles(t, lx, []creditRoleCase{
		{"ro", "Autor: Ioana Marinescu", "[{Ioana Marinescu reporter}]"},
		{"ro", "Text și foto: Radu Ene", "[{Radu Ene reporter}]"},
		{"ro", "Traducere: Ioana Marinescu", "[{Ioana Marinescu translator}]"},
	})
	checkParseDates(t, lx, []dateCase{
		{"Luni, 7 decembrie 2026, 14:30", "2026-12-07T14:30:00Z"},
		{"marţi, 3 iun. 2025", "2025-06-03T00:00:00Z"},
		{"Sâmbătă, 12 septembrie 2026", "2026-09-12T00:00:00Z"},
	})
	para := "CLUJ-NAPOCA, 7 decembrie (Agerpres Vest) - Consiliul local a aprobat bugetul pe anul viitor."
	if dl := lx.readDateline(para, ""); dl == nil || dl.Place != "CLUJ-NAPOCA" {
		t.Errorf("readDateline(%q) = %+v, want CLUJ-NAPOCA", para, dl)
	}
	ro := "Consiliul local a aprobat luni bugetul pe anul viitor, care prevede bani pentru trei poduri noi și pentru școli. Primarul a spus că lucrările vor începe după ce vor fi semnate contractele, însă data exactă nu este încă stabilită."
	if got := lx.language("ro", ro, "valealedger.example"); got != "ro" {
		t.Errorf("Romanian text declared ro: language = %q, want ro", got)
	}
}
