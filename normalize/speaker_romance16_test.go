package normalize

import "testing"

// TestSubjectlessRomanceVerbs holds invented Spanish, Italian and
// Portuguese reports whose quotes close on a reporting verb with no
// subject ('", confesó.', '", ha aggiunto.', '", afirmou.'): those
// languages drop the subject, so the verb must be known as language data
// and the quote goes to the person the text is about, never to a body or
// to nobody's name when no person has been named.
func TestSubjectlessRomanceVerbs(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"confesó after the subject, es", "es", []string{
			`La alcaldesa Rocío Valdivieso recorrió el mercado incendiado.`,
			`"Nunca había visto algo así en este barrio", confesó.`,
		}, []string{"Rocío Valdivieso: Nunca había visto"}},
		{"enfatizó after a speaker, es", "es", []string{
			`"Los vecinos tendrán ayudas antes de fin de mes", dijo el consejero Tomás Iriarte.`,
			`"No vamos a dejar a nadie atrás", enfatizó.`,
		}, []string{"Tomás Iriarte: Los vecinos", "Tomás Iriarte: No vamos"}},
		{"confesó with no person named, es", "es", []string{
			`El ayuntamiento aprobó un plan de ayudas para los comerciantes.`,
			`"Nunca había visto algo así en este barrio", confesó.`,
		}, []string{": Nunca había visto"}},
		{"ha aggiunto after the subject, it", "it", []string{
			`Il sindaco Gianluca Perotti ha visitato le zone alluvionate.`,
			`"Ricostruiremo le scuole entro l'autunno prossimo", ha aggiunto.`,
		}, []string{"Gianluca Perotti: Ricostruiremo"}},
		{"spiega after a speaker, it", "it", []string{
			`"Il fiume è salito di tre metri in una notte", racconta Marta Zanchetta, titolare di un forno.`,
			`"Abbiamo perso tutto quello che avevamo in magazzino", spiega.`,
		}, []string{"Marta Zanchetta: Il fiume", "Marta Zanchetta: Abbiamo perso"}},
		{"ha aggiunto with no person named, it", "it", []string{
			`La Regione ha stanziato nuovi fondi per le imprese colpite.`,
			`"Ricostruiremo le scuole entro l'autunno prossimo", ha aggiunto.`,
		}, []string{": Ricostruiremo"}},
		{"ha detto il sindaco X, it", "it", []string{
			`"Ricostruiremo le scuole entro l'autunno prossimo", ha detto il sindaco Gianluca Perotti.`,
		}, []string{"Gianluca Perotti: Ricostruiremo"}},
		{"afirmou after the subject, pt", "pt", []string{
			`A prefeita Luíza Carvalhal visitou os bairros atingidos pela chuva.`,
			`"Vamos reconstruir as casas até o fim do ano", afirmou.`,
		}, []string{"Luíza Carvalhal: Vamos reconstruir"}},
		{"disse ela after the subject, pt", "pt", []string{
			`A prefeita Luíza Carvalhal visitou os bairros atingidos pela chuva.`,
			`"Vamos reconstruir as casas até o fim do ano", disse ela.`,
		}, []string{"Luíza Carvalhal: Vamos reconstruir"}},
		{"afirmou with no person named, pt", "pt", []string{
			`O governo estadual anunciou um pacote de ajuda aos moradores.`,
			`"Vamos reconstruir as casas até o fim do ano", afirmou.`,
		}, []string{": Vamos reconstruir"}},
		// A name some paragraphs back, before anyone has spoken, is no
		// speaker of a verb alone: it may be an object or an aside.
		{"confesó long after a name, es", "es", []string{
			`El campeón igualó así a leyendas como Rodrigo Almagro y Felipe Otxoa.`,
			`Nada de eso iba a distraerle de su propósito.`,
			`La polémica estalló en la sala de reuniones del circuito. "Nunca había visto a nadie tan desesperado por ganar", confesó.`,
		}, []string{": Nunca había visto"}},
		{"ha ammesso long after a name, it", "it", []string{
			`La squadra ha battuto un record che resisteva dai tempi di Aldo Carradori e Bruno Vessia.`,
			`Nessuno se lo aspettava alla vigilia.`,
			`La festa è durata fino a tarda notte. "Non avremmo mai pensato di arrivare fin qui", ha ammesso.`,
		}, []string{": Non avremmo mai"}},
		{"disse long after a name, pt", "pt", []string{
			`O clube igualou a marca de lendas como Joaquim Barreiros e Tiago Mendonça.`,
			`Ninguém esperava o resultado antes da partida.`,
			`A festa durou até tarde da noite. "Nunca pensamos que chegaríamos tão longe", confessou.`,
		}, []string{": Nunca pensamos"}},
	}
	checkQuotes(t, lx, tests)
}
