package normalize_test

// A generated news site: three page layouts (an Indonesian portal, an
// English wire service, a European paper in German, French and Spanish),
// filled from tables of invented people, places and outlets. Every article
// is run through the real pipeline (extract.Extract, then
// normalize.Normalize) and each field is checked against what the
// generator put on the page. The names, places and outlets are invented and
// appear in no lexicon: what holds here holds through mechanisms (the cast,
// the dateline patterns, the credit-line table, the source cues), not
// through entries.
//
// The templates were written from FIELDS.md before reading the code that
// reads them; they are not tuned to it. The floors asserted at the end are
// what held when they were set, never above: they guard against a fall.

import (
	"fmt"
	"html"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/normalize"
)

// genPerson is an invented person: the name as the article gives it in
// full, the surname the article shortens it to, the office printed before
// the name at first mention, and the role noun that stands for the person
// later ("the minister", "pelatih itu").
type genPerson struct {
	full, short string
	office      string
	role        string
	female      bool
}

// genQuote is a quotation the generator printed, its parts as they are
// joined (a broken quote has two) and who said it.
type genQuote struct {
	text    string
	speaker string
	form    string
}

// genArticle is what the generator knows about one page.
type genArticle struct {
	url, html     string
	title         string
	authors       []string
	editors       []string
	place, source string
	sources       []string
	quotes        []genQuote
}

// genLang holds the words of one language that a template prints.
type genLang struct {
	code   string
	people []genPerson
	// quotes are statements of at least four words; each is used once
	// per article.
	quotes []string
	// filler sentences carry no quote and no name.
	filler []string
	// outlets are invented papers and broadcasters the article cites.
	outlets []string
	// cite prints a paragraph that cites an outlet.
	cite []string
	// writers are invented staff names for bylines and credit boxes.
	writers []string
	places  []string
}

var genID = genLang{
	code: "id",
	people: []genPerson{
		{full: "Rusdiantoro Wiryawan", short: "Wiryawan", office: "Gubernur Tanjung Rawa", role: "gubernur itu"},
		{full: "Lestari Ayuningtyas", short: "Ayuningtyas", office: "Kepala Dinas Kesehatan Karangsari", role: "kepala dinas itu", female: true},
		{full: "Hendra Prasetyanto", short: "Hendra", office: "Kapolres Sungai Mandau AKBP", role: "kapolres itu"},
		{full: "Bonifasius Lumbantoruan", short: "Bonifasius", office: "pelatih Persikarang", role: "pelatih itu"},
		{full: "I Ketut Wirasuta", short: "Wirasuta", office: "Bupati Bukit Lembayung", role: "bupati itu"},
		{full: "Ratna Kusumaningsih", short: "Ratna", office: "Menteri Kelautan dan Perikanan", role: "menteri itu", female: true},
		{full: "Agus Setiabudi Harahap", short: "Harahap", office: "Ketua DPRD Pulau Serasan", role: "ketua dewan itu"},
		{full: "Yohana Simanjorang", short: "Yohana", office: "Kepala Badan Pusat Statistik Karangsari", role: "kepala badan itu", female: true},
	},
	quotes: []string{
		"Kami akan segera memperbaiki jalan yang rusak itu",
		"Warga tidak perlu panik karena stok beras masih aman",
		"Semua petugas sudah kami siagakan sejak pagi tadi",
		"Anggaran tahun ini memang lebih kecil dari tahun lalu",
		"Pemain kami sudah bekerja keras selama sembilan puluh menit",
		"Kasus ini akan kami tangani sampai tuntas",
		"Kami masih menunggu hasil pemeriksaan laboratorium dari pusat",
		"Pembangunan pasar baru ditargetkan selesai akhir tahun",
		"Jumlah pengunjung naik hampir dua kali lipat dibanding bulan lalu",
		"Kami mengimbau masyarakat untuk tetap waspada terhadap banjir",
	},
	filler: []string{
		"Hujan deras mengguyur wilayah itu sejak Senin sore.",
		"Sejumlah warga terlihat memadati balai desa untuk mendengarkan penjelasan tersebut.",
		"Rapat koordinasi berlangsung selama hampir tiga jam.",
		"Kegiatan serupa rencananya digelar lagi bulan depan.",
	},
	outlets: []string{"Harian Pelita Timur", "Sinar Borneo Pos", "Radio Suara Lembah", "Tabloid Gema Pesisir"},
	cite: []string{
		"Dilansir %s, harga cabai di pasar tradisional naik tajam pekan ini.",
		"Seperti dikutip dari %s, antrean kendaraan mengular hingga dua kilometer.",
		"Menurut laporan %s, ratusan rumah terendam air setinggi lutut.",
	},
	writers: []string{"Dinda Maharani", "Fajar Nugraha Putra", "Wulan Sekarsari", "Taufik Hidayatullah", "Ayu Rahmadani", "Bagus Kuncoro"},
	places:  []string{"KARANGSARI", "TANJUNG RAWA", "SUNGAI MANDAU", "BUKIT LEMBAYUNG", "PULAU SERASAN"},
}

