package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/siteconfig"
	"github.com/kabar-news/kabar/store"
	"github.com/kabar-news/kabar/warc"
)

// Ingest limits and rhythm.
const (
	// ingestBatch is how many records one store transaction holds at most;
	// ingestFlushEvery bounds how long a record waits for its batch, and
	// so how much work an interrupted ingest repeats.
	ingestBatch      = 128
	ingestFlushEvery = time.Second
	// ingestProgressEvery is how often progress goes to stderr.
	ingestProgressEvery = 2 * time.Second
)

// bucketIngest holds, per WARC file (key: absolute path), how far ingest
// got: JSON of State. It sits beside the store's own buckets; the
// store neither reads nor checks it.
var bucketIngest = []byte("ingest_offsets")

// State is how far ingest got through one file. Offset is always a
// record boundary, and every record before it is stored (or was skipped by
// the filters of that run).
type State struct {
	Offset int64 `json:"offset"`
	Done   bool  `json:"done,omitempty"`
	// HeadLen and HeadSum fingerprint the file (SHA-256 of its first
	// HeadLen bytes), so that another file put under the same path is read
	// from its start, not from an offset that means nothing in it.
	HeadLen int64     `json:"head_len"`
	HeadSum string    `json:"head_sum"`
	At      time.Time `json:"at"`
}

// headLen is how much of a file its fingerprint covers.
const headLen = 64 << 10

// Config says what to ingest and how. The zero value of a filter field
// keeps everything.
type Config struct {
	Sites       []string         // only these domains and their subdomains
	Since       time.Time        // only records captured at or after (WARC-Date)
	Until       time.Time        // only records captured before
	Lang        string           // only articles in this language
	Parallelism int              // pages extracted at once (at least 1)
	NoRules     bool             // generic extraction only
	SiteConfigs siteconfig.Stack // --site-config and the bundled snapshot, by --rules
	FromStart   bool             // ignore how far earlier runs got
	// MaxPageSize is the largest decoded page ingest extracts: a larger
	// payload is no news article, and the cap keeps one record from taking
	// memory.
	MaxPageSize int64
	// Log takes warnings (nil: discarded); Progress takes a progress line
	// every few seconds (nil: none).
	Log      *slog.Logger
	Progress io.Writer
	// OnCommit, when set, is called after each batch of a file is
	// committed, with the file offset everything before which is stored.
	OnCommit func(offset int64)
}

func (c Config) log() *slog.Logger {
	if c.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Log
}

// Totals counts what ingest did, over all files.
type Totals struct {
	Files, SkippedFiles         int
	Records, Responses, HTML    int
	Articles                    int
	Created, Updated, Unchanged int
	Index, Filtered, Errors     int
	Bytes                       int64
	Started                     time.Time
	Elapsed                     time.Duration
}

// Summary is one line for people.
func (t Totals) Summary() string {
	secs := max(t.Elapsed.Seconds(), 1e-9)
	return fmt.Sprintf("files %d (%d already done), records %d (responses %d, html %d), articles %d (new %d, changed %d, unchanged %d), index pages %d, filtered out %d, errors %d; %.1f MB in %s (%.0f records/s, %.1f MB/s)",
		t.Files, t.SkippedFiles, t.Records, t.Responses, t.HTML, t.Articles, t.Created, t.Updated, t.Unchanged,
		t.Index, t.Filtered, t.Errors, float64(t.Bytes)/1e6, t.Elapsed.Round(time.Millisecond),
		float64(t.Records)/secs, float64(t.Bytes)/1e6/secs)
}

// Files reads files in turn into db. A damaged file does not stop the
// others; the error returned then names the first damaged file (a
// *warc.DamageError inside).
func Files(ctx context.Context, db *store.DB, c Config, files []string) (Totals, error) {
	t := Totals{Started: time.Now()}
	var damaged []error
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			t.Elapsed = time.Since(t.Started)
			return t, err
		}
		err := File(ctx, db, c, f, &t)
		var de *warc.DamageError
		switch {
		case errors.As(err, &de):
			if len(files) > 1 {
				c.log().Warn("damaged WARC file; records before the damage are stored", "file", f, "offset", de.Offset, "err", de.Err)
			}
			damaged = append(damaged, err)
		case err != nil:
			t.Elapsed = time.Since(t.Started)
			return t, err
		}
	}
	t.Elapsed = time.Since(t.Started)
	switch len(damaged) {
	case 0:
		return t, nil
	case 1:
		return t, fmt.Errorf("%w; everything before it is stored", damaged[0])
	default:
		return t, fmt.Errorf("%d files damaged, the first: %w; everything before the damage is stored", len(damaged), damaged[0])
	}
}

