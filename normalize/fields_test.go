package normalize

import (
	"reflect"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

func TestReadDateline(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, site string
		want       *kabar.Dateline
	}{
		{"TRIBUNNEWS.COM, BRUSSELS - Sekretaris Jenderal NATO Jens Stoltenberg mengatakan.", "Tribunnews.com", &kabar.Dateline{Place: "BRUSSELS", Source: "TRIBUNNEWS.COM"}},
		{"JAKARTA, KOMPAS.com - Menteri Yuddy menginginkan sistem baru.", "Kompas.com", &kabar.Dateline{Place: "JAKARTA", Source: "KOMPAS.com"}},
		{"JAKARTA, KOMPAS.com — Menteri Yuddy menginginkan sistem baru.", "", &kabar.Dateline{Place: "JAKARTA", Source: "KOMPAS.com"}},
		{"LHOKSEUMAWE, KOMPAS.com – Penyidik Polres Lhokseumawe melimpahkan berkas.", "", &kabar.Dateline{Place: "LHOKSEUMAWE", Source: "KOMPAS.com"}},
		{"Liputan6.com, Jakarta - Indonesia memasuki fase dinamis.", "", &kabar.Dateline{Place: "Jakarta", Source: "Liputan6.com"}},
		{"Jakarta (ANTARA) - Pemerintah menetapkan harga baru.", "", &kabar.Dateline{Place: "Jakarta", Source: "ANTARA"}},
		{"Jakarta (ANTARA News) - Pemerintah menetapkan harga baru.", "", &kabar.Dateline{Place: "Jakarta", Source: "ANTARA News"}},
		{"Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.", "", &kabar.Dateline{Place: "Mataram, NTB", Source: "ANTARA News"}},
		{"REPUBLIKA.CO.ID, JAKARTA -- Aktris Marcella Zalianty mengaku.", "", &kabar.Dateline{Place: "JAKARTA", Source: "REPUBLIKA.CO.ID"}},
		{"Jakarta - Salah satu fakta yang terkuak dalam kebangkrutan FTX.", "", &kabar.Dateline{Place: "Jakarta"}},
		{"Doha -", "", &kabar.Dateline{Place: "Doha"}},
		{"Merdeka.com - Banyak jalan seseorang beralih keyakinan.", "", &kabar.Dateline{Source: "Merdeka.com"}},
		{"VIVA.co.id - Pianis cilik Indonesia boleh saja gagal.", "", &kabar.Dateline{Source: "VIVA.co.id"}},
		{"KATHMANDU, April 25 (Reuters) - A powerful earthquake struck Nepal.", "", &kabar.Dateline{Place: "KATHMANDU", Source: "Reuters"}},
		{"WASHINGTON (AP) — The Senate passed the bill.", "", &kabar.Dateline{Place: "WASHINGTON", Source: "AP"}},
		{"Washington (CNN) — The Senate passed the bill.", "", &kabar.Dateline{Place: "Washington", Source: "CNN"}},
		{"Jakarta, CNN Indonesia -- Harga minyak naik.", "", &kabar.Dateline{Place: "Jakarta", Source: "CNN Indonesia"}},
		{"TEMPO.CO, Jakarta - Harga minyak naik.", "", &kabar.Dateline{Place: "Jakarta", Source: "TEMPO.CO"}},
		{"KONTAN.CO.ID - JAKARTA. Harga minyak naik.", "", &kabar.Dateline{Place: "JAKARTA", Source: "KONTAN.CO.ID"}},
		{"Bisnis.com, JAKARTA - Harga minyak naik.", "", &kabar.Dateline{Place: "JAKARTA", Source: "Bisnis.com"}},
		{"LONDON, Dec 1 (Reuters) - Oil prices rose.", "", &kabar.Dateline{Place: "LONDON", Source: "Reuters"}},
		{"PARIS (AFP) - Le gouvernement a annoncé.", "", &kabar.Dateline{Place: "PARIS", Source: "AFP"}},
		{"JAKARTA, INDONESIA - Harga minyak naik.", "", &kabar.Dateline{Place: "JAKARTA, INDONESIA"}},
		{"BUFFALO, N.Y. — Bruce Boudreau said the team played well.", "", &kabar.Dateline{Place: "BUFFALO, N.Y."}},
		{"CLEVELAND, Ohio -- The city council voted.", "Cleveland", &kabar.Dateline{Place: "CLEVELAND, Ohio"}},
		// The site's own name after the place is its outlet, without a
		// domain.
		{"Kupang, Warta Timur — Pemerintah provinsi mengumumkan.", "Warta Timur", &kabar.Dateline{Place: "Kupang", Source: "Warta Timur"}},
		{"MEDAN, Kabarsumut - Harga cabai turun.", "KabarSumut", &kabar.Dateline{Place: "MEDAN", Source: "Kabarsumut"}},
		{"Lyon, Le Rhônal — Le maire a annoncé.", "Le Rhônal", &kabar.Dateline{Place: "Lyon", Source: "Le Rhônal"}},
		{"Medan, Sumut — Harga cabai turun.", "KabarSumut", &kabar.Dateline{Place: "Medan, Sumut"}},
		{"Presiden Joko Widodo - yang baru kembali dari Bali - mengatakan.", "", nil},
		{"Thousands of academic staff at British universities are being treated - says a report.", "", nil},
		{"Pada 2022, harga naik - dan terus naik.", "", nil},
	}
	for _, tt := range tests {
		if got := lx.readDateline(tt.para, tt.site); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("readDateline(%q) = %+v, want %+v", tt.para, got, tt.want)
		}
	}
}

