package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func gzipBytes(t *testing.T, parts ...string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	for _, p := range parts {
		if _, err := zw.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGzipBombsCapped(t *testing.T) {
	// 8 MB of spaces compress to about 8 KB; the cap is 256 KB.
	pad := strings.Repeat(" ", 1<<20)
	parts := []string{"<?xml version=\"1.0\"?><urlset>"}
	for range 8 {
		parts = append(parts, pad)
	}
	bomb := gzipBytes(t, append(parts, "</urlset>")...)
	htmlBomb := gzipBytes(t, append([]string{"<html><body>"}, parts[1:]...)...)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bom.xml.gz":
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(bomb)
		case "/bom.html":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(htmlBomb)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	var fails failures
	c := newTestCrawler(t, WithMaxBodySize(256<<10), WithOnFailure(fails.record))
	if _, err := c.Run(context.Background(), srv.URL+"/bom.xml.gz", srv.URL+"/bom.html"); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/bom.xml.gz", "/bom.html"} {
		if f, ok := fails.get(srv.URL + p); !ok || !errors.Is(f.err, ErrTooLarge) {
			t.Errorf("%s: failure %+v, reported %v; want ErrTooLarge", p, f, ok)
		}
	}
}

func TestGzipSitemapRead(t *testing.T) {
	var base string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/peta.xml.gz":
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write(gzipBytes(t, `<urlset><url><loc>`+base+`/artikel/kecil</loc></url></urlset>`))
		case "/artikel/kecil":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html>kecil</html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	base = srv.URL
	h := &byPath{}
	c := newTestCrawler(t, WithHandler(h.handle))
	sum, err := c.Run(context.Background(), srv.URL+"/peta.xml.gz")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 1 {
		t.Errorf("gzipped sitemap served as octet-stream: summary %+v, want its article", sum)
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	cfg := defaultConfig()
	for _, private := range []bool{false, true} {
		tr, err := newTransport(&cfg, private)
		if err != nil {
			t.Fatal(err)
		}
		client := &http.Client{Transport: tr}
		resp, err := client.Get(srv.URL)
		if resp != nil {
			resp.Body.Close()
		}
		if private && err != nil {
			t.Errorf("crawl with a private seed: loopback refused: %v", err)
		}
		if !private && !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("crawl of public sites: loopback dial error %v, want ErrPrivateAddress", err)
		}
	}
}

func TestPrivateHosts(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1": true, "10.1.2.3": true, "192.168.0.10": true, "::1": true, "[::1]": true,
		"169.254.169.254": true, "100.64.0.1": true, "localhost": true, "api.localhost": true,
		"intranet": true, "nas.local": true,
		"8.8.8.8": false, "www.tribunnews.com": false, "news.detik.com": false,
	} {
		if got := isPrivateHost(host); got != want {
			t.Errorf("isPrivateHost(%q) = %v, want %v", host, got, want)
		}
	}
	if isPrivateAddr(netip.MustParseAddr("203.0.113.5")) {
		t.Error("public address taken for private")
	}
}

func TestPrivateAddressNotRetried(t *testing.T) {
	r := &run{cfg: &config{retries: 3, retryBackoff: time.Millisecond}, ctx: context.Background(), stop: context.Background()}
	tr, err := newTransport(r.cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: tr}
	_, err = client.Get("http://127.0.0.1:9/")
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("dial error %v, want ErrPrivateAddress", err)
	}
	if _, retry, _ := r.retryWait(&fetchState{}, err, 0); retry {
		t.Error("a refused private address would be retried")
	}
}
