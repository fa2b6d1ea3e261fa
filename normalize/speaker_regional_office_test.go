package normalize

import "testing"

// TestRegionalOfficeAlone: a regional office named with its region and no
// name after the verb ("ujar Bupati Sleman", "kata Kapolres Tegal") stands
// for the person introduced with that office and region; the office
// stripped left the region read as a name. Invented articles.
func TestRegionalOfficeAlone(t *testing.T) {
	lx := loadLexicon()
	id := `Wali Kota Rina Wulandari meninjau lokasi banjir. "Kami terus bekerja siang dan malam," kata Rina.`
	checkSpeakers(t, lx, []quoteCase{
		{"bupati and region", "id", []string{
			`Bupati Sukamaju Kustini Sri Purnomo meninjau lokasi banjir pada Senin pagi.`, id,
			`"Bantuan sudah kami salurkan ke semua desa terdampak," ujar Bupati Sukamaju.`,
		}, []string{"Rina Wulandari", "Kustini Sri Purnomo"}},
		{"kapolres and region", "id", []string{
			`Kapolres Tegal AKBP Joko Prasetyo memimpin olah tempat kejadian perkara.`, id,
			`"Pelaku sudah diamankan di markas kepolisian setempat," kata Kapolres Tegal.`,
		}, []string{"Rina Wulandari", "Joko Prasetyo"}},
	})
}
