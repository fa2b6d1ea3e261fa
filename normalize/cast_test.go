package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// speakersOf reads the quotes of paras and gives their speakers in order.
func speakersOf(lx *lexicon, title string, paras []string) []string {
	var out []string
	for _, q := range lx.readArticleQuotes(articleInfo{title: title}, paras) {
		out = append(out, q.Speaker)
	}
	return out
}

// TestCastSpeakers holds the failure classes of speakers, each in
// several invented articles: a speaker is written as the fullest name the
// article gives the person, never a place, an organisation, an office, an
// age, a joined pair or a clause; a pronoun or a role noun stands for the
// cast member it refers to.
func TestCastSpeakers(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		title string
		paras []string
		want  []string
	}{
		// The short form stands for the full name given earlier.
		{"surname after office, en", "", []string{
			`Finance Minister Clara Oyelaran announced the new levy on Tuesday.`,
			`"We cannot keep borrowing to pay for last year's spending," said Oyelaran.`,
		}, []string{"Clara Oyelaran"}},
		{"two-word short form, id", "", []string{
			`Menteri Perhubungan (Menhub) Dedi Kurnia Saputra meninjau terminal pada Senin pagi.`,
			`"Kami sudah menyiapkan armada tambahan untuk arus balik tahun ini," kata Dedi Kurnia di lokasi.`,
		}, []string{"Dedi Kurnia Saputra"}},
		{"short form before the full name", "", []string{
			`"Kami tidak akan menaikkan tarif sampai akhir tahun," kata Hendra.`,
			`Direktur Utama perusahaan itu, Hendra Wijaya Kusuma, juga meninjau gudang baru.`,
		}, []string{"Hendra Wijaya Kusuma"}},
		{"apostrophe forms, id", "", []string{
			`Wakil Presiden Ma’mun Rasyid menyatakan keterbukaan informasi penting.`,
			`"Masyarakat harus bisa ikut mengawasi anggaran daerah mereka," kata Ma'mun di Jakarta.`,
		}, []string{"Ma’mun Rasyid"}},
		{"surname ending like a participle, en", "", []string{
			`Finance Minister Clive Harding presented the budget on Monday.`,
			`Citing tourism as one of the island's main earners, Harding said arrivals rose by a fifth.`,
			`In March, he said, the Cabinet "approved a second round of grants for small hotels."`,
		}, []string{"Clive Harding"}},
		{"surname, es", "", []string{
			`La investigadora Lucía Ramírez Ortega dirigió la campaña en la isla.`,
			`“Los datos de este verano no tienen precedentes en la serie histórica”, explica Ramírez.`,
		}, []string{"Lucía Ramírez Ortega"}},
		{"headline as last resort", "Rahmat Hidayat: pedagang sudah terlalu lama menunggu", []string{
			`"Pedagang sudah terlalu lama menunggu perbaikan atap pasar ini," kata Rahmat.`,
		}, []string{"Rahmat Hidayat"}},

		// Places, organisations and things are not speakers.
		{"place after from, en", "", []string{
			`One of the marchers, Tessa Bramwell, 39, a midwife from Leicester, said: “We have waited long enough for a decision on the ward.”`,
		}, []string{"Tessa Bramwell"}},
		{"place chain after from, en", "", []string{
			`Retired fisherman Owen Pryce, 71, from Whitby, North Yorkshire, said: “The harbour has not looked this empty in fifty years.”`,
		}, []string{"Owen Pryce"}},
		{"continent is no speaker", "", []string{
			`Regional Director Amara Okafor warned that vaccination gaps remain.`,
			`Infections are climbing again in Central America, and the Director said that “every past wave has taught us what the next one needs.”`,
		}, []string{"Amara Okafor"}},
		{"acronym expansion is no speaker, id", "", []string{
			`Anggota Komisi XI Lestari Handayani meminta pemerintah segera menerbitkan Kartu Identitas Petani (KIP) bagi petani penggarap.`,
			`"Tanpa kartu itu petani tidak bisa mengakses pupuk bersubsidi sama sekali," ujarnya.`,
		}, []string{"Lestari Handayani"}},
		{"faculty is no speaker, id", "", []string{
			`"Semua peserta akan diperiksa suhunya sebelum masuk ruang ujian," kata Wakil Rektor Bidang Akademik, Sri Rahayu Lestari.`,
			`Lebih lanjut, guru besar Fakultas Teknik UGM itu mengatakan ruangan sudah disemprot disinfektan. "Setiap meja dibersihkan dua kali dalam sehari oleh petugas," ujarnya.`,
		}, []string{"Sri Rahayu Lestari", "Sri Rahayu Lestari"}},

		// Offices, ranks, ages and kin are not part of the name.
		{"office with its state, en", "", []string{
			`“This is only the beginning of the investigation,” said Acting U.S. Attorney for Ohio Dana Whitfield.`,
		}, []string{"Dana Whitfield"}},
		{"age before the name, en", "", []string{
			`Eighty-one-year-old Grace Mwangi has lived beside the quarry all her life. “The dust settles on everything we own,” Mwangi said.`,
		}, []string{"Grace Mwangi"}},
		{"two-word office, id", "", []string{
			`"Anggaran perbaikan jalan sudah kami ajukan sejak awal tahun," kata Kepala Dinas Pekerjaan Umum Agus Prasetyo.`,
		}, []string{"Agus Prasetyo"}},
		{"regional office names its region, id", "", []string{
			`"Berkas perkara segera kami limpahkan ke pengadilan," kata Kajari Pinrang Andi Baso Tenri.`,
		}, []string{"Andi Baso Tenri"}},
		{"kin word is no name, id", "", []string{
			`Wanita itu adalah Ratna Sari asal Cirebon. Suami Ratna, Joko, membawanya ke rumah sakit.`,
			`"Saya tidak bisa menggerakkan tangan kiri sama sekali waktu itu," ungkap Ratna.`,
		}, []string{"Ratna Sari"}},
		{"body numbered in Roman numerals, id", "", []string{
			`Ketua Komisi IV Bambang Suryadi meminta harga gabah dijaga.`,
			`"Petani jangan sampai dirugikan saat panen raya," katanya.`,
		}, []string{"Bambang Suryadi"}},

		{"police rank suffix, id", "", []string{
			`Kapolda Banten Irjen Pol Wahyu Setiadi mengatakan tiga pelaku sudah ditangkap.`,
			`"Ketiganya kami amankan di sebuah rumah kontrakan," kata Wahyu kepada wartawan.`,
		}, []string{"Wahyu Setiadi"}},
		{"region learned from a regional office, id", "", []string{
			`Bupati Wonosari Ratih Kusumawati meninjau lokasi banjir, Minggu (6/3).`,
			`Sementara itu, Kepala Pelaksana BPBD Wonosari Darsono menyebut ada 40 rumah terendam.`,
			`"Air mulai surut sejak pagi tadi," kata Darsono.`,
		}, []string{"Darsono"}},
		{"region learned after a locative, id", "", []string{
			`Hujan deras mengguyur kawasan di Cibadak sejak sore.`,
			`"Kami sudah menyiagakan perahu karet," kata Kepala Satpol PP Cibadak Yayan Sopyan.`,
		}, []string{"Yayan Sopyan"}},
		{"German compound title", "", []string{
			`Oppositionsführer Konrad Albrecht kritisierte das Vorgehen: "Das ist zu wenig und kommt zu spät."`,
		}, []string{"Konrad Albrecht"}},
		{"person set off by commas after an institution, es", "", []string{
			`El presidente del Gobierno regional, Tomás Iriarte, defendió la reforma en el pleno.`,
			`"Es una ley que protege a los trabajadores del campo", afirmó Iriarte.`,
		}, []string{"Tomás Iriarte"}},
		{"capitalised office with of, en", "", []string{
			`Secretary of State Howard Lindqvist arrived in Cairo on Tuesday.`,
			`Department spokesman Neil Ashby said the talks had been productive.`,
			`“We will not give up on a ceasefire,” the secretary added.`,
		}, []string{"Howard Lindqvist"}},
		{"organisation speaks when the article says so, id", "", []string{
			`Juru Bicara Kemenkes Rahmat Santoso mengatakan kasus baru meningkat.`,
			`"Masyarakat tidak perlu panik," kata Kemenkes dalam keterangannya.`,
		}, []string{"Kemenkes"}},

		{"a sentence naming the next speaker, id", "", []string{
			`Seorang warga, Siti Maemunah, mengatakan banjir datang tengah malam.`,
			`"Air masuk rumah sampai sepinggang," tuturnya.`,
			`Hal senada disampaikan Ketua RT 07, Slamet.`,
			`"Warga sudah mengungsi ke masjid sejak subuh," ujarnya.`,
		}, []string{"Siti Maemunah", "Slamet"}},

		{"two people joined by a conjunction, id", "", []string{
			`Ketua KPU Daerah Hendra Gunawan dan Ketua Bawaslu Daerah Rini Marlina hadir dalam rapat pleno.`,
			`"Tahapan pemilu berjalan sesuai jadwal," kata Hendra.`,
			`"Kami mengawasi," kata Rini.`,
			`"Semua laporan warga akan kami tindak lanjuti," tambahnya.`,
		}, []string{"Hendra Gunawan", "Rini Marlina"}},
		{"a title's body before the name, id", "", []string{
			`Pelatih Persikota Hans Wagner kecewa dengan hasil imbang itu.`,
			`"Kami seharusnya menang di kandang sendiri," kata Wagner.`,
		}, []string{"Hans Wagner"}},
		{"lower-case role before the name, en", "", []string{
			`“We are not going back to work without a deal,” said union president Rosa Delgado, whose members walked out in May.`,
		}, []string{"Rosa Delgado"}},

		{"German hyphenated and compound titles", "", []string{
			`EU-Kommissar Lukas Brenner sagte am Montag: "Wir brauchen eine gemeinsame Lösung für alle Häfen."`,
		}, []string{"Lukas Brenner"}},
		{"German noun is no speaker", "", []string{
			`Die Pressemitteilung nennt keine Zahlen. Selbstzweck sei das nicht, sagte er: "Die Kontrollen schützen die Fahrgäste."`,
		}, []string{""}},
		{"sentence openers are no names", "", []string{
			`Además, “la reforma llegará a todos los municipios antes del verano”, según el Gobierno regional.`,
		}, []string{""}},
		{"dash glued to a name, en", "", []string{
			`Two rivals—Nikki Sorensen and Paul Adair—were on stage. “I will not withdraw from this race,” Sorensen said.`,
		}, []string{"Nikki Sorensen"}},

		{"organisation by its noun, en", "", []string{
			`The National Bureau of Fisheries and Marine Resources reported the collision on Sunday.`,
			`“The vessel blocked the path of our patrol boat twice,” the bureau said.`,
		}, []string{"National Bureau of Fisheries and Marine Resources"}},
		{"organisation by a generic noun, es", "", []string{
			`Los datos deben ser confirmados por la Agencia Estatal de Meteorología, según su portavoz Luis Prado.`,
			`“Es prematuro dar por bueno ese registro histórico”, resalta el organismo.`,
		}, []string{"Agencia Estatal de Meteorología"}},

		{"another name in brackets, id", "", []string{
			`Wakil Gubernur Bambang Sutrisno (Tris) meresmikan pasar baru di pusat kota.`,
			`"Pasar ini harus bersih dan tertata sejak hari pertama," kata Tris.`,
		}, []string{"Bambang Sutrisno"}},
		{"an unnamed role after the verb, id", "", []string{
			`Polisi menangkap seorang pria berinisial RS (34) di rumahnya.`,
			`"Saya melakukannya karena terlilit utang," kata tersangka di hadapan penyidik.`,
		}, []string{"tersangka"}},

		{"an organisation's name learned before, id", "", []string{
			`Sejumlah kader Partai Nusantara hadir dalam rapat itu.`,
			`Wakil Ketua Umum Partai Nusantara Habiburrahman menanggapi putusan tersebut.`,
			`"Kami menghormati putusan pengadilan sepenuhnya," ujar Habiburrahman di Jakarta.`,
		}, []string{"Habiburrahman"}},

		{"an unnamed subject as printed, en", "", []string{
			`Security footage shows a customer arguing at the front desk on Tuesday.`,
			`“Somebody has to give us our deposit back today,” the man could be heard saying.`,
		}, []string{"the man"}},

		{"a role noun with a word between, en", "", []string{
			`Communications Minister and government spokesman Farid Hakim briefed reporters on the trip.`,
			`“The delegation paid for its own flights and hotels,” the government spokesman said.`,
		}, []string{"Farid Hakim"}},

		// A joined pair is two people.
		{"doubles pair, id", "", []string{
			`Ganda putra Dimas Pratama/Yoga Aditya Nugroho tersingkir di babak pertama.`,
			`"Lawan bermain jauh lebih sabar dari kami hari ini," kata Dimas.`,
			`"Kami terlalu terburu-buru ingin mendapat poin," ujar Yoga.`,
		}, []string{"Dimas Pratama", "Yoga Aditya Nugroho"}},
		{"doubles pair, en", "", []string{
			`Top seeds Harriet Cole/Megan Ashdown lost in straight sets.`,
			`“We never found our rhythm on that court,” said Ashdown.`,
		}, []string{"Megan Ashdown"}},

		// Role nouns and pronouns stand for a cast member.
		{"wire story: office, surname, he", "", []string{
			`WELLINGTON (Reuters) - New Zealand's Trade Minister Rawiri Tane said on Monday talks would resume.`,
			`Opposition leader Margaret Hollis criticised the timing of the announcement.`,
			`“We are closer than we have ever been to an agreement,” Tane told reporters.`,
			`“There is still work to do on dairy access,” he added.`,
		}, []string{"Rawiri Tane", "Rawiri Tane"}},
		{"she after two people", "", []string{
			`Detective Inspector Nadia Brooks led the inquiry, while her colleague Tom Harlow handled the press.`,
			`“We followed every lead we had,” Brooks said.`,
			`“The family deserved answers,” she said.`,
		}, []string{"Nadia Brooks", "Nadia Brooks"}},
		{"pronoun after a new subject, en", "", []string{
			`Trade Minister Rawiri Tane said talks would resume next month.`,
			`Margaret Hollis criticised the timing of the announcement.`,
			`“It is a stunt before the by-election,” she said.`,
		}, []string{"Margaret Hollis"}},
		{"pronoun skips the other gender, en", "", []string{
			`Coach Daniel Ferreira named an unchanged side.`,
			`“We trust the players who got us here,” he said.`,
			`Captain Aisha Bello agreed with the decision.`,
			`“Nobody in the squad is surprised,” said Ferreira.`,
			`“We have trained for this for months,” she said.`,
		}, []string{"Daniel Ferreira", "Daniel Ferreira", "Aisha Bello"}},
		{"pronoun by the gender a title tells, en", "", []string{
			`Mrs. Helen Ward and Mr. Colin Price met the council on Monday.`,
			`“We were promised a new school by now,” she said.`,
		}, []string{"Helen Ward"}},
		{"pronoun skips a subject of the other gender, en", "", []string{
			`Ms. Dana Cole thanked Mr. Ravi Shah for the report.`,
			`“The numbers speak for themselves,” he said.`,
		}, []string{"Ravi Shah"}},
		{"role noun, es", "", []string{
			`Andrés Molina, glaciólogo de la Universidad de Granada, estudia el hielo desde hace veinte años.`,
			`“El retroceso de este año es el mayor que hemos medido”, añade el científico.`,
		}, []string{"Andrés Molina"}},
		{"definite role noun, fr", "", []string{
			`Le ministre de la Santé Pavel Novák a présenté sa démission vendredi.`,
			`« Je n'ai enfreint aucune règle sanitaire », a déclaré le ministre.`,
		}, []string{"Pavel Novák"}},
		{"pronoun, de", "", []string{
			`Der Datenschutzbeauftragte Markus Feldmann erklärt, dass Firmen schnell handeln müssen.`,
			`"Die Meldung muss innerhalb von drei Tagen erfolgen", sagte er dem Sender.`,
		}, []string{"Markus Feldmann"}},
		{"indefinite role, de", "", []string{
			`Betroffen seien "nur die Bestellungen aus dem Lager in Bremen", so ein Sprecher.`,
		}, []string{"ein Sprecher"}},
		{"adverb between verb and name, es", "", []string{
			`“No creo que ese dato se confirme este año”, opina en cambio Marta Villalba, meteoróloga de la agencia.`,
			`“Dijo en Madrid que lo pensaría muy despacio”, dijo en Sevilla el periodista.`,
		}, []string{"Marta Villalba", "Marta Villalba"}},
		{"spanish verb after the quote", "", []string{
			`“No es posible que el error venga de los sensores del equipo”, asegura Julián Pardo, investigador del instituto.`,
		}, []string{"Julián Pardo"}},

		// A profile of one person: unattributed first-person quotes.
		{"profile, id", "", []string{
			`Desainer muda Nadia Kartika bercerita tentang perjalanan kariernya.`,
			`Nadia Kartika memulai label busananya sejak masih kuliah.`,
			`"Aku mulai dari menjahit baju untuk diri sendiri karena susah mencari yang cocok."`,
			`"Sekarang kami punya tim kecil yang semuanya perempuan."`,
		}, []string{"Nadia Kartika", "Nadia Kartika"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(lx, tt.title, tt.paras)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("speakers\n got %q\nwant %q\nof %s", got, tt.want, strings.Join(tt.paras, "\n"))
			}
		})
	}
}

