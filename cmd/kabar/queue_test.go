package main

// Distributed ingest (issue 17) against the real NATS server, run in this
// test process on a loopback port (queue/natstest).

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/queue"
	"github.com/kabar-news/kabar/queue/natstest"
	"github.com/kabar-news/kabar/warc/warctest"
)

// writeQueueWARC writes a gzipped WARC file of n captures of demo articles,
// each under its own URL (file k, capture i), with a request before each
// response and, every tenth capture, a 404 that stores nothing.
func writeQueueWARC(t testing.TB, path string, k, n int) {
	t.Helper()
	var buf bytes.Buffer
	w := &warctest.Writer{W: &buf, Gzip: true}
	arts := fixtures.Articles()
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	if _, err := w.Write(warctest.Warcinfo(day)); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		at := day.Add(time.Duration(k*n+i) * time.Minute)
		p := arts[(k+i)%len(arts)]
		u := fixtures.Host + strings.TrimSuffix(p, ".html") + fmt.Sprintf("-f%d-%d.html", k, i)
		status, body := 200, bytes.ReplaceAll(demoPage(t, p), []byte(fixtures.Host+p), []byte(u))
		body = bytes.Replace(body, []byte("</p>"), []byte(fmt.Sprintf("</p>\n<p>Catatan redaksi berkas %d nomor %d.</p>", k, i)), 1)
		if i%10 == 9 {
			status, body = 404, []byte("not found")
		}
		h := http.Header{"Content-Type": {"text/html; charset=UTF-8"}}
		for _, r := range []warctest.Record{
			warctest.Request(u, "demo.kabar.test", strings.TrimPrefix(u, fixtures.Host), at),
			warctest.Response(u, at, warctest.HTTPMessage(status, h, body)),
		} {
			if _, err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// queueFiles writes files WARC files of n captures each into dir.
func queueFiles(t testing.TB, dir string, files, n int) []string {
	t.Helper()
	var out []string
	for k := range files {
		p := filepath.Join(dir, fmt.Sprintf("news-%02d.warc.gz", k))
		writeQueueWARC(t, p, k, n)
		out = append(out, p)
	}
	return out
}

// exportIDs exports args' stores to a JSON Lines file and returns its bytes
// and the ids in it, failing on a repeated id.
func exportJSONL(t *testing.T, out string, dbs ...string) ([]byte, []string) {
	t.Helper()
	args := []string{"export", "--out", out}
	for _, d := range dbs {
		args = append(args, "--db", d)
	}
	if code, _, errs := kabarRun(t, args...); code != exitOK {
		t.Fatalf("export %v: exit %d: %s", dbs, code, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	seen := map[string]bool{}
	for _, a := range readRecords(t, out) {
		if seen[a.ID] {
			t.Errorf("record %s (%s) exported twice", a.ID, a.URL)
		}
		seen[a.ID] = true
		ids = append(ids, a.ID)
	}
	return b, ids
}

// The export of a queued ingest by two workers equals the export of the
// same files ingested by one process, byte for byte; queue status counts
// the files done; enqueuing again queues nothing new.
func TestQueueIngestEqualsLocal(t *testing.T) {
	dir := t.TempDir()
	files := queueFiles(t, dir, 4, 30)
	url := natstest.Start(t) + "/TEST"

	code, out, errs := kabarRun(t, append([]string{"ingest", "--queue", url}, files...)...)
	if code != exitOK || !strings.Contains(out, "enqueued 4 WARC files") {
		t.Fatalf("enqueue: exit %d: %s %s", code, out, errs)
	}
	code, out, errs = kabarRun(t, append([]string{"ingest", "--queue", url}, files...)...)
	if code != exitOK || !strings.Contains(out, "enqueued 0 WARC files") {
		t.Fatalf("enqueue again: exit %d: %s %s", code, out, errs)
	}
	var wg sync.WaitGroup
	shards := []string{filepath.Join(dir, "shard-0.db"), filepath.Join(dir, "shard-1.db")}
	for i, db := range shards {
		wg.Go(func() {
			code, out, errs := kabarRun(t, "worker", "--queue", url, "--db", db, "--drain", "--parallelism", "1", "--id", fmt.Sprintf("w%d", i))
			if code != exitOK {
				t.Errorf("worker %d: exit %d: %s %s", i, code, out, errs)
			}
		})
	}
	wg.Wait()
	code, out, errs = kabarRun(t, "queue", "status", "--queue", url)
	if code != exitOK || !strings.Contains(out, "4 files enqueued, 4 done, 0 in progress, 0 waiting") {
		t.Fatalf("status: exit %d: %s %s", code, out, errs)
	}
	for _, w := range []string{"w0", "w1"} {
		if !strings.Contains(out, w) {
			t.Errorf("status does not list worker %s:\n%s", w, out)
		}
	}

	local := filepath.Join(dir, "local.db")
	if code, out, errs := kabarRun(t, append([]string{"ingest", "--quiet", "--db", local}, files...)...); code != exitOK {
		t.Fatalf("local ingest: exit %d: %s %s", code, out, errs)
	}
	want, wantIDs := exportJSONL(t, filepath.Join(dir, "local.jsonl"), local)
	if len(wantIDs) != 4*27 {
		t.Fatalf("local ingest stored %d articles, want %d", len(wantIDs), 4*27)
	}
	got, _ := exportJSONL(t, filepath.Join(dir, "merged.jsonl"), filepath.Join(dir, "shard-*.db"))
	if !bytes.Equal(got, want) {
		t.Errorf("merged export of the shards (%d bytes) differs from the local export (%d bytes)", len(got), len(want))
	}
	// stats reads the shards as one corpus too; --since-last needs one store.
	code, out, errs = kabarRun(t, "stats", "--json", "--db", shards[0], "--db", shards[1])
	if code != exitOK || !strings.Contains(out, fmt.Sprintf(`"articles": %d,`, len(wantIDs))) {
		t.Errorf("stats of both shards: exit %d, want %d articles: %.300s %s", code, len(wantIDs), out, errs)
	}
	if code, _, errs := kabarRun(t, "export", "--db", filepath.Join(dir, "shard-*.db"), "--since-last", "x"); code != exitUsage {
		t.Errorf("--since-last over two shards: exit %d, want 2: %s", code, errs)
	}
	// A shard alone holds part of the corpus.
	if _, one := exportJSONL(t, filepath.Join(dir, "one.jsonl"), shards[0]); len(one) == 0 || len(one) == len(wantIDs) {
		t.Logf("shard 0 holds %d of %d records (one worker took every task)", len(one), len(wantIDs))
	}
}

// A queue that cannot be reached is one line and exit 1; a bad queue URL
// is a usage error.
func TestQueueUnreachable(t *testing.T) {
	dir := t.TempDir()
	files := queueFiles(t, dir, 1, 2)
	// A port nothing listens on: bind one and close it.
	port := freePort(t)
	for _, args := range [][]string{
		{"ingest", "--queue", "nats://127.0.0.1:" + port, files[0]},
		{"worker", "--queue", "nats://127.0.0.1:" + port, "--db", filepath.Join(dir, "w.db")},
		{"queue", "status", "--queue", "nats://127.0.0.1:" + port},
		{"crawl", "--queue", "nats://127.0.0.1:" + port, "--db", filepath.Join(dir, "c.db"), "http://127.0.0.1:1/"},
	} {
		code, _, errs := kabarRun(t, args...)
		if code != exitFailure {
			t.Errorf("%v: exit %d, want 1: %s", args, code, errs)
		}
		oneLine(t, errs, "connect to NATS at nats://127.0.0.1:"+port)
	}
	code, _, errs := kabarRun(t, "worker", "--queue", "http://127.0.0.1:1/x", "--db", filepath.Join(dir, "w.db"))
	if code != exitUsage {
		t.Errorf("bad URL: exit %d, want 2: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "c.db")); err == nil {
		t.Errorf("a crawl that could not reach its queue created its store")
	}
	// The address from the environment, for worker and queue status.
	t.Setenv("KABAR_NATS_URL", "nats://127.0.0.1:"+port)
	code, _, errs = kabarRun(t, "queue", "status")
	if code != exitFailure {
		t.Errorf("queue status from KABAR_NATS_URL: exit %d, want 1: %s", code, errs)
	}
	oneLine(t, errs, "connect to NATS at nats://127.0.0.1:"+port)
	t.Setenv("KABAR_NATS_URL", "")
	if code, _, errs := kabarRun(t, "queue", "status"); code != exitUsage {
		t.Errorf("no queue: exit %d, want 2: %s", code, errs)
	}
	// TLS and credential files go to the client: one that is not there
	// is one line naming it.
	missing := filepath.Join(dir, "no-such-ca.pem")
	code, _, errs = kabarRun(t, "crawl", "--queue", "tls://127.0.0.1:"+port, "--tls-ca", missing, "--db", filepath.Join(dir, "c.db"), "http://127.0.0.1:1/")
	if code != exitFailure {
		t.Errorf("missing CA file: exit %d, want 1: %s", code, errs)
	}
	oneLine(t, errs, "no-such-ca.pem")
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := strings.Cut(l.Addr().String(), ":")
	l.Close()
	return port
}

// The kill test: three worker processes (the real binary) share a queue;
// the first is killed with SIGKILL while it holds a task, after it has
// committed part of that file. Its task is redelivered to the others; in
// the merged export every article of every file is there exactly once, and
// the export equals a single-process ingest's.
func TestQueueWorkerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the kabar binary")
	}
	began := time.Now()
	bin := kabarBinary(t)
	t.Logf("binary built in %s", time.Since(began).Round(time.Millisecond))
	dir := t.TempDir()
	// 3 files of 200 captures: 540 articles, each of the 13 demo stories
	// copied about 42 times. Near-duplicate groups equal a single
	// process's only while no story has more copies than dedup.MaxCarriers
	// (see dedup.Groups and the README's "Limits"); 500 captures a file
	// (104 copies a story) would test that bound, not the kill.
	files := queueFiles(t, dir, 3, 200)
	url := natstest.Start(t) + "/KILL"
	ackWait := "2s"
	if code, out, errs := kabarRun(t, append([]string{"ingest", "--queue", url, "--ack-wait", ackWait}, files...)...); code != exitOK {
		t.Fatalf("enqueue: exit %d: %s %s", code, out, errs)
	}
	worker := func(i int) (*exec.Cmd, *bytes.Buffer) {
		var errb bytes.Buffer
		cmd := exec.Command(bin, "worker", "--queue", url, "--ack-wait", ackWait, "--db", filepath.Join(dir, fmt.Sprintf("shard-%d.db", i)),
			"--drain", "--parallelism", "1", "--id", fmt.Sprintf("w%d", i))
		cmd.Stdout, cmd.Stderr = &errb, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &errb
	}
	// The victim starts alone, so it surely holds a task.
	victim, victimOut := worker(0)
	q, err := queue.Open(context.Background(), url, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	deadline := time.Now().Add(30 * time.Second)
	// It dies as soon as it reports having committed part of a file.
	for committed := false; !committed; {
		st, err := q.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range st.Workers {
			committed = committed || (w.ID == "w0" && w.Current != "" && w.Committed > 0)
		}
		if time.Now().After(deadline) {
			t.Fatalf("the first worker committed nothing in 30s: %s", victimOut)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	victim.Wait()
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Done == uint64(len(files)) {
		t.Fatalf("the first worker finished every file before it was killed; make the files larger")
	}
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for i := 1; i <= 2; i++ {
		c, o := worker(i)
		cmds, outs = append(cmds, c), append(outs, o)
	}
	for i, c := range cmds {
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("worker %d: %v: %s", i+1, err, outs[i])
			}
		case <-time.After(90 * time.Second):
			c.Process.Kill()
			t.Fatalf("worker %d did not drain the queue in 90s: %s", i+1, outs[i])
		}
	}
	t.Logf("workers done at %s", time.Since(began).Round(time.Millisecond))
	st, err = q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != uint64(len(files)) || st.Waiting != 0 || st.InProgress != 0 {
		t.Errorf("queue after the run: %+v", st)
	}
	if st.Redelivered == 0 {
		t.Logf("status after the run: %+v", st)
	}

	local := filepath.Join(dir, "local.db")
	if code, out, errs := kabarRun(t, append([]string{"ingest", "--quiet", "--parallelism", "2", "--db", local}, files...)...); code != exitOK {
		t.Fatalf("local ingest: exit %d: %s %s", code, out, errs)
	}
	want, wantIDs := exportJSONL(t, filepath.Join(dir, "local.jsonl"), local)
	if len(wantIDs) != len(files)*180 {
		t.Fatalf("local ingest stored %d articles, want %d", len(wantIDs), len(files)*180)
	}
	// The victim's shard holds part of the file it was killed on, which
	// another worker stored again in full: the merge must hold it once.
	victimIDs := map[string]bool{}
	_, vids := exportJSONL(t, filepath.Join(dir, "victim.jsonl"), filepath.Join(dir, "shard-0.db"))
	for _, id := range vids {
		victimIDs[id] = true
	}
	_, others := exportJSONL(t, filepath.Join(dir, "others.jsonl"), filepath.Join(dir, "shard-1.db"), filepath.Join(dir, "shard-2.db"))
	both := 0
	for _, id := range others {
		if victimIDs[id] {
			both++
		}
	}
	if both == 0 {
		t.Errorf("no record is in both the victim's shard and the others: the kill did not land mid-task (victim stored %d)", len(vids))
	}
	got, gotIDs := exportJSONL(t, filepath.Join(dir, "merged.jsonl"), filepath.Join(dir, "shard-*.db"))
	if len(gotIDs) != len(wantIDs) || !bytes.Equal(got, want) {
		t.Errorf("merged export: %d records, %d bytes; single-process export: %d records, %d bytes", len(gotIDs), len(got), len(wantIDs), len(want))
	}
	t.Logf("victim stored %d records before SIGKILL, %d of them stored again elsewhere; merged %d", len(vids), both, len(gotIDs))
}

// SIGTERM (here: the command's context ending) while a worker holds a task
// commits what was read, hands the task back at once rather than after the
// ack wait, and exits 130; the next worker finishes it, and nothing is
// lost.
func TestQueueWorkerStopReleases(t *testing.T) {
	dir := t.TempDir()
	files := queueFiles(t, dir, 1, 400)
	url := natstest.Start(t) + "/STOP"
	if code, out, errs := kabarRun(t, "ingest", "--queue", url, "--ack-wait", "1m", files[0]); code != exitOK {
		t.Fatalf("enqueue: exit %d: %s %s", code, out, errs)
	}
	q, err := queue.Open(context.Background(), url, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			if st, err := q.Status(ctx); err == nil && len(st.Workers) > 0 && st.Workers[0].Current != "" {
				time.Sleep(300 * time.Millisecond)
				cancel()
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	var out, errb bytes.Buffer
	code := run(ctx, &env{stdout: &out, stderr: &errb}, []string{"worker", "--queue", url, "--db", filepath.Join(dir, "a.db"), "--parallelism", "1", "--id", "a"})
	if code != exitInterrupted {
		t.Fatalf("stopped worker: exit %d, want 130: %s %s", code, out.String(), errb.String())
	}
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 0 {
		t.Fatalf("a stopped worker acknowledged its unfinished task: %+v", st)
	}
	t.Logf("after the stop: %d waiting, %d in progress", st.Waiting, st.InProgress)
	start := time.Now()
	if code, out, errs := kabarRun(t, "worker", "--queue", url, "--db", filepath.Join(dir, "b.db"), "--drain", "--id", "b"); code != exitOK {
		t.Fatalf("second worker: exit %d: %s %s", code, out, errs)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("the released task took %s to finish: it waited for the ack wait", d)
	}
	_, ids := exportJSONL(t, filepath.Join(dir, "all.jsonl"), filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"))
	if len(ids) != 360 {
		t.Errorf("merged export holds %d articles, want 360", len(ids))
	}
}

// A task no retry can do (its file is gone) is dropped after one try, with
// a warning, instead of going round the workers for ever; the worker goes
// on to the next task.
func TestQueueMissingFileDropped(t *testing.T) {
	dir := t.TempDir()
	files := queueFiles(t, dir, 2, 10)
	url := natstest.Start(t) + "/GONE"
	if code, out, errs := kabarRun(t, "ingest", "--queue", url, files[0], files[1]); code != exitOK {
		t.Fatalf("enqueue: exit %d: %s %s", code, out, errs)
	}
	if err := os.Remove(files[0]); err != nil {
		t.Fatal(err)
	}
	code, out, errs := kabarRun(t, "worker", "--queue", url, "--db", filepath.Join(dir, "w.db"), "--drain")
	if code != exitOK || !strings.Contains(out, "files 1, records 21") {
		t.Fatalf("worker: exit %d: %s %s", code, out, errs)
	}
	if !strings.Contains(errs, "dropped") || !strings.Contains(errs, "news-00.warc.gz") {
		t.Errorf("no warning names the dropped task: %s", errs)
	}
}
