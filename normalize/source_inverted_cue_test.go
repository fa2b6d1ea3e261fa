package normalize

import "testing"

// TestSourceInvertedSubject covers the cues whose subject stands between
// the reporting verb and the outlet's preposition, as French, Spanish and
// German put it after a quotation ("…», a indiqué la maire à l'AFP",
// "declaró la alcaldesa a la BBC", "sagte sie dem Handelsblatt"). Look-
// alikes: the same order with a person, a place or an institution after
// the preposition, and a subject cut off by a comma.
func TestSourceInvertedSubject(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"fr noun subject", "« Le quai rouvrira en juin », a indiqué la maire à l'AFP.", []string{"AFP"}},
		{"fr name subject", "« Nous avons besoin de temps », a déclaré Hélène Marchetti à Libération.", []string{"Libération"}},
		{"es noun subject", "«El muelle abrirá en junio», declaró la alcaldesa a la BBC.", []string{"BBC"}},
		{"es name subject", "«Necesitamos más tiempo», dijo Carmen Ibarra a Reuters.", []string{"Reuters"}},
		{"de pronoun subject", "„Der Steg öffnet im Juni“, sagte sie dem Handelsblatt.", []string{"Handelsblatt"}},
		{"de noun subject", "„Wir brauchen mehr Zeit“, sagte die Bürgermeisterin dem „Hafenkurier“.", []string{"Hafenkurier"}},
		{"es to reporters", "«Necesitamos más tiempo», dijo el ministro a los periodistas.", nil},
		{"fr to a place", "« Nous avons besoin de temps », a déclaré le ministre à Bordeaux.", nil},
		{"de to the police", "„Ich habe nichts gesehen“, sagte er der Polizei.", nil},
		{"de to a court", "„Ich habe nichts gesehen“, sagte die Zeugin dem Gericht.", nil},
		{"es subject cut by a comma", "«Necesitamos más tiempo», dijo el ministro, a Reuters le consta.", nil},
		// English sets no subject after the verb: words between a verb
		// and a preposition are its object.
		{"en object before with", "Years ago she shared a stage with The Lanterns, a folk band from Cork.", nil},
		{"en object before to", "He confirmed the date to The Lanterns by letter.", nil},
		{"en object before by", "She reported the damage by The Old Mill to the council.", nil},
	})
}
