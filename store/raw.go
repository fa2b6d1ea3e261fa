package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
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
	// Parts are the later pages of an article split over several pages,
	// in order, each as its server sent it, so that re-extraction rebuilds
	// the whole article and not page one alone. A part's own Parts are
	// not kept.
	Parts []*RawPage
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
	// Size is the length of the page's body, set only when there are
	// parts: the bodies of the page and of its parts follow the header one
	// after the other, each its own zstd frame, and decode as one run of
	// bytes that the sizes cut apart again.
	Size  int         `json:"size,omitempty"`
	Parts []rawHeader `json:"parts,omitempty"`
}

// Raw page bodies are compressed with zstd, which on HTML is both faster
// and tighter than gzip; compressing the body is most of what a Put costs.
// Stores written before kept gzip bodies; decodeRaw tells the two apart by
// their magic numbers, so both read the same and no migration is needed.
var (
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
	gzipMagic = []byte{0x1f, 0x8b}
)

// rawEncoder and rawDecoder are shared: EncodeAll and DecodeAll are safe
// for concurrent use, and building either allocates tables worth reusing.
// SpeedFastest compresses news pages about as tightly as gzip -6 at several
// times its speed.
var (
	rawEncoder = sync.OnceValues(func() (*zstd.Encoder, error) {
		return zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
	})
	rawDecoder = sync.OnceValues(func() (*zstd.Decoder, error) {
		return zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(1<<30))
	})
)

// encodeRaw writes the stored form of a raw page (see the package doc).
func encodeRaw(r *RawPage) ([]byte, error) {
	h := rawHeader{URL: r.URL, FinalURL: r.FinalURL, Status: r.Status, Header: keptHeader(r.Header), FetchedAt: r.FetchedAt}
	size := len(r.Body)
	if len(r.Parts) > 0 {
		h.Size = len(r.Body)
		for _, p := range r.Parts {
			h.Parts = append(h.Parts, rawHeader{URL: p.URL, FinalURL: p.FinalURL, Status: p.Status,
				Header: keptHeader(p.Header), FetchedAt: p.FetchedAt, Size: len(p.Body)})
			size += len(p.Body)
		}
	}
	hj, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("encode raw page header: %w", err)
	}
	buf := make([]byte, 4, 4+len(hj)+size/3)
	binary.BigEndian.PutUint32(buf, uint32(len(hj)))
	buf = append(buf, hj...)
	enc, err := rawEncoder()
	if err != nil {
		return nil, fmt.Errorf("compress raw page: %w", err)
	}
	buf = enc.EncodeAll(r.Body, buf)
	for _, p := range r.Parts {
		buf = enc.EncodeAll(p.Body, buf)
	}
	return buf, nil
}

// keptHeader returns the keptHeaders of h, nil when there are none.
func keptHeader(h http.Header) http.Header {
	var out http.Header
	for _, k := range keptHeaders {
		if vs := h.Values(k); len(vs) > 0 {
			if out == nil {
				out = http.Header{}
			}
			out[k] = append([]string(nil), vs...)
		}
	}
	return out
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
	body, err := decompressBody(v[4+n:])
	if err != nil {
		return nil, fmt.Errorf("decompress raw page: %w", err)
	}
	page := &RawPage{URL: h.URL, FinalURL: h.FinalURL, Status: h.Status, Header: h.Header, Body: body, FetchedAt: h.FetchedAt}
	if len(h.Parts) == 0 {
		return page, nil
	}
	// Cut the run of bodies at the sizes; they must add up exactly.
	total := h.Size
	for _, p := range h.Parts {
		if p.Size < 0 || total < 0 {
			return nil, errors.New("raw page: negative part size")
		}
		total += p.Size
	}
	if h.Size < 0 || total != len(body) {
		return nil, fmt.Errorf("raw page: bodies of %d bytes, but the page and its %d parts add up to %d", len(body), len(h.Parts), total)
	}
	page.Body, body = body[:h.Size:h.Size], body[h.Size:]
	for _, p := range h.Parts {
		page.Parts = append(page.Parts, &RawPage{URL: p.URL, FinalURL: p.FinalURL, Status: p.Status,
			Header: p.Header, Body: body[:p.Size:p.Size], FetchedAt: p.FetchedAt})
		body = body[p.Size:]
	}
	return page, nil
}

// decompressBody reads a zstd body, or a gzip one from an older store.
func decompressBody(z []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(z, zstdMagic):
		dec, err := rawDecoder()
		if err != nil {
			return nil, err
		}
		return dec.DecodeAll(z, nil)
	case bytes.HasPrefix(z, gzipMagic):
		zr, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(zr)
	}
	return nil, errors.New("body is neither zstd nor gzip")
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
