package main

// Distributed ingest (issue 17): `kabar ingest --queue URL` enqueues WARC
// files on a NATS JetStream work queue, `kabar worker` ingests them into its
// own store through the same ingest.File path as a local ingest, and `kabar
// queue status` shows progress.

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/kabar-news/kabar/ingest"
	"github.com/kabar-news/kabar/queue"
	"github.com/kabar-news/kabar/store"
	"github.com/kabar-news/kabar/warc"
)

// queueFlags are the connection flags shared by ingest --queue, worker and
// queue status.
type queueFlags struct {
	url              string
	creds, cert, key string
	ca               string
	ackWait          time.Duration
}

// addQueueFlags defines the connection flags. With fromEnv the queue URL
// defaults to $KABAR_NATS_URL (worker, queue status); ingest takes --queue
// only, so that the variable never turns a local ingest into a queued one.
func addQueueFlags(fs *flagSet, fromEnv bool) *queueFlags {
	def, help := "", "enqueue the files on this NATS JetStream work queue (`nats://HOST:PORT[/NAME]`) instead of ingesting them"
	if fromEnv {
		def, help = os.Getenv("KABAR_NATS_URL"), "the work queue, `nats://HOST:PORT[/NAME]` (default $KABAR_NATS_URL)"
	}
	q := addConnFlags(fs, def, help)
	fs.DurationVar(&q.ackWait, "ack-wait", queue.DefaultAckWait, "hand a task to another worker when its holder is silent this long (set when the queue is created)")
	return q
}

// addConnFlags defines the server's address and the TLS and credential
// files, which go to the NATS client as they are.
func addConnFlags(fs *flagSet, def, help string) *queueFlags {
	q := &queueFlags{ackWait: queue.DefaultAckWait}
	fs.StringVar(&q.url, "queue", def, help)
	fs.StringVar(&q.creds, "creds", "", "NATS credentials `FILE` (.creds)")
	fs.StringVar(&q.cert, "tls-cert", "", "TLS client certificate `FILE`")
	fs.StringVar(&q.key, "tls-key", "", "TLS client key `FILE`")
	fs.StringVar(&q.ca, "tls-ca", "", "CA certificate `FILE` to verify the server")
	return q
}

func (q *queueFlags) open(ctx context.Context, e *env) (*queue.Queue, error) {
	if q.url == "" {
		return nil, usagef("no queue: give --queue nats://HOST:PORT[/NAME] or set KABAR_NATS_URL")
	}
	if q.ackWait <= 0 {
		return nil, usagef("--ack-wait must be positive")
	}
	if _, _, err := queue.ParseURL(q.url); err != nil {
		return nil, usageError{err.Error()}
	}
	return queue.Open(ctx, q.url, queue.Options{CredsFile: q.creds, CertFile: q.cert, KeyFile: q.key, CAFile: q.ca,
		AckWait: q.ackWait, Log: e.log})
}

// ccBase is where CC-NEWS's warc.paths.gz lists are relative to.
const ccBase = "https://data.commoncrawl.org/"

// enqueue puts one task per WARC file on the queue: local files by
// absolute path, http(s) URLs as they are, and every line of an @list
// (plain or gzipped, such as CC-NEWS's warc.paths.gz; relative lines are
// taken under data.commoncrawl.org).
func enqueue(ctx context.Context, e *env, qf *queueFlags, args []string, quiet bool) error {
	var sources []string
	for _, a := range args {
		switch {
		case strings.HasPrefix(a, "@"):
			list, err := readPathList(a[1:])
			if err != nil {
				return err
			}
			sources = append(sources, list...)
		case strings.HasPrefix(a, "http://"), strings.HasPrefix(a, "https://"):
			sources = append(sources, a)
		default:
			abs, err := filepath.Abs(a)
			if err != nil {
				return fmt.Errorf("read %s: %w", a, err)
			}
			if fi, err := os.Stat(abs); err != nil {
				return fmt.Errorf("read %s: %w", a, errors.Unwrap(err))
			} else if fi.IsDir() {
				return fmt.Errorf("read %s: is a folder, not a WARC file", a)
			}
			sources = append(sources, abs)
		}
	}
	q, err := qf.open(ctx, e)
	if err != nil {
		return err
	}
	defer q.Close()
	n, err := q.Enqueue(ctx, sources)
	if err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintf(e.stdout, "enqueued %d WARC files on %s (%d already queued)\n", n, q.Name, len(sources)-n)
	}
	return nil
}

