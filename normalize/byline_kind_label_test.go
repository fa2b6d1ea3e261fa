package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineKindLabel: a byline that opens by naming the piece's kind
// ("Kommentar von X", "A column by X", "Tribune de X", "Columna de X") is
// a label of its own words: the writer follows it. Before, the phrase
// was read as a name with a particle ("Kommentar von Anna Roth") or
// refused. Names with particles stay names.
func TestBylineKindLabel(t *testing.T) {
	tests := []struct {
		lang, byline string
		want         []string
	}{
		{"de", "Kommentar von Anna Roth", []string{"Anna Roth"}},
		{"de", "Ein Artikel von Anna Roth und Jonas Brandt", []string{"Anna Roth", "Jonas Brandt"}},
		{"de", "Analyse von Anna Roth", []string{"Anna Roth"}},
		{"en", "A column by Hollis Grant", []string{"Hollis Grant"}},
		{"en", "An opinion piece by Hollis Grant and Mara Quill", []string{"Hollis Grant", "Mara Quill"}},
		{"en", "Essay by Hollis Grant", []string{"Hollis Grant"}},
		{"fr", "Tribune de Claire Roux", []string{"Claire Roux"}},
		{"fr", "Une chronique de Claire Roux", []string{"Claire Roux"}},
		{"es", "Columna de Inés Barrientos", []string{"Inés Barrientos"}},
		{"es", "Un artículo de Inés Barrientos y Tomás Lagos", []string{"Inés Barrientos", "Tomás Lagos"}},
		{"it", "Commento di Carla Neri", []string{"Carla Neri"}},
		{"nl", "Column van Jan Smit", []string{"Jan Smit"}},
		{"pt", "Artigo de Ana Lima", []string{"Ana Lima"}},
		// Guards: names with particles.
		{"de", "Karl von Habsburg", []string{"Karl von Habsburg"}},
		{"nl", "Door Jan van der Berg", []string{"Jan van der Berg"}},
		{"pt", "Maria de Lourdes Silva", []string{"Maria de Lourdes Silva"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.example-paper.example/a/1", SiteName: "Example Paper", Title: "Plan", Lang: tc.lang,
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: authors %q, want %q", tc.lang, tc.byline, got, tc.want)
		}
	}
}
