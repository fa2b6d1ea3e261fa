package normalize

import "testing"

// TestSpeakerDegrees: academic degrees and qualifications around a name
// ("NAME, M.Si, mengatakan", "dr. NAME, Sp.A", "Prof. Dr. med. NAME",
// "NAME, PhD") are no part of it and name no one. A degree set off by
// commas was taken for the subject, and a later quote cued by the verb
// alone went to it ("M.Si"); a lower-case field after "Dr." ("med.")
// ended the name's run before the name. Invented articles.
func TestSpeakerDegrees(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{name: "Indonesian degree set off by commas, later quote by the verb alone", lang: "id", paras: []string{
			`Kepala Dinas Perikanan, Dr. Ir. Sutomo Haryadi, M.Si, mengatakan panen tahun ini menurun. "Cuaca buruk membuat nelayan tidak melaut," katanya.`,
			`Menurut dia, bantuan akan segera disalurkan. "Kami sudah mendata semua nelayan," jelasnya.`,
		}, want: []string{"Sutomo Haryadi: Cuaca", "Sutomo Haryadi: Kami"}},
		{name: "Indonesian specialist's degree", lang: "id", paras: []string{
			`Dokter anak, dr. Melati Santoso, Sp.A, menjelaskan gejala demam berdarah. "Orang tua harus waspada," ujarnya.`,
		}, want: []string{"Melati Santoso: Orang"}},
		{name: "Indonesian degree written without stops", lang: "id", paras: []string{
			`Kepala Bappeda, Ir. Darmawan Sule, MSi, mengatakan proyek itu molor. "Kontraktor kekurangan bahan baku," katanya.`,
			`"Kami beri waktu dua minggu lagi," tegasnya.`,
		}, want: []string{"Darmawan Sule: Kontraktor", "Darmawan Sule: Kami"}},
		{name: "Indonesian specialist's degree without stops", lang: "id", paras: []string{
			`Dokter kandungan, dr. Wulan Sari, SpOG, mengingatkan ibu hamil. "Periksa kandungan rutin setiap bulan," ujarnya.`,
		}, want: []string{"Wulan Sari: Periksa"}},
		// Guards (pass without the change): two degrees each with its
		// stop, a degree in capitals and small letters.
		{name: "Indonesian degree with its last stop, two degrees", lang: "id", paras: []string{
			`Rektor kampus itu, Yohanes Betan, S.Pd., M.Hum., menyebut gedung baru siap dipakai. "Mahasiswa bisa masuk bulan depan," ucapnya.`,
		}, want: []string{"Yohanes Betan: Mahasiswa"}},
		// "Dra." was no title: the woman's "Drs." opened the name.
		{name: "Indonesian title Dra. before the name, degree after", lang: "id", paras: []string{
			`"Anak-anak harus sarapan sebelum berangkat ke sekolah setiap pagi," kata Dra. Maria Lewar, M.Pd, kepala sekolah itu.`,
		}, want: []string{"Maria Lewar: Anak"}},
		{name: "German field of the doctorate", lang: "de", paras: []string{
			`„Die Station ist voll belegt“, sagte Prof. Dr. med. Lothar Brenninger, Chefarzt der Klinik.`,
			`„Wir brauchen mehr Personal“, sagte Brenninger.`,
		}, want: []string{"Lothar Brenninger: Die Station", "Lothar Brenninger: Wir"}},
		{name: "German field of two words", lang: "de", paras: []string{
			`„Die Messwerte sind eindeutig“, sagte Prof. Dr. rer. nat. Ina Vollrath vom Institut.`,
		}, want: []string{"Ina Vollrath: Die Messwerte"}},
		// A guard: passes without the change.
		{name: "English degree set off by commas, later quote by the pronoun", lang: "en", paras: []string{
			`Martha Quill, PhD, said the samples had been clean for a year. "We tested every batch twice," she said.`,
		}, want: []string{"Martha Quill: We tested"}},
		// Guards (pass without the change): a middle initial stays.
		{name: "a middle initial", lang: "en", paras: []string{
			`"The bridge is safe," said Harold T. Brisk, the county engineer.`,
		}, want: []string{"Harold T. Brisk: The bridge"}},
	})
}

// TestDropDegrees: which words the tokenizer takes out as degrees, and
// where their comma goes.
func TestDropDegrees(t *testing.T) {
	lx := loadLexicon()
	for _, tt := range []struct{ in, want string }{
		{"Ketua panitia, Rudi Sanjaya, M.Si, mengatakan", "Ketua panitia, Rudi Sanjaya, mengatakan"},
		{"kata Hana Purba S.H. M.H. kemarin", "kata Hana Purba kemarin"},
		{"sagte Dr. med. Jens Korb", "sagte Dr Jens Korb"},
		{"said Ada Lind, M.D., the surgeon", "said Ada Lind, the surgeon"},
		// Kept: initials opening a name, a lower-case word after a name.
		{"kata Ketua M.A. Rahmanto", "kata Ketua M.A Rahmanto"},
		{"säger Anna Berg med ett leende", "säger Anna Berg med ett leende"},
		{"the med. student", "the med student"},
		{"kata Nina Hartono, MSi, kemarin", "kata Nina Hartono, kemarin"},
		{"di Hotel Tirta Spa, kemarin", "di Hotel Tirta Spa, kemarin"},
	} {
		var got string
		for _, tok := range lx.tokenize(tt.in) {
			if got != "" {
				got += " "
			}
			got += tok.word
			if tok.comma {
				got += ","
			}
		}
		if got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
