package warc

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/kabar-news/kabar/warc/warctest"
)

var day = time.Date(2024, 3, 5, 7, 8, 9, 0, time.UTC)

const page = "<html><head><title>T</title></head><body><p>Halo dunia.</p></body></html>"

// mixedFile writes a file with every record kind ingest meets and returns
// its path and the file offset at which each record starts.
func mixedFile(t *testing.T, gz bool) (string, []int64) {
	t.Helper()
	var buf bytes.Buffer
	w := &warctest.Writer{W: &buf, Gzip: gz}
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	chunked := http.Header{"Content-Type": {"text/html"}, "Transfer-Encoding": {"chunked"}}
	gzipped := http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}
	both := http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}, "Transfer-Encoding": {"chunked"}}
	var zl bytes.Buffer
	zw := zlib.NewWriter(&zl)
	zw.Write([]byte(page))
	zw.Close()
	recs := []warctest.Record{
		warctest.Warcinfo(day),
		warctest.Request("https://a.example/1", "a.example", "/1", day),
		warctest.Response("https://a.example/1", day, warctest.HTTPMessage(200, html, []byte(page))),
		warctest.Response("https://a.example/2", day, warctest.HTTPMessage(200, chunked, warctest.Chunked([]byte(page), 7))),
		warctest.Response("https://a.example/3", day, warctest.HTTPMessage(200, gzipped, warctest.Gzip([]byte(page)))),
		warctest.Response("https://a.example/4", day, warctest.HTTPMessage(200, both, warctest.Chunked(warctest.Gzip([]byte(page)), 5))),
		warctest.Response("https://a.example/5", day, warctest.HTTPMessage(200, http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"deflate"}}, zl.Bytes())),
		warctest.Response("https://a.example/img.png", day, warctest.HTTPMessage(200, http.Header{"Content-Type": {"image/png"}}, []byte("\x89PNG\r\n\x1a\n"))),
		{Type: "metadata", TargetURI: "https://a.example/1", Date: day, ContentType: "application/warc-fields", Block: []byte("via: x\r\n")},
	}
	var offs []int64
	var off int64
	for _, r := range recs {
		offs = append(offs, off)
		n, err := w.Write(r)
		if err != nil {
			t.Fatal(err)
		}
		off += n
	}
	offs = append(offs, off)
	name := "mixed.warc"
	if gz {
		name += ".gz"
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, offs
}

func readAll(t *testing.T, path string, offset int64) ([]*Record, []*Response, error) {
	t.Helper()
	r, err := Open(path, offset)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var recs []*Record
	var resps []*Response
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return recs, resps, nil
		}
		if err != nil {
			return recs, resps, err
		}
		recs = append(recs, rec)
		var resp *Response
		if rec.IsHTTPResponse() {
			resp, err = rec.HTTPResponse(1 << 20)
			if err != nil {
				t.Fatalf("record at %d: %v", rec.Offset, err)
			}
		}
		resps = append(resps, resp)
		rec.Close()
	}
}

func TestReadMixed(t *testing.T) {
	for _, gz := range []bool{true, false} {
		path, offs := mixedFile(t, gz)
		recs, resps, err := readAll(t, path, 0)
		if err != nil {
			t.Fatalf("gzip %v: %v", gz, err)
		}
		wantTypes := []string{"warcinfo", "request", "response", "response", "response", "response", "response", "response", "metadata"}
		if len(recs) != len(wantTypes) {
			t.Fatalf("gzip %v: %d records, want %d", gz, len(recs), len(wantTypes))
		}
		for i, rec := range recs {
			if rec.Type != wantTypes[i] {
				t.Errorf("gzip %v: record %d type %q, want %q", gz, i, rec.Type, wantTypes[i])
			}
			if rec.Offset != offs[i] || rec.End != offs[i+1] {
				t.Errorf("gzip %v: record %d at [%d,%d), want [%d,%d)", gz, i, rec.Offset, rec.End, offs[i], offs[i+1])
			}
			if !rec.Date.Equal(day) {
				t.Errorf("record %d date %v", i, rec.Date)
			}
		}
		for i := 2; i <= 6; i++ {
			if got := string(resps[i].Body); got != page {
				t.Errorf("gzip %v: %s body %q", gz, recs[i].TargetURI, got)
			}
			if resps[i].Header.Get("Content-Encoding") != "" || resps[i].Header.Get("Transfer-Encoding") != "" {
				t.Errorf("%s: codings left in header %v", recs[i].TargetURI, resps[i].Header)
			}
			if resps[i].Status != 200 || resps[i].Header.Get("Content-Type") == "" {
				t.Errorf("%s: status %d header %v", recs[i].TargetURI, resps[i].Status, resps[i].Header)
			}
		}
		if recs[2].TargetURI != "https://a.example/1" {
			t.Errorf("target %q", recs[2].TargetURI)
		}
	}
}

// Resuming at a record's End reads exactly the records after it.
func TestResumeAtOffset(t *testing.T) {
	path, offs := mixedFile(t, true)
	recs, _, err := readAll(t, path, offs[5])
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || recs[0].TargetURI != "https://a.example/4" || recs[0].Offset != offs[5] {
		t.Fatalf("resumed at %d: got %d records, first %+v", offs[5], len(recs), recs[0])
	}
}

