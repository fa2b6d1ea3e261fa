package normalize

import "testing"

// TestSubjectsNamedInTheParagraph holds invented articles for classes read
// on half-A pages of several publishers (en, de, id, fr). A pronoun after a
// quote stands for the person the paragraph brought in before it: a subject
// after a job and an article ("Her son, the director X, also remembers …
// “…,” he said"), a name leading into the quote with a colon past its
// office ("… sieht auch X, Leiter der …: „…“, sagte er"), not a speaker of
// an earlier paragraph. A name opening a subject before its capitalised job
// ("X, President Acme North America, says:") is the speaker, not the job's
// organisation; an appositive opened by "a" may run to its verb without a
// closing comma, past the attribution window. "The man wrote" after the
// article brought in an unnamed man ("A 43-year-old man …") is that man as
// written, not the last man named; a paragraph that names a person leaves
// "the mother" to the earlier rules. And "menandaskan" is a reporting verb.
func TestSubjectsNamedInTheParagraph(t *testing.T) {
	lx := loadLexicon()
	cases := []quoteCase{
		{"a job and an article before the subject named in the paragraph, he said, en", "en", []string{
			`"I felt strange after the surgery," Greta Holm said.`,
			`The late writer Samuel Booth wrote about similar symptoms in his book.`,
			`Her son, the director Tobias Holm, also remembers it as a hard time. "It was a hard time for all of us," he said.`,
		}, []string{"Greta Holm: I felt", "Tobias Holm: It was"}},
		{"a subject after its verb, sagte er, de", "de", []string{
			`„Er ist viel schneller als sein Gegner“, sagte Promoter Viktor Salnikow.`,
			`Auch Jens Brandt sieht Vorteile für den Kroaten. „Seine Beinarbeit ist wirklich exzellent“, sagte er.`,
		}, []string{"Viktor Salnikow: Er ist", "Jens Brandt: Seine"}},
		{"a name and its office leading in with a colon, sagte er, de", "de", []string{
			`„Das Meer ist so warm wie nie“, sagte Helmut Kranz.`,
			`Einen Zusammenhang sieht auch Markus Olbrecht, Leiter der Abteilung Klima bei Geosphere: „Wenn die Ozeane überhitzt sind, steigt das Risiko“, sagte er.`,
		}, []string{"Helmut Kranz: Das Meer", "Markus Olbrecht: Wenn"}},
		{"a subject with a relative clause, she said, en", "en", []string{
			`"We wrote it in a single day," Clara Benton said.`,
			`Ruth Keane, who had not sung in years, worried about the song. "But the story really moved me," she said.`,
		}, []string{"Clara Benton: We wrote", "Ruth Keane: But the"}},
		{"the man after an unnamed man brought in, en", "en", []string{
			`A 43-year-old man from Leeds fell ill after changing his bedding, his doctors say.`,
			`"We are cooperating fully with the inquiry," Dr. Paul Mercer said.`,
			`"It doesn't affect me at all now and I feel fine," the man wrote in a note attached to the report.`,
		}, []string{"Paul Mercer: We are", "the man: It doesn"}},
		{"der Mann after an unnamed Mann brought in, de", "de", []string{
			`Ein 50-jähriger Mann aus Köln ist nach einem Sturz schwer verletzt worden.`,
			`„Wir haben sofort reagiert“, sagte Oberarzt Stefan Wirth.`,
			`„Ich kann mich an nichts mehr erinnern“, sagte der Mann.`,
		}, []string{"Stefan Wirth: Wir haben", "der Mann: Ich kann"}},
		{"the man after a man named in apposition, en", "en", []string{
			`A man, Tom Reed of Leeds, was arrested on Friday.`,
			`"I did nothing wrong and I will prove it," the man told reporters.`,
		}, []string{"Tom Reed: I did"}},
		{"says the mother in a paragraph naming a woman, en", "en", []string{
			`A mother of three sells fish at the night market.`,
			`"We will appeal this ruling," said Dana Whitfield.`,
			`According to Amina Juma, 34, the market has grown. "We feel safe where there is light," says the mother of three.`,
		}, []string{"Dana Whitfield: We will", "Amina Juma: We feel"}},
		{"name, an appositive, told without its closing comma, en", "en", []string{
			`"We need more money for the schools," said Mayor Linda Ortiz.`,
			`"This is mainly due to the change in the wind direction," Priya Nair, a research analyst at the Delhi-based Council on Energy think tank told reporters.`,
		}, []string{"Linda Ortiz: We need", "Priya Nair: This is"}},
		{"a list inside the open appositive, en", "en", []string{
			`"We need more money for the schools," said Mayor Linda Ortiz.`,
			`"This is mainly due to the change in the wind direction," Priya Nair, a research analyst at the Council on Energy, Environment and Water think tank told reporters.`,
		}, []string{"Linda Ortiz: We need", "Priya Nair: This is"}},
		{"a relative clause inside a closed appositive, en", "en", []string{
			`"We need more money for the schools," said Mayor Linda Ortiz.`,
			`"This is mainly due to the change in the wind direction," Priya Nair, a research analyst who works with Ortiz, said on Monday.`,
		}, []string{"Linda Ortiz: We need", "Priya Nair: This is"}},
		{"a long open appositive past the attribution window, en", "en", []string{
			`Getting more meaningful reductions means tackling the sources. "Part of the challenge is that nobody wants to go first," Apte said.`,
			`"This is mainly due to the change in wind direction from north-westerly to south-easterly, which allowed Delhi’s air to slightly improve," Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.`,
		}, []string{"Apte: Part", "Kurinji Selvaraj: This is"}},
		{"said a name, an age, a place, en", "en", []string{
			`"We need more money for the schools," said Mayor Linda Ortiz.`,
			`"This was the fourth time I have been sent back," said Harjit Sandhu, 24, from the village of Kotli.`,
		}, []string{"Linda Ortiz: We need", "Harjit Sandhu: This was"}},
		{"a name and its capitalised job before says, en", "en", []string{
			`"We need more money for the schools," said Mayor Linda Ortiz.`,
			`Rob Whitman, President Acme North America, says: "By working together we can help hospitals do more with less."`,
		}, []string{"Linda Ortiz: We need", "Rob Whitman: By working"}},
		{"menandaskan, id", "id", []string{
			`"Kami akan terus mengawasi proses ini," kata Budi Santoso.`,
			`Presiden Rahmani menandaskan, "Dari mimbar ini saya tegaskan bahwa kami tidak akan mundur."`,
		}, []string{"Budi Santoso: Kami", "Rahmani: Dari"}},
	}
	checkQuotes(t, lx, cases)
}

