package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/kabar-news/kabar/queue/natstest"
)

// BenchmarkDistributed is `make bench-distributed`: the same WARC files
// ingested by one `kabar ingest --parallelism 1` process, then through the
// queue by 1, 2 and 4 `kabar worker --parallelism 1` processes (the real
// binary, the real NATS server in this process on loopback). It prints
// records/s, the ratio to one worker, and the queue's overhead per record
// against the single process (one worker against one ingest, same core
// budget). KABAR_DIST_FILES and KABAR_DIST_CAPTURES size the input.
func BenchmarkDistributed(b *testing.B) {
	files, captures := envInt("KABAR_DIST_FILES", 8), envInt("KABAR_DIST_CAPTURES", 1000)
	began := time.Now()
	bin := buildKabar(b)
	b.Logf("binary built in %s", time.Since(began).Round(time.Millisecond))
	dir := b.TempDir()
	paths := queueFiles(b, dir, files, captures)
	records := files * (2*captures + 1)
	url := natstest.Start(b)

	runProc := func(args ...string) {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	b.ResetTimer()
	start := time.Now()
	runProc(append([]string{"ingest", "--quiet", "--parallelism", "1", "--db", filepath.Join(dir, "single.db")}, paths...)...)
	single := time.Since(start)

	type row struct {
		workers int
		took    time.Duration
	}
	var rows []row
	for _, n := range []int{1, 2, 4} {
		q := fmt.Sprintf("%s/BENCH%d", url, n)
		runProc(append([]string{"ingest", "--quiet", "--queue", q}, paths...)...)
		start := time.Now()
		var cmds []*exec.Cmd
		for i := range n {
			cmd := exec.Command(bin, "worker", "--quiet", "--queue", q, "--drain", "--parallelism", "1",
				"--db", filepath.Join(dir, fmt.Sprintf("w%d-%d.db", n, i)))
			cmd.Stderr = os.Stderr
			// One core per worker, as the single process has: the
			// scaling is then the workers', not Go's inside one.
			cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
			if err := cmd.Start(); err != nil {
				b.Fatal(err)
			}
			cmds = append(cmds, cmd)
		}
		for _, c := range cmds {
			if err := c.Wait(); err != nil {
				b.Fatalf("worker: %v", err)
			}
		}
		rows = append(rows, row{n, time.Since(start)})
	}
	b.StopTimer()
	rate := func(d time.Duration) float64 { return float64(records) / d.Seconds() }
	fmt.Printf("\ndistributed ingest: %d WARC files, %d records (%d captures each), %d CPUs on this machine\n",
		files, records, captures, runtime.NumCPU())
	fmt.Printf("%-34s %10s %12s %8s\n", "run", "seconds", "records/s", "ratio")
	fmt.Printf("%-34s %10.2f %12.0f %8s\n", "single process (ingest, 1 core)", single.Seconds(), rate(single), "-")
	for _, r := range rows {
		fmt.Printf("%-34s %10.2f %12.0f %8.2f\n", fmt.Sprintf("%d worker(s) on the queue", r.workers), r.took.Seconds(), rate(r.took), rate(r.took)/rate(rows[0].took))
	}
	perRecord := func(d time.Duration) float64 { return d.Seconds() / float64(records) * 1e6 }
	fmt.Printf("overhead of the queue per record (1 worker vs single process): %.1f µs of %.1f µs (%+.1f %%)\n",
		perRecord(rows[0].took)-perRecord(single), perRecord(single), (rows[0].took.Seconds()/single.Seconds()-1)*100)
	fmt.Printf("the same per WARC file: %.0f ms\n", (rows[0].took-single).Seconds()*1e3/float64(files))
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// buildKabar is kabarBinary for a benchmark.
func buildKabar(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "kabar")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkDistributedCrawl is the crawl half of `make bench-distributed`:
// loopback sites (KABAR_DIST_SITES of KABAR_DIST_PAGES articles each,
// --delay 0) crawled by one `kabar crawl` process, then by 1, 2 and 4
// `kabar crawl --queue` workers sharing the crawl, every process on one
// core (GOMAXPROCS=1). It prints articles/s and the shared frontier's cost
// per page against the single process. With a real --delay the crawl of a
// host is bound by politeness, not CPU, and workers add hosts crawled at
// once rather than speed on one host.
func BenchmarkDistributedCrawl(b *testing.B) {
	sites, articles := envInt("KABAR_DIST_SITES", 4), envInt("KABAR_DIST_PAGES", 150)
	began := time.Now()
	bin := buildKabar(b)
	b.Logf("binary built in %s", time.Since(began).Round(time.Millisecond))
	cs := newClusterSites(b, sites, articles, 4, 0)
	dir := b.TempDir()
	url := natstest.Start(b)
	var seeds []string
	for k := range sites {
		seeds = append(seeds, cs.url(k)+"/")
	}
	crawlArgs := func(db string, extra ...string) []string {
		return append(append([]string{"crawl", "--quiet", "--delay", "0", "--parallelism", "1", "--db", db}, extra...), seeds...)
	}
	start := func(args []string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Stderr = os.Stderr
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		return cmd
	}
	b.ResetTimer()
	t0 := time.Now()
	if err := start(crawlArgs(filepath.Join(dir, "single.db"))).Wait(); err != nil {
		b.Fatalf("single crawl: %v", err)
	}
	single := time.Since(t0)
	type row struct {
		workers int
		took    time.Duration
	}
	var rows []row
	for _, n := range []int{1, 2, 4} {
		q := fmt.Sprintf("%s/CRAWL%d", url, n)
		t0 := time.Now()
		var cmds []*exec.Cmd
		for i := range n {
			cmds = append(cmds, start(crawlArgs(filepath.Join(dir, fmt.Sprintf("c%d-%d.db", n, i)), "--queue", q, "--lease-ttl", "10s")))
		}
		for _, c := range cmds {
			if err := c.Wait(); err != nil {
				b.Fatalf("crawl worker: %v", err)
			}
		}
		rows = append(rows, row{n, time.Since(t0)})
	}
	b.StopTimer()
	cs.mu.Lock()
	for _, v := range cs.violations {
		b.Errorf("politeness broken: %s", v)
	}
	cs.mu.Unlock()
	pages := sites * articles
	rate := func(d time.Duration) float64 { return float64(pages) / d.Seconds() }
	fmt.Printf("\ndistributed crawl: %d loopback sites of %d articles, --delay 0, --parallelism 1, %d CPUs on this machine\n",
		sites, articles, runtime.NumCPU())
	fmt.Printf("%-34s %10s %12s %8s\n", "run", "seconds", "articles/s", "ratio")
	fmt.Printf("%-34s %10.2f %12.0f %8s\n", "single process (crawl, 1 core)", single.Seconds(), rate(single), "-")
	for _, r := range rows {
		fmt.Printf("%-34s %10.2f %12.0f %8.2f\n", fmt.Sprintf("%d crawl worker(s) on the queue", r.workers), r.took.Seconds(), rate(r.took), rate(r.took)/rate(rows[0].took))
	}
	perPage := func(d time.Duration) float64 { return d.Seconds() / float64(pages) * 1e3 }
	fmt.Printf("cost of the shared frontier per article (1 worker vs single process): %.2f ms of %.2f ms (%+.1f %%)\n",
		perPage(rows[0].took)-perPage(single), perPage(single), (rows[0].took.Seconds()/single.Seconds()-1)*100)
}
