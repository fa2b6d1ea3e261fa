package normalize

import "testing"

// TestOfficeAbbreviations: a person introduced under an office's full form
// ("Kepala Kepolisian Daerah …", "Attorney General …") is who its short
// form later stands for ("kata Kapolda", "the AG said"), though another
// person spoke in between ([office-abbreviations] per language). A short
// form no one was introduced under stays as before. Invented articles.
func TestOfficeAbbreviations(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{"Kapolda after the full office, id", "id", []string{
			`Kepala Kepolisian Daerah Sulawesi Timur Irjen Hadi Santoso meninjau lokasi kebakaran pasar pada Senin pagi.`,
			`Pedagang Siti Maryati menangis di depan kiosnya. "Semua dagangan saya habis terbakar," kata Siti.`,
			`"Kami masih menyelidiki penyebab kebakaran di pasar itu," kata Kapolda.`,
		}, []string{"Siti Maryati", "Hadi Santoso"}},
		{"Dirut after the full office, id", "id", []string{
			`Direktur Utama PT Samudra Biru Hendra Gunawan meresmikan pabrik baru itu.`,
			`Bupati Lestari Wibowo menyambut baik pabrik itu. "Warga kami akan mendapat pekerjaan," ujar Lestari.`,
			`"Produksi pertama dimulai bulan depan," kata Dirut.`,
		}, []string{"Lestari Wibowo", "Hendra Gunawan"}},
		{"Mendagri after the full office, id", "id", []string{
			`Menteri Dalam Negeri Arif Wicaksono meninjau lokasi banjir bersama Wali Kota Dewi Anggraini.`,
			`"Air mulai surut sejak tadi malam," kata Dewi.`,
			`"Bantuan akan dikirim hari ini juga," ujar Mendagri.`,
		}, []string{"Dewi Anggraini", "Arif Wicaksono"}},
		{"the AG after the full office, en", "en", []string{
			`Attorney General Marla Quince filed the suit against the Valley Ledger's owner on Monday.`,
			`Governor Tom Okafor welcomed the move. "It is overdue and the state will back it," Okafor said.`,
			`"No company is above the law," the AG said.`,
		}, []string{"Tom Okafor", "Marla Quince"}},
		{"the PM after the full office, en", "en", []string{
			`Prime Minister Ana Velic met the striking nurses on Friday.`,
			`Union leader Tom Okafor welcomed the talks. "It is overdue and the members will back it," Okafor said.`,
			`"We will find the money for the nurses this year," the PM said.`,
		}, []string{"Tom Okafor", "Ana Velic"}},
	})
}
