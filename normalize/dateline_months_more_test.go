package normalize

import (
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestDatelineNordicPolishMonths: a wire dateline dated with a Polish,
// Danish, Norwegian or Swedish month name reads as the others do (the
// month names are general language data of pl, da, no and sv.lex).
func TestDatelineNordicPolishMonths(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, place, source string
	}{
		{"Warszawa, 3 marca (PAP) - Rząd przyjął projekt ustawy.", "Warszawa", "PAP"},
		{"KRAKÓW, 5 października (PAP) - Policja zatrzymała dwie osoby.", "KRAKÓW", "PAP"},
		{"Gdańsk, 21 lipca (PAP) - Radni zdecydowali o budowie mostu.", "Gdańsk", "PAP"},
		{"KØBENHAVN, 12. marts (Ritzau) - Regeringen har fremlagt et forslag.", "KØBENHAVN", "Ritzau"},
		{"Göteborg, 14 augusti (TT) – Polisen har gripit en man.", "Göteborg", "TT"},
		{"Uppsala, 2 maj (TT) – Kommunen stänger skolan.", "Uppsala", "TT"},
	}
	for _, tt := range tests {
		dl := lx.readDateline(tt.para, "")
		if dl == nil || dl.Place != tt.place || dl.Source != tt.source {
			t.Errorf("readDateline(%q) = %+v, want %s (%s)", tt.para, dl, tt.place, tt.source)
		}
	}
}

// TestMonthNamesStayNames: month names that are also names or titles
// ("Maj", "Maj." for Major) keep their people.
func TestMonthNamesStayNames(t *testing.T) {
	texts := []string{
		"KABUL — The army is moving its troops north, officials said on Monday.",
		"“We will hold the line until the spring,” said Maj. Gen. Tom Reedley, who leads the division.",
		"“Nobody is leaving the base this week at all,” Maj Ellen Varga said.",
	}
	var blocks []body.Block
	for _, s := range texts {
		blocks = append(blocks, body.Block{Kind: body.Paragraph, Text: s})
	}
	p := &extract.Page{URL: "https://www.capeledger.example/news/troops", SiteName: "Cape Ledger", Title: "Troops move north",
		Body: blocks, Bylines: []extract.Field{{Value: "By Maj Lindqvist", Source: "byline"}}}
	a := Normalize(p, Options{})
	if len(a.Authors) != 1 || a.Authors[0] != "Maj Lindqvist" {
		t.Errorf("authors = %q, want [Maj Lindqvist]", a.Authors)
	}
	want := []string{"Tom Reedley", "Ellen Varga"}
	if len(a.Quotes) != len(want) {
		t.Fatalf("quotes = %+v, want speakers %q", a.Quotes, want)
	}
	for i, q := range a.Quotes {
		if q.Speaker != want[i] {
			t.Errorf("quote %d speaker = %q, want %q", i, q.Speaker, want[i])
		}
	}
}

// TestHeadlineKickersNoPlace: a headline-like kicker before a colon or a
// dash ("POLL:", "TRENDING –", "RESEP:") is a label of the lexicons,
// never a dateline's place; a city in capitals still is.
func TestHeadlineKickersNoPlace(t *testing.T) {
	lx := loadLexicon()
	for _, para := range []string{
		"POLL: Should the council raise the parking fees again next year?",
		"TRENDING – A video of a dancing goat has been watched a million times.",
		"JUST IN: The harbour bridge has been closed to all traffic.",
		"WEATHER: Heavy rain is expected across the region on Tuesday.",
		"RESEP: Cara membuat rendang yang empuk dan gurih di rumah.",
		"VIRAL - Video seekor kucing menyelamatkan anak ayam ditonton jutaan kali.",
	} {
		if dl := lx.readDateline(para, ""); dl != nil && dl.Place != "" {
			t.Errorf("readDateline(%q) = %+v, want no place", para, dl)
		}
	}
	if dl := lx.readDateline("MOMBASA: Traders at the port said the new levy would hurt business.", ""); dl == nil || dl.Place != "MOMBASA" {
		t.Errorf("MOMBASA: dateline = %+v, want MOMBASA", dl)
	}
}
