package store

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestRawReadsGzipBodies: stores written before raw bodies moved to zstd
// hold gzip bodies; both decode to the same page, and anything else is an
// error, not a garbled page.
func TestRawReadsGzipBodies(t *testing.T) {
	page := &RawPage{URL: "https://example.com/a", Status: 200, Body: []byte(strings.Repeat("<p>halo dunia</p>", 500))}
	v, err := encodeRaw(page)
	if err != nil {
		t.Fatal(err)
	}
	hlen := binary.BigEndian.Uint32(v[:4])
	body := v[4+hlen:]
	if !bytes.HasPrefix(body, zstdMagic) {
		t.Fatalf("new raw body is not zstd: % x", body[:4])
	}
	if len(v) > len(page.Body)/4 {
		t.Errorf("raw value is %d bytes for a %d-byte page", len(v), len(page.Body))
	}

	var old bytes.Buffer
	old.Write(v[:4+hlen])
	zw := gzip.NewWriter(&old)
	zw.Write(page.Body)
	zw.Close()
	for name, val := range map[string][]byte{"zstd": v, "gzip": old.Bytes()} {
		got, err := decodeRaw(val)
		if err != nil || !bytes.Equal(got.Body, page.Body) || got.URL != page.URL || got.Status != 200 {
			t.Errorf("%s body: %v, %d bytes", name, err, len(got.Body))
		}
	}
	bad := append(bytes.Clone(v[:4+hlen]), "plain text"...)
	if _, err := decodeRaw(bad); err == nil {
		t.Error("an uncompressed body decoded without error")
	}
}

// TestRawParts: an article split over pages keeps every page, each with
// its own URL, header and time, and the bodies come back cut where they
// were; a value whose sizes do not add up is an error, not a garbled page.
func TestRawParts(t *testing.T) {
	at := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	page := &RawPage{URL: "https://example.com/a", FinalURL: "https://example.com/a", Status: 200,
		Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Set-Cookie": {"x=1"}},
		Body:   []byte(strings.Repeat("<p>halaman satu</p>", 300)), FetchedAt: at,
		Parts: []*RawPage{
			{URL: "https://example.com/a/2", Status: 200, Header: http.Header{"Content-Type": {"text/html"}},
				Body: []byte(strings.Repeat("<p>halaman dua</p>", 200)), FetchedAt: at.Add(time.Second)},
			{URL: "https://example.com/a/3", FinalURL: "https://example.com/a?page=3", Status: 200, Body: []byte{}, FetchedAt: at.Add(2 * time.Second)},
			{URL: "https://example.com/a/4", Status: 200, Body: []byte("<p>empat</p>"), FetchedAt: at.Add(3 * time.Second)},
		}}
	v, err := encodeRaw(page)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeRaw(v)
	if err != nil {
		t.Fatal(err)
	}
	want := *page
	want.Header = http.Header{"Content-Type": page.Header["Content-Type"]} // Set-Cookie is not kept
	if g, w := fmt.Sprintf("%+v", pageString(got)), fmt.Sprintf("%+v", pageString(&want)); g != w {
		t.Errorf("decoded\n%s\nwant\n%s", g, w)
	}

	// A header whose sizes do not match the bodies.
	hlen := binary.BigEndian.Uint32(v[:4])
	bad := bytes.Replace(v[4:4+hlen], []byte(`"size":5700`), []byte(`"size":5699`), 1)
	if bytes.Equal(bad, v[4:4+hlen]) {
		t.Fatalf("test: no size to change in %s", v[4:4+hlen])
	}
	val := binary.BigEndian.AppendUint32(nil, uint32(len(bad)))
	val = append(append(val, bad...), v[4+hlen:]...)
	if _, err := decodeRaw(val); err == nil || !strings.Contains(err.Error(), "add up") {
		t.Errorf("sizes that do not add up: %v", err)
	}
}

// pageString shows a raw page and its parts, bodies by length and head.
func pageString(p *RawPage) string {
	s := fmt.Sprintf("%s %s %d %v %s body %d %.20q", p.URL, p.FinalURL, p.Status, p.Header, p.FetchedAt.Format(time.RFC3339), len(p.Body), p.Body)
	for _, q := range p.Parts {
		s += "\n  part " + pageString(q)
	}
	return s
}
