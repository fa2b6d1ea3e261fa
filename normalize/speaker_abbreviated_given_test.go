package normalize

import "testing"

// TestAbbreviatedGivenName: an abbreviation of a name's first word or a
// title with its dot ("Muh.", "Moh.", "Mgr.") ends no sentence: the name
// runs on past it, and a title is dropped as titles are. (Not "Muh" or
// "Mgr" alone as the speaker.)
func TestAbbreviatedGivenName(t *testing.T) {
	lx := loadLexicon()
	const open = `"Warga tidak perlu panik menghadapi kondisi ini sampai normal," kata Kepala Dinas Sosial Rinaldo Patty di kantornya, Senin (3/2/2024).`
	const q = `"Kami sudah berkoordinasi dengan semua pihak terkait sejak pekan lalu`
	checkSpeakers(t, lx, []quoteCase{
		{name: "muh after an office and a degree", lang: "id", paras: []string{open, q + `," kata Kadis PUPR Halmahera Barat Ir. Muh. Ridwan Lamatenggo.`},
			want: []string{"Rinaldo Patty", "Muh Ridwan Lamatenggo"}},
		{name: "moh alone", lang: "id", paras: []string{open, q + `," ujar Moh. Yamin Rahmatullah di sela acara.`},
			want: []string{"Rinaldo Patty", "Moh Yamin Rahmatullah"}},
		{name: "monsignor after a see", lang: "id", paras: []string{open, q + `," kata Uskup Agung Kupang Mgr. Hironimus Ratumakin.`},
			want: []string{"Rinaldo Patty", "Hironimus Ratumakin"}},
	})
}