var genEN = genLang{
	code: "en",
	people: []genPerson{
		{full: "Marjorie Ellison", short: "Ellison", office: "Finance Minister", role: "the minister", female: true},
		{full: "Theodore Banfield", short: "Banfield", office: "army spokesman Colonel", role: "the colonel"},
		{full: "Priya Ramaswamy", short: "Ramaswamy", office: "health director Dr.", role: "the director", female: true},
		{full: "Howard Kettering", short: "Kettering", office: "Senator", role: "the senator"},
		{full: "Dana Whitcombe", short: "Whitcombe", office: "Chief Inspector", role: "the inspector", female: true},
		{full: "Rafael Osterberg", short: "Osterberg", office: "national team coach", role: "the coach"},
		{full: "Gwendolyn Achterberg", short: "Achterberg", office: "central bank governor", role: "the governor", female: true},
		{full: "Emeka Adeyemi-Clarke", short: "Adeyemi-Clarke", office: "Mayor", role: "the mayor"},
	},
	quotes: []string{
		"We will not raise taxes this year",
		"The situation on the border remains calm but tense",
		"Every hospital in the region is now on full alert",
		"This budget protects the families who need it most",
		"Our players gave everything they had tonight",
		"We have made three arrests and expect more",
		"Inflation is coming down faster than we expected",
		"The bridge will reopen to traffic next month",
		"Nobody should have to wait six hours for an ambulance",
		"There is no evidence of any foul play at this stage",
	},
	filler: []string{
		"Markets were little changed after the announcement.",
		"The talks are expected to resume later this week.",
		"Officials gave no timetable for the next steps.",
		"Several hundred people gathered outside the building.",
	},
	outlets: []string{"Harbour Ledger", "Valdren Gazette", "Northfield Courier", "Coastal Evening Star"},
	cite: []string{
		"Fuel prices have risen for a third month, according to the %s.",
		"The plant will close by the end of the year, the %s reported.",
		"According to the %s, the deal is worth about $2 billion.",
	},
	writers: []string{"Colm Brennagh", "Ayesha Morland", "Tobias Wexley", "Renata Fairbourne", "Kenji Harwell", "Lucille Pardoe"},
	places:  []string{"PORT HALDEN", "NEW BRASSINGTON", "KELSMOOR", "ST. ALDRIC", "VALDREN"},
}

// genDE, genFR and genES are the European paper's three languages.
var genDE = genLang{
	code: "de",
	people: []genPerson{
		{full: "Katharina Vollmershausen", short: "Vollmershausen", office: "Bundesministerin", role: "die Ministerin", female: true},
		{full: "Jens Albrecht Hollwinkel", short: "Hollwinkel", office: "Oberbürgermeister", role: "der Bürgermeister"},
		{full: "Tobias Riedinger", short: "Riedinger", office: "Polizeisprecher", role: "der Sprecher"},
		{full: "Matthias Kesselborn", short: "Kesselborn", office: "Trainer", role: "der Trainer"},
		{full: "Ulrike Seidenfaden", short: "Seidenfaden", office: "die Forscherin Prof. Dr.", role: "die Forscherin", female: true},
	},
	quotes: []string{
		"Wir werden die Steuern in diesem Jahr nicht erhöhen",
		"Die Lage in der Innenstadt ist inzwischen wieder ruhig",
		"Unsere Mannschaft hat heute alles gegeben",
		"Wir brauchen dringend mehr Personal in den Kliniken",
		"Die Brücke wird im Frühjahr wieder freigegeben",
		"Es gibt bisher keine Hinweise auf ein Verbrechen",
		"Das Ergebnis hat uns alle überrascht",
	},
	filler: []string{
		"Die Gespräche sollen in der kommenden Woche fortgesetzt werden.",
		"Mehrere hundert Menschen versammelten sich vor dem Rathaus.",
	},
	outlets: []string{"Hafenkurier", "Elbtaler Rundschau", "Westfälische Abendpost"},
	cite: []string{
		"Laut %s sollen die Preise im Herbst weiter steigen.",
		"Wie die %s berichtete, wurde das Gebäude geräumt.",
	},
	writers: []string{"Annika Brenneisen", "Lukas Dammertz", "Sophie Wendelstein"},
	places:  []string{"Kesselbach", "Oberwaldstein", "Brunnfeld"},
}

