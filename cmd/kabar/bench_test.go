package main

// Benchmarks of the whole pipeline as the command wires it (issue 8). They
// measure, in one process:
//
//   - BenchmarkPipeline: one pass over the 181 pages of ../shared/bench/aeb
//     (gunzipped in memory before timing) per op, for parse-only
//     (golang.org/x/net/html.Parse, the floor), go-shiori go-readability
//     (Parse + FromDocument) and kabar (pipeline.process: extraction and
//     normalisation, everything that goes into a record), each with one
//     worker on one core and two on two: the per-core figure and the 2-core
//     scaling.
//   - BenchmarkExtractCommand: the kabar binary extracting the same pages
//     from their .gz files, for its peak resident memory.
//   - BenchmarkCrawl: crawl of a generated 10,000-article loopback site with
//     no delay, extraction and storage included.
//
// `make bench` runs them with the store benchmarks and prints one table.
// The aeb benchmarks skip when ../shared/bench is absent; nothing here
// touches the internet.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"

	"github.com/kabar-news/kabar/eval"
	"github.com/kabar-news/kabar/store"
)

// benchPage is one benchmark page, gunzipped, with the URL it was fetched from.
type benchPage struct {
	url  string
	html []byte
}

// benchSharedDir finds ../shared/bench next to the repository by walking up
// from the package folder, or takes KABAR_BENCH_DIR; it skips the benchmark
// when neither exists, so that the suite runs on a bare checkout.
func benchSharedDir(b *testing.B) string {
	b.Helper()
	if d := os.Getenv("KABAR_BENCH_DIR"); d != "" {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		b.Skipf("KABAR_BENCH_DIR %s not found", d)
	}
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		d := filepath.Join(dir, "..", "shared", "bench")
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Skip("../shared/bench not found")
		}
		dir = parent
	}
}

var benchAEB struct {
	once  sync.Once
	dir   string
	pages []benchPage
	size  int64
	err   error
}

// benchAEBPages loads the aeb pages once per process: every benchmark sees
// the same bytes, and loading is never timed.
func benchAEBPages(b *testing.B) (pages []benchPage, size int64) {
	b.Helper()
	dir := filepath.Join(benchSharedDir(b), "aeb")
	benchAEB.once.Do(func() {
		benchAEB.dir = dir
		entries, err := eval.LoadManifest(dir)
		if err != nil {
			benchAEB.err = fmt.Errorf("load aeb manifest: %w", err)
			return
		}
		for _, e := range entries {
			raw, err := eval.ReadPage(filepath.Join(dir, e.Path))
			if err != nil {
				benchAEB.err = fmt.Errorf("read aeb page: %w", err)
				return
			}
			benchAEB.pages = append(benchAEB.pages, benchPage{url: e.URL, html: raw})
			benchAEB.size += int64(len(raw))
		}
	})
	if benchAEB.err != nil {
		b.Skip(benchAEB.err)
	}
	if len(benchAEB.pages) == 0 {
		b.Skip("no aeb pages")
	}
	return benchAEB.pages, benchAEB.size
}

// benchRounds is how many times BenchmarkPipeline runs each extractor
// (KABAR_BENCH_ROUNDS, default 1). The rounds interleave the extractors
// (parse, readability, kabar, parse, …) so that a slow spell of a shared
// machine hits all of them alike; testing names the repeats "#01", "#02".
func benchRounds() int {
	n, err := strconv.Atoi(os.Getenv("KABAR_BENCH_ROUNDS"))
	if err != nil || n < 1 {
		return 1
	}
	return n
}

// benchExtractor is one way of processing a page in BenchmarkPipeline.
type benchExtractor struct {
	name string
	run  func(p benchPage) error
}

