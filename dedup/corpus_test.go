package dedup_test

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// The test corpus: news stories generated from sentence patterns, each
// published several ways (another site's template and boilerplate, small
// edits, a truncated teaser, another headline with "Baca juga" lines, an
// exact AMP copy), mixed with different stories on the same templates and
// the same topics. Two different stories on one topic share sentence
// patterns and site boilerplate but not their facts, which is what a
// detector must tell apart.

// doc is one published version.
type doc struct {
	id, story         string
	site, domain      string
	title, text, lang string
	sources           []string
	variant           string
}

type lang struct {
	code     string
	patterns []string
	people   []string
	roles    []string
	orgs     []string
	cities   []string
	topics   []string
	days     []string
	edits    [][2]string // word swaps a sub-editor makes
	// styles are words a writer chooses among; each story picks one of
	// each set and keeps it throughout, as one reporter would.
	styles    [][]string
	readAlso  string
	more      string
	syndicate string // "%s" is the source site, "%q" the title
}

var indonesian = lang{
	code: "id",
	patterns: []string{
		"{P}, {R} {O}, mengatakan pihaknya akan meninjau kembali kebijakan {T} yang dinilai memberatkan warga {C}.",
		"Menurut {P}, sebanyak {N} warga telah mendaftar sejak program {T} dibuka pada {D} lalu.",
		"\"Kami tidak ingin masyarakat menjadi korban dari keputusan yang tergesa-gesa,\" ujar {P} di {C}, {D}.",
		"Data {O} menunjukkan anggaran untuk {T} naik {N} persen dibandingkan tahun sebelumnya.",
		"Sejumlah anggota dewan meminta {O} membuka hasil kajian soal {T} kepada publik.",
		"{P} menambahkan, koordinasi dengan pemerintah daerah {C} terus dilakukan agar {T} berjalan lancar.",
		"Sementara itu, warga di {C} mengeluhkan lambatnya penyaluran bantuan {T} yang dijanjikan sejak {D}.",
		"Rapat lanjutan mengenai {T} dijadwalkan berlangsung pada {D} pekan depan di kantor {O}.",
		"Hingga berita ini diturunkan, {O} belum memberikan tanggapan resmi terkait {T}.",
		"\"Prosesnya masih berjalan dan kami akan umumkan hasilnya dalam {N} hari,\" kata {P}.",
		"Pengamat dari {O}, {P}, menilai langkah tersebut terlambat dan kurang menyentuh akar masalah {T}.",
		"Di tempat terpisah, {R} {O} {P} menegaskan tidak ada pungutan dalam program {T}.",
		"Sebelumnya, {N} kecamatan di {C} dilaporkan terdampak {T} sejak awal bulan.",
		"Pemerintah menargetkan seluruh tahapan {T} selesai paling lambat {D} mendatang.",
		"Polisi telah memeriksa {N} saksi untuk mengusut dugaan penyimpangan dana {T} di {C}.",
		"{P} juga mengimbau warga {C} agar tidak mudah percaya pada informasi yang belum jelas sumbernya.",
		"Kebijakan {T} itu mulai berlaku di {C} setelah disetujui dalam sidang paripurna {D}.",
		"Ketua {O}, {P}, menyebut kenaikan harga {T} dipicu oleh cuaca buruk dan tingginya biaya angkut.",
		"Sebanyak {N} petugas dikerahkan untuk mengawasi pelaksanaan {T} di wilayah {C}.",
		"Ia berharap pemerintah pusat segera menurunkan tim untuk membantu penanganan {T}.",
		"\"Kalau tidak segera ditangani, dampaknya bisa meluas ke daerah lain,\" tutur {P}.",
		"Laporan {O} mencatat {N} keluhan warga terkait {T} selama tiga bulan terakhir.",
		"{R} {O} itu mengaku sudah menerima surat resmi dari warga {C} pada {D}.",
		"Warga berharap persoalan {T} dapat diselesaikan sebelum musim hujan tiba.",
	},
	people: []string{"Budi Santoso", "Siti Rahmawati", "Agus Prasetyo", "Dewi Lestari", "Hendra Wijaya", "Rina Marlina",
		"Yusuf Hakim", "Ratna Sari", "Andi Saputra", "Maya Puspita", "Teguh Kurniawan", "Lina Handayani", "Fajar Nugroho", "Wulan Septiani"},
	roles:  []string{"Kepala Dinas", "Sekretaris Daerah", "Juru Bicara", "Direktur", "Ketua Komisi", "Wakil Ketua"},
	orgs:   []string{"Dinas Sosial", "Badan Pangan Nasional", "Kementerian Pertanian", "DPRD", "Bulog", "BPBD", "Kementerian Kesehatan", "Ombudsman"},
	cities: []string{"Bandung", "Semarang", "Makassar", "Medan", "Palembang", "Padang", "Kupang", "Pontianak", "Manado", "Ambon"},
	topics: []string{"beras", "banjir", "vaksinasi", "bantuan sosial", "pupuk bersubsidi", "air bersih", "jalan rusak", "pendaftaran sekolah"},
	days:   []string{"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"},
	edits: [][2]string{{"mengatakan", "menyatakan"}, {"warga", "masyarakat"}, {"sebelumnya", "sebelum ini"},
		{"segera", "secepatnya"}, {"ujar", "kata"}, {"pekan", "minggu"}},
	styles: [][]string{{"mengatakan", "menyatakan", "menuturkan", "menjelaskan"}, {"warga", "penduduk", "masyarakat"},
		{"pihaknya", "lembaganya", "instansinya"}, {"meninjau kembali", "mengevaluasi", "mengkaji ulang"},
		{"terus dilakukan", "terus berjalan", "tetap dijalankan"}, {"dilaporkan", "disebut", "tercatat"},
		{"segera", "secepatnya", "sesegera mungkin"}, {"berharap", "meminta", "mendesak"}, {"sejumlah", "beberapa", "banyak"},
		{"lambatnya", "tertundanya", "seretnya"}, {"menilai", "berpendapat", "memandang"}, {"berlangsung", "digelar", "diadakan"},
		{"dampaknya", "akibatnya", "imbasnya"}, {"kenaikan", "lonjakan", "naiknya"}, {"ditangani", "diatasi", "diselesaikan"}},
	readAlso:  "Baca juga: ",
	more:      "Baca selengkapnya di aplikasi kami.",
	syndicate: "Artikel ini telah tayang di %s dengan judul %q.",
}