var genFR = genLang{
	code: "fr",
	people: []genPerson{
		{full: "Sophie Marchetti-Lauzier", short: "Marchetti-Lauzier", office: "la ministre de la Santé", role: "la ministre", female: true},
		{full: "Étienne Rocheval", short: "Rocheval", office: "le maire", role: "le maire"},
		{full: "Julien Castagnède", short: "Castagnède", office: "l'entraîneur", role: "l'entraîneur"},
		{full: "Alain Berthouzoz", short: "Berthouzoz", office: "le commissaire", role: "le commissaire"},
		{full: "Nathalie Vercoutre", short: "Vercoutre", office: "la préfète", role: "la préfète", female: true},
	},
	quotes: []string{
		"Nous n'augmenterons pas les impôts cette année",
		"La situation reste calme mais très tendue",
		"Nos joueurs ont tout donné ce soir",
		"Les hôpitaux de la région sont en alerte maximale",
		"Le pont sera rouvert à la circulation le mois prochain",
		"Rien ne permet de parler d'un crime pour le moment",
		"Ce résultat nous a tous surpris",
	},
	filler: []string{
		"Les discussions doivent reprendre la semaine prochaine.",
		"Plusieurs centaines de personnes se sont rassemblées devant la mairie.",
	},
	outlets: []string{"Le Courrier des Alpes", "La Gazette du Rivage", "L'Écho de Vallonne"},
	cite: []string{
		"Selon %s, les prix devraient encore augmenter à l'automne.",
		"Comme l'a rapporté %s, le bâtiment a été évacué.",
	},
	writers: []string{"Claire Duvignaud", "Marc Lefébure", "Inès Rouvenac"},
	places:  []string{"Vallonne", "Saint-Aubrac", "Montferrier"},
}

var genES = genLang{
	code: "es",
	people: []genPerson{
		{full: "Lucía Etxeberria Soler", short: "Etxeberria", office: "la ministra de Sanidad", role: "la ministra", female: true},
		{full: "Ramón Villaseca", short: "Villaseca", office: "el alcalde", role: "el alcalde"},
		{full: "Joaquín Arribas", short: "Arribas", office: "el entrenador", role: "el entrenador"},
		{full: "Marta Quiñones", short: "Quiñones", office: "la portavoz", role: "la portavoz", female: true},
		{full: "Esteban Larrañeta", short: "Larrañeta", office: "el comisario", role: "el comisario"},
	},
	quotes: []string{
		"No vamos a subir los impuestos este año",
		"La situación sigue en calma pero muy tensa",
		"Mis jugadores lo han dado todo esta noche",
		"Los hospitales de la región están en alerta máxima",
		"El puente volverá a abrir el mes que viene",
		"No hay indicios de ningún delito por ahora",
		"Este resultado nos ha sorprendido a todos",
	},
	filler: []string{
		"Las conversaciones se reanudarán la próxima semana.",
		"Varios cientos de personas se concentraron ante el ayuntamiento.",
	},
	outlets: []string{"El Heraldo de Tormes", "Diario del Valle", "La Voz de Almazora"},
	cite: []string{
		"Según %s, los precios seguirán subiendo en otoño.",
		"Como informó %s, el edificio fue desalojado.",
	},
	writers: []string{"Lucía Montenegro", "Pablo Urquijo", "Irene Casaseca"},
	places:  []string{"Almazora", "Villardiego", "Puerto Tormes"},
}