// TestPronounAfterUnnamedPerson: a gendered pronoun after a paragraph
// brought in a person unnamed ("spoke to one mother, who …", "traf eine
// Frau, die …") is that person as written, not a named speaker of an
// earlier paragraph; where the paragraph also names a person of the cast,
// the pronoun is left to the earlier rules.
func TestPronounAfterUnnamedPerson(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"one mother, she said, en", "en", []string{
			`"Most parents never check these settings," said Laura Benning, a privacy researcher.`,
			`We spoke to one mother, who knew her son ran a fake shop on the app. "I thought I was ahead of every other parent," she said.`,
		}, []string{"Laura Benning: Most", "one mother: I thought"}},
		{"a woman, she said, en", "en", []string{
			`"The queues start before dawn," said Ruth Adebayo, who runs the food bank.`,
			`At the back of the line stood a woman, who had walked two hours with her baby. "We have nothing left at home," she said.`,
		}, []string{"Ruth Adebayo: The queues", "a woman: We have"}},
		{"eine Frau, sagte sie, de", "de", []string{
			`„Die Schlange beginnt schon vor Sonnenaufgang“, sagte Helga Brandner von der Tafel.`,
			`Ganz hinten steht eine Frau, die zwei Stunden zu Fuß gekommen ist. „Wir haben zu Hause nichts mehr“, sagte sie.`,
		}, []string{"Helga Brandner: Die Schlange", "eine Frau: Wir haben"}},
		{"a woman and a named woman in the paragraph, en", "en", []string{
			`"The queues start before dawn," said Ruth Adebayo, who runs the food bank.`,
			`Adebayo pointed to a woman at the back of the line. "She walked two hours to get here," she said.`,
		}, []string{"Ruth Adebayo: The queues", "Ruth Adebayo: She walked"}},
	})
}

