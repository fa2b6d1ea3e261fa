package normalize

import "testing"

// TestBodyOfSeveralWords: an office that names its body ("Kepala Bidang
// Lalu Lintas Agus Prasetyo") with a body of several capitalised words
// runs on to the given name the lexicon knows; half the body was read as
// the person's first name ("Lintas Agus Prasetyo"). A body of one word
// and a name of three words keep their reading.
func TestBodyOfSeveralWords(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "two-word field, then the name", lang: "id", paras: []string{
			`"Jalur selatan sudah siap dilalui pemudik tahun ini," ujar Kepala Bidang Lalu Lintas Agus Prasetyo.`,
		}, want: []string{"Agus Prasetyo"}},
		{name: "coach of a two-word club", lang: "id", paras: []string{
			`"Anak-anak bermain dengan disiplin tinggi," kata pelatih Persitara Raya Budi Santoso.`,
		}, want: []string{"Budi Santoso"}},
		{name: "one-word body, three-word name", lang: "id", paras: []string{
			`"Kami siap tampil habis-habisan malam ini," kata pelatih Persikarang Agus Setiabudi Harahap.`,
		}, want: []string{"Agus Setiabudi Harahap"}},
	})
}