func TestReadSources(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"Dikutip dari Sputnik News, Rabu (30/11/2022), ia kemudian menekankan hal itu.", []string{"Sputnik News"}},
		{"Seperti dilansir dari BBC, Ronaldo kembali menjadi cadangan.", []string{"BBC"}},
		{"Hal itu dilansir New York Post, Jumat (9/12/2022).", []string{"New York Post"}},
		{"Seperti dilansir Reuters, harga minyak naik.", []string{"Reuters"}},
		{"Seperti dikutip dari situs www.menpan.go.id, rencana itu sejalan.", []string{"www.menpan.go.id"}},
		{"Hal itu dikatakan Marcella seperti dikutip Antaranews, Senin (15/2).", []string{"Antaranews"}},
		{"Holdbrooks mengatakan itu seperti ditulis NEW YORK DAILY NEWS.", []string{"NEW YORK DAILY NEWS"}},
		{"Mengutip CNBC, saham teknologi turun tajam.", []string{"CNBC"}},
		{"Sumber: Antara", []string{"Antara"}},
		{"Artikel ini telah tayang di KabarJatim dengan judul \"Harga Cabai Anjlok\".", []string{"KabarJatim"}},
		{"Berita ini sudah tayang di Warta Kota.", []string{"Warta Kota"}},
		{"This article originally appeared on Reuters.", []string{"Reuters"}},
		{"This story was first published in The Guardian.", []string{"The Guardian"}},
		{"Sumber : Antara", []string{"Antara"}},
		{"Al Jazeera melaporkan bahwa serangan berlanjut.", []string{"Al Jazeera"}},
		{"According to Reuters, the talks collapsed.", []string{"Reuters"}},
		{"According to John Smith, the talks collapsed.", nil},
		{"The Wall Street Journal reported that the deal was off.", []string{"The Wall Street Journal"}},
		{"He told Reuters the deal was off.", []string{"Reuters"}},
		{"Menurut dia, dialog gagal.", nil},
		// A body's data is no outlet (FIELDS.md lists outlets).
		{"Menurut data Panel Harga Badan Pangan Nasional, harga turun.", nil},
		{"Berdasarkan data BMKG, hujan lebat masih berpotensi terjadi.", nil},
		{"Berdasarkan data harian Warta Kota, harga turun.", []string{"Warta Kota"}},
		{"Dilansir dari laman resmi BMKG, puncak musim hujan terjadi Desember.", []string{"BMKG"}},
		{"Mengutip laporan We Are Social, pengguna internet bertambah.", []string{"We Are Social"}},
		// "according to" cites people and bodies as well as outlets; only
		// an outlet is a source (FIELDS.md).
		{"Prices rose 6%, according to Statistics Indonesia, adding pressure.", nil},
		{"According to the Himalayan Database, queues were blamed.", nil},
		{"Sumber daya alam Indonesia melimpah.", nil},
	}
	for _, tt := range tests {
		if got := lx.readSources([]string{tt.para}, "Tribunnews", "tribunnews.com"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("readSources(%q) = %q, want %q", tt.para, got, tt.want)
		}
	}
	if got := lx.readSources([]string{"Dikutip dari Tribunnews.com, harga naik."}, "Tribunnews", "tribunnews.com"); got != nil {
		t.Errorf("the site itself counted as a source: %q", got)
	}
}

