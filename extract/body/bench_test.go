package body

import (
	"bytes"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"

	"github.com/kabar-news/kabar/eval"
)

// aebPages loads the aeb pages (gunzipped) for the benchmarks.
func aebPages(b *testing.B) [][]byte {
	b.Helper()
	dir := filepath.Join(sharedBench(b), "aeb")
	entries, err := eval.LoadManifest(dir)
	if err != nil {
		b.Fatal(err)
	}
	var pages [][]byte
	for _, e := range entries {
		p, err := eval.ReadPage(filepath.Join(dir, e.Path))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func benchPages(b *testing.B, extract bool) {
	pages := aebPages(b)
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := html.Parse(bytes.NewReader(pages[i%len(pages)]))
		if err != nil {
			b.Fatal(err)
		}
		if extract {
			Extract(doc, Options{})
		}
	}
}

// BenchmarkParse is the floor: parsing alone (one page per op).
func BenchmarkParse(b *testing.B) { benchPages(b, false) }

// BenchmarkParseExtract is parsing plus body extraction (one page per op).
func BenchmarkParseExtract(b *testing.B) { benchPages(b, true) }

// BenchmarkExtract is body extraction alone on trees parsed beforehand
// (one page per op).
func BenchmarkExtract(b *testing.B) {
	pages := aebPages(b)
	docs := make([]*html.Node, len(pages))
	var size int64
	for i, p := range pages {
		doc, err := html.Parse(bytes.NewReader(p))
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = doc
		size += int64(len(p))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(docs[i%len(docs)], Options{})
	}
}