// ingestJob is one record on its way from the reader to the writer. seq
// orders jobs; rec is nil for a record the reader already skipped.
type ingestJob struct {
	seq  uint64
	end  int64 // the file offset after the record
	rec  *warc.Record
	skip skipReason
}

// skipReason says why a record stored nothing.
type skipReason int

const (
	kept        skipReason = iota
	notResponse            // request, warcinfo, metadata, revisit, ...
	filteredOut            // --site, --since, --until, --lang
	notPage                // not 2xx, not HTML, too large
	indexPage              // HTML, but not an article
	failed                 // undecodable HTTP, or extraction failed
)

// ingestResult is a job after extraction: entry is set when the record is
// an article to store.
type ingestResult struct {
	seq   uint64
	end   int64
	skip  skipReason
	html  bool
	resp  bool
	entry *store.Entry
}

// File reads one file into db, adding to t, and returns once everything
// it stored is committed (so a caller may acknowledge the file then): a reader goroutine decodes records and applies
// the cheap filters, c.Parallelism workers extract, and this goroutine
// stores results in file order, in batches, moving the file's saved offset
// after each batch is committed. Memory is bounded by the jobs in flight
// (2 per worker and half a batch) and one batch.
func File(ctx context.Context, db *store.DB, c Config, path string, t *Totals) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("ingest %s: %w", path, err)
	}
	st, err := LoadState(db, abs, c.FromStart)
	if err != nil {
		return err
	}
	t.Files++
	if st.Done && !c.FromStart {
		if fi, err := os.Stat(path); err == nil && fi.Size() == st.Offset {
			t.SkippedFiles++
			c.log().Info("already ingested", "file", path)
			return nil
		}
		// The file grew since: go on from where the last run ended.
		st.Done = false
	}
	r, err := warc.Open(path, st.Offset)
	if err != nil {
		return err
	}
	defer r.Close()

	// Two jobs per worker keep the workers busy; half a batch more lets
	// them go on while the writer commits.
	inFlight := 2*c.Parallelism + ingestBatch/2
	jobs := make(chan ingestJob, inFlight)
	results := make(chan ingestResult, inFlight)
	slots := make(chan struct{}, inFlight)
	readErr := make(chan error, 1)

	// readCtx stops the reader early when storing fails.
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	go func() {
		readErr <- feedRecords(readCtx, r, c, jobs, slots)
		close(jobs)
	}()
	done := make(chan struct{})
	for range c.Parallelism {
		go func() {
			defer func() { done <- struct{}{} }()
			for j := range jobs {
				results <- extractRecord(c, j)
			}
		}()
	}
	go func() {
		for range c.Parallelism {
			<-done
		}
		close(results)
	}()

	w := &ingestWriter{db: db, path: path, abs: abs, state: st, t: t, progressTo: c.Progress, onCommit: c.OnCommit, stop: stopReading,
		fileStart: st.Offset, started: time.Now(), lastFlush: time.Now(), lastProgress: time.Now()}
	werr := w.run(results, slots)
	rerr := <-readErr
	if werr != nil {
		return werr
	}
	if rerr != nil {
		return rerr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	w.state.Done = true
	if err := SaveState(db, abs, w.state); err != nil {
		return err
	}
	return nil
}

// feedRecords sends every record of r to jobs, in order, each after taking
// a slot (the writer gives slots back). It returns nil at the end of the
// file, the file's *warc.DamageError, or ctx's error.
func feedRecords(ctx context.Context, r *warc.Reader, c Config, jobs chan<- ingestJob, slots chan struct{}) error {
	for seq := uint64(0); ; seq++ {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		rec, err := r.Next()
		var digestErr *warc.DigestError
		switch {
		case err == io.EOF:
			<-slots
			return nil
		case errors.As(err, &digestErr):
			// The record's bytes are not what its writer wrote; the rest
			// of the file is fine.
			jobs <- ingestJob{seq: seq, end: rec.End, skip: failed}
			rec.Close()
			continue
		case err != nil:
			<-slots
			return err
		}
		j := ingestJob{seq: seq, end: rec.End, skip: prefilter(rec, c)}
		if j.skip == kept {
			j.rec = rec
		} else {
			rec.Close()
		}
		jobs <- j
	}
}

