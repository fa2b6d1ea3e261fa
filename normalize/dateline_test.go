package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineTableExamples checks that every row of lexicon/datelines.txt
// reads its own example, and that no earlier row takes it first: a row
// that can never win is dead.
func TestDatelineTableExamples(t *testing.T) {
	lx := loadLexicon()
	if len(lx.datelineRows) < 10 {
		t.Fatalf("only %d dateline rows", len(lx.datelineRows))
	}
	for k, row := range lx.datelineRows {
		toks := tokenizeDateline(row.example)
		first := -1
		for j, r := range lx.datelineRows {
			if _, ok := lx.matchDateline(r.elems, toks, row.example, ""); ok {
				first = j
				break
			}
		}
		if first != k {
			got := "none"
			if first >= 0 {
				got = lx.datelineRows[first].shape
			}
			t.Errorf("row %q: its example %q is read by %s", row.shape, row.example, got)
		}
	}
}

// TestDatelineShapes covers each shape of the table with several
// variants, and sentences that only look like datelines.
func TestDatelineShapes(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		name, para string
		want       *kabar.Dateline
	}{
		// City (Outlet) —, with an agency or an outlet of any name.
		{"bracket agency", "Bogotá (EFE) — El Gobierno anunció nuevas medidas.", dl("Bogotá", "EFE")},
		{"bracket outlet", "MEDAN (Waspada Online) - Polisi menangkap dua tersangka.", dl("MEDAN", "Waspada Online")},
		{"bracket with region", "GREENVILLE, S.C. (WYFF) — A fire destroyed a barn.", dl("GREENVILLE, S.C.", "WYFF")},
		{"bracket german", "Hamburg (dpa) - Der Hafen meldet einen Rückgang.", dl("Hamburg", "dpa")},
		{"bracket glued", "Hong Kong (CNN Business)Stocks slid on Monday.", dl("Hong Kong", "CNN Business")},
		{"bracket alone", "(AFP) - Les négociations ont repris.", dl("", "AFP")},
		// A town's official name with its river or region, after a small
		// word or in brackets; the bracket is no agency.
		{"town am river", "Frankfurt am Main (dpa) - Die Börse schloss im Minus.", dl("Frankfurt am Main", "dpa")},
		{"town im region", "Freiburg im Breisgau (dpa/lsw) - Ein Unfall legte den Verkehr lahm.", dl("Freiburg im Breisgau", "dpa/lsw")},
		{"town an der river", "Mülheim an der Ruhr - Ein Brand zerstörte eine Lagerhalle.", dl("Mülheim an der Ruhr", "")},
		{"town upon river", "Kingston upon Thames - The council approved the plan.", dl("Kingston upon Thames", "")},
		{"joiner without a region", "Schulz im Interview - Der Parteichef spricht über die Wahl.", nil},
		{"river in brackets", "Halle (Saale) - Die Stadt plant einen neuen Park.", dl("Halle (Saale)", "")},
		{"river in brackets upper", "FRANKFURT (ODER) – Die Grenzbrücke bleibt gesperrt.", dl("FRANKFURT (ODER)", "")},
		{"region bracket then agency", "Landau (Pfalz) (dpa) - Winzer melden eine gute Ernte.", dl("Landau (Pfalz)", "dpa")},
		{"unknown bracket then agency", "Weiden (Oberpf) (dpa) - Ein Feuer brach aus.", dl("Weiden (Oberpf)", "dpa")},
		// An outlet of two words after the place's comma: its last word
		// alone is no outlet, nor its first a region of the place.
		{"outlet word after comma", "Medan, Sumut Post - Warga memadati lapangan.", dl("Medan", "Sumut Post")},
		{"outlet word after comma en", "Harare, Valley Times — The council met on Monday.", dl("Harare", "Valley Times")},
		{"outlet word after comma upper", "BANDUNG, Priangan News - Wali kota meresmikan pasar.", dl("BANDUNG", "Priangan News")},
		// Two wires joined by a conjunction before the place.
		{"two wires and", "AFP and Reuters, WASHINGTON — The Senate voted on Tuesday.", dl("WASHINGTON", "AFP and Reuters")},
		{"two wires und", "dpa und AFP, BRÜSSEL - Die Minister einigten sich.", dl("BRÜSSEL", "dpa und AFP")},
		{"two wires and ampersand", "AP & Reuters, NAIROBI - Floods cut the main road.", dl("NAIROBI", "AP & Reuters")},
		{"three wires", "AFP, AP and Reuters, KYIV — Drones struck the port overnight.", dl("KYIV", "AFP, AP and Reuters")},
		{"wires by commas alone", "AFP, Reuters, LIMA", dl("LIMA", "AFP, Reuters")},
		{"wires slashed", "AFP/Reuters, PARIS", dl("PARIS", "AFP/Reuters")},
		{"wires word alone", "Agencies, BEIJING", dl("BEIJING", "Agencies")},
		{"wires on a line", "Bloomberg and Reuters, TOKYO", dl("TOKYO", "Bloomberg and Reuters")},
		{"outlet then place no list", "Beritaku.com, Semarang, Jawa Tengah - Warga berkumpul.", dl("Semarang, Jawa Tengah", "Beritaku.com")},
		// CITY, Mon DD (Agency) -
		{"date agency", "NAIROBI, Oct 14 (Reuters) - Kenya raised rates.", dl("NAIROBI", "Reuters")},
		{"date dotted agency", "OTTAWA, Jan. 9 (Reuters) - Canada added jobs.", dl("OTTAWA", "Reuters")},
		{"date spanish", "LIMA, 3 dic. (EUROPA PRESS) - El Congreso aprobó la ley.", dl("LIMA", "EUROPA PRESS")},
		{"date long month agency", "NAIROBI, November 14, 2024 (Reuters) — Kenya raised rates.", dl("NAIROBI", "Reuters")},
		{"date day first agency", "KAMPALA, 14 Nov (Xinhua) -- Uganda opened a road.", dl("KAMPALA", "Xinhua")},
		{"bracket glued hyphen", "MANILA, Nov 25 (Reuters)- Typhoon warnings were raised.", dl("MANILA", "Reuters")},
		{"mixed city date agency", "Kuala Lumpur, Nov 25 (Bernama) - Harga minyak sawit naik.", dl("Kuala Lumpur", "Bernama")},
		{"french date", "Lyon, le 3 mai (AFP) - Le maire a démissionné.", dl("Lyon", "AFP")},
		{"spanish date de", "SEVILLA, 3 de diciembre (EUROPA PRESS) - La Junta aprobó el plan.", dl("SEVILLA", "EUROPA PRESS")},
		{"efe stop dash", "Quito, 5 mar (EFE).- El Gobierno anunció un subsidio.", dl("Quito", "EFE")},
		{"lower agency mark", "Hannover (ots) - Die Polizei sucht Zeugen.", dl("Hannover", "ots")},
		// Press-release wires with glued doubled hyphens; Spanish
		// ".-" after a place or a date.
		{"business wire", "DENVER--(BUSINESS WIRE)--Larkspur Labs today announced a new plant.", dl("DENVER", "BUSINESS WIRE")},
		{"business wire region date", "BOISE, Idaho, May 6, 2025--(BUSINESS WIRE)--Larkspur Labs announced.", dl("BOISE, Idaho", "BUSINESS WIRE")},
		{"spanish dot dash", "Ciudad de Panamá.- El Gobierno anunció un subsidio.", dl("Ciudad de Panamá", "")},
		{"spanish date dot dash", "Quito, 5 de marzo de 2025.- El Gobierno anunció un subsidio.", dl("Quito", "")},
		{"doubled hyphen aside", "Wait--what did the council decide?", nil},
		{"bracket age", "Budi (45) - warga setempat - mengaku kaget.", nil},
		{"bracket aside words", "Rina (bukan nama sebenarnya) - Ia mengaku kaget.", nil},
		{"outlet edition", "Jakarta, CNBC Indonesia - Harga batu bara naik.", dl("Jakarta", "CNBC Indonesia")},
		{"known city stop", "Berlin. Die Regierung hat entschieden.", dl("Berlin", "")},
		{"unknown word stop", "Schluss. Die Regierung hat entschieden.", nil},
		{"two agencies", "Washington (dpa/AFP) - Der Senat stimmte zu.", dl("Washington", "dpa/AFP")},
		{"dash lost after agency", "MANILA, Nov 25 (Reuters) Typhoon warnings were raised.", dl("MANILA", "Reuters")},
		{"dash lost after outlet", "MEDAN, BERITAKU.com Polisi menangkap dua tersangka.", dl("MEDAN", "BERITAKU.com")},
		{"outlet lost sentence", "Di Medan, Beritaku.com mencatat dua kasus.", nil},
		{"comma before bracket", "Padang, (ANTARA) - Harga cabai turun.", dl("Padang", "ANTARA")},
		{"day and bracket date", "Jakarta, Selasa (25/11) - Warga memadati stasiun.", dl("Jakarta", "")},
		{"day and agency", "Padang, Jumat (ANTARA) - Harga cabai turun.", dl("Padang", "ANTARA")},
		{"byline with agency", "By Jane Roe, Reuters", nil},
		{"byline label and outlet", "Laporan Wartawan Beritaku.com, Rina Lestari - Warga berkumpul.", nil},
		{"credit agency", "Getty Images - A man walks past the shop.", nil},
		// Several known cities joined by slashes, closed by a full stop.
		{"two cities stop", "Brüssel/Berlin. Die Kommission legt den Entwurf vor.", dl("Brüssel/Berlin", "")},
		{"two cities stop en", "London/Paris. The leaders met on Monday.", dl("London/Paris", "")},
		{"city and club", "Hamburg/Schalke. Das Spiel endet zwei zu eins.", nil},
		{"words slashed", "Gut/Schlecht. Die Bilanz ist gemischt.", nil},
		// A club or a body in mixed case set off by a dash.
		{"football club", "Leeds United – The club confirmed the signing on Friday.", nil},
		{"club initials", "Ajax FC - De club bevestigde de transfer.", nil},
		{"body", "Harbour Authority — The port will close for a week.", nil},
		{"city keeps its word", "Kansas City — The mayor resigned on Monday.", dl("Kansas City", "")},
		{"known place with an org word", "United Nations (AP) — The council voted on Monday.", dl("United Nations", "AP")},
		// A label opening the body, set off as a place would be.
		{"archive photo mark", "FILE - In this photo taken last spring, a ferry leaves the harbour.", nil},
		{"archive photo mark em dash", "FILE — The old mill is seen on a winter morning.", nil},
		{"label ending in news", "BREAKING NEWS — The mayor resigned on Monday.", nil},
		{"label of two words", "SPOILER ALERT — The last episode ends with a wedding.", nil},
		{"commentary label", "COMMENTARY — The budget leaves the schools short.", nil},
		{"indonesian label", "Eksklusif - Menteri itu akhirnya buka suara.", nil},
		{"indonesian fact label", "Hoaks - Beredar pesan berantai soal bansos.", nil},
		{"french label", "Décryptage - Le budget laisse les écoles à court.", nil},
		{"day number agency", "VALENCIA, 14 (EUROPA PRESS) - La Generalitat aprobó el plan.", dl("VALENCIA", "EUROPA PRESS")},
		{"day number no agency", "VALENCIA, 14 - La Generalitat aprobó el plan.", nil},
		{"two cities", "BERLIN/WARSAW, May 2 (Reuters) - Leaders met.", dl("BERLIN/WARSAW", "Reuters")},
		// CITY, Nov 22 — (date, no agency)
		{"date only", "KUCHING, Feb 7 — The state assembly sat today.", dl("KUCHING", "")},
		{"date long", "GEORGETOWN, 12 March 2024 - The minister spoke.", dl("GEORGETOWN", "")},
		{"date with year", "DENVER, April 3, 2024 — Snow closed the roads.", dl("DENVER", "")},
		// Press-release wires.
		{"prnewswire", "TOKYO, Nov 5, 2024 /PRNewswire/ -- Acme Corp today announced results.", dl("TOKYO", "PRNewswire")},
		{"prnewswire id", "SURABAYA, 7 Juli 2024 /PRNewswire/ - Perusahaan meluncurkan produk.", dl("SURABAYA", "PRNewswire")},
		{"globe newswire", "BOSTON, Mass., June 1, 2023 /GLOBE NEWSWIRE/ -- Beta Inc. said.", dl("BOSTON, Mass.", "GLOBE NEWSWIRE")},
		// Outlet.com, City with no dash.
		{"outlet glued", "Suarakita.com, Bandung Pemerintah kota menutup jalan.", dl("Bandung", "Suarakita.com")},
		{"outlet glued upper", "BERITAKU.CO.ID, PALU Gempa mengguncang kota.", dl("PALU", "BERITAKU.CO.ID")},
		{"outlet glued known two-word", "Kabarku.com, Jakarta Selatan Harga cabai naik.", dl("Jakarta Selatan", "Kabarku.com")},
		// AGENCY, CITY as its own block.
		{"agency block", "AP, TOKYO", dl("TOKYO", "AP")},
		{"agency block mixed", "Reuters, Lagos", dl("Lagos", "Reuters")},
		// CITY: text
		{"colon upper", "DODOMA: The parliament passed the budget.", dl("DODOMA", "")},
		{"colon two words", "NEW DELHI: Farmers marched again.", dl("NEW DELHI", "")},
		{"colon with region", "Austin, Texas, United States: The council voted.", dl("Austin, Texas, United States", "")},
		{"colon known mixed", "Jakarta: Harga beras naik.", dl("Jakarta", "")},
		// Brand — City,
		{"brand dash city comma", "Kabarku.com — Kupang, nelayan kembali melaut.", dl("Kupang", "Kabarku.com")},
		{"brand dash name comma", "Kabarku.com — Anies Rahman, warga Kupang, kembali melaut.", dl("", "Kabarku.com")},
		{"brand dash upper stop", "BERITAKU.CO.ID - PALU. Gempa mengguncang kota.", dl("PALU", "BERITAKU.CO.ID")},
		// Bare upper-case city and a full stop.
		{"upper stop", "KUPANG. Nelayan kembali melaut.", dl("KUPANG", "")},
		// The dash forms already read.
		{"city dash", "Bandung - Warga memadati alun-alun.", dl("Bandung", "")},
		{"city unspaced em dash", "ATHENS—Greece's parliament voted.", dl("ATHENS", "")},
		{"city middle dot", "Köln · Der Dom bleibt geschlossen.", dl("Köln", "")},
		{"city state", "Dekalb, Ill. — The home team won.", dl("Dekalb, Ill.", "")},
		{"city state initials", "Springfield, NY – A new school opened.", dl("Springfield, NY", "")},
		{"short form", "ST. CLOUD, Minn. (AP) — Snow fell overnight.", dl("ST. CLOUD, Minn.", "AP")},
		{"short form mixed", "Mt. Hagen - Warga berkumpul.", dl("Mt. Hagen", "")},
		{"place de", "Rio de Janeiro - A chuva parou a cidade.", dl("Rio de Janeiro", "")},
		// Not datelines.
		{"sentence is", "Jakarta is bracing for more floods this week.", nil},
		{"said", "WASHINGTON said nothing about the plan.", nil},
		{"label colon", "UPDATE: The road has reopened.", nil},
		{"label foto", "FOTO: Warga memadati alun-alun.", nil},
		{"salutation", "DEAR MARTHA: My neighbour plays loud music.", nil},
		{"label mixed colon", "Hintergrund: Die Stadt plant neue Wege.", nil},
		{"unknown mixed colon", "Kurz: Die Stadt plant neue Wege.", nil},
		{"aside", "Ratna Sari - yang juga warga setempat - mengaku kaget.", nil},
		{"aside pair", "Ratna Sari - Ketua RT setempat - mengaku kaget.", nil},
		{"upper first word", "INTERNATIONAL Students Union held a rally.", nil},
		{"shouted lead", "A FARMER who lost his herd spoke out.", nil},
		{"date not outlet", "15.04.2026 - 15:48 Uhr", nil},
		{"numbers", "Pada 2022, harga naik - dan terus naik.", nil},
		{"bracket date", "Jakarta (8/7/2020) - Warga berkumpul.", nil},
		{"month alone", "November - Bulan yang basah.", nil},
		// Cities of [dateline-places] in mixed case before a full stop
		// or a colon; a word of no place stays a label.
		{"known city stop de", "Hamburg. Der Senat hat den Haushalt beschlossen.", dl("Hamburg", "")},
		{"known city colon en", "Nairobi: Traders at the market said prices rose.", dl("Nairobi", "")},
		{"known two-word city colon", "Kuala Lumpur: The ringgit rose on Monday.", dl("Kuala Lumpur", "")},
		{"known accented city colon", "Asunción: Die Regierung kündigte neue Hilfen an.", dl("Asunción", "")},
		{"known city colon es", "Bogotá: El Gobierno anunció un subsidio.", dl("Bogotá", "")},
		{"unknown mixed colon 2", "Kompakt: Die Stadt plant neue Wege.", nil},
		// An outlet after the place whose brackets a style sheet draws:
		// the text holds "Place Outlet —".
		{"outlet unbracketed", "Denver CNN — The governor signed the bill.", dl("Denver", "CNN")},
		{"outlet edition unbracketed", "Sao Paulo CNN Business — Shares of the miner fell.", dl("Sao Paulo", "CNN Business")},
		{"outlet domain unbracketed", "Kendari Beritaku.com - Nelayan kembali melaut.", dl("Kendari", "Beritaku.com")},
		{"two names then outlet", "Rina Lestari Beritaku.com", nil},
		// A hyphen glued on one side only is still the dash.
		{"hyphen glued before", "Kupang- Nelayan kembali melaut.", dl("Kupang", "")},
		{"hyphen glued after", "Kupang -Nelayan kembali melaut.", dl("Kupang", "")},
		{"hyphen glued after agency", "BATAM (ANTARA) -Harga cabai turun.", dl("BATAM", "ANTARA")},
		{"hyphen glued before lower", "Kupang- nelayan kembali melaut.", nil},
		{"hyphen compound", "Jakarta-Bandung toll road reopened.", nil},
		{"hyphen prefix", "Pre- and post-war Vienna changed.", nil},
		// Outlet, dash, upper-case place, dash.
		{"outlet dash place dash", "KABARKU.COM - AMBON - Harga ikan naik.", dl("AMBON", "KABARKU.COM")},
		// A section or kind of story opening the text is a label, not a place.
		{"section dash en", "Sports - The home side won again.", nil},
		{"section colon upper", "EDITORIAL: The council must act.", nil},
		{"interview colon", "INTERVIEW: A farmer on the drought.", nil},
		{"section dash id", "Ringkasan - Harga beras naik lagi.", nil},
		{"section dash de", "Politik - Die Koalition streitet weiter.", nil},
		{"section colon de", "MEINUNG: Die Stadt braucht mehr Busse.", nil},
		{"section colon es", "Entrevista: El alcalde habla del agua.", nil},
		{"section colon fr", "ÉDITORIAL : La ville doit agir.", nil},
		{"section colon fr glued", "Éditorial: La ville doit agir.", nil},
		// A colon set apart, a date before a colon, the horizontal bar
		// and the figure dash.
		{"spaced colon upper", "MWANZA : Fishermen returned to the lake.", dl("MWANZA", "")},
		{"spaced colon fr", "LILLE : Le maire a démissionné.", dl("LILLE", "")},
		{"spaced colon label", "UPDATE : The road has reopened.", nil},
		{"date colon", "PESHAWAR, Dec 4: The court adjourned the case.", dl("PESHAWAR", "")},
		{"date colon long", "CHENNAI, December 4, 2024: Rain shut the schools.", dl("CHENNAI", "")},
		{"date colon lower", "Monday, Dec 4: what we know so far.", nil},
		{"horizontal bar", "KUANTAN, Dec 4 ― Floods closed two roads.", dl("KUANTAN", "")},
		{"figure dash", "Ambon ‒ Nelayan kembali melaut.", dl("Ambon", "")},
		// An agency over an all-caps place with a region, on a line of its own;
		// a glued place of two words the lexicons know.
		{"agency block region", "Reuters, SAN DIEGO, California", dl("SAN DIEGO, California", "Reuters")},
		{"agency block upper two words", "AFP, NEW DELHI", dl("NEW DELHI", "AFP")},
		{"outlet glued known city", "Kabarku.com, Palangka Raya Harga karet turun.", dl("Palangka Raya", "Kabarku.com")},
		{"outlet glued place head", "Kabarku.com, Kabupaten Sleman Harga cabai turun.", dl("Kabupaten Sleman", "Kabarku.com")},
		// A given name and a surname before a dash is a person, not a place.
		{"person dash en", "Emily Hartwell – The council got it wrong again.", nil},
		{"person dash de", "Thomas Brenner - Der Trainer bleibt im Amt.", nil},
		{"person colon", "Maria Ortega: Creo que el plan fracasará.", nil},
		{"city named like a person", "Austin — Voters approved the bond.", dl("Austin", "")},
		{"city named like a person with region", "Victoria, B.C. — The legislature sat late.", dl("Victoria, B.C.", "")},
		{"upper two words", "ELIZABETH CITY — The mill closed.", dl("ELIZABETH CITY", "")},
		// A listed place with a small word inside that joins no name.
		{"listed place small word colon", "Dar es Salaam: Traders at the port said prices rose.", dl("Dar es Salaam", "")},
		{"listed place small word dash", "Dar es Salaam – Bus fares rose on Monday.", dl("Dar es Salaam", "")},
		{"unlisted small word", "Kota es Baru: Harga naik.", nil},
		// A one-word label and its colon leading in to the dateline.
		{"label lead-in upper", "BREAKING: DUBLIN (Reuters) - The minister resigned.", dl("DUBLIN", "Reuters")},
		{"label lead-in mixed", "Exclusive: OTTAWA, Nov 3 (Reuters) - Talks stalled.", dl("OTTAWA", "Reuters")},
		{"label lead-in id", "TERKINI: KUPANG - Gempa mengguncang kota.", dl("KUPANG", "")},
		{"label lead-in no dateline", "UPDATE: The road has reopened.", nil},
		{"byline label lead-in", "Reporter: Rina Lestari KUPANG - Gempa mengguncang kota.", nil},
		{"read-also lead-in", "Baca juga: KUPANG - Gempa mengguncang kota", nil},
		// Place, outlet and date.
		{"place outlet date", "KUPANG, Kabarku.com, Kamis (5/12/2024) - Nelayan kembali melaut.", dl("KUPANG", "Kabarku.com")},
		// A full stop set apart after a wire between slashes.
		{"slash wire stops", "MINSK, June 4. /BelTA/. The talks went on late.", dl("MINSK", "BelTA")},
		{"slash wire stops mixed", "Almaty, March 9. /Kazinform/. Officials met.", dl("Almaty", "Kazinform")},
	}
	for _, tt := range tests {
		if got := lx.readDateline(tt.para, ""); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: readDateline(%q) = %+v, want %+v", tt.name, tt.para, got, tt.want)
		}
	}
}

