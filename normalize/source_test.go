package normalize

import (
	"reflect"
	"slices"
	"testing"
)

// TestSourceClasses covers each class of cited source, in several
// languages and variants, with the look-alikes that are no source.
func TestSourceClasses(t *testing.T) {
	lx := loadLexicon()
	const site, domain = "Kabar Kita", "kabarkita.com"
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		// The site's own family of channels is no source.
		{"own channel", []string{"Seperti dilansir KabarKitaTV, harga cabai naik."}, nil},
		{"own regional channel", []string{"Dikutip dari KabarKita Jateng, jembatan itu ambruk."}, nil},
		{"own name inflected", []string{"Ein Sprecher sagte der Kabar Kitas, der Plan stehe."}, nil},
		{"own domain", []string{"Artikel ini telah tayang di KabarKita.com dengan judul \"Banjir Lagi\"."}, nil},
		// A cue word opening a quotation is no citation.
		{"quote after sagte", []string{"Der Bürgermeister sagte: „Die Fähre fährt ab Montag wieder.“"}, nil},
		{"quote after told", []string{"The mayor told: \"The Ferry Board will meet again.\""}, nil},
		{"outlet after sagte dem", []string{"Der Bürgermeister sagte dem Hafenkurier, die Fähre fahre wieder."}, []string{"Hafenkurier"}},
		{"label with colon", []string{"Sumber: Warta Timur"}, []string{"Warta Timur"}},
		// An outlet in brackets closing a paragraph.
		{"bracket agency", []string{"Harga minyak naik dua persen pada Senin. (ANTARA)"}, []string{"ANTARA"}},
		{"bracket domain", []string{"Polisi masih menyelidiki kasus itu, kata dia. (Beritaku.com)"}, []string{"Beritaku.com"}},
		{"bracket wire en", []string{"The vote is set for Thursday. (AP)"}, []string{"AP"}},
		{"bracket outlet and reporter", []string{"Warga diminta waspada. (Beritaku.com/Rina Lestari)"}, []string{"Beritaku.com"}},
		{"bracket agency and reporter", []string{"Harga cabai turun. (ANTARA/Budi Santoso)"}, []string{"ANTARA"}},
		{"bracket initials", []string{"Warga diminta waspada. (rdk/rdk)"}, nil},
		{"bracket aside", []string{"The plan was approved by the council (City Hall)."}, nil},
		// Syndication lines.
		{"syndication id", []string{"Artikel ini telah tayang di Suarakita.com dengan judul \"Jalan Rusak\", klik untuk baca."}, []string{"Suarakita.com"}},
		{"syndication id naik", []string{"Artikel ini telah naik di Warta Timur."}, []string{"Warta Timur"}},
		{"syndication en", []string{"This article first appeared in The Harbour Times."}, []string{"The Harbour Times"}},
		{"syndication en originally", []string{"This story was originally published by Coast Weekly."}, []string{"Coast Weekly"}},
		{"credit es", []string{"Con información de AFP y EFE"}, []string{"AFP", "EFE"}},
		{"credit de", []string{"Mit Material von dpa"}, []string{"dpa"}},
		{"credit fr", []string{"Avec AFP"}, []string{"AFP"}},
		{"credit with", []string{"— With AP"}, []string{"AP"}},
		{"credit dash", []string{"— AFP"}, []string{"AFP"}},
		{"credit files", []string{"With files from Reuters"}, []string{"Reuters"}},
		{"credit pair", []string{"AFP/Reuters"}, []string{"AFP", "Reuters"}},
		{"credit dash person", []string{"— Maria Lopez"}, nil},
		{"with not credit", []string{"With the Reuters report in hand, the board met again."}, nil},
		{"with person", []string{"With Maria Lopez"}, nil},
		// according to X, X reported, told X: an outlet, not a person.
		{"according outlet", []string{"The deal fell through, according to the Lakeside Gazette."}, []string{"Lakeside Gazette"}},
		{"according title", []string{"The cast is set, according to The Wrapsheet."}, []string{"The Wrapsheet"}},
		{"according person", []string{"The deal fell through, according to Mark Dalton."}, nil},
		{"according body", []string{"Prices rose, according to the Ministry of Trade."}, nil},
		{"reported outlet", []string{"The Coastal Herald reported that the pier closed."}, []string{"The Coastal Herald"}},
		{"reported person", []string{"Dana Whitfield reported that the pier closed."}, nil},
		{"told outlet", []string{"\"We are ready,\" the mayor told Reuters on Monday."}, []string{"Reuters"}},
		{"told person", []string{"\"We are ready,\" the mayor told Hannah on Monday."}, nil},
		// An outlet the text describes: describing words and a noun
		// before the name, or the name before a lower-case noun.
		{"described name then noun", []string{"\"We will not move,\" he told the Qatari state-owned Al-Waha television on Sunday."}, []string{"Al-Waha"}},
		{"name then newspaper", []string{"The plan was dropped, as reported by the Meridian newspaper."}, []string{"Meridian"}},
		{"adjective noun name", []string{"The chip ships next year, according to sources cited by Taiwanese publication ChipWire."}, []string{"ChipWire"}},
		{"de adjective Sender", []string{"Das Dorf sei geräumt worden, wie der britische Sender Nordlicht am Montag berichtete."}, []string{"Nordlicht"}},
		{"de adjective Agentur", []string{"Zwei Häuser brannten, wie die syrische Nachrichtenagentur \"Halab\" am Abend meldete."}, []string{"Halab"}},
		{"country media", []string{"The general told US media this month that troops would stay."}, nil},
		{"nationality media", []string{"The striker told Dutch media after the match that he would stay."}, nil},
		{"kind media", []string{"The singer told Western media in June that the tour was off."}, nil},
		{"ministry website", []string{"Fees rise in May, according to the Finance Ministry website."}, nil},
		// A statement given to an outlet, or a report in one.
		{"email to outlet", []string{"The lawyer said in an email to The Harbour Times that his client was innocent."}, []string{"The Harbour Times"}},
		{"statement to outlet", []string{"The club said in a statement to the Valley Courier that it would appeal."}, []string{"Valley Courier"}},
		{"email to person", []string{"The lawyer said in an email to Maria Lopez that the case was closed."}, nil},
		{"report in outlet", []string{"According to a report in the Prairie Ledger, the governor agreed."}, []string{"Prairie Ledger"}},
		{"new report by outlet", []string{"The singer is unhappy, according to a new report by the Coast Chronicle."}, []string{"Coast Chronicle"}},
		{"es confirmó a", []string{"Cinco personas murieron, confirmaron a EFE fuentes sanitarias."}, []string{"EFE"}},
		{"es recogido por", []string{"El general habló de una ofensiva, según un comunicado recogido por Europa Press."}, []string{"Europa Press"}},
		{"de interview der", []string{"Er antwortete in einem Interview der Lübecker Post: „Wir sind auf Kurs.“"}, []string{"Lübecker Post"}},
		// A journalist of an outlet: the outlet.
		{"via reporter of outlet", []string{"\"It is over,\" the coach said, via Dana Cole of the Lakeside Gazette."}, []string{"Lakeside Gazette"}},
		{"via person", []string{"\"It is over,\" the coach said, via Dana Cole."}, nil},
		// Citation cues of more languages.
		{"sv enligt", []string{"Fler skadades under natten, enligt Göteborgs Tidningen."}, []string{"Göteborgs Tidningen"}},
		{"no ifølge", []string{"Brannen startet i kjelleren, ifølge Bergens Tidende."}, []string{"Bergens Tidende"}},
		{"it secondo", []string{"Il ponte resterà chiuso, secondo il Corriere di Lecco."}, []string{"Corriere di Lecco"}},
		{"it noun closing clause", []string{"Secondo il network, la Russia ha provato un nuovo missile."}, nil},
		{"pt segundo", []string{"A ponte ficará fechada, segundo o Jornal do Vale."}, []string{"Jornal do Vale"}},
		{"channel outlet", []string{"The mayor resigned, Channel Eleven reported on Wednesday."}, []string{"Channel Eleven"}},
		{"told newspaper", []string{"\"We are ready,\" she told the newspaper Dagbladet Nord."}, []string{"Dagbladet Nord"}},
		{"possessive", []string{"The figures, according to The Evening Courier's data desk, are new."}, []string{"The Evening Courier"}},
		{"capital cue in name", []string{"The case appeared in Clinical Case Reports last year."}, nil},
		{"news agency name", []string{"Ten died, according to the state-run Kalina News Agency."}, []string{"Kalina News Agency"}},
		{"news agency cue", []string{"Ten died, Kalina News Agency reported."}, []string{"Kalina News Agency"}},
		{"id menurut outlet", []string{"Menurut harian Suara Timur, proyek itu molor."}, []string{"Suara Timur"}},
		{"id capitalised noun is the name", []string{"Seperti dilansir Harian Selatan, jalan itu ditutup."}, []string{"Harian Selatan"}},
		{"id menurut person", []string{"Menurut Budi Hartono, proyek itu molor."}, nil},
		{"id melaporkan", []string{"Kantor berita Reuters melaporkan bahwa kapal itu tenggelam."}, []string{"Reuters"}},
		{"es segun", []string{"El alcalde dimitió, según el diario Voz del Sur."}, []string{"Voz del Sur"}},
		{"es told", []string{"La científica aseguró a EFE que el hielo retrocede."}, []string{"EFE"}},
		{"es person", []string{"El alcalde dimitió, según Pedro Gómez."}, nil},
		{"de laut", []string{"Laut Recherchen der Süddeutschen Zeitung stieg die Zahl."}, []string{"Süddeutschen Zeitung"}},
		{"de person", []string{"Laut Petra Müller stieg die Zahl."}, nil},
		{"fr weekly", []string{"Dans un entretien pour l'hebdomadaire Libre Regard, le ministre a parlé."}, []string{"Libre Regard"}},
		{"fr tabloid", []string{"Le tabloïd Écho Matin révèle que le ministre a menti."}, []string{"Écho Matin"}},
		{"fr person", []string{"Selon Jean Morel, le ministre a menti."}, nil},
		{"id told agency place", []string{"\"Stok aman,\" ujar Rina kepada Antara di Kupang."}, []string{"Antara"}},
		{"id told reporters", []string{"Hal itu disampaikan Kapolsek kepada wartawan, Selasa (4/6)."}, nil},
		{"fr known outlet", []string{"Selon Le Monde, le maire a démissionné."}, []string{"Le Monde"}},
		{"de title article", []string{"Laut Die Morgenpost Nord stieg die Zahl."}, []string{"Die Morgenpost Nord"}},
		{"told name particle", []string{"\"We left at night,\" she told El Haddad."}, nil},
		{"fr elided agency", []string{"D'après l'AFP, le bilan s'alourdit."}, []string{"AFP"}},
		{"fr body", []string{"Selon le ministère, le bilan s'alourdit."}, nil},
		{"de agency noun", []string{"Wie die Nachrichtenagentur AFP meldete, stieg die Zahl."}, []string{"AFP"}},
		{"contributed", []string{"Reuters contributed to this report."}, []string{"Reuters"}},
		{"contributed person", []string{"Lena Park contributed to this report."}, nil},
		// A book or report cited by its title.
		{"book title", []string{"Seperti dilansir dari buku Jalan Sunyi Menuju Puncak, karya Rudi Hasan, ada tiga kiat."}, []string{"Jalan Sunyi Menuju Puncak"}},
		{"book no stop", []string{"Dikutip dari buku ini saja"}, nil},
		// A named outlet by its kind.
		{"run-on name", []string{"Speaking to the Daily Mail Rosa Lima claimed she was threatened."}, []string{"Daily Mail"}},
		{"named newspaper", []string{"Asked about it by newspaper Nordposten, he laughed."}, []string{"Nordposten"}},
		{"named not agency", []string{"The ad agency Brightline made the campaign."}, nil},
		// A programme's acronym is no source.
		{"acronym", []string{"The plan follows the SDG targets, according to SDG."}, nil},
		{"acronym reported", []string{"UNDP reported progress on the goals."}, nil},
	}
	for _, tt := range tests {
		if got := lx.readSources(tt.paras, site, domain); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: readSources(%q) = %q, want %q", tt.name, tt.paras, got, tt.want)
		}
	}
}

