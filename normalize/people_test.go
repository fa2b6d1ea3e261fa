package normalize

import (
	"reflect"
	"slices"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestParseByline covers every credit-line shape of issue 4.
func TestParseByline(t *testing.T) {
	lx := loadLexicon()
	type c = credit
	rep, ed := kabar.RoleReporter, kabar.RoleEditor
	tests := []struct {
		line string
		want []credit // nil: not a credit line
	}{
		{"Penulis: Fitri Wulandari", []c{{name: "Fitri Wulandari", role: rep}}},
		{"Editor: Choirul Arifin", []c{{name: "Choirul Arifin", role: ed}}},
		{"Penulis | : Nabilla Tashandra", []c{{name: "Nabilla Tashandra", role: rep}}},
		{"Reporter: Ramadhian Fadillah", []c{{name: "Ramadhian Fadillah", role: rep}}},
		{"Pewarta: Nur Imansyah", []c{{name: "Nur Imansyah", role: rep}}},
		{"Pewarta: Budisantoso Budiman dan Agus S", []c{{name: "Budisantoso Budiman", role: rep}, {name: "Agus S", role: rep}}},
		{"Red: Ade Marboen", []c{{name: "Ade Marboen", role: ed}}},
		{"Rep: Dessy Suciati Saputri", []c{{name: "Dessy Suciati Saputri", role: rep}}},
		{"Redaktur: Yudha Manggala P Putra", []c{{name: "Yudha Manggala P Putra", role: ed}}},
		{"Penerjemah: Hasiolan Eko", []c{{name: "Hasiolan Eko", role: kabar.RoleTranslator}}},
		{"Kontributor Lhokseumawe, Masriadi", []c{{name: "Masriadi", role: rep}}},
		{"Penulis: Kontributor Lhokseumawe, Masriadi", []c{{name: "Masriadi", role: rep}}},
		{"Fotografer: Agung Pambudhy", []c{{name: "Agung Pambudhy", role: kabar.RolePhotographer}}},
		{"Laporan Wartawan Tribunnews, Fitri Wulandari", []c{{name: "Fitri Wulandari", role: rep}}},
		{"Laporan Wartawan Tribunnews.com, Reza Deni", []c{{name: "Reza Deni", role: rep}}},
		{"Oleh Dewi Kania", []c{{name: "Dewi Kania", role: rep}}},
		{"Oleh : Dewi Kania", []c{{name: "Dewi Kania", role: rep}}},
		{"Afif Farhan - detikSport", []c{{name: "Afif Farhan", role: rep}}},
		{"Fino Yurio Kristo - detikInet", []c{{name: "Fino Yurio Kristo", role: rep}}},
		{"Sheila Octarina Jurnalis", []c{{name: "Sheila Octarina", role: rep}}},
		{"By John Smith and Jane Doe", []c{{name: "John Smith", role: rep}, {name: "Jane Doe", role: rep}}},
		{"By Dr. Max Kolter and Anna Weiss", []c{{name: "Dr. Max Kolter", role: rep}, {name: "Anna Weiss", role: rep}}},
		{"Oleh Ir. Bambang Susilo", []c{{name: "Ir. Bambang Susilo", role: rep}}},
		{"By John Smith, Jane Doe and Ali Khan", []c{{name: "John Smith", role: rep}, {name: "Jane Doe", role: rep}, {name: "Ali Khan", role: rep}}},
		{"Reporting by Gopal Sharma; Editing by Clarence Fernandez", []c{{name: "Gopal Sharma", role: rep}, {name: "Clarence Fernandez", role: ed}}},
		{"Additional reporting by Krista Mahr", []c{{name: "Krista Mahr", role: kabar.RoleContributor}}},
		{"Writing by Tom Lasseter", []c{{name: "Tom Lasseter", role: kabar.RoleContributor}}}, // FIELDS.md: a contributor
		{"Edited by Alex Richardson", []c{{name: "Alex Richardson", role: ed}}},
		{"BY JOHN SMITH", []c{{name: "John Smith", role: rep}}},
		{"Penulis: Fitri Wulandari Editor: Choirul Arifin", []c{{name: "Fitri Wulandari", role: rep}, {name: "Choirul Arifin", role: ed}}},
		{"Penulis: Fitri Wulandari | Editor: Choirul Arifin", []c{{name: "Fitri Wulandari", role: rep}, {name: "Choirul Arifin", role: ed}}},
		{"By Corry Anestia on 16 Feb 2016 at 09:10 WIB", []c{{name: "Corry Anestia", role: rep}}},
		{"By Dana Whitfield Thursday, November 9, 2023 4:41AM", []c{{name: "Dana Whitfield", role: rep}}},
		{"By Dana Whitfield on Monday, November 6, 2023", []c{{name: "Dana Whitfield", role: rep}}},
		{"Oleh Rina Lestari/Agus Santoso", []c{{name: "Rina Lestari", role: rep}, {name: "Agus Santoso", role: rep}}},
		{"By Jane Whitfield / Tom Okafor", []c{{name: "Jane Whitfield", role: rep}, {name: "Tom Okafor", role: rep}}},
		{"Oleh Rina Lestari Senin, 3 Juni 2024 | Editor: Agus Santoso", []c{{name: "Rina Lestari", role: rep}, {name: "Agus Santoso", role: ed}}},
		{"Von Jonas Klein Montag, 4. März 2024", []c{{name: "Jonas Klein", role: rep}}},
		{"Reporter : Ramadhian Fadillah | Jumat, 19 Juni 2015 03:40", []c{{name: "Ramadhian Fadillah", role: rep}}},
		{"Author Corry Anestia Editor Iskandar Credits (2)", []c{{name: "Corry Anestia", role: rep}, {name: "Iskandar", role: ed}}},
		{"Giovani Dio PrasastiAuthor YusliansonEditor", []c{{name: "Giovani Dio Prasasti", role: rep}, {name: "Yuslianson", role: ed}}},
		{"Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", []c{{name: "Joan Biskupic", role: rep}}},
		{"By Jane Doe, CNN Business", []c{{name: "Jane Doe", role: rep}}},
		{"By Reuters Staff", []c{{name: "Reuters", role: rep}}},
		{"By The Associated Press", []c{{name: "The Associated Press", role: rep}}},
		{"By Finian Cunningham. Sputnik International", []c{{name: "Finian Cunningham", role: rep}}},
		{"KOMPAS.com/NABILLA TASHANDRA", nil}, // no label: not a credit in the body
		{"Oleh karena itu, pemerintah menolak usulan tersebut.", nil},
		{"By the way, nobody asked.", nil},
		{"Baca juga: Ukraina Dapat Kiriman Senjata", nil},
		{"Jakarta -", nil},
	}
	for _, tt := range tests {
		got, ok := lx.parseByline(tt.line, "", true, false)
		if !ok {
			got = nil
		}
		for i := range got {
			got[i].outlet = false
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseByline(%q) = %+v, want %+v", tt.line, got, tt.want)
		}
	}
}

// TestCleanName covers the furniture that must never end up as a name.
func TestCleanName(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		in, want string
		valid    bool
	}{
		{"Fitri Wulandari", "Fitri Wulandari", true},
		{"JENS STOLTENBERG", "Jens Stoltenberg", true},
		{"Email the author", "", false},
		{"Follow", "", false},
		{"Lihat Semua", "", false},
		{"Fitri Wulandari Lihat Semua", "Fitri Wulandari", true},
		{"Greg Iacurci@GregIacurci", "Greg Iacurci", true},
		{"Corry Anestia 16 Feb 2016", "Corry Anestia", true},
		{"Jumat", "", false},
		{"KOMPAS.com/NABILLA TASHANDRA", "Nabilla Tashandra", true},
		{"Michelle de Oliveira", "Michelle de Oliveira", true},
		{"Dan Jervis-Bardy", "Dan Jervis-Bardy", true},
		{"yang menjadi korban", "yang menjadi korban", false},
		{"Source: CNN", "Source: CNN", false},
		{"Tom Davies Associated Press", "Tom Davies", true},
		{"Sarah E. Needleman", "Sarah E. Needleman", true},
		{"Washington", "Washington", false},
		{"rdk", "", false},
	}
	for _, tt := range tests {
		got, _, valid := lx.cleanName(tt.in, false)
		if got != tt.want || valid != tt.valid {
			t.Errorf("cleanName(%q) = %q, %v; want %q, %v", tt.in, got, valid, tt.want, tt.valid)
		}
	}
}

