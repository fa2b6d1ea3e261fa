package normalize

import "testing"

// TestRound15Classes holds the failure classes of this round's review of
// half-A aeb and fundus pages, in invented articles.
func TestRound15Classes(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		// Titles of works and names of bodies quoted in a language that
		// capitalises its nouns (de: 20min, Tagesspiegel, WAZ, Vogue,
		// Correctiv, Mallorca Magazin): no speech, no speaker.
		{name: "journal title in a German article", lang: "de", paras: []string{
			`„Die Lage ist ernster als gedacht“, sagte die Ärztin Margit Oberlander.`,
			`Eine Studie, die im „Annals of Internal Medicine“ erschien, kommt zu einem ähnlichen Schluss.`,
		}, want: []string{"Margit Oberlander: Die Lage ist ernster"}},
		{name: "German book titles", lang: "de", paras: []string{
			`„Er hat uns allen das Lesen beigebracht“, sagte der Verleger Konrad Wiesner.`,
			`Bekannt wurde der Autor mit „Die Brücke über dem Fluss“ und „Ein Sommer für Clara“.`,
		}, want: []string{"Konrad Wiesner: Er hat uns allen"}},
		{name: "German noun phrase with a verb stays speech", lang: "de", paras: []string{
			`„Der Damm hält nicht mehr“, sagte Feuerwehrchef Ansgar Lumme.`,
			`„Das ist Sache der Polizei“, fügte er hinzu.`,
		}, want: []string{"Ansgar Lumme: Der Damm hält nicht mehr", "Ansgar Lumme: Das ist Sache der Polizei"}},
	})
}
