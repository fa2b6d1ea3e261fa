package body

import "testing"

// TestMoreLanguageBoilerplate: page markers, update notices, promotions,
// syndication lines, credits and correction or disclosure labels of the
// languages the lexicons cover, in wordings not listed before; the
// story's own sentences that open with the same words stay.
func TestMoreLanguageBoilerplate(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Страница 2 из 3", drop},
		{"Strana 2 z 3", drop},
		{"Side 2 af 3", drop},
		{"Новость дополняется", drop},
		{"Информация уточняется.", drop},
		{"Подписывайтесь на наш канал в Telegram.", drop},
		{"Подпишитесь на нашу рассылку, чтобы не пропустить главное.", drop},
		{"Смотрите видео ниже.", drop},
		{"Cet article est initialement paru dans Le Courrier du Port.", dropSource},
		{"Статья впервые опубликована в «Гаванском вестнике».", dropSource},
		{"Inscreva-se na nossa newsletter e receba as notícias do porto.", drop},
		{"Zapisz się do newslettera Gazety Portu.", drop},
		{"Zobacz wideo poniżej", drop},
		{"Fot. Jan Kowalski", dropCredit},
		{"Fe de erratas: una versión anterior de esta nota daba otra fecha.", drop},
		{"Rectificatie: in een eerdere versie stond een verkeerde datum.", drop},
		{"Disclosure: The author holds no shares in the ferry company.", drop},
		{"Do you have a story tip? Email the Valley Ledger newsroom.", drop},
		// The story's own words.
		{"Disclosure of the harbour files was ordered by the court on Monday.", keep},
		{"Смотрите, как паром заходит в гавань, сказал капитан.", keep},
		{"Fotografowie czekali na prom od rana.", keep},
		{"Side 2 of the harbour wall collapsed in the storm.", keep},
	})
}
