package normalize

import "testing"

// TestKoreanOfficesAndBodies: a topic-marked subject ending in an office
// the lexicon knows gives the name before it, past the body the office
// belongs to ("한국은행 이창민 총재는" → the governor's name, was the
// office); an office that follows a body and never a name ("관계자", an
// official; [unspaced-unnamed-titles]) gives the phrase as written, not
// the body's word read as a name. Invented articles.
func TestKoreanOfficesAndBodies(t *testing.T) {
	lx := loadLexicon()
	mayor := `김민수 시장은 "내년 예산을 크게 늘리고 시민 복지를 강화하겠다"고 말했다.`
	checkSpeakers(t, lx, []quoteCase{
		{"a bank's governor", "ko", []string{
			`한국은행 이창민 총재는 기자간담회에서 "물가 상승 압력이 여전히 높은 수준"이라고 밝혔다.`,
		}, []string{"이창민"}},
		{"an assembly's speaker", "ko", []string{mayor,
			`시의회 정다은 의장은 "의회도 예산안을 꼼꼼하게 심사할 것"이라고 말했다.`,
		}, []string{"김민수", "정다은"}},
		{"an official of a civic group", "ko", []string{mayor,
			`한편 시민단체 관계자는 "예산 증액만으로는 시민들의 실제 생활이 나아지기 어렵다"고 지적했다.`,
		}, []string{"김민수", "시민단체 관계자"}},
		{"an official of a ministry", "ko", []string{mayor,
			`국토부 관계자는 "도로 확장 사업은 내년 상반기에 시작될 예정"이라고 설명했다.`,
		}, []string{"김민수", "국토부 관계자"}},
	})
}
