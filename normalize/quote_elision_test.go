package normalize

import (
	"strings"
	"testing"
)

// TestQuoteElidedSingleMark holds a ‘ that a site printed for an
// apostrophe: glued to letters ("Quill‘s"), before an elision tail
// ("isn ‘t", "rock ‘n’ roll") or a decade ("the ‘90s"). It opens no
// quotation, so the quotation after it is read whole; a ‘ that opens
// speech is still read as a quote.
func TestQuoteElidedSingleMark(t *testing.T) {
	lx := loadLexicon()
	checkQuotes(t, lx, []quoteCase{
		{name: "glued to letters", lang: "en", paras: []string{
			`Marta Quill‘s new record sold well, and her producer Dev Osei said, “Nobody expected the second week to be bigger.”`,
		}, want: []string{"Dev Osei: Nobody expected the second week"}},
		{name: "contraction tail after a space", lang: "en", paras: []string{
			`The carmaker isn ‘t slowing down on new models, and its chief Ilse Brand said, “We will build four more of them this year.”`,
		}, want: []string{"Ilse Brand: We will build four more"}},
		{name: "decade", lang: "en", paras: []string{
			`Fans of the ‘90s sound packed the hall, and the singer Lena Voss said, “We played every song we wrote back then.”`,
		}, want: []string{"Lena Voss: We played every song"}},
		{name: "rock n roll", lang: "en", paras: []string{
			`They still play rock ‘n’ roll every night, and Omar Field said: “The crowd wants the old songs and we love them.”`,
		}, want: []string{"Omar Field: The crowd wants the old songs"}},
		{name: "a single mark that opens speech", lang: "en", paras: []string{
			`‘We will not give up on this town,’ said Ann Pike.`,
		}, want: []string{"Ann Pike: We will not give up"}},
		{name: "closing mark of low single quotes", lang: "de", paras: []string{
			`Die Firma nennt das Vorhaben intern ‚Nordlicht‘ und will im Herbst beginnen. „Wir sind gut vorbereitet und haben genug Personal“, sagte Eva Roth.`,
		}, want: []string{"Eva Roth: Wir sind gut vorbereitet"}},
		{name: "Dutch elided article", lang: "nl", paras: []string{
			`Op ‘t einde van de avond zei burgemeester Joris Mertens: “We gaan dit plein volgend jaar opnieuw aanleggen.”`,
		}, want: []string{"Joris Mertens: We gaan dit plein"}},
	})
}

// TestQuoteElidedPossessive holds a possessive printed with ‘ ("Dorsey‘s
// mother"): like "Dorsey’s", the word names whose the noun is, so it is
// never read as the speaker's name with the mark glued on.
func TestQuoteElidedPossessive(t *testing.T) {
	lx := loadLexicon()
	paras := []string{`Rena Dorsey has praised the new album. Speaking at a fair, Milo Dorsey‘s mother said, “I played it twice before breakfast.”`}
	qs := lx.readArticleQuotes(articleInfo{lang: "en"}, paras)
	if len(qs) != 1 {
		t.Fatalf("quotes = %+v, want one", qs)
	}
	if strings.Contains(qs[0].Speaker, "Dorsey‘s") || qs[0].Speaker == "Milo Dorsey" {
		t.Errorf("speaker = %q, want no possessive read as the speaker's name", qs[0].Speaker)
	}
}

// TestQuoteSameGuillemets holds the » … » that Swedish and Finnish print
// for speech: the second » closes the quote, so its attribution and the
// sentences after it stay out of the quoted text; German and Danish » … «
// and French « … » pair as before.
func TestQuoteSameGuillemets(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteText{
		{"sv", `»Vi bygger en ny bro över älven nästa år», sa Anna Berglund. Arbetet börjar i maj.`, []string{"Vi bygger en ny bro över älven nästa år"}},
		{"fi", `»Silta suljetaan koko kesäksi liikenteeltä.» Kaupunki kertoi päätöksestä eilen. »Pyörätie pysyy auki kaikille asukkaille.»`, []string{"Silta suljetaan koko kesäksi liikenteeltä.", "Pyörätie pysyy auki kaikille asukkaille."}},
		{"de", `»Wir bauen die Brücke im nächsten Jahr neu«, sagte Jonas Reimer.`, []string{"Wir bauen die Brücke im nächsten Jahr neu"}},
		{"fr", `« Nous allons reconstruire le pont l’an prochain », a déclaré Paul Mercier.`, []string{"Nous allons reconstruire le pont l’an prochain"}},
	}
	checkQuoteTexts(t, lx, tests)
}

