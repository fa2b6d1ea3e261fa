package normalize

import "testing"

// TestSpeakerAfterOffice holds invented articles for a class read on a
// half-B page and general in en/es/fr: after a quote, a role whose
// office runs over several words, lower-case ones among them ("le
// porte-parole du ministère des Affaires étrangères", "the spokeswoman
// of the regional health authority"), then the person's name set off by
// commas. The name is the speaker, never the one who spoke before.
func TestSpeakerAfterOffice(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"name after a long office, fr", "fr", []string{
			`« Nous refusons toute escalade », a affirmé Marc Vautrin, le président du conseil.`,
			`« Toutes les parties doivent rester calmes », a déclaré le porte-parole du ministère des Affaires étrangères, Chen Wuhai, lors d'un point de presse.`,
		}, []string{"Marc Vautrin: Nous refusons", "Chen Wuhai: Toutes les"}},
		{"name after a long office, es", "es", []string{
			`“No habrá más retrasos”, dijo Álvaro Pineda.`,
			`“El hospital abrirá en primavera”, aseguró la portavoz de la consejería de Salud de Aragón, Marta Lizarraga, en una rueda de prensa.`,
		}, []string{"Álvaro Pineda: No habrá", "Marta Lizarraga: El hospital"}},
		{"name after a long office, en", "en", []string{
			`"We will not be rushed," said Daniel Whitcombe.`,
			`"The clinic will reopen in spring," said the spokeswoman of the regional health authority, Priya Ramanathan, on Tuesday.`,
		}, []string{"Daniel Whitcombe: We will", "Priya Ramanathan: The clinic"}},
		{"name after a long office before a later cue, en", "en", []string{
			`"We will not be rushed," said Daniel Whitcombe.`,
			`"Nobody expected the storm to turn north," the head of the state's emergency agency, Laura Okafor, told reporters.`,
		}, []string{"Daniel Whitcombe: We will", "Laura Okafor: Nobody expected"}},
		// A role and the body it serves, no holder named: the body
		// is never the speaker; the person the paragraph's sentence is
		// about, or the role as written, or nothing.
		{"role after the quote names the paragraph's person, es", "es", []string{
			`“Vamos a recurrir la sanción”, dijo Álvaro Pineda.`,
			`Lucía Berrocal quiso restar importancia al error. “Fue un fallo de comunicación con el equipo”, añadió la directora técnica de Almarza Motorsport.`,
		}, []string{"Álvaro Pineda: Vamos a", "Lucía Berrocal: Fue un"}},
		{"role after the quote names the paragraph's person, fr", "fr", []string{
			`« Nous allons faire appel de cette décision », a dit Paul Mercier.`,
			`Claire Dubosc a minimisé l'erreur. « C'était un problème de communication avec le garage », a ajouté la directrice sportive de Valmont Racing.`,
		}, []string{"Paul Mercier: Nous allons", "Claire Dubosc: C'était un"}},
		{"a body after the role is no speaker, en", "en", []string{
			`"We will appeal the penalty," said Daniel Whitcombe.`,
			`Helen Marsh tried to calm the row. "It was a breakdown in communication with the garage," added the chief executive of Northgate Logistics.`,
		}, []string{"Daniel Whitcombe: We will", "Helen Marsh: It was"}},
		{"a body after an unknown role is no speaker, en", "en", []string{
			`"We will appeal the penalty," said Daniel Whitcombe.`,
			`The paddock was tense. "It was a breakdown in communication with the garage," said the team principal of Falcon Racing.`,
		}, []string{"Daniel Whitcombe: We will", ": It was"}},
		{"a body after an unknown role is no speaker, fr", "fr", []string{
			`« Nous allons faire appel de cette décision », a dit Paul Mercier.`,
			`Le paddock était tendu. « C'était un problème de communication avec le garage », a ajouté le patron de Valmont Racing.`,
		}, []string{"Paul Mercier: Nous allons", "le patron de Valmont Racing: C'était"}},
	}
	checkQuotes(t, lx, tests)
}
