package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/normalize"
)

// dedupVocab is 20,000 made-up words of two to four syllables; texts draw
// from it with Zipf frequencies, so common words recur as in news text and
// rare ones make each story its own.
var dedupVocab = func() []string {
	syl := strings.Fields("ka ba ran se ti mu lo pe da ng ri an ta ga la ma sa na wa ya ke be ju di pu ro ha si ne tu")
	r := rand.New(rand.NewPCG(3, 3))
	seen := map[string]bool{}
	var out []string
	for len(out) < 20000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}()

// dedupBenchText is record i's text: about 350 words in paragraphs. One
// record in ten is a copy of an earlier one with three words changed, so
// detection finds, confirms and groups as it would in a real corpus.
func dedupBenchText(i int) string {
	src := i
	copyOf := i%10 == 9 && i > 100
	if copyOf {
		src = i - 1 - int(uint64(i)*2654435761%97)
	}
	r := rand.New(rand.NewPCG(uint64(src), 17))
	z := rand.NewZipf(r, 1.1, 2, uint64(len(dedupVocab)-1))
	words := make([]string, 350)
	for j := range words {
		words[j] = dedupVocab[z.Uint64()]
	}
	if copyOf {
		e := rand.New(rand.NewPCG(uint64(i), 5))
		for range 3 {
			words[e.IntN(len(words))] = "diubah"
		}
	}
	var b strings.Builder
	for j, w := range words {
		if j > 0 {
			if j%50 == 0 {
				b.WriteString(".\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	b.WriteByte('.')
	return b.String()
}

func dedupBenchArticle(i int) kabar.Article {
	// Ids are hashes, as normalize.ID makes them, so that every bucket
	// keyed by id is written at random places, as in a real store.
	id := sha256.Sum256([]byte(fmt.Sprint(i)))
	a := article(hex.EncodeToString(id[:16]), fmt.Sprintf("site%d.com", i%50), "id",
		fmt.Sprintf("2024-%02d-%02dT08:00:00+07:00", 1+i%12, 1+i%28))
	a.Text = dedupBenchText(i)
	sum := sha256.Sum256([]byte(a.Text))
	a.ContentHash = hex.EncodeToString(sum[:])
	a.SimHash = normalize.SimHash(a.Text)
	a.WordCount = 350
	return a
}

// BenchmarkDedupStore loads N records (100k; 1M with KABAR_BENCH_1M=1;
// KABAR_BENCH_DEDUP_RECORDS=n loads n instead of 100k, for a run under
// valgrind, whose instruction counts do not depend on the neighbours)
// with PutMany in batches of 1,000, as ingest does, once with duplicate
// detection and once without, records alone and with their raw pages, into real bbolt files (no fsync, to time the
// work rather than the disk). Only the PutMany calls are timed; texts are
// made between them. It reports the time per record over the whole load
// and over its last tenth: with detection the two stay close, because a
// lookup reads only the postings under the record's own keys, whatever
// the store holds. Run with -benchtime 1x (make bench-dedup).
func BenchmarkDedupStore(b *testing.B) {
	sizes := []int{100_000}
	if n, err := strconv.Atoi(os.Getenv("KABAR_BENCH_DEDUP_RECORDS")); err == nil && n >= 1000 && n%1000 == 0 {
		sizes[0] = n
	}
	if os.Getenv("KABAR_BENCH_1M") != "" {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		for _, raw := range []bool{false, true} {
			for _, on := range []bool{false, true} {
				name := fmt.Sprintf("records=%dk/raw=%v/dedup=%v", n/1000, raw, on)
				b.Run(name, func(b *testing.B) {
					for range b.N {
						benchDedupLoad(b, n, on, raw)
					}
				})
			}
		}
	}
}

// benchDedupLoad stores n records, with their raw pages (60 KB each, as a
// crawl or ingest keeps them) when raw is set.
func benchDedupLoad(b *testing.B, n int, on, raw bool) {
	opts := []Option{WithNoSync()}
	if !on {
		opts = append(opts, WithoutDedup())
	}
	path := filepath.Join(b.TempDir(), "bench.db")
	db, err := Open(path, opts...)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const batch = 1000
	entries := make([]Entry, batch)
	var total, last, cpu, cpuLast time.Duration
	b.StopTimer()
	for start := 0; start < n; start += batch {
		for j := range entries {
			entries[j] = Entry{Article: dedupBenchArticle(start + j)}
			if raw {
				a := entries[j].Article
				entries[j].Raw = &RawPage{URL: a.URL, Status: 200, Body: benchPages()[(start+j)%64]}
			}
		}
		// The last tenth's work is labelled (phase=last) so that a CPU
		// profile of it can be read apart (pprof -tagfocus phase=last).
		phase := "first90%"
		if start >= n-n/10 {
			phase = "last"
		}
		b.StartTimer()
		t0, c0 := time.Now(), cpuTime()
		var err error
		pprof.Do(context.Background(), pprof.Labels("phase", phase), func(ctx context.Context) {
			_, err = db.PutMany(ctx, entries)
		})
		if err != nil {
			b.Fatal(err)
		}
		d, c := time.Since(t0), cpuTime()-c0
		b.StopTimer()
		total += d
		cpu += c
		if start >= n-n/10 {
			last += d
			cpuLast += c
		}
	}
	// Wall time depends on what else the machine runs; CPU time (user and
	// system, of the PutMany calls only) is the figure to compare.
	b.ReportMetric(float64(total.Microseconds())/float64(n), "us/record")
	b.ReportMetric(float64(last.Microseconds())/float64(n/10), "us/record-last10%")
	b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-us/record")
	b.ReportMetric(float64(cpuLast.Microseconds())/float64(n/10), "cpu-us/record-last10%")
	if on {
		st, err := db.Stats()
		if err != nil {
			b.Fatal(err)
		}
		copies := 0
		for _, c := range st.CopiesBySite {
			copies += c
		}
		b.ReportMetric(float64(copies)/float64(n), "copies/record")
	}
	if fi, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(fi.Size())/float64(n), "file-bytes/record")
	}
}

// TestExportDedupMemoryFlat: an export with Filter.Dedup keeps one record
// per group by looking at two small buckets beside each record, so its
// live heap stays flat however many records and groups it passes (every
// fifth record here is a copy).
func TestExportDedupMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 40 MB")
	}
	db := openTest(t, WithNoSync())
	const records = 12000
	for i := 0; i < records; i += 1000 {
		var batch []Entry
		for j := i; j < i+1000; j++ {
			a := dedupBenchArticle(j)
			if j%5 == 4 {
				src := dedupBenchArticle(j - 1)
				a.Text = "COPY - " + src.Text
				a.SimHash = normalize.SimHash(a.Text)
				a.ContentHash = "copy-" + src.ContentHash
			}
			batch = append(batch, Entry{Article: a})
		}
		if _, err := db.PutMany(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
	}
	for _, mode := range []DedupMode{DedupEarliest, DedupLatest} {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		cw := &countingWriter{}
		h := &heapWatcher{}
		n, err := Export(context.Background(), db, io.MultiWriter(cw, h), Filter{Dedup: mode})
		if err != nil {
			t.Fatal(err)
		}
		// Copies made above, plus those dedupBenchText makes itself.
		if n > records*4/5 || n < records*7/10 {
			t.Errorf("--dedup=%s exported %d of %d records, want about four in five", mode, n, records)
		}
		growth := int64(h.peak) - int64(before.HeapAlloc)
		t.Logf("--dedup=%s: %d records, %d MB; live heap grew at most %d KB", mode, n, cw.n>>20, growth>>10)
		if limit := int64(cw.n) / 8; growth > limit {
			t.Errorf("--dedup=%s: heap grew %d KB while exporting %d KB: not streaming", mode, growth>>10, cw.n>>10)
		}
	}
}
