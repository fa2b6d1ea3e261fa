package bench

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
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

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/eval"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/siteconfig"
	"github.com/kabar-news/kabar/normalize"
)

// page is one aeb page, gunzipped, with its manifest id and URL.
type page struct {
	id, url string
	html    []byte
}

// corpus is the aeb set as the benchmarks see it.
type corpus struct {
	dir   string
	pages []page
	size  int64
	truth map[string]string
}

var (
	loadOnce sync.Once
	loaded   corpus
	loadErr  error
)

// benchDir is $KABAR_BENCH_DIR, else ../shared/bench found by walking up
// from the package folder; "" when neither exists.
func benchDir() string {
	if d := os.Getenv("KABAR_BENCH_DIR"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		d := filepath.Join(dir, "..", "shared", "bench")
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// aeb loads the pages and the truth once per process, so that every
// extractor sees the same bytes and loading is never timed. It skips the
// benchmark when the set is absent.
func aeb(b *testing.B) corpus {
	b.Helper()
	loadOnce.Do(func() {
		root := benchDir()
		if root == "" {
			loadErr = fmt.Errorf("../shared/bench not found")
			return
		}
		dir := filepath.Join(root, "aeb")
		entries, err := eval.LoadManifest(dir)
		if err != nil {
			loadErr = fmt.Errorf("load aeb manifest: %w", err)
			return
		}
		loaded.dir = dir
		for _, e := range entries {
			raw, err := eval.ReadPage(filepath.Join(dir, e.Path))
			if err != nil {
				loadErr = fmt.Errorf("read aeb page: %w", err)
				return
			}
			loaded.pages = append(loaded.pages, page{id: e.ID, url: e.URL, html: raw})
			loaded.size += int64(len(raw))
		}
		loaded.truth, err = eval.LoadTruth(filepath.Join(dir, "truth.jsonl"))
		if err != nil {
			loadErr = fmt.Errorf("load aeb truth: %w", err)
		}
	})
	if loadErr != nil {
		b.Skip(loadErr)
	}
	return loaded
}

// extractor turns one page into body text.
type extractor struct {
	name string
	run  func(p page) (string, error)
}

// parseOnly is the floor every extractor stands on: golang.org/x/net/html
// building the tree, nothing else.
func parseOnly(p page) (string, error) {
	_, err := html.Parse(bytes.NewReader(p.html))
	return "", err
}

// kabarExtract is what cmd/kabar's pipeline.process does for `kabar
// extract` (zero fetch time, no Content-Type, site rules on): extraction and
// normalisation, every field of the record, of which the body is scored.
func kabarExtract(p page) (string, error) {
	pg, err := extract.Extract(p.html, p.url, extract.Options{SiteConfigs: bundledConfigs})
	if err != nil {
		return "", err
	}
	a := normalize.Normalize(pg, normalize.Options{Version: kabar.Version})
	return a.Text, nil
}

// bundledConfigs is the ftr-site-config snapshot `kabar extract` consults
// by default, unpacked once before any timing.
var bundledConfigs = func() siteconfig.Stack {
	s, err := siteconfig.Bundled()
	if err != nil {
		return nil // cannot happen: the snapshot is embedded; kabar alone then
	}
	return siteconfig.Stack{s}
}()

// trafilaturaExtract is go-trafilatura as its own comparison script runs it
// (html.Parse, then ExtractDocument with comments excluded and tables kept),
// with or without its readability and dom-distiller fallback.
func trafilaturaExtract(fallback bool) func(p page) (string, error) {
	return func(p page) (string, error) {
		doc, err := html.Parse(bytes.NewReader(p.html))
		if err != nil {
			return "", err
		}
		u, _ := url.Parse(p.url)
		res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
			OriginalURL:     u,
			ExcludeComments: true,
			EnableFallback:  fallback,
		})
		if err != nil {
			return "", err
		}
		return res.ContentText, nil
	}
}

func extractors() []extractor {
	return []extractor{
		{"parse", parseOnly},
		{"kabar", kabarExtract},
		{"trafilatura", trafilaturaExtract(false)},
		{"trafilatura-fallback", trafilaturaExtract(true)},
	}
}

