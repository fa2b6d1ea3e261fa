package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// kabarRun runs one command line in process and returns the exit status and
// what it printed.
func kabarRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), &env{stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func readRecords(t *testing.T, path string) []kabar.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r interface{ Read([]byte) (int, error) } = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	var recs []kabar.Article
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a kabar.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: bad JSON line %q: %v", path, sc.Text(), err)
		}
		recs = append(recs, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// oneLine checks that an error message is one line naming want.
func oneLine(t *testing.T, stderr, want string) {
	t.Helper()
	first, _, _ := strings.Cut(strings.TrimSpace(stderr), "\n")
	if !strings.Contains(first, want) {
		t.Errorf("first error line %q does not name %q (stderr %q)", first, want, stderr)
	}
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		t.Errorf("stderr shows a panic: %s", stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"nosuch"}, `unknown command "nosuch"`},
		{[]string{"extract", "--frobnicate"}, "frobnicate"},
		{[]string{"extract"}, "no pages given"},
		{[]string{"extract", "--rules", "some", "x.html"}, "--rules"},
		{[]string{"crawl"}, "no seed"},
		{[]string{"crawl", "ftp://example.com/"}, "ftp://example.com/"},
		{[]string{"export", "--since", "yesterday"}, "yesterday"},
		{[]string{"stats", "--db"}, "db"},
	} {
		code, _, stderr := kabarRun(t, tc.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tc.args, code, exitUsage, stderr)
		}
		oneLine(t, stderr, tc.want)
	}
}

func TestHelp(t *testing.T) {
	for _, c := range commands {
		code, stdout, _ := kabarRun(t, c.name, "--help")
		if code != exitOK || !strings.Contains(stdout, "Usage: kabar "+c.name) {
			t.Errorf("%s --help: exit %d, output %q", c.name, code, stdout)
		}
	}
}

func TestExtractFilesAndErrors(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "a.html")
	html := `<!doctype html><html lang="en"><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1>` +
		`<p>The storm reached the coast on Monday night, cutting power to thousands of homes and closing the main road north of the city for hours.</p>` +
		`<p>Emergency crews worked through the night to clear fallen trees from the highway, the regional transport office said on Tuesday morning.</p>` +
		`<p>Schools in three districts stayed closed while engineers checked buildings for damage, and the weather service warned of more rain.</p>` +
		`<p>Residents described winds strong enough to lift roofs, and several fishing boats were reported missing off the northern shore.</p>` +
		`</article></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	gzPage := filepath.Join(dir, "b.html.gz")
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte(html))
	zw.Close()
	os.WriteFile(gzPage, zb.Bytes(), 0o644)
	empty := filepath.Join(dir, "empty.html")
	os.WriteFile(empty, nil, 0o644)
	missing := filepath.Join(dir, "missing.html")
	out := filepath.Join(dir, "out.jsonl")

	code, _, stderr := kabarRun(t, "extract", "--url", "https://news.example.com/2024/storm", page, gzPage, empty, missing, "--out", out)
	if code != exitFailure {
		t.Errorf("exit %d with an unreadable input, want %d", code, exitFailure)
	}
	if !strings.Contains(stderr, "missing.html") {
		t.Errorf("stderr does not name the missing file: %q", stderr)
	}
	recs := readRecords(t, out)
	if len(recs) != 4 {
		t.Fatalf("%d records, want 4 (one per input, in order)", len(recs))
	}
	for i, want := range []string{page, gzPage, empty, missing} {
		if recs[i].SourceFile != want {
			t.Errorf("record %d source_file %q, want %q", i, recs[i].SourceFile, want)
		}
	}
	for _, r := range recs[:2] {
		if r.Error != "" || r.Title != "Storm hits coast" || !strings.Contains(r.Text, "cutting power") {
			t.Errorf("record %s: error %q title %q text %.60q", r.SourceFile, r.Error, r.Title, r.Text)
		}
	}
	if recs[2].Error == "" || recs[3].Error == "" {
		t.Errorf("empty and missing pages must carry an error: %q, %q", recs[2].Error, recs[3].Error)
	}

	// Only readable inputs: exit 0 even though one page cannot be extracted.
	code, _, stderr = kabarRun(t, "extract", page, empty, "--out", out)
	if code != exitOK {
		t.Errorf("exit %d, want 0 when every input could be read (stderr %q)", code, stderr)
	}
}

func TestExtractManifest(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "html"), 0o755)
	os.WriteFile(filepath.Join(dir, "html", "x.html"), []byte(`<html><body><h1>T</h1><p>Hello there, this is a page.</p></body></html>`), 0o644)
	os.WriteFile(filepath.Join(dir, "m.tsv"), []byte("html/x.html\thttps://example.org/x\n\n"), 0o644)
	out := filepath.Join(dir, "o.jsonl.gz")
	code, _, stderr := kabarRun(t, "extract", "--manifest", filepath.Join(dir, "m.tsv"), "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs := readRecords(t, out)
	if len(recs) != 1 || recs[0].SourceFile != "html/x.html" || recs[0].URL != "https://example.org/x" {
		t.Fatalf("records %+v", recs)
	}
	code, _, stderr = kabarRun(t, "extract", "--manifest", filepath.Join(dir, "nope.tsv"))
	if code != exitFailure {
		t.Errorf("missing manifest: exit %d", code)
	}
	oneLine(t, stderr, "nope.tsv")
}

func TestStoreErrors(t *testing.T) {
	dir := t.TempDir()
	notBolt := filepath.Join(dir, "notes.db")
	content := []byte("these are my notes, not a database\n")
	os.WriteFile(notBolt, content, 0o644)
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"crawl", "--db", filepath.Join(dir, "no", "such", "k.db"), srv.URL}, filepath.Join(dir, "no", "such")},
		{[]string{"crawl", "--db", notBolt, srv.URL}, notBolt},
		{[]string{"export", "--db", notBolt}, notBolt},
		{[]string{"stats", "--db", filepath.Join(dir, "absent.db")}, "absent.db"},
	} {
		code, _, stderr := kabarRun(t, tc.args...)
		if code != exitFailure {
			t.Errorf("%v: exit %d, want %d", tc.args, code, exitFailure)
		}
		oneLine(t, stderr, tc.want)
	}
	if got, _ := os.ReadFile(notBolt); !bytes.Equal(got, content) {
		t.Errorf("a file that is not a store was changed")
	}
}

// TestExtractToPipe writes records into a FIFO: --out names a device or a
// pipe as often as a file, and it must be written into, never replaced.
func TestExtractToPipe(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "p.html")
	os.WriteFile(page, []byte(`<html><body><h1>T</h1><p>A page with a sentence or two of text in it.</p></body></html>`), 0o644)
	fifo := filepath.Join(dir, "out.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	got := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- b
	}()
	code, _, stderr := kabarRun(t, "extract", page, "--out", fifo)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if b := <-got; !bytes.Contains(b, []byte(`"source_file"`)) {
		t.Errorf("the pipe got %q", b)
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", st.Mode(), err)
	}
}
