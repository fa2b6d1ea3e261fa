package normalize

import "testing"

// TestMinuteMarksOpenNoQuote: a mark glued to a figure ("3.14‘47‘‘",
// "in der 72.‘", "(41‘‘)") is a minute, second or inch sign. Before, it
// opened a quote that ran over the next paragraphs and hid the people
// they name.
func TestMinuteMarksOpenNoQuote(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "race times", lang: "de", paras: []string{
			"Nach 4.02‘13‘‘ erreichte Jonas Weber elf Sekunden vor Teamkollege Paul Riedel das Ziel.",
			"Für den Vorjahressieger Max Lorenz (52‘‘) reichte es nur zu Rang sieben.",
			"„Wir sind als Mannschaft sehr stark gefahren“, sagte Jonas Weber.",
		}, want: []string{"Jonas Weber: Wir sind als Mannschaft"}},
		{name: "match minute", lang: "de", paras: []string{
			"In der 58.‘ traf Lukas Brandt zum Ausgleich für die Gäste aus Freiburg.",
			"„Das war ein verdienter Punkt für uns alle“, sagte Trainer Stefan Kühn.",
		}, want: []string{"Stefan Kühn: Das war ein verdienter Punkt"}},
		{name: "inches", lang: "en", paras: []string{
			"The screen measures 65‘‘ across and weighs less than the older model.",
			"“It is the lightest set we have ever built,” said Karen Walsh.",
		}, want: []string{"Karen Walsh: It is the lightest set"}},
	})
}

// TestStopwordGivenNameEnglish: "Dan" is an Indonesian stopword ("and")
// and a common English given name; in an English article it opens a
// name, in an Indonesian one it stays a stopword.
func TestStopwordGivenNameEnglish(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "office then name", lang: "en", paras: []string{
			"“People are more careful about buying cars,” DataTrack President Dan Hollis said.",
		}, want: []string{"Dan Hollis: People are more careful"}},
		{name: "inverted", lang: "en", paras: []string{
			"“We expected a quieter season,” said Dan Whitfield, a ski instructor.",
		}, want: []string{"Dan Whitfield: We expected a quieter"}},
		{name: "pronoun later", lang: "en", paras: []string{
			"Dan Corrigan has coached the team for ten years.",
			"“This group works harder than any before it,” he said.",
		}, want: []string{"Dan Corrigan: This group works harder"}},
		{name: "indonesian conjunction", lang: "id", paras: []string{
			"Budi Santoso tiba di lokasi pukul 08.00. Dan Santoso mengatakan, \"Kami akan terus memantau situasi di lapangan.\"",
		}, want: []string{"Budi Santoso: Kami akan terus"}},
	})
}

// TestAgeBeforeInvertedName: an age before the name after the verb
// ("wrote 43-year-old Martin Hale") is no part of the name, and does not
// hide it.
func TestAgeBeforeInvertedName(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "said age name of place", lang: "en", paras: []string{
			"“Sales are slow this winter,” said 52-year-old Mary Okafor of Leeds.",
		}, want: []string{"Mary Okafor: Sales are slow"}},
		{name: "wrote age name appositive", lang: "en", paras: []string{
			"“I could only manage two stairs at a time,” wrote 43-year-old Martin Hale, a teacher, in a case report.",
		}, want: []string{"Martin Hale: I could only manage"}},
		{name: "told age name", lang: "en", paras: []string{
			"“The water came up to the windows in minutes,” 67-year-old Ruth Abara told reporters.",
		}, want: []string{"Ruth Abara: The water came up"}},
	})
}