func benchExtractors() []benchExtractor {
	p := pipeline{}
	return []benchExtractor{
		{"parse", func(pg benchPage) error {
			_, err := html.Parse(bytes.NewReader(pg.html))
			return err
		}},
		{"readability", func(pg benchPage) error {
			doc, err := html.Parse(bytes.NewReader(pg.html))
			if err != nil {
				return err
			}
			u, _ := url.Parse(pg.url)
			_, err = readability.FromDocument(doc, u)
			return err
		}},
		// kabar is pipeline.process as `kabar extract` calls it (zero fetch
		// time, no Content-Type): the record, not just the body.
		{"kabar", func(pg benchPage) error {
			_, _, err := p.process(pg.html, pg.url, "", time.Time{})
			return err
		}},
	}
}

// BenchmarkPipeline processes the aeb corpus once per op with one worker
// and with two. Besides ns/op and MB/s it reports docs/s, allocations and bytes
// allocated per document, and the peak resident memory during the loop
// (peak-RSS-MB: the process's high-water mark, reset before the loop, so it
// includes the 31.5 MB of preloaded pages and the test binary itself).
func BenchmarkPipeline(b *testing.B) {
	for range benchRounds() {
		for _, ex := range benchExtractors() {
			b.Run("extractor="+ex.name, func(b *testing.B) {
				for _, workers := range []int{1, 2} {
					b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) { benchCorpus(b, workers, ex.run) })
				}
			})
		}
	}
}

// benchCorpus times passes over the aeb pages shared out to workers, one
// page at a time from a common counter, with GOMAXPROCS set to workers so
// that one worker is one core, garbage collection included. (go test -cpu
// is no substitute: it does not apply to the first run of a benchmark,
// which with b.Loop is the only one; golang/go#49980.)
func benchCorpus(b *testing.B, workers int, run func(benchPage) error) {
	pages, size := benchAEBPages(b)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(workers))
	b.SetBytes(size)
	var failed atomic.Int64
	pass := func() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(pages) {
						return
					}
					if run(pages[i]) != nil {
						failed.Add(1)
					}
				}
			})
		}
		wg.Wait()
	}
	benchResetPeakRSS()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := benchCPUTime()
	passes := 0
	for b.Loop() {
		pass()
		passes++
	}
	elapsed := b.Elapsed()
	cpu := benchCPUTime() - cpu0
	runtime.ReadMemStats(&after)
	docs := float64(passes * len(pages))
	b.ReportMetric(docs/elapsed.Seconds(), "docs/s")
	if cpu > 0 {
		b.ReportMetric(docs/cpu.Seconds(), "docs/cpu-s")
		// Near GOMAXPROCS when the machine is ours; far below it when other
		// processes take the cores, and then only docs/cpu-s means much.
		b.ReportMetric(cpu.Seconds()/elapsed.Seconds(), "cores-busy")
	}
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/docs, "allocs/doc")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/docs/1024, "KB/doc")
	if rss := benchPeakRSS(); rss > 0 {
		b.ReportMetric(rss, "peak-RSS-MB")
	}
	if n := failed.Load(); n > 0 {
		b.Logf("%d of %.0f documents failed", n, docs)
	}
}

// benchCPUTime is the user and system time the process has used, garbage
// collection included. Docs per CPU-second is the per-core cost of an
// extractor even when other processes share the machine, which wall-clock
// docs/s is not.
func benchCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchResetPeakRSS returns freed memory to the system and resets the kernel's
// high-water mark of resident memory (VmHWM), so that benchPeakRSS reports the
// peak of what follows rather than of an earlier benchmark. It does nothing
// where /proc/self/clear_refs is missing.
func benchResetPeakRSS() {
	runtime.GC()
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// benchPeakRSS is VmHWM from /proc/self/status in MB, 0 when unavailable.
func benchPeakRSS() float64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}