// TestReadPeople covers the choice between the sources of credits.
func TestReadPeople(t *testing.T) {
	lx := loadLexicon()
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	tests := []struct {
		name             string
		page             extract.Page
		blocks           []string
		authors, editors []string
		dropped          []int
	}{
		{
			name:    "editor in JSON-LD author, byline in the text",
			page:    extract.Page{Authors: []extract.Field{f("Choirul Arifin", "jsonld")}, Bylines: []extract.Field{f("Editor: Choirul Arifin", "byline")}},
			blocks:  []string{"Laporan Wartawan Tribunnews, Fitri Wulandari", "TRIBUNNEWS.COM, BRUSSELS - Sekretaris Jenderal NATO Jens Stoltenberg mengatakan."},
			authors: []string{"Fitri Wulandari"}, editors: []string{"Choirul Arifin"}, dropped: []int{0},
		},
		{
			name:    "editor in JSON-LD author, visible editor only",
			page:    extract.Page{Authors: []extract.Field{f("Choirul Arifin", "jsonld")}, Bylines: []extract.Field{f("Penulis: Fitri Wulandari", "byline"), f("Editor: Choirul Arifin", "byline")}},
			authors: []string{"Fitri Wulandari"}, editors: []string{"Choirul Arifin"},
		},
		{
			name:    "an unnamed staff credit is kept as written, not cut to the outlet",
			page:    extract.Page{URL: "https://www.theguardian.com/world/a", SiteName: "the Guardian", Authors: []extract.Field{f("Guardian staff reporter", "jsonld"), f("Associated Press in Valencia", "meta:article:author")}},
			authors: []string{"Guardian staff reporter"},
		},
		{
			name:    "structured people win over noisy byline elements",
			page:    extract.Page{Authors: []extract.Field{f("Madeleine Howell", "jsonld")}, Bylines: []extract.Field{f("By Rebecca Astill", "byline")}},
			authors: []string{"Madeleine Howell"},
		},
		{
			name:    "organisation author gives way to a visible person",
			page:    extract.Page{Authors: []extract.Field{f("Kompas Cyber Media", "jsonld:org")}, Bylines: []extract.Field{f("KOMPAS.com/NABILLA TASHANDRA", "rule"), f("Editor: Bayu Galih", "rule")}},
			authors: []string{"Nabilla Tashandra"}, editors: []string{"Bayu Galih"},
		},
		{
			// Teasers beside the story carry bylines of their own: only
			// the first byline element's outlet speaks for the story.
			name:    "outlets of teasers' bylines are not the story's",
			page:    extract.Page{Bylines: []extract.Field{f("By HARBOUR TIMES STAFF 11/20/2019 10:43", "byline"), f("By REUTERS 11/20/2019 09:08 AM", "byline"), f("By AFP 11/19/2019 08:54 PM", "byline")}},
			authors: []string{"HARBOUR TIMES"},
		},
		{
			// A byline element holding prose ("The Russian and Syrian
			// defense ministries") names no writer: the site's own
			// name from metadata stands.
			name:    "prose in a byline element",
			page:    extract.Page{SiteName: "Coast Herald", URL: "https://coastherald.example/a", Authors: []extract.Field{f("Coast Herald", "jsonld:org")}, Bylines: []extract.Field{f("The Greek and Turkish coast guards", "byline")}},
			authors: []string{"Coast Herald"},
		},
		{
			name:    "a lone word for papers in meta author is a navigation label",
			page:    extract.Page{Authors: []extract.Field{f("Nachrichten", "meta:author")}},
			authors: nil,
		},
		{
			name:    "a lone word for papers beside a visible writer",
			page:    extract.Page{Authors: []extract.Field{f("Noticias", "meta:author")}, Bylines: []extract.Field{f("Por Lucía Benítez", "byline")}},
			authors: []string{"Lucía Benítez"},
		},
		{
			name:    "two capitals alone are initials",
			page:    extract.Page{Authors: []extract.Field{f("RB", "jsonld")}},
			authors: nil,
		},
		{
			name:    "a two-letter agency stands",
			page:    extract.Page{Bylines: []extract.Field{f("By AP", "byline")}},
			authors: []string{"AP"},
		},
		{
			name:    "two capitals the page marks as an organisation stand",
			page:    extract.Page{Authors: []extract.Field{f("KT", "jsonld:org")}},
			authors: []string{"KT"},
		},
		{
			// A menu word caught by a byline element is no writer, in
			// any language; nor is a picture agency a contributor.
			name:    "navigation words and picture agencies",
			page:    extract.Page{Bylines: []extract.Field{f("Home", "byline"), f("Photo: Getty Images", "byline"), f("By Oskar Lind", "byline")}},
			authors: []string{"Oskar Lind"},
		},
		{
			name:    "Indonesian menu word",
			page:    extract.Page{Bylines: []extract.Field{f("Beranda", "byline"), f("Penulis: Wahyu Pratama", "byline")}},
			authors: []string{"Wahyu Pratama"},
		},
		{
			// FIELDS.md: a newsroom label standing in for a byline is
			// not an author.
			name:    "staff reports",
			page:    extract.Page{Authors: []extract.Field{f("Staff Reports", "meta:author")}, Bylines: []extract.Field{f("By Staff Reports", "byline")}},
			authors: nil,
		},
		{
			name:    "agency alone is the author",
			page:    extract.Page{Bylines: []extract.Field{f("Reuters", "byline")}},
			authors: []string{"Reuters"},
		},
		{
			// FIELDS.md: an organisation is an author only when it is
			// the whole byline.
			name:    "agency beside people in the same list",
			page:    extract.Page{Authors: []extract.Field{f("Felix Schröder und Jörg Soldwisch, dpa", "jsonld")}},
			authors: []string{"Felix Schröder", "Jörg Soldwisch"},
		},
		{
			name:    "publisher in meta author beside the writer in JSON-LD",
			page:    extract.Page{Authors: []extract.Field{f("Rachel Riederer", "jsonld"), f("Condé Nast", "meta:author")}},
			authors: []string{"Rachel Riederer"},
		},
		{
			name:    "metadata names the first writer, the byline both",
			page:    extract.Page{Authors: []extract.Field{f("Rina Lestari", "meta:author")}, Bylines: []extract.Field{f("Oleh Rina Lestari dan Agus Santoso", "byline")}},
			authors: []string{"Rina Lestari", "Agus Santoso"},
		},
		{
			name:    "metadata names the first writer, the byline both, with an ampersand",
			page:    extract.Page{Authors: []extract.Field{f("Jane Whitfield", "jsonld")}, Bylines: []extract.Field{f("By Jane Whitfield & Tom Okafor", "byline")}},
			authors: []string{"Jane Whitfield", "Tom Okafor"},
		},
		{
			name:    "byline words that are no names do not join the metadata's writer",
			page:    extract.Page{Authors: []extract.Field{f("Jane Whitfield", "jsonld")}, Bylines: []extract.Field{f("Jane Whitfield · Harbour News · Posted: Jan 3 · Last Updated: Jan 4", "byline")}},
			authors: []string{"Jane Whitfield"},
		},
		{
			name:    "a byline naming someone else does not replace the metadata",
			page:    extract.Page{Authors: []extract.Field{f("Jane Whitfield", "jsonld")}, Bylines: []extract.Field{f("By Tom Okafor and Ana Lima", "byline")}},
			authors: []string{"Jane Whitfield"},
		},
		{
			name:    "only the first byline element names the writer",
			page:    extract.Page{Bylines: []extract.Field{f("By Madeleine Howell 30 August 2023 • 4:45pm", "byline"), f("By Rebecca Astill", "byline")}},
			authors: []string{"Madeleine Howell"},
		},
		{
			name:    "wire credits at the end of the text",
			blocks:  []string{"KATHMANDU, April 25 (Reuters) - A powerful earthquake struck Nepal on Saturday.", "Reporting by Gopal Sharma; Editing by Clarence Fernandez"},
			authors: []string{"Gopal Sharma"}, editors: []string{"Clarence Fernandez"}, dropped: []int{1},
		},
		{
			name:    "editor filed as a tag",
			page:    extract.Page{Authors: []extract.Field{f("Corry Anestia", "jsonld")}, Tags: []string{"Tekno:Telko", "Editor:Iskandar"}},
			authors: []string{"Corry Anestia"}, editors: []string{"Iskandar"},
		},
		{
			name:    "initials in JSON-LD give way to the full name of the credit box",
			page:    extract.Page{Authors: []extract.Field{f("rls", "jsonld")}, Bylines: []extract.Field{f("Penulis: Rina Lestari", "byline"), f("Editor: Agus Santoso", "byline")}},
			authors: []string{"Rina Lestari"}, editors: []string{"Agus Santoso"},
		},
		{
			name:    "an agency writing its name in lower case is no initials",
			page:    extract.Page{Authors: []extract.Field{f("dpa", "jsonld")}},
			authors: []string{"dpa"},
		},
		{
			name:    "the section in meta author is no writer",
			page:    extract.Page{Section: "Politik", Authors: []extract.Field{f("Politik", "meta:author")}, Bylines: []extract.Field{f("Von Jonas Klein", "byline")}},
			authors: []string{"Jonas Klein"},
		},
		{
			name:    "a photo credit in a byline element is no writer",
			page:    extract.Page{Bylines: []extract.Field{f("Photo by Dana Whitfield", "byline")}},
			authors: nil,
		},
		{
			name:    "closing initials dropped",
			blocks:  []string{"Jakarta - Sebuah berita.", "(mea/mea)"},
			dropped: []int{1},
		},
		{
			name:    "capitalised closing initials dropped",
			blocks:  []string{"Liputan6.com, Jakarta - Sebuah berita.", "(Dio/Ysl)"},
			dropped: []int{1},
		},
	}
	for _, tt := range tests {
		got := lx.readPeople(&tt.page, tt.blocks)
		var dropped []int
		for i := range tt.blocks {
			if got.dropBlocks[i] {
				dropped = append(dropped, i)
			}
		}
		if !reflect.DeepEqual(got.authors, tt.authors) || !reflect.DeepEqual(got.editors, tt.editors) || !reflect.DeepEqual(dropped, tt.dropped) {
			t.Errorf("%s: authors %q editors %q dropped %v; want %q %q %v", tt.name, got.authors, got.editors, dropped, tt.authors, tt.editors, tt.dropped)
		}
	}
}

