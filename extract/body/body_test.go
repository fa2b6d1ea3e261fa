package body

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// page wraps an article body in the furniture of a typical news page: a
// menu, a header, a sidebar of most-read links and a footer.
func page(article string) string {
	return `<!doctype html><html><head><title>t</title></head><body>
<header class="site-header"><nav><ul><li><a href="/">Beranda</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/bisnis">Bisnis</a></li></ul></nav></header>
<div class="container"><main>` + article + `</main>
<aside class="sidebar"><h3>Terpopuler</h3><ul>
<li><a href="/a1">Harga emas naik lagi hari ini, cek daftarnya</a></li>
<li><a href="/a2">Jadwal pertandingan timnas pekan depan</a></li>
<li><a href="/a3">Cuaca ekstrem diprediksi melanda Jawa</a></li></ul></aside></div>
<footer class="site-footer"><p>Copyright © 2024 Kabar Media. All rights reserved.</p>
<p><a href="/about">Tentang kami</a> | <a href="/kontak">Kontak</a></p></footer></body></html>`
}

const idArticle = `<article class="detail">
<h1>Pemerintah Umumkan Kebijakan Baru Soal Harga Beras</h1>
<div class="byline">Penulis: Fitri Wulandari</div>
<div class="detail__body-text">
<p><strong>TRIBUNNEWS.COM, JAKARTA</strong> - Pemerintah mengumumkan kebijakan baru untuk menstabilkan harga beras di seluruh daerah menjelang akhir tahun, kata menteri.</p>
<p>Kebijakan itu mencakup operasi pasar di tiga puluh kota besar dan penambahan stok cadangan pemerintah sebanyak dua ratus ribu ton.</p>
<p><strong>Baca juga: <a href="/bisnis/2024/harga-beras-naik">Harga Beras Naik di Pasar Induk</a></strong></p>
<p>ADVERTISEMENT</p>
<p>SCROLL TO CONTINUE WITH CONTENT</p>
<figure><img src="/foto.jpg"><figcaption>Suasana pasar induk beras. (KOMPAS.com/NABILLA TASHANDRA)</figcaption></figure>
<p>KOMPAS.com/NABILLA TASHANDRA</p>
<p>Menteri meminta masyarakat membaca informasi resmi. Warga yang ingin tahu lebih jauh bisa baca juga laporan lengkapnya di situs kementerian.</p>
<p>Baca selengkapnya di halaman berikut.</p>
<p>[Gambas:Video 20detik]</p>
<p>Dapatkan Berita Pilihan di WhatsApp Anda, klik di sini.</p>
<p>Simak Video "Harga Beras Hari Ini"</p>
<h2>Stok aman hingga tahun depan</h2>
<p>Badan Pangan memastikan stok beras nasional aman hingga pertengahan tahun depan, dengan pasokan dari panen raya dan impor.</p>
<p>Lihat juga: <a href="https://example.co.id/video/stok">Video stok beras</a></p>
</div></article>`

const enArticle = `<article>
<h1>City Council Approves New Transit Plan</h1>
<p class="byline">By Jane Doe</p>
<div class="article-body">
<p>The city council voted on Tuesday to approve a transit plan that adds twelve bus lines and extends the light rail to the airport.</p>
<p>Advertisement</p>
<p>Officials said construction would start next spring and take about four years, with the first new bus lines running by autumn.</p>
<p>Read more: <a href="/2024/05/transit-budget">How the transit budget was drawn up</a></p>
<div class="newsletter-signup"><p>Sign up for our morning newsletter to get the news you need.</p></div>
<figure><img src="/p.jpg"><figcaption>François WALSCHAERTS / POOL / AFP</figcaption></figure>
<p>"We have waited for this for a long time," said resident Maria Lopez, who commutes two hours a day.</p>
<ul><li>Twelve new bus lines</li><li>Light rail to the airport</li></ul>
<table><tr><th>Line</th><th>Start</th></tr><tr><td>Route 5</td><td>2025</td></tr></table>
<p>Related: <a href="https://news.example.com/rail">Rail expansion stalls</a></p>
<p>Share this article</p>
<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
</div></article>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site. By continuing you accept them.</p></div>`