// BenchmarkExtractCommand builds the kabar binary and runs `kabar extract
// --manifest aeb/manifest.tsv` over the .gz files, as a user would: reading,
// gunzipping, extracting on GOMAXPROCS workers and writing JSON Lines. It
// reports docs/s and the child's peak resident memory (peak-RSS-MB, from
// its rusage), the figure the 100 MB target is about.
func BenchmarkExtractCommand(b *testing.B) {
	benchAEBPages(b) // skips when the pages are absent
	gobin, err := exec.LookPath("go")
	if err != nil {
		b.Skip("go command not found")
	}
	bin := filepath.Join(b.TempDir(), "kabar")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build kabar: %v\n%s", err, out)
	}
	manifest := filepath.Join(benchAEB.dir, "manifest.tsv")
	var peak float64
	runs := 0
	for b.Loop() {
		cmd := exec.Command(bin, "extract", "--manifest", manifest, "--out", os.DevNull)
		cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(runtime.GOMAXPROCS(0)))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			b.Fatalf("kabar extract: %v\n%s", err, stderr.Bytes())
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, float64(ru.Maxrss)/1024) // kB on Linux
		}
		runs++
	}
	b.ReportMetric(float64(runs*len(benchAEB.pages))/b.Elapsed().Seconds(), "docs/s")
	if peak > 0 {
		b.ReportMetric(peak, "peak-RSS-MB")
	}
}

// benchSiteArticles is the size of the generated crawl site; BenchmarkCrawl
// fetches it and its index pages once per op.
const benchSiteArticles = 10000

// benchNewsSite serves a generated news site on loopback: a home page linking
// 100 section pages, each linking 100 articles of about 14 KB (head with
// OpenGraph and JSON-LD, navigation, byline, date, twelve paragraphs, related
// links, footer), every article different so that none is a duplicate.
func benchNewsSite(articles int) *httptest.Server {
	const perSection = 100
	sections := (articles + perSection - 1) / perSection
	nav := func(sb *strings.Builder) {
		sb.WriteString(`<header><nav class="menu"><a href="/">Beranda</a>`)
		for s := range min(sections, 20) {
			fmt.Fprintf(sb, `<a href="/kanal/%d">Kanal %d</a>`, s, s)
		}
		sb.WriteString(`</nav></header>`)
	}
	footer := `<footer><div class="links"><a href="/tentang">Tentang kami</a> <a href="/redaksi">Redaksi</a></div>` +
		`<p>Copyright 2024 Warta Contoh. All rights reserved.</p></footer></body></html>`
	words := strings.Fields("pemerintah daerah menyatakan bahwa anggaran pembangunan jalan tahun ini akan " +
		"dinaikkan setelah rapat dengan dewan perwakilan rakyat yang berlangsung hingga malam hari " +
		"warga berharap perbaikan segera dilakukan sebelum musim hujan tiba kata kepala dinas pekerjaan umum")
	article := func(n int) string {
		var sb strings.Builder
		sb.Grow(16 << 10)
		title := fmt.Sprintf("Anggaran Jalan Kabupaten %d Naik Setelah Rapat Dewan", n)
		day := 1 + n%28
		fmt.Fprintf(&sb, `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>%s - Warta Contoh</title>`+
			`<meta property="og:type" content="article"><meta property="og:title" content="%s">`+
			`<meta property="og:site_name" content="Warta Contoh"><link rel="canonical" href="/berita/%d">`+
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,`+
			`"datePublished":"2024-03-%02dT09:%02d:00+07:00","author":{"@type":"Person","name":"Rina Wartawati"}}</script>`+
			`</head><body>`, title, title, n, title, day, n%60)
		nav(&sb)
		fmt.Fprintf(&sb, `<main><article><h1>%s</h1><div class="byline">Penulis: Rina Wartawati</div>`+
			`<time datetime="2024-03-%02dT09:%02d:00+07:00">%d Maret 2024</time><div class="content">`, title, day, n%60, day)
		for p := range 12 {
			sb.WriteString("<p>")
			if p == 0 {
				sb.WriteString("WARTA CONTOH, BANDUNG - ")
			}
			for w := range 40 {
				sb.WriteString(words[(n*7+p*13+w*w)%len(words)])
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "nomor %d paragraf %d.</p>", n, p)
			if p == 5 {
				fmt.Fprintf(&sb, `<p><strong>Baca juga: <a href="/berita/%d">Berita lain %d</a></strong></p>`, (n+1)%articles, n+1)
			}
		}
		sb.WriteString(`</div></article><aside class="related"><h3>Berita terkait</h3><ul>`)
		for k := 1; k <= 5; k++ {
			m := (n + k*37) % articles
			fmt.Fprintf(&sb, `<li><a href="/berita/%d">Berita %d</a></li>`, m, m)
		}
		sb.WriteString(`</ul></aside></main>`)
		sb.WriteString(footer)
		return sb.String()
	}
	section := func(s int) string {
		var sb strings.Builder
		fmt.Fprintf(&sb, `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Kanal %d - Warta Contoh</title></head><body>`, s)
		nav(&sb)
		sb.WriteString(`<main><ul class="list">`)
		for k := range perSection {
			if n := s*perSection + k; n < articles {
				fmt.Fprintf(&sb, `<li><a href="/berita/%d">Anggaran Jalan Kabupaten %d Naik</a></li>`, n, n)
			}
		}
		fmt.Fprintf(&sb, `</ul><a href="/kanal/%d">Kanal berikutnya</a></main>`, (s+1)%sections)
		sb.WriteString(footer)
		return sb.String()
	}
	home := func() string {
		var sb strings.Builder
		sb.WriteString(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Warta Contoh</title></head><body>`)
		nav(&sb)
		for s := range sections {
			fmt.Fprintf(&sb, `<a href="/kanal/%d">Kanal %d</a> `, s, s)
		}
		sb.WriteString(footer)
		return sb.String()
	}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body string
		var n int
		switch p := r.URL.Path; {
		case p == "/robots.txt":
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "User-agent: *\nAllow: /\n")
			return
		case p == "/":
			body = home()
		case strings.HasPrefix(p, "/kanal/"):
			if _, err := fmt.Sscanf(p, "/kanal/%d", &n); err != nil || n < 0 || n >= sections {
				http.NotFound(w, r)
				return
			}
			body = section(n)
		case strings.HasPrefix(p, "/berita/"):
			if _, err := fmt.Sscanf(p, "/berita/%d", &n); err != nil || n < 0 || n >= articles {
				http.NotFound(w, r)
				return
			}
			body = article(n)
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}))
}

