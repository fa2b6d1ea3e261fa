package normalize

import "testing"

// TestBylineFiledFromPlace: a city the dateline table knows, set after a
// byline's names behind a slash, a bar or a dash, is where the writer
// filed from, in a visible byline and in a meta author alike: the
// writers stand and the place is no second writer (before, "Name /
// City" lost its writer, and a meta "Name | City" was kept whole).
func TestBylineFiledFromPlace(t *testing.T) {
	tests := []bylineCase{
		{"Inés Calvo / Madrid", []string{"Inés Calvo"}},
		{"Inés Calvo | Madrid", []string{"Inés Calvo"}},
		{"Inés Calvo - Madrid", []string{"Inés Calvo"}},
		{"Marta Ribas Soler / Barcelona", []string{"Marta Ribas Soler"}},
		{"Paolo Ferri | Milan", []string{"Paolo Ferri"}},
		{"João Neves - Lisboa", []string{"João Neves"}},
		{"Inés Calvo, Tomás Vidal / Madrid", []string{"Inés Calvo", "Tomás Vidal"}},
		{"Inés Calvo / Tomás Vidal", []string{"Inés Calvo", "Tomás Vidal"}},
		// A second writer after the bar stands.
		{"Inés Calvo | Tomás Vidal", []string{"Inés Calvo", "Tomás Vidal"}},
	}
	checkBylineAndMeta(t, "https://www.diariodelpuerto.example/noticias/ferry", "Diario del Puerto", "Suben las tarifas del ferry", tests, "Inés Calvo | Tomás Vidal")
}
