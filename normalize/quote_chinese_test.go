package normalize

import "testing"

// TestChineseQuotes holds invented Chinese reports, traditional and
// simplified: the speaker and the verb before the quote ("林志遠表示：
// 「…」") or after it ("「…」陳美玲說。"), an office or a job before the
// name, which is no part of it, a pronoun and an adverb ("他也說") for
// the last speaker, and a person described, not named ("一名官員"), as
// written. A quotation inside a clause, with no verb before it, names a
// thing and takes no speaker.
func TestChineseQuotes(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"traditional: before, pronoun, after, described", "zh", []string{
			"交通部長林志遠今天視察新建的跨海大橋。",
			"林志遠表示：「大橋預計在明年夏天以前正式通車。」",
			"他也說：「工程經費已經全部到位，不會再追加預算。」",
			"「我們每天都在擔心施工的安全問題。」附近居民陳美玲說。",
			"一名官員指出，「目前還沒有發現任何結構上的問題」。",
		}, []string{"林志遠: 大橋預計", "林志遠: 工程經費", "陳美玲: 我們每天", "一名官員: 目前還沒有"}},
		{"simplified: office before the name", "zh", []string{
			"卫生部发言人赵明华强调：“所有的检测结果都会在下周之前向社会公布。”",
		}, []string{"赵明华: 所有的检测"}},
		{"a quotation inside a clause names a thing", "zh", []string{
			"這座被當地人稱為「通往東方海岸的最後一座大門」的大橋全長五公里。",
		}, []string{": 通往東方"}},
	}
	checkQuotes(t, lx, tests)
}