// genPick returns n distinct items of xs.
func genPick[T any](r *rand.Rand, xs []T, n int) []T {
	idx := r.Perm(len(xs))[:n]
	out := make([]T, n)
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}

// genStory is the shared plan of every article: who speaks, in what
// order, by what form of attribution. Each template renders the forms in
// its own language.
type genStory struct {
	a, b     genPerson
	quotes   []string
	nextQ    int
	paras    []string
	want     []genQuote
	r        *rand.Rand
	l        genLang
	cited    string
	citeLine string
}

func (s *genStory) quote() string {
	q := s.quotes[s.nextQ]
	s.nextQ++
	return q
}

// The forms of attribution a story uses.
const (
	formIntro   = "intro"   // office + full name at first mention
	formShort   = "short"   // the surname (or the short name) alone
	formBefore  = "before"  // the name before the verb, the quote after
	formPronoun = "pronoun" // he/she/ia, or a subjectless verb
	formRole    = "role"    // a role noun standing for an earlier person
	formBroken  = "broken"  // one utterance broken by its attribution
)

// render prints one quoted paragraph in a template's language.
type renderFunc func(s *genStory, p genPerson, form string, q1, q2 string) string

// genPlan builds the body: the lead (with the dateline), the quotes and
// the citation, in an order drawn from r.
func genPlan(s *genStory, dateline, lead string, render renderFunc) {
	s.paras = append(s.paras, dateline+" "+upperFirst(lead))
	add := func(p genPerson, form string) {
		q1, q2 := s.quote(), ""
		text := q1
		if form == formBroken {
			q2 = s.quote()
			text = q1 + " " + q2
		}
		s.paras = append(s.paras, render(s, p, form, q1, q2))
		s.want = append(s.want, genQuote{text: text, speaker: p.full, form: form})
	}
	add(s.a, []string{formShort, formBefore}[s.r.IntN(2)])
	add(s.a, formPronoun)
	if s.r.IntN(2) == 0 {
		s.paras = append(s.paras, s.l.filler[s.r.IntN(len(s.l.filler))])
	}
	add(s.b, formIntro)
	add(s.a, formRole)
	add(s.b, formBroken)
	if s.a.female != s.b.female && s.l.code != "id" {
		// The last subject is b; a pronoun of a's gender is a.
		add(s.a, formPronoun)
	}
	s.paras = append(s.paras, s.citeLine)
	s.paras = append(s.paras, s.l.filler[s.r.IntN(len(s.l.filler))])
}

func newStory(r *rand.Rand, l genLang) *genStory {
	ppl := genPick(r, l.people, 2)
	s := &genStory{a: ppl[0], b: ppl[1], quotes: genPick(r, l.quotes, 7), r: r, l: l}
	s.cited = l.outlets[r.IntN(len(l.outlets))]
	s.citeLine = fmt.Sprintf(l.cite[r.IntN(len(l.cite))], s.cited)
	return s
}

func renderID(s *genStory, p genPerson, form, q1, q2 string) string {
	after := []string{"kata", "ujar", "tutur", "jelas"}[s.r.IntN(4)]
	switch form {
	case formShort:
		return fmt.Sprintf("\u201c%s,\u201d %s %s.", q1, after, p.short)
	case formBefore:
		if s.r.IntN(2) == 0 {
			return fmt.Sprintf("Menurut %s, \u201c%s.\u201d", p.short, q1)
		}
		return fmt.Sprintf("%s mengatakan, \u201c%s.\u201d", p.short, q1)
	case formPronoun:
		switch s.r.IntN(3) {
		case 0:
			return fmt.Sprintf("\u201c%s,\u201d %snya.", q1, after)
		case 1:
			return fmt.Sprintf("\u201c%s,\u201d %s dia.", q1, after)
		}
		return fmt.Sprintf("Ia menambahkan, \u201c%s.\u201d", q1)
	case formIntro:
		if s.r.IntN(2) == 0 {
			return fmt.Sprintf("\u201c%s,\u201d %s %s, %s.", q1, after, p.office, p.full)
		}
		return fmt.Sprintf("Sementara itu, %s %s menyatakan hal berbeda. \u201c%s,\u201d %s %s.", p.office, p.full, q1, after, p.short)
	case formRole:
		return fmt.Sprintf("\u201c%s,\u201d %s %s.", q1, after, p.role)
	case formBroken:
		return fmt.Sprintf("\u201c%s,\u201d %s %s. \u201c%s.\u201d", q1, after, p.short, q2)
	}
	return ""
}

