package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineBioSentence: an author box that holds a short biography
// ("Jane Roe is a reporter at …", "Jane Roe covers energy for …") names
// the writer the sentence opens with, and nothing after the verb; a
// byline whose name merely holds such a word keeps the whole name.
func TestBylineBioSentence(t *testing.T) {
	tests := []struct {
		byline, site, lang string
		want               []string
	}{
		{"Perpetua Mwangi is a reporter at the Lakeside Courier.", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
		{"Perpetua Mwangi covers energy and mining for the Lakeside Courier.", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
		{"Perpetua Mwangi writes about food and farming.", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
		{"Perpetua Mwangi was our Nairobi correspondent until 2019.", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
		{"Perpetua Mwangi reports on courts and crime.", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
		// The name printed twice, as a box's heading and its sentence's subject.
		{"Perpetua Mwangi Perpetua Mwangi is a reporter for the Lakeside Courier.", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
		{"By Perpetua Mwangi is a freelance writer living in Nakuru", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
		{"Bonifasius Harahap adalah wartawan Warta Pesisir.", "Warta Pesisir", "id", []string{"Bonifasius Harahap"}},
		{"Bonifasius Harahap merupakan jurnalis yang meliput ekonomi.", "Warta Pesisir", "id", []string{"Bonifasius Harahap"}},
		{"Ottilie Brandauer ist Redakteurin im Ressort Wirtschaft.", "Nordstadt Anzeiger", "de", []string{"Ottilie Brandauer"}},
		{"Ottilie Brandauer schreibt über Verkehr und Stadtplanung.", "Nordstadt Anzeiger", "de", []string{"Ottilie Brandauer"}},
		{"Ottilie Brandauer war bis 2021 Korrespondentin in Lissabon.", "Nordstadt Anzeiger", "de", []string{"Ottilie Brandauer"}},
		{"Solène Marchetti était grand reporter au service étranger.", "Le Courrier du Lac", "fr", []string{"Solène Marchetti"}},
		{"Solène Marchetti est journaliste au service politique.", "Le Courrier du Lac", "fr", []string{"Solène Marchetti"}},
		{"Ramiro Echeverría es periodista de la sección de economía.", "Diario del Valle", "es", []string{"Ramiro Echeverría"}},
		{"Ramiro Echeverría era corresponsal en Lima.", "Diario del Valle", "es", []string{"Ramiro Echeverría"}},
		// A name that merely holds such a word: no sentence.
		{"By Perpetua Is and Odile Was", "Lakeside Courier", "en", []string{"Perpetua Is", "Odile Was"}},
		{"Von Ottilie Ist", "Nordstadt Anzeiger", "de", []string{"Ottilie Ist"}},
		{"By Perpetua Mwangi", "Lakeside Courier", "en", []string{"Perpetua Mwangi"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.example.org/news/bridge", SiteName: tc.site, Title: "Bridge reopens", Lang: tc.lang,
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
