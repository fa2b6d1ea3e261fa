package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/crawler"
	"github.com/kabar-news/kabar/store"
)

func runReextract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("reextract", "[--db PATH] [--site DOMAIN] [--since DATE] [--until DATE] [--lang CODE] [--dry-run]",
		"Runs the current extract and normalize over the raw pages kept in the store, without\n"+
			"fetching anything, and writes back the records that change (first_seen, last_seen and\n"+
			"the URL index are kept; a changed text counts a new version; changed records are\n"+
			"exported again by --since-last). Reports how many records changed, field by field.\n"+
			"--since and --until select by publication time, as in export.")
	db := fs.String("db", "kabar.db", "the store `PATH`")
	site := fs.String("site", "", "only articles of these `DOMAIN`s (comma-separated; subdomains included)")
	since := fs.String("since", "", "only articles published on or after this `DATE` (2006-01-02 or RFC 3339)")
	until := fs.String("until", "", "only articles published before this `DATE`")
	lang := fs.String("lang", "", "only articles in this language (two-letter `CODE`)")
	dryRun := fs.Bool("dry-run", false, "report what would change, write nothing")
	rules := addRulesFlag(fs)
	lockTimeout := fs.Duration("lock-timeout", store.DefaultLockTimeout, "wait this long for a crawl holding the store")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if *lockTimeout <= 0 {
		return usagef("--lock-timeout must be positive")
	}
	f, err := parseFilter(*since, *until, *site, *lang)
	if err != nil {
		return err
	}
	s, err := openStoreFile(*db, !*dryRun, *lockTimeout)
	if err != nil {
		return err
	}
	p, err := rules.pipeline()
	if err != nil {
		s.Close()
		return err
	}
	r := reextracter{db: s, p: p, dryRun: *dryRun, log: e.log}
	sum, err := r.run(ctx, f)
	if cerr := s.Close(); err == nil && cerr != nil {
		err = cerr
	}
	sum.print(e.stdout, *dryRun)
	return err
}

// reextractBatch is how many changed records go to the store in one
// transaction: few enough that an interrupted run loses little work, many
// enough that fsyncs do not dominate.
const reextractBatch = 256

// reextracter re-runs the pipeline over stored raw pages.
type reextracter struct {
	db     *store.DB
	p      pipeline
	dryRun bool
	log    *slog.Logger
	// workers is how many pages are extracted at once; zero means
	// GOMAXPROCS.
	workers int
	// batch is how many changed records are written per transaction;
	// zero means reextractBatch.
	batch int
}

// reextractSummary counts what a run did. Every record seen lands in
// exactly one of changed, unchanged, noRaw and failed.
type reextractSummary struct {
	seen, changed, unchanged, noRaw, failed int
	// notArticle counts changed or unchanged records whose page the
	// current extractor no longer takes for an article; they are kept.
	notArticle int
	// idKept counts records whose canonical URL, and so id, now differs;
	// they keep their stored id so that their history stays attached.
	idKept int
	// fields counts changed records per JSON field name.
	fields map[string]int
	took   time.Duration
}

// reextracted is one record's outcome, passed from a worker to the writer.
type reextracted struct {
	old, new   kabar.Article
	noRaw      bool
	failed     bool
	notArticle bool
	idChanged  bool
}

