package normalize

import "testing"

// TestDashSpeech holds invented Swedish, Norwegian, Danish and Polish
// reports that print speech as a paragraph opened by a dash, without
// quotation marks: the attribution after a comma ("…, säger X.") or a
// second dash ("… – powiedział X."), a paragraph going on after the
// attribution, and a dash paragraph with no attribution after one that
// has it (the same speaker). A list of dashed items in an article that
// quotes no one by dashes stays a list, and a language that does not
// print speech so (German) reads no dash paragraph as a quote.
func TestDashSpeech(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"Swedish, attribution after a comma", "sv", []string{
			"Kommunalrådet Erik Lund besökte den nya skolan på måndagen.",
			"– Vi kommer att bygga en idrottshall här nästa år, säger Erik Lund.",
			"– Pengarna finns redan i budgeten för hela perioden.",
		}, []string{"Erik Lund: Vi kommer att bygga en idrottshall här nästa år", "Erik Lund: Pengarna finns redan"}},
		{"Norwegian, the speech going on after the attribution", "no", []string{
			"Ordfører Kari Aasen åpnet den nye brua fredag.",
			"– Dette er en stor dag for hele bygda, sier Aasen. – Vi har ventet på brua i mange år.",
		}, []string{"Kari Aasen: Dette er en stor dag for hele bygda"}},
		{"Danish, two speakers", "da", []string{
			"Borgmester Mette Kjeldsen og skoleleder Jonas Holm var begge til stede.",
			"– Det er en stor dag for hele kommunen og borgerne, siger Mette Kjeldsen.",
			"– Eleverne har ventet på den nye skole i flere år, siger Jonas Holm.",
		}, []string{"Mette Kjeldsen: Det er en stor dag", "Jonas Holm: Eleverne har ventet"}},
		{"Polish, attribution after a second dash", "pl", []string{
			"Burmistrz Tomasz Wrona odwiedził w poniedziałek plac budowy nowego mostu.",
			"– Nie zamierzamy rezygnować z tego projektu w przyszłym roku – powiedział Wrona.",
			"– Wszystko zależy teraz od decyzji sądu w Krakowie – dodał burmistrz.",
		}, []string{"Tomasz Wrona: Nie zamierzamy rezygnować", "Tomasz Wrona: Wszystko zależy teraz"}},
		{"Norwegian, a verb of Norwegian alone and a reply", "no", []string{
			"Rektor Ingrid Solberg møtte foreldrene torsdag kveld.",
			"– Vi må finne en løsning før sommerferien, sa Solberg.",
			"– Det er for sent nå, svarer Henrik Bakke, leder i foreldrerådet.",
		}, []string{"Ingrid Solberg: Vi må finne", "Henrik Bakke: Det er for sent nå"}},
		{"Swedish list of dashed items, no one quoted", "sv", []string{
			"Kommunen föreslår tre åtgärder inför hösten:",
			"– fler lärare i de lägre årskurserna under hela året",
			"– en ny idrottshall vid skolan i centrala staden",
		}, nil},
		{"German dash paragraph is no speech", "de", []string{
			"Der Gemeinderat hat am Montag über den Haushalt beraten.",
			"– Die Schule wird im nächsten Jahr saniert, sagt Bürgermeister Jonas Keller.",
		}, nil},
	}
	checkQuotes(t, lx, tests)
}

// TestPolishReportingVerbs: Polish attributions, with the verb before
// the quote ('Lis podkreśliła: „…”') and a verb with its subject left
// out after it ('„…” – dodała.'), read as the other languages' do.
func TestPolishReportingVerbs(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"verb before the quote and a dropped subject", "pl", []string{
			"Prezeska spółki Ewa Lis spotkała się w środę z dziennikarzami.",
			"Lis podkreśliła: „Nie zamierzamy rezygnować z tego projektu w przyszłym roku”.",
			"„Wszystko zależy teraz od decyzji sądu w Krakowie” – dodała.",
		}, []string{"Ewa Lis: Nie zamierzamy", "Ewa Lis: Wszystko zależy"}},
	}
	checkQuotes(t, lx, tests)
	for _, q := range lx.readArticleQuotes(articleInfo{lang: "pl"}, tests[0].paras) {
		if q.Cue == "" {
			t.Errorf("%q: no cue", q.Text)
		}
	}
}