func renderEN(s *genStory, p genPerson, form, q1, q2 string) string {
	pron := "he"
	if p.female {
		pron = "she"
	}
	switch form {
	case formShort:
		if s.r.IntN(2) == 0 {
			return fmt.Sprintf("\"%s,\" %s said.", q1, p.short)
		}
		return fmt.Sprintf("\"%s,\" said %s.", q1, p.short)
	case formBefore:
		if s.r.IntN(2) == 0 {
			return fmt.Sprintf("According to %s, \"%s.\"", p.short, q1)
		}
		return fmt.Sprintf("%s told reporters: \"%s.\"", p.short, q1)
	case formPronoun:
		return fmt.Sprintf("\"%s,\" %s said.", q1, pron)
	case formIntro:
		if s.r.IntN(2) == 0 {
			return fmt.Sprintf("\"%s,\" %s %s told reporters.", q1, p.office, p.full)
		}
		return fmt.Sprintf("\"%s,\" said %s %s.", q1, p.office, p.full)
	case formRole:
		if s.r.IntN(2) == 0 {
			return fmt.Sprintf("\"%s,\" said %s.", q1, p.role)
		}
		return fmt.Sprintf("\"%s,\" %s told a news conference.", q1, p.role)
	case formBroken:
		return fmt.Sprintf("\"%s,\" %s said. \"%s.\"", q1, p.short, q2)
	}
	return ""
}

func renderEU(s *genStory, p genPerson, form, q1, q2 string) string {
	open, close := "\u201e", "\u201c"
	if s.l.code != "de" {
		open, close = "\u00ab\u00a0", "\u00a0\u00bb"
		if s.l.code == "es" {
			open, close = "\u00ab", "\u00bb"
		}
	}
	w := func(de, fr, es string) string {
		switch s.l.code {
		case "de":
			return de
		case "fr":
			return fr
		}
		return es
	}
	qq := func(t string) string { return open + t + close }
	switch form {
	case formShort:
		return fmt.Sprintf("%s, %s %s.", qq(q1), w("sagte", "a déclaré", "dijo"), p.short)
	case formBefore:
		if s.r.IntN(2) == 0 {
			return fmt.Sprintf("%s %s, %s", w("Nach Angaben von", "Selon", "Según"), p.short, qq(w("", "", "")+lowerFirst(q1, s.l.code)+"."))
		}
		return fmt.Sprintf("%s %s: %s", p.short, w("sagte", "a affirmé", "afirmó"), qq(q1+"."))
	case formPronoun:
		if s.l.code == "de" {
			return fmt.Sprintf("%s, sagte %s.", qq(q1), map[bool]string{true: "sie", false: "er"}[p.female])
		}
		if s.l.code == "fr" {
			return fmt.Sprintf("%s, a-t-%s ajouté.", qq(q1), map[bool]string{true: "elle", false: "il"}[p.female])
		}
		return fmt.Sprintf("%s, añadió %s.", qq(q1), map[bool]string{true: "ella", false: "él"}[p.female])
	case formIntro:
		return fmt.Sprintf("%s, %s %s %s.", qq(q1), w("sagte", "a déclaré", "dijo"), p.office, p.full)
	case formRole:
		return fmt.Sprintf("%s, %s %s.", qq(q1), w("betonte", "a souligné", "subrayó"), p.role)
	case formBroken:
		return fmt.Sprintf("%s, %s %s. %s", qq(q1), w("sagte", "a poursuivi", "explicó"), p.short, qq(q2+"."))
	}
	return ""
}

