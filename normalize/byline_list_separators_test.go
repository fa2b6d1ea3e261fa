package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestStructuredAuthorSeparators: a meta or JSON-LD author that lists its
// writers with a semicolon or a bar ("Jane Roe; Tom Okafor", "Jane Roe |
// Tom Okafor") names each of them; the separator stayed inside one
// "name". The outlet after a bar goes as before.
func TestStructuredAuthorSeparators(t *testing.T) {
	tests := []struct {
		author string
		want   []string
	}{
		{"Greta Lund; Omar Haddad", []string{"Greta Lund", "Omar Haddad"}},
		{"Greta Lund;Omar Haddad", []string{"Greta Lund", "Omar Haddad"}},
		{"Greta Lund | Omar Haddad", []string{"Greta Lund", "Omar Haddad"}},
		{"Greta Lund|Omar Haddad|Ines Moreau", []string{"Greta Lund", "Omar Haddad", "Ines Moreau"}},
		// Guards (pass without the change).
		{"Greta Lund, Omar Haddad", []string{"Greta Lund", "Omar Haddad"}},
		{"Greta Lund | Kabar Kita", []string{"Greta Lund"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kabarkita.example/news/jembatan", SiteName: "Kabar Kita", Title: "Jembatan dibuka",
			Authors: []extract.Field{{Value: tc.author, Source: "meta"}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.author, got, tc.want)
		}
	}
}