// TestSiteNameAuthorIsOutlet: a structured author that is the site itself
// does not outrank the person the visible byline names.
func TestSiteNameAuthorIsOutlet(t *testing.T) {
	p := &extract.Page{
		URL:      "https://www.harbourtimes.example/news/x",
		SiteName: "Harbour Times",
		Title:    "Ferry fares rise",
		Authors:  []extract.Field{{Value: "Harbour Times", Source: "jsonld"}},
		Bylines:  []extract.Field{{Value: "By Mathatisi Sebusi", Source: "byline"}},
	}
	a := Normalize(p, Options{})
	if len(a.Authors) != 1 || a.Authors[0] != "Mathatisi Sebusi" {
		t.Errorf("authors %q, want [Mathatisi Sebusi]", a.Authors)
	}
}

// TestAgencyDatelineByline: an agency and a place on a line of their own
// over the story ("AFP, MANILA") are its byline; where no person is
// credited, the agency is the author, not the site's own name from
// metadata. A person credited anywhere, or an agency only inside the
// first sentence's dateline, leaves the authors as they are.
func TestAgencyDatelineByline(t *testing.T) {
	tests := []struct {
		name    string
		authors []extract.Field
		first   string
		want    []string
	}{
		{"agency line over the story", []extract.Field{{Value: "Harbour Times", Source: "jsonld:org"}}, "AFP, NAIROBI", []string{"AFP"}},
		{"agency line, no metadata", nil, "Reuters, LIMA", []string{"Reuters"}},
		{"person credited", []extract.Field{{Value: "Mirela Dobos", Source: "jsonld"}}, "AFP, NAIROBI", []string{"Mirela Dobos"}},
		{"agency in the first sentence", []extract.Field{{Value: "Harbour Times", Source: "jsonld:org"}}, "NAIROBI (AFP) - Kenya raised rates on Monday.", []string{"Harbour Times"}},
		{"agency line, mixed case", []extract.Field{{Value: "Harbour Times", Source: "jsonld:org"}}, "Reuters, Jakarta", []string{"Reuters"}},
		{"agency spelt out", nil, "Agence France-Presse, SEOUL", []string{"Agence France-Presse"}},
		{"place and region, no agency", []extract.Field{{Value: "Harbour Times", Source: "jsonld:org"}}, "MANILA, Philippines", []string{"Harbour Times"}},
		{"the site's own name over the story", []extract.Field{{Value: "Harbour Times", Source: "jsonld:org"}}, "Harbour Times, NAIROBI", []string{"Harbour Times"}},
	}
	for _, tt := range tests {
		p := &extract.Page{
			URL:      "https://www.harbourtimes.example/news/x",
			SiteName: "Harbour Times",
			Title:    "Rates rise",
			Authors:  tt.authors,
			Body:     []body.Block{{Text: tt.first}, {Text: "The central bank raised its main rate by half a point on Monday, the third rise this year."}},
		}
		if a := Normalize(p, Options{}); !slices.Equal(a.Authors, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.name, a.Authors, tt.want)
		}
	}
}

