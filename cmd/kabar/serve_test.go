package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/serve"
	"github.com/kabar-news/kabar/store"
)

// TestServeBesideCrawl runs the real crawl of the demo site into a store
// that serve reads all along: the crawl succeeds (serve never keeps it out
// of its store), serve shows records while the crawl still runs, and
// every stored record by the end.
func TestServeBesideCrawl(t *testing.T) {
	site := http.FileServerFS(fixtures.Site())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond) // a crawl long enough to watch
		site.ServeHTTP(w, r)
	}))
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "corpus.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c, err := serve.OpenCorpus(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	go c.Run(ctx, 10*time.Millisecond, func(err error) { t.Error(err) })

	done := make(chan struct{})
	var code int
	var stderr string
	start := time.Now()
	go func() {
		defer close(done)
		code, _, stderr = kabarRun(t, "crawl", "--quiet", "--db", path, "--delay", "30ms", srv.URL+"/")
	}()
	seenDuring := 0
	for running := true; running; {
		select {
		case <-done:
			running = false
		case <-time.After(5 * time.Millisecond):
			seenDuring = max(seenDuring, c.Stats().Articles)
		}
	}
	took := time.Since(start)
	if code != exitOK {
		t.Fatalf("crawl beside serve: exit %d: %s", code, stderr)
	}
	db, err = store.Open(path, store.WithReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats()
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for c.Stats().Articles < st.Articles && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("crawl took %s; serve showed %d of %d records before it ended", took.Round(time.Millisecond), seenDuring, st.Articles)
	if seenDuring == 0 {
		t.Errorf("serve showed %d records while the crawl ran (of %d): want some", seenDuring, st.Articles)
	}
	if got := c.Stats().Articles; got != st.Articles {
		t.Errorf("serve shows %d records after the crawl, the store holds %d", got, st.Articles)
	}
}
