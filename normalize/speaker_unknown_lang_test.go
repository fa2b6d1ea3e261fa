package normalize

import "testing"

// TestUnknownLanguageNoGuess holds invented reports in languages no
// lexicon knows (Turkish, Swahili): before any attribution names a
// speaker, an unattributed quote takes no speaker, not the capitalised
// law, firm or place the sentence before holds (prefer empty to wrong).
func TestUnknownLanguageNoGuess(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"a law's name before a quote, tr", "tr", []string{
			`Soruşturma kapsamında şüpheliler Kara Paranın Aklanmasının Önlenmesi Hakkında Kanun uyarınca gözaltına alındı.`,
			`Şüpheliler hakkında "suç işlemek amacıyla örgüt kurma ve yönetme" suçlamasıyla işlem başlatıldı.`,
		}, []string{": suç işlemek amacıyla"}},
		{"a firm's name before a quote, tr", "tr", []string{
			`Yıldırım Lojistik Anonim Şirketi yöneticileri dün ifade verdi. "Tüm belgeleri savcılığa eksiksiz olarak teslim ettik ve süreci takip ediyoruz."`,
		}, []string{": Tüm belgeleri"}},
		{"a ministry's name before a quote, sw", "sw", []string{
			`Wizara ya Afya Tanzania imetoa taarifa kuhusu chanjo mpya. "Chanjo hii itatolewa bure katika vituo vyote vya afya nchini kote."`,
		}, []string{": Chanjo hii"}},
	}
	checkQuotes(t, lx, tests)
}
