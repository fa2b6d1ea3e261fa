package normalize

import "testing"

// TestKoreanQuotes holds invented Korean reports: “ ” sets off speech,
// the quotative particle glued to the closing mark and a reporting verb
// attribute it ("“…”고 말했다", "“…”이라고 덧붙였다", "“…”며"), and the
// subject carrying the topic mark is the speaker, written without the
// office after the name; a surname and an office stand for the full name
// the article printed with that office; a pronoun for the topic of the
// sentence before; an unnamed official is the phrase as written. An
// adjective or an adverbial phrase before the subject, carrying the same
// ending, is no subject, and a quote with no verb after it takes no one.
func TestKoreanQuotes(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"name and office, then surname and office, then a pronoun", "ko", []string{
			"김민호 교육부 장관이 12일 세종시의 한 초등학교를 방문했다.",
			"김 장관은 이날 교사들과 만난 자리에서 “내년부터 모든 교실에 보조 교사를 배치하겠다”고 말했다.",
			"그는 “예산은 이미 확보돼 있다”라고 덧붙였다.",
		}, []string{"김민호: 내년부터", "김민호: 예산은"}},
		{"a saying form glued to the mark, then a second quote", "ko", []string{
			"박서연 교사는 “아이들이 더 안전하게 공부할 수 있게 됐다”며 “정말 오래 기다려 온 소식”이라고 밝혔다.",
		}, []string{"박서연: 아이들이", "박서연: 정말 오래"}},
		{"an unnamed official", "ko", []string{
			"경찰 관계자는 “현장에서 사고 원인을 자세히 조사하고 있다”고 전했다.",
		}, []string{"경찰 관계자: 현장에서"}},
		{"a pronoun after a named topic", "ko", []string{
			"처음에는 모두가 그를 비난했다. 하지만 엘리나는 사과하지 않았다. 그는 “내가 잘못한 것은 하나도 없다고 생각한다”고 말했다.",
		}, []string{"엘리나: 내가 잘못한"}},
		{"adjectives and an adverbial phrase are no subject", "ko", []string{
			"잦은 야근과 낮은 임금에 지친 직원들 앞에서 지난해에는 회사가 “내년에는 반드시 임금을 올리겠다”고 약속했다.",
		}, []string{": 내년에는"}},
		{"no verb after the quote", "ko", []string{
			"최윤희 작가는 “바다가 보이는 작은 마을의 이야기”라는 제목의 소설을 냈다.",
		}, []string{": 바다가"}},
	}
	checkQuotes(t, lx, tests)
}
