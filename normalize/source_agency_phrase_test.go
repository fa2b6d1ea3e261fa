package normalize

import "testing"

// TestNamingNounOfSeveralWords covers a news agency named by a kind of
// several words ("news agency", "agence de presse", "agencia de
// noticias", "kantor berita"), with the describing words Romance
// languages put after the noun: naming it so reports what it said, as
// "the tabloid X" does. A kind with no name after it, a name that is a
// place, and the words of the kind apart cite no one.
func TestNamingNounOfSeveralWords(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"fr pour agence de presse adj", "« Le pont restera fermé », a-t-elle expliqué pour l'agence de presse slovène STA.", []string{"STA"}},
		{"fr inverted subject", "« Nous tiendrons », a déclaré le ministre à l'agence de presse polonaise PAP mardi.", []string{"PAP"}},
		{"fr no adjective", "Le maire a confirmé la fermeture à l'agence de presse Belga.", []string{"Belga"}},
		{"fr no name", "L'agence de presse a fermé ses bureaux de Lyon en mars.", nil},
		{"fr agence apart", "L'agence régionale de santé a publié un bilan lundi.", nil},
		{"en state news agency", "The ministry said the talks would resume, in remarks carried by the state news agency Bernama.", []string{"Bernama"}},
		{"en news agency no name", "The news agency said nothing more about the deal.", nil},
		{"es agencia de noticias adj", "El ministro dijo a la agencia de noticias rusa Interfax que no habrá acuerdo.", []string{"Interfax"}},
		{"es agencia de noticias place", "La agencia de noticias de Madrid cerró ayer.", nil},
		{"it agenzia di stampa", "Il sindaco ha parlato con l'agenzia di stampa Adnkronos della frana.", []string{"Adnkronos"}},
		{"pt agencia de noticias", "O ministro disse à agência de notícias Lusa que o acordo está perto.", []string{"Lusa"}},
		{"id kantor berita", "Hal itu disampaikan kepada kantor berita Xinhua, Senin.", []string{"Xinhua"}},
		{"id kantor berita no name", "Kantor berita itu tidak memberi keterangan.", nil},
	})
}

// TestNamingPrecheck checks that the byte tables of namingPrecheck
// let through the first word of every naming noun of several words, as
// written, capitalised and elided ("agence", "Agence", "l'agence").
func TestNamingPrecheck(t *testing.T) {
	lx := loadLexicon()
	if len(lx.namingPhrases) == 0 {
		t.Fatal("no naming noun of several words loaded")
	}
	for w := range lx.namingPhrases {
		for _, v := range []string{w, titleWord(w), "l'" + w, "l’" + w} {
			if !lx.namingPrecheck(v) {
				t.Errorf("namingPrecheck(%q) = false for a naming noun's first word", v)
			}
		}
	}
}
