package normalize

import "testing"

// TestSpeakerHonorifics: abbreviated academic and professional titles
// before a name in Spanish and Italian ("el Ing.", "la Lic.", "il
// dott.", "l'avv.") are titles, not the person, and their full stop ends
// no sentence. The quote fell to no one, or to the abbreviation ("Lic").
// Invented articles.
func TestSpeakerHonorifics(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{name: "Spanish Ing.", lang: "es", paras: []string{
			`"La carretera quedará abierta antes de las lluvias", dijo el Ing. Rodrigo Salcedo, jefe de la obra.`,
		}, want: []string{"Rodrigo Salcedo: La carretera"}},
		{name: "Spanish Lic., a name of three words", lang: "es", paras: []string{
			`"Los precios bajaron en todos los mercados del valle", afirmó la Lic. Paula Ibarra Soler.`,
		}, want: []string{"Paula Ibarra Soler: Los precios"}},
		{name: "Italian dott.", lang: "it", paras: []string{
			`"Il reparto è pieno da una settimana", ha detto il dott. Mario Ferlini, primario.`,
		}, want: []string{"Mario Ferlini: Il reparto"}},
		{name: "Italian avv. after an elided article", lang: "it", paras: []string{
			`"La mia assistita è innocente e lo dimostreremo", ha dichiarato l'avv. Giulia Santangelo.`,
		}, want: []string{"Giulia Santangelo: La mia"}},
		// A guard (passes without the change): the title in full.
		{name: "Italian title in full after an elided article", lang: "it", paras: []string{
			`"La mia assistita è innocente e lo dimostreremo", ha dichiarato l'avvocato Giulia Santangelo.`,
		}, want: []string{"Giulia Santangelo: La mia"}},
	})
}
