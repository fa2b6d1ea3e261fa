package normalize

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// TestReadCreditLine covers credit lines as wire copy and newsrooms print
// them, in several languages, framed or not, with the places reporters
// filed from; and sentences that only look like credits.
func TestReadCreditLine(t *testing.T) {
	lx := loadLexicon()
	type c = credit
	rep, ed, con := kabar.RoleReporter, kabar.RoleEditor, kabar.RoleContributor
	tests := []struct {
		line string
		want []credit // nil: not a credit line
	}{
		// Headings and links of page furniture whose label word credits no one.
		{"Pilihan Editor", nil},
		{"Pilihan Redaksi", nil},
		{"Letters to the Editor", nil},
		{"Editor's Choice", nil},
		{"Editor Hana Pratiwi", []c{{name: "Hana Pratiwi", role: ed}}},
		// An outlet's address glued before the name, no comma between.
		{"Laporan Wartawan Beritaku.com Rina Lestari", []c{{name: "Rina Lestari", role: rep}}},
		{"Laporan Wartawan Suarakita.co.id Dimas Prasetyo | Editor: Yuli Hartati", []c{{name: "Dimas Prasetyo", role: rep}, {name: "Yuli Hartati", role: ed}}},
		// English wire lines.
		{"Reporting by Olena Marchuk; Editing by Mark Ellison", []c{{name: "Olena Marchuk", role: rep}, {name: "Mark Ellison", role: ed}}},
		{"(Reporting by Olena Marchuk in Odesa and Dmytro Savchenko in Kyiv; Editing by Rosa Delgado)",
			[]c{{name: "Olena Marchuk", role: rep}, {name: "Dmytro Savchenko", role: rep}, {name: "Rosa Delgado", role: ed}}},
		{"[Reporting by Ana Lima in Rio de Janeiro, Editing by Bill Kerrow]", []c{{name: "Ana Lima", role: rep}, {name: "Bill Kerrow", role: ed}}},
		{"-- Reporting by Kemal Aydin; Editing by Jon Spiers", []c{{name: "Kemal Aydin", role: rep}, {name: "Jon Spiers", role: ed}}},
		{"Reporting by Priya Nair in Chennai; Additional reporting by Tom Hale in Wilmington, Delaware; Writing by Sam Holt; Editing by Nick Marsh and Kim Cole",
			[]c{{name: "Priya Nair", role: rep}, {name: "Tom Hale", role: con}, {name: "Sam Holt", role: con}, {name: "Nick Marsh", role: ed}, {name: "Kim Cole", role: ed}}},
		{"Reporting by Rafael Ortiz, additional reporting by Lena Brandt, writing by Omar Haddad, Editing by Joan Pike",
			[]c{{name: "Rafael Ortiz", role: rep}, {name: "Lena Brandt", role: con}, {name: "Omar Haddad", role: con}, {name: "Joan Pike", role: ed}}},
		{"Compiled by Tessa Wong", []c{{name: "Tessa Wong", role: con}}},
		{"Edited by Marcus Lee.", []c{{name: "Marcus Lee", role: ed}}},
		{"Associated Press writers Lena Brandt in Geneva and Omar Haddad contributed to this report.", []c{{name: "Lena Brandt", role: con}, {name: "Omar Haddad", role: con}}},
		{"Kofi Mensah in Accra contributed reporting.", []c{{name: "Kofi Mensah", role: con}}},
		{"Harbour News’ Jana Roth contributed to this report.", []c{{name: "Jana Roth", role: con}}},
		{"The Courier's Ana Lima and Omar Haddad contributed to this report", []c{{name: "Ana Lima", role: con}, {name: "Omar Haddad", role: con}}},
		// The closer under the other names of a newsroom's pieces.
		{"Ines Kuyper, Tom Aldous, and Rafael Ortiz contributed to this guide.", []c{{name: "Ines Kuyper", role: con}, {name: "Tom Aldous", role: con}, {name: "Rafael Ortiz", role: con}}},
		{"Lena Brandt contributed to this review.", []c{{name: "Lena Brandt", role: con}}},
		{"Omar Haddad and Kim Cole contributed to this piece", []c{{name: "Omar Haddad", role: con}, {name: "Kim Cole", role: con}}},
		{"Harbour News researcher Jana Roth contributed research.", []c{{name: "Jana Roth", role: con}}},
		{"Rising costs contributed to this review of the budget.", nil},
		// A closer with where the credited filed from after it.
		{"Mirela Dobos contributed reporting from Bucharest.", []c{{name: "Mirela Dobos", role: con}}},
		{"Tobias Lindqvist and Aiko Mori contributed to this report from Rio de Janeiro.", []c{{name: "Tobias Lindqvist", role: con}, {name: "Aiko Mori", role: con}}},
		{"Hamid Karimi contributed reporting from Kabul, Afghanistan", []c{{name: "Hamid Karimi", role: con}}},
		{"The minister contributed reporting from the field to this effort.", nil},
		{"— With reporting by Greta Sommer", []c{{name: "Greta Sommer", role: con}}},
		{"With reporting by Lucas Ferreira and Nadia Rahman.", []c{{name: "Lucas Ferreira", role: con}, {name: "Nadia Rahman", role: con}}},
		// An outlet the credited works for, before the closer.
		{"Oskar Lind of Reuters contributed to this report.", []c{{name: "Oskar Lind", role: con}}},
		{"Dana Pruitt of the Harbour Times contributed reporting.", []c{{name: "Dana Pruitt", role: con}}},
		// "Laporan:" (Indonesian) and "Avec" (French) credit labels.
		{"Laporan: Wahyu Pratama | Editor: Sri Handayani", []c{{name: "Wahyu Pratama", role: rep}, {name: "Sri Handayani", role: ed}}},
		{"Laporan tersebut diserahkan kepada gubernur pada Senin.", nil},
		{"Avec AFP", []c{{name: "AFP", role: con}}},
		{"Avec ce projet, la ville veut attirer des touristes.", nil},
		// Initials run together stay in the name.
		{"Photo: Ringo T.K. Lam, AP", []c{{name: "Ringo T.K. Lam", role: kabar.RolePhotographer}, {name: "AP", role: kabar.RolePhotographer}}},
		{"By Mary J.B. Carter", []c{{name: "Mary J.B. Carter", role: rep}}},
		// Indonesian credit boxes.
		{"Pewarta: Agus Salim\nEditor: Budi Santoso", []c{{name: "Agus Salim", role: rep}, {name: "Budi Santoso", role: ed}}},
		{"Penulis: Rina Lestari dan Agus Santoso | Penyunting: Dewi Anggraini", []c{{name: "Rina Lestari", role: rep}, {name: "Agus Santoso", role: rep}, {name: "Dewi Anggraini", role: ed}}},
		{"Reporter: Yoga Pratama Redaktur: Siti Nurhaliza", []c{{name: "Yoga Pratama", role: rep}, {name: "Siti Nurhaliza", role: ed}}},
		// A post's meta line: the date between its label words, the
		// names after it.
		{"Posted on March 4, 2026 by Ines Kuyper", []c{{name: "Ines Kuyper", role: rep}}},
		{"Posted on 3 June 2026 at 9:15 am by Tom Okafor", []c{{name: "Tom Okafor", role: rep}}},
		// A post's taxonomy labels close a credit line; they name no one.
		{"Posted by: Jane Roe - Category: News", []c{{name: "Jane Roe", role: rep}}},
		{"Posted by: Jane Roe | Tags: council, budget", []c{{name: "Jane Roe", role: rep}}},
		{"Oleh: Rina Lestari - Kategori: Ekonomi", []c{{name: "Rina Lestari", role: rep}}},
		// Portuguese labels.
		{"Reportagem: Ana Lima | Edição: Paulo Souza", []c{{name: "Ana Lima", role: rep}, {name: "Paulo Souza", role: ed}}},
		{"Publicado por: Clarice Moura", []c{{name: "Clarice Moura", role: rep}}},
		{"Texto: Ana Lima, Fotos: Bruno Reis", []c{{name: "Ana Lima", role: rep}, {name: "Bruno Reis", role: kabar.RolePhotographer}}},
		{"Publicado por Marta López", []c{{name: "Marta López", role: rep}}},
		// Spanish, German, French labels.
		{"Por Ana García en Lima y Luis Pérez", []c{{name: "Ana García", role: rep}, {name: "Luis Pérez", role: rep}}},
		{"Redacción: Marta López | Edición: Pablo Ruiz", []c{{name: "Marta López", role: rep}, {name: "Pablo Ruiz", role: ed}}},
		{"Von Anna Weber in Brüssel und Jonas Klein", []c{{name: "Anna Weber", role: rep}, {name: "Jonas Klein", role: rep}}},
		{"Text: Anna Weber, Bearbeitung: Jonas Klein", []c{{name: "Anna Weber", role: rep}, {name: "Jonas Klein", role: ed}}},
		{"Par Claire Dubois et Julien Martin", []c{{name: "Claire Dubois", role: rep}, {name: "Julien Martin", role: rep}}},
		{"Auteur: Hélène Marchand", []c{{name: "Hélène Marchand", role: rep}}},
		// Wire lines in other languages.
		{"(Reportage Julien Martin, version française Claire Dubois)", []c{{name: "Julien Martin", role: rep}, {name: "Claire Dubois", role: kabar.RoleTranslator}}},
		{"(Bericht von Anna Weber, geschrieben von Jonas Klein; redigiert von Lea Vogt)", []c{{name: "Anna Weber", role: rep}, {name: "Jonas Klein", role: rep}, {name: "Lea Vogt", role: ed}}},
		{"(Reporte de Ana García en Lima; Editado en español por Pablo Ruiz)", []c{{name: "Ana García", role: rep}, {name: "Pablo Ruiz", role: ed}}},
		// Lower-case roles after the first, and labels with a colon or
		// a preposition.
		{"(Reporting by Ana Lima; editing by Mark Ellis and Sonia Cheema)",
			[]c{{name: "Ana Lima", role: rep}, {name: "Mark Ellis", role: ed}, {name: "Sonia Cheema", role: ed}}},
		{"(Reporte de Ana García; edición de Pablo Ruiz)", []c{{name: "Ana García", role: rep}, {name: "Pablo Ruiz", role: ed}}},
		{"(Bericht: Anna Weber; redigiert von Lea Vogt)", []c{{name: "Anna Weber", role: rep}, {name: "Lea Vogt", role: ed}}},
		// A label's possessive is no credit.
		{"Editor’s Picks", nil},
		{"Editor's note: This story was updated on Monday.", nil},
		// Prose that opens like a credit.
		{"Editing in the Studio Pro app on the new 16-inch laptop", nil},
		{"Reporting on the flood took three weeks.", nil},
		{"Información de la policía local indica que no hubo heridos.", nil},
		{"By Tuesday, the fires had spread to Monterey.", nil},
		{"He said it was filed in Geneva by Tuesday.", nil},
		{"Oleh karena itu, pemerintah menolak usulan tersebut.", nil},
		{"Por la tarde, el tráfico volvió a la normalidad.", nil},
		{"Von Montag an gelten neue Regeln.", nil},
		{"Our Standards: The Trust Principles.", nil},
	}
	for _, tt := range tests {
		got, ok := lx.readCreditLine(tt.line)
		if !ok {
			got = nil
		}
		for i := range got {
			got[i].outlet = false
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("readCreditLine(%q) = %+v, want %+v", tt.line, got, tt.want)
		}
	}
}

