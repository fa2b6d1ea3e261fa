package normalize

import "testing"

// TestCompanyOfficeRole: a company's name inside an office is no person.
// "kata Dirut PT Sukamaju Transportasi Mandiri itu": an office written
// capitalised, with its company's name, closed by a demonstrative, is a
// role noun standing for the person who holds it (the cast member with
// the office), never "Transportasi Mandiri". And an office set off by
// commas after a name ("Hendra Wijaya, Direktur Utama PT …, hadir") is
// that person's; its last words are the company's, not a second person
// the cast holds. (Open case of the last round: the company read as the
// person.)
func TestCompanyOfficeRole(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "Dirut PT … itu after the full office and name", lang: "id", paras: []string{
			`Direktur Utama PT Sukamaju Transportasi Mandiri, Hendra Wijaya, mengatakan perusahaannya siap. "Sopir sudah kami latih sejak Januari," kata Dirut PT Sukamaju Transportasi Mandiri itu.`,
		}, want: []string{"Hendra Wijaya"}},
		{name: "the office after the name, then the short form and tersebut", lang: "id", paras: []string{
			`Hendra Wijaya, Direktur Utama PT Sukamaju Transportasi Mandiri, hadir dalam peresmian rute baru.`,
			`"Kami siap menambah rute baru bulan depan," kata Dirut PT Sukamaju itu.`,
			`"Jumlah penumpang terus naik setiap bulan," kata Direktur Utama PT Sukamaju Transportasi Mandiri tersebut.`,
		}, want: []string{"Hendra Wijaya", "Hendra Wijaya"}},
		{name: "a woman director, Kepala Dinas itu", lang: "id", paras: []string{
			`Kepala Dinas Perhubungan Kota Sukamaju Ratna Sari Dewi meninjau terminal. "Kami sudah mengajukan anggaran untuk bus baru," kata Kepala Dinas Perhubungan itu.`,
		}, want: []string{"Ratna Sari Dewi"}},
		// The name after the office is read as before.
		{name: "the holder after the company", lang: "id", paras: []string{
			`"Sopir sudah kami latih sejak Januari," kata Direktur Utama PT Sukamaju Transportasi Mandiri, Hendra Wijaya.`,
		}, want: []string{"Hendra Wijaya"}},
		// An article after a capitalised title and a name is no
		// demonstrative: the name stays the speaker.
		{name: "German article after the name", lang: "de", paras: []string{
			`„Das ist ein Kampf, auf den alle warten“, sagte Experte Lukas Brenner der Nachrichtenagentur.`,
		}, want: []string{"Lukas Brenner"}},
		{name: "English, the name then a lower-case phrase", lang: "en", paras: []string{
			`"Our results were below what we expected this quarter," said CEO Dana Whitfield in the company's release.`,
		}, want: []string{"Dana Whitfield"}},
	})
}
