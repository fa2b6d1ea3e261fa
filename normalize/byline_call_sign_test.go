package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineCallSign: a local station's call sign in a byline ("By KMBC
// Staff", "WXYZ-TV") is the station, kept in its capitals ("Kmbc" is no
// one's spelling), an outlet beside a writer and the whole byline alone;
// a name in capitals of the same shape is still set in proper case.
func TestBylineCallSign(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By KTRB Staff", []string{"KTRB"}},
		{"By WQMX-TV", []string{"WQMX-TV"}},
		{"By CKLQ", []string{"CKLQ"}},
		{"By Hollis Vance, KTRB", []string{"Hollis Vance"}},
		{"By Hollis Vance and Maren Dusk | WQMX", []string{"Hollis Vance", "Maren Dusk"}},
		// Guards: a name in capitals.
		{"By HOLLIS VANCE", []string{"Hollis Vance"}},
		{"By KATE", []string{"Kate"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.lakeshore7.example/news/storm", SiteName: "Lakeshore 7", Title: "Storm closes roads",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}