func TestExtractCleaning(t *testing.T) {
	tests := []struct {
		name    string
		html    string
		url     string
		want    []string // substrings that must be in the text
		notWant []string // substrings that must not be
		related []string // URLs that must be among Related
	}{
		{
			name: "indonesian",
			html: page(idArticle),
			url:  "https://www.tribunnews.com/nasional/2024/01/01/harga-beras",
			want: []string{
				"Pemerintah mengumumkan kebijakan baru",
				"operasi pasar di tiga puluh kota",
				"bisa baca juga laporan lengkapnya", // contains "baca juga" but is a sentence
				"Stok aman hingga tahun depan",      // subheading kept
				"Badan Pangan memastikan",
			},
			notWant: []string{
				"Baca juga", "Harga Beras Naik di Pasar Induk", "ADVERTISEMENT", "SCROLL TO CONTINUE",
				"NABILLA", "Suasana pasar induk", "Baca selengkapnya", "Gambas", "WhatsApp",
				"Simak Video", "Lihat juga", "Terpopuler", "Copyright", "Beranda",
				"Pemerintah Umumkan Kebijakan Baru", // the title is not body
			},
			related: []string{
				"https://www.tribunnews.com/bisnis/2024/harga-beras-naik",
				"https://example.co.id/video/stok",
			},
		},
		{
			name: "english",
			html: page(enArticle),
			url:  "https://news.example.com/2024/05/transit",
			want: []string{
				"The city council voted on Tuesday",
				"Officials said construction",
				"said resident Maria Lopez",
				"Twelve new bus lines",
				"Route 5",
			},
			notWant: []string{
				"Advertisement", "Read more", "How the transit budget", "Sign up", "WALSCHAERTS",
				"Related:", "Share this article", "Facebook", "cookies", "All rights reserved",
			},
			related: []string{
				"https://news.example.com/2024/05/transit-budget",
				"https://news.example.com/rail",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract(parse(t, tt.html), Options{PageURL: tt.url})
			text := res.Text()
			if res.TextLen() != len(text) {
				t.Errorf("TextLen() = %d, len(Text()) = %d", res.TextLen(), len(text))
			}
			checkText(t, text, tt.want, tt.notWant)
			urls := map[string]bool{}
			for _, l := range res.Related {
				urls[l.URL] = true
				if l.Title == "" {
					t.Errorf("related %s has no title", l.URL)
				}
			}
			for _, u := range tt.related {
				if !urls[u] {
					t.Errorf("related lacks %s (have %v)", u, res.Related)
				}
			}
		})
	}
}

func TestExtractBlockKinds(t *testing.T) {
	res := Extract(parse(t, page(enArticle)), Options{})
	kinds := map[string]BlockKind{}
	for _, b := range res.Blocks {
		kinds[b.Text] = b.Kind
	}
	want := map[string]BlockKind{
		"Twelve new bus lines": ListItem,
		"Route 5 2025":         TableRow,
		"Officials said construction would start next spring and take about four years, with the first new bus lines running by autumn.": Paragraph,
	}
	for text, k := range want {
		got, ok := kinds[text]
		if !ok {
			t.Errorf("no block %q in %q", text, res.Text())
			continue
		}
		if got != k {
			t.Errorf("block %q kind %d, want %d", text, got, k)
		}
	}
	if res.Method != "density" {
		t.Errorf("method %q, want density", res.Method)
	}
	if res.Node == nil || attr(res.Node, "class") != "article-body" {
		t.Errorf("node %v, want the article-body element", res.Node)
	}
}

// TestExtractKeepsTree checks that Extract leaves the tree as it found it:
// other readers share the one parse.
func TestExtractKeepsTree(t *testing.T) {
	doc := parse(t, page(idArticle))
	var before, after bytes.Buffer
	if err := html.Render(&before, doc); err != nil {
		t.Fatal(err)
	}
	Extract(doc, Options{PageURL: "https://x.example/"})
	if err := html.Render(&after, doc); err != nil {
		t.Fatal(err)
	}
	if before.String() != after.String() {
		t.Fatal("Extract changed the tree")
	}
}

func TestExtractRootAndPhrases(t *testing.T) {
	doc := parse(t, page(enArticle))
	var root *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && attr(n, "class") == "article-body" {
			root = n
		}
		for c := n.FirstChild; c != nil && root == nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if root == nil {
		t.Fatal("fixture has no article-body")
	}
	res := Extract(doc, Options{Root: root, Phrases: []string{"officials said *"}})
	text := res.Text()
	if res.Method != "rule" {
		t.Errorf("method %q, want rule", res.Method)
	}
	if strings.Contains(text, "Officials said") {
		t.Errorf("site phrase not applied:\n%s", text)
	}
	if !strings.Contains(text, "The city council voted") {
		t.Errorf("root text lost:\n%s", text)
	}
	if strings.Contains(text, "City Council Approves") {
		t.Errorf("text outside root kept:\n%s", text)
	}
	// The built-in lexicon is untouched by a rule's phrases.
	if !strings.Contains(Extract(parse(t, page(enArticle)), Options{}).Text(), "Officials said") {
		t.Error("site phrases leaked into the built-in lexicon")
	}
}

