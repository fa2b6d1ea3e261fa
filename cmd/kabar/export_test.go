package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/store"
)

// fixtureStore fills a new store through the pipeline with the demo site's
// article pages, each kept with its raw page as a crawl keeps it, and
// returns its path and the records stored.
func fixtureStore(t *testing.T) (string, []kabar.Article) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kabar.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	site := fixtures.Site()
	fetched := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	var recs []kabar.Article
	for _, p := range fixtures.Articles() {
		body, err := fs.ReadFile(site, strings.TrimPrefix(p, "/"))
		if err != nil {
			t.Fatal(err)
		}
		u := fixtures.Host + p
		hdr := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
		a, _, err := pipeline{}.process(body, u, hdr.Get("Content-Type"), fetched)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if _, err := db.Put(a, &store.RawPage{URL: u, FinalURL: u, Status: 200, Header: hdr, Body: body, FetchedAt: fetched}); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, a)
	}
	if len(recs) < 10 {
		t.Fatalf("only %d fixture articles", len(recs))
	}
	return path, recs
}

// exportOK runs kabar export and fails the test unless it exits 0.
func exportOK(t *testing.T, args ...string) string {
	t.Helper()
	code, stdout, stderr := kabarRun(t, append([]string{"export"}, args...)...)
	if code != exitOK {
		t.Fatalf("export %v: exit %d: %s", args, code, stderr)
	}
	return stdout + stderr
}

func TestExportCommand(t *testing.T) {
	db, recs := fixtureStore(t)
	dir := t.TempDir()
	out := func(name string) string { return filepath.Join(dir, name) }

	// Deterministic: two exports are byte-identical and in publication order.
	exportOK(t, "--db", db, "--out", out("a.jsonl"))
	exportOK(t, "--db", db, "--out", out("b.jsonl"))
	a, _ := os.ReadFile(out("a.jsonl"))
	b, _ := os.ReadFile(out("b.jsonl"))
	if !bytes.Equal(a, b) || len(a) == 0 {
		t.Fatalf("two exports of one store differ (%d and %d bytes)", len(a), len(b))
	}
	all := readRecords(t, out("a.jsonl"))
	if len(all) != len(recs) {
		t.Fatalf("exported %d records, stored %d", len(all), len(recs))
	}
	for i := 1; i < len(all); i++ {
		p, q := all[i-1].PublishedAt, all[i].PublishedAt
		if !q.IsZero() && (p.IsZero() || q.Before(p)) {
			t.Errorf("record %d published %v after record %d published %v", i-1, p, i, q)
		}
	}

	// Compressed by suffix: .gz and .zst hold the same lines.
	exportOK(t, "--db", db, "--out", out("c.jsonl.gz"))
	if gz := readRecords(t, out("c.jsonl.gz")); len(gz) != len(all) {
		t.Errorf(".gz export holds %d records", len(gz))
	}
	exportOK(t, "--db", db, "--out", out("c.jsonl.zst"))
	zf, _ := os.Open(out("c.jsonl.zst"))
	defer zf.Close()
	zr, err := zstd.NewReader(zf)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	zr.Close()
	if err != nil || !bytes.Equal(plain, a) {
		t.Errorf(".zst export differs from the plain one (%v)", err)
	}

	// Filters.
	site := all[0].Domain
	exportOK(t, "--db", db, "--out", out("site.jsonl"), "--site", strings.ToUpper(site))
	for _, r := range readRecords(t, out("site.jsonl")) {
		if r.Domain != site {
			t.Errorf("--site %s let through %s", site, r.Domain)
		}
	}
	exportOK(t, "--db", db, "--out", out("en.jsonl"), "--lang", "en")
	en := readRecords(t, out("en.jsonl"))
	if len(en) == 0 || len(en) == len(all) {
		t.Errorf("--lang en kept %d of %d records", len(en), len(all))
	}
	for _, r := range en {
		if r.Lang != "en" {
			t.Errorf("--lang en let through %s (%s)", r.ID, r.Lang)
		}
	}
	var mid time.Time
	for _, r := range all {
		if !r.PublishedAt.IsZero() {
			mid = r.PublishedAt // the latest dated record
		}
	}
	since := mid.Format(time.RFC3339)
	exportOK(t, "--db", db, "--out", out("since.jsonl"), "--since", since)
	exportOK(t, "--db", db, "--out", out("until.jsonl"), "--until", since)
	s, u := readRecords(t, out("since.jsonl")), readRecords(t, out("until.jsonl"))
	if len(s) != 1 || !s[0].PublishedAt.Equal(mid) {
		t.Errorf("--since %s kept %d records", since, len(s))
	}
	for _, r := range u {
		if !r.PublishedAt.Before(mid) {
			t.Errorf("--until %s let through %v", since, r.PublishedAt)
		}
	}

	// CSV: a header and one row per record; Parquet: readable, one row per record.
	exportOK(t, "--db", db, "--out", out("c.csv"))
	f, _ := os.Open(out("c.csv"))
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != len(all)+1 || rows[0][0] != "id" {
		t.Errorf("CSV export: %d rows, %v", len(rows), err)
	}
	exportOK(t, "--db", db, "--out", out("c.data"), "--format", "parquet")
	type idRow struct {
		ID      string   `parquet:"id"`
		Authors []string `parquet:"authors,list,optional"`
	}
	prows, err := parquet.ReadFile[idRow](out("c.data"))
	if err != nil || len(prows) != len(all) {
		t.Fatalf("Parquet export: %d rows, %v", len(prows), err)
	}
	for i, r := range prows {
		if r.ID != all[i].ID || strings.Join(r.Authors, "|") != strings.Join(all[i].Authors, "|") {
			t.Errorf("Parquet row %d = %+v, JSON record %s %v", i, r, all[i].ID, all[i].Authors)
		}
	}

	// Standard output, and the summary line.
	code, stdout, stderr := kabarRun(t, "export", "--db", db, "--lang", "en")
	if code != exitOK || strings.Count(stdout, "\n") != len(en) || !strings.Contains(stderr, "to standard output") {
		t.Errorf("export to stdout: exit %d, %d lines, stderr %q", code, strings.Count(stdout, "\n"), stderr)
	}
	if code, _, stderr := kabarRun(t, "export", "--db", db, "--quiet", "--out", out("q.jsonl")); code != exitOK || stderr != "" {
		t.Errorf("--quiet printed %q", stderr)
	}
}

