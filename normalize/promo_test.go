package normalize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestSitePromo covers the outlet's promotions of itself in several
// languages and the site-naming sentences of a story that stay.
func TestSitePromo(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para, site, domain string
		want               bool
	}{
		// The outlet named in words, as a domain, as a compound's head or
		// a handle's, with a request to the reader.
		{"Mögen Sie es kompakt? Dann ist der Morgenbrief der Hafenpost richtig – hier entlang.", "Hafenpost", "hafenpost.de", true},
		{"Neuigkeiten aufs Handy? Hier geht es zur neuen HAPO-App für Android und iOS.", "Hafenpost", "hapo.de", true},
		{"Alles Wichtige am Abend: Abonniere den WhatsApp-Kanal von Stadt Heute und bleib informiert.", "Stadt Heute", "stadtheute.ch", true},
		{"Testen Sie die Talpost zwei Wochen lang kostenlos.", "Talpost", "talpost.de", true},
		{"Follow @RiverDeals on Twitter for the best offers of the week.", "River", "river.com", true},
		{"Looking for more ideas? Stay tuned for more Cape Ledger gift guides!", "Cape Ledger", "capeledger.com", true},
		{"Be sure to check out the PadInsider price guide for the lowest prices on tablets.", "PadInsider", "padinsider.com", true},
		{"Sign up for the CAPELEDGER.com morning newsletter.", "Cape Ledger", "capeledger.com", true},
		{"Ikuti saluran WhatsApp KabarKita untuk berita terbaru setiap hari.", "KabarKita", "kabarkita.id", true},
		{"Assine a newsletter do Jornal da Serra e receba as notícias do dia.", "Jornal da Serra", "jornaldaserra.com.br", true},
		// A request that names the outlet as "our" or "us".
		{"Planning a trip? Check out our guide to the best travel pillows and carry-on bags.", "Cape Ledger", "capeledger.com", true},
		{"Be sure to read through our other camping guides, including the best tents.", "Cape Ledger", "capeledger.com", true},
		{"Folgen Sie uns auch auf Instagram und Facebook.", "Hafenpost", "hafenpost.de", true},
		{"Ikuti kami di Instagram dan TikTok untuk kabar terbaru.", "KabarKita", "kabarkita.id", true},
		{"Síguenos en X y en Instagram.", "Diario del Valle", "diariodelvalle.es", true},
		{"Stay up to date with the harbour news by downloading our free app.", "Cape Ledger", "capeledger.com", true},
		{"Pantau terus perkembangan berita terbaru hanya di KabarKita.", "KabarKita", "kabarkita.id", true},
		// Requests not to miss the outlet's stories, to read its front
		// page, to get its best in the mail.
		{"Jangan lewatkan berita menarik lainnya hanya di KabarKita.", "KabarKita", "kabarkita.id", true},
		{"Read the latest from the Cape Ledger on our homepage.", "Cape Ledger", "capeledger.com", true},
		{"Get the best of CapeLedger.com every morning with our app.", "Cape Ledger", "capeledger.com", true},
		{"Jangan lewatkan pertandingan malam ini, kata pelatih kepada KabarKita.", "KabarKita", "kabarkita.id", false},
		{"Kunjungi laman KabarKita.id untuk berita terbaru lainnya.", "KabarKita", "kabarkita.id", true},
		{"Stay informed: get the Cape Ledger app for breaking news alerts.", "Cape Ledger", "capeledger.com", true},
		// "Our" in the story's own prose asks nothing of the reader.
		{"Our reporters spent three weeks on the ferry route before the strike.", "Cape Ledger", "capeledger.com", false},
		{"Residents asked the council to check out the flooded cellars.", "Cape Ledger", "capeledger.com", false},
		// A story's sentence naming the outlet asks nothing of the reader.
		{"A spokeswoman did not respond to the Cape Ledger's request for comment.", "Cape Ledger", "capeledger.com", false},
		{"Nearly two million readers subscribed to the Cape Ledger last year.", "Cape Ledger", "capeledger.com", false},
		// A request that names no outlet, or another one.
		{"Sign up for the town's flood alerts on the council website.", "Cape Ledger", "capeledger.com", false},
		{"Follow the river authority on Twitter for updates on the levels.", "Cape Ledger", "capeledger.com", false},
		// A channel's name in quotation marks is no one's words.
		{"Dapatkan kabar terbaru setiap hari: gabung di grup Telegram \"KabarKita Update\" sekarang.", "KabarKita", "kabarkita.id", true},
		// Someone's words, quoted.
		{"“Sign up for the Cape Ledger newsletter,” the mayor joked.", "Cape Ledger", "capeledger.com", false},
		// A site named for a common word: the word in prose is no name.
		{"Independent candidates must sign up by Friday to stand in the vote.", "The Independent", "independent.co.uk", false},
		{"A legal guardian can sign up the child for the scheme.", "Guardian", "guardian.example", false},
		{"Sign up for the Independent's morning briefing.", "The Independent", "independent.co.uk", true},
		// A name in camel case is no handle of a shorter site's.
		{"Check out Wazirs Market this weekend.", "WAZ", "waz.de", false},
		// Too long for a promotion line.
		{"Sign up for the Cape Ledger newsletter " + strings.Repeat("and much more ", 30), "Cape Ledger", "capeledger.com", false},
	}
	for _, tt := range tests {
		if got := lx.isSitePromo(tt.para, tt.site, tt.domain); got != tt.want {
			t.Errorf("isSitePromo(%q, %q) = %v, want %v", tt.para, tt.site, got, tt.want)
		}
	}
}

