package normalize

import (
	"fmt"
	"testing"
)

// TestShortTitleCaseHeadline: a short headline in title case ("Harga
// Beras Naik", "Port Fees Rise") tells no names from words; its capitals
// are no person the body's one-word attributions run on to, unless they
// open with a given name the lexicon knows or none of the words is
// printed in lower case in the text.
func TestShortTitleCaseHeadline(t *testing.T) {
	lx := loadLexicon()
	cases := []struct {
		name, lang, title string
		paras             []string
		want              []string
	}{
		{"three common words, id", "id", "Harga Beras Naik", []string{
			`Pedagang di pasar induk mengeluh karena harga beras naik lagi pekan ini.`,
			`"Pembeli makin sedikit dan stok kami menumpuk di gudang," kata Naik.`,
		}, []string{"Naik"}},
		{"two common words, id", "id", "Beras Naik", []string{
			`Pedagang di pasar induk mengeluh karena harga beras naik lagi pekan ini.`,
			`"Pembeli makin sedikit dan stok kami menumpuk di gudang," kata Naik.`,
		}, []string{"Naik"}},
		{"three common words, en", "en", "Port Fees Rise", []string{
			`Shipping firms said port fees will rise again from March.`,
			`"We cannot pass all of this on to our customers this year," said Rise.`,
		}, []string{"Rise"}},
		{"a given name in a short headline", "id", "Yohanes Marpaung Mundur", []string{
			`Kepala dinas itu menyatakan mundur dan menyerahkan suratnya kepada bupati.`,
			`"Saya ingin memberi kesempatan kepada yang lebih muda," kata Yohanes.`,
		}, []string{"Yohanes Marpaung"}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang, title: tt.title}, tt.paras) {
				got = append(got, q.Speaker)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSentenceCaseOffice: an office written in sentence case after the
// verb ("kata Juru bicara Kementerian X", "ujar Wakil ketua DPRD X") is
// read as the office in lower case or title case is; a lone capitalised
// title ("kata Bupati kepada wartawan") is the member of the cast who
// holds it, and no one when no member does.
func TestSentenceCaseOffice(t *testing.T) {
	lx := loadLexicon()
	const open = `"Warga tidak perlu panik menghadapi kondisi ini sampai normal," kata Bupati Sumba Timur Melkianus Rihi di kantornya, Senin (3/2/2024).`
	const q = `"Kami sudah berkoordinasi dengan semua pihak terkait sejak pekan lalu`
	checkSpeakers(t, lx, []quoteCase{
		{name: "juru bicara with a ministry", lang: "id", paras: []string{open, q + `," kata Juru bicara Kementerian Kelautan Oktavianus Seran.`},
			want: []string{"Melkianus Rihi", "Oktavianus Seran"}},
		{name: "juru bicara alone", lang: "id", paras: []string{open, q + `," ujar Juru bicara Oktavianus Seran.`},
			want: []string{"Melkianus Rihi", "Oktavianus Seran"}},
		{name: "wakil ketua", lang: "id", paras: []string{open, q + `," ujar Wakil ketua DPRD Oktavianus Seran.`},
			want: []string{"Melkianus Rihi", "Oktavianus Seran"}},
		{name: "kepala dinas and its body", lang: "id", paras: []string{open, q + `," tutur Kepala dinas Kesehatan Oktavianus Seran.`},
			want: []string{"Melkianus Rihi", "Oktavianus Seran"}},
		{name: "ketua umum of a party", lang: "id", paras: []string{open, q + `," kata Ketua umum Partai Maju Oktavianus Seran.`},
			want: []string{"Melkianus Rihi", "Oktavianus Seran"}},
		{name: "the office as written, no holder", lang: "id", paras: []string{open, q + `," kata Juru bicara Kementerian Kelautan.`},
			want: []string{"Melkianus Rihi", "Juru bicara Kementerian Kelautan"}},
		{name: "a lone title the last speaker holds", lang: "id", paras: []string{open, q + `," kata Bupati kepada wartawan.`},
			want: []string{"Melkianus Rihi", "Melkianus Rihi"}},
		{name: "a lone title before the verb", lang: "id", paras: []string{open, `Menurut Bupati, ` + q + `."`},
			want: []string{"Melkianus Rihi", "Melkianus Rihi"}},
		{name: "a lone title no one holds", lang: "id", paras: []string{open, q + `," kata Ketua saat ditemui.`},
			want: []string{"Melkianus Rihi", ""}},
		{name: "a title then a stopword stays", lang: "id", paras: []string{open, q + `," kata Bupati di sela acara.`},
			want: []string{"Melkianus Rihi", "Melkianus Rihi"}},
	})
}