// readPathList reads one WARC location per line.
func readPathList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, errors.Unwrap(err))
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "http://"), strings.HasPrefix(line, "https://"), filepath.IsAbs(line):
			out = append(out, line)
		default:
			out = append(out, ccBase+strings.TrimPrefix(line, "/"))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("worker", "--queue nats://HOST:PORT[/NAME] --db SHARD.db [flags]",
		"Takes WARC files from the work queue one at a time and ingests each into this worker's\n"+
			"own store, as `kabar ingest` would; a task is acknowledged only once its records are\n"+
			"committed. A worker that dies leaves its task to another after --ack-wait. Read the\n"+
			"shards together with `kabar export --db 'shards/*.db'`. SIGTERM finishes storing what\n"+
			"was read and hands the rest of the task back.")
	qf := addQueueFlags(fs, true)
	db := fs.String("db", "kabar.db", "this worker's store `PATH`")
	parallelism := fs.Int("parallelism", runtime.GOMAXPROCS(0), "pages extracted at once")
	rules := addRulesFlag(fs)
	drain := fs.Bool("drain", false, "exit once the queue is empty instead of waiting for more tasks")
	id := fs.String("id", "", "this worker's name in `kabar queue status` (default host:pid)")
	tmp := fs.String("tmp", os.TempDir(), "download http(s) WARC files to this `DIR`")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if *parallelism < 1 {
		return usagef("--parallelism must be at least 1")
	}
	q, err := qf.open(ctx, e)
	if err != nil {
		return err
	}
	defer q.Close()
	s, err := store.Open(*db, store.WithLockTimeout(time.Second))
	if err != nil {
		return err
	}
	defer s.Close()
	host, _ := os.Hostname()
	ws := queue.WorkerStatus{ID: *id, DB: *db, Started: time.Now().UTC()}
	if ws.ID == "" {
		ws.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	pipe, err := rules.pipeline()
	if err != nil {
		return err
	}
	cfg := ingest.Config{Parallelism: *parallelism, NoRules: pipe.noRules, SiteConfigs: pipe.siteConfigs, MaxPageSize: 10 << 20, Log: e.log}
	var total ingest.Totals
	q.Report(ctx, ws)
	h := func(ctx context.Context, t queue.Task) error {
		start := time.Now()
		ws.Current = t.Source
		q.Report(ctx, ws)
		path := t.Source
		if strings.HasPrefix(path, "http://") || strings.HasPrefix(path, "https://") {
			p, err := download(ctx, path, *tmp)
			if err != nil {
				return err
			}
			defer os.Remove(p)
			path = p
		}
		var tt ingest.Totals
		var lastReport time.Time
		cfg := cfg
		cfg.OnCommit = func(offset int64) {
			// The first commit of a file is always reported (the kill test
			// waits for it); later ones a few times a second.
			if ws.Committed == 0 || time.Since(lastReport) > 500*time.Millisecond {
				ws.Committed = offset
				q.Report(ctx, ws)
				lastReport = time.Now()
			}
		}
		err := ingest.File(ctx, s, cfg, path, &tt)
		ws.Committed = 0
		ws.Busy += time.Since(start).Seconds()
		ws.Records += tt.Records
		ws.Articles += tt.Articles
		ws.Current = ""
		total.Records += tt.Records
		total.Articles += tt.Articles
		var de *warc.DamageError
		switch {
		case err == nil:
			ws.Files++
			if !*quiet {
				fmt.Fprintf(e.stderr, "worker %s: %s: %d records, %d articles in %s\n", ws.ID, filepath.Base(t.Source), tt.Records, tt.Articles, time.Since(start).Round(time.Millisecond))
			}
		case errors.As(err, &de):
			// Everything before the damage is stored; another try reads
			// the same bytes.
			ws.Files++
			ws.LastError = err.Error()
			err = fmt.Errorf("%w: %w", queue.ErrPermanent, err)
		case errors.Is(err, os.ErrNotExist):
			ws.LastError = err.Error()
			err = fmt.Errorf("%w: %w", queue.ErrPermanent, err)
		default:
			if ctx.Err() == nil {
				ws.LastError = err.Error()
			}
		}
		q.Report(context.Background(), ws)
		return err
	}
	err = q.Work(ctx, h, queue.WorkOptions{Drain: *drain})
	ws.Stopped = true
	q.Report(context.Background(), ws)
	if !*quiet {
		fmt.Fprintf(e.stdout, "worker %s: files %d, records %d, articles %d\n", ws.ID, ws.Files, ws.Records, ws.Articles)
	}
	return err
}

