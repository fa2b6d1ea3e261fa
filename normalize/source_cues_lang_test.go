package normalize

import "testing"

// TestCitationFormsBeyondEnglish covers citation forms of German, French
// and Italian that name an outlet without an English-like cue: a news
// agency named by its kind ("die Nachrichtenagentur X", "il quotidiano
// X"), the inflected French participle ("citées par le quotidien X"),
// and the German dative of telling ("erzählte dem X"). Each class has
// look-alikes that name an authority, a person or the police, which are
// no outlets.
func TestCitationFormsBeyondEnglish(t *testing.T) {
	lx := loadLexicon()
	tests := []sourceCase{
		{"nachrichtenagentur named", "Auf die Frage der Nachrichtenagentur Reuters wich der Minister aus.", []string{"Reuters"}},
		{"presseagentur named", "Das Dokument liegt der Presseagentur Ostwind vor.", []string{"Ostwind"}},
		{"bundesagentur is no outlet", "Die Bundesagentur für Arbeit meldet weniger Arbeitslose.", nil},
		{"laut polizei", "Laut Polizei wurde niemand verletzt.", nil},
		{"erzählte dem", "Der Trainer erzählte dem Abendblatt von seinen Plänen.", []string{"Abendblatt"}},
		{"erzählte der", "Sie erzählte der Morgenpost, wie es dazu kam.", []string{"Morgenpost"}},
		{"erzählte person", "Er erzählte dem Nachbarn Klaus Huber die Geschichte.", nil},
		{"citées par", "Les chiffres, citées par le quotidien Nordpresse, sont en baisse.", []string{"Nordpresse"}},
		{"cités par", "Des documents cités par Le Figaro montrent le contraire.", []string{"Le Figaro"}},
		{"rapportés par", "Des propos rapportés par Libération ont fâché le ministre.", []string{"Libération"}},
		{"selon la police", "Selon la police, deux personnes ont été blessées.", nil},
		{"citée par person", "La lettre, citée par Marie Dupont, a été lue au conseil.", nil},
		{"quotidiano named", "Lo ha rivelato il quotidiano La Stampa nella sua edizione di oggi.", []string{"La Stampa"}},
		{"settimanale named", "L'intervista è uscita sul settimanale Panorama giovedì.", []string{"Panorama"}},
		{"secondo il ministro", "Secondo il ministro Rossi, i conti sono in ordine.", nil},
		{"según el ministro", "Según el ministro García, la obra terminará en mayo.", nil},
		// Telling an outlet and writing in it, in more languages.
		{"disse ao", "O autarca disse ao Jornal do Vale que a obra atrasou.", []string{"Jornal do Vale"}},
		{"disse à polícia", "A vizinha disse à polícia que ouviu um estrondo.", nil},
		{"ha detto al", "Il sindaco ha detto al Corriere di Borgo che il ponte riaprirà.", []string{"Corriere di Borgo"}},
		{"ha detto alla moglie", "Il pilota ha detto alla moglie Giulia di aspettarlo.", nil},
		{"zei tegen", "De wethouder zei tegen de Noorderkrant dat het plan doorgaat.", []string{"Noorderkrant"}},
		{"zei tegen de politie", "De getuige zei tegen de politie dat hij niets zag.", nil},
		{"säger till", "Kommunalrådet säger till Norrkuriren att bygget försenas.", []string{"Norrkuriren"}},
		{"säger till person", "Hon säger till Anna Lind att hon stannar.", nil},
		{"siger til", "Borgmesteren siger til Vestavisen, at broen åbner igen.", []string{"Vestavisen"}},
		{"siger til politiet", "Naboen siger til politiet, at han intet hørte.", nil},
		// An outlet named by its kind, in more languages.
		{"o jornal", "A notícia foi avançada pelo jornal Correio do Sul na terça-feira.", []string{"Correio do Sul"}},
		{"de krant", "Dat meldt de krant Westerbode op basis van interne stukken.", []string{"Westerbode"}},
		{"tidningen", "Uppgifterna bekräftas av tidningen Norrlandsposten.", []string{"Norrlandsposten"}},
		{"avisen", "Det oplyser avisen Vestkysten torsdag.", []string{"Vestkysten"}},
		{"jornal capitalised title", "O Jornal Nacional abriu com a greve.", nil},
		{"menurut warga", "Menurut warga sekitar, banjir datang tiba-tiba.", nil},
	}
	checkSources(t, lx, tests)
}