func TestExtractArticleBodyFallback(t *testing.T) {
	doc := parse(t, `<html><body><div id="app"></div></body></html>`)
	res := Extract(doc, Options{ArticleBody: "First paragraph of the story.\n\nSecond   paragraph."})
	if res.Method != "jsonld" || len(res.Blocks) != 2 || res.Blocks[1].Text != "Second paragraph." {
		t.Errorf("got %+v", res)
	}
	long := strings.Repeat("The full story as the publisher's JSON-LD carries it, sentence after sentence. ", 10)
	doc = parse(t, `<html><body><article><p>Subscribe to read the full story of the council vote on the new transit plan.</p></article></body></html>`)
	if res := Extract(doc, Options{ArticleBody: long}); res.Method != "jsonld" {
		t.Errorf("long articleBody not preferred to a teaser: %+v", res)
	}
	if res := Extract(parse(t, page(enArticle)), Options{ArticleBody: long[:300]}); res.Method != "density" {
		t.Errorf("short articleBody replaced the page body: %+v", res.Method)
	}
	if got := Extract(nil, Options{}); len(got.Blocks) != 0 {
		t.Errorf("nil doc gave %+v", got)
	}
}

func TestExtractWalk(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The council met on Tuesday and agreed on the plan after a long debate.</p>"
	}
	tests := []struct {
		name    string
		body    string
		want    []string
		notWant []string
	}{
		{
			name: "hidden furniture stays out",
			body: `<article>` + para("One.") + para("Two.") + para("Three.") +
				`<div style="display: none"><p>Hidden teaser text that nobody sees on the page at all, really.</p></div>` +
				`<div aria-hidden="true"><p>Another hidden line that should not be read by anyone here.</p></div></article>`,
			want:    []string{"One.", "Three."},
			notWant: []string{"Hidden teaser", "Another hidden"},
		},
		{
			name: "utility class hidden keeps a closed panel out",
			body: `<article><div class="card hidden aria-expanded:block shadow"><p>Summary made by a machine, in five points, for readers in a hurry today.</p></div>` +
				para("One.") + para("Two.") + para("Three.") +
				`<div class="offer hidden"><p>Subscribe now for unlimited reading on every device you own, cancel any time.</p></div></article>`,
			want:    []string{"One.", "Two."},
			notWant: []string{"Summary made by a machine", "Subscribe now"},
		},
		{
			name: "hidden on small screens only is shown",
			body: `<article>` + para("One.") + `<div class="hidden md:block"><p>The minister said the plan would be reviewed every spring by an independent panel.</p></div>` +
				`<div class="hidden-xs"><p>The opposition called the plan a first step and asked for a vote in the chamber.</p></div>` + para("Two.") + `</article>`,
			want: []string{"One.", "reviewed every spring", "a first step", "Two."},
		},
		{
			name:    "hidden body is found when nothing else is",
			body:    `<div id="app">Loading…</div><div hidden>` + para("Streamed.") + para("Second.") + `</div>`,
			want:    []string{"Streamed.", "Second."},
			notWant: []string{"Loading"},
		},
		{
			name:    "italic caption under a picture",
			body:    `<article>` + para("First.") + `<div><img src="/a.jpg"></div><div style="text-align:center"><em>The mayor at the opening of the new station.</em></div>` + para("Second.") + `</article>`,
			want:    []string{"First.", "Second."},
			notWant: []string{"The mayor at the opening"},
		},
		{
			name:    "italic question under a picture whose figcaption is given",
			body:    `<article>` + para("First.") + `<figure><img src="/b.jpg"><figcaption>The old pier at dusk.</figcaption></figure><p><i>Why did the pier close in the first place?</i></p>` + para("Second.") + `</article>`,
			want:    []string{"First.", "Why did the pier close in the first place?", "Second."},
			notWant: []string{"The old pier at dusk"},
		},
		{
			name: "italic question under a picture whose caption span is given",
			body: `<article>` + para("First.") + `<div class="image"><img src="/c.jpg"><div class="info"><span class="caption">Two walkers on the dyke.</span> <span class="credit">Photo: Ilse Varn</span></div></div>` +
				`<p><em>How long have you walked this path together?</em></p>` + para("Second.") + `</article>`,
			want:    []string{"First.", "How long have you walked this path together?", "Second."},
			notWant: []string{"Two walkers on the dyke"},
		},
		{
			name:    "italic caption under a figure without its own caption",
			body:    `<article>` + para("First.") + `<figure><img src="/d.jpg"></figure><p><em>The new footbridge seen from the east bank.</em></p>` + para("Second.") + `</article>`,
			want:    []string{"First.", "Second."},
			notWant: []string{"The new footbridge seen"},
		},
		{
			name: "a line under a picture that repeats its alt text",
			body: `<article>` + para("First.") + `<div class="pic"><img src="/e.jpg" alt="The new  footbridge from the east bank"></div><br><span class="small">The new footbridge from the East bank</span>` +
				para("Second.") + `<picture><source srcset="/f.webp"><img src="/f.jpg" alt="Divers at the old lock gate"></picture><div><span>Divers at the old lock gate</span></div>` + para("Third.") + `</article>`,
			want:    []string{"First.", "Second.", "Third."},
			notWant: []string{"The new footbridge", "Divers at the old lock gate"},
		},
		{
			name: "a sentence under a picture that repeats its alt text, and a line that does not",
			body: `<article><img src="/g.jpg" alt="The ferry service across the estuary resumes on Monday after two years."><p>The ferry service across the estuary resumes on Monday after two years.</p>` +
				para("First.") + `<div><img src="/h.jpg" alt="Divers at the lock"></div><div>Divers at the old lock gate on Friday</div>` + para("Second.") + `</article>`,
			want: []string{"The ferry service across the estuary resumes", "First.", "Divers at the old lock gate on Friday", "Second."},
		},
		{
			name: "a layout table's menu cell and article cell",
			body: `<table><tr><td class="menu"><a href="/">Home</a><br><a href="/n">News</a></td><td class="main"><font size="2"><b>Harbour dues to rise</b><br><br>` +
				`The harbour board voted on Tuesday to raise the dues for visiting yachts by a fifth from the spring.<br><br>The board said the money would pay for new pontoons and a second crane at the boatyard.<br><br>` +
				`Sailing clubs along the coast said the rise would drive visitors to the marinas across the bay.</font></td></tr></table>`,
			want:    []string{"Harbour dues to rise\n\nThe harbour board voted", "drive visitors to the marinas"},
			notWant: []string{"News Harbour dues"},
		},
		{
			name: "a data table's row stays one line",
			body: `<article>` + para("First.") + `<table><tr><th>Route</th><th>Opens</th></tr><tr><td>Harbour line</td><td>May 2027</td></tr><tr><td>Quarry line</td><td>June 2028</td></tr></table>` + para("Second.") + `</article>`,
			want: []string{"Harbour line May 2027", "Quarry line June 2028"},
		},
		{
			name: "a page's own paragraph elements",
			body: `<article><story-body><story-p>The harbour board voted on Tuesday to raise the dues for visiting yachts by a fifth.</story-p>
<story-p>The board said the money would pay for new pontoons and a second crane at the boatyard.</story-p>
<story-p>Sailing clubs said the rise would drive visitors to the marinas across the bay, <x-term>berths</x-term> and <x-term>moorings</x-term> alike.</story-p></story-body></article>`,
			want: []string{"by a fifth.\n\nThe board said", "boatyard.\n\nSailing clubs", "across the bay, berths and moorings alike."},
		},
		{
			name: "a table's foot repeating its head",
			body: `<article>` + para("First.") + `<table><thead><tr><th>Boat</th><th>Crew</th><th>Time</th></tr></thead><tfoot><tr><th>Boat</th><th>Crew</th><th>Time</th></tr></tfoot>` +
				`<tbody><tr><td>Heron</td><td>4</td><td>2:41</td></tr><tr><td>Kestrel</td><td>6</td><td>2:55</td></tr></tbody></table>` +
				`<table><tr><th>Boat</th><th>Crew</th></tr><tr><td>Heron</td><td>4</td></tr><tfoot><tr><td>Total</td><td>10</td></tr></tfoot></table>` + para("Second.") + `</article>`,
			want: []string{"debate.\n\nBoat Crew Time\n\nHeron 4 2:41\n\nKestrel 6 2:55\n\nBoat Crew\n\nHeron 4\n\nTotal 10"},
		},
		{
			name: "lines split by br are kept as lines",
			body: `<article>` + para("Intro.") + `<p>Round 1: 10 March – Jakarta<br>Round 2: 8 April – Surabaya<br>Round 3: 22 April – Medan<br>Round 4: 6 May – Makassar</p></article>`,
			want: []string{"Round 1: 10 March – Jakarta\n\nRound 2: 8 April – Surabaya", "Round 4: 6 May – Makassar"},
		},
		{
			name:    "related section under a heading",
			body:    `<article>` + para("Body.") + para("More body.") + `<section><h3>Berita Terkait</h3><p>Gubernur meresmikan jalan tol baru di Sumatera Utara pekan ini, kata pejabat.</p><ul><li><a href="/x">Harga cabai naik</a></li></ul></section></article>`,
			want:    []string{"Body.", "More body."},
			notWant: []string{"Gubernur meresmikan", "Berita Terkait"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, "<html><body>"+tt.body+"</body></html>"), Options{}).Text()
			checkText(t, text, tt.want, tt.notWant)
		})
	}
}

