package warc

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// blockMemory is how much of one record's block the Reader keeps in memory;
// larger blocks spill to a temporary file. It bounds the Reader's memory per
// record held, whatever the record's size.
const blockMemory = 2 << 20

// Record is one WARC record as read from a file: the header fields kabar
// uses, its place in the file, and its block (for response records, the
// HTTP message).
//
// A Record owns its block, cached apart from the file, so it may be handed to
// another goroutine after the Reader has moved on; whoever holds it last must
// Close it to release the block's memory or temporary file.
type Record struct {
	// Type is the WARC-Type: "response", "request", "warcinfo",
	// "metadata", "revisit", "resource", ...
	Type string
	// ID is the WARC-Record-ID without its angle brackets.
	ID string
	// TargetURI is the WARC-Target-URI: the URL the record is about.
	TargetURI string
	// Date is the WARC-Date: when the capture began (for a response, when
	// it was fetched).
	Date time.Time
	// ContentType is the record's own Content-Type
	// ("application/http;msgtype=response"), not the HTTP payload's.
	ContentType string
	// PayloadType is WARC-Identified-Payload-Type when the writer sniffed
	// one (Common Crawl does), else empty.
	PayloadType string
	// Offset is where the record starts in the file; End is where the next
	// one may start. Both count the file's own bytes (compressed for
	// .warc.gz).
	Offset, End int64

	block gowarc.Block
	rec   gowarc.WarcRecord
}

// Close releases the record's block. It is safe to call more than once.
func (r *Record) Close() error {
	if r.rec == nil {
		return nil
	}
	err := r.rec.Close()
	r.rec, r.block = nil, nil
	return err
}

// IsHTTPResponse reports whether the record holds an HTTP response message,
// the only kind HTTPResponse decodes.
func (r *Record) IsHTTPResponse() bool {
	return r.Type == "response" && strings.HasPrefix(strings.ToLower(r.ContentType), "application/http")
}

// DamageError reports a file that cannot be read past Offset: truncated,
// corrupt gzip, or not WARC at all. Every record before Offset was read
// whole.
type DamageError struct {
	Path   string
	Offset int64
	Err    error
}

func (e *DamageError) Error() string {
	return fmt.Sprintf("%s is damaged at byte %d: %v", e.Path, e.Offset, e.Err)
}

func (e *DamageError) Unwrap() error { return e.Err }

// DigestError reports a record whose WARC-Block-Digest does not match its
// block. The file can still be read past it; the record itself should not
// be trusted.
type DigestError struct {
	Offset int64
	Err    error
}

func (e *DigestError) Error() string {
	return fmt.Sprintf("record at byte %d: %v", e.Offset, e.Err)
}

func (e *DigestError) Unwrap() error { return e.Err }

// Reader reads the records of one WARC file, compressed per record or not,
// in order.
type Reader struct {
	path string
	size int64 // the file's size when opened
	// next is where the next record should start: the End of the last
	// record read whole (or the offset opened at).
	next int64
	r    *gowarc.WarcFileReader
	// damaged is set after the first damage; Next then keeps returning it.
	damaged error
}

// Open opens the WARC file at path and positions it at offset, which must
// be 0 or a record boundary (a Record's Offset or End from an earlier read).
func Open(path string, offset int64) (*Reader, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open warc: %w", err)
	}
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	r, err := gowarc.NewWarcFileReader(path, offset,
		// Block digests are checked (that is how corruption inside an
		// uncompressed file shows); HTTP blocks are parsed by
		// HTTPResponse, which also undoes transfer and content codings.
		gowarc.WithSkipParseBlock(),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(blockMemory),
	)
	if err != nil {
		return nil, fmt.Errorf("open warc %s: %w", path, err)
	}
	return &Reader{path: path, size: fi.Size(), next: offset, r: r}, nil
}

// Close closes the file.
func (r *Reader) Close() error { return r.r.Close() }

// Next returns the next record, io.EOF after the last one, a *DamageError
// when the file cannot be read further, or a *DigestError (with the record,
// which the caller should skip and Close) when one record's content does
// not match its digest.
func (r *Reader) Next() (*Record, error) {
	if r.damaged != nil {
		return nil, r.damaged
	}
	rec, err := r.r.Next()
	if err != nil {
		if rec.WarcRecord != nil {
			rec.WarcRecord.Close()
		}
		if err == io.EOF && rec.Offset >= r.size {
			return nil, io.EOF
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("cut short inside a record: %w", io.ErrUnexpectedEOF)
		}
		r.damaged = &DamageError{Path: r.path, Offset: r.next, Err: err}
		return nil, r.damaged
	}
	wr := rec.WarcRecord
	out := &Record{
		Offset: rec.Offset,
		End:    rec.Offset + rec.Size,
		rec:    wr,
		block:  wr.Block(),
	}
	h := wr.WarcHeader()
	out.Type = wr.Type().String()
	if out.Type == "" || strings.HasPrefix(out.Type, "unknown") {
		out.Type = h.Get(gowarc.WarcType)
	}
	out.ID = h.GetId(gowarc.WarcRecordID)
	out.TargetURI = strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
	out.ContentType = h.Get(gowarc.ContentType)
	out.PayloadType = h.Get(gowarc.WarcIdentifiedPayloadType)
	if d, err := wr.Date(); err == nil {
		out.Date = d
	}
	// A short block is damage to the file, and it also spoils the digest,
	// so it is looked for first.
	var digestErr error
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		var dg *gowarc.DigestError
		switch {
		case errors.As(v, &cl):
			// The block ended before its Content-Length: the file is cut
			// short (or a length is wrong, and nothing after it can be
			// trusted either).
			out.Close()
			r.damaged = &DamageError{Path: r.path, Offset: r.next, Err: fmt.Errorf("record truncated: %w", v)}
			return nil, r.damaged
		case errors.As(v, &dg) && digestErr == nil:
			digestErr = v
		}
	}
	if len(rec.Validation) > 0 && out.End >= r.size {
		// A faulty record that runs to the end of the file is the file's
		// cut-off tail (in an uncompressed file nothing else tells).
		out.Close()
		r.damaged = &DamageError{Path: r.path, Offset: r.next, Err: fmt.Errorf("last record cut short: %w", rec.Validation[0])}
		return nil, r.damaged
	}
	r.next = out.End
	if digestErr != nil {
		return out, &DigestError{Offset: rec.Offset, Err: digestErr}
	}
	// Keep the block apart from the stream, so that the record outlives
	// the next call to Next.
	if err := out.block.Cache(); err != nil {
		out.Close()
		r.damaged = &DamageError{Path: r.path, Offset: out.Offset, Err: fmt.Errorf("read block: %w", err)}
		return nil, r.damaged
	}
	return out, nil
}