// prefilter decides from the WARC header alone, before anything is decoded.
func prefilter(rec *warc.Record, c Config) skipReason {
	if !rec.IsHTTPResponse() {
		return notResponse
	}
	if !c.Since.IsZero() && rec.Date.Before(c.Since) {
		return filteredOut
	}
	if !c.Until.IsZero() && !rec.Date.Before(c.Until) {
		return filteredOut
	}
	if len(c.Sites) > 0 {
		u, err := url.Parse(rec.TargetURI)
		if err != nil || !onSites(u.Hostname(), c.Sites) {
			return filteredOut
		}
	}
	return kept
}

// onSites reports whether host is one of sites or a subdomain of one.
func onSites(host string, sites []string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, s := range sites {
		if host == s || strings.HasSuffix(host, "."+s) {
			return true
		}
	}
	return false
}

// extractRecord decodes and extracts one job, closing its record.
func extractRecord(c Config, j ingestJob) ingestResult {
	res := ingestResult{seq: j.seq, end: j.end, skip: j.skip}
	if j.rec == nil {
		return res
	}
	rec := j.rec
	defer rec.Close()
	res.resp = true
	resp, err := rec.HTTPResponse(c.MaxPageSize)
	switch {
	case errors.Is(err, warc.ErrTooLarge):
		res.skip = notPage
		return res
	case err != nil:
		res.skip = failed
		return res
	}
	if resp.Status < 200 || resp.Status > 299 {
		res.skip = notPage
		return res
	}
	ct := resp.Header.Get("Content-Type")
	if !isHTML(ct, rec.PayloadType, resp.Body) {
		res.skip = notPage
		return res
	}
	res.html = true
	a, page, err := Process(resp.Body, rec.TargetURI, extract.Options{ContentType: ct, NoRules: c.NoRules, SiteConfigs: c.SiteConfigs}, rec.Date)
	if err != nil {
		res.skip = failed
		return res
	}
	if !page.IsArticle {
		res.skip = indexPage
		return res
	}
	if c.Lang != "" && a.Lang != c.Lang {
		res.skip = filteredOut
		return res
	}
	res.skip = kept
	res.entry = &store.Entry{Article: a, Raw: &store.RawPage{
		URL: rec.TargetURI, FinalURL: rec.TargetURI, Status: resp.Status,
		Header: resp.Header, Body: resp.Body, FetchedAt: rec.Date,
	}}
	return res
}

// isHTML tells an HTML payload by the HTTP Content-Type, else by the
// archive's identified payload type, else by sniffing the body.
func isHTML(contentType, payloadType string, body []byte) bool {
	for _, ct := range []string{contentType, payloadType} {
		if ct == "" {
			continue
		}
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
		}
		return mt == "text/html" || mt == "application/xhtml+xml"
	}
	return strings.HasPrefix(http.DetectContentType(body), "text/html")
}

// ingestWriter is the single writer of one file's ingest: it restores file
// order, stores articles in batches and saves the offset after each batch.
type ingestWriter struct {
	db         *store.DB
	path, abs  string
	state      State
	t          *Totals
	progressTo io.Writer          // nil: no progress lines
	onCommit   func(offset int64) // after each committed batch
	stop       context.CancelFunc // stops the reader after a store error

	batch   []store.Entry
	next    uint64 // the seq of the next result to apply
	pending map[uint64]ingestResult
	end     int64 // the offset after the last applied result

	fileStart, fileRecords           int64
	started, lastFlush, lastProgress time.Time
}

func (w *ingestWriter) run(results <-chan ingestResult, slots <-chan struct{}) error {
	w.pending = make(map[uint64]ingestResult)
	w.end = w.state.Offset
	tick := time.NewTicker(ingestFlushEvery / 2)
	defer tick.Stop()
	var err error
	for {
		select {
		case res, ok := <-results:
			if !ok {
				if err == nil {
					err = w.flush()
				}
				w.progress(true)
				return err
			}
			if err != nil {
				// Storing failed: drain, so that the reader and the
				// workers can end.
				<-slots
				continue
			}
			w.pending[res.seq] = res
			for {
				r, ok := w.pending[w.next]
				if !ok {
					break
				}
				delete(w.pending, w.next)
				w.next++
				w.apply(r)
				<-slots
			}
			if len(w.batch) >= ingestBatch {
				err = w.flush()
			}
		case <-tick.C:
			if err == nil && time.Since(w.lastFlush) >= ingestFlushEvery {
				err = w.flush()
			}
			w.progress(false)
		}
		if err != nil {
			w.stop()
		}
	}
}