// TestCastMembers checks the cast itself: short forms join the member,
// the longer form wins, a joined pair is two members, and a role finds the
// member last named with it.
func TestCastMembers(t *testing.T) {
	c := newCast()
	c.mention("Rahmat Hadi", "menteri")
	c.mention("Rahmat Hadi Wibisono")
	c.mention("Rina Lestari", "pelatih")
	if got := c.lookup("Wibisono"); got != "Rahmat Hadi Wibisono" {
		t.Errorf("lookup(Wibisono) = %q", got)
	}
	if got := c.fullest("Rahmat Hadi"); got != "Rahmat Hadi Wibisono" {
		t.Errorf("fullest(Rahmat Hadi) = %q", got)
	}
	if m := c.byRole("menteri"); m == nil || m.name != "Rahmat Hadi Wibisono" {
		t.Errorf("byRole(menteri) = %v", m)
	}
	if m := c.byRole("pelatih"); m == nil || m.name != "Rina Lestari" {
		t.Errorf("byRole(pelatih) = %v", m)
	}
	if m := c.mention("Ahmad Fauzi/Kevin Sanjaya"); m != nil {
		t.Errorf("a pair is no member, got %v", m.name)
	}
	if got := c.lookup("Kevin"); got != "Kevin Sanjaya" {
		t.Errorf("lookup(Kevin) = %q", got)
	}
	if got := c.lookup("Hartono"); got != "" {
		t.Errorf("lookup(Hartono) = %q, want none", got)
	}
	if len(c.members) != 4 {
		t.Errorf("members = %d, want 4", len(c.members))
	}
}