// download fetches a WARC file into dir and returns its path.
func download(ctx context.Context, u, dir string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", fmt.Errorf("download %s: %w", u, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("download %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("download %s: %s", u, resp.Status)
	}
	f, err := os.CreateTemp(dir, "kabar-*-"+filepath.Base(req.URL.Path))
	if err != nil {
		return "", fmt.Errorf("download %s: %w", u, err)
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", fmt.Errorf("download %s: %w", u, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("download %s: %w", u, err)
	}
	return f.Name(), nil
}

func runQueue(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "status" {
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			fmt.Fprintln(e.stdout, "Usage: kabar queue status [--queue nats://HOST:PORT[/NAME]] [--json]")
			return errHelp
		}
		return usagef("want: kabar queue status [--queue URL]")
	}
	fs := newFlagSet("queue status", "[--queue nats://HOST:PORT[/NAME]]",
		"Shows the work queue's progress: files waiting, in progress and done, and per worker\n"+
			"the files and records it ingested and its records/s; for a distributed crawl, the URLs\n"+
			"queued, which worker holds which host, and per crawl worker its pages and articles.")
	qf := addQueueFlags(fs, true)
	rest, err := parse(fs, e, args[1:])
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	q, err := qf.open(ctx, e)
	if err != nil {
		return err
	}
	defer q.Close()
	st, err := q.Status(ctx)
	if err != nil {
		return err
	}
	cst, err := q.CrawlStatus(ctx)
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "queue %s: %d files enqueued, %d done, %d in progress, %d waiting, %d redelivered\n",
		st.Name, st.Enqueued, st.Done, st.InProgress, st.Waiting, st.Redelivered)
	if cst.Gen > 0 {
		state := "under way"
		if cst.Done {
			state = "over"
		}
		fmt.Fprintf(w, "crawl %d (%s, started %s, %d seeds): %d URLs queued, %d hosts leased, %d pages stored in all\n",
			cst.Gen, state, cst.Started.Format(time.RFC3339), len(cst.Seeds), cst.Queued, cst.Leased, cst.Stored)
		hosts := make([]string, 0, len(cst.Holders))
		for h := range cst.Holders {
			hosts = append(hosts, h)
		}
		sort.Strings(hosts)
		for _, h := range hosts {
			fmt.Fprintf(w, "  %-32s held by %s\n", h, cst.Holders[h])
		}
	}
	for _, ws := range st.Workers {
		state := "idle"
		switch {
		case ws.Stopped:
			state = "stopped"
		case ws.Current != "":
			state = "on " + filepath.Base(ws.Current)
		}
		fmt.Fprintf(w, "  %-24s %-20s files %d, records %d, articles %d, %.0f records/s, %s, seen %s ago\n",
			ws.ID, ws.DB, ws.Files, ws.Records, ws.Articles, ws.RecordsPerSecond(), state, time.Since(ws.Updated).Round(time.Second))
	}
	return nil
}