// TestCityStopDateline: a place and a full stop opening the
// body ("Görlitz. Der Stadtrat …") is the dateline when the article puts
// the word after a preposition of place elsewhere; a one-word sentence
// the article never places ("Endlich.", "Merkel.") is no dateline.
func TestCityStopDateline(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"place named again", []string{"Görlitz. Der Stadtrat hat am Abend den Haushalt beschlossen.", "In Görlitz fehlen seit Jahren Lehrer."}, "Görlitz"},
		{"place in the lead", []string{"Pirmasens. Drei neue Buslinien sollen ab Mai in Pirmasens fahren."}, "Pirmasens"},
		{"from the place", []string{"Tbilisi. Thousands marched on Sunday.", "Protesters arrived in Tbilisi from the west of the country."}, "Tbilisi"},
		{"aus", []string{"Doha. Die Verhandlungen ziehen sich hin.", "Aus Doha hieß es am Abend, man sei zuversichtlich.", "Die Delegation reiste aus Doha ab."}, "Doha"},
		{"never placed", []string{"Endlich. Nach zwei Jahren ist die Brücke wieder offen.", "Die Arbeiten kosteten mehr als geplant."}, ""},
		{"a person, not a place", []string{"Scholz. Der Name fiel in jeder Rede.", "Die Partei stand hinter Scholz."}, ""},
		{"a possessive", []string{"Scholz. Der Name fiel in jeder Rede.", "Zwei Posten in Scholz’ Kabinett sind frei."}, ""},
		{"place closing a sentence", []string{"Görlitz. Der Stadtrat tagt.", "Das Theater bleibt in Görlitz."}, "Görlitz"},
		{"lower case after the stop", []string{"Görlitz. dann kam der Regen.", "In Görlitz regnete es."}, ""},
		// A town of several words is read as one of one word is
		// (FIELDS.md: the place printed at the start of the body).
		{"two words", []string{"Bad Kissingen. Die Kurgäste bleiben aus.", "In Bad Kissingen sinken die Zahlen."}, "Bad Kissingen"},
	}
	for _, tt := range tests {
		dl := lx.cityStopDateline(tt.paras)
		got := ""
		if dl != nil {
			got = dl.Place
		}
		if got != tt.want {
			t.Errorf("%s: place %q, want %q", tt.name, got, tt.want)
		}
	}
}