// TestExtractConcurrent runs Extract on one shared tree from several
// goroutines: with -race it shows the tree and the lexicon are only read.
func TestExtractConcurrent(t *testing.T) {
	doc := parse(t, page(idArticle))
	want := Extract(doc, Options{}).Text()
	done := make(chan string)
	for range 4 {
		go func() { done <- Extract(doc, Options{Phrases: []string{"badan pangan *"}}).Text() }()
	}
	for range 4 {
		if got := <-done; got == want || strings.Contains(got, "Badan Pangan") {
			t.Errorf("site phrase not applied in a concurrent run")
		}
	}
	if Extract(doc, Options{}).Text() != want {
		t.Error("concurrent runs changed the result")
	}
}

func TestExtractRelatedPatterns(t *testing.T) {
	prose := `<p>Polisi menangkap dua pelaku pencurian sepeda motor di kawasan pasar pada Senin malam, kata kepala kepolisian setempat.</p>
<p>Kedua pelaku kini ditahan untuk pemeriksaan lebih lanjut, dan barang bukti telah diamankan di kantor polisi sektor.</p>`
	tests := []struct {
		name, body string
		related    []string
	}{
		{"inline label", `<p class="baca">Baca juga: <a href="/a/1">Judul satu</a></p>`, []string{"https://kabar.example/a/1"}},
		{"table box", `<table class="linksisip"><tr><td><div><strong>Baca juga:</strong> <a href="https://kabar.example/a/2">Judul dua</a></div></td></tr></table>`, []string{"https://kabar.example/a/2"}},
		{"heading and list", `<div class="box"><h3>Baca Juga</h3><ul><li><a href="/a/3">Judul tiga</a></li><li><a href="/a/4">Judul empat</a></li></ul></div>`, []string{"https://kabar.example/a/3", "https://kabar.example/a/4"}},
		{"english", `<p><strong>READ MORE:</strong> <a href="/a/5">Another story</a></p>`, []string{"https://kabar.example/a/5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(t, `<html><body><article>`+prose+tt.body+prose+`</article></body></html>`)
			res := Extract(doc, Options{PageURL: "https://kabar.example/berita/x"})
			var got []string
			for _, l := range res.Related {
				got = append(got, l.URL)
			}
			if strings.Join(got, " ") != strings.Join(tt.related, " ") {
				t.Errorf("related %q, want %q", got, tt.related)
			}
			if text := res.Text(); strings.Contains(strings.ToLower(text), "judul") || strings.Contains(text, "Another story") {
				t.Errorf("related title left in text:\n%s", text)
			}
		})
	}
}

