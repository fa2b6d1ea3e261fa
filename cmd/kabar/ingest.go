package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar/crawler"
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
// got: JSON of ingestState. It sits beside the store's own buckets; the
// store neither reads nor checks it.
var bucketIngest = []byte("ingest_offsets")

// ingestState is how far ingest got through one file. Offset is always a
// record boundary, and every record before it is stored (or was skipped by
// the filters of that run).
type ingestState struct {
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

// ingestConfig holds the ingest flags.
type ingestConfig struct {
	db          string
	sites       []string
	since       time.Time
	until       time.Time
	lang        string
	parallelism int
	noRules     bool
	siteConfigs siteconfig.Stack // --site-config and the bundled snapshot, by --rules
	quiet       bool
	fromStart   bool
	// maxPageSize is the largest decoded page ingest extracts, by default
	// the crawler's cap: a larger payload is no news article, and the cap
	// keeps one record from taking memory.
	maxPageSize int64
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("ingest", "[flags] FILE.warc[.gz]...",
		"Reads WARC files (such as Common Crawl's CC-NEWS), extracts every HTML response\n"+
			"as a crawl would, and stores the articles; fetched_at is the record's WARC-Date.\n"+
			"Ingesting a file again stores nothing new; an interrupted ingest, run again, goes on\n"+
			"from where it stopped. A damaged file keeps everything before the damage.")
	var c ingestConfig
	fs.StringVar(&c.db, "db", "kabar.db", "the store `PATH`")
	site := fs.String("site", "", "only pages of these `DOMAIN`s (comma-separated; subdomains included)")
	since := fs.String("since", "", "only records captured on or after this `DATE` (WARC-Date; 2006-01-02 or RFC 3339)")
	until := fs.String("until", "", "only records captured before this `DATE`")
	fs.StringVar(&c.lang, "lang", "", "only store articles in this language (two-letter `CODE`)")
	fs.IntVar(&c.parallelism, "parallelism", runtime.GOMAXPROCS(0), "pages extracted at once")
	rules := addRulesFlag(fs)
	fs.BoolVar(&c.quiet, "quiet", false, "print nothing but errors (for cron)")
	fs.Int64Var(&c.maxPageSize, "max-page-size", crawler.DefaultMaxBodySize, "skip a page larger than this many `BYTES` once decoded")
	fs.BoolVar(&c.fromStart, "from-start", false, "read every file from its start, ignoring how far earlier runs got")
	files, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("no WARC files given")
	}
	if c.since, err = parseDate("--since", *since); err != nil {
		return err
	}
	if c.until, err = parseDate("--until", *until); err != nil {
		return err
	}
	for _, s := range strings.Split(*site, ",") {
		if s = strings.Trim(strings.TrimSpace(strings.ToLower(s)), "."); s != "" {
			c.sites = append(c.sites, s)
		}
	}
	c.lang = strings.ToLower(c.lang)
	pipe, err := rules.pipeline()
	if err != nil {
		return err
	}
	c.noRules, c.siteConfigs = pipe.noRules, pipe.siteConfigs
	if c.parallelism < 1 || c.maxPageSize < 1 {
		return usagef("--parallelism and --max-page-size must be at least 1")
	}
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil {
			return fmt.Errorf("read %s: %w", f, errors.Unwrap(err))
		} else if fi.IsDir() {
			return fmt.Errorf("read %s: is a folder, not a WARC file", f)
		}
	}
	db, err := store.Open(c.db, store.WithLockTimeout(time.Second))
	if err != nil {
		return err
	}
	t, err := ingest(ctx, e, db, c, files)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close store %s: %w", c.db, cerr)
	}
	if !c.quiet || err != nil {
		fmt.Fprintln(e.stdout, t.summary())
	}
	return err
}

// ingestTotals counts what ingest did, over all files.
type ingestTotals struct {
	files, skippedFiles         int
	records, responses, html    int
	articles                    int
	created, updated, unchanged int
	index, filtered, errors     int
	bytes                       int64
	started                     time.Time
	elapsed                     time.Duration
}

func (t ingestTotals) summary() string {
	secs := max(t.elapsed.Seconds(), 1e-9)
	return fmt.Sprintf("files %d (%d already done), records %d (responses %d, html %d), articles %d (new %d, changed %d, unchanged %d), index pages %d, filtered out %d, errors %d; %.1f MB in %s (%.0f records/s, %.1f MB/s)",
		t.files, t.skippedFiles, t.records, t.responses, t.html, t.articles, t.created, t.updated, t.unchanged,
		t.index, t.filtered, t.errors, float64(t.bytes)/1e6, t.elapsed.Round(time.Millisecond),
		float64(t.records)/secs, float64(t.bytes)/1e6/secs)
}

// ingest reads files in turn into db. A damaged file does not stop the
// others; the error returned then names the first damaged file.
func ingest(ctx context.Context, e *env, db *store.DB, c ingestConfig, files []string) (ingestTotals, error) {
	t := ingestTotals{started: time.Now()}
	var damaged []error
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			t.elapsed = time.Since(t.started)
			return t, err
		}
		err := ingestFile(ctx, e, db, c, f, &t)
		var de *warc.DamageError
		switch {
		case errors.As(err, &de):
			if len(files) > 1 {
				e.log.Warn("damaged WARC file; records before the damage are stored", "file", f, "offset", de.Offset, "err", de.Err)
			}
			damaged = append(damaged, err)
		case err != nil:
			t.elapsed = time.Since(t.started)
			return t, err
		}
	}
	t.elapsed = time.Since(t.started)
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

