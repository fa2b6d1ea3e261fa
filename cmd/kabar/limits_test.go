package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/warc/warctest"
)

// TestReadmeLimits is issue 19, point 5: the README's Limits section names
// every flag that bounds size or time, with the default the command really
// has, so the table cannot drift from the code unnoticed.
func TestReadmeLimits(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n### Limits\n")
	if !ok {
		t.Fatal("README has no Limits section")
	}
	section, _, _ = strings.Cut(section, "\n#")
	rows := map[string]string{} // "`crawl --timeout" -> its table row
	for _, line := range strings.Split(section, "\n") {
		for _, m := range regexp.MustCompile("`([a-z]+ --[a-z-]+)").FindAllStringSubmatch(line, -1) {
			rows[m[1]] = line
		}
	}
	flagLine := regexp.MustCompile(`(?m)^  -([a-z-]+).*\n\s+.*?(?:\(default ([^)]*)\))?$`)
	limit := regexp.MustCompile(`^(timeout|lock-timeout|delay|max-[a-z-]+|warc-max-size)$`)
	checked := 0
	for _, cmd := range []string{"crawl", "ingest", "extract", "export", "reextract"} {
		code, out, stderr := kabarRun(t, cmd, "--help")
		if code != exitOK {
			t.Fatalf("%s --help: exit %d: %s", cmd, code, stderr)
		}
		help := out + stderr
		for _, m := range flagLine.FindAllStringSubmatch(help, -1) {
			name, def := m[1], m[2]
			key := cmd + " --" + name
			row, ok := rows[key]
			delete(rows, key)
			if !limit.MatchString(name) && (cmd != "crawl" || name != "parallelism") {
				continue
			}
			checked++
			if !ok {
				t.Errorf("README Limits does not list `%s`", key)
				continue
			}
			if want := humanDefault(def); !strings.Contains(row, want) {
				t.Errorf("README Limits row of `%s` does not give its default %q (%s):\n%s", key, want, def, row)
			}
		}
	}
	if checked < 9 {
		t.Errorf("%d limit flags found in the commands' help; the help's format changed?", checked)
	}
	for key := range rows {
		t.Errorf("README Limits names `%s`, which is no flag of that command", key)
	}
}

// humanDefault writes a flag's default as the README does: "30 s", "1 min",
// "10 MiB", "none" for 0.
func humanDefault(def string) string {
	def = strings.Trim(def, `"`)
	if def == "" || def == "0" || def == "0s" {
		return "none"
	}
	if d, err := time.ParseDuration(def); err == nil {
		if d%time.Minute == 0 {
			return fmt.Sprintf("%d min", d/time.Minute)
		}
		return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + " s"
	}
	if n, err := strconv.ParseInt(def, 10, 64); err == nil {
		switch {
		case n >= 1<<30 && n%(1<<30) == 0:
			return fmt.Sprintf("%d GiB", n>>30)
		case n >= 1<<20 && n%(1<<20) == 0:
			return fmt.Sprintf("%d MiB", n>>20)
		}
	}
	return def
}

// TestIngestBrotliAndPageSize: a brotli-coded page in a WARC file is
// ingested like a gzipped one (issue 19, point 2), and --max-page-size
// bounds the decoded page: a page over it is skipped, not stored.
func TestIngestBrotliAndPageSize(t *testing.T) {
	p := fixtures.Articles()[0]
	u := fixtures.Host + p
	body := demoPage(t, p)
	var br bytes.Buffer
	bw := brotli.NewWriter(&br)
	if _, err := bw.Write(body); err != nil {
		t.Fatal(err)
	}
	if err := bw.Close(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := &warctest.Writer{W: &buf, Gzip: true}
	for _, r := range []warctest.Record{
		warctest.Warcinfo(captured),
		warctest.Response(u, captured, warctest.HTTPMessage(200,
			http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Encoding": {"br"}}, br.Bytes())),
	} {
		if _, err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "br.warc.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "k.db")

	small := strconv.Itoa(len(body) - 1)
	code, out, errs := kabarRun(t, "ingest", "--db", db, "--max-page-size", small, path)
	if c := counts(t, out); code != exitOK || c["new"] != 0 || len(stored(t, db)) != 0 {
		t.Errorf("--max-page-size %s under the page's %d bytes: exit %d, %s%s; want it skipped", small, len(body), code, out, errs)
	}
	code, out, errs = kabarRun(t, "ingest", "--db", db, "--from-start", path)
	if c := counts(t, out); code != exitOK || c["new"] != 1 {
		t.Fatalf("brotli page: exit %d, %s%s; want it stored", code, out, errs)
	}
	if a := stored(t, db)[u]; a.Title == "" || a.Text == "" {
		t.Errorf("brotli page stored without title or text: %+v", a)
	}

	for _, args := range [][]string{
		{"ingest", "--max-page-size", "0", path},
		{"crawl", "--max-page-size", "0", "http://127.0.0.1:9/"},
		{"crawl", "--timeout", "0s", "http://127.0.0.1:9/"},
	} {
		code, _, stderr := kabarRun(t, args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
		oneLine(t, stderr, "--max-page-size")
	}
}
