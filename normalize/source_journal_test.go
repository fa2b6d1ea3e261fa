package normalize

import (
	"slices"
	"testing"
)

// TestJournalNotSource covers scholarly journals named by a journal noun
// ("published in the journal X", "im Fachjournal X", "dalam jurnal X"):
// where a study appeared, never an outlet the article cites, whatever cue
// stands beside the name; with the look-alikes that stay sources: an
// outlet whose own name opens with the noun, capitalised ("the Journal
// Sentinel", "Jurnal Nasional"), and outlet nouns that are no journal's
// ("le journal X" in French, "la revista X").
func TestJournalNotSource(t *testing.T) {
	lx := loadLexicon()
	const site, domain = "Kabar Kita", "kabarkita.com"
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"published in the journal", []string{"The paper was published on Monday in the journal Lantern Astronomy."}, nil},
		{"research in the journal, verb after", []string{"Researchers wrote in the journal Quill Biology that the mice recovered."}, nil},
		{"according to a study in the journal", []string{"According to a study in the journal Harbour Medicine, the ice is thinning."}, nil},
		{"medical journal", []string{"The trial, described in the medical journal Copper Lancet, followed 400 patients."}, nil},
		{"journal beside a cited outlet", []string{"The findings, published in the journal Lantern Astronomy, were first reported by the Tamarack Herald."}, []string{"Tamarack Herald"}},
		{"journal named again later", []string{"The study appeared in the journal Ember Reviews.", "Ember Reviews reported that the sample was small."}, nil},
		{"de Fachjournal", []string{"Die Forscher berichten im Fachjournal Quill Medicine über ihre Ergebnisse."}, nil},
		{"de Fachblatt", []string{"Das Team stellt seine Studie im Fachblatt Lantern Physics vor."}, nil},
		{"id jurnal", []string{"Hasil penelitian itu dimuat dalam jurnal Lentera Medika pekan lalu."}, nil},
		{"id jurnal ilmiah", []string{"Menurut jurnal ilmiah Lentera Medika, obat itu aman."}, nil},
		{"es revista científica", []string{"El estudio, publicado en la revista científica Pluma Médica, analizó a 300 pacientes."}, nil},
		{"fr la revue", []string{"Selon une étude parue dans la revue Plume Médicale, le vaccin est sûr."}, nil},
		// Outlets.
		{"capitalised outlet name", []string{"According to the Journal Sentinel, the mayor resigned."}, []string{"Journal Sentinel"}},
		{"fr le journal is a newspaper", []string{"Selon le journal Le Vigie, le maire a démissionné."}, []string{"Le Vigie"}},
		{"tabloid", []string{"The tabloid Daily Harbour first reported the story."}, []string{"Daily Harbour"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lx.readSources(tt.paras, site, domain)
			if !slices.Equal(got, tt.want) {
				t.Errorf("readSources(%q) = %q, want %q", tt.paras, got, tt.want)
			}
		})
	}
}
