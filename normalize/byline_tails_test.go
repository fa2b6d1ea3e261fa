package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineTailsNameNoWriter: what a byline sets after its writers
// without naming another one — a degree written without full stops, the
// place of a wire's dateline after the agency, an opinion page's board —
// is no author; the writers and agencies before it stand.
func TestBylineTailsNameNoWriter(t *testing.T) {
	tests := []bylineCase{
		{"Written by Corinne Vasseur, PhD", []string{"Corinne Vasseur"}},
		{"By Tomás Ferreira, MSc", []string{"Tomás Ferreira"}},
		{"Orla Brennan, BSc, RD", []string{"Orla Brennan"}},
		{"By Adaeze Okonkwo, EdD", []string{"Adaeze Okonkwo"}},
		{"By Tomás Ferreira and Ana McKay", []string{"Tomás Ferreira", "Ana McKay"}},
		{"AFP, MANILA", []string{"AFP"}},
		{"AP, BOGOTA", []string{"AP"}},
		{"Reuters, NAIROBI", []string{"Reuters"}},
		{"AFP", []string{"AFP"}},
		{"By Corinne Vasseur, AFP", []string{"Corinne Vasseur"}},
		{"Orla Brennan, Africa Editor", []string{"Orla Brennan"}},
		{"Tomás Ferreira, Managing Editor", []string{"Tomás Ferreira"}},
		{"Orla Brennan, Tomás Ferreira", []string{"Orla Brennan", "Tomás Ferreira"}},
		{"The Editorial Board", nil},
		{"By the Editorial Board", nil},
		{"Editorial Board", nil},
	}
	checkBylineAndMeta(t, "https://www.harbourtimes.example/news/ferry", "Harbour Times", "Ferry fares rise", tests)
}

// TestBylinePiecesThatCreditNoOne: a byline piece that credits no one —
// another label's piece ("Sumber: Antara", "Source: AP") or the title of
// a publication after the writer ("The Conversation") — goes, and the
// credits before it stand instead of the whole byline being thrown away.
func TestBylinePiecesThatCreditNoOne(t *testing.T) {
	tests := []struct {
		byline           string
		authors, editors []string
	}{
		{"Reporter: Rina Lestari | Editor: Agus Santoso | Sumber: Antara", []string{"Rina Lestari"}, []string{"Agus Santoso"}},
		{"Penulis: Dewi Anggraini | Sumber: Kompas", []string{"Dewi Anggraini"}, nil},
		{"By Jane Roe | Source: AP", []string{"Jane Roe"}, nil},
		{"Sumber: Antara", nil, nil},
		{"Jane Roe | The Conversation", []string{"Jane Roe"}, nil},
		{"Marcus Ellery, The Conversation", []string{"Marcus Ellery"}, nil},
		{"Orla Brennan - The Lantern Review", []string{"Orla Brennan"}, nil},
		{"Von Jonas Klein, Die Wochenpost", []string{"Jonas Klein"}, nil},
		{"By Jane Roe and Tom Okafor", []string{"Jane Roe", "Tom Okafor"}, nil},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		got := Normalize(p, Options{})
		a, e := got.Authors, got.Editors
		if len(a) == 0 {
			a = nil
		}
		if len(e) == 0 {
			e = nil
		}
		if !slices.Equal(a, tc.authors) || !slices.Equal(e, tc.editors) {
			t.Errorf("%q: authors %q editors %q, want %q %q", tc.byline, a, e, tc.authors, tc.editors)
		}
	}
}

// TestBylineLabelsAndDesks: labels written with a colon after two words
// ("Written by:"), plural and column labels, a "Posted:" stamp after the
// name, and a paper's own desk in the first person ("By Our Foreign
// Staff") or in the plural ("Staff Reporters"): the writers are read, the
// desk is no author. Names that open with a short first-person word of
// another language ("I Made", Balinese) stay names.
func TestBylineLabelsAndDesks(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Written by: Corinne Vasseur", []string{"Corinne Vasseur"}},
		{"Reported by: Tomás Ferreira", []string{"Tomás Ferreira"}},
		{"Authors: Orla Brennan, Adaeze Okonkwo", []string{"Orla Brennan", "Adaeze Okonkwo"}},
		{"Column by Marcus Ellery", []string{"Marcus Ellery"}},
		{"Marcus Ellery Posted: Mar 4, 2024 / 06:12 PM CST", []string{"Marcus Ellery"}},
		{"By Our Foreign Staff", nil},
		{"Our Correspondent", nil},
		{"By Our Science Reporter", nil},
		{"Staff Reporters", nil},
		{"Orla Brennan and Our Foreign Staff", []string{"Orla Brennan"}},
		{"I Made Sudarma", []string{"I Made Sudarma"}},
		{"Orla Brennan Africa Editor", []string{"Orla Brennan"}},
		{"By Tomás Ferreira Middle East Editor", []string{"Tomás Ferreira"}},
		{"Corry Lestari Author Agus Santoso Editor", []string{"Corry Lestari"}},
		{"Oleh I Nyoman Wirata", []string{"I Nyoman Wirata"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		got := Normalize(p, Options{}).Authors
		if len(got) == 0 {
			got = nil
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
}

// TestIndonesianTextLabel: "Teks:" ("text") opens an Indonesian byline
// as "Penulis:" does; the photographer beside it is a contributor.
func TestIndonesianTextLabel(t *testing.T) {
	tests := []struct {
		byline       string
		authors      []string
		photographer string
	}{
		{"Teks: Rina Lestari | Foto: Agus Santoso", []string{"Rina Lestari"}, "Agus Santoso"},
		{"Teks: Dewi Anggraini", []string{"Dewi Anggraini"}, ""},
		{"Teks Bayu Pratama", []string{"Bayu Pratama"}, ""},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://news.kabarku.example/berita/feri", SiteName: "Kabarku", Title: "Tarif feri naik",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}}}
		got := Normalize(p, Options{})
		photo := ""
		for _, c := range got.Contributors {
			if c.Role == "photographer" {
				photo = c.Name
			}
		}
		if !slices.Equal(got.Authors, tc.authors) || photo != tc.photographer {
			t.Errorf("%q: authors %q photographer %q, want %q %q", tc.byline, got.Authors, photo, tc.authors, tc.photographer)
		}
	}
}
