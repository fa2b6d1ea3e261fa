package normalize

import "testing"

// TestZuluAttribution holds invented Zulu reports: a name in the
// subject's case carries its noun-class prefix ("kusho uMkhize",
// capitalised opening a sentence: "UNkk Zanele Mkhize"), which is no
// part of the name, nor is the title after it ("Nkk", Mrs). Zulu has no
// stopwords in the lexicons: before any attribution has named a speaker,
// "kusho yena" (said she) names no one.
func TestZuluAttribution(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"prefix and title opening the sentence", "zu", []string{
			`UNkk Zanele Mkhize uhlangane nabazali esikoleni.`,
			`“Sizoqhubeka nokulwela ukuthi izingane zifunde ngokuphepha,” kusho uMkhize.`,
		}, []string{"Zanele Mkhize: Sizoqhubeka nokulwela"}},
		{"a full name with its prefix after the verb", "zu", []string{
			`“Amanzi azobuyela emakhaya ngesonto elizayo lonke,” kusho uSipho Ntuli.`,
		}, []string{"Sipho Ntuli: Amanzi azobuyela"}},
		{"the pronoun once a speaker is named", "zu", []string{
			`“Amanzi azobuyela emakhaya ngesonto elizayo lonke,” kusho uSipho Ntuli.`,
			`“Sicela abantu bonge amanzi kuze kube yilapho sekulungisiwe,” kusho yena.`,
		}, []string{"Sipho Ntuli: Amanzi azobuyela", "Sipho Ntuli: Sicela abantu"}},
		{"the pronoun before anyone spoke", "zu", []string{
			`Amaphoyisa athole umzimba kaThembeka Zulu ekhaya lakhe eMbali.`,
			`“Sizwe umsindo omkhulu ebusuku kodwa sesabe ukuphuma,” kusho yena.`,
		}, []string{": Sizwe umsindo"}},
		{"a word in capitals keeps its U", "zu", []string{
			`“Imali izosiza izikole eziningi zasemakhaya kulo nyaka,” kusho UNICEF.`,
		}, []string{"UNICEF: Imali izosiza"}},
	}
	checkQuotes(t, lx, tests)
}
