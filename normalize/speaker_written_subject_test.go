package normalize

import "testing"

// TestWrittenSubjectNotLast: an attribution whose subject is written out,
// capitalised right at its cue ("kata Gubernur NTT", "Bupati Sumba Timur
// menegaskan", "Menurut Gubernur NTT", "says Doctor"), but which the
// reader cannot resolve to a person, never falls back to the last
// speaker: a wrong speaker costs as much as a missing one. Cues without
// a written subject ("katanya", "kata dia", "he added") still go on with
// the last speaker, and a sentence-opening word set off by a comma or a
// participle after an object ("… as early as 500 BC saying") is no
// subject.
func TestWrittenSubjectNotLast(t *testing.T) {
	lx := loadLexicon()
	const idOpen = `"Warga tidak perlu panik menghadapi kondisi ini sampai normal," kata Kepala Dinas Sosial Rinaldo Patty di kantornya, Senin (3/2/2024).`
	const idQuote = `"Kami sudah berkoordinasi dengan semua pihak terkait sejak pekan lalu`
	const enOpen = `“We have waited far too long for this, and that is what we told them,” said Desmond Achterberg, the chief executive of the council.`
	const enQuote = `“The money has to come from somewhere, and we will publish every figure`
	checkSpeakers(t, lx, []quoteCase{
		{name: "kata office with no holder", lang: "id", paras: []string{idOpen, idQuote + `," kata Bupati Sumba Timur.`},
			want: []string{"Rinaldo Patty", ""}},
		{name: "ujar office short form and province", lang: "id", paras: []string{idOpen, idQuote + `," ujar Gubernur NTB.`},
			want: []string{"Rinaldo Patty", ""}},
		{name: "tutur honorific and office", lang: "id", paras: []string{idOpen, idQuote + `," tutur Pak RW.`},
			want: []string{"Rinaldo Patty", ""}},
		{name: "office before the verb", lang: "id", paras: []string{idOpen, `Sementara itu, Bupati Sumba Timur menegaskan, ` + idQuote + `."`},
			want: []string{"Rinaldo Patty", ""}},
		{name: "menurut an office", lang: "id", paras: []string{idOpen, `Menurut Gubernur NTB, ` + idQuote + `."`},
			want: []string{"Rinaldo Patty", ""}},
		{name: "katanya goes on", lang: "id", paras: []string{idOpen, idQuote + `," katanya.`},
			want: []string{"Rinaldo Patty", "Rinaldo Patty"}},
		{name: "kata dia goes on", lang: "id", paras: []string{idOpen, idQuote + `," kata dia.`},
			want: []string{"Rinaldo Patty", "Rinaldo Patty"}},
		{name: "a surname goes to the full name", lang: "id", paras: []string{idOpen, idQuote + `," tambah Patty.`},
			want: []string{"Rinaldo Patty", "Rinaldo Patty"}},
		{name: "says a surname that is a title word", lang: "en", paras: []string{enOpen, enQuote + `,” says Chancellor.`},
			want: []string{"Desmond Achterberg", ""}},
		{name: "according to an unreadable name", lang: "en", paras: []string{enOpen, `According to Chancellor, ` + enQuote + `.”`},
			want: []string{"Desmond Achterberg", ""}},
		{name: "according to an outlet then a verb", lang: "en", paras: []string{enOpen, `According to Harbour Wire, one fisherman posted: ` + enQuote + `.”`},
			want: []string{"Desmond Achterberg", "one fisherman"}},
		{name: "he added goes on", lang: "en", paras: []string{enOpen, `He added: ` + enQuote + `.”`},
			want: []string{"Desmond Achterberg", "Desmond Achterberg"}},
		{name: "a sentence adverb set off", lang: "es", paras: []string{
			`«No vamos a permitir más retrasos en las obras del puerto», afirmó Marta Oliveira Quintas, portavoz del consorcio.`,
			`Asimismo, indicó que el consorcio mantiene «la revisión completa de todos los contratos firmados».`},
			want: []string{"Marta Oliveira Quintas", "Marta Oliveira Quintas"}},
	})
}