// TestCreditHeadTail covers credits glued to a paragraph of prose: a
// byline opening the first paragraph, a wire line closing the last.
func TestCreditHeadTail(t *testing.T) {
	lx := loadLexicon()
	heads := []struct {
		block, name, rest string // name "": not a head credit
	}{
		{"By Mary Kline: The council voted on Monday to close the old bridge to lorries.", "Mary Kline", "The council voted on Monday to close the old bridge to lorries."},
		{"Oleh Rina Lestari — Pemerintah daerah menutup jembatan lama bagi truk mulai Senin.", "Rina Lestari", "Pemerintah daerah menutup jembatan lama bagi truk mulai Senin."},
		{"Por Ana García - El ayuntamiento cerró el puente viejo a los camiones el lunes.", "Ana García", "El ayuntamiento cerró el puente viejo a los camiones el lunes."},
		{"Mary Kline: The council voted on Monday to close the old bridge.", "", ""},
		{"By the end of the year: the bridge will close to lorries for good.", "", ""},
		{"Editor: Budi Santoso", "", ""},
	}
	for _, tt := range heads {
		cs, rest, ok := lx.creditHead(tt.block)
		switch {
		case tt.name == "" && ok:
			t.Errorf("creditHead(%q) = %+v, %q; want no credit", tt.block, cs, rest)
		case tt.name != "" && (!ok || len(cs) != 1 || cs[0].name != tt.name || cs[0].role != kabar.RoleReporter || rest != tt.rest):
			t.Errorf("creditHead(%q) = %+v, %q, %v; want %q, %q", tt.block, cs, rest, ok, tt.name, tt.rest)
		}
	}
	tails := []struct {
		block, editor, rest string // editor "": not a tail credit
	}{
		{"Talks resume on Friday, the union said. (Reporting by Olena Marchuk; Editing by Mark Ellison)", "Mark Ellison", "Talks resume on Friday, the union said."},
		{"Talks resume on Friday. [Reporting by Ana Lima in Recife; Editing by Joan Pike]", "Joan Pike", "Talks resume on Friday."},
		{"Talks resume on Friday with the ministry (the third round).", "", ""},
	}
	for _, tt := range tails {
		cs, rest, ok := lx.creditTail(tt.block)
		var editor string
		for _, c := range cs {
			if c.role == kabar.RoleEditor {
				editor = c.name
			}
		}
		if ok != (tt.editor != "") || editor != tt.editor || (ok && rest != tt.rest) {
			t.Errorf("creditTail(%q) = %+v, %q, %v; want editor %q, %q", tt.block, cs, rest, ok, tt.editor, tt.rest)
		}
	}
}