// genPage wraps a body in a page: head metadata, navigation, headline,
// credit elements and a footer, as the template lays them out.
func genPage(lang, title, siteName, pageURL, byline, credit string, paras []string, published time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html lang=%q><head><meta charset=\"utf-8\">", lang)
	fmt.Fprintf(&b, "<title>%s | %s</title>", html.EscapeString(title), html.EscapeString(siteName))
	fmt.Fprintf(&b, "<meta property=\"og:site_name\" content=%q>", siteName)
	fmt.Fprintf(&b, "<meta property=\"og:url\" content=%q><link rel=\"canonical\" href=%q>", pageURL, pageURL)
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=%q>", published.Format(time.RFC3339))
	b.WriteString("</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>")
	b.WriteString("<main><article>")
	fmt.Fprintf(&b, "<h1>%s</h1>", html.EscapeString(title))
	if byline != "" {
		fmt.Fprintf(&b, "<div class=\"byline\">%s</div>", byline)
	}
	fmt.Fprintf(&b, "<time datetime=%q>%s</time>", published.Format(time.RFC3339), published.Format("2 Jan 2006 15:04"))
	b.WriteString("<div class=\"article-body\">")
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString("</div>")
	if credit != "" {
		fmt.Fprintf(&b, "<div class=\"credit\">%s</div>", credit)
	}
	b.WriteString("</article></main><footer><p>Copyright 2026. All rights reserved.</p></footer></body></html>")
	return b.String()
}

// genWriters joins names the way a language lists them.
func genWriters(names []string, and string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + and + " " + names[len(names)-1]
}

var genMonthsEN = []string{"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"}

// genIndonesian is the portal: "KOTA, Site.com -" dateline, a
// "Penulis: … | Editor: …" credit box below the body.
func genIndonesian(r *rand.Rand, i int) genArticle {
	sites := []struct{ name, domain string }{{"WartaKini.com", "wartakini.com"}, {"KabarLintas.id", "kabarlintas.id"}, {"BeritaSatu Nusa", "beritasatunusa.co.id"}}
	site := sites[i%len(sites)]
	s := newStory(r, genID)
	place := genID.places[r.IntN(len(genID.places))]
	src := site.name
	if !strings.Contains(src, ".") {
		src = strings.ReplaceAll(src, " ", "") + ".com"
	}
	lead := fmt.Sprintf("%s %s meninjau lokasi banjir di kawasan pasar lama, Selasa (25/11/2025).", s.a.office, s.a.full)
	genPlan(s, place+", "+src+" -", lead, renderID)
	ws := genPick(r, genID.writers, 1+r.IntN(2))
	ed := genPick(r, genID.writers, 3)[2]
	for slices.Contains(ws, ed) {
		ed = genID.writers[r.IntN(len(genID.writers))]
	}
	title := fmt.Sprintf("%s Minta Warga %s Tetap Tenang", s.a.office, cases.Title(language.Und).String(place))
	u := fmt.Sprintf("https://www.%s/read/2025/11/25/%d/warga-diminta-tenang", site.domain, 100+i)
	credit := fmt.Sprintf("Penulis: %s | Editor: %s", genWriters(ws, "dan"), ed)
	pub := time.Date(2025, 11, 25, 9, 30+i%20, 0, 0, time.FixedZone("WIB", 7*3600))
	return genArticle{url: u, html: genPage("id", title, site.name, u, "", credit, s.paras, pub), title: title,
		authors: ws, editors: []string{ed}, place: place, source: src, sources: []string{s.cited}, quotes: s.want}
}

// genWire is the wire service: "CITY, Nov 25 (Agency) -" dateline and a
// "Reporting by A and B; Editing by C" line at the foot of the body.
func genWire(r *rand.Rand, i int) genArticle {
	agencies := []struct{ name, domain string }{{"Northwire", "northwire-news.com"}, {"Meridian Press", "meridianpress.net"}}
	ag := agencies[i%len(agencies)]
	s := newStory(r, genEN)
	place := genEN.places[r.IntN(len(genEN.places))]
	day := 1 + r.IntN(28)
	month := r.IntN(12)
	lead := fmt.Sprintf("%s %s on Tuesday announced a review of public spending after weeks of pressure.", s.a.office, s.a.full)
	genPlan(s, fmt.Sprintf("%s, %s %d (%s) -", place, genMonthsEN[month], day, ag.name), lead, renderEN)
	ws := genPick(r, genEN.writers, 1+r.IntN(2))
	var ed string
	for ed == "" || slices.Contains(ws, ed) {
		ed = genEN.writers[r.IntN(len(genEN.writers))]
	}
	foot := fmt.Sprintf("Reporting by %s; Editing by %s", genWriters(ws, "and"), ed)
	if r.IntN(2) == 0 {
		foot = "(" + foot + ")"
	}
	s.paras = append(s.paras, foot)
	title := fmt.Sprintf("%s says %s will review spending", strings.TrimSuffix(strings.TrimPrefix(s.a.office, "the "), " Dr."), cases.Title(language.Und).String(place))
	u := fmt.Sprintf("https://www.%s/world/%d/review-spending", ag.domain, 200+i)
	pub := time.Date(2025, time.Month(month+1), day, 14, i%50, 0, 0, time.UTC)
	return genArticle{url: u, html: genPage("en", title, ag.name, u, "", "", s.paras, pub), title: title,
		authors: ws, editors: []string{ed}, place: place, source: ag.name, sources: []string{s.cited}, quotes: s.want}
}

