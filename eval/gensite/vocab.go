package gensite

// The words the generator draws from. People, places, outlets and sites
// are invented (or common given names and surnames), none taken from a
// benchmark page; a few cities and agencies are real, as they are on real
// pages. Offices are pairs: the form written before a name and the form
// written after it as an apposition.

var (
	enFemale = []string{"Marisol", "Harriet", "Priya", "Odette", "Ingrid", "Lucinda", "Neve", "Tamsin", "Adaeze", "Rosalind", "Yasmin", "Beatrix"}
	enMale   = []string{"Desmond", "Tobias", "Callum", "Rafferty", "Kwame", "Emeka", "Anselm", "Garrick", "Idris", "Lorcan", "Mateo", "Percival"}
	enLast   = []string{"Thornbury", "Calloway", "Ferrante", "Lindqvist", "Abernethy", "Okafor", "Whitcombe", "Marchetti", "Haldane", "Ostrowski",
		"Fairweather", "Pemberton-Hale", "Achterberg", "Quarshie", "Villanueva", "Drummond", "Ashworth", "Nakagawa", "Brannigan", "Castellanos"}
	enFirstLast = []string{"Marta Keane", "Jonah Pruitt", "Selma Ortiz", "Dev Raman", "Ola Bergstrom"}
	enOrgs      = []string{"the Marrowby Water Board", "Harlow Freight", "the Eastvale Council", "the Northern Ports Authority",
		"Brightwater Capital", "the Coastal Transit Agency", "Kestrel Health", "the Tallis Institute"}
	// enOffices: before the name, after it.
	enOffices = [][2]string{
		{"Deputy Mayor", "the deputy mayor"},
		{"Transport Secretary", "the transport secretary"},
		{"Police Chief", "the city's police chief"},
		{"Councillor", "a councillor for the harbour ward"},
		{"Dr.", "a senior researcher at {org}"},
		{"Sen.", "a senator who sits on the budget committee"},
		{"economist", "chief economist at {org}"},
		{"spokesperson", "a spokesperson for {org}"},
		{"Professor", "a professor of public policy"},
		{"CEO", "the chief executive of {org}"},
		{"Superintendent", "the superintendent of the district's schools"},
		{"Commissioner", "the county commissioner"},
	}
	enQuoteA = []string{"We have waited far too long for this,", "Nobody in this town wanted it to end like that,",
		"The numbers simply do not add up,", "It is a good first step for the families here,", "We will keep pressing until the work is done,",
		"This was never about one building or one street,", "I think people deserve a straight answer,", "Our crews worked through the night,",
		"The money has to come from somewhere,", "We are not going to rush a decision this big,"}
	enQuoteB = []string{"and I expect the board to say so plainly", "but the real test comes next winter", "so we asked for a second review",
		"and that is what we told the committee", "which is why the vote matters so much", "and the residents know it better than anyone",
		"but nobody should pretend it is finished", "and we will publish every figure we have"}
	enDays       = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	enFiller     = []string{"The proposal would shift about a third of the budget to repairs over five years.", "Residents packed the hall for more than three hours on the evening of the vote.", "Officials have not said how many households would be affected by the change.", "The scheme was first announced two years ago and has been delayed twice since."}
	enLeadPlace  = []string{"Across the region,", "In a late-night session,", "After months of talks,", "For the second time this year,"}
	enLead       = []string{"officials agreed to put the harbour redevelopment plan to a public vote.", "the council approved a rescue package for the ailing bus network.", "regulators ordered a review of how water bills are calculated.", "the district unveiled a plan to rebuild three flood-damaged schools."}
	enCities     = []string{"Port Aldine", "Marrowby", "Eastvale", "Kingsbridge", "Nairobi", "Lisbon", "Winnipeg", "Brisbane", "Halden Cross", "Fort Sable"}
	enOutlets    = []string{"the Eastvale Courier", "The Harbour Gazette", "Channel 9 Marrowby", "the Daily Meridian", "Bloomberg", "the Financial Times", "the Valley Ledger"}
	enAgencies   = []string{"Reuters", "AFP", "AP"}
	enRegions    = []string{"Ontario", "Kenya", "Queensland", "Portugal"}
	enSites      = [][2]string{{"The Lantern", "com"}, {"Northfield Post", "com"}, {"Capeside Herald", "net"}, {"Riverbend Daily", "org"}}
	enHeadA      = []string{"Council backs", "Residents split over", "Regulator orders review of", "Inside the fight over", "Why a small town is divided by", "Funding gap threatens"}
	enHeadB      = []string{"harbour plan", "bus network rescue", "water bill formula", "school rebuilding scheme", "new ferry terminal", "flood defence budget"}
	enNewsletter = []string{"Get the morning briefing in your inbox. Sign up for our free newsletter.", "Want more stories like this? Subscribe to our weekly newsletter."}
	enStandards  = []string{"The Lantern Trust Principles.", "How we report and correct our stories."}

	// idNames: a leading M or F (for the pronoun a writer would use), then
	// the name as printed. One-part names are common in Indonesia.
	idNames = []string{"MRahmat Hidayat", "FSri Wahyuningsih", "MAgus Priyanto", "FDewi Kartikasari", "MYohanes Manurung", "MI Made Suarjana",
		"FNur Aini", "MTeguh Prasetyo", "MSutarman", "FRatna Puspitasari", "MHendra Wijayakusuma", "FLusi Marbun", "MAndi Mappatoba", "MFransiskus Seran"}
	idOffices = []string{"Kepala Dinas Perhubungan {place}", "Wali Kota {place}", "Kapolres {place} AKBP", "Direktur Utama PT Sinar Baru",
		"Juru bicara Kementerian Kelautan", "Ketua DPRD {place}", "Camat {place}", "Kepala BPBD {place}", "Sekretaris Daerah {place}", "pengamat transportasi"}
	idPlaces  = []string{"Sembilan", "Kotabaru", "Tanjung Laut", "Banyuasri", "Sukamaju"}
	idQuoteA  = []string{"Kami sudah berkoordinasi dengan semua pihak terkait", "Warga tidak perlu panik menghadapi kondisi ini", "Anggaran untuk perbaikan jalan sudah kami siapkan", "Petugas kami siaga selama dua puluh empat jam", "Kami minta masyarakat tetap tenang dan waspada"}
	idQuoteB  = []string{"sejak pekan lalu", "agar pelayanan tidak terganggu", "sampai situasi kembali normal", "supaya kejadian serupa tidak terulang", "dan hasilnya akan kami umumkan"}
	idFiller  = []string{"Sebelumnya, banjir merendam ratusan rumah di tiga kecamatan selama dua hari.", "Rencana itu akan dibahas bersama DPRD dalam rapat anggaran bulan depan.", "Ribuan penumpang sempat tertahan di terminal sejak pagi hari."}
	idDays    = []string{"Senin", "Selasa", "Rabu", "Kamis", "Jumat"}
	idCities  = []string{"Jakarta", "Surabaya", "Makassar", "Kotabaru", "Tanjung Laut", "Pontianak", "Kupang", "Banyuasri"}
	idLead    = []string{"Pemerintah daerah menyiapkan dana darurat untuk memperbaiki jalan yang rusak akibat banjir.", "Sejumlah ruas jalan ditutup sementara karena perbaikan jembatan.", "Harga beras di pasar tradisional naik dalam sepekan terakhir."}
	idOutlets = []string{"Kabar Timur", "Harian Nusantara", "BBC Indonesia", "Antara", "Suara Pesisir", "Tribun Kotabaru"}
	idSites   = []string{"BeritaLaut", "KabarKota", "WartaSatu", "SuaraRakyatku"}
	idHeadA   = []string{"Banjir Rendam", "Pemkot Siapkan Dana untuk", "Warga Keluhkan", "Polisi Selidiki", "DPRD Minta Evaluasi"}
	idHeadB   = []string{"Ratusan Rumah di Pesisir", "Jalan Rusak di Pinggiran Kota", "Antrean Panjang di Terminal", "Kenaikan Harga Beras", "Proyek Jembatan Baru"}
)
