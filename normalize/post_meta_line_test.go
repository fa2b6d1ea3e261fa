package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestPostMetaLine: a blog post's meta line over the body ("date - Posted
// by: X - Category: Y - Tags: Z"), in English, Portuguese, Spanish and
// Italian, credits X and leaves the text; its category and tags credit
// no one.
func TestPostMetaLine(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"12/03/2024 - Publicado por: Mariana Tavares - Categoria: Saúde - Tags: hospital ambulância", []string{"Mariana Tavares"}},
		{"Publicado por: Mariana Tavares - Categoria: Educação", []string{"Mariana Tavares"}},
		{"12.03.2024 | Posted by: Tamsin Greaves | Category: Health | Tags: ferry, harbour", []string{"Tamsin Greaves"}},
		{"12/03/2024 - Publicado por: Lucía Ferrer - Categoría: Salud", []string{"Lucía Ferrer"}},
		{"12/03/2024 - Pubblicato da: Marco Bellini - Categoria: Salute", []string{"Marco Bellini"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.kestrelgazette.example/news/ambulance", SiteName: "Kestrel Gazette", Title: "Ambulance break-in",
			Authors: []extract.Field{{Value: "Kestrel Gazette IT Office", Source: "meta"}},
			Body: []body.Block{
				{Kind: body.Paragraph, Text: tc.line},
				{Kind: body.Paragraph, Text: "Two of the five vehicles of the home care unit were broken into overnight, the team said on Tuesday."},
				{Kind: body.Paragraph, Text: "The batteries had been taken out of both vehicles the week before."},
			}}
		a := Normalize(p, Options{})
		if !slices.Equal(a.Authors, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.line, a.Authors, tc.want)
		}
		if strings.Contains(a.Text, tc.want[0]) {
			t.Errorf("%q: the meta line stays in the text", tc.line)
		}
	}
}