// TestBylineShapes: visible bylines in several languages where a second
// writer or an outlet is joined by "with" ("avec", "mit", "con",
// "bersama"), where the writer's filing place follows the name, and where
// the site's own team stands in for a writer.
func TestBylineShapes(t *testing.T) {
	lx := loadLexicon()
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	site, url := "Kabar Lintas", "https://www.kabarlintas.example/berita/1"
	tests := []struct {
		byline  string
		authors []string
		orgs    []string // beside a person: sources, not authors
	}{
		{"By Sarah Whitman with AP", []string{"Sarah Whitman"}, []string{"AP"}},
		{"Camille Roux avec AFP", []string{"Camille Roux"}, []string{"AFP"}},
		{"Von Anna Kessler mit dpa", []string{"Anna Kessler"}, []string{"dpa"}},
		{"Por Lucía Benítez con EFE", []string{"Lucía Benítez"}, []string{"EFE"}},
		{"Oleh Rina Wulandari bersama Antara", []string{"Rina Wulandari"}, []string{"Antara"}},
		{"By Sarah Whitman in Nairobi and Tomás Ortega in Lagos", []string{"Sarah Whitman", "Tomás Ortega"}, nil},
		{"Par Camille Roux à Marseille", []string{"Camille Roux"}, nil},
		{"Le Monde avec AFP", []string{"Le Monde", "AFP"}, nil},
		{"Rina Wulandari, Tim Kabarlintas", []string{"Rina Wulandari"}, []string{"Tim Kabarlintas"}},
		// Job words, places, degrees and affiliations after the name.
		{"Sarah Whitman Senior Correspondent", []string{"Sarah Whitman"}, nil},
		{"Sarah Whitman Contributor", []string{"Sarah Whitman"}, nil},
		{"Anna Kessler, Korrespondentin in Brüssel", []string{"Anna Kessler"}, nil},
		{"Von Anna Kessler, Berlin", []string{"Anna Kessler"}, nil},
		{"Par Camille Roux, correspondante à Lyon", []string{"Camille Roux"}, nil},
		{"Por Lucía Benítez, corresponsal en Lima", []string{"Lucía Benítez"}, nil},
		{"Par Camille Roux, envoyée spéciale à Kharkiv", []string{"Camille Roux"}, nil},
		{"Por Lucía Benítez, enviada especial a Rafah", []string{"Lucía Benítez"}, nil},
		{"Oleh Rina Wulandari, jurnalis lepas", []string{"Rina Wulandari"}, nil},
		{"Por Lucía Benítez / London", []string{"Lucía Benítez"}, nil},
		{"Oleh Dr. Rina Wulandari, M.Si.", []string{"Dr. Rina Wulandari"}, nil},
		{"By Sarah Whitman, Tomás Ortega and Ana Lima for the Coast Herald", []string{"Sarah Whitman", "Tomás Ortega", "Ana Lima"}, nil},
		// Pieces parted by spaced dashes; a name printed twice; links.
		{"Sarah Whitman - Coast Herald - 3 March 2024", []string{"Sarah Whitman"}, []string{"Coast Herald"}},
		{"Rina Wulandari — Kabar Lintas", []string{"Rina Wulandari"}, []string{"Kabar Lintas"}},
		{"Sarah Whitman Sarah Whitman", []string{"Sarah Whitman"}, nil},
		{"Sarah Whitman Email Twitter", []string{"Sarah Whitman"}, nil},
		{"Sarah Whitman, Political Editor", []string{"Sarah Whitman"}, nil},
		{"Sarah Whitman Follow Tomás Ortega Follow", []string{"Sarah Whitman", "Tomás Ortega"}, nil},
		{"Rina Wulandari Ikuti Bayu Saputra Ikuti", []string{"Rina Wulandari", "Bayu Saputra"}, nil},
		{"Anna Kessler Folgen Jonas Berger Folgen", []string{"Anna Kessler", "Jonas Berger"}, nil},
		{"By Sarah Whitman, Health Reporter", []string{"Sarah Whitman"}, nil},
		// A one-word name after a comma is a second writer: Indonesian
		// writers often go by one name.
		{"Sarah Whitman, Susan", []string{"Sarah Whitman", "Susan"}, nil},
		{"Rina Wulandari, Suparto", []string{"Rina Wulandari", "Suparto"}, nil},
		// The site's name glued after the writer's; job words alone.
		{"Ana Lima Kabar Lintas Published 2:16 AM EST Nov 20, 2019", []string{"Ana Lima"}, nil},
		{"Bayu Saputra Kabarlintas", []string{"Bayu Saputra"}, nil},
		{"Carmen Ruiz Contributing Writer", []string{"Carmen Ruiz"}, nil},
	}
	for _, tt := range tests {
		page := extract.Page{SiteName: site, URL: url, Bylines: []extract.Field{f(tt.byline, "byline")}}
		got := lx.readPeople(&page, nil)
		if !slices.Equal(got.authors, tt.authors) || !slices.Equal(got.bylineOrgs, tt.orgs) {
			t.Errorf("byline %q: authors %q orgs %q; want %q %q", tt.byline, got.authors, got.bylineOrgs, tt.authors, tt.orgs)
		}
	}
}

