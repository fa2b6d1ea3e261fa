package normalize

import (
	"slices"
	"testing"
)

// TestOutletInAnecdoteNoSource covers an outlet named by its noun ("the
// newspaper X", "harian X", "le quotidien X") in a sentence that cites
// nothing: someone worked for it, edited it, founded or sold it. FIELDS.md
// takes a newspaper named inside an anecdote for no cited source; the
// noun alone made it one. The noun still cites after a source preposition
// ("published by the weekly X"), in a sentence with a reporting verb or a
// cue, and always when it names a news agency.
func TestOutletInAnecdoteNoSource(t *testing.T) {
	lx := loadLexicon()
	const site, domain = "Kabar Kita", "kabarkita.com"
	tests := []struct {
		name string
		para string
		want []string
	}{
		{"worked for the newspaper", "Before politics she worked for the newspaper Lantern Courier for a decade.", nil},
		{"former editor of the tabloid", "Okafor, a former editor of the tabloid Evening Quill, now runs a bakery.", nil},
		{"the weekly was sold", "The weekly Copper Finch was sold to an investment fund last spring.", nil},
		{"founded the magazine", "Her father founded the magazine Tamarack Review in 1974.", nil},
		{"id pemimpin redaksi harian", "Ia pernah menjadi pemimpin redaksi harian Fajar Timur selama lima tahun.", nil},
		{"fr a dirigé le quotidien", "Il a dirigé le quotidien La Vigie pendant dix ans.", nil},
		{"es fue director del diario", "Fue director del diario El Faro durante una década.", nil},
		// Cited.
		{"noun then reporting verb", "The newspaper Lantern Courier said the mayor had resigned.", []string{"Lantern Courier"}},
		{"by the weekly", "The letter was first published by the weekly Copper Finch on Friday.", []string{"Copper Finch"}},
		{"in the tabloid", "In an essay in the tabloid Evening Quill, he defended the plan.", []string{"Evening Quill"}},
		{"told the newspaper", "The coach told the newspaper Lantern Courier he would stay.", []string{"Lantern Courier"}},
		{"pt pelo jornal", "A notícia foi dada pelo jornal Folha do Vale na segunda-feira.", []string{"Folha do Vale"}},
		{"id dimuat di harian", "Wawancara itu dimuat di harian Fajar Timur pekan lalu.", []string{"Fajar Timur"}},
		{"de agency without a verb", "Ein Foto liegt der Nachrichtenagentur Nordlicht vor.", []string{"Nordlicht"}},
		{"en agency as the object", "Police gave the figures to the news agency Harbour Wire.", []string{"Harbour Wire"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lx.readSources([]string{tt.para}, site, domain); !slices.Equal(got, tt.want) {
				t.Errorf("readSources(%q) = %q, want %q", tt.para, got, tt.want)
			}
		})
	}
}