// TestSitePromoText: promotions between the paragraphs and at the foot
// leave the text, the lede stays even when it names the outlet, and a
// subheading after a promotion is still a subheading (no quote is read
// from it).
func TestSitePromoText(t *testing.T) {
	paras := []struct {
		kind body.BlockKind
		text string
	}{
		{body.Paragraph, "Welcome to the Cape Ledger deals page. Sign up for our alerts below."},
		{body.Paragraph, "The harbour board approved the new ferry timetable on Monday."},
		{body.Paragraph, "Sign up for the Cape Ledger morning newsletter here."},
		{body.Heading, "\"What happens to the ferries next\""},
		{body.Paragraph, "The first ferries run on the new times from June, the board said."},
		{body.Paragraph, "Download the Cape Ledger app for Android and iOS."},
	}
	var blocks []body.Block
	for _, p := range paras {
		blocks = append(blocks, body.Block{Kind: p.kind, Text: p.text})
	}
	p := &extract.Page{URL: "https://www.capeledger.example/news/ferries", SiteName: "Cape Ledger", Title: "New ferry times", Body: blocks}
	a := Normalize(p, Options{})
	want := strings.Join([]string{paras[0].text, paras[1].text, paras[3].text, paras[4].text}, "\n\n")
	if a.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, want)
	}
	for _, q := range a.Quotes {
		if q.Text == "What happens to the ferries next" {
			t.Errorf("quote read from the subheading: %+v", q)
		}
	}
}

