package normalize

import (
	"slices"
	"testing"
)

// TestPressCitationForms covers citation forms met on pages of several
// publishers: a document "seen by" an outlet, "according to a X report",
// a statement made "on" a broadcaster, German "schreibt die X" and
// "gegenüber dem X", an outlet named in French guillemets set apart,
// and an outlet's full name closed by its acronym in brackets (the
// acronym then dropped as its short form, as normalize does). Each has
// look-alikes that cite no one.
func TestPressCitationForms(t *testing.T) {
	lx := loadLexicon()
	tests := []sourceCase{
		{"seen by outlet", "The council plans to sell the depot, according to minutes seen by Reuters.", []string{"Reuters"}},
		{"seen by outlet first", "The draft, first seen by Politico, would cap the fees.", []string{"Politico"}},
		{"seen by person", "The fox was seen by Harriet Vane near the barn.", nil},
		{"according to a report", "Both firms will merge, according to a Bloomberg report on Friday.", []string{"Bloomberg"}},
		{"according to an report", "The mine will close, according to an AFP report.", []string{"AFP"}},
		{"according to a person report", "The mine will close, according to a Tom Ashby report.", nil},
		{"said on broadcaster", "\"We will hold the line,\" the senator said on CNN on Sunday.", []string{"CNN"}},
		{"speaking on broadcaster", "Speaking on NPR, the governor defended the budget.", []string{"NPR"}},
		{"carried on is no citation", "The debate, to be carried on MSNBC, starts at nine.", nil},
		{"schreibt die", "Der Plan ist gescheitert. Das schreibt die «Süddeutsche Zeitung».", []string{"Süddeutsche Zeitung"}},
		{"wie die schreibt", "Wie die New York Times schreibt, wurde der Vertrag gekündigt.", []string{"New York Times"}},
		{"schreibt person", "Der Autor schreibt Anna Berger einen langen Brief.", nil},
		{"schrieb no outlet", "Die Mannschaft schrieb am Samstag Geschichte.", nil},
		{"gegenüber dem", "Das bestätigte ein Sprecher gegenüber dem Spiegel am Montag.", []string{"Spiegel"}},
		{"gegenüber der", "Der Bürgermeister sagte gegenüber der Nachrichtenagentur Reuters, die Brücke bleibe gesperrt.", []string{"Reuters"}},
		{"gegenüber person", "Der Trainer sagte gegenüber Lena Vogt, er bleibe.", nil},
		{"guillemets after noun", "Elle signe une tribune dans le quotidien « Le Monde » ce jeudi.", []string{"Le Monde"}},
		{"guillemets after selon", "Selon « Le Figaro », la réforme sera votée en mai.", []string{"Le Figaro"}},
		{"guillemets quote", "Le maire a déclaré « nous sommes prêts » devant le conseil.", nil},
		{"full name with acronym", "Das sagte die Ministerin gegenüber dem Schweizer Radio und Fernsehen (SRF).", []string{"Schweizer Radio und Fernsehen"}},
		{"acronym of another", "Das sagte er gegenüber dem Spiegel und Markus Lanz (ZDF) am Abend.", []string{"Spiegel"}},
		// Outlets in brackets closing a paragraph: several, or a source
		// line inside them; initials and captions are none.
		{"bracket wires", "The ferry service resumes on Monday. (AFP/AP/Reuters)", []string{"AFP", "AP", "Reuters"}},
		{"bracket outlet and reporter", "Harga tiket naik lagi. (Warta.co.id/Dimas Prasetyo)", []string{"Warta.co.id"}},
		{"bracket source label id", "Harga tiket kapal naik lagi pekan ini. (Sumber: Antara)", []string{"Antara"}},
		{"bracket source label en", "The ferry service resumes on Monday (source: Reuters).", []string{"Reuters"}},
		{"bracket photo credit", "Harga tiket naik lagi. (Foto: Antara/Dimas)", nil},
		{"bracket initials", "Harga tiket naik lagi. (dim/yuh)", nil},
		{"bracket lower agency-like initials", "Harga tiket naik lagi. (ani)", nil},
		// Source lines of more languages.
		{"fuente", "Fuente: EFE", []string{"EFE"}},
		{"source fr", "Source : AFP", []string{"AFP"}},
		// A noun before a title: the title is the outlet.
		{"noun before title", "Der Plan ist gescheitert, wie die Zeitung Die Welt berichtet.", []string{"Die Welt"}},
		// German and Indonesian cues.
		{"nach informationen des", "Nach Informationen des Spiegel ist der Vertrag gekündigt.", []string{"Spiegel"}},
		{"nach informationen authority", "Nach Informationen der Polizei wurde niemand verletzt.", nil},
		{"diberitakan oleh outlet", "Kabar itu pertama kali diberitakan oleh Warta Timur.", []string{"Warta Timur"}},
		{"diberitakan oleh person", "Kabar itu diberitakan oleh Budi Santoso.", nil},
		// Outlets known by name.
		{"known trade outlet", "Deadline reports that the studio has cast its lead.", []string{"Deadline"}},
		{"known magazine", "Rolling Stone reported details of the tour on Monday.", []string{"Rolling Stone"}},
		{"band is no magazine", "The Rolling Stones reported record ticket sales.", nil},
		{"deadline as a word", "The deadline reports were filed late.", nil},
		{"pertama kali terbit", "Artikel ini pertama kali terbit di Suarakita.com.", []string{"Suarakita.com"}},
	}
	checkSources(t, lx, tests)
}