func TestReadImages(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		in            kabar.Image
		caption, cred string
	}{
		{kabar.Image{URL: "a", Caption: "Suasana sidang di Jakarta. Foto: (Edi Wahyono/detikcom)"}, "Suasana sidang di Jakarta.", "Edi Wahyono/detikcom"},
		{kabar.Image{URL: "a", Caption: "Suasana sidang di Jakarta (Edi Wahyono/detikcom)"}, "Suasana sidang di Jakarta", "Edi Wahyono/detikcom"},
		{kabar.Image{URL: "a", Caption: "Menteri Yuddy Chrisnandi di Jakarta. KOMPAS.com/NABILLA TASHANDRA"}, "Menteri Yuddy Chrisnandi di Jakarta.", "KOMPAS.com/NABILLA TASHANDRA"},
		{kabar.Image{URL: "a", Caption: "ANTARA FOTO/Budi Setya"}, "", "ANTARA FOTO/Budi Setya"},
		{kabar.Image{URL: "a", Caption: "Sekjen NATO Jens Stoltenberg. François WALSCHAERTS / POOL / AFP"}, "Sekjen NATO Jens Stoltenberg.", "François WALSCHAERTS / POOL / AFP"},
		{kabar.Image{URL: "a", Caption: "Rescuers search the rubble. Photo: Navesh Chitrakar"}, "Rescuers search the rubble.", "Navesh Chitrakar"},
		{kabar.Image{URL: "a", Caption: "Justice Samuel Alito. Getty Images"}, "Justice Samuel Alito.", "Getty Images"},
		{kabar.Image{URL: "a", Caption: "Cristiano Ronaldo", Credit: "Foto: Getty Images"}, "Cristiano Ronaldo", "Getty Images"},
		{kabar.Image{URL: "a", Caption: "Petugas mengawasi abu vulkanik. (ANTARA FOTO/Budi Setya)", Credit: "ANTARA"}, "Petugas mengawasi abu vulkanik.", "ANTARA FOTO/Budi Setya"},
		{kabar.Image{URL: "a", Caption: "Terry Holdbrooks.", Credit: "©witnesstoguantanamo.com"}, "Terry Holdbrooks.", "witnesstoguantanamo.com"},
		{kabar.Image{URL: "a", Credit: "Infografis Pelatih Baru Timnas Indonesia (Liputan6.com/Triyasni)"}, "Infografis Pelatih Baru Timnas Indonesia", "Liputan6.com/Triyasni"},
		{kabar.Image{URL: "a", Caption: "Warga menonton pertandingan di Jakarta."}, "Warga menonton pertandingan di Jakarta.", ""},
		{kabar.Image{URL: "a", Caption: "The refinery above Puerto Cabello.", Credit: "(AP Photo/Matias Delacroix) - Copyright"}, "The refinery above Puerto Cabello.", "AP Photo/Matias Delacroix"},
		{kabar.Image{URL: "a", Caption: "Le port de Marseille.", Credit: "AFP - Tous droits réservés"}, "Le port de Marseille.", "AFP"},
		{kabar.Image{URL: "a", Caption: "Demonstranten in Tiflis. - Copyright", Credit: "Shakh Aivazov/AP"}, "Demonstranten in Tiflis.", "Shakh Aivazov/AP"},
		{kabar.Image{URL: "a", Caption: "Authors in a dispute over copyright", Credit: "(Image: © Shutterstock)"}, "Authors in a dispute over copyright", "Shutterstock"},
		{kabar.Image{URL: "a", Caption: "Supporters at the rally.", Credit: "(Robert F. Bukaty / AP)"}, "Supporters at the rally.", "Robert F. Bukaty / AP"},
	}
	for _, tt := range tests {
		got := lx.readImages([]kabar.Image{tt.in})
		if len(got) != 1 || got[0].Caption != tt.caption || got[0].Credit != tt.cred {
			t.Errorf("readImages(%q) = %+v, want caption %q credit %q", tt.in.Caption, got, tt.caption, tt.cred)
		}
	}
}