var english = lang{
	code: "en",
	patterns: []string{
		"{P}, the {R} of {O}, said the council would review its {T} policy after complaints from residents of {C}.",
		"According to {P}, some {N} households have applied since the {T} scheme opened on {D}.",
		"\"We do not want families to pay for a decision that was rushed,\" {P} told reporters in {C} on {D}.",
		"Figures from {O} show spending on {T} rose {N} per cent on the previous year.",
		"Several councillors asked {O} to publish its review of {T} in full.",
		"{P} added that talks with officials in {C} were continuing so that the {T} plan could go ahead.",
		"Residents in {C} meanwhile complained that the {T} support promised on {D} had still not arrived.",
		"A further meeting on {T} is due to take place next {D} at the offices of {O}.",
		"{O} had not responded to a request for comment on {T} by the time of publication.",
		"\"The process is still under way and we will announce the outcome within {N} days,\" {P} said.",
		"An analyst at {O}, {P}, said the move came too late and failed to address the causes of the {T} problem.",
		"Separately, {R} {P} of {O} insisted there were no hidden charges in the {T} programme.",
		"Earlier, {N} districts around {C} were reported to have been affected by {T} since the start of the month.",
		"The government aims to complete every stage of the {T} work by {D} at the latest.",
		"Police have questioned {N} witnesses over alleged misuse of {T} funds in {C}.",
		"{P} also urged people in {C} not to trust claims whose source was unclear.",
		"The {T} rules took effect in {C} after they were approved at a full session on {D}.",
		"The chair of {O}, {P}, blamed the rise in {T} costs on bad weather and higher transport prices.",
		"About {N} officers were deployed to oversee the {T} operation across {C}.",
		"She said she hoped the national government would send a team to help deal with {T}.",
		"\"If this is not handled quickly, the damage could spread to other areas,\" {P} warned.",
		"A report by {O} logged {N} complaints about {T} over the past three months.",
		"The {R} said {O} had received a formal letter from residents of {C} on {D}.",
		"Residents hope the {T} dispute can be settled before the rainy season begins.",
	},
	people: []string{"Margaret Hale", "David Okafor", "Priya Raman", "Tom Brennan", "Elena Varga", "Samuel Achebe",
		"Laura Whitfield", "Kenji Morita", "Grace Mwangi", "Peter Lindqvist", "Hannah Cole", "Marcus Reid"},
	roles:  []string{"director", "chief executive", "spokesperson", "deputy mayor", "chair", "minister"},
	orgs:   []string{"the Housing Agency", "the Water Board", "the Health Department", "the Transport Authority", "the city council", "the Food Standards Office"},
	cities: []string{"Leeds", "Bristol", "Kisumu", "Auckland", "Halifax", "Adelaide", "Cork", "Durban", "Winnipeg"},
	topics: []string{"housing", "flooding", "vaccination", "bus fares", "school meals", "water supply", "road repairs", "energy bills"},
	days:   []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
	edits: [][2]string{{"said", "stated"}, {"residents", "locals"}, {"complained", "said"},
		{"about", "around"}, {"continuing", "ongoing"}, {"next", "the coming"}},
	styles: [][]string{{"said", "stated", "told reporters"}, {"residents", "locals", "people"},
		{"review", "reconsider", "re-examine"}, {"complaints", "objections", "criticism"}, {"continuing", "ongoing", "still going on"},
		{"complained", "grumbled", "protested"}, {"insisted", "stressed", "maintained"}, {"analyst", "researcher", "economist"},
		{"blamed", "attributed"}, {"urged", "asked", "called on"}, {"officers", "staff", "workers"},
		{"hoped", "wished", "expected"}, {"handled quickly", "dealt with soon", "tackled fast"}, {"damage", "harm", "impact"},
		{"logged", "recorded", "counted"}, {"settled", "resolved", "sorted out"}},
	readAlso:  "Read more: ",
	more:      "Read the full story in our app.",
	syndicate: "This article first appeared on %s under the headline %q.",
}

