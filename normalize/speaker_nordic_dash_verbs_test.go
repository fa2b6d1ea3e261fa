package normalize

import "testing"

// TestNordicDashVerbs holds invented Norwegian, Swedish and Danish dash
// speech closed by a verb of speech other than "sier"/"säger"/"siger"
// ("innrømmer", "utbrister", "udbryder"), a sentence opened by an adverb
// before its verb and the subject after it ("Videre forteller Kari …",
// where "Videre" is no name), and a job noun opening a sentence before
// a name ("Sangeren Kari Storli"), which is no part of the name.
func TestNordicDashVerbs(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"no innrømmer, utbryter", "no", []string{
			`De to brødrene Ole Hansen Berg (29) og Per Berg (33) padler langs kysten.`,
			`– Middagen hjemme hos mor blir helt fantastisk i år, utbryter Per.`,
			`– Jeg sovnet en gang i båten midt på fjorden, innrømmer Ole, som ler av det nå.`,
		}, []string{"Per Berg: Middagen hjemme hos mor", "Ole Hansen Berg: Jeg sovnet en gang"}},
		{"no skrek, forsikrer", "no", []string{
			`Programlederen Jon Eik Solberg (40) var med hele veien.`,
			`– Her må vi ta ned seilet og padle inn til land, skrek Solberg.`,
			`– Vi er fortsatt ved godt mot alle sammen, forsikrer han.`,
		}, []string{"Jon Eik Solberg: Her må vi ta ned", "Jon Eik Solberg: Vi er fortsatt"}},
		{"no adverb opening, job noun", "no", []string{
			`Sangeren Kari Storli (41) var gjest i podkasten denne uken.`,
			`– Dette er helt absurd, men jeg husker godt at han kom, sier Storli.`,
			`Videre forteller Storli at manageren kom innom mens hun lå på sykehuset.`,
			`– Jeg hadde ikke tenkt på at det var det som skjedde med meg da.`,
		}, []string{"Kari Storli: Dette er helt absurd", "Kari Storli: Jeg hadde ikke tenkt"}},
		{"sv erkänner, utbrast", "sv", []string{
			`Forskaren Maja Lindholm leder projektet i Umeå.`,
			`– Vi trodde inte att det skulle gå så här fort, erkänner Lindholm.`,
			`Senare berättar Lindholm om resan norrut.`,
			`– Det var den bästa sommaren i mitt liv, utbrast hon.`,
		}, []string{"Maja Lindholm: Vi trodde inte", "Maja Lindholm: Det var den bästa"}},
		{"da udbryder, indrømmer", "da", []string{
			`Forfatteren Søren Holm Kjær udgiver en ny roman i efteråret.`,
			`– Jeg har skrevet på den her bog i over otte år, indrømmer Kjær.`,
			`– Det er en stor lettelse at være færdig nu, udbryder han.`,
		}, []string{"Søren Holm Kjær: Jeg har skrevet", "Søren Holm Kjær: Det er en stor"}},
	}
	checkQuotes(t, lx, tests)
}

// TestNordicJobsNoSurname: a job noun of the Nordic lexicons that is a
// surname elsewhere ("Sanger") is left out of the titles, which every
// language reads: "Larry Sanger" keeps his surname in any text.
func TestNordicJobsNoSurname(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"en", "en", []string{`“The encyclopedia has changed a great deal over the years,” said Larry Sanger.`}, []string{"Larry Sanger: The encyclopedia"}},
		{"no", "no", []string{`«Leksikonet har endret seg mye gjennom årene», sier Larry Sanger.`}, []string{"Larry Sanger: Leksikonet har"}},
	})
}
