package normalize

import (
	"fmt"
	"testing"
)

// TestNounEndingsByLanguage: a German noun's ending ("-ung", "-heit")
// says a capitalised word is no name only in German; a Batak surname
// ("Sinurung"), a Punjabi one ("Gurjung") or any name that happens to end
// so is a name in the other languages.
func TestNounEndingsByLanguage(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"id", []string{
			`Kepala Bidang Pemadam Kebakaran, Rudolf Sinurung, memimpin pemadaman sejak dini hari.`,
			`"Api baru bisa kami kendalikan menjelang pagi karena angin kencang," kata Sinurung.`,
		}, []string{"Rudolf Sinurung"}},
		{"id", []string{
			`"Semua jalur evakuasi sudah kami buka untuk warga sekitar pabrik," ujar Tiurma Pardosirung di lokasi.`,
		}, []string{"Tiurma Pardosirung"}},
		{"en", []string{
			`Several travellers waited at the terminal for news of the delayed flight.`,
			`“We were told nothing for six hours at the gate,” said Harpal Gurjung, 31, from Ludhiana.`,
		}, []string{"Harpal Gurjung"}},
		// German keeps the rule: a noun in the attribution is no speaker.
		{"de", []string{
			`„Die Ergebnisse zeigen einen klaren Trend bei den jungen Wählern“, heißt es in der Untersuchung.`,
		}, []string{""}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
			got = append(got, q.Speaker)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s %q: got %q, want %q", tt.lang, tt.paras[len(tt.paras)-1], got, tt.want)
		}
	}
}
