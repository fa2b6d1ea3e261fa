package normalize

import "testing"

// TestJapaneseQuotes holds invented Japanese reports: 「 」 sets off
// speech, the quotative particle and a reporting verb after it attribute
// it, and the subject before "は" or "が" is the speaker, written without
// the office or honorific after the name; a person never named is the
// phrase as written. Short quoted phrases, names in Katakana, titles in
// 『 』 and a quotation naming a thing ("「…」という") are no speech.
func TestJapaneseQuotes(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"name and office before は", "ja", []string{
			`中村健一市長は20日、「新しい図書館を来年の春までに完成させたい」と述べた。`,
		}, []string{"中村健一: 新しい図書館を"}},
		{"honorific after the name, が", "ja", []string{
			`会見で佐々木美和氏が「地域の医療体制をもう一度見直す必要がある」と強調した。`,
		}, []string{"佐々木美和: 地域の医療体制"}},
		{"a foreign name in Katakana and its office", "ja", []string{
			`ベルトラン外相は記者団に対し、「両国の対話を続けることが何より重要だ」と語った。`,
		}, []string{"ベルトラン: 両国の対話を"}},
		{"a person never named, with an age", "ja", []string{
			`現場近くに住む会社員の男性（45）は「夜中に大きな音がして、とても怖かった」と話した。`,
		}, []string{"現場近くに住む会社員の男性: 夜中に大きな音"}},
		{"a long relative clause before the role", "ja", []string{
			`両国の和平協議を長く仲介してきたノルウェーの外務省報道官は3日、「合意の文書はほぼ完成している」と語った。`,
		}, []string{"ノルウェーの外務省報道官: 合意の文書"}},
		{"subject between the particle and the verb", "ja", []string{
			`「選挙の結果を重く受け止めている」と田中洋子代表は述べた。`,
		}, []string{"田中洋子: 選挙の結果を"}},
		{"the topic of the sentence before goes on", "ja", []string{
			`商店街の会長を務める女性は静かな口調で語った。「お客さんが戻ってくるまで店は閉めない」と話す。`,
		}, []string{"商店街の会長を務める女性: お客さんが"}},
		{"a phrase before the name", "ja", []string{
			`臨時の委員会で藤原真理議員が「この予算案には賛成できない」と主張した。`,
		}, []string{"藤原真理: この予算案には"}},
		{"no verb: no speaker", "ja", []string{
			`住民団体は「工事の説明が全く足りていない」として市に質問状を出した。`,
		}, []string{": 工事の説明が"}},
		{"short phrases, Katakana names, titles and things are no quotes", "ja", []string{
			`首相は停戦案を「前進」と評価し、『戦争と平和の記録』の著者にも触れた。`,
			`大会名は「サマーフェスティバルクラシック」に変わり、「地域の声を聞く会」という名の集会も開かれた。`,
		}, nil},
	}
	checkQuotes(t, lx, tests)
}

// TestJapaneseLaterTopic: a clause closed by a comma before the quote's
// own subject has a topic of its own ("大会は終わったものの、"); the
// speaker is the subject after the comma, and a body that answers
// ("と回答した") speaks as itself.
func TestJapaneseLaterTopic(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"topic of a clause before the comma", "ja", []string{
			`市民マラソンは先月終わったものの、陸上協会は「来年の大会についてはまだ何も決まっていません」と回答した。`,
		}, []string{"陸上協会: 来年の大会"}},
	}
	checkQuotes(t, lx, tests)
}
