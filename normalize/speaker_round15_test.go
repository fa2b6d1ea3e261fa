package normalize

import "testing"

// TestRound15Classes holds the failure classes of this round's review of
// half-A aeb and fundus pages, in invented articles.
func TestRound15Classes(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		// Titles of works and names of bodies quoted in a language that
		// capitalises its nouns (de: 20min, Tagesspiegel, WAZ, Vogue,
		// Correctiv, Mallorca Magazin): no speech, no speaker.
		{name: "journal title in a German article", lang: "de", paras: []string{
			`„Die Lage ist ernster als gedacht“, sagte die Ärztin Margit Oberlander.`,
			`Eine Studie, die im „Annals of Internal Medicine“ erschien, kommt zu einem ähnlichen Schluss.`,
		}, want: []string{"Margit Oberlander: Die Lage ist ernster"}},
		{name: "German book titles", lang: "de", paras: []string{
			`„Er hat uns allen das Lesen beigebracht“, sagte der Verleger Konrad Wiesner.`,
			`Bekannt wurde der Autor mit „Die Brücke über dem Fluss“ und „Ein Sommer für Clara“.`,
		}, want: []string{"Konrad Wiesner: Er hat uns allen"}},
		{name: "German noun phrase with a verb stays speech", lang: "de", paras: []string{
			`„Der Damm hält nicht mehr“, sagte Feuerwehrchef Ansgar Lumme.`,
			`„Das ist Sache der Polizei“, fügte er hinzu.`,
		}, want: []string{"Ansgar Lumme: Der Damm hält nicht mehr", "Ansgar Lumme: Das ist Sache der Polizei"}},
		// Capitalised nouns taken for a person where every noun is
		// capitalised (de: 20min, Postillon, Freitag, WAZ), and the
		// pronoun or unattributed quote falling to them. Each case makes
		// the pair's last word stand alone elsewhere too, so that only
		// the context of the mention tells the nouns.
		{name: "subheading of nouns is no person", lang: "de", paras: []string{
			`Die Behörde hat ein Verfahren gegen den Anbieter eröffnet.`,
			`Klare Vorgaben durch neues Gesetz`,
			`Anbieter müssen die neuen Vorgaben schneller umsetzen. Es werde nun gründlich geprüft, sagte sie. «Wann immer wir eine solche Einmischung vermuten, müssen wir schnell handeln.»`,
		}, want: []string{": Wann immer wir"}},
		{name: "what a number counts is no person", lang: "de", paras: []string{
			`Jedes Jahr schmelzen dort mehrere Tonnen ab. Der Gletscher ist nach Berechnungen der Forscher rund 30 Milliarden Tonnen schwer.`,
			`"Erstaunlich, dass das vor uns noch niemand bemerkt hat", so die Forscherin.`,
		}, want: []string{"die Forscherin: Erstaunlich, dass das"}},
		{name: "a determiner and two nouns opening a sentence", lang: "de", paras: []string{
			`Viele Menschen auf den Philippinen lesen kaum. Das Inselreich Philippinen hat einige Probleme. Um so härter klingen die Passagen aus dem Buch nach: „Als die Stürme kamen, gab es jede Nacht neue Schäden an den Häusern.“`,
		}, want: []string{": Als die Stürme kamen"}},
		{name: "a noun phrase whose last word never stands alone", lang: "de", paras: []string{
			`Geprüft werden unter anderem Vimeos Empfehlungssysteme und die Werbung.`,
			`Es werde nun gründlich untersucht, sagte sie. «Wann immer wir eine solche Einmischung vermuten, müssen wir schnell handeln.»`,
		}, want: []string{": Wann immer wir"}},
		{name: "a surname standing alone later keeps its person", lang: "de", paras: []string{
			`Korbinian Aimer fährt an Streiktagen selbst. An einem normalen Tag brauche er eine halbe Stunde. "Aber an einem Streiktag braucht man schon mehr als eine Stunde." Viele steigen um. "Da kommst du nicht durch. Überall ist es voll", so Aimer.`,
		}, want: []string{"Korbinian Aimer: Aber an einem Streiktag", "Korbinian Aimer: Da kommst du nicht durch"}},
		{name: "a named person with a known given name", lang: "de", paras: []string{
			`Die Kommissarin Hanna Berger mahnte an, dass die Demokratien geschützt werden müssten. Es werde nun gründlich untersucht, sagte sie. «Wann immer wir eine solche Einmischung vermuten, müssen wir schnell handeln.»`,
		}, want: []string{"Hanna Berger: Wann immer wir"}},
		// A full name the article gives only in the possessive is still
		// the fullest name of the person a later surname stands for (en:
		// spokesman, indiewire, twincities).
		{name: "full name given in the possessive", lang: "en", paras: []string{
			`The new slogan drew jeers online this week, but Dolores Pratchett’s first reaction was worry.`,
			`Pratchett runs a small advertising shop in the city.`,
			`“My first thought was that they would get attention, and not the helpful kind,” Pratchett said.`,
		}, want: []string{"Dolores Pratchett: My first thought"}},
		{name: "two possessors joined by and", lang: "en", paras: []string{
			`The song eventually found its way to Gareth Lindqvist and Maura Eddington’s studio.`,
			`“We knew within a minute that it was the one,” Lindqvist said.`,
			`“It made me cry on the first listen,” Eddington said.`,
		}, want: []string{"Gareth Lindqvist: We knew", "Maura Eddington: It made me cry"}},
		{name: "possessive after the name, plain s", lang: "en", paras: []string{
			`Critics mocked the plan, though Marcus Hollings' response was measured.`,
			`“It is a start, and we should judge it in a year,” Hollings said.`,
		}, want: []string{"Marcus Hollings: It is a start"}},
		{name: "a possessor is not who a pronoun means", lang: "en", paras: []string{
			`Council member Brenda Oyelaran spoke after the vote.`,
			`Later, Victor Almquist’s lawyer filed an appeal.`,
			`“We will keep fighting this in court,” she said.`,
		}, want: []string{"Brenda Oyelaran: We will keep fighting"}},
		// A scare quote inside the relative clause after the subject's
		// name broke the sentence into pieces and lost its subject; a
		// pronoun then fell to an earlier speaker (en: indiewire, and the
		// same shape in many English reports).
		{name: "scare quote in a relative clause, he", lang: "en", paras: []string{
			`“The council has failed us,” said Peter Grimsby, a resident.`,
			`Kelvin Obuya, who called the plan “a slow-motion disaster,” spoke after the vote. “We will not support it in this form,” he said.`,
		}, want: []string{"Peter Grimsby: The council", "Kelvin Obuya: We will not support"}},
		{name: "scare quote in a relative clause, colon", lang: "en", paras: []string{
			`“It grabbed me the moment I heard it,” said Rosalind Achebe, the director.`,
			`Tamsin Okoro, who flew in from the set of “Harbour Lights,” had a similar reaction: “It was that immediate feeling of knowing.”`,
		}, want: []string{"Rosalind Achebe: It grabbed me", "Tamsin Okoro: It was that immediate"}},
		{name: "relative clause without marks stays as it was", lang: "en", paras: []string{
			`“The council has failed us,” said Peter Grimsby, a resident.`,
			`Kelvin Obuya, who called the plan a slow-motion disaster, spoke after the vote. “We will not support it in this form,” he said.`,
		}, want: []string{"Peter Grimsby: The council", "Kelvin Obuya: We will not support"}},
		{name: "quoted title inside an appositive", lang: "en", paras: []string{
			`“The council has failed us,” said Mary Grimsby, a resident.`,
			`Kelvin Obuya, the director of “Night Train,” also remembers the day. “We will not support it in this form,” he said.`,
		}, want: []string{"Mary Grimsby: The council", "Kelvin Obuya: We will not support"}},
		{name: "quoted titles in brackets after the name", lang: "en", paras: []string{
			`“The council has failed us,” said Mary Grimsby, a resident.`,
			`Her son, filmmaker Kelvin Obuya (“Night Train,” “The Wall”), also remembers the day. “We will not support it in this form,” he said.`,
		}, want: []string{"Mary Grimsby: The council", "Kelvin Obuya: We will not support"}},
		// Before anyone has spoken, a verb without its subject
		// ("katanya", "ujarnya") goes on with the sentence's subject,
		// not with a companion or object named after it.
		{name: "subject over companion, katanya", lang: "id", paras: []string{
			`Bupati Sukamaju Hendra Gunawan meninjau lokasi longsor bersama Kapolres AKBP Rudi Hartono.`,
			`"Kami minta warga di lereng bukit segera mengungsi," katanya.`,
		}, want: []string{"Hendra Gunawan: Kami minta warga"}},
		{name: "subject over object, ujarnya", lang: "id", paras: []string{
			`Wali Kota Sukamaju Ratna Dewi menerima Menteri Sosial Agus Prasetyo di balai kota, Senin.`,
			`"Bantuan ini sangat berarti bagi warga kami yang terdampak banjir," ujarnya.`,
		}, want: []string{"Ratna Dewi: Bantuan ini"}},
		{name: "a long office before the subject's name", lang: "id", paras: []string{
			`"Kami sudah siapkan tenda pengungsian," kata Camat Sukamaju Bambang Irawan.`,
			`Kepala Dinas Kesehatan Kabupaten Sukamaju Lestari Ayuningtyas mengatakan stok obat masih cukup. "Kami kirim tambahan besok pagi," ujarnya.`,
		}, want: []string{"Bambang Irawan: Kami sudah siapkan", "Lestari Ayuningtyas: Kami kirim tambahan"}},
		// "Menurut"/"according to" before a long office: the name comes
		// after more words than a fixed window held.
		{name: "menurut and a long office with its acronym", lang: "id", paras: []string{
			`Menurut Kepala Lembaga Riset Kelautan dan Perikanan Nusantara (LRKPN) Hartati Wulandari, hujan masih akan turun. "Warga di bantaran sungai kami minta waspada," jelasnya.`,
		}, want: []string{"Hartati Wulandari: Warga di bantaran"}},
		{name: "according to a long office with its acronym", lang: "en", paras: []string{
			`According to National Oceanic and Atmospheric Administration (NOAA) Administrator Carla Whitfield, the season will be busy. “We expect more storms than usual this year,” she said.`,
		}, want: []string{"Carla Whitfield: We expect more storms"}},
		// A capitalised word opening the sentence before a job in lower
		// case and the name: the name is still the sentence's subject.
		{name: "Opposition leader X disagreed", lang: "en", paras: []string{
			`Prime Minister Keir Halden said the plan was “the biggest investment in a generation.”`,
			`Opposition leader Fiona Marsh disagreed. “It is a promise with no money behind it,” she told reporters.`,
		}, want: []string{"Keir Halden: the biggest", "Fiona Marsh: It is a promise"}},
		{name: "Former minister X disagreed", lang: "en", paras: []string{
			`Prime Minister Keir Halden said the plan was “the biggest investment in a generation.”`,
			`Former minister Fiona Marsh disagreed. “It is a promise with no money behind it,” she told reporters.`,
		}, want: []string{"Keir Halden: the biggest", "Fiona Marsh: It is a promise"}},
		{name: "Senate majority leader X", lang: "en", paras: []string{
			`Prime Minister Keir Halden said the plan was “the biggest investment in a generation.”`,
			`Senate majority leader Fiona Marsh was unimpressed. “It is a promise with no money behind it,” she told reporters.`,
		}, want: []string{"Keir Halden: the biggest", "Fiona Marsh: It is a promise"}},
		// A given name that is a stopword of another language only
		// ("nur" in German, "ada" in Indonesian) stays on the name.
		{name: "Nur opening an Indonesian name", lang: "id", paras: []string{
			`"Mohon doanya agar anak saya cepat sembuh," ucap ibu korban, Nur Halimah, sambil menangis.`,
		}, want: []string{"Nur Halimah: Mohon doanya"}},
		{name: "Ada opening an English name", lang: "en", paras: []string{
			`“I felt strange as soon as the anaesthetic wore off,” Ada Whitcombe said.`,
		}, want: []string{"Ada Whitcombe: I felt strange"}},
		{name: "a German stopword in German still opens no name", lang: "de", paras: []string{
			`„Wir haben die Schäden noch lange nicht im Griff“, sagte Bürgermeisterin Henrike Laue.`,
			`Nur Laue selbst blieb ruhig. „Wir schaffen das auch diesmal wieder gemeinsam“, sagte sie.`,
		}, want: []string{"Henrike Laue: Wir haben", "Henrike Laue: Wir schaffen"}},
		// Another name given before its tag ("X, sapaan akrabnya")
		// stands for the person the text is about, or the one the tag
		// names.
		{name: "nickname before sapaan akrabnya", lang: "id", paras: []string{
			`"Kami akan evaluasi semua perizinan tambang," kata Bupati Sukamaju Hendrawan Saputra.`,
			`Aan, sapaan akrabnya, menyebut evaluasi dimulai bulan depan. "Hasilnya akan kami umumkan ke publik," ujar Aan.`,
		}, want: []string{"Hendrawan Saputra: Kami akan evaluasi", "Hendrawan Saputra: Hasilnya akan"}},
		{name: "nickname before sapaan akrab and the name", lang: "id", paras: []string{
			`Bupati Sukamaju Hendrawan Saputra meninjau lokasi tambang bersama Kapolres AKBP Rudi Hartono.`,
			`Aan, sapaan akrab Hendrawan Saputra, menyebut evaluasi dimulai bulan depan. "Hasilnya akan kami umumkan ke publik," ujar Aan.`,
		}, want: []string{"Hendrawan Saputra: Hasilnya akan"}},
		// Initials as the article prints them (FIELDS.md: the name as
		// the article gives it; newsweek, nbcnews, politifact, thehill).
		{name: "middle initial keeps its full stop", lang: "en", paras: []string{
			`Senior author Dr. Miriam T. Okafor, a professor of epidemiology, commented: "The findings should worry every parent in the state."`,
			`"We need prevention and treatment to go hand in hand," Okafor said.`,
		}, want: []string{"Miriam T. Okafor: The findings", "Miriam T. Okafor: We need prevention"}},
		{name: "initial printed without a stop stays so", lang: "en", paras: []string{
			`"The port handled record volumes this year," said Harold J Brennan, an analyst.`,
		}, want: []string{"Harold J Brennan: The port"}},
	})
}
