package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
)

// ErrTooLarge is returned (wrapped) by HTTPResponse for a body, after
// decoding, longer than the limit asked for.
var ErrTooLarge = errors.New("body over the size limit")

// ErrUnsupportedEncoding is returned (wrapped) by HTTPResponse for a
// Content-Encoding it cannot undo (compress, ...).
var ErrUnsupportedEncoding = errors.New("unsupported content encoding")

// Response is the HTTP message of a response record, decoded: Body holds the
// payload as the page's author wrote it, with transfer and content codings
// undone. The charset is left alone: that is the extractor's job, given the
// Content-Type.
type Response struct {
	// Proto is the protocol of the status line ("HTTP/1.1").
	Proto  string
	Status int
	// Header is the header as archived, except that Content-Encoding,
	// Transfer-Encoding and Content-Length, which described the coded
	// message, are removed once undone.
	Header http.Header
	Body   []byte
}

// HTTPResponse decodes the record's block as an HTTP response. The body,
// once decoded, may be at most maxBody bytes (a larger one gives an error
// wrapping ErrTooLarge), so that one huge or hostile record cannot exhaust
// memory. It reads the block once; call it at most once per Record.
func (r *Record) HTTPResponse(maxBody int64) (*Response, error) {
	if !r.IsHTTPResponse() {
		return nil, fmt.Errorf("record %s is a %s record, not an HTTP response", r.ID, r.Type)
	}
	if r.block == nil {
		return nil, fmt.Errorf("record %s: closed", r.ID)
	}
	raw, err := r.block.RawBytes()
	if err != nil {
		return nil, fmt.Errorf("record %s: read block: %w", r.ID, err)
	}
	return ReadResponse(raw, maxBody)
}

// ReadResponse decodes an HTTP/1.x response message (status line, header,
// body) from raw, undoing chunked transfer coding and gzip, deflate, zstd or
// brotli content coding. The decoded body may be at most maxBody bytes: the
// decoders stream, so a small bomb stops at the limit instead of filling
// memory.
func ReadResponse(raw io.Reader, maxBody int64) (*Response, error) {
	br := bufio.NewReader(raw)
	// Archivers of HTTP/2 and HTTP/3 fetches write "HTTP/2 200", which
	// net/http does not parse: give it a minor version.
	if head, _ := br.Peek(7); bytes.HasPrefix(head, []byte("HTTP/2 ")) || bytes.HasPrefix(head, []byte("HTTP/3 ")) {
		br.Discard(6)
		br = bufio.NewReader(io.MultiReader(strings.NewReader(string(head[:6])+".0"), br))
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil, fmt.Errorf("parse http response: %w", err)
	}
	defer resp.Body.Close()
	out := &Response{Proto: resp.Proto, Status: resp.StatusCode, Header: resp.Header}
	body, err := decodeContent(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return out, err
	}
	defer body.Close()
	// One byte over the limit tells a body at the limit from a longer one.
	b, err := io.ReadAll(io.LimitReader(body, maxBody+1))
	if err != nil {
		// A body cut short inside the record (a crawler's size cap, or a
		// chunked stream without its last chunk) still holds the page up
		// to there; keep what arrived.
		if !errors.Is(err, io.ErrUnexpectedEOF) || len(b) == 0 {
			return out, fmt.Errorf("read http body: %w", err)
		}
	}
	if int64(len(b)) > maxBody {
		return out, fmt.Errorf("%w (%d bytes)", ErrTooLarge, maxBody)
	}
	out.Body = b
	out.Header.Del("Content-Encoding")
	out.Header.Del("Transfer-Encoding")
	out.Header.Del("Content-Length")
	return out, nil
}

// decodeContent undoes a Content-Encoding. Several codings ("gzip, br") are
// undone from the last applied to the first.
func decodeContent(body io.Reader, encoding string) (io.ReadCloser, error) {
	codings := strings.Split(encoding, ",")
	rc := io.NopCloser(body)
	for i := len(codings) - 1; i >= 0; i-- {
		var err error
		switch c := strings.ToLower(strings.TrimSpace(codings[i])); c {
		case "", "identity":
		case "gzip", "x-gzip":
			rc, err = gzip.NewReader(rc)
		case "deflate":
			rc, err = newDeflateReader(rc)
		case "zstd":
			var d *zstd.Decoder
			if d, err = zstd.NewReader(rc, zstd.WithDecoderConcurrency(1)); err == nil {
				rc = d.IOReadCloser()
			}
		case "br":
			// Brotli: what CDNs send browsers, so what archives made
			// through a browser (Webrecorder, Browsertrix) hold.
			// Its reader has no Close; the coding under it keeps its own.
			rc = struct {
				io.Reader
				io.Closer
			}{brotli.NewReader(rc), rc}
		default:
			return nil, fmt.Errorf("%w %q", ErrUnsupportedEncoding, c)
		}
		if err != nil {
			return nil, fmt.Errorf("content encoding %s: %w", codings[i], err)
		}
	}
	return rc, nil
}

// newDeflateReader reads "deflate", which RFC 9110 defines as zlib-wrapped
// but many servers send raw; the first two bytes tell which.
func newDeflateReader(r io.Reader) (io.ReadCloser, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil && len(head) < 2 {
		return nil, fmt.Errorf("peek deflate header: %w", err)
	}
	// A zlib header: CM 8 in the low nibble of CMF, and the 16-bit header
	// a multiple of 31.
	if head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}

// responseMessage writes an HTTP/1.1 response message with status, header
// and body. The header's Content-Length is rewritten to the body's length
// and transfer/content codings are dropped, because body is the decoded
// payload.
func responseMessage(w *bytes.Buffer, proto string, status int, h http.Header, body []byte) {
	if proto == "" {
		proto = "HTTP/1.1"
	}
	fmt.Fprintf(w, "%s %d %s\r\n", proto, status, http.StatusText(status))
	h = h.Clone()
	if h == nil {
		h = http.Header{}
	}
	for _, k := range []string{"Content-Encoding", "Transfer-Encoding"} {
		// Kept under Common Crawl's name, so a reader knows how the
		// server sent the body without undoing it twice.
		if v := h.Values(k); len(v) > 0 {
			h.Del(k)
			h["X-Crawler-"+k] = v
		}
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	_ = h.Write(w)
	w.WriteString("\r\n")
	w.Write(body)
}
