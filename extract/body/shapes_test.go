package body

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestContactLine(t *testing.T) {
	tests := map[string]bool{
		"Write to the science desk at science@harbourpost.example or follow us on Mastodon.": true,
		"Kirim tanggapan Anda ke redaksi@kabarpagi.co.id":                                    true,
		"Schreiben Sie uns: leserbriefe@nordblatt.de":                                        true,
		"Pour nous écrire : courrier@lejournal.fr":                                           true,
		"Follow @harbourpost on every platform":                                              false, // a handle, no address
		"The vote was 12@3 in committee.":                                                    false,
		"Police said the suspect wrote to victim@mailbox.com several times before his arrest in March, and prosecutors said the messages were threatening, abusive and sent over a period of many months while he was on bail for an earlier offence, a fact the judge described as aggravating in her ruling on Friday afternoon at the district court.": false, // a long sentence keeps its address
	}
	for s, want := range tests {
		if got := contactLine(s); got != want {
			t.Errorf("contactLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAddressLine(t *testing.T) {
	tests := map[string]bool{
		"Instagram.com/sari.wulandari":       true,
		"twitter.com/lensakota/status/12345": true,
		"https://www.tiktok.com/@dapurnenek": true,
		"www.example.org":                    false, // no path: a site named in passing
		"Harga 10/20":                        false,
		"Jakarta.":                           false,
		"See instagram.com/someone for more": false,
	}
	for s, want := range tests {
		if got := addressLine(s); got != want {
			t.Errorf("addressLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestInitialsLine(t *testing.T) {
	tests := map[string]bool{
		"SDA/sep":         true,
		"mea/rdk":         true,
		"AFP/jl/kh":       true,
		"Jakarta/Bandung": false,
		"Ya/Tidak":        true, // two short words: indistinguishable, and no paragraph
		"3/4":             false,
		"and/or":          true,
	}
	for s, want := range tests {
		if got := initialsLine(s); got != want {
			t.Errorf("initialsLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCreditedCaption(t *testing.T) {
	lx := builtin()
	tests := map[string]bool{
		"Sri Wahyuni di depan rumahnya. Foto: Dok. Keluarga":                      true,
		"Ilustrasi banjir di Bekasi (Foto: Dok. Warga/KabarPagi)":                 true,
		"The quay in 1920, photo: City Archive":                                   true,
		"Protesters outside the court on Monday. Photo: Lena Berg/Harbour Agency": true,
		"Die Brücke im Winter | Bild: Stadtwerke":                                 true,
		"Foto: Dok. Warga": false, // a credit line alone is the lexicon's
		"The photo: a blurred picture that went viral, showed the mayor at the party.":     false,
		"He said the exhibition, photo: his own, was the best of the year. More followed.": false,
	}
	for s, want := range tests {
		if got := lx.creditedCaption(s); got != want {
			t.Errorf("creditedCaption(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDateLine(t *testing.T) {
	lx := builtin()
	tests := map[string]bool{
		"Posted: Monday, March 4, 2024. 9:15 am EST.":   true,
		"March 4, 2024 8:02 pm (Updated 9:40 pm)":       true,
		"Updated at 1:23 p.m.":                          true,
		"Stand: 04.03.2024 18:00 Uhr":                   true,
		"Diperbarui Senin, 4 Maret 2024 10:15 WIB":      true,
		"Publié le 4 mars 2024 à 10h15":                 true,
		"Actualizado el 4 de marzo de 2024 a las 10:15": true,
		"Publicerad 4 mars 2024 kl. 10.15":              true,
		"Publisert: mandag 4. mars 2024 kl. 10:15":      true,
		"Opdateret 4. marts 2024 kl. 10.15":             true,
		"Opublikowano: 4 marca 2024, 10:15":             true,
		"Aktualizacja: 12 października 2024 14:02":      true,
		"Update terakhir: 7 Juni 2024":                  true,
		"Terakhir diperbarui 7 Juni 2024":               true,
		"Actualizado el 7 de junio de 2024, 09:30 h":    true,
		"Última actualización: 7 de junio de 2024":      true,
		"Update: the ferry runs again on 7 June":        false,
		"4:14 p.m.":                                     false, // a live-blog entry's time alone
		"02-751-1500":                                   false, // a telephone number
		"Jakarta, Senin (4/3/2024)":                     false, // a dateline: the place is no date word
		"The meeting on March 4 lasted two hours.":      false,
		"2 dari 3 halaman":                              false,
		"2024":                                          false,
	}
	for s, want := range tests {
		if got := lx.dateLine(s); got != want {
			t.Errorf("dateLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBoilerplateClasses runs each class of boilerplate through Extract in
// the middle of an article and checks that it goes and the prose stays.
func TestBoilerplateClasses(t *testing.T) {
	const (
		p1 = `<p>The harbour authority approved the new ferry terminal on Tuesday after a two-year review of its environmental impact on the bay.</p>`
		p2 = `<p>Construction is expected to begin in the spring, and the terminal should open to passengers before the end of the following year, officials said.</p>`
		p3 = `<p>Residents who opposed the plan said they would keep pressing the council for a lower noise limit at night and more trees along the quay.</p>`
	)
	for _, c := range []struct {
		name, junk string
	}{
		{"page marker, Indonesian", `<div class="pagebreak">2 dari 4 halaman</div>`},
		{"page marker, English", `<p>Page 2 of 4</p>`},
		{"page marker, German", `<p>Seite 3 von 5</p>`},
		{"page marker, Spanish", `<p>Página 2 de 3</p>`},
		{"syndication, Indonesian", `<p>Artikel ini telah tayang di KabarPagi.com dengan judul "Terminal Baru Disetujui"</p>`},
		{"syndication, English", `<p>This article originally appeared on The Coast Ledger.</p>`},
		{"update notice", `<p>This story has been updated with comment from the operator.</p>`},
		{"comment prompt, Portuguese", `<p>Deixe seu comentário abaixo e compartilhe com os amigos!</p>`},
		{"comment prompt, Spanish", `<p>Déjanos tu comentario: ¿qué opinas de la nueva terminal?</p>`},
		{"sponsorship disclosure", `<p>This post is sponsored by Harbour Kettles. All opinions are my own.</p>`},
		{"sponsorship disclosure, shop", `<p>This shop has been compensated by a marketing network and its advertiser. #ad</p>`},
		{"developing story notice", `<p>This is a developing story and will be updated as more details come in.</p>`},
		{"developing story notice, short", `<p>This story is developing. Check back for updates.</p>`},
		{"story tip prompt", `<p>Have a story idea? Email the newsroom at tips@harbourpost.example.</p>`},
		{"video player prompt", `<p>Watch the full report in the video player above.</p>`},
		{"posted line", `<p>Posted: Tuesday, June 11, 2024. 7:42 pm CST.</p>`},
		{"contact promotion, Spanish", `<p>Puede escribirnos a <a href="mailto:ciencia@diario.example">ciencia@diario.example</a> o seguirnos en redes.</p>`},
		{"advertising promotion in lookalike letters", `<p><em>Аdvеrtіѕе wіth uѕ tоdау and reach thousands of readers every week.</em></p>`},
		{"ad label", `<div>Advertising</div>`},
		{"video prompt", `<p>Lihat juga Video 'Kapal Feri Baru Tiba di Pelabuhan'</p>`},
		{"credit after a name", `<div>Marta Nowak, photo: City Archive</div>`},
		{"profile address credit", `<span>Instagram.com/martanowak</span>`},
		{"download form of a player", `<form action="/dl"><p><strong>Sendung herunterladen</strong></p><p>Diese Folge steht als MP3 und als OGG bereit:</p></form>`},
		{"caption with its credit", `<p>Warga menunggu kapal di dermaga lama. Foto: Dok. Warga</p>`},
		{"teaser headings of other articles", `<h3><a href="/news/port-strike">Port strike ends after two weeks of talks</a></h3><h3><a href="/news/bridge">New bridge opens to cyclists</a></h3>`},
		{"teaser heading closing a section", `<div><p>The council will vote on the final design next month, after a second round of public hearings.</p><h3><a href="/news/port-strike">Port strike ends after two weeks of talks</a></h3></div>`},
		{"ad label, Polish", `<div>Reklama</div>`},
		{"credit label, German", `<p>Bildquelle: Stadtarchiv Kiel</p>`},
		{"credit label, Spanish", `<p>Fotografía: Archivo Municipal</p>`},
		{"syndication, Spanish", `<p>Este artículo fue publicado originalmente en Diario del Puerto.</p>`},
		{"newsletter prompt, German", `<p>Abonnieren Sie unseren Newsletter für die wichtigsten Nachrichten des Tages.</p>`},
		{"caption between picture and credit", `<div><img src="a.jpg"><h3>Workers inspect the quay wall of the old terminal, left, before demolition works begin on Monday.</h3><p>Photo: Harbour Agency</p></div>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><article>` + p1 + p2 + c.junk + p3 + `</article></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			got := Extract(doc, Options{}).Text()
			for _, p := range []string{p1, p2, p3} {
				if want := strings.TrimSuffix(strings.TrimPrefix(p, "<p>"), "</p>"); !strings.Contains(got, want) {
					t.Errorf("prose lost: %q\ngot %q", want, got)
				}
			}
			if n := strings.Count(got, "\n\n") + 1 - strings.Count(c.junk, "<p>The council"); n != 3 {
				t.Errorf("got %d paragraphs, want 3:\n%s", n, got)
			}
		})
	}
}

// TestDeclaredBody: a sidebar widget with more prose than a short article
// does not win over the element the page marks itemprop="articleBody".
func TestDeclaredBody(t *testing.T) {
	var glossary strings.Builder
	for _, term := range []string{"Dividend", "Liquidity", "Collateral", "Equity", "Bond", "Yield", "Margin", "Hedge"} {
		glossary.WriteString(`<li><span>` + term + `</span><p>` + term + ` is a term of the financial markets that describes how investors, banks and firms weigh what they own against what they owe over a period of time.</p></li>`)
	}
	var links strings.Builder
	for i := range 40 {
		links.WriteString(`<li><a href="/topic/` + strconv.Itoa(i) + `">Market news and city stories</a></li>`)
	}
	page := `<html><body><div class="main"><div itemprop="articleBody">` +
		`<p>Small traders in the city market say the new fees have cut their monthly earnings by a third since January.</p>` +
		`<p>The market board said it would review the fees at its next meeting, but gave no date for a decision on the matter.</p>` +
		`<p>Several stall holders have already moved to the street outside, where they pay nothing but risk fines.</p>` +
		`</div></div><ul>` + links.String() + `</ul><div class="widget-glossary"><ul>` + glossary.String() + `</ul></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := Extract(doc, Options{}).Text()
	if !strings.HasPrefix(got, "Small traders") || strings.Contains(got, "Dividend") {
		t.Errorf("body = %q", got)
	}
	// A teaser elsewhere that carries the mark does not replace an
	// article its class does not call furniture.
	teaser := strings.Replace(page, `<div class="widget-glossary">`, `<div class="story">`, 1)
	teaser = strings.Replace(teaser, `<div class="main"><div itemprop="articleBody">`, `<div class="main"><div class="card" itemprop="articleBody">`, 1)
	doc, err = html.Parse(strings.NewReader(teaser))
	if err != nil {
		t.Fatal(err)
	}
	if got := Extract(doc, Options{}).Text(); !strings.Contains(got, "Dividend") {
		t.Errorf("an unhinted body was replaced: %q", got)
	}
}

// TestLinkedHeadingOverProse: a heading that links elsewhere but heads
// paragraphs of its own (an item of a round-up) stays.
func TestLinkedHeadingOverProse(t *testing.T) {
	page := `<html><body><article>` +
		`<p>We tested a dozen travel kettles over three months of trips, and these are the ones worth packing this year.</p>` +
		`<h3><a href="https://shop.example/kettle-one">Brightwater Fold 600 travel kettle</a></h3>` +
		`<p>The folding silicone body packs flat in a suitcase, and it boiled half a litre in under four minutes in our tests.</p>` +
		`<h3><a href="https://shop.example/kettle-two">Nordlys Mini dual-voltage kettle</a></h3>` +
		`<p>It works on both 110 and 230 volts, which makes it the best pick for anyone who travels between continents often.</p>` +
		`</article></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := Extract(doc, Options{}).Text()
	for _, want := range []string{"Brightwater Fold 600 travel kettle", "Nordlys Mini dual-voltage kettle"} {
		if !strings.Contains(got, want) {
			t.Errorf("heading %q lost:\n%s", want, got)
		}
	}
}

// TestSourceLines: a syndication line leaves the text but is handed on as
// a source line.
func TestSourceLines(t *testing.T) {
	for _, line := range []string{
		`Artikel ini telah tayang di KabarJatim dengan judul "Harga Cabai Anjlok".`,
		`This article originally appeared on The Coast Ledger.`,
		`This article has been adapted from its original source.`,
		`This story was adapted from a report by The Coast Ledger.`,
		`Este artículo fue publicado originalmente en Diario del Puerto.`,
	} {
		page := `<html><body><article><p>The harbour authority approved the new ferry terminal on Tuesday after a two-year review of its impact.</p>` +
			`<p>Construction is expected to begin in the spring, and the terminal should open before the end of next year.</p><p>` + line + `</p></article></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		res := Extract(doc, Options{})
		if strings.Contains(res.Text(), line[:20]) {
			t.Errorf("%q left in the text", line)
		}
		if len(res.SourceLines) != 1 || res.SourceLines[0] != line {
			t.Errorf("SourceLines = %q, want [%q]", res.SourceLines, line)
		}
	}
}

// TestBylineLinesStay: lines that open with a byline label are left to
// normalize, which reads the people in them, whatever shape they have.
func TestBylineLinesStay(t *testing.T) {
	for _, line := range []string{
		"By Jana Novak | jnovak@harbourpost.example",
		"Oleh: Sri Wahyuni (sri@kabarpagi.example)",
		"Posted by Jana Novak on May 6, 2024, 6:21 AM EST",
	} {
		// In the middle: at the edges the body's trim takes short lines.
		page := `<html><body><article><p>The harbour authority approved the new ferry terminal on Tuesday after a two-year review of its impact.</p>` +
			`<p>` + line + `</p><p>Construction is expected to begin in the spring, and the terminal should open before the end of next year.</p></article></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := Extract(doc, Options{}).Text(); !strings.Contains(got, line) {
			t.Errorf("%q dropped:\n%s", line, got)
		}
	}
}

// TestArticleBodyCleaned: a body taken from JSON-LD articleBody loses the
// same boilerplate lines a page's blocks do.
func TestArticleBodyCleaned(t *testing.T) {
	ab := "Harga cabai rawit di pasar-pasar Surabaya turun tajam dalam sepekan terakhir menjelang Lebaran, kata para pedagang.\n" +
		"Baca juga: Harga Bawang Merah Naik\n" +
		"Pedagang mengatakan harga turun dari Rp 80 ribu menjadi Rp 45 ribu per kilogram karena pasokan melimpah.\n" +
		"Artikel ini telah tayang di KabarJatim dengan judul \"Harga Cabai Anjlok\"."
	doc, err := html.Parse(strings.NewReader(`<html><body><div id="app"></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	res := Extract(doc, Options{ArticleBody: ab})
	if got := res.Text(); strings.Contains(got, "Baca juga") || strings.Contains(got, "telah tayang") || !strings.Contains(got, "Pedagang") {
		t.Errorf("text = %q", got)
	}
	if len(res.SourceLines) != 1 {
		t.Errorf("SourceLines = %q", res.SourceLines)
	}
}

// TestLinkedEnumerations: paragraphs that list linked names (places by
// reading, a squad by position) are part of the article when they come in
// a run, and do not pull the choice away from it; a lone line of linked
// tags, and a menu kept apart by bars, stay out.
func TestLinkedEnumerations(t *testing.T) {
	lede := `<p>A magnitude 5.8 earthquake shook the northern coast late on Sunday evening, the national weather agency said, and a small tsunami advisory was issued for two prefectures.</p>`
	tests := []struct {
		name      string
		html      string
		want, not []string
	}{
		{"places by intensity, every name linked",
			`<div class="story">` + lede + `<p>Readings by town were as follows:</p>` +
				`<p><a href="/area/north">Northfield</a>: <a href="/t/a">Ashby</a>, <a href="/t/b">Brandon</a>, <a href="/t/c">Carrow</a></p>` +
				`<p><a href="/area/east">Eastmoor</a>: <a href="/t/d">Dunmere</a>, Elsworth, <a href="/t/f">Fenwick</a></p>` +
				`<p><a href="/area/west">Westvale</a>: <a href="/t/g">Glenholt</a></p>` +
				`<p><a href="/area/south">Southby</a>: <a href="/t/h">Harrowgate</a>, <a href="/t/i">Ingleby</a></p></div>`,
			[]string{"Ashby, Brandon, Carrow", "Dunmere, Elsworth, Fenwick", "Westvale: Glenholt", "Harrowgate, Ingleby"}, nil},
		{"squad by position, with the label unlinked",
			`<div class="story">` + lede + `<p>The coach named this squad for the qualifier on Friday.</p>` +
				`<p>Goalkeepers: <a href="/p/1">Tomas Rindal</a>, <a href="/p/2">Ivo Marek</a></p>` +
				`<p>Defenders: <a href="/p/3">Lukas Brenn</a>, <a href="/p/4">Ondra Vesel</a>, <a href="/p/5">Petr Hala</a></p>` +
				`<p>Forwards: <a href="/p/6">Jan Kolda</a>, <a href="/p/7">Adam Stribr</a></p></div>`,
			[]string{"Goalkeepers: Tomas Rindal, Ivo Marek", "Defenders: Lukas Brenn", "Forwards: Jan Kolda, Adam Stribr"}, nil},
		{"a lone tag line stays out",
			`<div class="story">` + lede + `<p>Officials said no damage had been reported so far, and trains resumed within the hour.</p>` +
				`<p>Filed under: <a href="/tag/quake">Earthquakes</a>, <a href="/tag/coast">Coast</a>, <a href="/tag/weather">Weather</a></p></div>`,
			[]string{"trains resumed"}, []string{"Filed under"}},
		{"labelled single links under the text stay out",
			`<div class="story">` + lede + `<p>Officials said no damage had been reported so far, and trains resumed within the hour.</p>` +
				`<p>Listen: <a href="https://pod.example/ep12">pod.example/ep12</a></p>` +
				`<p>Download: <a href="https://pod.example/ep12.mp3">pod.example/ep12.mp3</a></p>` +
				`<p>Subscribe: <a href="https://pod.example/feed">pod.example/feed</a></p></div>`,
			[]string{"trains resumed"}, []string{"Listen:", "Subscribe:"}},
		{"a menu kept apart by bars stays out",
			`<div class="story">` + lede + `<p>Officials said no damage had been reported so far, and trains resumed within the hour.</p>` +
				`<p><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></p>` +
				`<p><a href="/about">About</a> | <a href="/jobs">Jobs</a> | <a href="/contact">Contact</a></p>` +
				`<p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/ads">Advertise</a></p></div>`,
			[]string{"trains resumed"}, []string{"Sport", "Privacy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.html + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			got := Extract(doc, Options{}).Text()
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q lost:\n%s", w, got)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("%q kept:\n%s", w, got)
				}
			}
		})
	}
}