func TestExportSinceLast(t *testing.T) {
	db, recs := fixtureStore(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "1.jsonl.gz")
	msg := exportOK(t, "--db", db, "--since-last", "nightly", "--out", first)
	if n := len(readRecords(t, first)); n != len(recs) || !strings.Contains(msg, `"nightly"`) {
		t.Fatalf("first --since-last export: %d records, %q", n, msg)
	}
	second := filepath.Join(dir, "2.jsonl")
	exportOK(t, "--db", db, "--since-last", "nightly", "--out", second)
	if n := len(readRecords(t, second)); n != 0 {
		t.Fatalf("second export with nothing new: %d records", n)
	}

	// Change one record; a failing export (disk full) leaves the cursor,
	// so the next good one still carries the change.
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	changed := recs[3]
	changed.Title = "A corrected headline"
	if _, err := s.Put(changed, nil); err != nil {
		t.Fatal(err)
	}
	before, _, _ := s.Cursor("nightly")
	s.Close()
	if _, err := os.Stat("/dev/full"); err == nil {
		code, _, stderr := kabarRun(t, "export", "--db", db, "--since-last", "nightly", "--out", "/dev/full")
		if code != exitFailure {
			t.Errorf("export to /dev/full: exit %d", code)
		}
		oneLine(t, stderr, "no space left on device")
	}
	code, _, stderr := kabarRun(t, "export", "--db", db, "--since-last", "nightly", "--out", filepath.Join(dir, "missing", "3.jsonl"))
	if code != exitFailure {
		t.Errorf("export into a missing folder: exit %d", code)
	}
	oneLine(t, stderr, filepath.Join(dir, "missing"))
	s, err = store.Open(db, store.WithReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	after, _, _ := s.Cursor("nightly")
	s.Close()
	if after != before {
		t.Errorf("failed exports moved the cursor from %+v to %+v", before, after)
	}
	third := filepath.Join(dir, "3.parquet")
	exportOK(t, "--db", db, "--since-last", "nightly", "--out", third)
	type idRow struct {
		ID    string `parquet:"id"`
		Title string `parquet:"title,optional"`
	}
	rows, err := parquet.ReadFile[idRow](third)
	if err != nil || len(rows) != 1 || rows[0].ID != changed.ID || rows[0].Title != changed.Title {
		t.Errorf("export after a change: %+v, %v; want only %s", rows, err, changed.ID)
	}
}

func TestExportFaults(t *testing.T) {
	db, _ := fixtureStore(t)
	dir := t.TempDir()

	corrupt := filepath.Join(dir, "corrupt.db")
	good, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(good)
	for i := 4096 * 2; i < len(bad); i += 4096 { // every page after the two meta pages
		copy(bad[i:], bytes.Repeat([]byte{0xA5}, 64))
	}
	os.WriteFile(corrupt, bad, 0o644)
	truncated := filepath.Join(dir, "truncated.db")
	os.WriteFile(truncated, good[:len(good)/3], 0o644)
	for _, path := range []string{corrupt, truncated} {
		for _, format := range []string{"jsonl", "csv", "parquet"} {
			code, _, stderr := kabarRun(t, "export", "--db", path, "--format", format, "--out", filepath.Join(dir, "x."+format))
			if code != exitFailure {
				t.Errorf("export of %s as %s: exit %d", filepath.Base(path), format, code)
			}
			oneLine(t, stderr, path)
		}
	}
	assertNoExportTemp(t, dir)

	// A store held by a writer: wait --lock-timeout, then say who holds it.
	holder, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, _, stderr := kabarRun(t, "export", "--db", db, "--lock-timeout", "300ms", "--out", filepath.Join(dir, "l.jsonl"))
	took := time.Since(start)
	holder.Close()
	if code != exitStoreInUse || took < 200*time.Millisecond || took > 5*time.Second {
		t.Errorf("export of a held store: exit %d after %v", code, took)
	}
	// The holder here is the test binary itself, named in the message.
	if first, _, _ := strings.Cut(stderr, "\n"); !strings.Contains(first, "in use by another kabar process (pid ") || !strings.Contains(first, db) {
		t.Errorf("held store: %q", stderr)
	}

	for _, args := range [][]string{
		{"--format", "xml"},
		{"--lock-timeout", "0s"},
		{"--since", "2024-02-01", "--until", "2024-01-01"},
	} {
		code, _, stderr := kabarRun(t, append([]string{"export", "--db", db}, args...)...)
		if code != exitUsage {
			t.Errorf("export %v: exit %d, want %d (%s)", args, code, exitUsage, stderr)
		}
	}
	code, _, stderr = kabarRun(t, "export", "--db", db, "--out", filepath.Join(dir, "x.parquet.gz"))
	if code != exitFailure {
		t.Errorf("parquet.gz: exit %d", code)
	}
	oneLine(t, stderr, "compresses its columns itself")
}

func assertNoExportTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") || strings.HasPrefix(e.Name(), "x.") {
			t.Errorf("failed export left %s behind", e.Name())
		}
	}
}

