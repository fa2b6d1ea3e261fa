package warc

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

func TestRotatingWriter(t *testing.T) {
	dir := t.TempDir()
	w, err := NewRotatingWriter(dir, 20<<10, WithSoftware("kabar/test"))
	if err != nil {
		t.Fatal(err)
	}
	const n = 60
	body := strings.Repeat("<p>Berita hari ini, kata dia.</p>\n", 40)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			u := fmt.Sprintf("https://news.example/a/%d", i)
			err := w.WriteExchange(context.Background(),
				RequestInfo{URL: u, Header: http.Header{"User-Agent": {"kabar/test"}}},
				ResponseInfo{URL: u, Status: 200, Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Encoding": {"gzip"}},
					Body: []byte(body + u), FetchedAt: day.Add(time.Duration(i) * time.Second)})
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteExchange(context.Background(), RequestInfo{URL: "https://x.example/"}, ResponseInfo{Status: 200}); err == nil {
		t.Error("write after Close succeeded")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) < 2 {
		t.Fatalf("%d files, want rotation past 20 KB: %v", len(files), files)
	}
	seen := map[string]bool{}
	for _, f := range files {
		if !strings.HasSuffix(f, ".warc.gz") || !strings.HasPrefix(filepath.Base(f), "kabar-") {
			t.Errorf("file name %s", f)
		}
		// Every record must pass gowarc's strict validation, digests
		// included: that is what "readable by standard tools" means here.
		strict, err := gowarc.NewWarcFileReader(f, 0, gowarc.WithStrictValidation())
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for {
			rec, err := strict.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s at %d: %v", f, rec.Offset, err)
			}
			h := rec.WarcRecord.WarcHeader()
			types = append(types, rec.WarcRecord.Type().String())
			if rec.WarcRecord.Type() == gowarc.Response && (!h.Has(gowarc.WarcPayloadDigest) || !h.Has(gowarc.WarcConcurrentTo)) {
				t.Errorf("response without payload digest or concurrent-to: %v", h)
			}
			rec.Close()
		}
		strict.Close()
		if len(types) == 0 || types[0] != "warcinfo" {
			t.Errorf("%s: records %v, want a warcinfo first", f, types)
		}

		r, err := Open(f, 0)
		if err != nil {
			t.Fatal(err)
		}
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if rec.IsHTTPResponse() {
				resp, err := rec.HTTPResponse(1 << 20)
				if err != nil {
					t.Fatal(err)
				}
				if string(resp.Body) != body+rec.TargetURI || resp.Header.Get("X-Crawler-Content-Encoding") != "gzip" {
					t.Errorf("%s: body or header wrong: %v", rec.TargetURI, resp.Header)
				}
				if seen[rec.TargetURI] {
					t.Errorf("%s written twice", rec.TargetURI)
				}
				seen[rec.TargetURI] = true
				var i int
				fmt.Sscanf(rec.TargetURI, "https://news.example/a/%d", &i)
				if !rec.Date.Equal(day.Add(time.Duration(i) * time.Second)) {
					t.Errorf("%s: date %v", rec.TargetURI, rec.Date)
				}
			}
			rec.Close()
		}
		r.Close()
	}
	if len(seen) != n {
		t.Errorf("%d responses read back, want %d", len(seen), n)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
}
