package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBareNewsroomLabel: a newsroom label with no name in it, standing
// alone in a byline or in metadata, is no author (FIELDS.md); an agency
// beside it still is, and a label that carries a name of its own keeps
// today's reading (the site's team, as fundus labels it).
func TestBareNewsroomLabel(t *testing.T) {
	tests := []labelCase{
		{byline: "By Staff Reports", want: nil},
		{byline: "La rédaction", want: nil},
		{byline: "Par la Rédaction", want: nil},
		{byline: "Rédaction avec AFP", want: []string{"AFP"}},
		{byline: "Redacción", want: nil},
		{byline: "Tim Redaksi", want: nil},
		{meta: "Staff Reports", want: nil},
		{meta: "Editorial Team", want: nil},
		{byline: "By Staff Reports", meta: "Orla Brennan", want: []string{"Orla Brennan"}},
		{byline: "By Corinne Vasseur, Staff Writer", want: []string{"Corinne Vasseur"}},
		{byline: "Par Corinne Vasseur et la rédaction", want: []string{"Corinne Vasseur"}},
		{byline: "Reuters", want: []string{"Reuters"}},
		{meta: "HBT Staff", want: []string{"HBT Staff"}},
	}
	checkLabelAuthors(t, "https://www.harbourtimes.example/news/ferry", "Harbour Times", tests)
}

// TestStructuredSurnameFirst: a JSON-LD or meta author written
// "Surname, Given" is one person, read as the name is written; an outlet
// list or a surname followed by a job is not inverted.
func TestStructuredSurnameFirst(t *testing.T) {
	tests := []struct {
		value, source string
		want          []string
	}{
		{"Vasseur, Corinne", "jsonld", []string{"Corinne Vasseur"}},
		{"Okonkwo, Adaeze N.", "jsonld", []string{"Adaeze N. Okonkwo"}},
		{"Brennan, Orla Mae", "meta:author", []string{"Orla Mae Brennan"}},
		{"Kowalczyk, Marta", "meta:article:author", []string{"Marta Kowalczyk"}},
		{"Corinne Vasseur", "jsonld", []string{"Corinne Vasseur"}},
		{"Corinne Vasseur, Orla Brennan", "meta:author", []string{"Corinne Vasseur", "Orla Brennan"}},
		{"Reuters, AFP", "meta:author", []string{"Reuters", "AFP"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise",
			Authors: []extract.Field{{Value: tc.value, Source: tc.source}}}
		got := Normalize(p, Options{}).Authors
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: authors %q, want %q", tc.source, tc.value, got, tc.want)
		}
	}
}

// TestBylineLabelsOfMoreLanguages: the common "text by"/"written by"
// labels of Italian, Dutch, the Scandinavian languages, Polish and French
// open a byline as "By" does.
func TestBylineLabelsOfMoreLanguages(t *testing.T) {
	lx := loadLexicon()
	for _, tc := range []struct{ line, want string }{
		{"Testo di Marco Rossi", "Marco Rossi"},
		{"Testo: Giulia Bianchi", "Giulia Bianchi"},
		{"Scritto da Marco Rossi", "Marco Rossi"},
		{"Tekst: Pieter de Vries", "Pieter de Vries"},
		{"Geschreven door Pieter de Vries", "Pieter de Vries"},
		{"Tekst: Sigrid Halvorsen", "Sigrid Halvorsen"},
		{"Skrevet af Mette Kjær", "Mette Kjær"},
		{"Skriven av Elin Lundqvist", "Elin Lundqvist"},
		{"Napisała Anna Nowak", "Anna Nowak"},
		{"Écrit par Claire Dubois", "Claire Dubois"},
	} {
		cs, ok := lx.parseByline(tc.line, "reporter", false, false)
		if !ok || len(cs) != 1 || cs[0].name != tc.want || cs[0].role != "reporter" {
			t.Errorf("%q: %+v %v, want reporter %q", tc.line, cs, ok, tc.want)
		}
	}
}

// TestStructuredNameTail: a JSON-LD or meta author with the site, an
// outlet or a job after " | " or " - " is the person alone; a list of
// "Surname, Given" names is each person. A double-barrelled tail that is
// neither stays.
func TestStructuredNameTail(t *testing.T) {
	tests := []struct {
		value string
		want  []string
	}{
		{"Orla Brennan - Harbour Times", []string{"Orla Brennan"}},
		{"Orla Brennan | Reporter", []string{"Orla Brennan"}},
		{"Orla Brennan | Reuters", []string{"Orla Brennan"}},
		{"Vasseur, Corinne; Brennan, Orla", []string{"Corinne Vasseur", "Orla Brennan"}},
		{"Anna-Lena Berg", []string{"Anna-Lena Berg"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise",
			Authors: []extract.Field{{Value: tc.value, Source: "jsonld"}}}
		got := Normalize(p, Options{}).Authors
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.value, got, tc.want)
		}
	}
}

