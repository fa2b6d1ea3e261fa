package extract

import "testing"

// TestHeadlineWordCount checks the count against the keys it stands for,
// on titles of several scripts, separators alone, runes that lower to
// ASCII (U+212A KELVIN SIGN, U+0130), General Punctuation and broken
// UTF-8.
func TestHeadlineWordCount(t *testing.T) {
	for _, s := range []string{
		"", " ", "Harbour council votes to close the old ferry pier",
		"Harbour council votes — Valley Times", "| — · » ›", "“ ” … ‘’ –",
		"2026: 14 dead", "Ķīla \u212a \u0130 ſ", "Zeitung: Bürger wählen neu",
		"Губернатор посетил порт", "議会が港の閉鎖を決定", "Pemkot tutup pelabuhan lama - Kota News",
		"\xff \xfe\xfd", "a\u00a0b\u2003c", "#tag @user $5 %", "¡Hola! ¿Qué?", "° ± × ÷", "A B C: UK", "Ω Σ",
		"Dr. Jane Roe-Smith’s “plan”", "\u200b \u2060 \u2063", "\u0301 \u0660\u0661",
	} {
		if got, want := headlineWordCount(s), len(headlineWords(s)); got != want {
			t.Errorf("headlineWordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
