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
		{"(Gambas:Video Warta Pesisir)", drop},
		{"Lihat Foto", drop},
		{"Scroll untuk membaca", drop},
		{"Jangan lewatkan berita terkini lainnya di Warta Pesisir.", drop},
		{"Enjoying this article? Subscribe for unlimited access to the Valley Ledger.", drop},
		{"Have your say in the comments below.", drop},
		{"Zur Bildergalerie", drop},
		{"Kommentare anzeigen", drop},
		{"Voir les commentaires", drop},
		{"Ver comentarios", drop},
		{"Écouter l’article", drop},
		{"Escuchar noticia", drop},
		{"Add the Valley Ledger as a preferred source on Google", drop},
		{"Sign in to comment", drop},
		{"Article continues below this ad", drop},
		{"Illustration by Jan Berg", dropCredit},
		{"Photo illustration by Jan Berg for the Valley Ledger", dropCredit},
		{"Crédito: Jan Berg", dropCredit},
		{"Crédito da foto: Jan Berg/Diário do Porto", dropCredit},
		{"Baca berita dengan sedikit iklan, klik di sini", drop},
		{"Dengarkan berita ini", drop},
		{"Lihat selengkapnya", drop},
		{"Follow akun Instagram Warta Pesisir untuk kabar terbaru.", drop},
		{"Pantau terus berita terbaru seputar pelabuhan di Warta Pesisir.", drop},
		{"Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel ini tanpa izin Warta Pesisir.", drop},
		{"Open in app", drop},
		// The story's own words.
		{"Pantau pelabuhan dilakukan tiga kali sehari oleh petugas.", keep},
		{"Dilarang berenang di sekitar dermaga, kata petugas.", keep},
		{"Crédito barato y puertos nuevos: así crece la costa.", keep},
		{"Gambas, terong dan kangkung dijual di pasar pagi.", keep},
		{"Lihat foto-foto lama pelabuhan di museum kota, kata pengelola.", keep},
		{"Disclosure of the harbour files was ordered by the court on Monday.", keep},
		{"Смотрите, как паром заходит в гавань, сказал капитан.", keep},
		{"Fotografowie czekali na prom od rana.", keep},
		{"Side 2 of the harbour wall collapsed in the storm.", keep},
	})
}