func TestHiddenClass(t *testing.T) {
	for v, want := range map[string]bool{
		"hidden":                         true,
		"card hidden p-4":                true,
		"hidden aria-expanded:block":     true,
		"hidden group-hover:flex":        true,
		"hidden md:block":                false,
		"hidden lg:flex":                 false,
		"hidden max-md:grid":             false,
		"hidden min-[900px]:block":       false,
		"hidden-xs":                      false,
		"overflow-hidden":                false,
		"is-hidden-mobile article__body": false,
		"":                               false,
	} {
		if got := hiddenClass(v); got != want {
			t.Errorf("hiddenClass(%q) = %v, want %v", v, got, want)
		}
	}
}

// checkText fails t for each of kept the text lacks and each of gone it
// keeps.
func checkText(t *testing.T, text string, kept, gone []string) {
	t.Helper()
	for _, w := range kept {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q:\n%s", w, text)
		}
	}
	for _, w := range gone {
		if strings.Contains(text, w) {
			t.Errorf("text keeps %q:\n%s", w, text)
		}
	}
}

// TestSameWords: the same words, white space and letter case aside; an
// empty alt text matches nothing, not even an empty line.
func TestSameWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"The old  lock gate", " the Old lock\tgate ", true},
		{"The old lock gate", "The old lock", false},
		{"The old lock", "The old lock gate", false},
		{"Lock gate", "", false},
		{"", "", false},
		{"Pintu air lama", "Pintu air lama", true},
	}
	for _, tt := range tests {
		if got := sameWords(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWords(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
