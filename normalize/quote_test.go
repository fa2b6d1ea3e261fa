package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// TestReadQuotes holds attribution shapes seen in Indonesian and English
// news. Each case lists the quotes expected as "speaker|cue|first words".
func TestReadQuotes(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		paras []string
		want  []string
	}{
		// Indonesian: verb after the quote.
		{[]string{`"Kami akan terus mengawal kasus ini sampai tuntas," kata Budi Santoso.`}, []string{"Budi Santoso|kata|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini sampai tuntas," ujar Budi Santoso di Jakarta, Senin (5/12/2022).`}, []string{"Budi Santoso|ujar|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," ucap Budi Santoso.`}, []string{"Budi Santoso|ucap|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," tegas Budi Santoso.`}, []string{"Budi Santoso|tegas|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," jelas Budi Santoso.`}, []string{"Budi Santoso|jelas|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," tutur Budi Santoso.`}, []string{"Budi Santoso|tutur|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," ungkap Budi Santoso.`}, []string{"Budi Santoso|ungkap|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," imbuh Budi Santoso.`}, []string{"Budi Santoso|imbuh|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," tambah Budi Santoso.`}, []string{"Budi Santoso|tambah|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," sebut Budi Santoso.`}, []string{"Budi Santoso|sebut|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," terang Budi Santoso.`}, []string{"Budi Santoso|terang|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," papar Budi Santoso.`}, []string{"Budi Santoso|papar|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," lanjut Budi Santoso.`}, []string{"Budi Santoso|lanjut|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," pungkas Budi Santoso.`}, []string{"Budi Santoso|pungkas|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," cetus Budi Santoso.`}, []string{"Budi Santoso|cetus|Kami akan"}},
		{[]string{`"Kami akan terus mengawal kasus ini," tulis Budi Santoso dalam akun Instagramnya.`}, []string{"Budi Santoso|tulis|Kami akan"}},
		// Indonesian: "-nya" and pronouns resolve to the last speaker.
		{[]string{`Budi Santoso mengatakan hal itu kepada wartawan.`, `"Kami akan terus mengawal kasus ini," ujarnya.`}, []string{"Budi Santoso|ujarnya|Kami akan"}},
		{[]string{`Budi Santoso mengatakan hal itu kepada wartawan.`, `"Kami akan terus mengawal kasus ini," katanya.`}, []string{"Budi Santoso|katanya|Kami akan"}},
		{[]string{`Budi Santoso mengatakan hal itu kepada wartawan.`, `"Kami akan terus mengawal kasus ini," jelasnya.`}, []string{"Budi Santoso|jelasnya|Kami akan"}},
		{[]string{`Budi Santoso mengatakan hal itu kepada wartawan.`, `"Kami akan terus mengawal kasus ini," kata dia.`}, []string{"Budi Santoso|kata|Kami akan"}},
		{[]string{`Budi Santoso hadir dalam acara itu.`, `"Kami akan terus mengawal kasus ini," kata Budi.`, `"Semua pihak harus ikut mengawasi jalannya proses," tuturnya.`}, []string{"Budi Santoso|kata|Kami akan", "Budi Santoso|tuturnya|Semua pihak"}},
		// Indonesian: verb before the quote.
		{[]string{`Budi Santoso mengatakan, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|mengatakan|Kami akan"}},
		{[]string{`Budi Santoso menegaskan, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|menegaskan|Kami akan"}},
		{[]string{`Budi Santoso menjelaskan, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|menjelaskan|Kami akan"}},
		{[]string{`Budi Santoso menambahkan, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|menambahkan|Kami akan"}},
		{[]string{`Budi Santoso menyatakan, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|menyatakan|Kami akan"}},
		{[]string{`Budi Santoso mengungkapkan, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|mengungkapkan|Kami akan"}},
		{[]string{`Budi Santoso menuturkan, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|menuturkan|Kami akan"}},
		{[]string{`Menurut Budi Santoso, "Kami akan terus mengawal kasus ini."`}, []string{"Budi Santoso|Menurut|Kami akan"}},
		// Titles and ranks are not part of the name.
		{[]string{`"Pelaku sudah kami amankan di lokasi kejadian," kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono.`}, []string{"Widya Agustiono|kata|Pelaku sudah"}},
		{[]string{`Sekretaris Jenderal NATO Jens Stoltenberg mengatakan dialog gagal.`, `"Rusia telah meninggalkan dialog itu sejak lama," tegas Stoltenberg.`}, []string{"Jens Stoltenberg|tegas|Rusia telah"}},
		{[]string{`Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Yuddy Chrisnandi menginginkan sistem baru.`, `"Artinya, ranking terbawah akan dirasionalisasi," ucap Yuddy.`}, []string{"Yuddy Chrisnandi|ucap|Artinya, ranking"}},
		{[]string{`Kepala Seksi Humas PT Angkasa Pura I Bandara Internasional Lombok, Eka Asmadi, saat dihubungi dari Mataram, Kamis, mengatakan,pembatalan dilakukan sejak pagi.`, `"Penutupan ini dilakukan demi keselamatan penerbangan," katanya.`}, []string{"Eka Asmadi|katanya|Penutupan ini"}},
		{[]string{`Presiden Recording Academy Neil Portnow memuji sang pianis.`, `"Joey sangat luar biasa di atas panggung," kata Portnow.`}, []string{"Neil Portnow|kata|Joey sangat"}},
		{[]string{`Staf Divisi Metabolik Endokrin dr Wismandari Wisnu SpPD-KEMD mengungkap, depresi berbahaya.`, `"Depresi adalah suatu kondisi yang berbahaya," ujar dr Wisman.`}, []string{"Wismandari Wisnu|ujar|Depresi adalah"}},
		{[]string{`Hal ini diungkapkan oleh Muhammad Buldansyah, Wakil Presiden Direktur PT Hutchison 3 Indonesia.`, `Pria yang akrab disapa Dani ini mengatakan demikian.`, `"Layanan data kami terus tumbuh setiap tahun," ucap Dani.`}, []string{"Muhammad Buldansyah|ucap|Layanan data"}},
		{[]string{`Anggota polisi militer AS Terry Holdbrooks Jr menjadi penjaga penjara.`, `Nurani Holdbrooks terusik melihat tawanan itu.`, `"Guantanamo bertolak belakang dengan sistem hukum kita," kata Holdbrooks.`}, []string{"Terry Holdbrooks Jr|kata|Guantanamo bertolak"}},
		{[]string{`Yuddy Chrisnandi hadir di rapat itu.`, `"Siapa kuadran keempat? Mereka yang tidak produktif," kata politisi Partai Hanura itu.`}, []string{"Yuddy Chrisnandi|kata|Siapa kuadran"}},
		{[]string{`"Kasus baru terus bertambah setiap hari," kata Kepala Dinas Kesehatan DKI Jakarta Widyastuti di Jakarta, Senin.`}, []string{"Widyastuti|kata|Kasus baru"}},
		{[]string{`Gubernur Jawa Tengah Ganjar Pranowo mengatakan, "Semua sekolah harus siap menerapkan protokol kesehatan."`}, []string{"Ganjar Pranowo|mengatakan|Semua sekolah"}},
		{[]string{`"We are not going to back down on this," Texas Governor Greg Abbott said.`}, []string{"Greg Abbott|said|We are"}},
		{[]string{`"Barang yang masuk sekarang bisa sampai 80 ton sehari," kata pedagang cabai, Sutarno, di Jakarta, Senin.`}, []string{"Sutarno|kata|Barang yang"}},
		{[]string{`"If the government wants it, it should help pay for it," Councillor Peter Haddad said.`}, []string{"Peter Haddad|said|If the"}},
		{[]string{`"Inflasi masih terkendali sampai akhir tahun," ujar Menteri Keuangan Sri Mulyani di Jakarta.`}, []string{"Sri Mulyani|ujar|Inflasi masih"}},
		{[]string{`"We will not give up on this fight," said Sen. Elizabeth Warren, D-Mass.`}, []string{"Elizabeth Warren|said|We will"}},
		{[]string{`"We will not give up on this fight," Warren, a Democrat, said.`}, []string{"Warren|said|We will"}},
		{[]string{`"Kami sudah memeriksa tiga saksi," kata Kapolres Metro Jakarta Selatan Kombes Budhi Herdi Susianto.`}, []string{"Budhi Herdi Susianto|kata|Kami sudah"}},
		{[]string{`"Kami akan evaluasi semua rute," ujar Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo kepada Kompas.com, Senin (12/12/2022).`}, []string{"Syafrin Liputo|ujar|Kami akan"}},
		{[]string{`"Kami sudah berkoordinasi dengan semua pihak," kata Kabid Humas Polda Metro Jaya Kombes Endra Zulpan kepada wartawan.`}, []string{"Endra Zulpan|kata|Kami sudah"}},
		{[]string{`Juru bicara Kementerian Luar Negeri Teuku Faizasyah mengatakan, "Kami terus memantau situasi di sana."`}, []string{"Teuku Faizasyah|mengatakan|Kami terus"}},
		{[]string{`"It is a real tragedy for us," said Maria Lopez, 45, who lives nearby.`}, []string{"Maria Lopez|said|It is"}},
		{[]string{`‘We don’t want the players’ union to decide this for us,’ said Gary Neville.`}, []string{"Gary Neville|said|We don’t"}},
		{[]string{`"Kami minta warga tetap waspada terhadap banjir susulan."`, `Hal itu disampaikan Kepala BPBD Kota Kupang, Ernest Ludji, di Kupang, Selasa.`}, []string{"Ernest Ludji|Hal itu disampaikan|Kami minta"}},
		// Scare quotes and titles are not quotes.
		{[]string{`Stoltenberg mengatakan dialog dengan Rusia 'tidak berhasil'.`}, nil},
		{[]string{`Dia menyebut langkah itu "tidak berhasil" sama sekali.`}, nil},
		{[]string{`Film "Ada Apa Dengan Cinta" kembali tayang di bioskop.`}, nil},
		// Quotes over several paragraphs.
		{[]string{`"Paragraf pertama dari kutipan yang panjang ini.`, `"Paragraf kedua yang menutup kutipan itu," kata Budi Santoso.`}, []string{"Budi Santoso|kata|Paragraf pertama", "Budi Santoso|kata|Paragraf kedua"}},
		// Curly, guillemet and low-high marks.
		{[]string{`“Kami akan terus mengawal kasus ini,” kata Budi Santoso.`}, []string{"Budi Santoso|kata|Kami akan"}},
		{[]string{`«Kami akan terus mengawal kasus ini», kata Budi Santoso.`}, []string{"Budi Santoso|kata|Kami akan"}},
		{[]string{`„Wir werden den Fall weiter verfolgen“, sagte Anna Schmidt.`}, []string{"Anna Schmidt|sagte|Wir werden"}},
		// English: verb after the quote.
		{[]string{`"We will keep pushing for a ceasefire," said John Kirby.`}, []string{"John Kirby|said|We will"}},
		{[]string{`"We will keep pushing for a ceasefire," John Kirby said.`}, []string{"John Kirby|said|We will"}},
		{[]string{`"We will keep pushing for a ceasefire," Kirby said on Tuesday.`}, []string{"Kirby|said|We will"}},
		{[]string{`John Kirby spoke to reporters.`, `"We will keep pushing for a ceasefire," Kirby said.`}, []string{"John Kirby|said|We will"}},
		{[]string{`"We will keep pushing for a ceasefire," Kirby told Reuters.`}, []string{"Kirby|told|We will"}},
		{[]string{`"We will keep pushing for a ceasefire," Kirby added.`}, []string{"Kirby|added|We will"}},
		{[]string{`"We will keep pushing for a ceasefire," says John Kirby.`}, []string{"John Kirby|says|We will"}},
		{[]string{`"We will keep pushing for a ceasefire," National Security Council spokesman John Kirby said.`}, []string{"John Kirby|said|We will"}},
		{[]string{`"We will keep pushing for a ceasefire," said John Kirby, a White House spokesman.`}, []string{"John Kirby|said|We will"}},
		// English: pronouns.
		{[]string{`John Kirby spoke to reporters on Tuesday.`, `"We will keep pushing for a ceasefire," he said.`}, []string{"John Kirby|said|We will"}},
		{[]string{`Elizabeth Prelogar argued the case.`, `"There have been agencies funded this way every year," she said.`}, []string{"Elizabeth Prelogar|said|There have"}},
		{[]string{`Justice Samuel Alito pressed Elizabeth Prelogar.`, `"Is that your answer to the question?" Alito asked.`, `"No, that is not our position at all," Prelogar said.`, `"We have said so from the very start," she added.`, `"Then why were you talking about that," he rejoined.`}, []string{"Samuel Alito|asked|Is that", "Elizabeth Prelogar|said|No, that", "Elizabeth Prelogar|added|We have", "Samuel Alito|rejoined|Then why"}},
		// English: verb before the quote.
		{[]string{`John Kirby said: "We will keep pushing for a ceasefire."`}, []string{"John Kirby|said|We will"}},
		{[]string{`According to John Kirby, "We will keep pushing for a ceasefire."`}, []string{"John Kirby|According to|We will"}},
		{[]string{`"I can't give you another example," Prelogar said, "but I would dispute the premise entirely."`}, []string{"Prelogar|said|I can't", "Prelogar|said|but I"}},
		{[]string{`But a spokesperson for the Universities and Colleges Employers' Association said its members had cut contracts.`, `"UCEA has worked with the unions over recent years," he said.`}, []string{"spokesperson for the Universities and Colleges Employers' Association|said|UCEA has"}},
		// A participle clause goes on with the main clause's subject, not
		// the nearest name.
		{[]string{`Elizabeth Prelogar faced Justice Samuel Alito.`, `"We are not asking the court to draw that line," Prelogar told Alito, asserting that the interest extends "to every federal agency and its hiring."`}, []string{"Elizabeth Prelogar|told|We are", "Elizabeth Prelogar||to every"}},
		// "he" is the speaker mentioned last as a clause's subject, even
		// when another man spoke since.
		{[]string{`"The rule does not reach the academies," Chief Justice John Roberts said.`, `"That is a question for another day," Justice Samuel Alito said.`, `Roberts, who wrote the opinion, added a footnote.`, `After the panel deliberated, Alito and the others returned to the bench. "From now on," he quipped, "I expect every brief in verse."`}, []string{"John Roberts|said|The rule", "Samuel Alito|said|That is", "Samuel Alito|quipped|I expect"}},
		// An object of the verb is no mention: "he" stays with the speaker.
		{[]string{`"We will keep pushing for a ceasefire," John Kirby said.`, `Reporters pressed Kirby about Antony Blinken, who was in Cairo.`, `"Nobody wants this conflict to go on," he said.`}, []string{"John Kirby|said|We will", "John Kirby|said|Nobody wants"}},
		// A role held for someone named: the name is whose the role is.
		{[]string{`"Kami mencoba memberi insentif untuk itu," kata Sam Bankman-Fried.`, `Ketika dimintai konfirmasi, juru bicara orang tua Bankman menyatakan mereka telah mencoba mengembalikan properti itu. "Sejak awal, mereka sudah mencoba mengembalikannya ke perusahaan," kata sang juru bicara.`}, []string{"Sam Bankman-Fried|kata|Kami mencoba", "juru bicara orang tua Bankman|kata|Sejak awal,"}},
		{[]string{`Sementara itu, juru bicara Kementerian Luar Negeri Teuku Faizasyah mengatakan pemerintah memantau situasi. "Kami terus berkoordinasi dengan KBRI di sana," kata dia.`}, []string{"Teuku Faizasyah|kata|Kami terus"}},
		{[]string{`Di Jakarta, ketua umum PSSI Erick Thohir mengatakan persiapan tim sudah matang. "Kami akan terus bekerja sampai akhir," ujarnya.`}, []string{"Erick Thohir|ujarnya|Kami akan"}},
		// A hyphenated surname is a name, not a degree.
		{[]string{`"We are not in this for the money," said Alexandria Ocasio-Cortez.`}, []string{"Alexandria Ocasio-Cortez|said|We are"}},
		// German capitalises nouns: a lone capitalised word before a colon
		// is no speaker unless named before.
		{[]string{`"Es gab keinen Grund, ihm Gelb zu geben", sagte Trainer Murat Yakin. Sein Urteil: „Die Regel hat heute unser Spiel zerstört.“`}, []string{"Murat Yakin|sagte|Es gab", "Murat Yakin||Die Regel"}},
		// No attribution: the last speaker, no cue.
		{[]string{`"We will keep pushing for a ceasefire," John Kirby said.`, `"There is no other way to end this war," he added.`, `"Nobody wants this conflict to go on."`}, []string{"John Kirby|said|We will", "John Kirby|added|There is", "John Kirby||Nobody wants"}},
		// An unattributed answer to a question is the other party's.
		{[]string{`Justice Samuel Alito questioned Elizabeth Prelogar.`, `"No, that is not our position at all," Prelogar said.`, `"But there is some risk," Alito interjected. "Do you dispute that fact?"`, `"There can be a very minimal risk for some individuals."`}, []string{"Elizabeth Prelogar|said|No, that", "Samuel Alito|interjected|But there", "Elizabeth Prelogar||There can"}},
		{[]string{`Samuel Alito pressed on.`, `"Is that really your answer to the court?" Alito asked.`, `Elizabeth Prelogar: "I can't think of anything else that is quite like this."`, `Alito cut her off: "No, I am not making that point at all."`}, []string{"Samuel Alito|asked|Is that", "Elizabeth Prelogar||I can't", "Samuel Alito||No, I"}},
		// A quoted title or a short phrase is not a quote.
		{[]string{`He called the plan "dead on arrival".`}, nil},
		{[]string{`The Supreme Court heard "Moore v. Harper" on Tuesday.`}, nil},
	}
	if len(tests) < 60 {
		t.Errorf("only %d cases; issue 4 asks for 60", len(tests))
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readQuotes(tt.paras) {
			f := strings.Fields(q.Text)
			got = append(got, fmt.Sprintf("%s|%s|%s", q.Speaker, q.Cue, strings.Join(f[:min(2, len(f))], " ")))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}

func TestReadQuotesSkipsHeadings(t *testing.T) {
	lx := loadLexicon()
	paras := []string{
		`Affirmative action and ‘the nation that we aspire to be’`,
		`Elizabeth Prelogar said the court should think of "the nation that we aspire to be" here.`,
	}
	qs := lx.readQuotes(paras, 0)
	if len(qs) != 1 || qs[0].Paragraph != 2 || qs[0].Speaker != "Elizabeth Prelogar" {
		t.Errorf("readQuotes with a heading = %+v, want one quote in paragraph 2", qs)
	}
}
