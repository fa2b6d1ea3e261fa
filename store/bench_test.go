package store

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/kabar-news/kabar"
)

// benchArticle is a record of realistic size (about 3 KB of text) with a
// 60 KB raw page.
func benchArticle(i int) (kabar.Article, *RawPage) {
	a := article(fmt.Sprintf("bench-%08d", i), fmt.Sprintf("site%d.com", i%7), "id",
		fmt.Sprintf("2024-%02d-%02dT08:00:00+07:00", 1+i%12, 1+i%28))
	a.Text = strings.Repeat(fmt.Sprintf("Kalimat nomor %d dalam berita ini. ", i), 80)
	body := []byte(strings.Repeat("<div class=\"nav\"><a href=\"/x\">Menu</a></div><p>"+a.Text[:200]+"</p>\n", 200))
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
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			a, raw := benchArticle(int(n.Add(1)))
			if _, err := db.Put(a, raw); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkPutMany is a bulk load of 500 records per transaction.
func BenchmarkPutMany(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ResetTimer()
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