// TestCapitalisedNounsAreNoSpeaker: in a language that capitalises its
// nouns, a run of capitalised words that opens a sentence with a
// quantifier ("Viele Lego-Fans haben …", "Jeder Arbeiter weiß …"), or
// whose first word the article also prints in lower case ("Strenge
// Regeln" beside "strenge Auflagen"), is no person: not the subject an
// unattributed quote or a pronoun falls to. A person the article names
// with a given name the lexicon does not know ("Aiden Aimen ist …") still
// is.
func TestCapitalisedNounsAreNoSpeaker(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"a quantifier opening the sentence, de", "de", []string{
			`Viele Modellbau-Fans haben sich den Termin längst im Kalender markiert. Der Hersteller nennt ihn den „wichtigsten Termin des ganzen Jahres für alle Sammler“.`,
		}, []string{": wichtigsten Termin"}},
		{"jeder opening the sentence, after a named speaker, de", "de", []string{
			`„Wir schlachten nur, was wir auch verkaufen“, sagte Geschäftsführer Kevin Brandauer.`,
			`Jeder Arbeiter kennt hier seinen Platz. „Die Hygiene ist das Wichtigste in diesem ganzen Betrieb“, sagt er.`,
		}, []string{"Kevin Brandauer: Wir schlachten", "Kevin Brandauer: Die Hygiene"}},
		{"an adjective the article prints in lower case, de", "de", []string{
			`Für Plattformen gelten seit dem Frühjahr strenge Auflagen der Kommission.`,
			`Strenge Regeln gelten auch für Werbung. „Wann immer wir Einmischung vermuten, müssen wir schnell handeln“, sagte sie.`,
		}, []string{": Wann immer"}},
		{"an unknown given name opening the sentence is a person, de", "de", []string{
			`„Wir müssen unsere Leistung termingerecht erbringen“, sagt Vertriebsleiter Robert Weiß.`,
			`Aiden Aimen ist Objektleiter im Betrieb. „Aber an Streiktagen brauche ich doppelt so lange“, sagt er.`,
		}, []string{"Robert Weiß: Wir müssen", "Aiden Aimen: Aber an"}},
	})
}

// TestGroupSubjectIsNoEarlierSpeaker: a quote whose sentence has a group
// or a figure for its subject ("Prosecutors alleged that the banker “…”",
// "Fifty-one percent say that “…”", "Aviation analysts called it the “…”",
// "Los fiscales sostienen que …", "Die Staatsanwälte werfen ihm vor, …")
// is not the speaker of an earlier paragraph; a group that is the verb's
// object ("He begged lawmakers “…”") leaves the quote to its subject.
func TestGroupSubjectIsNoEarlierSpeaker(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"prosecutors alleged, en", "en", []string{
			`"Heads needed to roll the day he died," Senator Ben Hollis said.`,
			`Prosecutors alleged that the banker "sexually exploited and abused dozens of young clients" at his homes in Miami.`,
		}, []string{"Ben Hollis: Heads", ": sexually"}},
		{"percent say, en", "en", []string{
			`"The people of this country aren't buying it," Governor Ray Tillman said at a rally.`,
			`A new poll shows majority support. Fifty-one percent say that "the governor's actions were wrong and he should be removed from office."`,
		}, []string{"Ray Tillman: The people", ": the governor"}},
		{"analysts called it, en", "en", []string{
			`"We will cut the order to fourteen planes," said chief executive Tim Clarke.`,
			`Aviation analysts called it the "end of an era for the whole jumbo jet industry."`,
		}, []string{"Tim Clarke: We will", ": end of an era"}},
		{"los fiscales, es", "es", []string{
			`“No vamos a dimitir bajo ninguna circunstancia”, dijo el alcalde Tomás Urquiza.`,
			`Los fiscales sostienen que el banquero “engañó a decenas de clientes durante años enteros”.`,
		}, []string{"Tomás Urquiza: No vamos", ": engañó a"}},
		{"a group as the object, en", "en", []string{
			`"I feared how the call would play in Washington," Tim Morland told the committee.`,
			`He begged lawmakers "not to lose sight of the war in the east" and to keep funding reform.`,
		}, []string{"Tim Morland: I feared", "Tim Morland: not to lose"}},
	})
}

// TestPartyTagAfterName: a party's tag in brackets after a name ("Dietmar
// Hartwig (Linke) kritisierte …", "Jonas Gerlach (AfD) aus.", "Sen. Dana
// Whitcomb (R-Ohio) called …") is no part of the name, and a name with its
// tag closing the sentence before a separable verb's particle is the
// subject a following pronoun stands for.
func TestPartyTagAfterName(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"tag then particle closing the sentence, er forderte, de", "de", []string{
			`„Wir stehen zu unseren Soldaten“, sagte Verteidigungsminister Boris Kellner.`,
			`Gegen die Politik der Regierung sprach sich dagegen Jonas Gerlach (AfD) aus. Er forderte, „die größte Katastrophe des Jahrhunderts zu verhindern“ und zu verhandeln.`,
		}, []string{"Boris Kellner: Wir stehen", "Jonas Gerlach: die größte"}},
		{"tag between the subject and its verb, de", "de", []string{
			`„Wir stehen zu unseren Soldaten“, sagte Verteidigungsminister Boris Kellner.`,
			`Dietmar Hartwig (Linke) kritisierte, dass es sich nur um „reine Symbolpolitik ohne jeden Inhalt“ handele.`,
		}, []string{"Boris Kellner: Wir stehen", "Dietmar Hartwig: reine"}},
		{"party and state tag, en", "en", []string{
			`"We will not cut the budget," Governor Ray Tillman said.`,
			`Sen. Dana Whitcomb (R-Ohio) called the plan "a crisis of public trust in the whole system."`,
		}, []string{"Ray Tillman: We will", "Dana Whitcomb: a crisis"}},
	})
}

