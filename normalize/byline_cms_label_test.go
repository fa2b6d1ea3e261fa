package normalize

import "testing"

// TestBylineCMSLabels covers the author line as blogs and content
// systems print it, in several languages: "Published by", "Submitted
// by", "Article by", "Ditulis oleh", "Diposting oleh", "Publié par",
// "Veröffentlicht von", "Pubblicato da". The label goes, the name
// stays; the labels the lexicons knew before still read.
func TestBylineCMSLabels(t *testing.T) {
	checkBylineAndMeta(t, "https://www.kabarkita.com/a/1", "Kabar Kita", "Judul", []bylineCase{
		{"Published by Dana Whitfield", []string{"Dana Whitfield"}},
		{"Published by Dana Whitfield on March 3, 2024", []string{"Dana Whitfield"}},
		{"Submitted by Tom Okafor", []string{"Tom Okafor"}},
		{"Article by Tom Okafor", []string{"Tom Okafor"}},
		{"Posted by Tom Okafor", []string{"Tom Okafor"}},
		{"Ditulis oleh Rina Lestari", []string{"Rina Lestari"}},
		{"Diposting oleh Agus Santoso", []string{"Agus Santoso"}},
		{"Dipublikasikan oleh Dewi Sartika", []string{"Dewi Sartika"}},
		{"Diunggah oleh Dewi Sartika", []string{"Dewi Sartika"}},
		{"Publié par Marie Dupont", []string{"Marie Dupont"}},
		{"Publiée par Claire Martin", []string{"Claire Martin"}},
		{"Veröffentlicht von Anna Berger", []string{"Anna Berger"}},
		{"Pubblicato da Luca Bianchi", []string{"Luca Bianchi"}},
		{"Publicado por María López", []string{"María López"}},
	}, "Published by Dana Whitfield on March 3, 2024")
}