// TestBylineAgencies: an agency beside a person in the byline is a
// source; an agency that is the whole byline, or beside the site's own
// desk, is not.
func TestBylineAgencies(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		authors, want []string
	}{
		{[]string{"Rina Lestari", "AP"}, []string{"AP"}},
		{[]string{"Tom Hale", "Reuters", "AFP"}, []string{"Reuters", "AFP"}},
		{[]string{"AFP"}, nil},
		{[]string{"Harbour Post Staff", "Reuters"}, nil},
		{[]string{"Rina Lestari"}, nil},
	}
	for _, tt := range tests {
		if got := lx.bylineAgencies(tt.authors); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("bylineAgencies(%q) = %q, want %q", tt.authors, got, tt.want)
		}
	}
}

// TestSyndicationLineLeavesText: the syndication line is out of the text
// and its outlet in sources; a credit line stays in the text.
func TestSyndicationLineLeavesText(t *testing.T) {
	lx := loadLexicon()
	for _, tt := range []struct {
		para string
		out  bool
	}{
		{"Artikel ini telah tayang di Suarakita.com dengan judul \"Jalan Rusak\".", true},
		{"This article first appeared in The Harbour Times.", true},
		{"Dieser Artikel erschien zuerst bei Nordkurier.", true},
		{"With AP", false},
		{"Artikel ini membahas banjir di Semarang.", false},
		{"Originally published on Kabar Kita.", false},
	} {
		if got := lx.isSyndicationLine(tt.para, "Kabar Kita", "kabarkita.com"); got != tt.out {
			t.Errorf("isSyndicationLine(%q) = %v, want %v", tt.para, got, tt.out)
		}
	}
}