// BenchmarkCrawl crawls the generated site with the crawl function that
// `kabar crawl --delay 0` runs, into a fresh store (synced writes, raw pages
// kept): fetching, extraction, normalisation and storage. One op is the
// whole site; pages/s counts every fetched page, articles/s the stored ones.
// The test server runs in the same process and its CPU time counts too.
func BenchmarkCrawl(b *testing.B) {
	srv := benchNewsSite(benchSiteArticles)
	defer srv.Close()
	for _, par := range []int{2, 8} {
		b.Run(fmt.Sprintf("parallelism=%d", par), func(b *testing.B) {
			var fetched, articles int
			var busy, cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				dir := b.TempDir()
				db, err := store.Open(filepath.Join(dir, "crawl.db"))
				if err != nil {
					b.Fatal(err)
				}
				e := &env{stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
				cfg := crawlConfig{db: "crawl.db", maxDepth: 5, delay: 0, parallelism: par, quiet: true}
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
				if sum.created != benchSiteArticles {
					b.Fatalf("stored %d new articles, want %d (%+v)", sum.created, benchSiteArticles, sum.Summary)
				}
				fetched += sum.Fetched
				articles += sum.created
				busy += sum.Finished.Sub(sum.Started)
				b.StartTimer()
			}
			b.ReportMetric(float64(fetched)/busy.Seconds(), "pages/s")
			b.ReportMetric(float64(articles)/busy.Seconds(), "articles/s")
			// cores-busy is the CPU time of the process (server included) over
			// the wall time: near GOMAXPROCS the crawl is bound by computing,
			// well below it by waiting (fsync, scheduling, the network).
			b.ReportMetric(cpu.Seconds()/busy.Seconds(), "cores-busy")
			b.ReportMetric(float64(fetched)/cpu.Seconds(), "pages/CPU-s")
		})
	}
}
