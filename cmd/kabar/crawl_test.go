package main

// Tests of kabar crawl's own features (issue 5): articles split over
// several pages stored as one record, --refresh-after, resuming after
// SIGKILL in the middle of a split article, one writer per store; and
// BenchmarkCrawlSite, the 2,000-page loopback crawl.

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/store"
)

// splitSite serves a small Indonesian news site whose articles are split
// over pages the way Indonesian sites split them: "Halaman 2" and "Halaman
// selanjutnya" links to /2 and /3 appended to the path, or ?page=2 with
// rel=next. Every page of an article repeats its header and lede.
type splitSite struct {
	srv   *httptest.Server
	mu    sync.Mutex
	hits  map[string]int // requests by path and query
	edit  string         // appended to the last paragraph of the banjir article
	onHit func(path string)
}

// Paths of the split site's articles.
const (
	spBanjir = "/berita/2024/03/05/banjir-rob-semarang"  // three pages, /2 and /3
	spBeras  = "/ekonomi/2024/03/05/harga-beras-naik"    // two pages, ?page=2 and rel=next
	spGempa  = "/daerah/2024/03/05/gempa-kecil-di-garut" // one page
)

// spLede is the lede every page of an article repeats.
func spLede(title string) string {
	return "WARTA CONTOH, SEMARANG - Laporan lengkap tentang " + strings.ToLower(title) + " disusun redaksi dari keterangan warga dan pejabat setempat."
}

// spParas are the paragraphs of page k (from 1) of an article, lede
// excluded.
func spParas(slug string, k int) []string {
	ps := []string{
		fmt.Sprintf("Pada bagian %d laporan %s, petugas mencatat keadaan di lapangan sejak pagi hari dan melaporkannya kepada kantor kecamatan.", k, slug),
		fmt.Sprintf("Warga di bagian %d laporan %s meminta pemerintah daerah segera mengirim bantuan berupa makanan, air bersih, dan obat-obatan.", k, slug),
	}
	if k == 2 {
		ps = append(ps, `"Air mulai naik sejak pukul dua pagi dan belum surut sampai sekarang," kata Budi Santoso.`)
	}
	return ps
}

