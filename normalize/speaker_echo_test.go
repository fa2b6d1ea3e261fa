package normalize

import "testing"

// TestEchoedQuote: a quote standing as a paragraph of its own with no
// cue (a subheading, a pull quote) whose words a later attributed quote
// holds is that quote's speaker's; it took whoever spoke last. A quote
// inside narration that a later quote repeats is left as it was.
func TestEchoedQuote(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "subheading repeating a later quote", lang: "en", paras: []string{
			`"We will not sign a deal that hurts our farmers," said Trade Minister Elena Vasquez on Monday.`,
			`"The border will stay open all winter"`,
			`Transport Secretary Colin Marsh told the committee, "We have added forty inspectors. The border will stay open all winter."`,
		}, want: []string{"Elena Vasquez", "Colin Marsh", "Colin Marsh"}},
		{name: "Indonesian pull quote", lang: "id", paras: []string{
			`"Kami sudah menyiapkan tiga posko kesehatan di sepanjang jalur mudik," kata Kepala Dinas Kesehatan Siti Rahmawati.`,
			`"Jalur selatan sudah siap dilalui pemudik"`,
			`Kepala Dinas Perhubungan Agus Prasetyo mengatakan perbaikan jalan sudah selesai. "Semua lubang sudah ditambal. Jalur selatan sudah siap dilalui pemudik," ujar Agus.`,
		}, want: []string{"Siti Rahmawati", "Agus Prasetyo", "Agus Prasetyo"}},
	})
}
