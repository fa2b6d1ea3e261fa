package body

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLexiconJudge(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text      string
		linkChars int
		want      verdict
	}{
		{"Baca juga: Harga beras naik", 0, dropRelated},
		{"BACA JUGA", 0, dropRelated},
		{"Baca Juga Harga beras naik di pasar", 27, dropRelated}, // label then a link
		{"Baca juga buku ini karena isinya menarik bagi pelajar.", 0, keep},
		{"Warga bisa baca juga laporan lengkapnya.", 0, keep},
		{"ADVERTISEMENT", 0, drop},
		{"SCROLL TO CONTINUE WITH CONTENT", 0, drop},
		{"Dapatkan Berita Pilihan di WhatsApp Anda", 0, drop},
		{"[Gambas:Video 20detik]", 0, drop},
		{"Simak Video \"Banjir di Jakarta\"", 0, drop},
		{"Saksikan Video Pilihan Berikut Ini:", 0, drop},
		{"Ikuti kami di Google News", 0, drop},
		{"Iklannya tayang setiap malam di televisi.", 0, keep}, // "iklan" needs a word boundary
		{"Read more: Why the rail plan stalled", 0, dropRelated},
		{"Read more about the plan in the council minutes, published today.", 0, keep},
		{"Related: Rail expansion stalls", 0, dropRelated},
		{"Related to this, the mayor spoke on Monday.", 0, keep},
		{"Sign up for our newsletter", 0, drop},
		{"We use cookies to give you the best experience.", 0, drop},
		{"Copyright © 2024 Example News", 0, drop},
		{"Copyright law protects songs for seventy years after the author's death.", 0, keep},
		{"Hak cipta atas lagu itu dimiliki oleh label rekaman.", 0, keep},
		{"Hak Cipta Dilindungi Undang-Undang", 0, drop},
		{"© 2024 Example News", 0, drop},
		{"Foto: Suasana pasar (Edi Wahyono/detikcom)", 0, dropCredit},
		{"Fotografer itu menunggu selama dua jam di lokasi.", 0, keep},
		{"Lesen Sie auch: Die Bahn streikt", 0, dropRelated},
		{"7 min read", 0, drop},
		{"Läs även: Färjan ställs in", 0, dropRelated},
		{"Czytaj także: Prom odwołany", 0, dropRelated},
		{"Leia mais: Balsa cancelada", 0, dropRelated},
		{"Leia mais devagar, disse o professor aos alunos da escola.", 0, keep},
		{"VIDEO: Warga Antre Minyak Goreng di Pasar", 0, dropRelated},
		{"Video shows the ferry leaving the harbour at dawn.", 0, keep},
		{"Audio | Das Interview zum Nachhören", 0, dropRelated},
		{"Watch the video above for more.", 0, dropRelated},
		{"Loading...", 0, drop},
		{"Loading the ferry took two hours.", 0, keep},
		{"Image 2 of 7", 0, drop},
		{"Foto 2 dari 7", 0, drop},
		{"3 of 10", 0, drop},
		{"3 of 10 residents said no.", 0, keep},
		{"4 / 12", 0, drop},
		{"4/12", 0, drop},
		{"11 / 40", 0, drop},
		{"4/12 of the vote went to the Greens.", 0, keep},
		{"1/2 cup of flour and a pinch of salt", 0, keep},
		{"24/7 help lines will stay open over the holiday.", 0, keep},
		{"More:", 0, dropRelated},
		{"More than 200 people came.", 0, keep},
		{"Lesezeit: 4 Min.", 0, drop},
		{"5 menit baca", 0, drop},
		{"3 dari 5 halaman", 0, drop},
		{"Halaman 2 dari 5", 0, drop},
		{"Page 12 of 14", 0, drop},
		{"Page 12 of the report lists the costs.", 0, keep},
		{"3 dari 5 warga menolak rencana itu.", 0, keep},
		{"Über dieses Thema berichtete das Radio am 3. Mai 2024 um 8:00 Uhr.", 0, drop},
		{"Report a correction or typo", 0, drop},
		{"A post shared by Dapur Nenek (@dapurnenek)", 0, drop},
		{"Most viewed in Europe", 0, dropRelated},
		{"Partager sur Facebook", 0, drop},
		{"Аdvеrtіѕе wіth us", 0, drop},
		{"Реклама", 0, drop},
		{"Bildquelle: Stadtarchiv", 0, dropCredit},
		{"Tomás Ruiz, photo: Archivo", 0, dropCredit},
		// Video prompts, update notices, newsletter and share prompts,
		// related lists in German, French and Spanish.
		{"Sehen Sie im Video: Der Hafen bei Nacht", 0, drop},
		{"Dieser Artikel wurde aktualisiert.", 0, drop},
		{"Newsletter abonnieren", 0, drop},
		{"Artikel teilen", 0, drop},
		{"Cet article a été mis à jour mardi à 18 heures.", 0, drop},
		{"Regarder la vidéo", 0, drop},
		{"Partager cet article", 0, drop},
		{"À lire également : la grève continue", 0, dropRelated},
		{"Este artículo ha sido actualizado con nueva información.", 0, drop},
		{"Esta noticia ha sido actualizada", 0, drop},
		{"Mira el video de la inundación", 0, drop},
		{"Recibe nuestra newsletter cada mañana", 0, drop},
		{"Noticias relacionadas", 0, dropRelated},
		{"También te puede interesar: El puerto cierra", 0, dropRelated},
		{"Las noticias relacionadas con el puerto llegaron tarde.", 0, keep},
		// Reading, pager, app and channel prompts; update notes.
		{"Story continues below advertisement", 0, drop},
		{"Story continues after the photo", 0, drop},
		{"Next page", 0, drop},
		{"Read the full story on our partner's website", 0, drop},
		{"Get breaking news alerts on your phone", 0, drop},
		{"Join our WhatsApp channel for daily updates", 0, drop},
		{"Download the Coast Herald app for iPhone", 0, drop},
		{"Listen to this story", 0, drop},
		{"UPDATE: This story was revised to add the mayor's comments.", 0, drop},
		{"Editor's note: This story has been updated with the final vote count.", 0, drop},
		{"Editor's note: The author is a member of the board.", 0, keep},
		{"This article contains affiliate links.", 0, drop},
		{"Mari bergabung di Grup Telegram \"Warta Pagi Update\", caranya klik tautan berikut.", 0, drop},
		{"Mari bergabung dengan komunitas pembaca kami di WhatsApp untuk kabar terbaru.", 0, drop},
		{"Mari bergabung bersama warga membersihkan pantai pada Minggu pagi.", 0, keep},
		{"Gabung di WhatsApp Channel Warta Pagi untuk berita terbaru setiap hari.", 0, drop},
		{"Yuk, simak video selengkapnya di bawah ini.", 0, drop},
		{"Jangan lupa follow akun TikTok @wartapagi untuk update terbaru.", 0, drop},
		{"Jangan lupa membawa payung karena hujan diperkirakan turun sore hari.", 0, keep},
		{"Simak juga Video: Banjir Rendam Permukiman Warga", 0, drop},
		{"Baca berita tanpa iklan. Gabung Warta+", 0, drop},
		{"Pilihan Redaksi", 0, dropRelated},
		{"Dibaca 12.408 kali", 0, drop},
		{"Dibaca 87 kali", 0, drop},
		{"Buku itu dibaca berkali-kali oleh para siswa.", 0, keep},
		{"Share this:", 0, drop},
		{"Like this:", 0, drop},
		{"Share this story with a friend who was at the game, the club asked fans on Sunday.", 0, keep},
		{"Print this article", 0, drop},
		{"09:41 WIB | 2.315 Views", 0, drop},
		{"18:20 WIB | 815 Views", 0, drop},
		{"Video itu ditonton 2.315 kali sejak Senin pukul 09:41 WIB.", 0, keep},
		{"Main image credit: Getty", 0, dropCredit},
		{"Archivado en: Presupuestos · Congreso · Hacienda", 0, drop},
		{"Archivado en el registro desde 1998, el expediente nunca se abrió.", 0, keep},
		{"Comentarios", 0, drop},
		{"Mehr Nachrichten", 0, dropRelated},
		{"Artikel vorlesen lassen", 0, drop},
		{"Související", 0, dropRelated},
		{"Langgan saluran Telegram kami untuk berita terkini.", 0, drop},
		{"Simak berita selengkapnya di sini.", 0, drop},
		{"Simak selengkapnya dalam video berikut.", 0, drop},
		{"Lihat postingan ini di Instagram", 0, drop},
		{"Sebuah kiriman dibagikan oleh Warta Pagi (@wartapagi)", 0, drop},
		{"Follow", 0, drop},
		{"Follow-up talks are planned for next week in the capital, officials said.", 0, keep},
		{"Share-based pay rose by a third last year, the filing showed.", 0, keep},
		{"Follow the money, the prosecutor told the jury on Tuesday.", 0, keep},
		{"Toggle caption", 0, drop},
		{"Related Posts", 0, dropRelated},
		{"- Advertisement -", 0, drop},
		{"— Iklan —", 0, drop},
		{"- 30 -", 0, keep},
		{"Topik Menarik", 0, dropRelated},
		{"Kamu Mungkin Suka", 0, dropRelated},
		{"Follow Instagram @wartapagi untuk info terbaru", 0, drop},
		{"Embed <> More Videos", 0, drop},
		{"Email this story", 0, drop},
		{"Most Popular", 0, dropRelated},
		{"(Baca juga: Harga cabai naik di pasar induk)", 0, dropRelated},
		{"[Advertisement]", 0, drop},
		{"(The mayor did not reply to a request for comment.)", 0, keep},
		{"(Baca juga) dan (lihat juga) adalah dua label.", 0, keep},
		{"In diesem Beitrag sind Affiliate-Links enthalten. Kaufen Sie dort, erhalten wir eine kleine Provision.", 0, drop},
		{"Dieser Artikel enthält Affiliate-Links. Der Preis ändert sich für Sie nicht.", 0, drop},
		{"Alle mit einem Sternchen gekennzeichneten Links sind Affiliate-Links. Kommt ein Kauf zustande, erhalten wir eine Provision – ohne Mehrkosten für Sie.", 0, drop},
		{"Der Händler verdient an jedem Kauf, weil viele Verweise auf seiner Seite in Wahrheit Affiliate-Links sind, sagte die Verbraucherschützerin am Dienstag vor dem Ausschuss in Mainz.", 0, keep},
		{"An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten Inhalt eines Drittanbieters.", 0, drop},
		{"An dieser Stelle finden Sie einen Gedenkstein, der an die Flut von 1962 erinnert.", 0, keep},
		{"Follow the Coast Herald on Google News", 0, drop},
		{"Baca berita selengkapnya di sini", 0, drop},
		{"Ikuti Warta Timur di Google News", 0, drop},
		{"Simak berita terbaru lainnya di kanal kami", 0, drop},
		{"Scroll ke bawah untuk membaca", 0, drop},
		{"Selanjutnya", 0, drop},
		{"Selanjutnya, polisi memeriksa tiga saksi di lokasi.", 0, keep},
		{"Halaman selanjutnya", 0, drop},
		{"Lesen Sie mehr", 0, drop},
		{"Zur Startseite", 0, drop},
		{"Lire la suite", 0, drop},
		{"Leer más", 0, drop},
		{"Seguir leyendo", 0, drop},
		{"Lo más leído", 0, dropRelated},
		// Follow prompts naming the account before the network, and
		// sentences that only start like them.
		{"Follow the Coast Herald Opinion desk on Facebook, Twitter (@CoastOpinion) and Instagram.", 0, drop},
		{"Follow @CoastDeals on Twitter to keep up with the latest offers. Prices may change.", 0, drop},
		{"Follow him on Instagram for more recipes.", 0, drop},
		{"Follow our full coverage of the harbour strike at https://example.org/strike", 0, drop},
		{"Follow-up tests on Tuesday showed the water was safe.", 0, keep},
		{"Follow the money, the inspector told the committee on Tuesday, and you will find who paid for the ferry contract.", 0, keep},
		{"Followers on Twitter quickly shared the video.", 0, keep},
		{"Folgen Sie der Redaktion auf Twitter", 0, drop},
		{"Suivez Le Courrier du Port sur Facebook", 0, drop},
		{"Sigue a El Diario del Puerto en Instagram", 0, drop},
		{"Ikuti Warta Timur di Instagram @wartatimur", 0, drop},
		{"Ikuti terus perkembangan kasus ini, kata polisi di Instagram.", 0, keep},
		// Newsletter and membership promotions.
		{"There's more where that came from. Sign up for The Morning Ledger today to get the free daily newsletter in your inbox.", 0, drop},
		{"If you enjoyed this article, we have an offer for you: join our members' club.", 0, drop},
		{"Get Coast Cycling delivered every month. 12 issues for £20. Click here for more information.", 0, drop},
		{"Melden Sie sich jetzt für unseren Newsletter an.", 0, drop},
		{"The council said residents could sign up online, and a newsletter would follow in spring once the consultation had closed and the results had been counted by officials.", 0, keep},
		// Copyright, comment and widget notices.
		{"This document is subject to copyright. Apart from fair dealing, no part may be reproduced.", 0, drop},
		{"Note: we are temporarily moderating all comments to deal with spam.", 0, drop},
		{"An error has occurred, please try again later.", 0, drop},
		{"An error has occurred in the signalling system, the rail operator said on Monday.", 0, keep},
		{"© Harian Pelabuhan. Todos los derechos reservados.", 0, drop},
		{"Tous droits réservés", 0, drop},
		// Korean, Japanese and Chinese copyright footers and photo
		// credits, and sentences that only mention copying.
		{"저작권자 ⓒ 바다일보(www.badailbo.example), 무단전재 및 재배포금지", 0, drop},
		{"저작권자 © 한빛뉴스 무단전재 및 재배포 금지", 0, drop},
		{"ⓒ 한빛뉴스", 0, drop},
		{"<저작권자(c) 한빛통신, 무단 전재-재배포 금지>", 0, drop},
		{"무단전재 및 재배포 금지", 0, drop},
		{"[사진=바다방송, 한빛엔터]", 0, drop},
		{"(사진=한빛통신)", 0, drop},
		{"경찰은 사진을 무단으로 재배포한 혐의로 30대 남성을 입건했다고 밝혔다.", 0, keep},
		{"無断転載を禁じます", 0, drop},
		{"Copyright © 港湾新闻 版权所有", 0, drop},
		{"未经授权不得转载", 0, drop},
		// Comment moderation notices and offer prompts.
		{"Bitte achten Sie darauf, dass Ihre Kommentare sachlich bleiben. Beleidigungen werden gelöscht, und die Redaktion behält sich vor, Beiträge ohne Angabe von Gründen zu entfernen, wenn sie gegen die Regeln verstoßen.", 0, drop},
		{"Bitte achten Sie darauf, dass die Straße bis Freitag gesperrt bleibt, teilte die Stadt mit.", 0, keep},
		{"ATENÇÃO: Comentários ofensivos ou fora do tema não serão publicados pela equipe do portal.", 0, drop},
		{"Comentários com palavrões não serão aprovados.", 0, drop},
		{"Los comentarios con insultos no serán aprobados.", 0, drop},
		{"Nouveau : découvrez nos offres numériques !", 0, drop},
		{"Découvrez nos offres", 0, drop},
		{"Les clients découvrent nos offres de printemps dans les magasins du port depuis lundi, selon la direction, qui espère doubler ses ventes d'ici la fin de l'été et ouvrir deux nouvelles boutiques en centre-ville.", 0, keep},
		// Video, comment, tip, republication, social and app prompts.
		{"Click to watch the full interview.", 0, drop},
		{"Related Videos", 0, dropRelated},
		{"Have a news tip? Write to desk@example.org", 0, drop},
		{"This article is republished from The Campus Review under a Creative Commons license.", 0, dropSource},
		{"Reprinted with permission from the Harbour Times.", 0, drop},
		{"SUBSCRIBE", 0, drop},
		{"Subscribers to the ferry service will pay less from May.", 0, keep},
		{"Tap here to get breaking news alerts", 0, drop},
		{"Lihat Video: Banjir Rob di Pesisir Utara", 0, drop},
		{"Lihat videonya, warga berlarian ke luar rumah.", 0, keep},
		{"Berita ini telah diperbarui pukul 14.00 WIB.", 0, drop},
		{"Hinweis: Dieser Artikel wurde aktualisiert.", 0, drop},
		{"Vidéo - Le port sous la neige", 0, dropRelated},
		{"Únete a nuestro canal de WhatsApp", 0, drop},
		// Portal prompts: "Baca:", pages, tags, share, comments.
		{"Baca: Harga Gabah Turun di Tingkat Petani", 0, dropRelated},
		{"Baca buku itu membuat saya paham sejarah kota ini.", 0, keep},
		{"Jangan Lewatkan Video Terbaru:", 0, drop},
		{"Halaman 2", 0, drop},
		{"Halaman 2 laporan itu memuat daftar penerima bantuan.", 0, keep},
		{"Tag: banjir, pesisir", 0, drop},
		{"Tags: ferry, fares", 0, drop},
		{"Bagikan artikel ini", 0, drop},
		{"Silakan login untuk berkomentar", 0, drop},
		{"Ikuti terus berita terbaru seputar pemilu di kanal kami", 0, drop},
		// Source lines leave the text as source lines.
		{"Sumber : Antara", 0, dropSource},
		{"Quelle: dpa", 0, dropSource},
		{"Fuente: EFE", 0, dropSource},
		{"Fonte: Agência Lusa", 0, dropSource},
		{"Kilde: NTB", 0, dropSource},
		{"Bron: ANP", 0, dropSource},
		{"Källa: TT", 0, dropSource},
		{"Bronnen in de stad zeggen dat de brug dicht blijft.", 0, keep},
		{"The dock at dusk, after the storm had passed. (credit: Harbour Authority/Ana Ruiz)", 0, dropCredit},
		{"Sumber air warga tercemar limbah pabrik.", 0, keep},
		{"Source code for the app was published on Monday.", 0, keep},
		// Widget labels of German, French and Spanish pages.
		{"Empfehlungen der Redaktion", 0, dropRelated},
		{"Artikel merken", 0, drop},
		{"Teilen Sie diesen Artikel", 0, drop},
		{"Vous aimerez aussi", 0, dropRelated},
		{"Cet article vous est offert par la rédaction.", 0, drop},
		{"En savoir plus sur la réforme, le ministre a répondu aux questions.", 0, keep},
		{"Noticia relacionada: El puerto cierra", 0, dropRelated},
		{"Etiquetas: puerto, huelga", 0, drop},
		{"Temas que preocupan a los vecinos del barrio fueron debatidos.", 0, keep},
		// Correction notes, reprint notices, disclaimers (invented wording).
		{"Correction: An earlier version of this story gave the wrong date for the vote.", 0, drop},
		{"Correction added May 2, 2022: The ferry leaves at nine, not ten.", 0, drop},
		{"An earlier version of this article misstated the mayor's age.", 0, drop},
		{"Correction officers at the county jail voted to strike.", 0, keep},
		{"Clarification — the fund is run by the city, not the state.", 0, drop},
		{"Korrektur: In einer früheren Version hieß es, die Brücke sei gesperrt.", 0, drop},
		{"Rectificatif : le pont rouvrira lundi, et non mardi.", 0, drop},
		{"Fe de errores: el puente abrirá el lunes.", 0, drop},
		{"This story was reprinted on Harbourdaily.com.", 0, drop},
		{"The views and opinions expressed in this column do not necessarily reflect those of the Valley Post.", 0, drop},
		{"The views of the valley from the ridge are worth the climb.", 0, keep},
		// Newsletter, WhatsApp, trial, rating, comment and bookmark prompts.
		{"Read more of our latest food stories by signing up to our free weekly newsletter", 0, drop},
		{"You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.", 0, drop},
		{"Leave a comment below and tell us your favourite trail.", 0, drop},
		{"More AP soccer: https://example.org/soccer", 0, drop},
		{"Kassel-Newsletter: Jetzt kostenlos anmelden!", 0, drop},
		{"3 Wochen kostenlos testen", 0, drop},
		{"Folgst du schon dem Hafenblatt auf Whatsapp?", 0, drop},
		{"Die Rundschau auch bei Social Media – ob Instagram oder Facebook.", 0, drop},
		{"Wie hat Ihnen dieser Artikel gefallen?", 0, drop},
		{"→ Teilen und weiterempfehlen", 0, drop},
		{"Guter Journalismus braucht Ihre Unterstützung.", 0, drop},
		{"Wie schmeckt dir Fenchel? Teile deine Rezepte mit der Community.", 0, drop},
		{"✕ Sie waren kurz weg, Ihr zuletzt gelesener Artikel wurde hier für Sie gemerkt.", 0, drop},
		{"Die Teilnehmer folgten dem Aufruf auf WhatsApp und kamen zum Rathaus, wo der Bürgermeister über die Pläne für den Hafen und die neue Brücke sprach.", 0, keep},
		// Promotions of live coverage, podcasts, newsletters and galleries
		// that open with no fixed phrase, and sentences that look like them.
		{"Morning briefing: Follow live updates from the harbour summit.", 0, drop},
		{"Follow live updates from the count in Westbridge.", 0, drop},
		{"Follow our live coverage of the ferry strike here.", 0, drop},
		{"Fans could follow live updates of the match on big screens in the square.", 0, keep},
		{"Catch up on the week's council news with our reporters on our weekly podcast, “Town Talk.”", 0, drop},
		{"Catch up on the campaign with our politics podcast.", 0, drop},
		{"Catch up on sleep, doctors say, before starting any new podcast.", 0, keep},
		{"Listen to the crowd and you hear how tired the town is.", 0, keep},
		{"Listen to them live at the Harbour Club and you understand why every date sold out.", 0, keep},
		{"You can also subscribe to this newsletter here — tick the morning box.", 0, drop},
		{"Readers can sign up for this newsletter on the Valley Post site.", 0, drop},
		{"The union urged members to subscribe to the newsletter it launched in March.", 0, keep},
		{"See more photos:", 0, dropRelated},
		{"More photos", 12, dropRelated},
		{"More photos of the flooded market emerged on Tuesday, showing stalls under water.", 0, keep},
		// Update notices in the past tense, as in the present perfect.
		{"This article was updated on March 4 to correct the ferry operator's name.", 0, drop},
		{"This story was updated at 6 p.m. with a statement from the harbour board.", 0, drop},
		{"This post was updated with the final results.", 0, drop},
		{"This story was corrected to show the vote took place on Tuesday.", 0, drop},
		{"The study was updated last year, the authors said, after new data came in.", 0, keep},
		// Russian headings of reader comments and reviews and of most-read
		// lists; a sentence that opens with the same words stays.
		{"Отзывы", 0, drop},
		{"Добавить комментарий", 0, drop},
		{"Самые читаемые", 14, dropRelated},
		{"Самые популярные маршруты в горах открываются только в июле, сообщили спасатели.", 0, keep},
		{"Отзывы туристов о новой канатной дороге оказались в основном положительными.", 0, keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, tt.linkChars); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestCreditLine(t *testing.T) {
	tests := map[string]bool{
		"KOMPAS.com/NABILLA TASHANDRA":          true,
		"François WALSCHAERTS / POOL / AFP":     true,
		"(ANTARA/Galih Pradipta)":               true,
		"Harga naik 10/20 persen kata menteri.": false,
		"Lihat https://example.com/a/b":         false,
		"The ratio was 3/4 of the vote":         false,
		"Erin Lowe/Pool/Getty Images":           true,
		"Jana Novak/AFP":                        true,
		"Warga/pengunjung memadati pasar":       false,
		"Hari Senin/Selasa libur":               false, // "libur" is no name
		// The desk's initials closing a wire credit.
		"ANTARA FOTO/Rudi Hartono/wsj.": true,
		"ANTARA/Sari Wulandari/abc":     true,
		"KOMPAS.com/RUDI HARTONO/foc":   true,
		"Warga memadati pasar/foc.":     false,
		"Harga naik 10/20 persen/rp.":   false,
	}
	for s, want := range tests {
		if got := creditLine(s); got != want {
			t.Errorf("creditLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestClassify(t *testing.T) {
	lx := builtin()
	tests := []struct {
		attr              string
		pos, weak, strong bool
	}{
		{"article-body", true, false, false},
		{"relatedArticles", false, false, true},
		{"comments-area", false, false, true},
		{"main-content has-sidebar", true, true, false},
		{"commentary", false, false, false}, // a word, not a prefix
		{"theiaStickySidebar", false, true, false},
		{"article-photo-gallery--item__description", false, true, false}, // the last word decides
		{"sidebar-content", true, false, false},
		{"post hentry tag-social-media category-kultur", false, false, false}, // topic labels
		{"article tag-related", true, false, false},
		{"site__post-excerpt", false, false, true}, // a standfirst: the body does not repeat it
	}
	for _, tt := range tests {
		p, w, s := lx.classify(tt.attr)
		if p != tt.pos || w != tt.weak || s != tt.strong {
			t.Errorf("classify(%q) = %v %v %v, want %v %v %v", tt.attr, p, w, s, tt.pos, tt.weak, tt.strong)
		}
	}
}

func TestLexiconFiles(t *testing.T) {
	lx, err := loadLexicon(lexiconFS)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.phrases) < 50 || len(lx.hints) < 30 {
		t.Errorf("lexicon has %d phrases and %d hints; files not read?", len(lx.phrases), len(lx.hints))
	}
	for _, p := range lx.phrases {
		if p.text == "" || p.text != lowerFold(p.text) {
			t.Errorf("phrase %q not normalised", p.text)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	tests := map[string]bool{
		"He left.":                       true,
		"Did he?\"":                      true,
		"“We are ready.”":                true,
		"« Nous partons. »":              true,
		"私は行きます。":                        true,
		"वह चला गया।":                    true,
		"Read more":                      false,
		"Harga naik 5 persen di Jakarta": false,
		"Café":                           false,
		"Öffnungszeiten: 9–17 Uhr":       false,
	}
	for s, want := range tests {
		if got := endsSentence(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCopyrightLine(t *testing.T) {
	tests := map[string]bool{
		"Copyright 2024 Example News. All rights reserved": true,
		"Hak Cipta 2023 PT Kabar Media":                    true,
		"Copyright law protects songs for seventy years.":  false,
		"Copyright 20 years ago was different.":            false,
	}
	for s, want := range tests {
		if got := copyrightLine(s); got != want {
			t.Errorf("copyrightLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLowerInto checks lowerInto against lowerFold, with invalid
// bytes and runes whose lower case is longer or ASCII.
func TestLowerInto(t *testing.T) {
	pieces := []string{"A", "z", " ", "É", "İ", "Ⱥ", "K", "ß", "’", "\xff", "\xe2\x80", "\ufffd", "漢", "Σ", "А", "ѕ", "ж"}
	r := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		var buf [8]byte
		if got, want := lowerInto(buf[:0], s), lowerFold(s); got != want {
			t.Fatalf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestJudgeIndexOrder checks that judge, asking byTwo and ones before
// byFirst, finds the same verdict as trying every prefix-mode phrase by
// first byte in the order added, on texts made from every phrase (the
// phrase alone, cut to its first byte or two, followed by a name or
// prose), and with a site's extra phrases on top.
func TestJudgeIndexOrder(t *testing.T) {
	for _, extra := range [][]string{nil, {"a", "ab *", "Sponsored by *", "x"}} {
		lx := builtin().withExtra(extra)
		ref := &lexicon{
			phrases:   lx.phrases,
			byFirst:   map[byte][]int{},
			within:    lx.within,
			numbered:  lx.numbered,
			dated:     lx.dated,
			hints:     lx.hints,
			dateWords: lx.dateWords,
		}
		for i, p := range lx.phrases {
			if !p.byline && !p.numbered && p.parts == nil && p.mode != matchWithin {
				ref.byFirst[p.text[0]] = append(ref.byFirst[p.text[0]], i)
			}
		}
		tried := 0
		for _, p := range lx.phrases {
			for _, s := range []string{p.text, p.text[:1], p.text[:min(2, len(p.text))], p.text + " Dewi Lestari",
				p.text + ": Rafael Ortega", p.text + " the council met on Tuesday to discuss the budget for next year."} {
				for _, links := range []int{0, len(s)} {
					tried++
					if got, want := lx.judge(s, links), ref.judge(s, links); got != want {
						t.Errorf("extra %q: judge(%q, %d) = %v, want %v", extra, s, links, got, want)
					}
				}
			}
		}
		if tried < 1000 {
			t.Fatalf("only %d texts tried", tried)
		}
	}
}

// TestByTwoLists checks byTwo's invariant directly: each list holds, in
// the order added, exactly the prefix-mode phrases of its first byte
// that are one byte long or have its second byte; ones the one-byte ones.
func TestByTwoLists(t *testing.T) {
	checkByTwo(t, builtin())
	// One-byte phrases (none in the files today) before and after
	// longer ones of their first byte, and a later list of that byte.
	lx, err := loadLexicon(fstest.MapFS{"lexicon/xx.txt": {Data: []byte("ab *\na\nac *\nb\nad *\n> a\nba *\nzz\n")}})
	if err != nil {
		t.Fatal(err)
	}
	checkByTwo(t, lx)
	if len(lx.ones['a']) != 2 || len(lx.byTwo['a'<<8|'d']) != 3 {
		t.Errorf("ones[a] = %v, byTwo[ad] = %v: want 2 and 3 phrases", lx.ones['a'], lx.byTwo['a'<<8|'d'])
	}
}

func checkByTwo(t *testing.T, lx *lexicon) {
	t.Helper()
	if len(lx.byFirst) != 0 {
		t.Fatalf("byFirst holds %d lists after indexing, want none", len(lx.byFirst))
	}
	want := map[uint16][]int{}
	wantOnes := map[byte][]int{}
	for k := range lx.byTwo {
		want[k] = nil
	}
	for i, p := range lx.phrases {
		if p.byline || p.numbered || p.parts != nil || p.mode == matchWithin {
			continue
		}
		if len(p.text) == 1 {
			wantOnes[p.text[0]] = append(wantOnes[p.text[0]], i)
		}
		for k := range want {
			if byte(k>>8) == p.text[0] && (len(p.text) == 1 || byte(k) == p.text[1]) {
				want[k] = append(want[k], i)
			}
		}
		if len(p.text) > 1 {
			if _, ok := lx.byTwo[uint16(p.text[0])<<8|uint16(p.text[1])]; !ok {
				t.Errorf("phrase %q has no list", p.text)
			}
		}
	}
	for k, w := range want {
		if !slices.Equal(lx.byTwo[k], w) {
			t.Errorf("byTwo[%q] = %v, want %v", []byte{byte(k >> 8), byte(k)}, lx.byTwo[k], w)
		}
	}
	for b, w := range wantOnes {
		if !slices.Equal(lx.ones[b], w) {
			t.Errorf("ones[%q] = %v, want %v", b, lx.ones[b], w)
		}
	}
}

// TestWithinPairs: judge skips a "*phrase*" entry whose first or last
// pair of bytes the block lacks. Every such entry of the files, and a
// site's added one, is still found inside invented blocks around it
// (the filter never rules out a true match); and the filter does rule out
// entries a block plainly lacks, or it saves nothing.
func TestWithinPairs(t *testing.T) {
	lx := builtin().withExtra([]string{"*please reload the live ticker*"})
	around := [][2]string{
		{"", ""},
		{"the editors say ", " today."},
		{"x", "y"},
		{"néanmoins, ", " — ok"},
	}
	paired := 0
	for _, i := range lx.within {
		p := &lx.phrases[i]
		if p.paired {
			paired++
		}
		for _, a := range around {
			text := lowerFold(a[0] + p.text + a[1])
			var s pairSet
			s.addAll(text)
			if p.paired && !(s.has(p.pairs[0]) && s.has(p.pairs[1])) {
				t.Errorf("%q: the pairs of %q are not all set", text, p.text)
			}
		}
	}
	if paired < 20 {
		t.Errorf("only %d paired entries: filter unused", paired)
	}
	var s pairSet
	s.addAll("the council met on tuesday")
	ruled := 0
	for _, i := range lx.within {
		if p := &lx.phrases[i]; p.paired && !(s.has(p.pairs[0]) && s.has(p.pairs[1])) {
			ruled++
		}
	}
	if ruled < len(lx.within)/2 {
		t.Errorf("a short unrelated line rules out only %d of %d entries", ruled, len(lx.within))
	}
	// The judge still finds a site's added entry, after the built-in ones.
	if v := lx.judge("Please reload the live ticker", 0); v == keep {
		t.Errorf("site's within entry not matched")
	}
}

// TestDatedFirst checks judge's first-byte filter of the dated phrases
// against the full loop it skips: on texts that fill each phrase's slots
// with dates, and on a site phrase that opens with its slot, every text
// some dated phrase matches has its first byte marked.
func TestDatedFirst(t *testing.T) {
	site := builtin().withExtra([]string{"{date} the editors revised *"})
	if site.datedFirst == builtin().datedFirst {
		t.Fatalf("a phrase opening with its slot marked no further bytes")
	}
	for _, lx := range []*lexicon{builtin(), site} {
		checkDatedFirst(t, lx)
	}
}

func checkDatedFirst(t *testing.T, lx *lexicon) {
	dates := []string{"3 november 2026", "12.05.2025, 9:30", "mardi 4 mars"}
	matched := 0
	for _, i := range lx.dated {
		p := &lx.phrases[i]
		for _, d := range dates {
			for _, text := range []string{
				strings.Join(p.parts, " "+d+" ") + " for clarity",
				strings.ToUpper(strings.Join(p.parts, " "+d+" ")),
				"x " + strings.Join(p.parts, " "+d+" "),
			} {
				text = strings.TrimSpace(text)
				if text == "" {
					continue
				}
				var buf [judgeHead]byte
				lower := lowerInto(buf[:0], head(text, judgeHead))
				any := false
				for _, j := range lx.dated {
					if lx.matchesDated(&lx.phrases[j], lower, len(text) <= judgeHead, len(text), 0) {
						any = true
					}
				}
				if any {
					matched++
					if !lx.datedFirst[lower[0]] {
						t.Errorf("%q matches a dated phrase, but its first byte %q is not marked", text, lower[0])
					}
				}
			}
		}
	}
	if matched < len(lx.dated) {
		t.Errorf("only %d texts matched %d dated phrases: the test reads too little", matched, len(lx.dated))
	}
}

// TestPairBits checks that each within phrase's pairAt and pairBit test
// the bits pairSet.has tests for its pairs, on the pair sets of texts
// made from the phrases and of prose.
func TestPairBits(t *testing.T) {
	lx := builtin()
	texts := []string{"", "the council met on tuesday to discuss the budget for next year.", "ab"}
	for _, i := range lx.within {
		texts = append(texts, lx.phrases[i].text, lx.phrases[i].text[1:])
	}
	paired, present := 0, 0
	for _, tx := range texts {
		var s pairSet
		s.addAll(tx)
		for _, i := range lx.within {
			p := &lx.phrases[i]
			if !p.paired {
				continue
			}
			paired++
			for k := range p.pairs {
				got, want := s[p.pairAt[k]&15]&p.pairBit[k] != 0, s.has(p.pairs[k])
				if got != want {
					t.Errorf("%q in %q: pair %d by its bit %v, by has %v", p.text, tx, k, got, want)
				}
				if want {
					present++
				}
			}
		}
	}
	if paired == 0 || present == 0 || present == 2*paired {
		t.Fatalf("%d pairs, %d present: the table tells nothing", 2*paired, present)
	}
}

// TestWithinIndex checks judge's index of the within phrases (withinIdx)
// against the loop over every phrase it replaces: the same verdict on
// blocks made from each phrase (whole, cut at either end, glued to other
// words, two phrases in one block) and on invented prose, for the
// built-in lexicon and for one with a site's phrases added, within
// phrases (short ones among them) or none, where the built-in index is
// shared.
func TestWithinIndex(t *testing.T) {
	for _, extra := range [][]string{nil, {"*q*", "*zz top fan club*", "*kindly reload * ticker*"}, {"Brought to you by *", "x"}} {
		lx := builtin().withExtra(extra)
		if lx.withinIdx == nil {
			t.Fatalf("no within index for %d phrases", len(lx.within))
		}
		loop := *lx
		loop.withinIdx = nil
		texts := []string{"", "a", "the council met on tuesday to discuss the budget.",
			"Harbour lights dimmed early, said the ferry clerk, Ola Brandt.", "zz", "q q q"}
		for k, i := range lx.within {
			p := lx.phrases[i].text
			next := lx.phrases[lx.within[(k+1)%len(lx.within)]].text
			texts = append(texts, p, p[1:], p[:len(p)-1], "Notes: "+p+" today", p+" "+next, next+", "+p+".",
				strings.ToUpper(p), "x"+p+"y")
		}
		tried := 0
		for _, tx := range texts {
			for _, links := range []int{0, len(tx)} {
				got, want := lx.judgeBare(tx, links), loop.judgeBare(tx, links)
				if got != want {
					t.Errorf("judgeBare(%q, %d) = %v with the index, %v by the loop", tx, links, got, want)
				}
				if want != keep {
					tried++
				}
			}
		}
		if tried < len(lx.within) {
			t.Errorf("only %d of the texts were judged boilerplate: the test tells little", tried)
		}
	}
}

// TestWithExtraShared: pages of one site share the lexicon their rule's
// phrases make (withExtra keeps it), whatever slice holds the phrases; a
// different list, even one whose phrases joined read the same, gets its
// own, built as buildExtra builds it.
func TestWithExtraShared(t *testing.T) {
	lx := builtin()
	first := lx.withExtra([]string{"*read the evening briefing*", "{date} corrected by the desk *"})
	again := lx.withExtra(append([]string(nil), "*read the evening briefing*", "{date} corrected by the desk *"))
	if first != again {
		t.Error("the same phrases in another slice built a second lexicon")
	}
	if lx.withExtra(nil) != lx {
		t.Error("no phrases: want the lexicon itself")
	}
	for _, pair := range [][2][]string{
		{{"*read the evening briefing*"}, {"*read the evening", "briefing*"}},
		{{"1:a", "b"}, {"1", "a", "b"}},
	} {
		a, b := lx.withExtra(pair[0]), lx.withExtra(pair[1])
		if a == b {
			t.Errorf("%q and %q share a lexicon", pair[0], pair[1])
		}
		if want := lx.buildExtra(pair[0]); len(a.phrases) != len(want.phrases) || len(a.within) != len(want.within) {
			t.Errorf("%q: kept lexicon differs from a built one", pair[0])
		}
	}
	text := "Read the evening briefing for more."
	if got, want := lx.withExtra([]string{"*read the evening briefing*"}).judge(text, 0), lx.buildExtra([]string{"*read the evening briefing*"}).judge(text, 0); got != want {
		t.Errorf("judge(%q) = %v with the kept lexicon, %v with a built one", text, got, want)
	}
}
