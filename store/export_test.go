package store

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kabar-news/kabar"
)

// corpus is a small store: ids, domains, languages and publication times
// chosen so that every filter keeps a different subset.
func corpus(t *testing.T) *DB {
	t.Helper()
	db := openTest(t)
	for _, a := range []kabar.Article{
		article("c", "tribunnews.com", "id", "2022-11-30T14:21:00+07:00"), // 07:21Z
		article("a", "kompas.com", "id", "2022-11-30T08:00:00+07:00"),     // 01:00Z
		article("b", "reuters.com", "en", "2022-11-29T23:30:00-05:00"),    // 11-30 04:30Z
		article("d", "tribunnews.com", "id", "2022-12-01T00:30:00+07:00"), // 11-30 17:30Z
		article("e", "detik.com", "id", "2022-12-02T09:00:00+07:00"),
		article("u", "reuters.com", "en", ""),
		article("t", "tribunnews.com", "id", ""),
	} {
		mustPut(t, db, a, nil)
	}
	return db
}

func ids(t *testing.T, db *DB, f Filter) []string {
	t.Helper()
	var got []string
	if err := db.Each(context.Background(), f, func(a kabar.Article) error {
		got = append(got, a.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestEachFiltersAndOrder(t *testing.T) {
	db := corpus(t)
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all, by publication instant, undated last by id", Filter{}, []string{"a", "b", "c", "d", "e", "t", "u"}},
		{"since inclusive", Filter{Since: at("2022-11-30T14:21:00+07:00")}, []string{"c", "d", "e"}},
		{"until exclusive", Filter{Until: at("2022-11-30T07:21:00Z")}, []string{"a", "b"}},
		{"since and until", Filter{Since: at("2022-11-30T00:00:00Z"), Until: at("2022-12-01T00:00:00Z")}, []string{"a", "b", "c", "d"}},
		{"a WIB day", Filter{Since: at("2022-12-01T00:00:00+07:00"), Until: at("2022-12-02T00:00:00+07:00")}, []string{"d"}},
		{"site", Filter{Sites: []string{"tribunnews.com"}}, []string{"c", "d", "t"}},
		{"sites, case and subdomain", Filter{Sites: []string{"REUTERS.com", "www.detik.com"}}, []string{"b", "e", "u"}},
		{"lang", Filter{Lang: "en"}, []string{"b", "u"}},
		{"all filters", Filter{Since: at("2022-11-30T00:00:00Z"), Sites: []string{"tribunnews.com", "kompas.com"}, Lang: "id"}, []string{"a", "c", "d"}},
		{"nothing", Filter{Lang: "fr"}, nil},
		{"empty range", Filter{Since: at("2023-01-01T00:00:00Z"), Until: at("2022-01-01T00:00:00Z")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(t, db, tt.f); !slices.Equal(got, tt.want) {
				t.Errorf("ids = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEachAcrossChunksWithWrites(t *testing.T) {
	db := openTest(t)
	n := 3*scanChunk + 7
	var entries []Entry
	var want []string
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		// Insert in reverse publication order to show Each sorts.
		a := article(fmt.Sprintf("id%04d", i), "example.com", "en", "")
		a.PublishedAt = base.Add(time.Duration(n-i) * time.Minute)
		entries = append(entries, Entry{Article: a})
		want = append(want, a.ID)
	}
	slices.Reverse(want)
	if _, err := db.PutMany(context.Background(), entries); err != nil {
		t.Fatal(err)
	}
	// fn writes to the store while Each walks it: with chunked reads
	// this neither deadlocks nor skips or repeats a record.
	var got []string
	err := db.Each(context.Background(), Filter{}, func(a kabar.Article) error {
		got = append(got, a.ID)
		a.Editors = []string{"Editor"}
		_, err := db.PutMany(context.Background(), []Entry{{Article: a}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Each saw %d ids, want %d in order (first %v)", len(got), len(want), got[:min(5, len(got))])
	}
}

func TestEachStopsOnError(t *testing.T) {
	db := corpus(t)
	boom := errors.New("boom")
	calls := 0
	err := db.Each(context.Background(), Filter{}, func(kabar.Article) error {
		calls++
		if calls == 2 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || calls != 2 {
		t.Errorf("Each = %v after %d calls, want boom after 2", err, calls)
	}
}

func readLines(t *testing.T, r io.Reader) []kabar.Article {
	t.Helper()
	var out []kabar.Article
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a kabar.Article
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestExportJSONLines(t *testing.T) {
	db := corpus(t)
	var buf bytes.Buffer
	n, err := Export(context.Background(), db, &buf, Filter{Lang: "id"})
	if err != nil {
		t.Fatal(err)
	}
	recs := readLines(t, bytes.NewReader(buf.Bytes()))
	if n != 5 || len(recs) != n {
		t.Fatalf("Export wrote n=%d, %d lines; want 5", n, len(recs))
	}
	var got []string
	for _, a := range recs {
		got = append(got, a.ID)
	}
	if want := []string{"a", "c", "d", "e", "t"}; !slices.Equal(got, want) {
		t.Errorf("exported ids %v, want %v", got, want)
	}
	out := buf.String()
	if !strings.Contains(out, `"title":"Title <b>a</b> & more"`) {
		t.Errorf("HTML escaped or title missing in %q", strings.SplitN(out, "\n", 2)[0])
	}
	if !strings.Contains(out, `"published_at":"2022-11-30T08:00:00+07:00"`) {
		t.Error("published_at lost its offset in the export")
	}
	for _, bad := range []string{`""`, `null`, `"dateline"`, `"modified_at"`} {
		if strings.Contains(out, bad) {
			t.Errorf("export holds %s: absent values must be omitted", bad)
		}
	}
	// Each line is what encoding/json with SetEscapeHTML(false) writes.
	first, _, _ := strings.Cut(out, "\n")
	a, _, _ := db.Get("a")
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.Encode(a)
	if first+"\n" != want.String() {
		t.Errorf("line\n %s\nwant\n %s", first, want.String())
	}
}

func TestExportFileGzip(t *testing.T) {
	db := corpus(t)
	path := filepath.Join(t.TempDir(), "corpus.jsonl.gz")
	n, err := ExportFile(context.Background(), db, path, Filter{Sites: []string{"reuters.com"}})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("export is not gzip: %v", err)
	}
	recs := readLines(t, zr)
	if n != 2 || len(recs) != 2 || recs[0].ID != "b" || recs[1].ID != "u" {
		t.Errorf("gzip export n=%d records=%v", n, recs)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("export mode %v, want 0644", st.Mode().Perm())
	}
	assertNoTemp(t, filepath.Dir(path))

	plain := filepath.Join(t.TempDir(), "corpus.jsonl")
	if _, err := ExportFile(context.Background(), db, plain, Filter{}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(plain)
	if len(readLines(t, bytes.NewReader(b))) != 7 || b[0] != '{' {
		t.Errorf("plain export is not JSON Lines: %.40q", b)
	}
}

// assertNoTemp fails when dir holds anything but finished exports.
func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

type failingWriter struct{ after int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.after -= len(p); w.after < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestExportFailuresLeaveNoFile(t *testing.T) {
	db := openTest(t)
	var entries []Entry
	for i := range 2 * scanChunk {
		a := article(fmt.Sprintf("x%04d", i), "example.com", "en", "2024-01-01T00:00:00Z")
		a.Text = strings.Repeat("panjang ", 200)
		entries = append(entries, Entry{Article: a})
	}
	if _, err := db.PutMany(context.Background(), entries); err != nil {
		t.Fatal(err)
	}

	if _, err := Export(context.Background(), db, &failingWriter{after: 100 << 10}, Filter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Export to a failing writer = %v, want disk full", err)
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl.gz")
	old := []byte("previous export\n")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ExportFile(ctx, db, path, Filter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ExportFile = %v, want context.Canceled", err)
	}
	// Cancel in the middle, after some records went out.
	ctx, cancel = context.WithCancel(context.Background())
	cw := &cancelAfter{w: io.Discard, n: 50 << 10, cancel: cancel}
	if n, err := Export(ctx, db, cw, Filter{}); !errors.Is(err, context.Canceled) || n == 0 || n == len(entries) {
		t.Errorf("Export cancelled midway = %d, %v; want some records then context.Canceled", n, err)
	}

	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Errorf("failed export replaced the previous file: %q", got)
	}
	missing := filepath.Join(dir, "no", "such", "out.jsonl")
	if _, err := ExportFile(context.Background(), db, missing, Filter{}); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("export into a missing folder = %v", err)
	}
	if _, err := ExportFile(context.Background(), db, filepath.Join(dir, "out.jsonl.xz"), Filter{}); err == nil || !strings.Contains(err.Error(), ".xz compression is not supported") {
		t.Errorf("export to .xz = %v, want unsupported", err)
	}
	assertNoTemp(t, dir)
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the previous export", len(entries))
	}
}

// cancelAfter cancels its context once n bytes have gone through.
type cancelAfter struct {
	w      io.Writer
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Write(p []byte) (int, error) {
	if c.n -= len(p); c.n < 0 {
		c.cancel()
	}
	return c.w.Write(p)
}

func TestExportSinceMovesCursorOnlyOnSuccess(t *testing.T) {
	db := corpus(t)
	ctx := context.Background()
	dir := t.TempDir()
	export := func(name string) (int, []string, error) {
		path := filepath.Join(dir, name)
		n, err := ExportSince(ctx, db, path, "nightly", Filter{})
		if err != nil {
			return n, nil, err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range readLines(t, bytes.NewReader(b)) {
			got = append(got, a.ID)
		}
		return n, got, nil
	}

	n, got, err := export("1.jsonl")
	if err != nil || n != 7 || len(got) != 7 {
		t.Fatalf("first export: n=%d %v %v", n, got, err)
	}
	if n, got, err := export("2.jsonl"); err != nil || n != 0 || len(got) != 0 {
		t.Fatalf("second export with nothing new: n=%d %v %v", n, got, err)
	}

	changed := article("b", "reuters.com", "en", "2022-11-29T23:30:00-05:00")
	changed.Text, changed.ContentHash = "new text", "new"
	mustPut(t, db, changed, nil)
	mustPut(t, db, article("a", "kompas.com", "id", "2022-11-30T08:00:00+07:00"), nil) // unchanged
	mustPut(t, db, article("z", "kompas.com", "id", ""), nil)

	// A failing export (unwritable target) must not move the cursor.
	if _, err := ExportSince(ctx, db, filepath.Join(dir, "missing", "3.jsonl"), "nightly", Filter{}); err == nil {
		t.Fatal("export into a missing folder succeeded")
	}
	n, got, err = export("4.jsonl")
	if err != nil || !slices.Equal(got, []string{"b", "z"}) || n != 2 {
		t.Fatalf("export after changes: n=%d %v %v; want [b z] in change order", n, got, err)
	}
	c, ok, err := db.Cursor("nightly")
	if err != nil || !ok || c.Records != 2 {
		t.Errorf("cursor = %+v %v %v", c, ok, err)
	}
	if head, _ := db.LastChange(); c.Seq != head {
		t.Errorf("cursor at %d, last change %d", c.Seq, head)
	}
	// Another name starts from the beginning.
	if n, err := ExportSince(ctx, db, filepath.Join(dir, "other.jsonl"), "weekly", Filter{Lang: "en"}); err != nil || n != 2 {
		t.Errorf("weekly export n=%d %v, want 2", n, err)
	}
}
