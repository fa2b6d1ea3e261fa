package warc

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"sync"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// DefaultMaxSize is the size at which a RotatingWriter starts a new file,
// the WARC 1.1 standard's recommendation (annex C).
const DefaultMaxSize = 1 << 30

// RequestInfo is the HTTP request of an exchange, as sent.
type RequestInfo struct {
	// URL is the URL requested (for a redirected fetch, the last one).
	URL    string
	Method string // "GET" when empty
	// Header holds the request headers sent (User-Agent, Accept, ...);
	// Host is added from URL.
	Header http.Header
}

// ResponseInfo is the HTTP response of an exchange.
type ResponseInfo struct {
	// URL is the URL that answered; it becomes WARC-Target-URI.
	URL    string
	Status int
	// Proto is the status line's protocol; "HTTP/1.1" when empty.
	Proto  string
	Header http.Header
	// Body is the payload as received, content coding undone (the header's
	// Content-Encoding, if any, is archived as X-Crawler-Content-Encoding).
	Body []byte
	// FetchedAt becomes WARC-Date of both records.
	FetchedAt time.Time
	// IP is the server's address, written as WARC-IP-Address when known.
	IP string
}

// RotatingWriter archives request/response exchanges as WARC 1.1 records
// in gzipped files (one gzip member per record, as CC-NEWS ships them) under
// one folder, starting a new file when the current one would grow past its
// size limit. Each file opens with a warcinfo record. A file being written is
// named *.warc.gz.open and loses the suffix when complete, so a reader
// never mistakes a half-written file for a finished one.
//
// Its methods are safe for concurrent use.
type RotatingWriter struct {
	w      *gowarc.WarcFileWriter
	mu     sync.RWMutex // guards closed against writes racing Close
	closed bool
}

// WriterOption changes a RotatingWriter.
type WriterOption func(*writerConfig)

type writerConfig struct {
	software string
	prefix   string
}

// WithSoftware names the program in each file's warcinfo record
// ("kabar/0.1").
func WithSoftware(s string) WriterOption { return func(c *writerConfig) { c.software = s } }

// WithPrefix starts every file name with prefix (default "kabar").
func WithPrefix(p string) WriterOption { return func(c *writerConfig) { c.prefix = p } }

// NewRotatingWriter writes into dir, creating it if needed, starting a new
// file past maxSize bytes (DefaultMaxSize when maxSize <= 0). File names are
// PREFIX-TIMESTAMP-PID-SERIAL.warc.gz, unique across runs and processes.
func NewRotatingWriter(dir string, maxSize int64, opts ...WriterOption) (*RotatingWriter, error) {
	cfg := writerConfig{software: "kabar", prefix: "kabar"}
	for _, o := range opts {
		o(&cfg)
	}
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("warc folder: %w", err)
	}
	names := &gowarc.PatternNameGenerator{
		Directory: dir,
		Prefix:    cfg.prefix,
		Pattern:   "%{prefix}s-%{ts}s-%{pid}d-%05{serial}d.%{ext}s",
		Params:    map[string]any{"pid": os.Getpid()},
	}
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	w := gowarc.NewWarcFileWriter(
		gowarc.WithRecordOptions(gowarc.WithRecordIdFunc(newRecordID)),
		gowarc.WithFileNameGenerator(names),
		gowarc.WithMaxFileSize(maxSize),
		gowarc.WithCompression(true),
		gowarc.WithAddWarcConcurrentToHeader(true),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := fmt.Fprintf(b, "software: %s\r\nformat: WARC File Format 1.1\r\nconformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n", cfg.software)
			return err
		}),
	)
	return &RotatingWriter{w: w}, nil
}

