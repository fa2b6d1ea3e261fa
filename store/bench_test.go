package store

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kabar-news/kabar"
)

// benchPages are 64 raw pages of about 60 KB: markup around paragraphs of
// words drawn at random, which gzip compresses about as much as real news
// pages (3-5x), unlike a repeated line.
var benchPages = sync.OnceValue(func() [][]byte {
	words := strings.Fields("pemerintah menteri kata presiden jakarta rakyat dalam yang untuk dengan " +
		"tidak akan pada juga dari ini itu telah sudah kepada harga beras impor cadangan " +
		"nasional badan pangan petani musim panen wartawan redaksi berita laporan sumber")
	r := rand.New(rand.NewPCG(1, 2))
	pages := make([][]byte, 64)
	for i := range pages {
		var b strings.Builder
		b.WriteString(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita</title></head><body>`)
		for b.Len() < 60<<10 {
			b.WriteString(`<div class="nav"><a href="/section/`)
			b.WriteString(strconv.Itoa(r.IntN(1000)))
			b.WriteString(`">Menu</a></div><p>`)
			for range 40 + r.IntN(40) {
				b.WriteString(words[r.IntN(len(words))])
				b.WriteByte(' ')
			}
			b.WriteString("</p>\n")
		}
		b.WriteString("</body></html>")
		pages[i] = []byte(b.String())
	}
	return pages
})

// benchArticle is a record of realistic size (about 3 KB of text) with a
// 60 KB raw page.
func benchArticle(i int) (kabar.Article, *RawPage) {
	a := article(fmt.Sprintf("bench-%08d", i), fmt.Sprintf("site%d.com", i%7), "id",
		fmt.Sprintf("2024-%02d-%02dT08:00:00+07:00", 1+i%12, 1+i%28))
	body := benchPages()[i%64]
	a.Text = string(body[1000:4000])
	return a, &RawPage{URL: a.URL, Status: 200, Body: body}
}

// BenchmarkPutParallel is a crawl: many workers, each Put synced, combined
// by DB.Batch.
func BenchmarkPutParallel(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var n atomic.Int64
	b.SetParallelism(16)
	benchPages() // not timed
	b.ResetTimer()
	cpu := cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			a, raw := benchArticle(int(n.Add(1)))
			if _, err := db.Put(a, raw); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-us/record")
}

// BenchmarkPutMany is a bulk load of 500 records per transaction.
func BenchmarkPutMany(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	benchPages() // not timed
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i += 500 {
		var batch []Entry
		for j := i; j < min(i+500, b.N); j++ {
			a, raw := benchArticle(j)
			batch = append(batch, Entry{Article: a, Raw: raw})
		}
		if _, err := db.PutMany(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-us/record")
}

// BenchmarkExport writes a store of 20,000 records to io.Discard.
func BenchmarkExport(b *testing.B) {
	const records = 20000
	db, err := Open(filepath.Join(b.TempDir(), "b.db"), WithNoSync())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < records; i += 1000 {
		var batch []Entry
		for j := i; j < i+1000; j++ {
			a, _ := benchArticle(j)
			batch = append(batch, Entry{Article: a})
		}
		if _, err := db.PutMany(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		n, err := Export(context.Background(), db, io.Discard, Filter{})
		if err != nil || n != records {
			b.Fatalf("exported %d, %v", n, err)
		}
	}
	b.ReportMetric(float64(records*b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkExport100k exports a store of 100,000 records (no raw pages) to
// io.Discard as JSON Lines: records/s, and, in one extra pass sampled by
// heapWatcher, how far the live heap grows above where it started
// (heap-growth-KB), which must stay flat however many records there are.
// Building the store takes a minute; run it with
// go test -run '^$' -bench Export100k -benchtime 1x ./store.
func BenchmarkExport100k(b *testing.B) {
	const records = 100_000
	db, err := Open(filepath.Join(b.TempDir(), "b.db"), WithNoSync())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < records; i += 1000 {
		batch := make([]Entry, 0, 1000)
		for j := i; j < i+1000; j++ {
			a, _ := benchArticle(j)
			batch = append(batch, Entry{Article: a})
		}
		if _, err := db.PutMany(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		n, err := Export(context.Background(), db, io.Discard, Filter{})
		if err != nil || n != records {
			b.Fatalf("exported %d, %v", n, err)
		}
	}
	b.ReportMetric(float64(records*b.N)/b.Elapsed().Seconds(), "records/s")
	b.StopTimer()

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	cw := &countingWriter{}
	h := &heapWatcher{}
	if n, err := Export(context.Background(), db, io.MultiWriter(cw, h), Filter{}); err != nil || n != records {
		b.Fatalf("exported %d, %v", n, err)
	}
	b.ReportMetric(float64(int64(h.peak)-int64(before.HeapAlloc))/1024, "heap-growth-KB")
	b.ReportMetric(float64(cw.n>>20), "exported-MB")
}