// TestSitePromoProse: Indonesian verbs that also ask the reader to
// follow or join ("ikuti", "bergabung") are prose in a story about the
// outlet's own event; only their request forms make a promotion.
func TestSitePromoProse(t *testing.T) {
	lx := loadLexicon()
	for _, tt := range []struct {
		para string
		want bool
	}{
		{"Ribuan pelari ikuti KabarKita Marathon di Bandung pada Minggu pagi.", false},
		{"Sebanyak 200 CEO bergabung dalam forum KabarKita di Jakarta.", false},
		{"Presiden kunjungi kantor KabarKita di Jakarta pada Senin.", false},
		{"Yuk gabung di grup Telegram KabarKita untuk berita terbaru.", true},
		{"Ikuti saluran WhatsApp KabarKita sekarang juga.", true},
	} {
		if got := lx.isSitePromo(tt.para, "KabarKita", "kabarkita.id"); got != tt.want {
			t.Errorf("isSitePromo(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}

// hasCueScan is hasCue's first form, one strings.Index scan a cue: the
// reference TestHasCueAgrees compares the indexed form with.
func hasCueScan(lower string, cues []string) bool {
	for _, cue := range cues {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], cue)
			if i < 0 {
				break
			}
			i += from
			if edgeOK(lower, i, cue, true) && edgeOK(lower, i+len(cue), cue, false) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// TestHasCueAgrees checks hasCue's first-byte index against the plain
// scan for every promotion cue of the lexicons, each set in texts where
// it stands as a word, inside a longer word (ASCII or not), after a
// handle's "@", at either end, and in no cue at all.
func TestHasCueAgrees(t *testing.T) {
	lx := loadLexicon()
	for _, set := range []*cueIndex{&lx.promoCues, &lx.promoOwn} {
		var cues []string
		for _, l := range set.byFirst {
			cues = append(cues, l...)
		}
		cues = append(cues, set.loose...)
		if len(cues) != set.n || len(cues) < 10 {
			t.Fatalf("%d cues listed, %d added", len(cues), set.n)
		}
		// Every cue alone, then a set with a few cues (and the loose ones,
		// whose scan differs) for the whole-text cases.
		some := append([]string{cues[0], cues[len(cues)/2], cues[len(cues)-1]}, set.loose...)
		idx := func(cs []string) *cueIndex {
			var c cueIndex
			for _, cue := range cs {
				c.add(cue)
			}
			return &c
		}
		var texts []string
		for _, cue := range cues {
			for _, f := range []string{"%s", "a %s b", "x%s", "%sx", "é%s", "%sé", "@%s", "(%s)", "2%s", "%s2", "ab %s, cd %s."} {
				texts = append(texts, strings.ReplaceAll(f, "%s", cue))
			}
		}
		texts = append(texts, "", "a", "no request in this line at all", "é", "\uFFFD", "sub scribe", "«»")
		for _, tx := range texts {
			for _, cs := range [][]string{cues, some} {
				if got, want := hasCue(tx, idx(cs)), hasCueScan(tx, cs); got != want {
					t.Errorf("hasCue(%q) over %d cues = %v, the scan says %v", tx, len(cs), got, want)
				}
			}
			for _, cue := range cues[:min(len(cues), 40)] {
				one := []string{cue}
				if got, want := hasCue(tx, idx(one)), hasCueScan(tx, one); got != want {
					t.Errorf("hasCue(%q, %q) = %v, the scan says %v", tx, cue, got, want)
				}
			}
		}
	}
}

// TestHasCuesAgrees checks hasCues, one pass for both cue sets, against
// hasCue asked of the own cues and then of the others, on texts holding
// cues of either set, of both, and of neither.
func TestHasCuesAgrees(t *testing.T) {
	lx := loadLexicon()
	var all []string
	for _, set := range []*cueIndex{&lx.promoOwn, &lx.promoCues} {
		for _, l := range set.byFirst {
			all = append(all, l...)
		}
		all = append(all, set.loose...)
	}
	slices.Sort(all)
	texts := []string{"", "a", "no request in this line at all", "é", "«»"}
	for k, cue := range all {
		other := all[(k*7+3)%len(all)]
		for _, f := range []string{"%s", "a %s b", "x%s", "%sx", "@%s", "%s then %o", "%o, %s.", "é%s %oé"} {
			texts = append(texts, strings.ReplaceAll(strings.ReplaceAll(f, "%s", cue), "%o", other))
		}
	}
	owned, cued := 0, 0
	for _, tx := range texts {
		wantOwn := hasCue(tx, &lx.promoOwn)
		wantCue := !wantOwn && hasCue(tx, &lx.promoCues)
		own, cue := hasCues(tx, &lx.promoOwn, &lx.promoCues)
		if own != wantOwn || cue != wantCue {
			t.Errorf("hasCues(%q) = %v, %v; hasCue says %v, %v", tx, own, cue, wantOwn, wantCue)
		}
		if wantOwn {
			owned++
		}
		if wantCue {
			cued++
		}
	}
	if owned == 0 || cued == 0 {
		t.Fatalf("%d texts with own cues, %d with others: the table tells nothing", owned, cued)
	}
}

// hasCue says lower, a paragraph in lower case, holds one of cues as
// whole words ("subscribe" is no cue in "subscribed"), reading one cue
// index: the reference hasCues, which reads two in one pass, is held to.
func hasCue(lower string, cues *cueIndex) bool {
	prevWord := false
	for i := 0; i < len(lower); {
		r, size := rune(lower[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(lower[i:])
		}
		word := isWordRune(r)
		if word && !prevWord {
			for _, cue := range cues.byFirst[lower[i]] {
				if strings.HasPrefix(lower[i:], cue) && edgeOK(lower, i+len(cue), cue, false) {
					return true
				}
			}
		}
		prevWord = word
		i += size
	}
	return hasLooseCue(lower, cues)
}