// TestSiteFamily: sister outlets share a long stem with the site's name;
// papers that share only a place or an outlet word do not.
func TestSiteFamily(t *testing.T) {
	if got := loadLexicon().readSources([]string{"The senator told The Associated Press he was worried."}, "AP News", "apnews.com"); got != nil {
		t.Errorf("the site spelled out cited: %q", got)
	}
	if got := loadLexicon().readSources([]string{"The senator told The Associated Press he was worried."}, "Kabar Kita", "kabarkita.com"); len(got) != 1 {
		t.Errorf("another site's agency not cited: %q", got)
	}
	if got := loadLexicon().readSources([]string{"Seperti dilansir TribunSumbar.com, harga cabai naik."}, "Tribunnews.com", "tribunnews.com"); got != nil {
		t.Errorf("a sister outlet cited: %q", got)
	}
	lx := loadLexicon()
	for _, tt := range []struct {
		name, site, domain string
		want               bool
	}{
		{"TribunSumbar.com", "Tribunnews.com", "tribunnews.com", true},
		{"Kompas TV", "Kompas.com", "kompas.com", true},
		{"Kleinen Zeitung", "Kleine Zeitung", "kleinezeitung.at", true},
		{"Washington Times", "The Washington Post", "washingtonpost.com", false},
		{"Daily Star", "Daily Mail", "dailymail.co.uk", false},
		{"Reuters", "Kabar Kita", "kabarkita.com", false},
	} {
		got := namesSite(tt.name, tt.site, tt.domain, false) || lx.ofSiteFamily(siteKey(tt.name), tt.site, tt.domain)
		if got != tt.want {
			t.Errorf("family(%q on %s) = %v, want %v", tt.name, tt.domain, got, tt.want)
		}
	}
}