// apply counts one result, in file order, and queues its entry.
func (w *ingestWriter) apply(r ingestResult) {
	t := w.t
	t.Records++
	w.fileRecords++
	t.Bytes += r.end - w.end
	w.end = r.end
	if r.resp {
		t.Responses++
	}
	if r.html {
		t.HTML++
	}
	switch r.skip {
	case kept:
		w.batch = append(w.batch, *r.entry)
	case filteredOut:
		t.Filtered++
	case indexPage:
		t.Index++
	case failed:
		t.Errors++
	}
}

// flush stores the batch in one transaction, then moves the file's saved
// offset past it. A crash between the two repeats the batch on the next
// run, where every record is Unchanged: ingest stays idempotent. The store
// write is not cancelled with the run, so work done is kept.
func (w *ingestWriter) flush() error {
	w.lastFlush = time.Now()
	if len(w.batch) > 0 {
		res, err := w.db.PutMany(context.Background(), w.batch)
		if err != nil {
			return fmt.Errorf("ingest %s: %w", w.path, err)
		}
		for _, r := range res {
			w.t.Articles++
			switch r {
			case store.Created:
				w.t.Created++
			case store.Updated:
				w.t.Updated++
			default:
				w.t.Unchanged++
			}
		}
		clear(w.batch)
		w.batch = w.batch[:0]
	}
	if w.end == w.state.Offset {
		return nil
	}
	w.state.Offset = w.end
	if err := SaveState(w.db, w.abs, w.state); err != nil {
		return err
	}
	if w.onCommit != nil {
		w.onCommit(w.state.Offset)
	}
	return nil
}

// progress prints one line to stderr every ingestProgressEvery (and at the
// end of a file that took longer than that).
func (w *ingestWriter) progress(final bool) {
	if w.progressTo == nil {
		return
	}
	now := time.Now()
	if !final && now.Sub(w.lastProgress) < ingestProgressEvery {
		return
	}
	if final && now.Sub(w.started) < ingestProgressEvery {
		return
	}
	w.lastProgress = now
	secs := max(now.Sub(w.started).Seconds(), 1e-9)
	mb := float64(w.end-w.fileStart) / 1e6
	fmt.Fprintf(w.progressTo, "ingest %s: %d records, %.1f MB, %d articles so far; %.0f records/s, %.1f MB/s\n",
		filepath.Base(w.path), w.fileRecords, mb, w.t.Articles, float64(w.fileRecords)/secs, mb/secs)
}

// LoadState returns where to start reading the file at abs: its saved
// state when the file is the one that state describes, else offset 0 with
// a fresh fingerprint.
func LoadState(db *store.DB, abs string, fromStart bool) (State, error) {
	var st State
	var found bool
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketIngest)
		if b == nil {
			return nil
		}
		v := b.Get([]byte(abs))
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &st)
	})
	if err != nil {
		return st, fmt.Errorf("read ingest state of %s: %w", abs, err)
	}
	if found && !fromStart && st.HeadLen > 0 {
		if sum, err := fingerprint(abs, st.HeadLen); err == nil && sum == st.HeadSum {
			return st, nil
		}
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return st, fmt.Errorf("read %s: %w", abs, err)
	}
	n := min(fi.Size(), headLen)
	sum, err := fingerprint(abs, n)
	if err != nil {
		return st, err
	}
	return State{HeadLen: n, HeadSum: sum}, nil
}

// fingerprint hashes the first n bytes of the file.
func fingerprint(path string, n int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("fingerprint %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.CopyN(h, f, n); err != nil {
		return "", fmt.Errorf("fingerprint %s: %w", path, err)
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}

// SaveState records st as how far ingest got through the file at abs.
func SaveState(db *store.DB, abs string, st State) error {
	st.At = time.Now().UTC()
	v, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("save ingest state of %s: %w", abs, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketIngest)
		if err != nil {
			return err
		}
		return b.Put([]byte(abs), v)
	})
	if err != nil {
		return fmt.Errorf("save ingest state of %s: %w", abs, err)
	}
	return nil
}