// spPage is page k of n of an article: the same head, header and lede on
// every page, the page's paragraphs, an image on the first and the last,
// and a pager outside the article.
func (s *splitSite) spPage(path, title string, k, n int, queryStyle bool) string {
	slug := path[strings.LastIndex(path, "/")+1:]
	partURL := func(i int) string {
		switch {
		case i == 1:
			return path
		case queryStyle:
			return fmt.Sprintf("%s?page=%d", path, i)
		}
		return fmt.Sprintf("%s/%d", path, i)
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">`)
	fmt.Fprintf(&b, `<title>%s - Warta Contoh</title><meta property="og:type" content="article"><meta property="og:site_name" content="Warta Contoh">`, title)
	fmt.Fprintf(&b, `<link rel="canonical" href="%s">`, partURL(k))
	if k < n {
		fmt.Fprintf(&b, `<link rel="next" href="%s">`, partURL(k+1))
	}
	fmt.Fprintf(&b, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"2024-03-05T10:00:00+07:00","author":{"@type":"Person","name":"Rina Hartati"}}</script>`, title)
	fmt.Fprintf(&b, `</head><body><header><nav><a href="/">Beranda</a> <a href="%s">Gempa</a></nav></header>`, spGempa)
	fmt.Fprintf(&b, `<article><h1>%s</h1><p class="byline">Penulis: Rina Hartati</p><p>%s</p>`, title, spLede(title))
	if k == 1 || k == n {
		fmt.Fprintf(&b, `<figure><img src="/img/%s-%d.jpg" alt="Foto %d"><figcaption>Suasana di lokasi, halaman %d.</figcaption></figure>`, slug, k, k, k)
	}
	paras := spParas(slug, k)
	if k == n && s.edit != "" && path == spBanjir {
		paras[len(paras)-1] += " " + s.edit
	}
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString(`</article><nav class="pagination">`)
	fmt.Fprintf(&b, `<span>%d dari %d halaman</span> `, k, n)
	for i := 1; i <= n; i++ {
		label := fmt.Sprint(i)
		if !queryStyle && i == k+1 {
			label = fmt.Sprintf("Halaman %d", i)
		}
		fmt.Fprintf(&b, `<a href="%s">%s</a> `, partURL(i), label)
	}
	if k < n {
		fmt.Fprintf(&b, `<a href="%s">Halaman selanjutnya</a>`, partURL(k+1))
	}
	b.WriteString(`</nav><footer>Copyright Warta Contoh</footer></body></html>`)
	return b.String()
}

func newSplitSite(t *testing.T) *splitSite {
	t.Helper()
	s := &splitSite{hits: map[string]int{}}
	titles := map[string]string{
		spBanjir: "Banjir Rob Kembali Rendam Pesisir Semarang",
		spBeras:  "Harga Beras Naik Menjelang Ramadan",
		spGempa:  "Gempa Kecil Guncang Garut Tanpa Kerusakan",
	}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Path
		if r.URL.RawQuery != "" {
			key += "?" + r.URL.RawQuery
		}
		s.mu.Lock()
		s.hits[key]++
		hook := s.onHit
		s.mu.Unlock()
		if hook != nil {
			hook(key)
		}
		page := func(path string, k, n int, q bool) {
			s.mu.Lock()
			body := s.spPage(path, titles[path], k, n, q)
			s.mu.Unlock()
			htmlOK(w, body)
		}
		switch key {
		case "/robots.txt":
			io.WriteString(w, "User-agent: *\nAllow: /\n")
		case "/":
			htmlOK(w, `<!DOCTYPE html><html lang="id"><head><title>Warta Contoh</title></head><body><ul>`+
				`<li><a href="`+spBanjir+`">Banjir rob</a></li><li><a href="`+spBeras+`">Harga beras</a></li>`+
				`<li><a href="`+spGempa+`">Gempa</a></li><li><a href="`+spBeras+`?page=2">Harga beras, halaman 2</a></li></ul></body></html>`)
		case spBanjir:
			page(spBanjir, 1, 3, false)
		case spBanjir + "/2":
			page(spBanjir, 2, 3, false)
		case spBanjir + "/3":
			page(spBanjir, 3, 3, false)
		case spBeras:
			page(spBeras, 1, 2, true)
		case spBeras + "?page=2":
			page(spBeras, 2, 2, true)
		case spGempa:
			page(spGempa, 1, 1, false)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *splitSite) hit(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[key]
}

// spWantText is the text of an article of n pages: the lede once, then
// every page's paragraphs in order.
func spWantText(path, title string, n int, edit string) string {
	slug := path[strings.LastIndex(path, "/")+1:]
	paras := []string{spLede(title)}
	for k := 1; k <= n; k++ {
		ps := spParas(slug, k)
		if k == n && edit != "" {
			ps[len(ps)-1] += " " + edit
		}
		paras = append(paras, ps...)
	}
	return strings.Join(paras, "\n\n")
}

// storedByURL reads every record of a store, by URL.
func storedByURL(t *testing.T, path string) map[string]kabar.Article {
	t.Helper()
	recs := storedRecords(t, path)
	byURL := map[string]kabar.Article{}
	for _, a := range recs {
		if _, dup := byURL[a.URL]; dup {
			t.Errorf("URL %s stored twice", a.URL)
		}
		byURL[a.URL] = a
	}
	return byURL
}

func TestCrawlMultiPage(t *testing.T) {
	site := newSplitSite(t)
	db := filepath.Join(t.TempDir(), "split.db")
	code, stdout, stderr := kabarRun(t, "crawl", "--db", db, "--delay", "0", site.srv.URL+"/")
	if code != exitOK {
		t.Fatalf("crawl exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	// Every page is fetched once: the parts by following their article,
	// never on their own, the stray link to ?page=2 included.
	for _, key := range []string{"/", spBanjir, spBanjir + "/2", spBanjir + "/3", spBeras, spBeras + "?page=2", spGempa} {
		if n := site.hit(key); n != 1 {
			t.Errorf("%s requested %d times, want once", key, n)
		}
	}
	if !strings.Contains(stdout, "pages fetched 7, articles 3 (new 3,") {
		t.Errorf("summary %q, want 7 pages fetched and 3 new articles", stdout)
	}
	recs := storedByURL(t, db)
	if len(recs) != 3 {
		t.Errorf("%d records stored, want 3 (one per article, parts not on their own): %v", len(recs), keys(recs))
	}
	base := site.srv.URL
	for _, w := range []struct {
		path, title string
		pages       int
		images      []string
		quotePara   int // 1-based paragraph of the quote in the whole text, 0 for none
	}{
		{spBanjir, "Banjir Rob Kembali Rendam Pesisir Semarang", 3,
			[]string{"/img/banjir-rob-semarang-1.jpg", "/img/banjir-rob-semarang-3.jpg"}, 6},
		{spBeras, "Harga Beras Naik Menjelang Ramadan", 2,
			[]string{"/img/harga-beras-naik-1.jpg", "/img/harga-beras-naik-2.jpg"}, 6},
		{spGempa, "Gempa Kecil Guncang Garut Tanpa Kerusakan", 1,
			[]string{"/img/gempa-kecil-di-garut-1.jpg"}, 0},
	} {
		a, ok := recs[base+w.path]
		if !ok {
			t.Errorf("%s: no record under page one's URL", w.path)
			continue
		}
		if a.CanonicalURL != base+w.path || a.Title != w.title {
			t.Errorf("%s: canonical %q title %q, want page one's and %q", w.path, a.CanonicalURL, a.Title, w.title)
		}
		if want := spWantText(w.path, w.title, w.pages, ""); a.Text != want {
			t.Errorf("%s: text\n%s\nwant (the pages in order, the repeated lede once)\n%s", w.path, a.Text, want)
		}
		if a.WordCount != len(strings.Fields(a.Text)) {
			t.Errorf("%s: word count %d of a text of %d words", w.path, a.WordCount, len(strings.Fields(a.Text)))
		}
		var imgs []string
		for _, im := range a.Images {
			imgs = append(imgs, strings.TrimPrefix(im.URL, base))
		}
		if strings.Join(imgs, " ") != strings.Join(w.images, " ") {
			t.Errorf("%s: images %v, want %v", w.path, imgs, w.images)
		}
		switch {
		case w.quotePara == 0 && len(a.Quotes) != 0:
			t.Errorf("%s: quotes %+v, want none", w.path, a.Quotes)
		case w.quotePara != 0 && (len(a.Quotes) != 1 || a.Quotes[0].Paragraph != w.quotePara || a.Quotes[0].Speaker != "Budi Santoso"):
			t.Errorf("%s: quotes %+v, want Budi Santoso's in paragraph %d", w.path, a.Quotes, w.quotePara)
		}
	}

	// Re-extraction rebuilds a split article from every page's stored
	// bytes: nothing changes, and the text is not cut short.
	if code, stdout, stderr := kabarRun(t, "reextract", "--db", db); code != exitOK {
		t.Fatalf("reextract exit %d\n%s%s", code, stdout, stderr)
	}
	for u, a := range storedByURL(t, db) {
		if b := recs[u]; a.Text != b.Text || a.ContentHash != b.ContentHash {
			t.Errorf("%s: reextract changed the text from\n%s\nto\n%s", u, b.Text, a.Text)
		}
	}
}

func keys(m map[string]kabar.Article) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestCrawlRefreshAfter(t *testing.T) {
	site := newSplitSite(t)
	db := filepath.Join(t.TempDir(), "refresh.db")
	crawl := func(extra ...string) string {
		t.Helper()
		args := append([]string{"crawl", "--db", db, "--delay", "0"}, extra...)
		code, stdout, stderr := kabarRun(t, append(args, site.srv.URL+"/")...)
		if code != exitOK {
			t.Fatalf("crawl %v exit %d\nstdout %s\nstderr %s", extra, code, stdout, stderr)
		}
		return stdout
	}
	seen := func(path string) store.Seen {
		t.Helper()
		s, err := store.Open(db, store.WithReadOnly())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		sn, ok, err := s.SeenURL(site.srv.URL + path)
		if err != nil || !ok {
			t.Fatalf("%s not stored: %v", path, err)
		}
		return sn
	}
	crawl()
	first := seen(spBanjir)

	// The article changes on its last page. A later run without
	// --refresh-after, or with one not yet due, does not fetch it.
	site.mu.Lock()
	site.edit = "Pembaruan: air sudah surut pada sore hari."
	site.mu.Unlock()
	for _, extra := range [][]string{nil, {"--refresh-after", "1h"}} {
		out := crawl(extra...)
		if n := site.hit(spBanjir); n != 1 {
			t.Fatalf("with %v the stored article was requested %d times in all, want once", extra, n)
		}
		if !strings.Contains(out, "already stored 3") {
			t.Errorf("with %v summary %q, want 3 already stored", extra, out)
		}
	}

	// Due: fetched again, all its pages, and the update is caught.
	out := crawl("--refresh-after", "1ns")
	if n := site.hit(spBanjir + "/3"); n != 2 {
		t.Errorf("last page of the refreshed article requested %d times in all, want twice", n)
	}
	if !strings.Contains(out, "articles 3 (new 0, changed 1, unchanged 2") {
		t.Errorf("refresh summary %q, want 1 changed and 2 unchanged", out)
	}
	updated := seen(spBanjir)
	if updated.Versions != 2 || updated.Seq <= first.Seq || !updated.LastSeen.After(first.LastSeen) {
		t.Errorf("after the update: %+v, before %+v; want a second version", updated, first)
	}
	recs := storedByURL(t, db)
	if want := spWantText(spBanjir, "Banjir Rob Kembali Rendam Pesisir Semarang", 3, site.edit); recs[site.srv.URL+spBanjir].Text != want {
		t.Errorf("refreshed text\n%s\nwant\n%s", recs[site.srv.URL+spBanjir].Text, want)
	}

	// Due again but unchanged: only last_seen moves.
	crawl("--refresh-after", "1ns")
	again := seen(spBanjir)
	if again.Versions != 2 || again.Seq != updated.Seq || !again.LastSeen.After(updated.LastSeen) {
		t.Errorf("unchanged refresh: %+v, before %+v; want only last_seen moved", again, updated)
	}
}

// TestCrawlResumeSplitArticle SIGKILLs `kabar crawl` while it fetches the
// pages of a split article, runs the same command again, and checks that
// the store then holds each article once, whole, as an uninterrupted run
// stores it.
func TestCrawlResumeSplitArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kabar and runs it in subprocesses")
	}
	bin := kabarBinary(t)
	site := newSplitSite(t)
	dir := t.TempDir()
	base := filepath.Join(dir, "base.db")
	if code := startCrawl(t, bin, base, site.srv.URL+"/").wait(t, 2*time.Minute); code != exitOK {
		t.Fatalf("uninterrupted crawl exit %d", code)
	}
	want := storedByURL(t, base)

	path := filepath.Join(dir, "killed.db")
	var cur atomic.Pointer[crawlProc]
	var once sync.Once
	site.mu.Lock()
	site.onHit = func(key string) {
		if key == spBanjir+"/2" {
			once.Do(func() { cur.Load().kill() })
		}
	}
	site.mu.Unlock()
	p := startCrawlWith(t, func(p *crawlProc) { cur.Store(p) }, bin, path, site.srv.URL+"/")
	if code := p.wait(t, 2*time.Minute); code != -1 {
		t.Fatalf("crawl was not killed but exited %d:\n%s", code, p.stderr.String())
	}
	if _, ok := storedByURL(t, path)[site.srv.URL+spBanjir]; ok {
		t.Fatal("the split article was stored before its second page was fetched")
	}
	site.mu.Lock()
	site.onHit = nil
	site.mu.Unlock()
	p = startCrawl(t, bin, path, site.srv.URL+"/")
	if code := p.wait(t, 2*time.Minute); code != exitOK {
		t.Fatalf("resumed crawl exit %d:\n%s", code, p.stderr.String())
	}
	got := storedByURL(t, path)
	if len(got) != len(want) {
		t.Errorf("resumed store holds %d records, the uninterrupted one %d", len(got), len(want))
	}
	for u, w := range want {
		if g := got[u]; g.ID != w.ID || g.Text != w.Text || g.ContentHash != w.ContentHash {
			t.Errorf("%s differs after the resume: %q vs %q", u, g.Text, w.Text)
		}
	}
}

// TestCrawlOneWriter starts a crawl that stays busy, then a second crawl
// of the same store, which must exit at once with status 4, naming why.
func TestCrawlOneWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kabar and runs it in subprocesses")
	}
	bin := kabarBinary(t)
	site := newSplitSite(t)
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	site.mu.Lock()
	site.onHit = func(key string) {
		if key == spGempa {
			select {
			case entered <- struct{}{}:
			default:
			}
			<-release
		}
	}
	site.mu.Unlock()
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	db := filepath.Join(t.TempDir(), "busy.db")
	first := startCrawl(t, bin, db, site.srv.URL+"/", "--parallelism", "1")
	select {
	case <-entered:
	case <-first.done:
		t.Fatalf("first crawl ended early:\n%s", first.stderr.String())
	}
	second := startCrawl(t, bin, db, site.srv.URL+"/") // the default --lock-timeout, 1s
	if code := second.wait(t, time.Minute); code != exitStoreInUse {
		t.Errorf("second crawl exit %d, want %d:\n%s", code, exitStoreInUse, second.stderr.String())
	}
	if msg := second.stderr.String(); !strings.Contains(msg, "in use by another kabar process") {
		t.Errorf("second crawl said %q, want it to name the other process", msg)
	}
	close(release)
	if code := first.wait(t, 2*time.Minute); code != exitOK {
		t.Errorf("first crawl exit %d:\n%s", code, first.stderr.String())
	}
}

// BenchmarkCrawlSite is the figure: `kabar crawl --delay 0` over a
// generated loopback site of 2,000 pages (home, 20 sections, 1,977
// articles of about 14 KB, and the two footer links, which answer 404), fetching, extracting, normalising and storing
// (synced writes, raw pages kept) into a fresh store. pages/s counts every
// fetched page over the crawl's wall time; pages/CPU-s is what it would be
// with the machine's cores all ours (server included).
func BenchmarkCrawlSite(b *testing.B) {
	const articles = 1977 // + home + 20 sections + 2 footer 404s = 2,000 pages
	srv := benchNewsSite(articles)
	defer srv.Close()
	for _, par := range []int{1, 4, 8} {
		b.Run(fmt.Sprintf("parallelism=%d", par), func(b *testing.B) {
			var fetched int
			var busy, cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				db, err := store.Open(filepath.Join(b.TempDir(), "crawl.db"))
				if err != nil {
					b.Fatal(err)
				}
				e := &env{stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
				cfg := crawlConfig{maxDepth: 5, delay: 0, parallelism: par, quiet: true}
				b.StartTimer()
				cpu0 := benchCPUTime()
				sum, err := crawl(context.Background(), e, db, cfg, []string{srv.URL + "/"})
				cpu += benchCPUTime() - cpu0
				b.StopTimer()
				if cerr := db.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					b.Fatal(err)
				}
				if sum.Fetched != 2000 || sum.created != articles {
					b.Fatalf("fetched %d pages and stored %d articles, want 2000 and %d", sum.Fetched, sum.created, articles)
				}
				fetched += sum.Fetched
				busy += sum.Finished.Sub(sum.Started)
				b.StartTimer()
			}
			b.ReportMetric(float64(fetched)/busy.Seconds(), "pages/s")
			b.ReportMetric(float64(fetched)/cpu.Seconds(), "pages/CPU-s")
			b.ReportMetric(cpu.Seconds()/busy.Seconds(), "cores-busy")
		})
	}
}
