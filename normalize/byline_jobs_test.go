package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineJobAfterEachWriter: a byline that prints a job after every
// writer's name ("By A, Health Reporter and B, Political Editor") credits
// every writer, without the jobs; a surname that is a desk word and a job
// joined by "and" ("Health and Science Reporter") stay whole.
func TestBylineJobAfterEachWriter(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By Tamsin Greaves, Health Reporter and Olu Adebayo", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"By Tamsin Greaves, Chief Political Correspondent and Olu Adebayo, Home Affairs Editor", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"By Tamsin Greaves, Political Editor, and Olu Adebayo, Foreign Affairs Correspondent", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"Tamsin Greaves, Education Correspondent & Olu Adebayo, Reporter", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"Tamsin Greaves, Senior Reporter | Olu Adebayo, Data Journalist", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"By Tamsin Greaves Health Reporter and Olu Adebayo Political Editor", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"By Tamsin Greaves, Business Writer, Olu Adebayo, Science Editor and Mirela Costa, Reporter", []string{"Tamsin Greaves", "Olu Adebayo", "Mirela Costa"}},
		{"By Tamsin Greaves, Health and Science Reporter and Olu Adebayo", []string{"Tamsin Greaves", "Olu Adebayo"}},
		{"Tamsin Greaves, Home Affairs Correspondent", []string{"Tamsin Greaves"}},
		// A desk word for a surname, no job after it: a name.
		{"By Hollis Deputy and Olu Adebayo", []string{"Hollis Deputy", "Olu Adebayo"}},
		{"By Hollis Deputy, Staff Writer and Olu Adebayo", []string{"Hollis Deputy", "Olu Adebayo"}},
		{"By Tamsin Greaves and Olu Adebayo, Political Correspondents", []string{"Tamsin Greaves", "Olu Adebayo"}},
		// Two jobs joined: one writer's title.
		{"By Tamsin Greaves, Reporter and Editor", []string{"Tamsin Greaves"}},
		{"By Tamsin Greaves, Writer and Producer, and Olu Adebayo", []string{"Tamsin Greaves", "Olu Adebayo"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/bridge", SiteName: "Kestrel Gazette", Title: "Bridge reopens",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
