package normalize

import (
	"testing"
)

// TestBodySpeakers holds invented articles for a body or a group that
// speaks as itself ("the police said", "teilte die Familie mit", "kata
// pihak kepolisian", "skriver polisen"): the phrase as written is the
// speaker, never the person who spoke last; a person's role noun ("the
// coach", "der Trainer") still stands for the member of the cast who holds
// it, and a body with a complement ("the family of …") is left alone.
func TestBodySpeakers(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"the police after the quote, en", "en", []string{
			`Rosalind Achterberg saw the van drive off at noon.`,
			`"It happened so fast," Achterberg said.`,
			`"Anyone with information should call us at once," the police said.`,
		}, []string{"Rosalind Achterberg", "the police"}},
		{"bare police, then the family in a statement, en", "en", []string{
			`Ferry captain Oskar Lindqvist was the last to see the boy.`,
			`"He waved at me from the pier," Lindqvist said.`,
			`"Divers will resume the search at first light," police said.`,
			`"He loved the harbour and everyone in it," said the family in a statement.`,
		}, []string{"Oskar Lindqvist", "police", "the family"}},
		{"a role noun still stands for its holder, en", "en", []string{
			`Coach Rosalind Achterberg watched from the bench.`,
			`"It happened so fast," Achterberg said.`,
			`"We will be back next week stronger," the coach said.`,
		}, []string{"Rosalind Achterberg", "Rosalind Achterberg"}},
		{"die Polizei, die Familie, de", "de", []string{
			`Die Bäckerin Friederike Hollmann sah den Wagen am Mittag.`,
			`„Es ging alles sehr schnell“, sagte Hollmann.`,
			`„Wir prüfen alle Hinweise aus der Bevölkerung“, teilte die Polizei mit.`,
			`Die Familie sagte: „Wir danken allen Helfern von ganzem Herzen.“`,
		}, []string{"Friederike Hollmann", "die Polizei", "Die Familie"}},
		{"a compound body, de", "de", []string{
			`Der Landwirt Ansgar Tiedemann verlor die halbe Ernte.`,
			`„Das Wasser stand einen Meter hoch“, sagte Tiedemann.`,
			`„Die Hilfen kommen noch in diesem Monat“, erklärte die Landesregierung.`,
		}, []string{"Ansgar Tiedemann", "die Landesregierung"}},
		{"an epithet after a body is no body, de", "de", []string{
			`„Ihr Werk wird uns alle überdauern“, schrieb Ministerin Karla Zuber.`,
			`„Wir danken allen Menschen für ihre Anteilnahme“, ergänzte die Familie.`,
			`Der Lyriker Ottokar Brenninkmeyer würdigte seine Kollegin. „Niemand schrieb so klar und so ehrlich wie sie“, sagte der 86-Jährige dem Sender.`,
		}, []string{"Karla Zuber", "die Familie", ""}},
		{"la policía, la familia in a statement, es", "es", []string{
			`La tendera Mercedes Valdivieso vio la furgoneta al mediodía.`,
			`“Todo pasó muy rápido”, dijo Valdivieso.`,
			`“Se investigan todas las pistas recibidas”, informó la policía.`,
			`“Era un hombre bueno y generoso con todos”, señaló la familia en un comunicado.`,
		}, []string{"Mercedes Valdivieso", "la policía", "la familia"}},
		{"las autoridades with a plural verb, es", "es", []string{
			`El pescador Anselmo Barrientos vio el humo desde el puerto.`,
			`“Nunca había visto algo así”, contó Barrientos.`,
			`“El fuego está controlado desde la madrugada”, indicaron las autoridades.`,
		}, []string{"Anselmo Barrientos", "las autoridades"}},
		{"a body with a complement is kept whole, es", "es", []string{
			`La tendera Mercedes Valdivieso vio la furgoneta al mediodía.`,
			`“Todo pasó muy rápido”, dijo Valdivieso.`,
			`“Se investigan todas las pistas recibidas”, informó la familia del conductor.`,
		}, []string{"Mercedes Valdivieso", "la familia del conductor"}},
		{"a body with a complement, en", "en", []string{
			`Rosalind Achterberg saw the van drive off at noon.`,
			`"It happened so fast," Achterberg said.`,
			`"He was the kindest man we ever knew," the family of the driver said on Sunday.`,
		}, []string{"Rosalind Achterberg", "the family of the driver"}},
		{"a body with a complement, de", "de", []string{
			`Die Bäckerin Friederike Hollmann sah den Wagen am Mittag.`,
			`„Es ging alles sehr schnell“, sagte Hollmann.`,
			`„Er fehlt uns jeden einzelnen Tag“, erklärte die Familie des Fahrers.`,
		}, []string{"Friederike Hollmann", "die Familie des Fahrers"}},
		{"la préfecture, la police, fr", "fr", []string{
			`La commerçante Solange Duverger a vu la camionnette à midi.`,
			`« Tout est allé très vite », a dit Duverger.`,
			`« Toutes les pistes sont étudiées par les enquêteurs », a précisé la préfecture.`,
			`« Nous appelons les témoins à se manifester », a indiqué la police.`,
		}, []string{"Solange Duverger", "la préfecture", "la police"}},
		{"pihak kepolisian, polisi, pihak keluarga, id", "id", []string{
			`Pedagang Sutrisno Wibowo melihat mobil itu siang tadi.`,
			`"Semuanya terjadi sangat cepat," kata Sutrisno.`,
			`"Kami masih mendalami keterangan para saksi di lokasi," kata pihak kepolisian.`,
			`"Pelaku diduga kabur ke arah utara kota," kata polisi.`,
			`"Kami ikhlas dan mohon doa dari semua," ujar pihak keluarga.`,
		}, []string{"Sutrisno Wibowo", "pihak kepolisian", "polisi", "pihak keluarga"}},
		{"definite forms, sv", "sv", []string{
			`Ingrid Sjöholm såg bilen vid lunch.`,
			`"Det gick så fort", säger Ingrid Sjöholm.`,
			`"Vi tar emot alla tips från allmänheten", skriver polisen på sin hemsida.`,
			`"Beslutet gäller från i morgon", meddelar kommunen.`,
		}, []string{"Ingrid Sjöholm", "polisen", "kommunen"}},
		{"the body opens the sentence, fr", "fr", []string{
			`« Tout est allé très vite », a dit Solange Duverger.`,
			`La préfecture a indiqué que « toutes les pistes restent ouvertes ».`,
			`La famille a déclaré : « Il aimait la mer plus que tout au monde. »`,
		}, []string{"Solange Duverger", "La préfecture", "La famille"}},
		{"the body opens the sentence, en", "en", []string{
			`"It happened so fast," said witness Rosalind Achterberg.`,
			`Police have warned that "anyone near the river should leave at once."`,
		}, []string{"Rosalind Achterberg", "Police"}},
		{"the body opens the sentence, id", "id", []string{
			`"Semuanya terjadi sangat cepat," kata Sutrisno Wibowo.`,
			`Pihak kepolisian mengatakan, "Kami masih mendalami keterangan para saksi."`,
		}, []string{"Sutrisno Wibowo", "Pihak kepolisian"}},
		{"the body opens the sentence, sv", "sv", []string{
			`"Det gick så fort", säger Ingrid Sjöholm.`,
			`Polisen skriver: "Vi tar emot alla tips från allmänheten."`,
		}, []string{"Ingrid Sjöholm", "Polisen"}},
	}
	checkSpeakers(t, lx, tests)
}

// TestBodySubjectPhrase: the body phrase a reporting verb's subject opens
// with, as written, or none: a German body noun after "der" is its dative
// or genitive ("sagte der Polizei", told the police), no subject; a body
// noun with more of a name or a job after it is no body of its own.
func TestBodySubjectPhrase(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang, subj, want string
	}{
		{"de", "die Polizei mit", "die Polizei"},
		{"de", "die Bundespolizei auf Anfrage", "die Bundespolizei"},
		{"de", "der Polizei ein Nachbar", ""},
		{"de", "die Polizei Hamburg", ""},
		{"en", "the police chief", ""},
		{"en", "the family of the rider in a statement", "the family of the rider"},
		{"en", "the Police on stage", ""},
		{"es", "las autoridades en una nota", "las autoridades"},
		{"id", "pihak keluarga korban", ""},
		{"sv", "polisen på sin hemsida", "polisen"},
	}
	for _, tt := range tests {
		c := newQuoteCtx(lx, tt.lang)
		if got, _ := c.bodySubject(c.tokensOf(tt.subj)); got != tt.want {
			t.Errorf("%s %q: got %q, want %q", tt.lang, tt.subj, got, tt.want)
		}
	}
}