// TestAnotherAfterOpener: "another" (or "one") as the subject of the
// sentence leading into a quote is someone the article does not name;
// a conjunction or an opener before it ("But another said: …",
// "However, another added …") leaves it so. Before, the quote went to
// the last speaker.
func TestAnotherAfterOpener(t *testing.T) {
	first := "“The rent has doubled in two years,” said Maria Lopez, a tenant."
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "but another colon", lang: "en", paras: []string{first,
			"But another said: “I have never had a problem with the landlord.”",
		}, want: []string{"Maria Lopez: The rent", ": I have never had"}},
		{name: "however another", lang: "en", paras: []string{first,
			"However, another added: “The repairs are always done within a week.”",
		}, want: []string{"Maria Lopez: The rent", ": The repairs are always"}},
		{name: "another with clause", lang: "en", paras: []string{first,
			"Another said the building was well kept: “I have never had a problem with the landlord.”",
		}, want: []string{"Maria Lopez: The rent", ": I have never had"}},
		{name: "yet one said that", lang: "en", paras: []string{first,
			"Yet one said that the new owners had “made every effort to listen to us.”",
		}, want: []string{"Maria Lopez: The rent", ": made every effort"}},
		{name: "named person still", lang: "en", paras: []string{first,
			"But Lopez said: “We will keep protesting until the rent comes down.”",
		}, want: []string{"Maria Lopez: The rent", "Maria Lopez: We will keep"}},
		{name: "another role after the quote", lang: "en", paras: []string{first,
			"“I have never had a problem with the landlord,” another resident said.",
		}, want: []string{"Maria Lopez: The rent", "another resident: I have never"}},
	})
}

// TestSubjectBeforeOwnSentence: a quote without attribution that opens
// a sentence after a sentence of its paragraph whose subject is a person
// of the cast ("Aderholt returned to the issue. “What …?”") is that
// person's, though someone else spoke last; a quote inside a sentence
// that names another person ("Hale seized on Ortiz’s phrase “…”") is
// left as before.
func TestSubjectBeforeOwnSentence(t *testing.T) {
	first := []string{
		"“We need the budget by March,” said Representative Carla Ruiz.",
		"“The schedule is not realistic for this program,” said Tom Whitaker, a former flight director.",
	}
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "returned to the issue", lang: "en", paras: append(append([]string{}, first...),
			"Ruiz returned to the issue later in the hearing. “Which vehicles exist today that could fly the crew by 2028?”"),
			want: []string{"Carla Ruiz: We need", "Tom Whitaker: The schedule", "Carla Ruiz: Which vehicles"}},
		{name: "full name subject", lang: "en", paras: append(append([]string{}, first...),
			"Carla Ruiz was not persuaded. “The agency has promised this date three times already.”"),
			want: []string{"Carla Ruiz: We need", "Tom Whitaker: The schedule", "Carla Ruiz: The agency has"}},
		{name: "pronoun subject stays last", lang: "en", paras: append(append([]string{}, first...),
			"He paused. “The hardware simply is not ready for a crew.”"),
			want: []string{"Carla Ruiz: We need", "Tom Whitaker: The schedule", "Tom Whitaker: The hardware"}},
		{name: "quote inside another's sentence", lang: "en", paras: []string{first[1], first[0],
			"Whitaker later seized on Ruiz’s promise of “a crew on the surface by 2028”; he called it hollow."},
			want: []string{"Tom Whitaker: The schedule", "Carla Ruiz: We need", "Carla Ruiz: a crew on the surface"}},
	})
}

// TestBodySubjectOpens: a body named by its noun ("the alliance", "the
// company", "the ministry") as the subject of the sentence that holds an
// unattributed quote makes the words the body's, no earlier speaker's;
// an office of the body ("the agency chief said") is a person, read as
// before.
func TestBodySubjectOpens(t *testing.T) {
	first := "“We will open the bridge in May,” said Mayor Carla Ruiz."
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "alliance described as", lang: "en", paras: []string{first,
			"The alliance previously described the invasion as “the most significant threat to our security.”",
		}, want: []string{"Carla Ruiz: We will", ": the most significant"}},
		{name: "company called", lang: "en", paras: []string{first,
			"The company called the ruling “a costly mistake for the whole region.”",
		}, want: []string{"Carla Ruiz: We will", ": a costly mistake"}},
		{name: "ministry has warned", lang: "en", paras: []string{first,
			"The ministry has warned that delays would “put thousands of commuters at risk.”",
		}, want: []string{"Carla Ruiz: We will", ": put thousands"}},
		{name: "office of the body is a person", lang: "en", paras: []string{
			"“We will open the bridge in May,” said Dana Moss, the agency chief.",
			"The agency chief described the plan as “a costly mistake for the whole town.”",
		}, want: []string{"Dana Moss: We will", "Dana Moss: a costly mistake"}},
	})
}

