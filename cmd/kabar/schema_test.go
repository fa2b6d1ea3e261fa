package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/store"
)

// recordSchema compiles the schema that `kabar schema` prints, with
// formats (date-time, uri-reference) asserted.
func recordSchema(t *testing.T, doc []byte) *jsonschema.Schema {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("schema.json", v); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return s
}

// TestSchemaValidatesExport crawls the demo site with the real crawler into
// a store, exports it with `kabar export`, and validates every line against
// the schema `kabar schema` prints.
func TestSchemaValidatesExport(t *testing.T) {
	code, printed, stderr := kabarRun(t, "schema")
	if code != exitOK || printed != string(kabar.JSONSchema) {
		t.Fatalf("kabar schema: exit %d, %d bytes, stderr %q", code, len(printed), stderr)
	}
	schema := recordSchema(t, []byte(printed))

	srv := httptest.NewServer(http.FileServerFS(fixtures.Site()))
	defer srv.Close()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "kabar.db")
	db, err := store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
	cfg := crawlConfig{db: dbPath, maxDepth: 5, delay: time.Millisecond, parallelism: 4}
	if _, err := crawl(context.Background(), e, db, cfg, []string{srv.URL + "/"}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	out := filepath.Join(dir, "corpus.jsonl")
	exportOK(t, "--db", dbPath, "--out", out)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	lines := 0
	for sc.Scan() {
		lines++
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(sc.Bytes()))
		if err != nil {
			t.Fatalf("line %d is not JSON: %v", lines, err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("line %d does not match the schema: %v\n%.300s", lines, err, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if want := len(fixtures.Articles()); lines < want {
		t.Errorf("export holds %d lines, the demo site %d articles", lines, want)
	}
}
