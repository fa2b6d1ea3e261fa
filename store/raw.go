package store

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// RawPage is a fetched page as the server sent it, kept so that records can
// be re-extracted without fetching again.
type RawPage struct {
	// URL is the URL requested; FinalURL the one answered after redirects.
	URL      string
	FinalURL string
	Status   int
	// Header holds only keptHeaders; the rest is dropped on Put.
	Header    http.Header
	Body      []byte
	FetchedAt time.Time
}

// keptHeaders are the response headers worth keeping: they decide the
// charset and language on re-extraction, and allow conditional re-fetches.
var keptHeaders = []string{
	"Content-Type", "Content-Language", "Last-Modified", "Etag", "Date",
	"Expires", "Cache-Control", "Link", "X-Robots-Tag",
}

// rawHeader is the JSON part of a stored raw page.
type rawHeader struct {
	URL       string      `json:"url,omitempty"`
	FinalURL  string      `json:"final_url,omitempty"`
	Status    int         `json:"status,omitempty"`
	Header    http.Header `json:"header,omitempty"`
	FetchedAt time.Time   `json:"fetched_at,omitzero"`
}

var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(nil) }}

// encodeRaw writes the stored form of a raw page (see the package doc).
func encodeRaw(r *RawPage) ([]byte, error) {
	h := rawHeader{URL: r.URL, FinalURL: r.FinalURL, Status: r.Status, FetchedAt: r.FetchedAt}
	for _, k := range keptHeaders {
		if vs := r.Header.Values(k); len(vs) > 0 {
			if h.Header == nil {
				h.Header = http.Header{}
			}
			h.Header[k] = append([]string(nil), vs...)
		}
	}
	hj, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("encode raw page header: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(4 + len(hj) + len(r.Body)/4)
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(hj)))
	buf.Write(n[:])
	buf.Write(hj)
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(r.Body); err != nil {
		return nil, fmt.Errorf("compress raw page: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress raw page: %w", err)
	}
	return buf.Bytes(), nil
}

func decodeRaw(v []byte) (*RawPage, error) {
	if len(v) < 4 {
		return nil, errors.New("raw page value too short")
	}
	n := binary.BigEndian.Uint32(v[:4])
	if uint64(len(v)-4) < uint64(n) {
		return nil, errors.New("raw page header truncated")
	}
	var h rawHeader
	if err := json.Unmarshal(v[4:4+n], &h); err != nil {
		return nil, fmt.Errorf("decode raw page header: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(v[4+n:]))
	if err != nil {
		return nil, fmt.Errorf("decompress raw page: %w", err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompress raw page: %w", err)
	}
	return &RawPage{
		URL: h.URL, FinalURL: h.FinalURL, Status: h.Status,
		Header: h.Header, Body: body, FetchedAt: h.FetchedAt,
	}, nil
}

// Raw returns the stored page behind the record id, its body decompressed.
// It returns an error wrapping ErrNotFound when no page is stored for id.
func (db *DB) Raw(id string) (*RawPage, error) {
	var v []byte
	err := db.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketRaw).Get([]byte(id)); b != nil {
			v = bytes.Clone(b) // b is only valid inside the transaction
		}
		return nil
	})
	if err == nil && v == nil {
		err = ErrNotFound
	}
	var page *RawPage
	if err == nil {
		page, err = decodeRaw(v)
	}
	if err != nil {
		return nil, fmt.Errorf("raw page %q: %w", id, err)
	}
	return page, nil
}