// genEuropean is the European paper: "Von/Par/Por X, Y" byline, a
// "City (AGENCY) —" dateline, quotes in German, French or Spanish marks.
func genEuropean(r *rand.Rand, i int) genArticle {
	ls := []genLang{genDE, genFR, genES}
	l := ls[i%3]
	papers := map[string]struct{ name, domain, by, and string }{
		"de": {"Nordstädter Tagblatt", "nordstaedter-tagblatt.de", "Von", "und"},
		"fr": {"Le Républicain de Vallonne", "republicain-vallonne.fr", "Par", "et"},
		"es": {"Crónica del Tormes", "cronicadeltormes.es", "Por", "y"},
	}
	pp := papers[l.code]
	agencies := []string{"dpa", "AFP", "EFE", "NPA", "APN"}
	ag := agencies[r.IntN(len(agencies))]
	s := newStory(r, l)
	place := l.places[r.IntN(len(l.places))]
	lead := map[string]string{
		"de": fmt.Sprintf("%s %s hat am Dienstag neue Pläne vorgestellt.", strings.TrimPrefix(s.a.office, "die "), s.a.full),
		"fr": fmt.Sprintf("%s %s a présenté mardi un nouveau plan.", upperFirst(s.a.office), s.a.full),
		"es": fmt.Sprintf("%s %s presentó el martes un nuevo plan.", upperFirst(s.a.office), s.a.full),
	}[l.code]
	genPlan(s, fmt.Sprintf("%s (%s) \u2014", place, ag), lead, renderEU)
	ws := genPick(r, l.writers, 2)
	byline := pp.by + " " + ws[0] + ", " + ws[1]
	title := map[string]string{
		"de": "Neue Pläne für " + place,
		"fr": "Un nouveau plan pour " + place,
		"es": "Un nuevo plan para " + place,
	}[l.code]
	u := fmt.Sprintf("https://www.%s/lokal/%d-neue-plaene", pp.domain, 300+i)
	pub := time.Date(2025, 11, 25, 8, i%50, 0, 0, time.FixedZone("CET", 3600))
	return genArticle{url: u, html: genPage(l.code, title, pp.name, u, byline, "", s.paras, pub), title: title,
		authors: ws, place: place, source: ag, sources: []string{s.cited}, quotes: s.want}
}