// TestBareTitleSuffixGerman: a German job word listed as a compound's
// ending ("-lehrer", "-trainer", "-forscher") is a job on its own too:
// "Lehrer Jonas Weber" is Jonas Weber. A surname that is such a word
// ends a name and stays ("Sabine Meister").
func TestBareTitleSuffixGerman(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "job opens sentence", lang: "de", paras: []string{
			"Lehrer Jonas Weber hat die Aufgaben vorher festgelegt: „Das Programm ist völlig anpassbar“, erklärt er.",
		}, want: []string{"Jonas Weber: Das Programm"}},
		{name: "job after verb", lang: "de", paras: []string{
			"„Wir haben lange auf diesen Sieg gewartet“, sagte Trainer Lukas Brandt nach dem Spiel.",
		}, want: []string{"Lukas Brandt: Wir haben lange"}},
		{name: "researcher", lang: "de", paras: []string{
			"„Die Daten zeigen einen klaren Trend“, sagt Forscherin Anna Keller von der Universität Jena.",
		}, want: []string{"Anna Keller: Die Daten zeigen"}},
		{name: "surname that is a job word", lang: "de", paras: []string{
			"„Wir müssen die Kosten senken“, sagte Sabine Meister am Montag.",
		}, want: []string{"Sabine Meister: Wir müssen"}},
	})
}

// TestTitleVouchesLoneName: where every noun is capitalised a lone word
// is a name only when the article named its person; a title right
// before it, without an article, vouches for it ("sagte Ministerin
// Baerbock", "sagt Schülerin Lena"). A lone noun after no title stays
// no one.
func TestTitleVouchesLoneName(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "minister surname", lang: "de", paras: []string{
			"„Wir halten an dem Zeitplan fest“, sagte Ministerin Kowalski am Dienstag.",
		}, want: []string{"Kowalski: Wir halten"}},
		{name: "pupil first name", lang: "de", paras: []string{
			"„Der Bot erklärt wirklich alles“, sagt Schülerin Lena später auf dem Schulhof.",
		}, want: []string{"Lena: Der Bot"}},
		{name: "teacher named before", lang: "de", paras: []string{
			"Lehrer Tobias Brandt hat die Aufgaben vorbereitet.",
			"„Das spart uns viel Zeit“, erklärt Lehrer Brandt.",
		}, want: []string{"Tobias Brandt: Das spart"}},
		{name: "lone noun no title", lang: "de", paras: []string{
			"„Das spart uns viel Zeit“, heißt es in der Pressemitteilung.",
		}, want: []string{": Das spart"}},
	})
}

// TestSubjectlessVerbThenClosingAttribution: a verb with no subject
// right after a quote that did not close with a comma goes on the
// quote's sentence ('“… the little deal” announced in October'); an
// attribution clause closing the sentence names the speaker, not the
// last one to speak.
func TestSubjectlessVerbThenClosingAttribution(t *testing.T) {
	first := "“Talks resume next week,” President Ana Ruiz said."
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "announced then said", lang: "en", paras: []string{first,
			"“She wants a bigger deal. Bigger than the little deal” announced in October, said Derek Fowler, a trade scholar.",
		}, want: []string{"Ana Ruiz: Talks resume", "Derek Fowler: She wants a bigger"}},
		{name: "reported then told", lang: "en", paras: []string{first,
			"“The tariffs will stay for now and maybe longer” reported by the ministry, Karen Walsh told reporters.",
		}, want: []string{"Ana Ruiz: Talks resume", "Karen Walsh: The tariffs will stay"}},
		{name: "plain said stays", lang: "en", paras: []string{first,
			"“We expect an agreement before the summit,” said Derek Fowler, a trade scholar.",
		}, want: []string{"Ana Ruiz: Talks resume", "Derek Fowler: We expect"}},
	})
}