func TestTruncated(t *testing.T) {
	for _, gz := range []bool{true, false} {
		path, offs := mixedFile(t, gz)
		data, _ := os.ReadFile(path)
		// Cut the file inside record 5 (the gzip+chunked page), from its
		// first byte to its last.
		for cut := offs[5] + 1; cut < offs[6]; cut += max(1, (offs[6]-offs[5])/17) {
			for _, c := range []int64{cut, offs[6] - 1} {
				if err := os.WriteFile(path, data[:c], 0o644); err != nil {
					t.Fatal(err)
				}
				recs, _, err := readAll(t, path, 0)
				var de *DamageError
				if !errors.As(err, &de) {
					t.Fatalf("gzip %v, cut at %d: err %v, want a DamageError", gz, c, err)
				}
				if de.Offset != offs[5] || len(recs) != 5 {
					t.Errorf("gzip %v, cut at %d: damage at %d after %d records, want %d after 5", gz, c, de.Offset, len(recs), offs[5])
				}
			}
		}
	}
}

func TestCorruptGzip(t *testing.T) {
	path, offs := mixedFile(t, true)
	data, _ := os.ReadFile(path)
	// Flip bytes inside the deflate stream of record 3.
	for i := offs[3] + 20; i < offs[3]+40; i++ {
		data[i] ^= 0x55
	}
	os.WriteFile(path, data, 0o644)
	recs, _, err := readAll(t, path, 0)
	var de *DamageError
	if !errors.As(err, &de) || de.Offset != offs[3] || len(recs) != 3 {
		t.Fatalf("err %v, records %d; want damage at %d after 3 records", err, len(recs), offs[3])
	}
}

func TestBadDigest(t *testing.T) {
	var buf bytes.Buffer
	w := &warctest.Writer{W: &buf, Gzip: true}
	bad := warctest.Response("https://a.example/bad", day, warctest.HTTPMessage(200, nil, []byte(page)))
	bad.BadDigest = true
	w.Write(bad)
	w.Write(warctest.Response("https://a.example/good", day, warctest.HTTPMessage(200, nil, []byte(page))))
	path := filepath.Join(t.TempDir(), "d.warc.gz")
	os.WriteFile(path, buf.Bytes(), 0o644)
	r, err := Open(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	rec, err := r.Next()
	var de *DigestError
	if !errors.As(err, &de) || rec == nil {
		t.Fatalf("first record: %v, want a DigestError with the record", err)
	}
	rec.Close()
	rec, err = r.Next()
	if err != nil || rec.TargetURI != "https://a.example/good" {
		t.Fatalf("after a bad digest: %v %v", rec, err)
	}
	rec.Close()
}

func TestHTTP2StatusLine(t *testing.T) {
	resp, err := ReadResponse(strings.NewReader("HTTP/2 200\r\ncontent-type: text/html\r\ncontent-length: 2\r\n\r\nhi"), 100)
	if err != nil || resp.Status != 200 || string(resp.Body) != "hi" || resp.Header.Get("Content-Type") != "text/html" {
		t.Fatalf("HTTP/2 status line: %+v %v", resp, err)
	}
}

func TestTooLarge(t *testing.T) {
	body := bytes.Repeat([]byte("a"), 1000)
	_, err := ReadResponse(bytes.NewReader(warctest.HTTPMessage(200, nil, body)), 999)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
	resp, err := ReadResponse(bytes.NewReader(warctest.HTTPMessage(200, nil, body)), 1000)
	if err != nil || len(resp.Body) != 1000 {
		t.Fatalf("at the limit: %v", err)
	}
	_, err = ReadResponse(bytes.NewReader(warctest.HTTPMessage(200, http.Header{"Content-Encoding": {"compress"}}, body)), 1000)
	if !errors.Is(err, ErrUnsupportedEncoding) {
		t.Fatalf("compress: %v", err)
	}
}

func brotliBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	bw := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	if _, err := bw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := bw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Brotli is how most CDNs send pages to browsers, so archives made with a
// browser (Webrecorder, Browsertrix) are full of it: it is decoded like
// gzip, under the same size limit.
func TestBrotli(t *testing.T) {
	br := http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"br"}}
	resp, err := ReadResponse(bytes.NewReader(warctest.HTTPMessage(200, br, brotliBytes(t, []byte(page)))), 1<<20)
	if err != nil || string(resp.Body) != page || resp.Header.Get("Content-Encoding") != "" {
		t.Fatalf("br: %v, body %q, header %v", err, resp.Body, resp.Header)
	}
	// Codings undone from the last applied: brotli first, then gzip, in a
	// chunked message.
	both := http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip, br"}, "Transfer-Encoding": {"chunked"}}
	msg := warctest.HTTPMessage(200, both, warctest.Chunked(brotliBytes(t, warctest.Gzip([]byte(page))), 9))
	if resp, err = ReadResponse(bytes.NewReader(msg), 1<<20); err != nil || string(resp.Body) != page {
		t.Fatalf("gzip, br: %v, body %q", err, resp.Body)
	}
	// A bomb: 64 MiB of spaces in a few hundred bytes stops at the limit.
	bomb := brotliBytes(t, bytes.Repeat([]byte(" "), 64<<20))
	if len(bomb) > 4096 {
		t.Fatalf("bomb is %d bytes", len(bomb))
	}
	if _, err = ReadResponse(bytes.NewReader(warctest.HTTPMessage(200, br, bomb)), 1<<20); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("brotli bomb: %v, want ErrTooLarge", err)
	}
	// Corrupt brotli is an error naming the coding, not a panic.
	if _, err = ReadResponse(bytes.NewReader(warctest.HTTPMessage(200, br, []byte("not brotli at all"))), 1<<20); err == nil || !strings.Contains(err.Error(), "br") {
		t.Fatalf("corrupt brotli: %v", err)
	}
}
