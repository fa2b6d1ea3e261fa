package normalize

import (
	"testing"

	"github.com/kabar-news/kabar"
)

// TestCreditRoleLabelsMoreLanguages: the contributor's, translator's and
// photographer's labels of Italian, Dutch, Polish, Czech and the
// Scandinavian languages, and the English loan "editing" of Italian wire
// credit lines, read as credits of their role, as their English
// equivalents do.
func TestCreditRoleLabelsMoreLanguages(t *testing.T) {
	lx := loadLexicon()
	ed, con, tr, ph := kabar.RoleEditor, kabar.RoleContributor, kabar.RoleTranslator, kabar.RolePhotographer
	checkCreditLines(t, lx, []creditLineCase{
		{"Hanno collaborato Livio Sarti e Nadia Ferro",
			[]credit{{name: "Livio Sarti", role: con}, {name: "Nadia Ferro", role: con}}},
		{"(Tradotto da Livio Sarti; editing Nadia Ferro)",
			[]credit{{name: "Livio Sarti", role: tr}, {name: "Nadia Ferro", role: ed}}},
		{"Traduzione di Livio Sarti", []credit{{name: "Livio Sarti", role: tr}}},
		{"Met medewerking van Femke Aalders", []credit{{name: "Femke Aalders", role: con}}},
		{"Tłumaczenie: Marta Zielak", []credit{{name: "Marta Zielak", role: tr}}},
		{"Współpraca: Marta Zielak", []credit{{name: "Marta Zielak", role: con}}},
		{"Překlad: Ondřej Vlček", []credit{{name: "Ondřej Vlček", role: tr}}},
		{"Foto: Sigrid Halvorsen", []credit{{name: "Sigrid Halvorsen", role: ph}}},
	})
}

// TestInputsCreditIsContributor: Indian papers' "(With inputs from X)"
// credits a person as a contributor (an outlet so named is a source).
func TestInputsCreditIsContributor(t *testing.T) {
	checkCreditLines(t, loadLexicon(), []creditLineCase{
		{"(With inputs from Mara Quill)", []credit{{name: "Mara Quill", role: kabar.RoleContributor}}},
		{"Com informações de Mara Quill", []credit{{name: "Mara Quill", role: kabar.RoleContributor}}},
	})
}

// TestUnaccentedCapitalLabels: a label of several words opening with an
// accented letter is read when print sets its capital without the accent
// ("Edité par X", "Ecrit par X"); a one-word label is not ("Edition").
func TestUnaccentedCapitalLabels(t *testing.T) {
	rep, ed := kabar.RoleReporter, kabar.RoleEditor
	checkCreditLines(t, loadLexicon(), []creditLineCase{
		{"(Reportage Mara Quill; Edité par Clara Veck)", []credit{{name: "Mara Quill", role: rep}, {name: "Clara Veck", role: ed}}},
		{"Ecrit par Mara Quill", []credit{{name: "Mara Quill", role: rep}}},
		{"Edition: International", nil},
	})
}