// TestAgenciesLabel: "Agencies" ("agences", "agencias", "Agenturen")
// beside a writer or the site is a newsroom label, never a person.
func TestAgenciesLabel(t *testing.T) {
	lx := loadLexicon()
	for _, name := range []string{"Agencies", "agences", "Agencias", "Agenturen", "Harbour Post with agencies"} {
		if !lx.isOrganisation(credit{name: name}, "Harbour Post", "https://harbourpost.example/a") {
			t.Errorf("isOrganisation(%q) = false, want true", name)
		}
	}
}

// TestCatalogueNames: Dublin Core writes a creator "Surname, Given"; the
// author is the name as a person writes it. Other author fields keep a
// comma between full names as a list of names.
func TestCatalogueNames(t *testing.T) {
	lx := loadLexicon()
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	tests := []struct {
		field extract.Field
		want  []string
	}{
		{f("Roe, Jane", "meta:dc.creator"), []string{"Jane Roe"}},
		{f("Lestari, Rina A.", "meta:dc.creator"), []string{"Rina A. Lestari"}},
		{f("Müller, Anna-Lena", "meta:dcterms.creator"), []string{"Anna-Lena Müller"}},
		{f("Jane Roe", "meta:dc.creator"), []string{"Jane Roe"}},
		{f("Jane Roe, Tom Hale", "meta:dc.creator"), []string{"Jane Roe", "Tom Hale"}},
	}
	for _, tt := range tests {
		page := extract.Page{Authors: []extract.Field{tt.field}}
		if got := lx.readPeople(&page, nil).authors; !slices.Equal(got, tt.want) {
			t.Errorf("%+v: authors %q, want %q", tt.field, got, tt.want)
		}
	}
}

