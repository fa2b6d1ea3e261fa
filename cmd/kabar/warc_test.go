package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/warc"
)

// TestCrawlWARCIngest archives a crawl of the demo site as WARC and ingests
// the archive into a second store: both stores must export the same records.
func TestCrawlWARCIngest(t *testing.T) {
	srv := httptest.NewServer(http.FileServerFS(fixtures.Site()))
	defer srv.Close()
	dir := t.TempDir()
	crawled, ingested, arch := filepath.Join(dir, "crawl.db"), filepath.Join(dir, "ingest.db"), filepath.Join(dir, "warc")

	if code, out, stderr := kabarRun(t, "crawl", "--db", crawled, "--delay", "0", "--quiet", "--warc", arch, srv.URL+"/"); code != exitOK {
		t.Fatalf("crawl exit %d: %s %s", code, out, stderr)
	}
	files, err := filepath.Glob(filepath.Join(arch, "*.warc.gz"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no WARC files in %s (%v)", arch, err)
	}
	// Every exchange is archived, not only the article pages: robots.txt
	// and the index pages are there too.
	var robots, responses int
	for _, f := range files {
		r, err := warc.Open(f, 0)
		if err != nil {
			t.Fatal(err)
		}
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("read %s: %v", f, err)
			}
			if rec.Type == "response" {
				responses++
				if strings.HasSuffix(rec.TargetURI, "/robots.txt") {
					robots++
				}
			}
		}
		r.Close()
	}
	if robots != 1 || responses < 24 {
		t.Errorf("archive holds %d robots.txt responses and %d responses in all; want 1 and every fetch (24+)", robots, responses)
	}
	args := append([]string{"ingest", "--db", ingested, "--quiet"}, files...)
	if code, out, stderr := kabarRun(t, args...); code != exitOK {
		t.Fatalf("ingest exit %d: %s %s", code, out, stderr)
	}
	export := func(db string) map[string]string {
		out := filepath.Join(dir, filepath.Base(db)+".jsonl")
		if code, _, stderr := kabarRun(t, "export", "--db", db, "--out", out); code != exitOK {
			t.Fatalf("export %s: exit %d: %s", db, code, stderr)
		}
		m := map[string]string{}
		for _, a := range readRecords(t, out) {
			m[a.ID] = a.Title + "\n" + a.Text
		}
		return m
	}
	a, b := export(crawled), export(ingested)
	if len(a) < 12 {
		t.Fatalf("crawl stored %d records, want the demo's articles", len(a))
	}
	var ids []string
	for id := range a {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if b[id] != a[id] {
			t.Errorf("record %s differs after WARC round trip:\ncrawl  %.80q\ningest %.80q", id, a[id], b[id])
		}
	}
	if len(b) != len(a) {
		t.Errorf("ingest stored %d records, crawl %d", len(b), len(a))
	}
}