// site is a publisher's template: what its extraction leaves around a
// text, which is what copies on different sites differ in.
type site struct {
	name, domain string
	lang         string
	head         string // "%s" is the city
	foot         string
}

var sites = []site{
	{"Kabar Harian", "kabarharian.co.id", "id", "%s, KABARHARIAN.CO.ID - ", "Simak berita dan artikel pilihan lainnya di saluran WhatsApp Kabar Harian. Dapatkan update berita terbaru setiap hari."},
	{"Warta Nusa", "wartanusa.com", "id", "%s (Warta Nusa) - ", "Ikuti berita terkini dari Warta Nusa di Google News, klik di sini dan jangan lupa ikuti kanal kami."},
	{"Suara Timur", "suaratimur.id", "id", "SUARATIMUR.ID, %s - ", "Copyright Suara Timur. Dilarang mengambil sebagian atau seluruh isi tanpa izin redaksi."},
	{"Daily Courier", "dailycourier.co.uk", "en", "%s (Daily Courier) - ", "Sign up to our morning newsletter for the day's top stories delivered to your inbox."},
	{"Northern Post", "northernpost.com", "en", "%s, ", "Follow the Northern Post on social media and share your news tips with our newsroom."},
	{"Coast Times", "coasttimes.net", "en", "%s — ", "Copyright Coast Times. All rights reserved. This material may not be republished without permission."},
}

// story is the facts of one story; the text follows from them.
type story struct {
	id    string
	lang  *lang
	title string
	paras [][]string // sentences per paragraph
	city  string
}

func fill(r *rand.Rand, l *lang, pat string, topic, city string) string {
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	repl := strings.NewReplacer(
		"{P}", pick(l.people), "{R}", pick(l.roles), "{O}", pick(l.orgs), "{C}", city,
		"{N}", strconv.Itoa(2+r.IntN(4000)), "{D}", pick(l.days), "{T}", topic)
	return repl.Replace(pat)
}

func newStory(r *rand.Rand, id string, l *lang) story {
	topic := l.topics[r.IntN(len(l.topics))]
	city := l.cities[r.IntN(len(l.cities))]
	s := story{id: id, lang: l, city: city}
	n := 8 + r.IntN(10) // sentences
	order := r.Perm(len(l.patterns))[:n]
	var style []string
	for _, set := range l.styles {
		if pick := set[r.IntN(len(set))]; pick != set[0] {
			style = append(style, set[0], pick)
		}
	}
	restyle := strings.NewReplacer(style...)
	var para []string
	for _, i := range order {
		para = append(para, restyle.Replace(fill(r, l, l.patterns[i], topic, city)))
		if len(para) >= 1+r.IntN(3) {
			s.paras = append(s.paras, para)
			para = nil
		}
	}
	if para != nil {
		s.paras = append(s.paras, para)
	}
	s.title = strings.TrimSuffix(strings.SplitN(s.paras[0][0], ",", 2)[0], ".") + ": " + topic + " di " + city
	return s
}