// TestBylineJobTitle: a byline element that prints the writer's job
// after the name ("Political Correspondent", "Senior Sports Writer"),
// often with a handle, "Follow" and the date after it, credits the
// name alone; a desk word never eats a name, and "Editor" alone after a
// name is left to the label readers.
func TestBylineJobTitle(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		byline string
		want   []string
	}{
		{"Corinne Ashby Political Correspondent", []string{"Corinne Ashby"}},
		{"By Dev Malhotra Senior Sports Writer", []string{"Dev Malhotra"}},
		{"Hamish Dunlop Health reporter @hamishdunlop", []string{"Hamish Dunlop"}},
		{"By Ines Carvalho Assistant Business Editor Follow March 3, 2024 7 AM", []string{"Ines Carvalho"}},
		{"Priya Raman Education editor", []string{"Priya Raman"}},
		{"By Owen Tallis and Greta Lund, Staff Writers", []string{"Owen Tallis", "Greta Lund"}},
		{"By Marcus Freelance", []string{"Marcus Freelance"}}, // no job noun: nothing cut
		{"Jonah Park Writer", []string{"Jonah Park"}},
		{"By Nadia Deputy, Staff Writer", []string{"Nadia Deputy"}},
	}
	for _, tt := range tests {
		cs, _ := lx.parseByline(tt.byline, kabar.RoleReporter, false, false)
		var got []string
		for _, c := range cs {
			got = append(got, c.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: names %q, want %q", tt.byline, got, tt.want)
		}
	}
	for _, s := range []string{"Jane Roe Editor", "Sport Writer", "Political Editor"} {
		if got := lx.cutJobTitle(s); got != s {
			t.Errorf("cutJobTitle(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestDropSiteTail: the site's own name glued after a writer's name in a
// byline ("Maya Lindqvist Harbour Times") goes, by its name or its
// domain's label; a name left with fewer than two words, an outlet's
// credit and a name that merely shares a word with the site stay.
func TestDropSiteTail(t *testing.T) {
	tests := []struct {
		name, site, url, want string
		outlet                bool
	}{
		{"Maya Lindqvist Harbour Times", "Harbour Times", "https://www.harbourtimes.example/a", "Maya Lindqvist", false},
		{"Oskar Brandt The Harbour Times", "The Harbour Times", "https://harbourtimes.example/a", "Oskar Brandt", false},
		{"Tomás Ruiz Harbourtimes", "", "https://www.harbourtimes.example/a", "Tomás Ruiz", false},
		{"Li Wei Mendez Valley Gazette", "Valley Gazette", "https://valleygazette.example/a", "Li Wei Mendez", false},
		{"Gazette Valley Gazette", "Valley Gazette", "https://valleygazette.example/a", "Gazette Valley Gazette", false}, // one word would be left
		{"Tom Gazette", "Valley Gazette", "https://valleygazette.example/a", "Tom Gazette", false},                       // a word of the name is not the name
		{"Harbour Times", "Harbour Times", "https://www.harbourtimes.example/a", "Harbour Times", true},
		{"Maya Lindqvist", "Harbour Times", "https://www.harbourtimes.example/a", "Maya Lindqvist", false},
		// Read as an outlet for the site's name in it: cut when a
		// person's name is left, not when a label is.
		{"Maya Lindqvist Harbour Times", "Harbour Times", "https://www.harbourtimes.example/a", "Maya Lindqvist", true},
		{"Oskar Brandt Valley Gazette", "Valley Gazette", "https://valleygazette.example/a", "Oskar Brandt", true},
		{"For The Harbour Times", "Harbour Times", "https://www.harbourtimes.example/a", "For The Harbour Times", true},
	}
	lx := loadLexicon()
	for _, tt := range tests {
		got := lx.dropSiteTail([]credit{{name: tt.name, outlet: tt.outlet}}, tt.site, tt.url)
		if got[0].name != tt.want {
			t.Errorf("%q on %q: %q, want %q", tt.name, tt.site, got[0].name, tt.want)
		}
	}
}

// TestBylineAffiliationsAndLabels: the outlet a writer files for, written
// title-case after the name ("For The Harbour Times") or as "Special
// to", is no part of the name; a place the lexicons know after a bar is
// where the writer filed from; German format labels ("Ein Kommentar
// von") and the Danish and Swedish "af"/"av" open a byline.
func TestBylineAffiliationsAndLabels(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		byline string
		want   []string // persons, in order
	}{
		{"By Helen Marsh For Harbourtimes.com", []string{"Helen Marsh"}},
		{"By Helen Marsh For The Harbour Times", []string{"Helen Marsh"}},
		{"By Helen Marsh and Ravi Menon For Harbour Online", []string{"Helen Marsh", "Ravi Menon"}},
		{"By Helen Marsh, Special to The Harbour Times", []string{"Helen Marsh"}},
		{"Helen Marsh for the Harbour Times", []string{"Helen Marsh"}},
		{"By Helen Marsh | London", []string{"Helen Marsh"}},
		{"Ein Kommentar von Jonas Albrecht", []string{"Jonas Albrecht"}},
		{"Eine Analyse von Jonas Albrecht und Petra Lange", []string{"Jonas Albrecht", "Petra Lange"}},
		{"Af Mette Sørensen", []string{"Mette Sørensen"}},
		{"Av Ingrid Holm och Erik Berg", []string{"Ingrid Holm", "Erik Berg"}},
		{"By Forrest Gale", []string{"Forrest Gale"}}, // "For" inside a word is no affiliation
		{"By Ann For", []string{"Ann For"}},           // nor a surname after one given name
	}
	for _, tt := range tests {
		cs, _ := lx.parseByline(tt.byline, kabar.RoleReporter, false, false)
		var got []string
		for _, c := range cs {
			if !c.outlet {
				got = append(got, c.name)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: persons %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestCreditEndsAtOtherLabel: a label that credits no one, with its
// colon, ends the credit before it in mid-line ("Sumber:", "Source:",
// "Quelle:"); a label that does credit ("Foto:") starts the next credit.
func TestCreditEndsAtOtherLabel(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		line string
		want []string // name/role
	}{
		{"Editor: Dimas Prakoso Sumber: Antara", []string{"Dimas Prakoso/editor"}},
		{"Penulis: Sekar Ayu | Editor: Dimas Prakoso Sumber : Reuters", []string{"Sekar Ayu/reporter", "Dimas Prakoso/editor"}},
		{"By Colin Weare Source: Harbour Police", []string{"Colin Weare/reporter"}},
		{"Von Jonas Albrecht Quelle: dpa", []string{"Jonas Albrecht/reporter"}},
		{"Editor: Dimas Prakoso / Foto: Wulan Sari", []string{"Dimas Prakoso/editor", "Wulan Sari/photographer"}},
	}
	for _, tt := range tests {
		cs, _ := lx.parseByline(tt.line, kabar.RoleReporter, false, false)
		var got []string
		for _, c := range cs {
			got = append(got, c.name+"/"+string(c.role))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.line, got, tt.want)
		}
	}
}
