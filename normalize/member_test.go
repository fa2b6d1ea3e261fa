package normalize

import "testing"

// TestNameOfBody: a speaker named with the body they speak for between
// the name and the verb after a quote ('," Mara Quill of the Valley
// Ledger said') is the person, not the body and not the last speaker;
// an office before a name still gives the name, and a body alone gives
// no person.
func TestNameOfBody(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{"of, from, at", "en", []string{
			"The county council voted on Tuesday to rebuild the old pier before next summer.",
			`"We waited far too long for this decision," Mara Quill of the Valley Ledger said.`,
			`"The money is there and the work can start in spring," Tom Okafor from the county council said on Wednesday.`,
			`"Ferries will run as usual," Ines Varga at the harbour board told reporters.`,
		}, []string{"Mara Quill: We waited", "Tom Okafor: The money", "Ines Varga: Ferries will run"}},
		{"an office before the name", "en", []string{
			"The pier will reopen next year, the council said.",
			`"This is good news for the town," Secretary of State Anna Berg said.`,
		}, []string{"Anna Berg: This is good news"}},
		{"Indonesian dari", "id", []string{
			"Pemerintah kota memutuskan memperpanjang layanan bus malam hingga pelabuhan.",
			`"Rute baru akan diuji selama tiga bulan," Budi Santoso dari Dinas Perhubungan menjelaskan.`,
		}, []string{"Budi Santoso: Rute baru"}},
	})
}