// TestAccordingToPersonNoun: "According to the man, …" reads a person
// noun as '," the man said' does: the unnamed person the article
// brought in ("a 43-year-old man"), as written; a person named before,
// by the noun's gender, otherwise.
func TestAccordingToPersonNoun(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "unnamed man", lang: "en", paras: []string{
			"Dr. Owen Pratt of Lakeside Hospital described a 43-year-old man who could barely climb stairs.",
			"According to the man, the treatment “had a transformative effect within two days.”",
		}, want: []string{"the man: had a transformative"}},
		{name: "unnamed woman", lang: "en", paras: []string{
			"Police spoke to a woman who saw the crash from her balcony.",
			"According to the woman, “the car never slowed down at the junction.”",
		}, want: []string{"the woman: the car never slowed"}},
		{name: "named woman", lang: "en", paras: []string{
			"Susan Webb, 61, has lived on the street for thirty years.",
			"“The car never slowed down,” said Thomas Baker, a neighbour.",
			"According to the woman, the junction “has been dangerous for years.”",
		}, want: []string{"Thomas Baker: The car", "Susan Webb: has been dangerous"}},
	})
}

// TestMomDadPersonNouns: "mom", "mum" and "dad" are person nouns with a
// gender, as "mother" and "father": "Kelly’s mom said" is the role as
// written where no one holds it; "the dad said" the man named last.
func TestMomDadPersonNouns(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "possessed mom", lang: "en", paras: []string{
			"“We never expected the team to win the title,” Jordan Kelly’s mom said after the game.",
		}, want: []string{"Jordan Kelly’s mom: We never expected"}},
		{name: "possessed dad before", lang: "en", paras: []string{
			"Sam Ortiz’s dad told reporters: “He practised every single morning before school.”",
		}, want: []string{"Sam Ortiz’s dad: He practised"}},
		{name: "the dad", lang: "en", paras: []string{
			"Thomas Reed coaches the under-12 side on Saturdays.",
			"“The kids learn more from losing than winning,” the dad said.",
		}, want: []string{"Thomas Reed: The kids learn"}},
	})
}

// TestParticipleAfterComma: a reporting participle set off by a comma
// ("…, saying his government had no plan") is the sentence's subject's:
// the person opening the sentence, not the word before the comma
// ("after Brexit, saying" made "Brexit" a speaker).
func TestParticipleAfterComma(t *testing.T) {
	first := "“I wrote the book for people who run governments,” Tony Hale said."
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "word before comma", lang: "en", paras: []string{first,
			"Hale has accused Martin Crane of lacking any plan for the years after Renewal, saying his cabinet had no strategy.",
			"“There are enough people attacking him; I am not interested in that.”",
		}, want: []string{"Tony Hale: I wrote", "Tony Hale: There are enough"}},
		{name: "subject opens sentence", lang: "en", paras: []string{first,
			"Carla Ruiz criticised the council over the delays at Riverside, saying the funds were never released.",
			"“The money has been sitting in an account for two years now.”",
		}, want: []string{"Tony Hale: I wrote", "Carla Ruiz: The money has been"}},
		{name: "told then participle", lang: "en", paras: []string{first,
			"Carla Ruiz told Crane, asserting that the plan had failed: “Nothing was built in four years.”",
		}, want: []string{"Tony Hale: I wrote", "Carla Ruiz: Nothing was built"}},
	})
}

// TestIndefiniteModifierRun: a capitalised run between an indefinite
// article and its noun ("in a Truth Social post", "in an Oliver Sacks
// kind of way", "una Autoridad Nacional reforzada") modifies the noun and
// names no speaker: the next unattributed words are not its.
func TestIndefiniteModifierRun(t *testing.T) {
	checkQuotes(t, loadLexicon(), []quoteCase{
		{name: "platform post", lang: "en", paras: []string{
			"In a Truth Circle post after the summit, the president said the treaty was outdated.",
			"Under the treaty, each member would take “such action as it deems necessary to restore security.”",
		}, want: []string{": such action as it deems"}},
		{name: "kind of way", lang: "en", paras: []string{
			"The melodies came back to him in an Oliver Banks kind of way.",
			"“I could not focus on anything else for weeks,” he said.",
		}, want: []string{": I could not focus"}},
	})
}