// rounds is how many times each extractor runs (KABAR_BENCH_ROUNDS,
// default 1). Rounds interleave the extractors so that a slow spell of a
// shared machine hits all of them alike; testing names repeats "#01", ….
func rounds() int {
	n, err := strconv.Atoi(os.Getenv("KABAR_BENCH_ROUNDS"))
	if err != nil || n < 1 {
		return 1
	}
	return n
}

var (
	f1Mu sync.Mutex
	f1   = map[string]float64{}
)

// bodyF1 scores an extractor once per process on the whole set with the
// benchmark's metric (eval.Score, as score.py computes it).
func bodyF1(b *testing.B, c corpus, ex extractor) float64 {
	f1Mu.Lock()
	defer f1Mu.Unlock()
	if v, ok := f1[ex.name]; ok {
		return v
	}
	pred := make(map[string]string, len(c.pages))
	for _, p := range c.pages {
		text, err := ex.run(p)
		if err != nil {
			b.Logf("%s: %s: %v", ex.name, p.id, err)
		}
		pred[p.id] = text
	}
	v := eval.Score(c.truth, pred).F1
	f1[ex.name] = v
	return v
}

// BenchmarkCompare runs each extractor over the 181 aeb pages, one pass per
// op, on one worker with GOMAXPROCS 1: the per-core figures.
// It reports docs/s, docs per CPU-second (robust to other load on the
// machine), allocations and bytes per document, the process's peak resident
// memory during the loop, and the body F1 of the extractor on the set.
func BenchmarkCompare(b *testing.B) {
	for range rounds() {
		for _, ex := range extractors() {
			b.Run("extractor="+ex.name, func(b *testing.B) {
				c := aeb(b)
				var f1 float64
				if ex.name != "parse" {
					f1 = bodyF1(b, c, ex)
				}
				benchCorpus(b, c, ex.run)
				if ex.name != "parse" {
					// After the loop: b.Loop drops metrics reported before it.
					b.ReportMetric(f1, "body-F1")
				}
			})
		}
	}
}

// benchCorpus times passes over the pages on one worker, with GOMAXPROCS
// set to 1 so that garbage collection shares its core. (go test -cpu 1 is
// no substitute: it does not apply to the first run of a benchmark, which
// with b.Loop is the only one; golang/go#49980.)
func benchCorpus(b *testing.B, c corpus, run func(page) (string, error)) {
	const workers = 1
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(workers))
	b.SetBytes(c.size)
	pass := func() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(c.pages) {
						return
					}
					run(c.pages[i])
				}
			})
		}
		wg.Wait()
	}
	runtime.GC()
	debug.FreeOSMemory()
	// One untimed pass first: the heap given back above is paged in again
	// by the extractor's own working set, a fixed cost (~15,000 page faults,
	// 150-300 ms for either extractor) that a timed loop of two passes
	// would otherwise charge most to the extractor with the shorter pass.
	// A corpus run pays it once, so the figure is the steady pass. Peak
	// RSS is reset after it and still sees the loop's own peak.
	pass()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // reset VmHWM
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cpuTime()
	passes := 0
	for b.Loop() {
		pass()
		passes++
	}
	elapsed := b.Elapsed()
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&after)
	docs := float64(passes * len(c.pages))
	b.ReportMetric(docs/elapsed.Seconds(), "docs/s")
	if cpu > 0 {
		b.ReportMetric(docs/cpu.Seconds(), "docs/cpu-s")
		// Near GOMAXPROCS when the machine is ours; far below it when other
		// processes take the cores, and then only docs/cpu-s means much.
		b.ReportMetric(cpu.Seconds()/elapsed.Seconds(), "cores-busy")
	}
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/docs, "allocs/doc")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/docs/1024, "KB/doc")
	if rss := peakRSS(); rss > 0 {
		b.ReportMetric(rss, "peak-RSS-MB")
	}
}

// cpuTime is the user and system time of the process, garbage collection
// included.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is VmHWM from /proc/self/status in MB, 0 when unavailable.
func peakRSS() float64 {
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