// TestCitedOutletIsNoCoAuthor: a name beside a person in the byline that
// the article cites as an outlet is its source, not an author; alone, or
// beside other outlets only, it stays the byline.
func TestCitedOutletIsNoCoAuthor(t *testing.T) {
	tests := []struct {
		name             string
		authors, sources []string
		want             []string
	}{
		{"syndicated outlet beside person", []string{"Dana Holt", "Skyward"}, []string{"Skyward"}, []string{"Dana Holt"}},
		{"case and punctuation", []string{"Lena Okafor", "THE TIDE LINE"}, []string{"The Tide Line", "Reuters"}, []string{"Lena Okafor"}},
		{"two persons and outlet", []string{"Ana Ruiz", "Pablo Gil", "Diario Sur"}, []string{"Diario Sur"}, []string{"Ana Ruiz", "Pablo Gil"}},
		{"outlet alone stays", []string{"Skyward"}, []string{"Skyward"}, []string{"Skyward"}},
		{"outlets only stay", []string{"AFP", "Reuters"}, []string{"AFP", "Reuters"}, []string{"AFP", "Reuters"}},
		{"uncited second author stays", []string{"Dana Holt", "Marco Bell"}, []string{"Skyward"}, []string{"Dana Holt", "Marco Bell"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropCitedOutletAuthors(slices.Clone(tt.authors), tt.sources); !slices.Equal(got, tt.want) {
				t.Errorf("dropCitedOutletAuthors(%q, %q) = %q, want %q", tt.authors, tt.sources, got, tt.want)
			}
		})
	}
}

// TestOutletAddressBeforeName: an outlet's address glued before a name
// written as one is no part of it; before anything else (a site's own
// label, "beritaku.com developer") the value stays whole, and an address
// alone is the outlet.
func TestOutletAddressBeforeName(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		in, want string
	}{
		{"Beritaku.com Rina Lestari", "Rina Lestari"},
		{"Warta.co.id Dimas Prasetyo", "Dimas Prasetyo"},
		{"beritaku.com developer", "beritaku.com developer"},
		{"Beritaku.com", "Beritaku.com"},
		{"Rina Lestari", "Rina Lestari"},
	}
	for _, tt := range tests {
		if got, _, _ := lx.cleanName(tt.in, true); got != tt.want {
			t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// sourceCase is one invented paragraph and the outlets readSources must
// cite from it, short forms dropped, in order (nil: none).
type sourceCase struct {
	name string
	para string
	want []string
}

// checkSources reads each case's paragraph as a whole article of the
// site "Kabar Kita" (kabarkita.com), so that the site's own name is never
// a source, and compares the outlets cited.
func checkSources(t *testing.T, lx *lexicon, cases []sourceCase) {
	t.Helper()
	const site, domain = "Kabar Kita", "kabarkita.com"
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := lx.dropShortForms(lx.readSources([]string{tt.para}, site, domain))
			if !slices.Equal(got, tt.want) {
				t.Errorf("readSources(%q) = %q, want %q", tt.para, got, tt.want)
			}
		})
	}
}