func TestLanguage(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ declared, text, domain, want string }{
		{"id-ID", "", "", "id"},
		{"en_US", "", "", "en"},
		{"in", "", "", "id"},
		{"", "Sekretaris Jenderal NATO mengatakan bahwa dialog dengan Rusia tidak berhasil dan ini akan menjadi masalah.", "", "id"},
		{"", "The secretary general said that the dialogue with Russia was not working and it has been a problem for the alliance.", "", "en"},
		{"", "Die Entscheidung von US-Präsident Donald Trump ist ein Akt, und die Frage ist nicht, wie sich das auf die Welt auswirkt.", "", "de"},
		{"", "Le gouvernement a annoncé que les mesures seront prises dans la semaine pour les familles qui sont dans le besoin.", "", "fr"},
		{"", "", "detik.id", "id"},
		{"en", strings.Repeat("Pemerintah mengatakan bahwa harga yang naik itu akan turun dan tidak akan naik lagi pada tahun ini. ", 4), "", "id"},
		{"en", "Pemerintah mengatakan bahwa harga naik.", "", "en"},
		// A template's English declaration on a Zulu page: the detector.
		{"en-US", "Kubukeka kukude phambili ukuthi amaphara adla umzila eThekwini aqedwe, njengoba izakhamuzi zikhala ngokuthi azithole usizo kumasipala wedolobha.", "", "zu"},
		// A declared language without stopwords here stands against a few
		// stopwords of another.
		{"cs", "Fialova vláda podala demisi. Jak rychle teď bude postupovat Babiš a Hrad, a co se stane s rozpočtem na příští rok?", "", "cs"},
		{"is", "Íslenskar konur styðja vitnin í Noregi og segja að málið snúist um traust á réttarkerfinu sem hefur brugðist þeim.", "", "is"},
		// Nothing declared and few stopwords: the detector.
		{"", "Calendário da Stock Car 2018 tem doze etapas e começa em Interlagos, com provas em Goiânia, Curitiba e Londrina.", "", "pt"},
	}
	for _, tt := range tests {
		if got := lx.language(tt.declared, tt.text, tt.domain); got != tt.want {
			t.Errorf("language(%q, %.30q, %q) = %q, want %q", tt.declared, tt.text, tt.domain, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \t b\n\nc ", "a b c"},
		{"Jakarta&nbsp;&amp; Bandung", "Jakarta & Bandung"},
		{"Helikopter\u00adlandeplatz", "Helikopterlandeplatz"},
		{"Fortschritt\u200b", "Fortschritt"},
		{"Cafe\u0301", "Café"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIDAndHashes(t *testing.T) {
	first, again := ID("https://a.example/x"), ID("https://a.example/x")
	if first != again || first == ID("https://a.example/y") {
		t.Error("ID not stable or not distinct")
	}
	a := SimHash("the quick brown fox jumps over the lazy dog near the river bank today")
	b := SimHash("the quick brown fox jumps over the lazy dog near the river bank tonight")
	c := SimHash("harga minyak dunia naik tajam setelah pengumuman pemangkasan produksi oleh opec")
	if hamming(a, b) >= hamming(a, c) {
		t.Errorf("near duplicates %s %s farther apart than unrelated %s", a, b, c)
	}
}

func hamming(a, b string) int {
	n := 0
	for i := range a {
		x := hexVal(a[i]) ^ hexVal(b[i])
		for ; x != 0; x &= x - 1 {
			n++
		}
	}
	return n
}

func hexVal(c byte) byte {
	if c >= 'a' {
		return c - 'a' + 10
	}
	return c - '0'
}

func TestLexiconsParse(t *testing.T) {
	lx, err := parseLexicons(lexiconFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		if len(lx.stopwords[lang]) == 0 {
			t.Errorf("no stopwords for %s", lang)
		}
	}
	if lx.months["desember"] != 12 || lx.months["december"] != 12 || lx.zones["wib"] == nil || !lx.verbs["kata"] || !lx.verbs["said"] {
		t.Error("lexicon lost core entries")
	}
	bad := newLexicon()
	if err := bad.add("xx", "[months]\nfoo = 13\n"); err == nil {
		t.Error("bad month accepted")
	}
	if err := bad.add("xx", "[nonsense]\nfoo\n"); err == nil {
		t.Error("unknown section accepted")
	}
}

// TestCitedPaperNames covers papers the lexicon does not list, known for
// outlets by the words papers are named with ("Courier", "Harian",
// "Heraldo", a German compound ending in "-kurier"), after cues that
// cite outlets only.
func TestCitedPaperNames(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want []string
	}{
		{"Rents rose again in March, according to the Dunmore Ledger.", []string{"Dunmore Ledger"}},
		{"The mill will shut in spring, the Eastbrook Courier reported.", []string{"Eastbrook Courier"}},
		{"According to the Lakeside Evening Star, the sale closed on Friday.", []string{"Lakeside Evening Star"}},
		{"Menurut laporan Harian Fajar Selatan, jembatan itu ambruk pada malam hari.", []string{"Harian Fajar Selatan"}},
		{"Menurut Tabloid Suara Rakyat, antrean mengular sejak subuh.", []string{"Tabloid Suara Rakyat"}},
		{"Laut Moselkurier wurde die Straße gesperrt.", []string{"Moselkurier"}},
		{"Wie die Talbote berichtete, blieb die Schule geschlossen.", []string{"Talbote"}},
		{"Selon Le Courrier des Vosges, la route restera fermée.", []string{"Le Courrier des Vosges"}},
		{"Comme l'a rapporté La Dépêche du Lot, la mairie a été évacuée.", []string{"La Dépêche du Lot"}},
		{"Según El Heraldo de Soria, el puente seguirá cerrado.", []string{"El Heraldo de Soria"}},
		{"Selon L'Écho du Morvan, la route restera fermée.", []string{"L'Écho du Morvan"}},
		// Not outlets: a person, a ministry, a plain word.
		{"According to Dunmore, the sale closed on Friday.", nil},
		{"Menurut Kementerian Perhubungan, jembatan itu ambruk.", nil},
		{"Laut Polizei wurde die Straße gesperrt.", nil},
	}
	for _, tt := range tests {
		if got := lx.readSources([]string{tt.para}, "Kabar Harian Kita", "kabarkita.example"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("readSources(%q) = %q, want %q", tt.para, got, tt.want)
		}
	}
}