func (s story) body(paras [][]string) string {
	out := make([]string, len(paras))
	for i, p := range paras {
		out[i] = strings.Join(p, " ")
	}
	return strings.Join(out, "\n\n")
}

// publish renders the story on site with its head and foot.
func publish(s story, st site, paras [][]string) string {
	head := fmt.Sprintf(st.head, strings.ToUpper(s.city))
	return head + s.body(paras) + "\n\n" + st.foot
}

func sitesOf(code string) []site {
	var out []site
	for _, s := range sites {
		if s.lang == code {
			out = append(out, s)
		}
	}
	return out
}

// genCorpus makes stories stories, each published 1 to 5 ways (a third of
// them only once: other stories on the same templates and topics).
func genCorpus(seed uint64, stories int) []doc {
	r := rand.New(rand.NewPCG(seed, 7))
	var docs []doc
	var titles []string
	all := make([]story, stories)
	for i := range all {
		l := &indonesian
		if i%2 == 1 {
			l = &english
		}
		all[i] = newStory(r, fmt.Sprintf("s%03d", i), l)
		titles = append(titles, all[i].title)
	}
	for i, s := range all {
		ss := sitesOf(s.lang.code)
		home := ss[r.IntN(len(ss))]
		other := ss[(siteIndex(ss, home)+1+r.IntN(len(ss)-1))%len(ss)]
		add := func(variant string, st site, title, text string, sources []string) {
			docs = append(docs, doc{
				id: fmt.Sprintf("%s-%s-%d", s.id, variant, len(docs)), story: s.id, site: st.name, domain: st.domain,
				title: title, text: text, lang: s.lang.code, sources: sources, variant: variant,
			})
		}
		add("original", home, s.title, publish(s, home, s.paras), nil)
		if i%3 == 0 {
			continue // published once
		}
		variants := r.Perm(5)[:1+r.IntN(4)]
		for _, v := range variants {
			switch v {
			case 0: // syndicated on another site, naming its source
				text := publish(s, other, s.paras) + "\n\n" + fmt.Sprintf(s.lang.syndicate, home.name, s.title)
				add("syndicated", other, s.title, text, []string{home.name})
			case 1: // a sub-editor's small edits on the same site
				paras := cloneParas(s.paras)
				for range 3 {
					e := s.lang.edits[r.IntN(len(s.lang.edits))]
					p := r.IntN(len(paras))
					q := r.IntN(len(paras[p]))
					paras[p][q] = strings.Replace(paras[p][q], e[0], e[1], 1)
				}
				add("edited", home, s.title, publish(s, home, paras), nil)
			case 2: // a teaser: the opening paragraphs, at least four
				// sentences and 40 % of the story (a shorter cut is a
				// headline with a link, not a copy of the story)
				keep, sentences, all := 0, 0, 0
				for _, p := range s.paras {
					all += len(p)
				}
				want := max(4, all*(40+r.IntN(25))/100)
				for keep < len(s.paras) && sentences < want {
					sentences += len(s.paras[keep])
					keep++
				}
				text := publish(s, other, s.paras[:keep]) + "\n\n" + s.lang.more
				add("truncated", other, s.title, text, nil)
			case 3: // another headline, related links inside the text
				paras := cloneParas(s.paras)
				var with [][]string
				for j, p := range paras {
					with = append(with, p)
					if j%2 == 1 {
						with = append(with, []string{s.lang.readAlso + titles[r.IntN(len(titles))]})
					}
				}
				paras = with
				add("headline", other, "UPDATE: "+strings.ToUpper(s.title[:1])+s.title[1:], publish(s, other, paras), nil)
			case 4: // the AMP copy: the same text under another URL
				add("amp", home, s.title, publish(s, home, s.paras), nil)
			}
		}
	}
	return docs
}

func siteIndex(ss []site, s site) int {
	for i := range ss {
		if ss[i].domain == s.domain {
			return i
		}
	}
	return 0
}

func cloneParas(p [][]string) [][]string {
	out := make([][]string, len(p))
	for i := range p {
		out[i] = append([]string(nil), p[i]...)
	}
	return out
}