// TestSubjectPastLongRelativeClause: a subject named before a relative
// clause set off by commas ("Keane, who had not sung in years before the
// recording, worried …", "Brandt, der seit Jahren …, sieht das anders",
// "Ruiz, que lleva años …, se mostró tranquilo") is the person a later
// pronoun of the paragraph stands for, however long the clause.
func TestSubjectPastLongRelativeClause(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"who, she said, en", "en", []string{
			`Ruth Keane plays the lead. "We wrote the song in a single afternoon," co-writer Clara Benton said.`,
			`Keane, who had not sung in public for a long time before the recording, worried about the song. "But the story really moved me," she said.`,
		}, []string{"Clara Benton: We wrote", "Ruth Keane: But the"}},
		{"der, sagte er, de", "de", []string{
			`Jens Brandt leitet den Verband seit 2019. „Die Saison war ein voller Erfolg für uns alle“, sagte Trainer Mario Falk.`,
			`Brandt, der seit Jahren im Verband arbeitet und die Szene sehr gut kennt, sieht das anders. „Wir haben viel zu wenig Geld“, sagte er.`,
		}, []string{"Mario Falk: Die Saison", "Jens Brandt: Wir haben"}},
	})
}

// TestPronounAfterPossessedPerson: a sentence opened by a person known
// only through someone else ("The victim's mother testified …") brings
// that person in for a pronoun of the paragraph, as written (FIELDS.md:
// the role as written when the article never names the speaker), not a
// person named in an earlier paragraph; where the article named someone
// with that role, or the paragraph names a person, the earlier rules
// decide.
func TestPronounAfterPossessedPerson(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"the victim's mother, she told", "en", []string{
			"Prosecutor Dana Whitfield told the court the defendant had planned the attack for weeks.",
			"The victim's mother testified on Tuesday. “I have not slept since that night,” she told jurors.",
		}, []string{"the victim's mother: I have"}},
		{"the driver's wife, she said", "en", []string{
			`"The road was closed for repairs," said Marta Lindqvist, a county engineer.`,
			`The driver's wife waited outside the hospital all night. "Nobody called us until morning," she said.`,
		}, []string{"Marta Lindqvist: The road", "the driver's wife: Nobody"}},
		{"the boy's father, he said", "en", []string{
			`Coach Peter Hollis said the team would travel on Friday.`,
			`The boy's father drove him to every training session. "He never missed one," he said.`,
		}, []string{"the boy's father: He never"}},
		{"named earlier with that role", "en", []string{
			"Ruth Hale, the victim's mother, sat in the front row.",
			"The victim's mother testified on Tuesday. “I have not slept since that night,” she told jurors.",
		}, []string{"Ruth Hale: I have"}},
	})
}

// TestPossessedPersonAsSubject: a person known only through someone else
// as the subject of an attribution ("The victim's mother testified,
// describing …") speaks as written, not the last person named; one the
// article named with that role is that person.
func TestPossessedPersonAsSubject(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"the victim's mother testified, describing", "en", []string{
			"Jurors convicted Aaron Pelt of kidnapping on Thursday after a four-day trial.",
			`The victim's mother testified, describing her son as "kind, patient, and always laughing" before the court adjourned.`,
		}, []string{"The victim's mother: kind"}},
		{"the club's coach said", "en", []string{
			"Striker Lena Okafor scored twice in the second half.",
			`The club's coach said the win was "the best we have played all season".`,
		}, []string{"The club's coach: the best"}},
		{"named earlier with that role", "en", []string{
			"Jurors convicted Aaron Pelt of kidnapping on Thursday after a four-day trial.",
			"Nora Pelt, the victim's mother, sat in the front row.",
			`The victim's mother testified, describing her son as "kind, patient, and always laughing" before the court adjourned.`,
		}, []string{"Nora Pelt: kind"}},
	})
}
