package normalize

import "testing"

// TestCreditLabelsMoreLanguages: the byline labels of Polish, Czech,
// Italian and Portuguese beyond the singular "Autor" — plural labels of
// several writers, who compiled a piece, who wrote it and took its
// photographs — and the Italian "di" opening a byline, which is read as a
// label only in a page in Italian (in Indonesian "Di" opens a sentence).
func TestCreditLabelsMoreLanguages(t *testing.T) {
	lx := loadLexicon()
	checkCreditRoles(t, lx, []creditRoleCase{
		{"pl", "Autorzy: Tomasz Wrona i Ewa Lis", "[{Tomasz Wrona reporter} {Ewa Lis reporter}]"},
		{"pl", "Autorki: Ewa Lis, Marta Kruk", "[{Ewa Lis reporter} {Marta Kruk reporter}]"},
		{"pl", "Opracowanie: Marta Kruk", "[{Marta Kruk contributor}]"},
		{"pl", "oprac. Marta Kruk", "[{Marta Kruk contributor}]"},
		{"pl", "Tekst i zdjęcia: Tomasz Wrona", "[{Tomasz Wrona reporter}]"},
		{"cs", "Autoři: Jiří Brabec, Alena Šťastná", "[{Jiří Brabec reporter} {Alena Šťastná reporter}]"},
		{"it", "di Carla Neri", "[{Carla Neri reporter}]"},
		{"it", "Di Carla Neri e Piero Galli", "[{Carla Neri reporter} {Piero Galli reporter}]"},
		{"it", "A cura di Piero Galli", "[{Piero Galli contributor}]"},
		{"it", "Autori: Carla Neri, Piero Galli", "[{Carla Neri reporter} {Piero Galli reporter}]"},
		{"pt", "Autores: Rita Campos e Nuno Saraiva", "[{Rita Campos reporter} {Nuno Saraiva reporter}]"},
		// "di" is a label of Italian pages only, and opens no prose.
		{"it", "Di questo si parlerà domani in consiglio comunale", "[]"},
		{"id", "di Carla Neri", "[]"},
		{"es", "Di Carla Neri", "[]"},
	})
}
