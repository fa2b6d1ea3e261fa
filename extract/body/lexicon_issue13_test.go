package body

import "testing"

// TestIssue13BoilerplateClasses: the classes of boilerplate issue 13 names
// (syndication lines, page markers, update notices, video prompts,
// newsletter pitches, credit labels, campaign slogans) in wordings of each
// language beyond the ones seen first. Each leaves the text with the
// verdict of its class; prose that opens with the same words stays.
func TestIssue13BoilerplateClasses(t *testing.T) {
	lx := builtin()
	tests := []judgeCase{
		// Syndication lines: kept as source lines.
		{"Artikel ini telah dimuat di Kota Pos dengan judul \"Jembatan Baru Dibuka\"", dropSource},
		{"Tulisan ini telah tayang di Warta Pesisir.", dropSource},
		{"A version of this story appeared in the Valley Ledger.", dropSource},
		{"This story was first published by the Harbour Courier.", dropSource},
		{"This story was produced by Coastline News, a nonprofit newsroom.", dropSource},
		{"Der Artikel erschien zuerst im Talboten.", dropSource},
		{"Dieser Beitrag ist zuerst auf talbote.example erschienen.", dropSource},
		{"Cet article est republié à partir du Courrier du Port.", dropSource},
		{"Esta nota fue publicada originalmente en El Faro del Sur.", dropSource},
		// Page markers and pagers.
		{"Continued on page 4", drop},
		{"Weiter auf Seite 2", drop},
		{"Nächste Seite", drop},
		{"Page suivante", drop},
		{"Página siguiente", drop},
		// Update notices.
		{"Updated at 6:10 p.m. with a statement from the harbour master.", drop},
		{"Berita ini akan terus diperbarui.", drop},
		{"Dieser Artikel wird laufend aktualisiert.", drop},
		{"Article en cours d'actualisation", drop},
		{"Noticia en desarrollo", drop},
		// Video prompts.
		{"Im Video: Die neue Brücke über den Fluss", drop},
		{"Video abspielen", drop},
		{"Regardez la vidéo", drop},
		{"Vídeo: Así se inauguró el nuevo puente", dropRelated},
		{"VÍDEO | El puente nuevo, desde el aire", dropRelated},
		{"Ver vídeo", drop},
		// Newsletter pitches that promise the reader's mailbox.
		{"Get the Valley Ledger newsletter delivered to your inbox every weekday.", drop},
		{"Der Talbote-Newsletter bringt Ihnen jeden Abend das Wichtigste direkt in Ihr Postfach.", drop},
		{"Jetzt zum Newsletter anmelden", drop},
		{"Hier geht's zur Anmeldung", drop},
		{"Recevez chaque soir notre newsletter", drop},
		{"Recibe cada tarde nuestro boletín", drop},
		{"Dapatkan newsletter mingguan kami di email Anda.", drop},
		// A bare credit label.
		{"Credit: Ana Lima", dropCredit},
		// Campaign slogans.
		{"**Ingat #PesanIbu", drop},
		{"Pakai masker, cuci tangan pakai sabun, jaga jarak, dan jauhi kerumunan.", drop},
		// Prose that opens alike stays.
		{"Artikel ini telah dimuat ulang oleh banyak pembaca, kata redaksi.", keep},
		{"The newsletter was mailed to every household in the valley last week.", keep},
		{"Credit card fees rise again as banks pass on their costs.", keep},
		{"Im Video sieht man, wie die Fähre am Kai anlegt.", keep},
		{"Regardez la vidéo publiée par la mairie, a dit le maire.", keep},
		{"Nächste Seite der Geschichte schlug die Stadt 1920 auf.", keep},
		{"Updated figures show the harbour handled 2,000 ships.", keep},
		{"Recibe el premio el alcalde del puerto por su boletín informativo.", keep},
		{"Pakai masker, cuci tangan pakai sabun menjadi kebiasaan baru warga desa itu.", keep},
		{"Noticia en desarrollo sobre el puerto, dijo el alcalde, que pidió calma a los vecinos.", keep},
	}
	checkJudge(t, lx, tests)
}

// TestPhotoCreditWordings: photo credits in the wordings beyond "Foto:"
// and "Photo:" (plural and short labels, a credit written as a phrase,
// an illustration or archive photo, a stock library alone, a credit
// given in brackets after its label) leave the text as credits; prose
// that opens with the same words stays.
func TestPhotoCreditWordings(t *testing.T) {
	lx := builtin()
	tests := []judgeCase{
		{"Photos: Mara Quist", dropCredit},
		{"Pic: Harbour Press Agency", dropCredit},
		{"Picture: Supplied", dropCredit},
		{"Supplied", dropCredit},
		{"File photo", dropCredit},
		{"Illustration: Tom Brandt", dropCredit},
		{"Photo by Lena Ortiz on Unsplash", dropCredit},
		{"Photograph by Ruth Okafor for the Valley Ledger", dropCredit},
		{"Photo courtesy of the lifeboat station", dropCredit},
		{"Image via Wikimedia Commons", dropCredit},
		{"Foto ilustrasi", dropCredit},
		{"Tangkapan layar", dropCredit},
		{"Dokumentasi pribadi", dropCredit},
		{"Fotos: Jonas Berg", dropCredit},
		{"Ilustración: Marta Gil", dropCredit},
		{"Photo d'illustration", dropCredit},
		{"Foto de archivo", dropCredit},
		{"Getty Images", dropCredit},
		{"Shutterstock", dropCredit},
		{"iStockphoto", dropCredit},
		{"Ilustrasi (Pustaka Gambar)", dropCredit},
		{"Foto (Dok. Warga)", dropCredit},
		// A credit in brackets on its own line goes alone (judge).
		{"(Photo courtesy of the ferry company)", drop},
		// Prose that opens alike stays.
		{"Pictures of the flooded quay spread quickly on social media that night.", keep},
		{"Supplied water ran out in the third week, the council said.", keep},
		{"Graphic content warnings were added to the footage by the broadcaster.", keep},
		{"(Graphic: Ferry traffic in 2024 - here)", keep},
		{"Foto (kiri ke kanan) Budi dan Ani saat peresmian jembatan di desa itu.", keep},
		{"Photo booths were set up along the harbour for the festival.", keep},
	}
	checkJudge(t, lx, tests)
}

// judgeCase is a block's text and the verdict judge should give it.
type judgeCase struct {
	text string
	want verdict
}

// checkJudge reports each case whose verdict is not the one wanted.
func checkJudge(t *testing.T, lx *lexicon, tests []judgeCase) {
	t.Helper()
	for _, tt := range tests {
		if got := lx.judge(tt.text, 0); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
