package normalize

import "testing"

// TestQuoteLeads: Indonesian points back at the quote before the
// attribution after it ('"…," demikian kata X', '"…," begitu kata X';
// [quote-leads]); the reader passes the word, so the named speaker is
// read, not the last one who spoke. Invented articles.
func TestQuoteLeads(t *testing.T) {
	lx := loadLexicon()
	id := `Wali Kota Rina Wulandari meninjau lokasi kebakaran. "Kami terus bekerja siang dan malam," kata Rina.`
	checkSpeakers(t, lx, []quoteCase{
		{"demikian kata with an office", "id", []string{id,
			`"Pelaku sudah diamankan di markas kepolisian setempat," demikian kata Kapolres Tegal AKBP Joko Prasetyo.`,
		}, []string{"Rina Wulandari", "Joko Prasetyo"}},
		{"begitu kata a surname", "id", []string{
			`Pedagang Dedi Kurniawan kehilangan kiosnya di Pasar Baru.`, id,
			`"Saya tidak tahu harus mulai dari mana lagi," begitu kata Dedi.`,
		}, []string{"Rina Wulandari", "Dedi Kurniawan"}},
	})
}
