package normalize

import (
	"slices"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestSyndicationWordings22: the line naming the outlet a story first
// ran in, in wordings beyond the first ones (Indonesian "pertama kali
// tayang", "sebagian artikel ini", "konten ini", "pernah dimuat", "Baca
// artikel X, … selengkapnya"; English "first ran", "this piece",
// "reproduced with permission"; Spanish, French and German variants),
// gives that outlet as the source and leaves the text.
func TestSyndicationWordings22(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"Artikel ini pertama kali tayang di Suara Teluk.", "Suara Teluk"},
		{"Sebagian artikel ini telah tayang di Suara Teluk dengan judul Pelabuhan Dibuka", "Suara Teluk"},
		{"Konten ini telah tayang di Suara Teluk dengan judul Pelabuhan Dibuka", "Suara Teluk"},
		{"Artikel ini juga tayang di Suara Teluk", "Suara Teluk"},
		{"Berita ini pernah dimuat di Suara Teluk", "Suara Teluk"},
		{"Artikel ini telah diterbitkan di Suara Teluk", "Suara Teluk"},
		{"Baca artikel Suara Teluk, \"Pelabuhan Dibuka\" selengkapnya di sini.", "Suara Teluk"},
		{"This story first ran in the Bay Herald.", "Bay Herald"},
		{"This piece originally appeared on Bay Herald.", "Bay Herald"},
		{"This content was originally published by Bay Herald.", "Bay Herald"},
		{"Reproduced with permission from Bay Herald.", "Bay Herald"},
		{"Esta nota apareció originalmente en La Voz de la Bahía.", "La Voz de la Bahía"},
		{"Article publié initialement sur Le Guetteur.", "Le Guetteur"},
		{"Dieser Artikel erschien ursprünglich bei Buchtbote.", "Buchtbote"},
	}
	for _, tc := range tests {
		a := normalizeClosingLine(tc.line)
		if !slices.Equal(a.Sources, []string{tc.want}) {
			t.Errorf("%q: sources %q, want [%q]", tc.line, a.Sources, tc.want)
		}
		if strings.Contains(a.Text, tc.want) {
			t.Errorf("%q: the line stays in the text", tc.line)
		}
	}
}

// normalizeClosingLine normalizes a short story of the Kestrel Gazette
// whose last paragraph is line.
func normalizeClosingLine(line string) kabar.Article {
	p := &extract.Page{URL: "https://www.kestrelgazette.example/news/bridge", SiteName: "Kestrel Gazette", Title: "Bridge reopens",
		Body: []body.Block{
			{Kind: body.Paragraph, Text: "The harbour bridge reopened on Tuesday after three months of repairs."},
			{Kind: body.Paragraph, Text: "Traffic was light in the first hours, the port authority said."},
			{Kind: body.Paragraph, Text: line},
		}}
	return Normalize(p, Options{})
}

// TestSourceLabelWords: a source label with its noun ("Sumber artikel:
// X", "Sumber berita: X") cites X as "Sumber: X" does.
func TestSourceLabelWords(t *testing.T) {
	for _, line := range []string{"Sumber artikel: Kabar Teluk", "Sumber berita: Kabar Teluk"} {
		if a := normalizeClosingLine(line); !slices.Equal(a.Sources, []string{"Kabar Teluk"}) {
			t.Errorf("%q: sources %q, want [Kabar Teluk]", line, a.Sources)
		}
	}
}
