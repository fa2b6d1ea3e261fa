package normalize

import (
	"slices"
	"testing"
)

// TestStrongCueSources covers outlets cited by a strong cue whose name
// the lexicons do not know and that carries no outlet word: "told the
// Harbour Ledger", ", Kestrel reported.", and the outlets of a staff
// member ("a Reuters reporter"), with the look-alikes that are no source:
// persons, bodies of government and companies.
func TestStrongCueSources(t *testing.T) {
	lx := loadLexicon()
	const site, domain = "Kabar Kita", "kabarkita.com"
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"told the unknown outlet", []string{`"We will rebuild," Mayor Tom Reyes told the Tamarack Wren on Monday.`}, []string{"Tamarack Wren"}},
		{"told the unknown outlet end", []string{`The company said the plant will close, its director told the Copper Finch.`}, []string{"Copper Finch"}},
		{"interview with the unknown outlet", []string{`In an interview with the Tamarack Wren, the coach said he would stay.`}, []string{"Tamarack Wren"}},
		{"speaking to the unknown outlet", []string{`Speaking to the Copper Finch on Sunday, Reyes denied the claim.`}, []string{"Copper Finch"}},
		{"interview with the governor", []string{`In an interview with the Governor, Reyes denied the claim.`}, nil},
		{"speaking to the council", []string{`Speaking to the City Council on Sunday, Reyes denied the claim.`}, nil},
		{"told the committee", []string{`Rivera told the Intelligence Committee that he had seen the memo.`}, nil},
		{"told the court", []string{`The witness told the Supreme Court on Tuesday that she was afraid.`}, nil},
		{"told the president", []string{`Harmon told the President about the plan.`}, nil},
		{"told a person", []string{`"It works," Tim Cole told Mark Benton, who nodded.`}, nil},
		{"comma reported", []string{`Two people were hurt in the blast, Kestrel reported on Wednesday.`}, []string{"Kestrel"}},
		{"comma reported end", []string{`The talks will resume next week, Bluewave reported.`}, []string{"Bluewave"}},
		{"company reported figures", []string{`Revenue rose 8 percent in the quarter, Harlow reported on Tuesday.`}, nil},
		{"company reported sales", []string{`Quarterly sales beat estimates, Bluewave reported.`}, nil},
		{"figures in the sentence before", []string{`Sales fell again. The mayor resigned, Kestrel reported on Wednesday.`}, []string{"Kestrel"}},
		{"company with an org word", []string{`Revenue rose, Acme Corp reported.`}, nil},
		{"company reported earnings", []string{`Dow component Harlow Stores reported third-quarter earnings that beat estimates.`}, nil},
		{"person reported at end", []string{`The car was found in a ditch, Officer Dan Miles reported.`}, nil},
		{"ministry reported", []string{`Ten cases were confirmed, the Health Ministry reported on Friday.`}, nil},
		{"speaker reported", []string{`"Prices rose again," Lena Kovac said.`, `Sales fell by half, Kovac reported.`}, nil},
		{"author surname reports", []string{`The bridge stays shut until May, Roux reports.`}, nil},
		{"cast surname reported", []string{`Analyst Petra Vance follows the firm.`, `Margins shrank, Vance reported.`}, nil},
		{"reporter of agency", []string{`A Reuters reporter at the scene saw smoke rising.`}, []string{"Reuters"}},
		{"journalist of agency", []string{`An Associated Press journalist in the town also reported gunfire.`}, []string{"Associated Press"}},
		{"correspondent of agency", []string{`An AFP correspondent counted at least 40 bodies.`}, []string{"AFP"}},
		// The noun, then its complement and adjectives, then the name.
		{"es agency complement adjective", []string{"Murieron tres personas, según la agencia de noticias siria Halcón, en el ataque."}, []string{"Halcón"}},
		{"es agency adjectives before verb", []string{"La agencia estatal chilena Cóndor informó que el paso sigue cerrado."}, []string{"Cóndor"}},
		{"es body after de la", []string{"Según la agencia de la ONU Acnur, hay miles de refugiados."}, nil},
		{"es ministry", []string{"Según el ministerio de salud local, hubo diez heridos."}, nil},
		{"pl agency adjectives", []string{"Jak podaje turecka państwowa agencja prasowa Delta, rozmowy trwają."}, []string{"Delta"}},
		{"pl agency before verb", []string{"Czeska agencja informacyjna Orzeł twierdzi, że most jest zamknięty."}, []string{"Orzeł"}},
		{"pl according to agency", []string{"Według agencji Sokół, do wypadku doszło w nocy."}, []string{"Sokół"}},
		{"pl person claims", []string{"Minister Jan Kowalczyk twierdzi, że most jest bezpieczny."}, nil},
		// Hyphenated outlet names, and words between verb and "to".
		{"hyphenated outlet", []string{"According to the Lakeside Star-Tribune, the bridge will reopen."}, []string{"Lakeside Star-Tribune"}},
		{"hyphenated company", []string{"According to Harlow-Benton, sales rose."}, nil},
		{"confirmed the news to", []string{"The club confirmed the news to the Daily Harbour on Monday."}, []string{"Daily Harbour"}},
		{"confirmed the news to a person", []string{"The club confirmed the news to Mark Benton on Monday."}, nil},
		{"named photographer of agency", []string{"The shell badly wounded Agence France-Presse (AFP) photographer Lena Roux, 31."}, nil},
		{"named reporter of agency", []string{"Reuters reporter Dan Hale was hurt in the blast."}, nil},
		{"reporter of unknown", []string{`A Harlow reporter asked the minister about it.`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lx.readSources(tt.paras, site, domain, "Lena Kovac", "Nadia Roux")
			if !slices.Equal(got, tt.want) {
				t.Errorf("readSources(%q) = %q, want %q", tt.paras, got, tt.want)
			}
		})
	}
}

// TestUnspacedSources covers citations in Japanese, written without
// spaces, with descriptions that name no outlet as look-alikes.
func TestUnspacedSources(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name, para string
		want       []string
	}{
		{"site in brackets after its noun", "米ニュースサイト「ブルーポスト」によると、交渉は続いている。", []string{"ブルーポスト"}},
		{"paper after its noun", "英紙サンデー・ヘラルドによると、首相は辞任する。", []string{"サンデー・ヘラルド"}},
		{"paper before its noun", "サンデー・ヘラルド紙が報じた。", []string{"サンデー・ヘラルド"}},
		{"agency word", "これに対し、タカラ通信によると、橋は閉鎖された。", []string{"タカラ通信"}},
		{"kanji paper", "山川新聞によると、橋は閉鎖された。", []string{"山川新聞"}},
		{"police", "警察によると、男は逃走した。", nil},
		{"insiders", "関係者によると、会談は延期された。", nil},
		{"state agency", "イランの国営通信によると、交渉は続く。", nil},
		{"local paper", "地元紙によると、橋は閉鎖された。", nil},
		{"same paper", "同紙によると、首相は辞任する。", nil},
		{"quote in brackets", "首相は「交渉は続く」によると述べた。", nil},
		{"no cue", "サンデー・ヘラルド紙の記者が来た。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lx.readSources([]string{tt.para}, "Kabar Kita", "kabarkita.com")
			if !slices.Equal(got, tt.want) {
				t.Errorf("readSources(%q) = %q, want %q", tt.para, got, tt.want)
			}
		})
	}
}