// TestSpeakerIsNoSource: a name a plain cue cites that is a quote's
// speaker is no source; an outlet given a quote stays one.
func TestSpeakerIsNoSource(t *testing.T) {
	lx := loadLexicon()
	paras := []string{
		"Mengutip Hartono, warga diminta tetap tenang.",
		"Seperti ditulis Suarakita.com, jembatan itu ambruk.",
		"According to Reuters, the talks stalled.",
	}
	got := lx.readSources(paras, "Kabar Kita", "kabarkita.com", "Budi Hartono", "Reuters")
	if want := []string{"Suarakita.com", "Reuters"}; !reflect.DeepEqual(got, want) {
		t.Errorf("readSources = %q, want %q", got, want)
	}
}

// TestDropShortForms: an outlet cited by its initials and by its name is
// one source, written in full; initials of no other source stay.
func TestDropShortForms(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ in, want []string }{
		{[]string{"AP", "The Associated Press", "Al Jazeera"}, []string{"The Associated Press", "Al Jazeera"}},
		{[]string{"Agence France-Presse", "AFP"}, []string{"Agence France-Presse"}},
		{[]string{"dpa", "Deutsche Presse-Agentur"}, []string{"Deutsche Presse-Agentur"}},
		{[]string{"Kantor Berita Nasional", "KBN", "Tempo"}, []string{"Kantor Berita Nasional", "Tempo"}},
		{[]string{"AFP", "Reuters"}, []string{"AFP", "Reuters"}},
		{[]string{"BBC", "British Medical Journal"}, []string{"BBC", "British Medical Journal"}},
		{[]string{"EFE"}, []string{"EFE"}},
		// The last word of a cited name refers back to it.
		{[]string{"The Harbour Times", "Reuters", "Times"}, []string{"The Harbour Times", "Reuters"}},
		{[]string{"Post", "Lakeside Post"}, []string{"Lakeside Post"}},
		{[]string{"Courier", "The Valley Gazette"}, []string{"Courier", "The Valley Gazette"}},
	}
	for _, tt := range tests {
		if got := lx.dropShortForms(slices.Clone(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("dropShortForms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