// run walks the records passing f (EachRaw, one goroutine), extracts their
// pages on r.workers goroutines, and compares and writes the results on
// the calling goroutine, a batch per transaction. Extraction is the
// expensive part and is pure, so it is the part spread over the cores.
func (r *reextracter) run(ctx context.Context, f store.Filter) (reextractSummary, error) {
	sum := reextractSummary{fields: map[string]int{}}
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := r.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := r.batch
	if batch <= 0 {
		batch = reextractBatch
	}

	// moved holds the ids of records whose new publication time sorts
	// after their old one: the walk, which goes by publication time,
	// meets them again once they are written, and must skip them then.
	// It stays small: only records whose date the extractor now reads
	// later are in it.
	var movedMu sync.Mutex
	moved := map[string]bool{}

	type job struct {
		old kabar.Article
		raw *store.RawPage
	}
	jobs := make(chan job, 2*workers)
	results := make(chan reextracted, 2*workers)
	var walkErr error
	go func() {
		defer close(jobs)
		walkErr = r.db.EachRaw(ctx, f, func(old kabar.Article, raw *store.RawPage) error {
			movedMu.Lock()
			again := moved[old.ID]
			movedMu.Unlock()
			if again {
				return nil
			}
			select {
			case jobs <- job{old, raw}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- r.one(j.old, j.raw)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var pending []store.Entry
	flush := func() error {
		if len(pending) > 0 && !r.dryRun {
			if _, err := r.db.PutMany(ctx, pending); err != nil {
				return err
			}
		}
		pending = pending[:0]
		return nil
	}
	var err error
	for res := range results {
		if err != nil {
			continue // drain, so that the workers and the walk end
		}
		if err = r.count(&sum, res, &pending); err != nil {
			cancel()
			continue
		}
		if !res.noRaw && !res.failed && sortsLater(res.new.PublishedAt, res.old.PublishedAt) {
			movedMu.Lock()
			moved[res.old.ID] = true
			movedMu.Unlock()
		}
		if len(pending) >= batch {
			if err = flush(); err != nil {
				cancel()
			}
		}
	}
	if err == nil {
		err = walkErr
	}
	if err == nil {
		err = flush()
	}
	sum.took = time.Since(start)
	if err != nil {
		return sum, fmt.Errorf("reextract %s: %w", r.db.Path(), err)
	}
	return sum, nil
}

// count adds res to sum and, when the record changed, to pending.
func (r *reextracter) count(sum *reextractSummary, res reextracted, pending *[]store.Entry) error {
	sum.seen++
	switch {
	case res.noRaw:
		sum.noRaw++
		return nil
	case res.failed:
		sum.failed++
		return nil
	}
	if res.notArticle {
		sum.notArticle++
	}
	if res.idChanged {
		sum.idKept++
	}
	changed, err := changedFields(res.old, res.new)
	if err != nil {
		return fmt.Errorf("compare record %q: %w", res.old.ID, err)
	}
	if len(changed) == 0 {
		sum.unchanged++
		return nil
	}
	sum.changed++
	for _, name := range changed {
		sum.fields[name]++
	}
	*pending = append(*pending, store.Entry{Article: res.new})
	return nil
}

// sortsLater tells whether a record published at t comes after one
// published at old in the store's publication order (undated last).
func sortsLater(t, old time.Time) bool {
	if old.IsZero() {
		return false
	}
	return t.IsZero() || t.After(old)
}

// one re-extracts one stored record. The new record keeps what only the
// fetch knew (the stored id, fetched_at, source_file). A page that can no
// longer be extracted is reported failed, and its stored record kept.
func (r *reextracter) one(old kabar.Article, raw *store.RawPage) reextracted {
	res := reextracted{old: old}
	if raw == nil {
		res.noRaw = true
		return res
	}
	u := raw.FinalURL
	if u == "" {
		u = raw.URL
	}
	if u == "" {
		u = old.URL
	}
	fetched := raw.FetchedAt
	if fetched.IsZero() {
		fetched = old.FetchedAt
	}
	a, page, err := r.p.process(raw.Body, u, raw.Header.Get("Content-Type"), fetched)
	if err != nil {
		r.log.Warn("reextract: page cannot be extracted; record kept", "id", old.ID, "url", u, "err", err)
		res.failed = true
		return res
	}
	if page.IsArticle && len(raw.Parts) > 0 {
		// A split article: its later pages are stitched on as the crawl
		// did, from the same stored bytes.
		pg := &crawler.Page{URL: u, FetchedAt: fetched}
		for _, p := range raw.Parts {
			pg.Parts = append(pg.Parts, &crawler.Page{URL: p.URL, FinalURL: p.FinalURL, Status: p.Status, Header: p.Header, Body: p.Body, FetchedAt: p.FetchedAt})
		}
		if a, err = r.p.processParts(page, pg); err != nil {
			r.log.Warn("reextract: split article cannot be extracted; record kept", "id", old.ID, "url", u, "err", err)
			res.failed = true
			return res
		}
	}
	res.notArticle = !page.IsArticle
	if a.ID != old.ID {
		res.idChanged = true
		a.ID = old.ID
	}
	a.FetchedAt = old.FetchedAt
	if a.SourceFile == "" {
		a.SourceFile = old.SourceFile
	}
	res.new = a
	return res
}

// articleFields are the JSON names of kabar.Article in declaration order,
// the order in which changes are reported.
var articleFields = func() []string {
	var names []string
	t := reflect.TypeFor[kabar.Article]()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}()

// changedFields lists the JSON fields whose encoding differs between old
// and new. A new extractor version alone is not a change: rewriting every
// record for it would send the whole corpus down every --since-last pipe
// with nothing new in it.
func changedFields(old, new kabar.Article) ([]string, error) {
	if old.Extraction != nil && new.Extraction != nil {
		e := *new.Extraction
		e.Version = old.Extraction.Version
		new.Extraction = &e
	}
	om, err := fieldMap(old)
	if err != nil {
		return nil, err
	}
	nm, err := fieldMap(new)
	if err != nil {
		return nil, err
	}
	var changed []string
	for _, name := range articleFields {
		if !bytes.Equal(om[name], nm[name]) {
			changed = append(changed, name)
		}
	}
	return changed, nil
}

func fieldMap(a kabar.Article) (map[string]json.RawMessage, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	var m map[string]json.RawMessage
	return m, json.Unmarshal(b, &m)
}

// print writes the summary: one line of totals, one of changed fields.
func (s reextractSummary) print(w io.Writer, dryRun bool) {
	verb := "changed"
	if dryRun {
		verb = "would change (dry run, nothing written)"
	}
	fmt.Fprintf(w, "reextracted %d records in %s: %d %s, %d unchanged, %d without a raw page, %d could not be extracted (kept)\n",
		s.seen, s.took.Round(time.Millisecond), s.changed, verb, s.unchanged, s.noRaw, s.failed)
	if len(s.fields) > 0 {
		var parts []string
		for _, name := range articleFields {
			if n := s.fields[name]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", name, n))
			}
		}
		fmt.Fprintf(w, "changed fields: %s\n", strings.Join(parts, ", "))
	}
	if s.idKept > 0 {
		fmt.Fprintf(w, "%d records now have another canonical URL; they keep their stored id\n", s.idKept)
	}
	if s.notArticle > 0 {
		fmt.Fprintf(w, "%d pages are no longer taken for articles by the extractor; their records are kept\n", s.notArticle)
	}
}