// ingestFile reads one file: a reader goroutine decodes records and applies
// the cheap filters, c.parallelism workers extract, and this goroutine
// stores results in file order, in batches, moving the file's saved offset
// after each batch is committed. Memory is bounded by the jobs in flight
// (2 per worker and half a batch) and one batch.
func ingestFile(ctx context.Context, e *env, db *store.DB, c ingestConfig, path string, t *ingestTotals) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("ingest %s: %w", path, err)
	}
	st, err := startState(db, abs, c.fromStart)
	if err != nil {
		return err
	}
	t.files++
	if st.Done && !c.fromStart {
		if fi, err := os.Stat(path); err == nil && fi.Size() == st.Offset {
			t.skippedFiles++
			e.log.Info("already ingested", "file", path)
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
	inFlight := 2*c.parallelism + ingestBatch/2
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
	p := pipeline{noRules: c.noRules, siteConfigs: c.siteConfigs}
	done := make(chan struct{})
	for range c.parallelism {
		go func() {
			defer func() { done <- struct{}{} }()
			for j := range jobs {
				results <- extractRecord(p, c, j)
			}
		}()
	}
	go func() {
		for range c.parallelism {
			<-done
		}
		close(results)
	}()

	w := &ingestWriter{db: db, path: path, abs: abs, state: st, t: t, e: e, quiet: c.quiet, stop: stopReading,
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
	if err := saveState(db, abs, w.state); err != nil {
		return err
	}
	return nil
}

// feedRecords sends every record of r to jobs, in order, each after taking
// a slot (the writer gives slots back). It returns nil at the end of the
// file, the file's *warc.DamageError, or ctx's error.
func feedRecords(ctx context.Context, r *warc.Reader, c ingestConfig, jobs chan<- ingestJob, slots chan struct{}) error {
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
func prefilter(rec *warc.Record, c ingestConfig) skipReason {
	if !rec.IsHTTPResponse() {
		return notResponse
	}
	if !c.since.IsZero() && rec.Date.Before(c.since) {
		return filteredOut
	}
	if !c.until.IsZero() && !rec.Date.Before(c.until) {
		return filteredOut
	}
	if len(c.sites) > 0 {
		u, err := url.Parse(rec.TargetURI)
		if err != nil || !onSites(u.Hostname(), c.sites) {
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
func extractRecord(p pipeline, c ingestConfig, j ingestJob) ingestResult {
	res := ingestResult{seq: j.seq, end: j.end, skip: j.skip}
	if j.rec == nil {
		return res
	}
	rec := j.rec
	defer rec.Close()
	res.resp = true
	resp, err := rec.HTTPResponse(c.maxPageSize)
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
	a, page, err := p.process(resp.Body, rec.TargetURI, ct, rec.Date)
	if err != nil {
		res.skip = failed
		return res
	}
	if !page.IsArticle {
		res.skip = indexPage
		return res
	}
	if c.lang != "" && a.Lang != c.lang {
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
	db        *store.DB
	path, abs string
	state     ingestState
	t         *ingestTotals
	e         *env
	quiet     bool
	stop      context.CancelFunc // stops the reader after a store error

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
	t.records++
	w.fileRecords++
	t.bytes += r.end - w.end
	w.end = r.end
	if r.resp {
		t.responses++
	}
	if r.html {
		t.html++
	}
	switch r.skip {
	case kept:
		w.batch = append(w.batch, *r.entry)
	case filteredOut:
		t.filtered++
	case indexPage:
		t.index++
	case failed:
		t.errors++
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
			w.t.articles++
			switch r {
			case store.Created:
				w.t.created++
			case store.Updated:
				w.t.updated++
			default:
				w.t.unchanged++
			}
		}
		clear(w.batch)
		w.batch = w.batch[:0]
	}
	if w.end == w.state.Offset {
		return nil
	}
	w.state.Offset = w.end
	return saveState(w.db, w.abs, w.state)
}

// progress prints one line to stderr every ingestProgressEvery (and at the
// end of a file that took longer than that).
func (w *ingestWriter) progress(final bool) {
	if w.quiet {
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
	fmt.Fprintf(w.e.stderr, "ingest %s: %d records, %.1f MB, %d articles so far; %.0f records/s, %.1f MB/s\n",
		filepath.Base(w.path), w.fileRecords, mb, w.t.articles, float64(w.fileRecords)/secs, mb/secs)
}

// startState returns where to start reading the file at abs: its saved
// state when the file is the one that state describes, else offset 0 with
// a fresh fingerprint.
func startState(db *store.DB, abs string, fromStart bool) (ingestState, error) {
	var st ingestState
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
	return ingestState{HeadLen: n, HeadSum: sum}, nil
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

func saveState(db *store.DB, abs string, st ingestState) error {
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