// exportChildEnv holds the command line (one argument a line) that
// TestExportKilledChild runs; the child is this test binary run again.
const exportChildEnv = "KABAR_EXPORT_CHILD_ARGS"

// TestExportKilledChild is not a test on its own: it is the kabar process
// that TestExportKilled kills.
func TestExportKilledChild(t *testing.T) {
	args := os.Getenv(exportChildEnv)
	if args == "" {
		t.Skip("run by TestExportKilled")
	}
	os.Exit(run(t.Context(), &env{stdout: os.Stdout, stderr: os.Stderr}, strings.Split(args, "\n")))
}

// TestExportKilled SIGKILLs `kabar export --since-last` while it is
// writing (to a FIFO, whose reader stops reading, so the kill lands in the
// middle for certain): the cursor must not move, the store must pass its
// check, and the next export must carry every record.
func TestExportKilled(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "kabar.db")
	db, err := store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	const records = 2000
	var entries []store.Entry
	for i := range records {
		a := kabar.Article{ID: "k" + strconv.Itoa(i), URL: "https://example.com/" + strconv.Itoa(i), Title: "Judul", Text: strings.Repeat("kata demi kata ", 40)}
		entries = append(entries, store.Entry{Article: a})
	}
	if _, err := db.PutMany(context.Background(), entries); err != nil {
		t.Fatal(err)
	}
	db.Close()

	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestExportKilledChild$")
	cmd.Env = append(os.Environ(), exportChildEnv+"="+strings.Join([]string{"export", "--db", dbPath, "--since-last", "nightly", "--out", fifo}, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pipe, err := os.Open(fifo) // blocks until the child opens it for writing
	if err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(pipe).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, `{"id":"k`) {
		t.Fatalf("first line from the child: %q, %v (stderr %s)", line, err, stderr.String())
	}
	// The child is now blocked writing: the pipe holds 64 KB, the export
	// well over 1 MB.
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	pipe.Close()

	s, err := store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("store after a killed export: %v", err)
	}
	if c, ok, err := s.Cursor("nightly"); ok || err != nil {
		t.Errorf("killed export moved the cursor: %+v %v", c, err)
	}
	s.Close()
	out := filepath.Join(dir, "next.jsonl")
	exportOK(t, "--db", dbPath, "--since-last", "nightly", "--out", out)
	if n := len(readRecords(t, out)); n != records {
		t.Errorf("export after the kill holds %d records, want %d", n, records)
	}
}
