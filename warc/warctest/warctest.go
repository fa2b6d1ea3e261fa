// Package warctest writes WARC files byte by byte for tests and benchmarks,
// the way net/http/httptest serves HTTP: independently of the package under
// test, so that a reader is checked against files it did not write itself,
// including deliberately damaged ones.
package warctest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"net/http"
	"sort"
	"time"
)

// Record is one WARC record to write. Content-Length, WARC-Record-ID (when
// ID is empty) and WARC-Block-Digest are computed.
type Record struct {
	Version     string // "1.1" when empty
	Type        string
	ID          string
	TargetURI   string
	Date        time.Time
	ContentType string
	// Header holds further WARC fields (WARC-Identified-Payload-Type, ...).
	Header map[string]string
	Block  []byte
	// BadDigest writes a block digest that does not match Block.
	BadDigest bool
}

// Writer appends records to w, each its own gzip member when Gzip is set.
type Writer struct {
	W    io.Writer
	Gzip bool
	n    int
	// Level is the gzip level (gzip.DefaultCompression when 0).
	Level int
}

// Write appends r and returns how many bytes it took in the file.
func (w *Writer) Write(r Record) (int64, error) {
	w.n++
	var rec bytes.Buffer
	v := r.Version
	if v == "" {
		v = "1.1"
	}
	id := r.ID
	if id == "" {
		id = fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", w.n)
	}
	sum := sha1.Sum(r.Block)
	digest := "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
	if r.BadDigest {
		digest = "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	}
	fmt.Fprintf(&rec, "WARC/%s\r\n", v)
	fmt.Fprintf(&rec, "WARC-Type: %s\r\n", r.Type)
	fmt.Fprintf(&rec, "WARC-Record-ID: <%s>\r\n", id)
	format := time.RFC3339Nano
	if v == "1.0" {
		format = time.RFC3339
	}
	fmt.Fprintf(&rec, "WARC-Date: %s\r\n", r.Date.UTC().Format(format))
	if r.TargetURI != "" {
		fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", r.TargetURI)
	}
	if r.ContentType != "" {
		fmt.Fprintf(&rec, "Content-Type: %s\r\n", r.ContentType)
	}
	keys := make([]string, 0, len(r.Header))
	for k := range r.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&rec, "%s: %s\r\n", k, r.Header[k])
	}
	fmt.Fprintf(&rec, "WARC-Block-Digest: %s\r\n", digest)
	fmt.Fprintf(&rec, "Content-Length: %d\r\n\r\n", len(r.Block))
	rec.Write(r.Block)
	rec.WriteString("\r\n\r\n")
	if !w.Gzip {
		n, err := w.W.Write(rec.Bytes())
		return int64(n), err
	}
	cw := &countWriter{w: w.W}
	level := w.Level
	if level == 0 {
		level = gzip.DefaultCompression
	}
	zw, err := gzip.NewWriterLevel(cw, level)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(rec.Bytes()); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Response is a response record for url fetched at date holding the HTTP
// message msg.
func Response(url string, date time.Time, msg []byte) Record {
	return Record{Type: "response", TargetURI: url, Date: date, ContentType: "application/http;msgtype=response", Block: msg}
}

// Request is the request record of a GET of url.
func Request(url, host, path string, date time.Time) Record {
	msg := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: warctest\r\n\r\n", path, host)
	return Record{Type: "request", TargetURI: url, Date: date, ContentType: "application/http;msgtype=request", Block: []byte(msg)}
}

// Warcinfo is a warcinfo record opening a file.
func Warcinfo(date time.Time) Record {
	return Record{Type: "warcinfo", Date: date, ContentType: "application/warc-fields", Block: []byte("software: warctest\r\nformat: WARC File Format 1.1\r\n")}
}

// HTTPMessage is an HTTP/1.1 response with status, header and body sent as
// they are; Content-Length is added unless the header says
// Transfer-Encoding (then body must already be chunked, see Chunked).
func HTTPMessage(status int, header http.Header, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	h := header.Clone()
	if h == nil {
		h = http.Header{}
	}
	if h.Get("Transfer-Encoding") == "" {
		h.Set("Content-Length", fmt.Sprint(len(body)))
	}
	_ = h.Write(&b)
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// Chunked codes body in the chunked transfer coding, in chunks of size n.
func Chunked(body []byte, n int) []byte {
	var b bytes.Buffer
	for len(body) > 0 {
		c := min(n, len(body))
		fmt.Fprintf(&b, "%x\r\n", c)
		b.Write(body[:c])
		b.WriteString("\r\n")
		body = body[c:]
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}

// Gzip compresses body as a gzip content coding.
func Gzip(body []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(body)
	zw.Close()
	return b.Bytes()
}
