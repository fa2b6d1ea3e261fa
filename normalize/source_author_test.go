package normalize

import (
	"fmt"
	"testing"
)

// TestAuthorOutletIsNoSource: an outlet that is the whole byline wrote
// the story; "told AFP" in its copy is its own interview, no source. A
// byline naming a person keeps the agencies the body cites.
func TestAuthorOutletIsNoSource(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name             string
		sources, authors []string
		want             []string
	}{
		{"wire byline, told the wire", []string{"AFP", "Dagsbladet"}, []string{"AFP"}, []string{"Dagsbladet"}},
		{"wire byline spelt out, cited by initials", []string{"AP"}, []string{"The Associated Press"}, []string{}},
		{"wire byline by initials, cited spelt out", []string{"Agence France-Presse", "El Heraldo"}, []string{"AFP"}, []string{"El Heraldo"}},
		{"two agencies in the byline", []string{"Reuters", "dpa", "Kurier am Abend"}, []string{"dpa", "Reuters"}, []string{"Kurier am Abend"}},
		{"a person's byline keeps the agency", []string{"AFP"}, []string{"Marta Lindqvist"}, []string{"AFP"}},
		{"a person and an agency keep it too", []string{"Reuters"}, []string{"Ines Baptista", "Reuters"}, []string{"Reuters"}},
		{"no byline", []string{"Antara"}, nil, []string{"Antara"}},
		// The byline and the body write the wire's name with and
		// without its article: one outlet.
		{"byline without the article, body with it", []string{"The Associated Press", "Harbour Daily"}, []string{"Associated Press"}, []string{"Harbour Daily"}},
		{"byline with the article, body without it", []string{"Associated Press"}, []string{"The Associated Press"}, []string{}},
		{"a person's byline keeps the wire with its article", []string{"The Associated Press"}, []string{"Marta Lindqvist"}, []string{"The Associated Press"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lx.dropAuthorOutlets(append([]string(nil), tt.sources...), tt.authors)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAuthorityIsNoOutlet: a German compound on "-agentur" is an
// authority ("Bundesnetzagentur", "Arbeitsagentur"), not a news agency;
// "laut X" cites outlets only.
func TestAuthorityIsNoOutlet(t *testing.T) {
	lx := loadLexicon()
	const site, domain = "Kabar Kita", "kabarkita.com"
	tests := []struct {
		para string
		want []string
	}{
		{"Die Ausfallzeit betrug laut Bundesnetzagentur nur zwölf Minuten.", nil},
		{"Laut Arbeitsagentur sank die Zahl der Arbeitslosen im Mai leicht.", nil},
		{"Laut der Nachrichtenagentur Reuters wurde der Vertrag am Montag unterzeichnet.", []string{"Reuters"}},
		{"Wie der Hafenkurier berichtet, fährt die Fähre ab Montag wieder.", []string{"Hafenkurier"}},
	}
	for _, tt := range tests {
		got := lx.readSources([]string{tt.para}, site, domain)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.para, got, tt.want)
		}
	}
}