// TestQuotePlainMarks holds a language whose single marks set off no
// speech (lexicon plain-marks): Korean quotes speech in “ ” and puts a
// term, a movement's name or a thought in ‘ ’; elsewhere ‘ ’ is speech.
func TestQuotePlainMarks(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteText{
		{"ko", `시민단체는 이번 결정을 ‘우리 동네 작은 도서관 살리기’ 운동의 결실이라고 평가했다.`, nil},
		{"ko", `그는 속으로 ‘이번에는 정말 끝까지 버텨야 한다’고 생각했다. 김민수 구청장은 “주민들의 목소리를 끝까지 듣고 반영하겠다”고 말했다.`, []string{"주민들의 목소리를 끝까지 듣고 반영하겠다"}},
		{"en", `‘We will reopen the small library next spring,’ said the mayor, Ada Crane.`, []string{"We will reopen the small library next spring"}},
	}
	checkQuoteTexts(t, lx, tests)
}

// TestQuoteJoinedTitle holds titles in title case whose lower-case words
// include an article or preposition longer than three letters (lexicon
// title-joiners: "della", "para", "into"): a title, not speech. Speech in
// sentence case stays a quote.
func TestQuoteJoinedTitle(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteText{
		{"it", `La rete ha annunciato il ritorno della serie “Le Cronache della Valle Perduta” per il prossimo autunno.`, nil},
		{"en", `She first read “Journey into the Northern Hills” as a student in Leeds.`, nil},
		{"es", `El museo proyectará “Historias para una Noche de Invierno” este sábado.`, nil},
		{"es", `“Vamos a construir una nueva biblioteca para todos”, dijo Ana Ruiz.`, []string{"Vamos a construir una nueva biblioteca para todos"}},
		{"it", `“Il Comune della città ha deciso di riaprire la piscina”, ha detto Marco Neri.`, []string{"Il Comune della città ha deciso di riaprire la piscina"}},
	}
	checkQuoteTexts(t, lx, tests)
}

// quoteText is one paragraph of an invented article in lang and the texts
// of the quotes its reader must find there, in order.
type quoteText struct {
	lang, para string
	want       []string
}

// checkQuoteTexts fails when the quotes read from a case's paragraph do
// not have exactly the wanted texts.
func checkQuoteTexts(t *testing.T, lx *lexicon, tests []quoteText) {
	t.Helper()
	for _, tt := range tests {
		var got []string
		for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, []string{tt.para}) {
			got = append(got, q.Text)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.para, got, tt.want)
		}
	}
}

// TestQuoteCrossReference holds quoted words in a bracket that sends the
// reader elsewhere ("(see ‘…’)", "(siehe „…“)"): a figure's or another
// article's headline, not speech. "see" outside such a bracket is a verb
// like any other.
func TestQuoteCrossReference(t *testing.T) {
	lx := loadLexicon()
	checkQuoteTexts(t, lx, []quoteText{
		{"en", `Rents in the port towns rose sharply last year (see ‘Harbour rents keep on climbing’) and fell in the hills.`, nil},
		{"de", `Die Preise stiegen im Frühjahr stark an (siehe „Wie teuer das Wohnen am See wird“), im Herbst weniger.`, nil},
		{"en", `Residents say they see “no reason to leave the valley now,” according to Mira Holt.`, []string{"no reason to leave the valley now"}},
	})
}
