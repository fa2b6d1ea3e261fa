package normalize

import "testing"

// TestRoleAddressee holds invented Spanish, French and Italian reports
// where a role noun after the verb is followed by the person it speaks
// to ("aseguró el ministro a Lucía Pérez", "a déclaré le ministre à
// Marie Dubois", "ha detto il ministro a Marco Bianchi"): the name after
// the preposition is the addressee's, never the speaker's; the role
// stands for its holder named before. A name right after the role, with
// no preposition, is still the holder's.
func TestRoleAddressee(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"es", "es", []string{
			`El ministro de Sanidad, Carlos Medina Ruiz, visitó el hospital el lunes.`,
			`"El hospital recibirá nuevas camas este mismo año", aseguró el ministro a Lucía Pérez.`,
		}, []string{"Carlos Medina Ruiz: El hospital recibirá"}},
		{"fr", "fr", []string{
			`Le ministre de la Santé, Paul Lemaire, a visité l'hôpital lundi.`,
			`« L'hôpital recevra de nouveaux lits cette année », a déclaré le ministre à Marie Dubois.`,
		}, []string{"Paul Lemaire: L'hôpital recevra"}},
		{"it", "it", []string{
			`Il ministro della Salute, Paolo Ferri, ha visitato l'ospedale lunedì.`,
			`"L'ospedale riceverà nuovi letti già quest'anno", ha detto il ministro a Marco Bianchi.`,
		}, []string{"Paolo Ferri: L'ospedale riceverà"}},
		{"es name after the role", "es", []string{
			`"El hospital recibirá nuevas camas este mismo año", dijo el alcalde Fermín Aldecoa.`,
		}, []string{"Fermín Aldecoa: El hospital recibirá"}},
	}
	checkQuotes(t, lx, tests)
}