// lowerFirst is s with its first letter in lower case, as a quotation
// run into the sentence that leads into it starts ("Selon X, « les …"),
// except in German, whose nouns keep their capital.
func lowerFirst(s, lang string) string {
	r := []rune(s)
	if len(r) == 0 || lang == "de" {
		return s
	}
	return strings.ToLower(string(r[0])) + string(r[1:])
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// genQuoteKey compares quote texts without their punctuation and spacing:
// FIELDS.md joins a broken quote's parts by a space and leaves the comma
// that closed the first part to the page.
func genQuoteKey(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(".,;:!?", r) {
			return -1
		}
		return r
	}, s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func TestGeneratedSite(t *testing.T) {
	templates := []struct {
		name string
		gen  func(*rand.Rand, int) genArticle
		// floors are how many of the n articles have each field right,
		// as held when they were set (never above): they guard against
		// a fall. Before the fixes that came with this test, the same
		// articles scored: portal speaker 7, sources 22; wire speaker
		// 14, sources 5; paper speaker 3, sources 4; every other field
		// 30.
		floors map[string]int
	}{
		{"indonesian-portal", genIndonesian, map[string]int{"title": 30, "authors": 30, "editors": 30, "dateline": 30, "sources": 30, "quotes": 30, "speaker": 30}},
		// The wire's remaining speaker misses: "he said" after a
		// speaker whose given name is given to both genders (Dana) and
		// no title tells it. (Before given names told a gender, and
		// before a title's gender held only in its own language, 14.)
		// The templates print more forms since: "According to X,",
		// '," Office X told reporters', '," said the minister', "Menurut
		// X,", '," kata dia', '," kata pelatih Klub, X', "Selon X,".
		{"english-wire", genWire, map[string]int{"title": 30, "authors": 30, "editors": 30, "dateline": 30, "sources": 30, "quotes": 30, "speaker": 28}},
		// The paper's: a quote's first words ("Die Brücke …") read as a
		// cited outlet (not drawn since the generator's added forms).
		{"european-paper", genEuropean, map[string]int{"title": 30, "authors": 30, "editors": 30, "dateline": 30, "sources": 29, "quotes": 30, "speaker": 30}},
	}
	fields := []string{"title", "authors", "editors", "dateline", "sources", "quotes", "speaker"}
	fetched := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tm := range templates {
		r := rand.New(rand.NewPCG(13, uint64(len(tm.name))))
		const n = 30
		right := map[string]int{}
		forms, formsRight := map[string]int{}, map[string]int{}
		for i := range n {
			g := tm.gen(r, i)
			page, err := extract.Extract([]byte(g.html), g.url, extract.Options{})
			if err != nil {
				t.Fatalf("%s %d: %v", tm.name, i, err)
			}
			a := normalize.Normalize(page, normalize.Options{FetchedAt: fetched})
			got := map[string]bool{
				"title":   a.Title == g.title,
				"authors": slices.Equal(a.Authors, g.authors),
				"editors": slices.Equal(a.Editors, g.editors),
				"sources": slices.Equal(a.Sources, g.sources),
			}
			got["dateline"] = a.Dateline != nil && a.Dateline.Place == g.place && a.Dateline.Source == g.source
			found := map[string]string{}
			for _, q := range a.Quotes {
				found[genQuoteKey(q.Text)] = q.Speaker
			}
			got["quotes"], got["speaker"] = len(a.Quotes) == len(g.quotes), true
			for _, q := range g.quotes {
				sp, ok := found[genQuoteKey(q.text)]
				forms[q.form]++
				if !ok {
					got["quotes"], got["speaker"] = false, false
					if testing.Verbose() {
						t.Logf("%s %d: quote not found (%s) %q", tm.name, i, q.form, q.text)
					}
					continue
				}
				if sp != q.speaker {
					got["speaker"] = false
					if testing.Verbose() {
						t.Logf("%s %d: speaker (%s) %q, want %q: %q", tm.name, i, q.form, sp, q.speaker, q.text)
					}
					continue
				}
				formsRight[q.form]++
			}
			for _, f := range fields {
				if got[f] {
					right[f]++
				} else if testing.Verbose() && f != "speaker" && f != "quotes" {
					t.Logf("%s %d: %s wrong: got title=%q authors=%q editors=%q dateline=%+v sources=%q", tm.name, i, f, a.Title, a.Authors, a.Editors, a.Dateline, a.Sources)
				}
			}
		}
		var line strings.Builder
		for _, f := range fields {
			fmt.Fprintf(&line, " %s %d/%d", f, right[f], n)
			if floor, ok := tm.floors[f]; ok && right[f] < floor {
				t.Errorf("%s: %s right on %d of %d articles, floor %d", tm.name, f, right[f], n, floor)
			}
		}
		t.Logf("%s:%s", tm.name, line.String())
		var fl strings.Builder
		for _, f := range []string{formIntro, formShort, formBefore, formPronoun, formRole, formBroken} {
			if forms[f] > 0 {
				fmt.Fprintf(&fl, " %s %d/%d", f, formsRight[f], forms[f])
			}
		}
		t.Logf("%s speaker by form:%s", tm.name, fl.String())
	}
}