// TestPersonsFirst: an organisation never stands beside a person as an
// author; alone, it is the whole byline.
func TestPersonsFirst(t *testing.T) {
	lx := loadLexicon()
	type c = credit
	site, url := "Harbour Times", "https://www.harbourtimes.example/news/a"
	tests := []struct {
		name string
		in   []credit
		want []string
	}{
		{"agency code beside a person", []c{{name: "Adam Keller"}, {name: "AP"}}, []string{"Adam Keller"}},
		{"agency name beside two people", []c{{name: "Felix Brandt"}, {name: "Jana Roth"}, {name: "Reuters"}}, []string{"Felix Brandt", "Jana Roth"}},
		{"site name beside a person", []c{{name: "Harbour Times"}, {name: "Lerato Mokoena"}}, []string{"Lerato Mokoena"}},
		{"newsroom label with an outlet word", []c{{name: "Dimas Prakoso"}, {name: "Nusantara Cyber Media"}}, []string{"Dimas Prakoso"}},
		{"outlet marked by its source", []c{{name: "Rina Lestari"}, {name: "Warta Kota", outlet: true}}, []string{"Rina Lestari"}},
		{"brand in another script, marked by its source", []c{{name: "Mei Lin Chou"}, {name: "港灣時報", outlet: true}}, []string{"Mei Lin Chou"}},
		{"people in a script without case", []c{{name: "松本花子"}, {name: "AP"}, {name: "田中"}}, []string{"松本花子", "田中"}},
		{"newsroom label beside a person", []c{{name: "Jonas Klein"}, {name: "Online-Redaktion"}}, []string{"Jonas Klein"}},
		{"staff label beside a person", []c{{name: "Metro Staff"}, {name: "Dana Whitfield"}}, []string{"Dana Whitfield"}},
		{"newsroom label and agency alone stay", []c{{name: "MZ-Redaktion"}, {name: "Deutsche Presse-Agentur"}}, []string{"MZ-Redaktion", "Deutsche Presse-Agentur"}},
		{"team account beside a person", []c{{name: "Metroteam"}, {name: "Dana Whitfield"}}, []string{"Dana Whitfield"}},
		{"agency alone stays", []c{{name: "Reuters"}}, []string{"Reuters"}},
		{"two agencies alone stay", []c{{name: "AFP"}, {name: "dpa", outlet: true}}, []string{"AFP", "dpa"}},
		// The wires unnamed ([newsroom-wires]) still credit someone; a
		// bare newsroom label credits no one.
		{"the wires unnamed alone stay", []c{{name: "Agencies"}}, []string{"Agencies"}},
		{"die Agenturen alone stay", []c{{name: "Agenturen"}}, []string{"Agenturen"}},
		{"a bare newsroom label alone goes", []c{{name: "Staff Reports"}}, nil},
		{"a first name that is an organisation word elsewhere", []c{{name: "Tim Haller"}, {name: "Grace Church"}}, []string{"Tim Haller", "Grace Church"}},
	}
	for _, tt := range tests {
		var got []string
		persons, _ := lx.personsFirst(tt.in, site, url)
		for _, a := range persons {
			got = append(got, a.name)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDropSiteParts: the site's own name joined to a credit by a slash
// goes; the credit stays.
func TestDropSiteParts(t *testing.T) {
	site, url := "The Harbour Times", "https://www.harbourtimes.example/news/a"
	tests := []struct{ in, want string }{
		{"AFP/The Harbour Times", "AFP"},
		{"HARBOURTIMES/LERATO MOKOENA", "LERATO MOKOENA"},
		{"AFP/The Harbour Times - desk@harbourtimes.example", "AFP"},
		{"Reuters/Jane Roe", "Reuters/Jane Roe"},
		{"The Harbour Times", "The Harbour Times"},
	}
	for _, tt := range tests {
		if got := dropSiteParts(tt.in, site, url); got != tt.want {
			t.Errorf("dropSiteParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFootCredits: a credit line at the foot of the text gives editors
// and contributors always, and the authors when no byline names a person.
func TestFootCredits(t *testing.T) {
	lx := loadLexicon()
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	body := []string{
		"ODESA, March 4 (Harbour Wire) - Dock workers walked off the job on Tuesday, halting exports for a second day.",
		"\"We will not return until the offer is fair,\" union leader Petro Havryliuk told reporters.",
		"The port handled about a third of the country's grain shipments last year.",
	}
	tests := []struct {
		name                       string
		page                       extract.Page
		blocks                     []string
		authors, editors, contribs []string
	}{
		{
			name:    "foot line alone names the authors",
			page:    extract.Page{SiteName: "Harbour Wire", Authors: []extract.Field{f("Harbour Wire", "jsonld:org")}},
			blocks:  append(append([]string{}, body...), "Reporting by Olena Marchuk and Dmytro Savchenko; Writing by Lena Fischer; Editing by Mark Ellison"),
			authors: []string{"Olena Marchuk", "Dmytro Savchenko"}, editors: []string{"Mark Ellison"}, contribs: []string{"Lena Fischer"},
		},
		{
			name:    "byline wins over the foot's reporters; the foot's editor stays",
			page:    extract.Page{Authors: []extract.Field{f("Olena Marchuk", "jsonld")}},
			blocks:  append(append([]string{}, body...), "(Reporting by Olena Marchuk in Odesa; Writing by Dmytro Savchenko; Editing by Mark Ellison)"),
			authors: []string{"Olena Marchuk"}, editors: []string{"Mark Ellison"}, contribs: []string{"Dmytro Savchenko"},
		},
		{
			name:    "a team account gives way to a writer signing at the foot",
			page:    extract.Page{Authors: []extract.Field{f("Metroteam", "jsonld")}},
			blocks:  append(append([]string{}, body...), "Posted by Dana Whitfield"),
			authors: []string{"Dana Whitfield"},
		},
		{
			name:    "a foot line sharing no one with the metadata stands",
			page:    extract.Page{Authors: []extract.Field{f("Budi Uploader", "jsonld")}},
			blocks:  append(append([]string{}, body...), "Penulis: Rina Lestari", "Editor: Agus Santoso"),
			authors: []string{"Rina Lestari"}, editors: []string{"Agus Santoso"},
		},
		{
			name:    "an interview's speaker label inside the text is no credit",
			blocks:  slices.Concat(body, body, body, []string{"Reporter: Yes", "Editor: Sure"}, body, body, body),
			authors: nil,
		},
		{
			name:    "a credit line outside the text does not overrule the metadata",
			page:    extract.Page{Authors: []extract.Field{f("Jane Whitfield", "jsonld")}, Bylines: []extract.Field{f("Written by Tom Okafor", "text")}},
			blocks:  body,
			authors: []string{"Jane Whitfield"},
		},
		{
			name:    "credit line found outside the body",
			page:    extract.Page{Bylines: []extract.Field{f("Reporting by Olena Marchuk; Editing by Mark Ellison", "text")}},
			blocks:  body,
			authors: []string{"Olena Marchuk"}, editors: []string{"Mark Ellison"},
		},
		{
			name:    "byline opening the first paragraph beats a team account",
			page:    extract.Page{Authors: []extract.Field{f("HWTEAM", "jsonld")}},
			blocks:  append([]string{"By Mary Kline: The council voted on Monday to close the old bridge to lorries."}, body[1:]...),
			authors: []string{"Mary Kline"},
		},
	}
	for _, tt := range tests {
		got := lx.readPeople(&tt.page, tt.blocks)
		var contribs []string
		for _, p := range got.contributors {
			contribs = append(contribs, p.Name)
		}
		if !reflect.DeepEqual(got.authors, tt.authors) || !reflect.DeepEqual(got.editors, tt.editors) || !reflect.DeepEqual(contribs, tt.contribs) {
			t.Errorf("%s: authors %q editors %q contributors %q; want %q %q %q", tt.name, got.authors, got.editors, contribs, tt.authors, tt.editors, tt.contribs)
		}
	}
}

// TestSiteConfigAuthors covers how a site config's author names
// (extract.SourceSiteConfig) are weighed against the page's own: they
// fill an empty byline and stand in for an organisation, pass the person
// checks first, and never outvote a person the page names.
func TestSiteConfigAuthors(t *testing.T) {
	lx := loadLexicon()
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	sc := extract.SourceSiteConfig
	body := []string{
		"The council voted on Monday to close the old bridge to lorries after engineers found cracks in two of its piers.",
		"Traffic will be sent through the ring road until repairs are finished next spring, the council said.",
	}
	const u = "https://www.harbour-courier.example/news/bridge"
	for _, tt := range []struct {
		name    string
		page    extract.Page
		authors []string
		blocks  []string // the body's paragraphs; body when nil
	}{
		{"fills an empty byline",
			extract.Page{URL: u, Authors: []extract.Field{f("Ines Halvorsen", sc)}}, []string{"Ines Halvorsen"}, nil},
		{"several names, with a label",
			extract.Page{URL: u, Authors: []extract.Field{f("By Ines Halvorsen and Tomas Berg", sc)}}, []string{"Ines Halvorsen", "Tomas Berg"}, nil},
		{"stands in for the site's name in JSON-LD",
			extract.Page{URL: u, SiteName: "Harbour Courier", Authors: []extract.Field{f("Harbour Courier", "jsonld:org"), f("Ines Halvorsen", sc)}}, []string{"Ines Halvorsen"}, nil},
		{"stands in for a newsroom byline",
			extract.Page{URL: u, Bylines: []extract.Field{f("Courier Newsdesk", "byline")}, Authors: []extract.Field{f("Marta Lindqvist", sc)}}, []string{"Marta Lindqvist"}, nil},
		{"never outvotes a person in metadata",
			extract.Page{URL: u, Authors: []extract.Field{f("Jane Whitfield", "jsonld"), f("Tom Okafor", sc)}}, []string{"Jane Whitfield"}, nil},
		{"never outvotes a person in a byline",
			extract.Page{URL: u, Bylines: []extract.Field{f("By Jane Whitfield", "byline")}, Authors: []extract.Field{f("Tom Okafor", sc)}}, []string{"Jane Whitfield"}, nil},
		{"never outvotes a credit line in the text",
			extract.Page{URL: u, Authors: []extract.Field{f("Tom Okafor", sc)}}, []string{"Mary Kline"},
			[]string{"By Mary Kline: The council voted on Monday to close the old bridge to lorries.", body[1]}},
		{"an agency's desk is no person beside the agency",
			extract.Page{URL: u, Authors: []extract.Field{f("AFP", "meta:author"), f("AFP Sport", sc)}}, []string{"AFP"}, nil},
		{"a label that is no name is dropped",
			extract.Page{URL: u, Authors: []extract.Field{f("Autoren bei harbour-courier", sc)}}, nil, nil},
		{"the site's own name from the rule is no author",
			extract.Page{URL: u, SiteName: "Harbour Courier", Bylines: []extract.Field{f("By Jane Whitfield", "byline")}, Authors: []extract.Field{f("Harbour Courier", sc)}}, []string{"Jane Whitfield"}, nil},
		{"a one-name writer fills an empty byline",
			extract.Page{URL: u, Authors: []extract.Field{f("Suryadi", sc)}}, []string{"Suryadi"}, nil},
		{"initials are no name",
			extract.Page{URL: u, Authors: []extract.Field{f("mkl", sc)}}, nil, nil},
		{"a photo credit is no byline",
			extract.Page{URL: u, Authors: []extract.Field{f("Foto: Lars Berg", sc)}}, nil, nil},
		{"a desk is no author",
			extract.Page{URL: u, Authors: []extract.Field{f("Sports Desk", sc)}}, nil, nil},
		{"an agency the page names stands against the rule's person",
			extract.Page{URL: u, Authors: []extract.Field{f("Reuters", "jsonld:org"), f("Tom Okafor", sc)}}, []string{"Reuters"}, nil},
		{"an agency in the byline stands against the rule's person",
			extract.Page{URL: u, Bylines: []extract.Field{f("By Associated Press", "byline")}, Authors: []extract.Field{f("Tom Okafor", sc)}}, []string{"Associated Press"}, nil},
		{"an agency alone stands",
			extract.Page{URL: u, Authors: []extract.Field{f("Reuters", sc)}}, []string{"Reuters"}, nil},
	} {
		blocks := tt.blocks
		if blocks == nil {
			blocks = body
		}
		got := lx.readPeople(&tt.page, blocks)
		if !reflect.DeepEqual(got.authors, tt.authors) {
			t.Errorf("%s: authors %q, want %q", tt.name, got.authors, tt.authors)
		}
		// What became of the rule's names is said.
		if want, ok := map[string]string{
			"fills an empty byline":               "",
			"never outvotes a person in metadata": "site config author not taken (the page names its own): Tom Okafor",
			"a desk is no author":                 "site config author not taken (not a person's name): Sports Desk",
		}[tt.name]; ok {
			w := strings.Join(got.warnings, "\n")
			if (want == "") != (w == "") || !strings.Contains(w, want) {
				t.Errorf("%s: warnings %q, want %q", tt.name, w, want)
			}
		}
	}
}

// TestCreditOrgsAreSources: a contributor credit that names outlets
// beside people ("With files from Reuters and Jane Roe") gives the people
// as contributors and the outlets as sources, in several languages, at
// the foot of the text or found outside it.
func TestCreditOrgsAreSources(t *testing.T) {
	lx := loadLexicon()
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	body := []string{
		"The province will hire 400 more nurses by spring, the health minister said on Thursday.",
		"Opposition members said the plan came too late for rural clinics already closing beds.",
		"The union representing nurses welcomed the announcement but asked for details on pay.",
	}
	tests := []struct {
		name           string
		page           extract.Page
		blocks         []string
		contribs, orgs []string
	}{
		{"outlet and person at the foot", extract.Page{}, slices.Concat(body, []string{"With files from Reuters and Marisol Okafor"}),
			[]string{"Marisol Okafor"}, []string{"Reuters"}},
		{"person, two outlets, found outside the text", extract.Page{Bylines: []extract.Field{f("With files from Dennis Harrow, The Canadian Press and The Associated Press", "text")}}, body,
			[]string{"Dennis Harrow"}, []string{"The Canadian Press", "The Associated Press"}},
		{"outlet alone", extract.Page{}, slices.Concat(body, []string{"With files from The Associated Press"}),
			nil, []string{"The Associated Press"}},
		{"Spanish, agency and person", extract.Page{}, slices.Concat(body, []string{"Con información de EFE y Lucía Benítez"}),
			[]string{"Lucía Benítez"}, []string{"EFE"}},
		{"German agency material", extract.Page{}, slices.Concat(body, []string{"Mit Material von dpa und Reuters"}),
			nil, []string{"dpa", "Reuters"}},
		{"French, agency and person", extract.Page{}, slices.Concat(body, []string{"Avec les informations de l'AFP et de Julien Moreau"}),
			[]string{"Julien Moreau"}, []string{"AFP"}},
		{"credit in mid-byline", extract.Page{Bylines: []extract.Field{f("By Dennis Harrow with files from The Canadian Press", "byline")}}, body,
			nil, []string{"The Canadian Press"}},
		{"German credit in mid-byline", extract.Page{Bylines: []extract.Field{f("Von Jonas Berger mit Material von dpa", "byline")}}, body,
			nil, []string{"dpa"}},
		{"people only", extract.Page{}, slices.Concat(body, []string{"With files from Dennis Harrow and Marisol Okafor"}),
			[]string{"Dennis Harrow", "Marisol Okafor"}, nil},
		{"photo credit beside the byline", extract.Page{Bylines: []extract.Field{f("By Dennis Harrow | Photo: Marisol Okafor", "byline")}}, body,
			[]string{"Marisol Okafor"}, nil},
		{"German photo credit beside the byline", extract.Page{Bylines: []extract.Field{f("Von Jonas Berger; Foto: Lea Vogt", "byline")}}, body,
			[]string{"Lea Vogt"}, nil},
		{"an agency's photo credit is neither contributor nor source", extract.Page{Bylines: []extract.Field{f("Por Lucía Benítez | Foto: EFE", "byline")}}, body,
			nil, nil},
	}
	for _, tt := range tests {
		got := lx.readPeople(&tt.page, tt.blocks)
		var contribs []string
		for _, p := range got.contributors {
			contribs = append(contribs, p.Name)
		}
		if !slices.Equal(contribs, tt.contribs) || !slices.Equal(got.creditOrgs, tt.orgs) {
			t.Errorf("%s: contributors %q sources %q; want %q %q", tt.name, contribs, got.creditOrgs, tt.contribs, tt.orgs)
		}
	}
}

// TestBylinePersonOrOrganisation: the byline's person/organisation
// decision. Given names and surnames that are also organisation words
// ("Tim", "Church", "Bank"), names of scripts without case and names of
// many origins are people; an organisation needs the shape of one as
// well as its words.
func TestBylinePersonOrOrganisation(t *testing.T) {
	lx := loadLexicon()
	site, url := "Harbour Times", "https://harbourtimes.example/news/a"
	persons := []string{"Tim Hartanto", "Charlotte Church", "Nadia Bank", "Kenji Watanabe", "松本 花子", "王小明",
		"Lee Min-jun", "Nguyễn Thị Lan", "Ahmad bin Yusuf", "I Made Sudarma", "María de la Vega", "Jean-Luc Moreau",
		"Anna-Lena Brückner", "Oluwaseun Adebayo"}
	orgs := []string{"Ministry of Health", "Harbour City Council", "Marie Curie Institute", "Bureau de Bruxelles",
		"Washington Bureau", "Tim Redaksi", "Sports Desk", "Agencies", "AFP", "Harbour Times", "Daily Courier",
		"Stadtrat von Kesselbach", "Ayuntamiento de Villaverde"}
	for _, n := range persons {
		if lx.isOrganisation(credit{name: n}, site, url) {
			t.Errorf("isOrganisation(%q) = true, want a person", n)
		}
	}
	for _, n := range orgs {
		if !lx.isOrganisation(credit{name: n}, site, url) {
			t.Errorf("isOrganisation(%q) = false, want an organisation", n)
		}
	}
}