// TestBylinePlaceTail: a known place behind " | " or " - " in a visible
// byline is where the story was filed from, not a writer.
func TestBylinePlaceTail(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Lucía Ortega | Madrid", []string{"Lucía Ortega"}},
		{"Por Lucía Ortega - Madrid", []string{"Lucía Ortega"}},
		{"By Orla Brennan and Tomasz Wrona | London", []string{"Orla Brennan", "Tomasz Wrona"}},
		{"Lucía Ortega | Andrés Pardo", []string{"Lucía Ortega", "Andrés Pardo"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise",
			Bylines: []extract.Field{{Value: tc.line, Source: "byline"}}}
		got := Normalize(p, Options{}).Authors
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestNewsroomLabelOfMoreLanguages: the newsroom's word of Portuguese,
// Italian, Dutch, the Scandinavian languages and Polish is a label as
// "Staff" and "Redaktion" are: alone (in a byline or in metadata) it names
// no author; beside a writer it gives way to the writer.
func TestNewsroomLabelOfMoreLanguages(t *testing.T) {
	tests := []labelCase{
		{byline: "Da Redação", want: nil},
		{meta: "Redação", want: nil},
		{byline: "Por Mariana Tavares, da Redação", want: []string{"Mariana Tavares"}},
		{byline: "La Redazione", want: nil},
		{meta: "Redazione", want: nil},
		{byline: "Testo di Giulia Ferraro e la redazione", want: []string{"Giulia Ferraro"}},
		{byline: "Door de redactie", want: nil},
		{meta: "Redactie", want: nil},
		{byline: "Redaktionen", want: nil},
		{meta: "Redaksjonen", want: nil},
		{byline: "Redakcja", want: nil},
		{byline: "Av Sigrid Halvorsen og redaksjonen", want: []string{"Sigrid Halvorsen"}},
	}
	checkLabelAuthors(t, "https://www.portocosta.example/noticias/ferry", "Porto Costa", tests)
}

// TestStructuredEditorSurnameFirst: an editor in JSON-LD or meta tags
// written "Surname, Given" is one person, read as the name is written,
// as an author there is; a list of two editors is two.
func TestStructuredEditorSurnameFirst(t *testing.T) {
	tests := []struct {
		value, source string
		want          []string
	}{
		{"Brennan, Orla", "jsonld", []string{"Orla Brennan"}},
		{"Okonkwo, Adaeze N.", "jsonld", []string{"Adaeze N. Okonkwo"}},
		{"Kowalczyk, Marta", "meta:content_editor", []string{"Marta Kowalczyk"}},
		{"Vasseur, Corinne; Brennan, Orla", "jsonld", []string{"Corinne Vasseur", "Orla Brennan"}},
		{"Corinne Vasseur", "jsonld", []string{"Corinne Vasseur"}},
		{"Corinne Vasseur, Orla Brennan", "jsonld", []string{"Corinne Vasseur", "Orla Brennan"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise",
			Authors: []extract.Field{{Value: "Tomás Ferreira", Source: "jsonld"}},
			Editors: []extract.Field{{Value: tc.value, Source: tc.source}}}
		got := Normalize(p, Options{}).Editors
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: editors %q, want %q", tc.source, tc.value, got, tc.want)
		}
	}
}

// labelCase is a byline or a metadata author of a page, and the authors
// it must give.
type labelCase struct {
	byline, meta string
	want         []string
}

// checkLabelAuthors normalizes a page of site for each case, its byline
// or metadata author set, and compares the authors.
func checkLabelAuthors(t *testing.T, url, site string, tests []labelCase) {
	t.Helper()
	for _, tc := range tests {
		p := &extract.Page{URL: url, SiteName: site, Title: "Ferry fares rise"}
		if tc.byline != "" {
			p.Bylines = []extract.Field{{Value: tc.byline, Source: "byline"}}
		}
		if tc.meta != "" {
			p.Authors = []extract.Field{{Value: tc.meta, Source: "meta"}}
		}
		got := Normalize(p, Options{}).Authors
		if len(got) == 0 {
			got = nil
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("byline %q meta %q: authors %q, want %q", tc.byline, tc.meta, got, tc.want)
		}
	}
}
