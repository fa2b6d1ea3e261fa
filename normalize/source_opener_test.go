package normalize

import "testing"

// TestCitationOpenersAndModifiers covers English citations met across
// publishers whose wording the cues missed: a small word opening the
// sentence before the outlet of "X reported" ("As X first reported",
// "But X reported"), a report's age before the outlet ("according to a
// new X report"), and a signed piece in an outlet ("wrote in X",
// "Writing in the X"). An outlet's own article stays in its name, and
// a letter, a memoir or a person cites no outlet.
func TestCitationOpenersAndModifiers(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"as first reported", "As Reuters first reported, the two lenders will merge.", []string{"Reuters"}},
		{"but reported that", "But Bloomberg reported that the talks had stalled.", []string{"Bloomberg"}},
		{"and the reported", "And the New York Times reported that the fund was closed.", []string{"New York Times"}},
		{"es pero informó", "Pero Reuters informó que la planta cerrará en mayo.", []string{"Reuters"}},
		{"article kept", "Le Monde rapporte que la réforme sera votée en mai.", []string{"Le Monde"}},
		{"small word and person", "But Dana Whitfield reported the leak to her manager.", nil},
		{"new report", "The carmaker will cut 300 jobs, according to a new Bloomberg report.", []string{"Bloomberg"}},
		{"recent report", "The carmaker will cut 300 jobs, according to a recent Reuters report.", []string{"Reuters"}},
		{"recent report by", "The mine will close, according to a recent report by Politico.", []string{"Politico"}},
		{"new report person", "The mine will close, according to a new Tom Ashby report.", nil},
		{"wrote in outlet", "Jane Roe wrote in The Atlantic last year that the plan would fail.", []string{"The Atlantic"}},
		{"writing in the", "Writing in the Financial Times, the economist warned of a slowdown.", []string{"Financial Times"}},
		{"wrote in a letter", "He wrote in a letter to the board that he would resign.", nil},
		{"wrote in her memoir", "She wrote in her memoir that the war changed her.", nil},
	})
}