// TestOrgWordsByLanguage checks that another language's organisation
// word is a name: "Tim" is a team in Indonesian, a man in English.
func TestOrgWordsByLanguage(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"en", []string{
			`The union's executive director Tim Walsby told reporters the vote was a relief.`,
			`“Our members waited twenty years for this raise,” Walsby said.`,
		}, []string{"Tim Walsby"}},
		{"id", []string{
			`Tim SAR gabungan masih menyisir sungai hingga sore.`,
			`Komandan tim, Rudi Hartono, memimpin pencarian. "Arus sungai masih terlalu deras untuk perahu karet," kata Rudi.`,
		}, []string{"Rudi Hartono"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
			got = append(got, q.Speaker)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestBrokenQuote checks that a quote broken by its attribution within a
// paragraph is one quote, and that a part with its own attribution, or
// after a second sentence, is another; and that a quoted sentence a stray
// break split over two paragraphs is one quote.
func TestBrokenQuote(t *testing.T) {
	lx := loadLexicon()
	split := []string{
		`"Peserta yang suhunya tinggi akan diarahkan ke pos kesehatan untuk`,
		`diperiksa ulang oleh dokter jaga," kata Ketua Panitia, Sri Hartini.`,
	}
	var got []string
	for _, q := range lx.readQuotes(split) {
		got = append(got, q.Speaker+"|"+q.Text)
	}
	if want := []string{"Sri Hartini|Peserta yang suhunya tinggi akan diarahkan ke pos kesehatan untuk diperiksa ulang oleh dokter jaga"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("a sentence split over two paragraphs\n got %q\nwant %q", got, want)
	}
	tests := []struct {
		para string
		want []string
	}{
		{`“The fund is safe for another decade,” Okafor said. “After that, nobody can promise anything.”`,
			[]string{"The fund is safe for another decade, After that, nobody can promise anything."}},
		{`"Kami sudah berusaha maksimal," kata dia. "Hasilnya memang belum sesuai harapan."`,
			[]string{"Kami sudah berusaha maksimal, Hasilnya memang belum sesuai harapan."}},
		{`“El agua llegó en menos de una hora”, explica Rosa Gil. “Después no quedaba nada en pie”, añade.`,
			[]string{"El agua llegó en menos de una hora", "Después no quedaba nada en pie"}},
		{`"Das Spiel war von Anfang an schwer", sagte Trainer Jonas Brandt. Sein Fazit: "Wir haben zu viele Fehler gemacht."`,
			[]string{"Das Spiel war von Anfang an schwer", "Wir haben zu viele Fehler gemacht."}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readQuotes([]string{tt.para}) {
			got = append(got, q.Text)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s\n got %q\nwant %q", tt.para, got, tt.want)
		}
	}
}

// TestBylineNotReferent checks that an author named in the body is no
// one a pronoun or a bare verb falls to.
func TestBylineNotReferent(t *testing.T) {
	lx := loadLexicon()
	paras := []string{
		`Bupati Garut Rudy Gunawan meninjau posko pengungsian pada Senin pagi.`,
		`Kontributor Dewi Lestari melaporkan dari Garut, hujan masih turun.`,
		`"Bantuan logistik cukup untuk satu minggu ke depan," ujarnya.`,
	}
	var got []string
	for _, q := range lx.readArticleQuotes(articleInfo{bylines: []string{"Dewi Lestari"}}, paras) {
		got = append(got, q.Speaker)
	}
	if fmt.Sprint(got) != fmt.Sprint([]string{"Rudy Gunawan"}) {
		t.Errorf("got %q, want Rudy Gunawan", got)
	}
}

// TestOfficeThenName covers a title after the verb that runs on into a
// name (the person is introduced there, not referred back to), a French
// title with its article elided onto it, and a German role noun that is
// the head of the compound office the person was introduced with.
func TestOfficeThenName(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"es", []string{
			`La alcaldesa Nuria Ferrándiz inauguró el mercado el lunes.`,
			`«Nadie se quedará sin puesto este verano», dijo Ferrándiz.`,
			`«Las obras terminarán antes de las fiestas», dijo el concejal de Urbanismo Tomás Oyarzun.`,
			`«El presupuesto está cerrado desde marzo», añadió el concejal.`,
		}, []string{"Nuria Ferrándiz", "Tomás Oyarzun", "Tomás Oyarzun"}},
		{"fr", []string{
			`L'entraîneur Bastien Corrèze a reconnu la défaite samedi.`,
			`« Nous avons manqué de rythme en seconde période », a déclaré Corrèze.`,
			`« Il faudra réagir dès mercredi », a expliqué la présidente du club Hélène Varlin.`,
			`« Le groupe reste soudé malgré tout », a souligné l'entraîneur.`,
		}, []string{"Bastien Corrèze", "Hélène Varlin", "Bastien Corrèze"}},
		{"fr", []string{
			`La ministre de la Culture Agnès Polvérel a annoncé la réouverture du musée.`,
			`« Les salles rouvriront avant l'été », a déclaré à cette occasion la ministre de la Culture.`,
		}, []string{"Agnès Polvérel"}},
		{"de", []string{
			`Landrätin Petra Sommerkamp besuchte am Montag die Baustelle.`,
			`„Die Umgehungsstraße kommt bis zum Herbst“, sagte Sommerkamp.`,
			`„Wir haben die Sperrung lange angekündigt“, sagte Feuerwehrsprecher Jonas Brettschneider.`,
			`„Die Anwohner müssen nicht mehr lange warten“, betonte die Landrätin.`,
			`„Die Zufahrt bleibt für Rettungswagen frei“, ergänzte der Sprecher.`,
		}, []string{"Petra Sommerkamp", "Jonas Brettschneider", "Petra Sommerkamp", "Jonas Brettschneider"}},
		{"en", []string{
			`Harbour master Colin Ashdown closed the port on Friday.`,
			`"No ship leaves until the wind drops," Ashdown said.`,
			`"We lose a day of trade for every day it stays shut," said the chamber's president Ruth Okonkwo.`,
		}, []string{"Colin Ashdown", "Ruth Okonkwo"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
			got = append(got, q.Speaker)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestGenderFromArticleAndCompound covers a pronoun after a second
// speaker of the other gender: the gender comes from the article before
// the title ("la portavoz", "le préfet") or from the head of a German
// compound office ("Stadtsprecherin"), so the pronoun skips the last
// speaker for the earlier one; German "sie", also "they", is "she" after
// a verb in the singular ("betonte sie").
func TestGenderFromArticleAndCompound(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"es", []string{
			`La portavoz Inés Zubiaurre compareció el jueves.`,
			`«No habrá cortes de agua este verano», dijo Zubiaurre.`,
			`«Los embalses están al setenta por ciento», explicó el ingeniero Mateo Rivadulla.`,
			`«Pedimos calma a los vecinos», añadió ella.`,
		}, []string{"Inés Zubiaurre", "Mateo Rivadulla", "Inés Zubiaurre"}},
		{"fr", []string{
			`Le préfet Gaspard Lemonnier a réuni les maires lundi.`,
			`« Les routes resteront fermées jusqu'à jeudi », a déclaré Lemonnier.`,
			`« Les écoles ouvriront normalement », a expliqué la présidente Odile Marchal.`,
			`« La neige va encore tomber cette nuit », a-t-il ajouté.`,
		}, []string{"Gaspard Lemonnier", "Odile Marchal", "Gaspard Lemonnier"}},
		{"de", []string{
			`Einsatzleiter Robert Gänsler bestätigte den Einsatz.`,
			`„Niemand wurde bei dem Brand verletzt“, sagte Gänsler.`,
			`„Das Feuer brach im Keller aus“, sagte Stadtsprecherin Miriam Holzapfel.`,
			`„Die Straße bleibt bis zum Abend gesperrt“, sagte er.`,
		}, []string{"Robert Gänsler", "Miriam Holzapfel", "Robert Gänsler"}},
		{"de", []string{
			`Stadtsprecherin Miriam Holzapfel bestätigte den Einsatz.`,
			`„Niemand wurde bei dem Brand verletzt“, sagte Holzapfel.`,
			`„Das Feuer brach im Keller aus“, sagte Feuerwehrsprecher Robert Gänsler.`,
			`„Die Straße bleibt bis zum Abend gesperrt“, betonte sie.`,
		}, []string{"Miriam Holzapfel", "Robert Gänsler", "Miriam Holzapfel"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
			got = append(got, q.Speaker)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestIndonesianOfficeRuns covers an office whose place or body comes
// between it and the name: a geographic noun opening the place ("Pulau",
// "Tanjung", "Bukit"), a lower-case office naming its club, the
// dateline's place as the office's region; and a subject window that
// must not cut the run so that the place's last word becomes a first
// name.
func TestIndonesianOfficeRuns(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		place string
		paras []string
		want  []string
	}{
		{"", []string{
			`Bupati Tanjung Lamar Harsono Widjaja meresmikan jembatan gantung, Senin.`,
			`“Warga tidak perlu lagi menyeberang dengan rakit,” kata Widjaja.`,
		}, []string{"Harsono Widjaja"}},
		{"", []string{
			`Ketua DPRD Pulau Merbau Agus Salim Nasution menerima para nelayan.`,
			`“Kami akan memanggil dinas terkait pekan depan,” ujar Nasution.`,
		}, []string{"Agus Salim Nasution"}},
		{"", []string{
			`Sementara itu, pelatih Persimerbau Darmawan Sitompul menyatakan timnya siap.`,
			`“Para pemain sudah pulih dari cedera,” kata Darmawan.`,
		}, []string{"Darmawan Sitompul"}},
		{"", []string{
			`Menteri Pertanian dan Perkebunan Wahyuni Hasibuan meninjau sawah yang gagal panen.`,
			`“Benih pengganti akan dibagikan pekan ini,” kata Hasibuan.`,
		}, []string{"Wahyuni Hasibuan"}},
		{"", []string{
			`Sementara itu, Kepala Dinas Pemuda dan Olahraga Rudi Harjanto menyatakan stadion siap dipakai.`,
			`“Rumputnya sudah diganti seluruhnya,” ujar Rudi.`,
		}, []string{"Rudi Harjanto"}},
		{"", []string{
			`Bupati Bukit Kembang I Nyoman Sutarja membuka pasar seni, Sabtu.`,
			`“Para perajin kini punya tempat berjualan yang layak,” kata Sutarja.`,
		}, []string{"I Nyoman Sutarja"}},
		{"", []string{
			`Kepala sekolah Ni Luh Putu Ariani menyambut para siswa baru.`,
			`“Tahun ini kami menerima dua kelas tambahan,” ujar Ariani.`,
		}, []string{"Ni Luh Putu Ariani"}},
		{"SUKALAYA", []string{
			`SUKALAYA, KabarKita.com - Kapolres Sukalaya Wahyu Pranata memimpin apel pagi.`,
			`“Kami tidak akan memberi ruang bagi balap liar,” tegas Wahyu.`,
		}, []string{"Wahyu Pranata"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readArticleQuotes(articleInfo{lang: "id", place: tt.place}, tt.paras) {
			got = append(got, q.Speaker)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.paras[0], got, tt.want)
		}
	}
}

// TestFindLower checks findLower against find, which it stands in for
// where a token holds its word's lower case: the same member for every
// part (surnames, first names, short forms, other names, apostrophes
// printed two ways, non-ASCII capitals, runs of words, strangers), and
// nil from a cast that knows no one.
func TestFindLower(t *testing.T) {
	empty := newCast()
	for _, w := range []string{"Rahmat", "Ma’ruf", "ÁNGEL", ""} {
		if m := empty.findLower(w, strings.ToLower(w)); m != nil {
			t.Errorf("empty cast: findLower(%q) = %v, want nil", w, m.name)
		}
	}
	c := newCast()
	c.mention("Rahmat Hadi Wibisono")
	c.mention("Wismandari Wisnu")
	c.mention("Ma'ruf Amin")
	c.mention("Ángel Díaz")
	c.alias["jokowi"] = c.mention("Joko Widodo")
	hits := 0
	for _, w := range []string{
		"Wibisono", "Rahmat", "RAHMAT", "Hadi Wibisono", "Wisman", "Wisma",
		"Ma’ruf", "Ma'ruf", "MA`RUF", "Ángel", "ÁNGEL", "Díaz", "Jokowi", "JOKOWI",
		"Widodo", "Hartono", "Ángela", "Rahmat Wibisono", "",
	} {
		want := c.find(w)
		if want != nil {
			hits++
		}
		if got := c.findLower(w, strings.ToLower(w)); got != want {
			t.Errorf("findLower(%q) = %v, find = %v", w, got, want)
		}
		if f, l := foldName(w), foldLower(strings.ToLower(w)); f != l {
			t.Errorf("foldLower(ToLower(%q)) = %q, foldName = %q", w, l, f)
		}
	}
	if got := foldLower("ma’ruf"); got != "ma'ruf" {
		t.Errorf("foldLower(ma’ruf) = %q, want one apostrophe", got)
	}
	if hits < 10 {
		t.Errorf("find named %d of the parts; the cast is not what the test means", hits)
	}
}

// TestIsOutletWord checks isOutletWord against isOutlet, which it stands
// in for on a token: every outlet and outlet word of the lexicon as
// written, capitalised, in capitals and in punctuation, domains, their
// suffixes, words that are none, non-ASCII words and words holding white
// space.
func TestIsOutletWord(t *testing.T) {
	lx := loadLexicon()
	var ws []string
	add := func(k string) {
		ws = append(ws, k, strings.ToUpper(k), "“"+k+"”", "("+k+"),", "\""+k+".", strings.ToUpper(k[:1])+k[1:])
	}
	for k := range lx.outlets {
		add(k)
	}
	for k := range lx.outletWordSet {
		add(k)
	}
	for _, k := range lx.outletSuffixes {
		add("Example" + k)
	}
	for _, k := range []string{"Reuters", "kompas.com", "Detik.com", "N.Y", "Jakarta", "Budi", "Müller", "ÉLYSÉE", "Straße", "The Times", "the\tTimes", "", ".", "—", "“”", "Ángel.com", "x.co"} {
		add(k + " ")
		ws = append(ws, k)
	}
	hits := 0
	for _, w := range ws {
		want := lx.isOutlet(w)
		if want {
			hits++
		}
		if got := lx.isOutletWord(w, strings.ToLower(w)); got != want {
			t.Errorf("isOutletWord(%q) = %v, isOutlet = %v", w, got, want)
		}
	}
	if hits < 20 {
		t.Errorf("only %d outlets among the words: the lexicon is not what the test means", hits)
	}
}

// TestIsCueStart checks isCueStart against the map it stands in for:
// every key, each key with another first byte, empty and non-ASCII words.
func TestIsCueStart(t *testing.T) {
	lx := loadLexicon()
	if len(lx.cueStarts) == 0 {
		t.Fatal("no cue starts")
	}
	ws := []string{"", "x", "é", "ümit", "\xff", "zzz"}
	for k := range lx.cueStarts {
		ws = append(ws, k, k+"x", "q"+k, "é"+k)
		if k != "" {
			ws = append(ws, k[1:])
		}
	}
	for _, w := range ws {
		if got, want := lx.isCueStart(w), lx.cueStarts[w]; got != want {
			t.Errorf("isCueStart(%q) = %v, want %v", w, got, want)
		}
	}
	empty := &lexicon{cueStarts: map[string]bool{"": true}}
	if !empty.isCueStart("") {
		t.Error("isCueStart(\"\") with an empty key = false")
	}
}