// WriteExchange appends a request record and its response record (each
// naming the other in WARC-Concurrent-To) to the current file. Both carry
// WARC-Target-URI, WARC-Date, and block and payload digests.
func (w *RotatingWriter) WriteExchange(ctx context.Context, req RequestInfo, resp ResponseInfo) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if resp.URL == "" {
		resp.URL = req.URL
	}
	if req.URL == "" {
		req.URL = resp.URL
	}
	if resp.FetchedAt.IsZero() {
		resp.FetchedAt = time.Now()
	}
	reqRec, err := requestRecord(req, resp.FetchedAt)
	if err != nil {
		return err
	}
	respRec, err := responseRecord(resp)
	if err != nil {
		reqRec.Close()
		return err
	}
	defer reqRec.Close()
	defer respRec.Close()

	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.closed {
		return errors.New("warc writer closed")
	}
	// Under gowarcMu: a new file's warcinfo record is built inside Write.
	gowarcMu.Lock()
	res := w.w.Write(reqRec, respRec)
	gowarcMu.Unlock()
	if len(res) == 0 {
		return errors.New("warc writer closed")
	}
	var errs []error
	for _, r := range res {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("write warc %s: %w", r.FileName, r.Err))
		}
	}
	return errors.Join(errs...)
}

// Close finishes the current file (dropping its .open suffix). Calls after
// the first do nothing.
func (w *RotatingWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	if err := w.w.Close(); err != nil {
		return fmt.Errorf("close warc writer: %w", err)
	}
	return nil
}

// gowarcMu serialises the gowarc calls that build record options: each one
// writes a global of github.com/google/uuid (EnableRandPool), a data race
// when two goroutines do it at once. Record IDs come from newRecordID, so
// that building a record never reads that global either.
var gowarcMu sync.Mutex

// newRecordID returns a random (version 4) UUID URN for WARC-Record-ID.
func newRecordID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("record id: %w", err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]), nil
}

func requestRecord(req RequestInfo, at time.Time) (gowarc.WarcRecord, error) {
	u, err := url.Parse(req.URL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("warc request: bad URL %q", req.URL)
	}
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	var msg bytes.Buffer
	fmt.Fprintf(&msg, "%s %s HTTP/1.1\r\n", method, u.RequestURI())
	fmt.Fprintf(&msg, "Host: %s\r\n", u.Host)
	h := req.Header.Clone()
	if h != nil {
		h.Del("Host")
		_ = h.Write(&msg)
	}
	msg.WriteString("\r\n")
	return build(gowarc.Request, req.URL, at, "application/http;msgtype=request", "", msg.Bytes())
}

func responseRecord(resp ResponseInfo) (gowarc.WarcRecord, error) {
	if resp.Status == 0 {
		return nil, fmt.Errorf("warc response %s: no status", resp.URL)
	}
	var msg bytes.Buffer
	msg.Grow(len(resp.Body) + 1024)
	responseMessage(&msg, resp.Proto, resp.Status, resp.Header, resp.Body)
	return build(gowarc.Response, resp.URL, resp.FetchedAt, "application/http;msgtype=response", resp.IP, msg.Bytes())
}

// build makes one record with digests computed by gowarc: the block digest
// over msg, the payload digest over the HTTP body.
func build(t gowarc.RecordType, target string, at time.Time, contentType, ip string, msg []byte) (gowarc.WarcRecord, error) {
	gowarcMu.Lock()
	b := gowarc.NewRecordBuilder(t,
		gowarc.WithAddMissingDigest(true),
		gowarc.WithDefaultDigestAlgorithm("sha1"),
		gowarc.WithBufferMaxMemBytes(blockMemory),
		gowarc.WithRecordIdFunc(newRecordID),
	)
	gowarcMu.Unlock()
	b.AddWarcHeader(gowarc.WarcTargetURI, target)
	b.AddWarcHeaderTime(gowarc.WarcDate, at.UTC())
	b.AddWarcHeader(gowarc.ContentType, contentType)
	if ip != "" {
		b.AddWarcHeader(gowarc.WarcIPAddress, ip)
	}
	if _, err := b.Write(msg); err != nil {
		b.Close()
		return nil, fmt.Errorf("warc %s record %s: %w", t, target, err)
	}
	rec, _, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("warc %s record %s: %w", t, target, err)
	}
	return rec, nil
}
