package store

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"strings"
	"testing"
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
