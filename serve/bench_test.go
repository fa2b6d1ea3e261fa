//go:build unix

package serve

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/store"
)

// TestServeBench is `make bench-serve`: it generates a store of
// KABAR_SERVE_BENCH records (kept between runs), builds the search index
// from nothing, and times list, filter and search pages through the HTTP
// handler, whole records read from the store included.
func TestServeBench(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("KABAR_SERVE_BENCH"))
	if n <= 0 {
		t.Skip("set KABAR_SERVE_BENCH (make bench-serve)")
	}
	dir := filepath.Join(os.TempDir(), "kabar-serve-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("store-%d.db", n))
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		generate(t, path, n)
		t.Logf("generated %d records in %s", n, time.Since(start).Round(time.Millisecond))
	}
	// make bench-serve removes the search index first, so that its build
	// is measured; KABAR_SERVE_BENCH_KEEP=1 keeps it, to time the pages.
	if os.Getenv("KABAR_SERVE_BENCH_KEEP") == "" {
		if err := os.RemoveAll(path + ".bleve"); err != nil {
			t.Fatal(err)
		}
	}
	start, cpu0 := time.Now(), cpuTime()
	c, err := OpenCorpus(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	build, cpu := time.Since(start), cpuTime()-cpu0
	// CPU time as well as wall time: on a shared machine the wall time
	// says more about the neighbours than about the index.
	t.Logf("read %d records and built the search index in %s wall, %s CPU (%.0f records per CPU second)",
		c.Stats().Articles, build.Round(time.Millisecond), cpu.Round(time.Millisecond), float64(n)/cpu.Seconds())

	h := Handler(c, slog.New(slog.DiscardHandler))
	rng := rand.New(rand.NewPCG(1, 2))
	cases := []struct {
		name  string
		url   func() string
		limit time.Duration
	}{
		{"list", func() string { return fmt.Sprintf("/records?page=%d", 1+rng.IntN(50)) }, 100 * time.Millisecond},
		{"filter", func() string {
			return fmt.Sprintf("/records?site=%s&since=2024-0%d-01&quotes=1&author=%s", sites[rng.IntN(len(sites))], 1+rng.IntN(5), names[rng.IntN(len(names))])
		}, 100 * time.Millisecond},
		{"api list", func() string { return fmt.Sprintf("/api/records?lang=id&page=%d", 1+rng.IntN(20)) }, 100 * time.Millisecond},
		{"search", func() string { return "/records?q=" + words[rng.IntN(len(words))] + "+" + words[rng.IntN(len(words))] }, 200 * time.Millisecond},
		{"search filtered", func() string {
			return "/records?q=" + words[rng.IntN(len(words))] + "&site=" + sites[rng.IntN(len(sites))] + "&since=2024-03-01"
		}, 200 * time.Millisecond},
		{"search one word", func() string { return "/api/records?q=" + words[rng.IntN(len(words))] }, 200 * time.Millisecond},
	}
	for _, tc := range cases {
		var ds, cs []time.Duration
		for range 100 {
			req := httptest.NewRequest(http.MethodGet, tc.url(), nil)
			w := httptest.NewRecorder()
			s, c0 := time.Now(), cpuTime()
			h.ServeHTTP(w, req)
			ds = append(ds, time.Since(s))
			cs = append(cs, cpuTime()-c0)
			if w.Code != 200 {
				t.Fatalf("%s: %d %s", req.URL, w.Code, w.Body.String())
			}
		}
		slices.Sort(ds)
		slices.Sort(cs)
		p50, p95 := ds[len(ds)/2], ds[len(ds)*95/100]
		c50, c95 := cs[len(cs)/2], cs[len(cs)*95/100]
		r := func(d time.Duration) time.Duration { return d.Round(10 * time.Microsecond) }
		t.Logf("%-16s wall p50 %8s p95 %8s | CPU p50 %8s p95 %8s  (limit %s)", tc.name, r(p50), r(p95), r(c50), r(c95), tc.limit)
		// The limit is checked on CPU time (all of the process's threads,
		// which only this request uses): on a machine shared with other
		// work, wall time measures the neighbours. On an idle machine the
		// two agree for these single-threaded requests.
		if c95 > tc.limit {
			t.Errorf("%s: CPU p95 %s over %s", tc.name, c95, tc.limit)
		}
	}
}

var (
	sites = []string{"kompas.com", "detik.com", "tribunnews.com", "liputan6.com", "antaranews.com", "tempo.co", "cnnindonesia.com", "okezone.com", "bbc.com", "reuters.com"}
	names = []string{"Fitri", "Budi", "Siti", "Andi", "Dewi", "Agus", "Rina", "Joko"}
	words = []string{"banjir", "pemilu", "harga", "beras", "presiden", "jakarta", "timnas", "gempa", "ekonomi", "sekolah", "rumah", "sakit", "polisi", "kebakaran", "menteri", "pasar", "listrik", "jalan", "hujan", "korupsi"}
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// generate writes n records of about 400 words each over 150 days and ten
// sites, a third with quotes.
func generate(t *testing.T, path string, n int) {
	db, err := store.Open(path, store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(7, 8))
	// A vocabulary of 5,000 made-up words drawn by Zipf's law, as word
	// frequencies in text go, and two or three topic words per record
	// (each topic word then lies in about one record in eight), so that a
	// search matches a realistic share of the corpus, not all of it.
	syl := []string{"ba", "ka", "ma", "la", "ri", "si", "tu", "ne", "po", "de", "gan", "kan", "lah", "nya", "ter", "per", "ber", "an"}
	vocab := make([]string, 5000)
	for i := range vocab {
		w := ""
		for v := i; ; v /= len(syl) {
			w += syl[v%len(syl)]
			if v < len(syl) {
				break
			}
		}
		vocab[i] = w
	}
	zipf := rand.NewZipf(rng, 1.1, 1, uint64(len(vocab)-1))
	for i := 0; i < n; {
		var batch []store.Entry
		for j := 0; j < 1000 && i < n; j, i = j+1, i+1 {
			topics := []string{words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))]}
			var sb strings.Builder
			for p := range 8 {
				if p > 0 {
					sb.WriteString("\n\n")
				}
				for w := range 50 {
					if w > 0 {
						sb.WriteByte(' ')
					}
					if rng.IntN(25) == 0 {
						sb.WriteString(topics[rng.IntN(len(topics))])
					} else {
						sb.WriteString(vocab[zipf.Uint64()])
					}
				}
				sb.WriteString(fmt.Sprintf(" %d.", rng.IntN(100000)))
			}
			site := sites[rng.IntN(len(sites))]
			a := testRecord(i, site, 1, fmt.Sprintf("%s %s %s %d", topics[0], vocab[zipf.Uint64()], topics[1], i), sb.String())
			a.ID = fmt.Sprintf("bench%07d", i)
			a.URL = fmt.Sprintf("https://%s/read/%d", site, i)
			a.PublishedAt = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(150*24*60)) * time.Minute)
			a.Authors = []string{names[rng.IntN(len(names))] + " Santoso"}
			if rng.IntN(3) == 0 {
				a.Quotes = []kabar.Quote{{Text: "kutipan", Speaker: names[rng.IntN(len(names))] + " Wibowo", Paragraph: 2}}
			}
			batch = append(batch, store.Entry{Article: a})
		}
		if _, err := db.PutMany(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
	}
}
