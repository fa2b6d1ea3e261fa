package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"runtime/metrics"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/ingest"
	"github.com/kabar-news/kabar/store"
	"github.com/kabar-news/kabar/warc"
	"github.com/kabar-news/kabar/warc/warctest"
)

var captured = time.Date(2024, 6, 1, 3, 4, 5, 123456789, time.UTC)

// demoPage reads a page of the demo site.
func demoPage(t testing.TB, p string) []byte {
	t.Helper()
	b, err := fs.ReadFile(fixtures.Site(), strings.TrimPrefix(p, "/"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mixedWARC is a gzipped WARC of demo pages in every shape ingest meets.
// It returns the file, the URLs of the articles it holds (each once) and
// the offset where each record starts (with the file's end last).
type mixedWARC struct {
	path     string
	articles []string
	offsets  []int64
}

func writeMixedWARC(t *testing.T, dir string) mixedWARC {
	t.Helper()
	arts := fixtures.Articles()
	if len(arts) < 5 {
		t.Fatalf("demo site has %d articles", len(arts))
	}
	var buf bytes.Buffer
	w := &warctest.Writer{W: &buf, Gzip: true}
	var m mixedWARC
	add := func(r warctest.Record) {
		m.offsets = append(m.offsets, int64(buf.Len()))
		if _, err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	at := func(i int) time.Time { return captured.Add(time.Duration(i) * time.Hour) }
	add(warctest.Warcinfo(captured))
	for i, p := range arts {
		u := fixtures.Host + p
		body := demoPage(t, p)
		add(warctest.Request(u, "demo.kabar.test", p, at(i)))
		var msg []byte
		switch i % 4 {
		case 0:
			msg = warctest.HTTPMessage(200, html, body)
		case 1:
			msg = warctest.HTTPMessage(200, http.Header{"Content-Type": {"text/html"}, "Transfer-Encoding": {"chunked"}}, warctest.Chunked(body, 1000))
		case 2:
			msg = warctest.HTTPMessage(200, http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, warctest.Gzip(body))
		case 3:
			msg = warctest.HTTPMessage(200, http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}, "Transfer-Encoding": {"chunked"}}, warctest.Chunked(warctest.Gzip(body), 333))
		}
		add(warctest.Response(u, at(i), msg))
		m.articles = append(m.articles, u)
		if i == 1 {
			// Things that are not articles: an index page, an image, a
			// 404, a redirect, a metadata record and a revisit.
			add(warctest.Response(fixtures.Host+"/", at(i), warctest.HTTPMessage(200, html, demoPage(t, "/index.html"))))
			add(warctest.Response(fixtures.Host+"/img/x.png", at(i), warctest.HTTPMessage(200, http.Header{"Content-Type": {"image/png"}}, []byte("\x89PNG\r\n\x1a\nxxxx"))))
			add(warctest.Response(fixtures.Host+"/gone.html", at(i), warctest.HTTPMessage(404, html, []byte("<html><body><h1>Not found</h1></body></html>"))))
			add(warctest.Response(fixtures.Host+"/old.html", at(i), warctest.HTTPMessage(301, http.Header{"Location": {fixtures.Host + p}}, nil)))
			add(warctest.Record{Type: "metadata", TargetURI: u, Date: at(i), ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 12\r\n")})
			add(warctest.Record{Type: "revisit", TargetURI: u, Date: at(i), ContentType: "application/http;msgtype=response",
				Header: map[string]string{"WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"}, Block: []byte("HTTP/1.1 200 OK\r\n\r\n")})
		}
	}
	// The same capture once more: a duplicate record.
	add(warctest.Response(m.articles[0], at(0), warctest.HTTPMessage(200, html, demoPage(t, arts[0]))))
	m.offsets = append(m.offsets, int64(buf.Len()))
	m.path = filepath.Join(dir, "mixed.warc.gz")
	if err := os.WriteFile(m.path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return m
}

// stored returns the store's records by URL.
func stored(t testing.TB, dbPath string) map[string]kabar.Article {
	t.Helper()
	db, err := store.Open(dbPath, store.WithReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
	out := map[string]kabar.Article{}
	err = db.Each(context.Background(), store.Filter{}, func(a kabar.Article) error {
		out[a.URL] = a
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var summaryCount = regexp.MustCompile(`(new|changed|unchanged|records|articles|errors|filtered out) (\d+)`)

// counts reads the numbers of an ingest summary line.
func counts(t testing.TB, summary string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, m := range summaryCount.FindAllStringSubmatch(summary, -1) {
		n, _ := strconv.Atoi(m[2])
		if _, ok := out[m[1]]; !ok {
			out[m[1]] = n
		}
	}
	return out
}

func TestIngestMixedIdempotent(t *testing.T) {
	dir := t.TempDir()
	m := writeMixedWARC(t, dir)
	db := filepath.Join(dir, "k.db")
	code, out, errs := kabarRun(t, "ingest", "--db", db, m.path)
	if code != exitOK {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	c := counts(t, out)
	if c["records"] != len(m.offsets)-1 || c["new"] != len(m.articles) || c["unchanged"] != 1 || c["errors"] != 0 {
		t.Errorf("summary %q: want %d records, %d new, 1 unchanged (the duplicate)", out, len(m.offsets)-1, len(m.articles))
	}
	got := stored(t, db)
	if len(got) != len(m.articles) {
		t.Errorf("%d records stored, want %d", len(got), len(m.articles))
	}
	for i, u := range m.articles {
		a, ok := got[u]
		if !ok {
			t.Errorf("%s not stored", u)
			continue
		}
		if want := captured.Add(time.Duration(i) * time.Hour); !a.FetchedAt.Equal(want) {
			t.Errorf("%s: fetched_at %v, want the WARC-Date %v", u, a.FetchedAt, want)
		}
		if a.Title == "" || a.Text == "" {
			t.Errorf("%s: no title or text", u)
		}
	}

	// Again: the file is known to be done.
	code, out, _ = kabarRun(t, "ingest", "--db", db, m.path)
	if c := counts(t, out); code != exitOK || c["records"] != 0 || !strings.Contains(out, "1 already done") {
		t.Errorf("second run, exit %d: %s", code, out)
	}
	// From the start: every record is read again, and nothing changes.
	code, out, _ = kabarRun(t, "ingest", "--db", db, "--from-start", m.path)
	if c := counts(t, out); code != exitOK || c["new"] != 0 || c["changed"] != 0 || c["unchanged"] != len(m.articles)+1 {
		t.Errorf("--from-start, exit %d: %s", code, out)
	}
}

func TestIngestResume(t *testing.T) {
	dir := t.TempDir()
	m := writeMixedWARC(t, dir)
	db := filepath.Join(dir, "k.db")
	// A run that stopped after record k: its state says so.
	k := len(m.offsets) / 2
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(m.path)
	st, err := ingest.LoadState(s, abs, false)
	if err != nil {
		t.Fatal(err)
	}
	st.Offset = m.offsets[k]
	if err := ingest.SaveState(s, abs, st); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, errs := kabarRun(t, "ingest", "--db", db, m.path)
	if code != exitOK {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	if c := counts(t, out); c["records"] != len(m.offsets)-1-k {
		t.Errorf("resumed run read %d records, want %d: %s", c["records"], len(m.offsets)-1-k, out)
	}
	if got := stored(t, db); len(got) == 0 || len(got) >= len(m.articles) {
		t.Errorf("%d articles stored after resuming half-way, want some but not all %d", len(got), len(m.articles))
	}

	// Another file under the same path: the saved offset is not used.
	other := writeMixedWARC(t, t.TempDir())
	data, _ := os.ReadFile(other.path)
	data = append(append([]byte{}, data[other.offsets[1]:]...), data[:other.offsets[1]]...) // a different head
	os.WriteFile(m.path, data, 0o644)
	_, out, _ = kabarRun(t, "ingest", "--db", db, m.path)
	if c := counts(t, out); c["records"] != len(m.offsets)-1 {
		t.Errorf("a replaced file read %d records, want all %d: %s", c["records"], len(m.offsets)-1, out)
	}
}

func TestIngestTruncated(t *testing.T) {
	dir := t.TempDir()
	m := writeMixedWARC(t, dir)
	data, _ := os.ReadFile(m.path)
	// Cut inside the response of the last distinct article.
	last := len(m.offsets) - 3
	cut := (m.offsets[last] + m.offsets[last+1]) / 2
	os.WriteFile(m.path, data[:cut], 0o644)
	db := filepath.Join(dir, "k.db")
	code, out, errs := kabarRun(t, "ingest", "--db", db, m.path)
	if code != exitFailure {
		t.Fatalf("exit %d, want %d: %s %s", code, exitFailure, out, errs)
	}
	want := "damaged at byte " + strconv.FormatInt(m.offsets[last], 10)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if msg := lines[len(lines)-1]; !strings.HasPrefix(msg, "kabar ingest: ") || !strings.Contains(msg, want) {
		t.Errorf("last stderr line %q, want one naming %q", msg, want)
	}
	if got := stored(t, db); len(got) != len(m.articles)-1 {
		t.Errorf("%d articles stored, want the %d before the damage", len(got), len(m.articles)-1)
	}
	// Run again: the same damage, nothing new, nothing read twice.
	code, out, _ = kabarRun(t, "ingest", "--db", db, m.path)
	if c := counts(t, out); code != exitFailure || c["records"] != 0 {
		t.Errorf("second run exit %d: %s", code, out)
	}
}

func TestIngestFilters(t *testing.T) {
	dir := t.TempDir()
	m := writeMixedWARC(t, dir)
	for _, tc := range []struct {
		args []string
		want func(i int, u string) bool
	}{
		{[]string{"--site", "other.example"}, func(int, string) bool { return false }},
		{[]string{"--site", "KABAR.test"}, func(int, string) bool { return true }},
		{[]string{"--since", captured.Add(2 * time.Hour).Format(time.RFC3339Nano), "--until", captured.Add(4 * time.Hour).Format(time.RFC3339Nano)},
			func(i int, _ string) bool { return i == 2 || i == 3 }},
		{[]string{"--lang", "xx"}, func(int, string) bool { return false }},
	} {
		db := filepath.Join(t.TempDir(), "k.db")
		code, out, errs := kabarRun(t, append(append([]string{"ingest", "--db", db}, tc.args...), m.path)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errs)
		}
		got := stored(t, db)
		n := 0
		for i, u := range m.articles {
			if tc.want(i, u) {
				n++
				if _, ok := got[u]; !ok {
					t.Errorf("%v: %s not stored", tc.args, u)
				}
			}
		}
		if len(got) != n {
			t.Errorf("%v: %d stored, want %d (%s)", tc.args, len(got), n, out)
		}
	}
}

// The archive round trip: fetch the demo site over HTTP, archive every
// exchange with warc.RotatingWriter, ingest the archive, and get exactly the
// records that extracting the fetched pages directly gives.
func TestIngestRoundTrip(t *testing.T) {
	srv := httptest.NewServer(http.FileServerFS(fixtures.Site()))
	defer srv.Close()
	dir := t.TempDir()
	w, err := warc.NewRotatingWriter(filepath.Join(dir, "warc"), 16<<10, warc.WithSoftware("kabar/"+kabar.Version))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]kabar.Article{}
	p := pipeline{}
	for _, path := range append(fixtures.Articles(), "/index.html") {
		u := srv.URL + path
		req, _ := http.NewRequest(http.MethodGet, u, nil)
		req.Header.Set("User-Agent", "kabar-test")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		at := time.Now().UTC()
		err = w.WriteExchange(context.Background(), warc.RequestInfo{URL: u, Header: req.Header},
			warc.ResponseInfo{URL: u, Status: resp.StatusCode, Proto: resp.Proto, Header: resp.Header, Body: body, FetchedAt: at})
		if err != nil {
			t.Fatal(err)
		}
		a, page, err := p.process(body, u, resp.Header.Get("Content-Type"), at)
		if err == nil && page.IsArticle {
			want[u] = a
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "warc", "*.warc.gz"))
	if len(files) < 2 {
		t.Fatalf("%d WARC files, want the 16 KB limit to rotate", len(files))
	}
	db := filepath.Join(dir, "k.db")
	code, out, errs := kabarRun(t, append([]string{"ingest", "--db", db, "--parallelism", "3"}, files...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	got := stored(t, db)
	if len(got) != len(want) || len(want) != len(fixtures.Articles()) {
		t.Errorf("%d stored, %d extracted directly, %d demo articles", len(got), len(want), len(fixtures.Articles()))
	}
	for u, a := range want {
		wj, _ := json.Marshal(a)
		gj, _ := json.Marshal(got[u])
		if !bytes.Equal(wj, gj) {
			t.Errorf("%s: ingested record differs from direct extraction:\n got %s\nwant %s", u, gj, wj)
		}
	}
}

// BenchmarkIngestCCNews ingests a generated CC-NEWS-shaped WARC file of
// $KABAR_WARC_BENCH_MB megabytes (gzipped; default 100) and reports
// records/s, MB/s and the process's peak resident memory. It is slow, so it
// runs only when that variable is set: `make bench-warc`. The file is kept
// in $KABAR_WARC_BENCH_DIR (default: the system's temporary folder) and
// reused by later runs.
func BenchmarkIngestCCNews(b *testing.B) {
	mbs := os.Getenv("KABAR_WARC_BENCH_MB")
	if mbs == "" {
		b.Skip("set KABAR_WARC_BENCH_MB (or run make bench-warc)")
	}
	mb, err := strconv.Atoi(mbs)
	if err != nil || mb < 1 {
		b.Fatalf("KABAR_WARC_BENCH_MB=%q", mbs)
	}
	dir := os.Getenv("KABAR_WARC_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "kabar-warc-bench")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("CC-NEWS-like-%dMB.warc.gz", mb))
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		n, _, err := writeCCNewsWARC(b, path, int64(mb)<<20)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %s: %d captures in %s", path, n, time.Since(start).Round(time.Millisecond))
	}
	fi, _ := os.Stat(path)
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(b.TempDir(), "bench.db")
		peaks := samplePeaks(100 * time.Millisecond)
		start, cpu0 := time.Now(), cpuTime()
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr}, []string{"ingest", "--db", db, path})
		out, errs := stdout.String(), stderr.String()
		el, cpu := time.Since(start), cpuTime()-cpu0
		if code != exitOK {
			b.Fatalf("exit %d: %s %s", code, out, errs)
		}
		c := counts(b, out)
		b.ReportMetric(float64(c["records"])/el.Seconds(), "records/s")
		b.ReportMetric(float64(fi.Size())/1e6/el.Seconds(), "MB/s")
		// CPU time says what a shared or busy machine hides: records
		// per CPU-second times the cores is the rate on an idle machine.
		b.ReportMetric(float64(c["records"])/cpu.Seconds(), "records/cpu-s")
		b.ReportMetric(float64(fi.Size())/1e6/cpu.Seconds(), "MB/cpu-s")
		b.ReportMetric(float64(c["articles"]), "articles")
		heap, anon := peaks()
		// VmHWM counts the pages of the bbolt file that its mmap touched,
		// which grow with the store, not with ingest; the anonymous
		// resident memory and the Go heap are ingest's own.
		b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MiB")
		b.ReportMetric(float64(anon)/(1<<20), "peak-anon-RSS-MiB")
		b.ReportMetric(float64(heap)/(1<<20), "peak-live-heap-MiB")
		b.Logf("%s", strings.TrimSpace(out))
	}
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// samplePeaks samples the live Go heap (as the last GC measured it, so
// garbage not yet collected does not count) and the process's anonymous
// resident memory every d until the returned function is called, which
// returns their peaks in bytes.
func samplePeaks(d time.Duration) func() (heap, anon uint64) {
	stop := make(chan struct{})
	done := make(chan struct{})
	var maxHeap, maxAnon uint64
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	sample := func() {
		metrics.Read(live)
		if live[0].Value.Kind() == metrics.KindUint64 {
			maxHeap = max(maxHeap, live[0].Value.Uint64())
		}
		maxAnon = max(maxAnon, uint64(procStatus("RssAnon:")))
	}
	go func() {
		defer close(done)
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			sample()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		<-done
		return maxHeap, maxAnon
	}
}

// procStatus reads a size field (in kB) of /proc/self/status, in bytes; 0
// where /proc is missing.
func procStatus(field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == field {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// peakRSS is the process's peak resident set (VmHWM), in bytes, or 0 where
// /proc is missing.
func peakRSS() int64 { return procStatus("VmHWM:") }

// writeCCNewsWARC writes a gzipped WARC of about size bytes shaped like a
// CC-NEWS file: a warcinfo record, then request/response pairs of news
// pages about 100 KB each (demo articles under unique URLs, each with a
// paragraph of its own and the script bulk of real news pages), HTTP
// headers as Common Crawl keeps them (body decoded, the original coding in
// X-Crawler-Content-Encoding), WARC-Identified-Payload-Type, and a few
// feeds, images and redirects among them. It streams to disk.
//
// It returns how many captures (request/response pairs, after the one
// warcinfo record) it wrote, and how many of them are article pages.
func writeCCNewsWARC(tb testing.TB, path string, size int64) (captures, articles int, err error) {
	f, err := os.Create(path + ".tmp")
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := &warctest.Writer{W: bw, Gzip: true}
	arts := fixtures.Articles()
	pages := make([][]byte, len(arts))
	for i, p := range arts {
		pages[i] = demoPage(tb, p)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("var function return window document push dataLayer googletag cmd display slot ad unit div gpt banner if else true false null typeof undefined JSON parse stringify tracking pixel analytics event category label value config page view section")
	var pool strings.Builder
	for pool.Len() < 512<<10 {
		pool.WriteString(words[rng.IntN(len(words))])
		pool.WriteByte(" ;.(){}=\n"[rng.IntN(9)])
	}
	script := pool.String()
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	if _, err := w.Write(warctest.Warcinfo(day)); err != nil {
		return 0, 0, err
	}
	var written int64
	n := 0
	for ; written < size; n++ {
		at := day.Add(time.Duration(n) * 1700 * time.Millisecond)
		p := arts[n%len(arts)]
		u := fixtures.Host + strings.TrimSuffix(p, ".html") + fmt.Sprintf("-%d.html", n)
		req := warctest.Request(u, "demo.kabar.test", strings.TrimPrefix(u, fixtures.Host), at)
		var resp warctest.Record
		switch {
		case n%41 == 7:
			resp = warctest.Response(u, at, warctest.HTTPMessage(301, http.Header{"Location": {u + "?amp"}}, nil))
		case n%37 == 5:
			img := make([]byte, 20<<10+rng.IntN(40<<10))
			for i := range img {
				img[i] = byte(rng.Uint32())
			}
			resp = warctest.Response(fixtures.Host+fmt.Sprintf("/img/%d.jpg", n), at, warctest.HTTPMessage(200, http.Header{"Content-Type": {"image/jpeg"}}, img))
			resp.Header = map[string]string{"WARC-Identified-Payload-Type": "image/jpeg"}
		default:
			articles++
			body := bytes.ReplaceAll(pages[n%len(pages)], []byte(fixtures.Host+p), []byte(u))
			own := fmt.Sprintf("</p>\n<p>Catatan redaksi nomor %d: laporan ini diperbarui pada %s.</p>", n, at.Format(time.RFC1123))
			body = bytes.Replace(body, []byte("</p>"), []byte(own), 1)
			off := rng.IntN(len(script) - 120<<10)
			bulk := "<script>" + script[off:off+60<<10+rng.IntN(50<<10)] + "</script>"
			body = bytes.Replace(body, []byte("</head>"), []byte(bulk+"</head>"), 1)
			h := http.Header{
				"Content-Type":               {"text/html; charset=UTF-8"},
				"Date":                       {at.Format(http.TimeFormat)},
				"Server":                     {"nginx"},
				"X-Crawler-Content-Encoding": {"gzip"},
				"Cache-Control":              {"max-age=60"},
			}
			resp = warctest.Response(u, at, warctest.HTTPMessage(200, h, body))
			resp.Header = map[string]string{"WARC-Identified-Payload-Type": "text/html", "WARC-IP-Address": "192.0.2.7"}
		}
		for _, r := range []warctest.Record{req, resp} {
			k, err := w.Write(r)
			if err != nil {
				return n, articles, err
			}
			written += k
		}
	}
	if err := bw.Flush(); err != nil {
		return n, articles, err
	}
	if err := f.Close(); err != nil {
		return n, articles, err
	}
	return n, articles, os.Rename(path+".tmp", path)
}

// An interrupted ingest stops with exit status 130 having stored what it
// finished; run again, it reads exactly the records it had not reached.
func TestIngestInterrupted(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cc.warc.gz")
	captures, articles, err := writeCCNewsWARC(t, path, 300<<10)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "k.db")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(40*time.Millisecond, cancel)
	var out1, err1 bytes.Buffer
	code := run(ctx, &env{stdout: &out1, stderr: &err1}, []string{"ingest", "--db", db, "--parallelism", "2", path})
	cancel()
	if code == exitOK {
		t.Skip("the ingest finished before it could be interrupted")
	}
	if code != exitInterrupted {
		t.Fatalf("exit %d, want %d: %s %s", code, exitInterrupted, out1.String(), err1.String())
	}
	code, out2, errs := kabarRun(t, "ingest", "--db", db, path)
	if code != exitOK {
		t.Fatalf("second run: exit %d: %s %s", code, out2, errs)
	}
	c1, c2 := counts(t, out1.String()), counts(t, out2)
	whole := map[string]int{"records": 2*captures + 1, "new": articles}
	if c1["records"]+c2["records"] != whole["records"] || c1["new"]+c2["new"] != whole["new"] {
		t.Errorf("interrupted %v + resumed %v, want together %v", c1, c2, whole)
	}
	if got := stored(t, db); len(got) != whole["new"] {
		t.Errorf("%d stored after resuming, want %d", len(got), whole["new"])
	}
}
