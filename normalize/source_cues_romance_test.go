package normalize

import "testing"

// TestCitationFormsRomance covers Spanish and French citation forms
// beyond "según X" and "selon X": the Spanish perfect tense ("según ha
// informado X", "ha podido saber X"), the inverted verb closing a clause
// (", informa X"), and the French "nos confrères de X" (fellow
// journalists, so X is an outlet) and "d'après les informations de X".
// A town hall, a minister, the police or a prefecture are no outlets.
func TestCitationFormsRomance(t *testing.T) {
	lx := loadLexicon()
	tests := []sourceCase{
		{"ha informado", "Según ha informado El Mundo, la obra se retrasa.", []string{"El Mundo"}},
		{"ha podido saber", "Según ha podido saber La Vanguardia, la obra se retrasa.", []string{"La Vanguardia"}},
		{"como ha publicado", "Como ha publicado El País, la obra se retrasa.", []string{"El País"}},
		{"informa closing", "La obra se retrasa, informa Europa Press.", []string{"Europa Press"}},
		{"confrères du", "Selon nos confrères du Courrier Picard, le chantier prend du retard.", []string{"Courrier Picard"}},
		{"confrères de", "Rapporté par nos confrères de Radio Littoral, le chantier prend du retard.", []string{"Radio Littoral"}},
		{"informations de", "D'après les informations de RTL, le chantier prend du retard.", []string{"RTL"}},
		{"comme l'indique", "Comme l'indique Le Monde, le chantier prend du retard.", []string{"Le Monde"}},
		{"town hall", "Así lo ha informado el Ayuntamiento de Madrid.", nil},
		{"a minister", "Lo ha informado Pedro Sánchez en rueda de prensa.", nil},
		{"police", "Informa la Policía Nacional de dos detenidos.", nil},
		{"a person fr", "Comme l'indique Jean Dupont, le chantier prend du retard.", nil},
		{"prefecture", "Selon les informations de la préfecture, deux personnes sont mortes.", nil},
		{"colleagues unnamed", "Selon nos confrères, le chantier prend du retard.", nil},
	}
	checkSources(t, lx, tests)
}

// TestCitationFrenchInverted: after a quote French inverts the verb and
// its pronoun ("», a-t-il déclaré à l'AFP"); the outlet the words were
// said to is cited as after "a déclaré à X". A person or "la presse" so
// addressed is no outlet.
func TestCitationFrenchInverted(t *testing.T) {
	tests := []sourceCase{
		{"a-t-il déclaré elided", "« Le chantier reprendra lundi », a-t-il déclaré à l'AFP.", []string{"AFP"}},
		{"a-t-elle confié agency noun", "« Le chantier reprendra lundi », a-t-elle confié à l’agence Reuters.", []string{"Reuters"}},
		{"a-t-il expliqué described", "« Le chantier reprendra lundi », a-t-il expliqué à l'agence de presse belge Belga.", []string{"Belga"}},
		{"a-t-elle indiqué", "« Nous ne céderons pas », a-t-elle indiqué au quotidien Le Courrier.", []string{"Le Courrier"}},
		{"a person", "« Le chantier reprendra lundi », a-t-il déclaré à Marie Dupont.", nil},
		{"the press", "« Le chantier reprendra lundi », a-t-il déclaré à la presse.", nil},
	}
	checkSources(t, loadLexicon(), tests)
}
