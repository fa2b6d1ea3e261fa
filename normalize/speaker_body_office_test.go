package normalize

import "testing"

// TestBodyOfficeNoHolder: an office that always names its body
// ([body-titles]: "pelatih", "ketua", "direktur") followed by one word
// and no name ("kata pelatih Persikarang.") names the office of that
// body, not a person called Persikarang: the member introduced with that
// office of that body speaks, else the phrase as written (FIELDS.md: the
// role as written when the article never names the speaker). The club,
// the party or the commission was the speaker before.
func TestBodyOfficeNoHolder(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "the coach introduced with the club", lang: "id", paras: []string{
			`Pelatih Persikarang, Joko Susanto, mengaku puas dengan hasil imbang itu.`,
			`"Anak-anak bermain dengan disiplin yang sangat tinggi," kata pelatih Persikarang.`,
		}, want: []string{"Joko Susanto"}},
		{name: "the coach introduced without a comma, another man speaking between", lang: "id", paras: []string{
			`Pelatih Persikarang Joko Susanto tampak tenang di pinggir lapangan. "Kami sudah siap tampil habis-habisan malam ini," kata kapten Budi Santoso. "Anak-anak bermain dengan disiplin yang sangat tinggi," kata pelatih Persikarang.`,
		}, want: []string{"Budi Santoso", "Joko Susanto"}},
		{name: "a coach the article never names", lang: "id", paras: []string{
			`"Kami sudah siap tampil habis-habisan malam ini," kata kapten Budi Santoso.`,
			`"Anak-anak bermain dengan disiplin yang sangat tinggi," kata pelatih Persikarang usai laga.`,
		}, want: []string{"Budi Santoso", "pelatih Persikarang"}},
		{name: "a chair of another body is not the one meant", lang: "id", paras: []string{
			`Ketua Bawaslu Karangsari, Rahmat Siregar, meninjau gudang logistik.`,
			`"Semua kotak suara sudah kami periksa satu per satu," kata ketua Panwascam.`,
		}, want: []string{"ketua Panwascam"}},
		// The holder after the body, with or without a comma, is read
		// as before.
		{name: "the holder after a comma", lang: "id", paras: []string{
			`"Anak-anak bermain dengan disiplin yang sangat tinggi," kata pelatih Persikarang, Bonifasius Lumbantoruan.`,
		}, want: []string{"Bonifasius Lumbantoruan"}},
		{name: "the holder right after the body", lang: "id", paras: []string{
			`"Anak-anak bermain dengan disiplin yang sangat tinggi," kata pelatih Persikarang Bonifasius Lumbantoruan.`,
		}, want: []string{"Bonifasius Lumbantoruan"}},
		{name: "a known short name after the office", lang: "id", paras: []string{
			`Pelatih Persikarang, Joko Susanto, mengaku puas.`,
			`"Anak-anak bermain dengan disiplin yang sangat tinggi," kata pelatih Joko.`,
		}, want: []string{"Joko Susanto"}},
	})
}

// TestBodyOfficeTwoWords: a body of two words the article introduced an
// office-holder with ("Pelatih Persitara Raya, Joko Susanto") names that
// office again in "kata pelatih Persitara Raya"; the two words were read
// as a person.
func TestBodyOfficeTwoWords(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "two-word club, after the dateline", lang: "id", paras: []string{
			`BANDUNG, Warta Priangan - Pelatih Persitara Raya, Joko Susanto, mengaku puas dengan permainan anak asuhnya.`,
			`"Kami akan evaluasi lini belakang sebelum laga tandang," kata pelatih Persitara Raya.`,
			`"Lini tengah sudah bermain sangat baik malam ini," kata pelatih Persitara.`,
		}, want: []string{"Joko Susanto", "Joko Susanto"}},
		{name: "a full name after a club of one word", lang: "id", paras: []string{
			`Pelatih Persitara, Joko Susanto, mengaku puas.`,
			`"Kami akan evaluasi lini belakang sebelum laga tandang," kata pelatih Persitara Budi Hartono.`,
		}, want: []string{"Budi Hartono"}},
	})
}
