package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/kabar-news/kabar/fixtures"
	"github.com/kabar-news/kabar/store"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("demo", "[--dir DIR]",
		"Serves the bundled demo news site on 127.0.0.1 (a random port), crawls it with the real\n"+
			"crawler into DIR/kabar-demo.db (made anew each time), exports DIR/kabar-demo.jsonl and\n"+
			"prints a summary. Nothing outside this machine is touched.")
	dir := fs.String("dir", ".", "write the demo store and export into this `DIR`")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("demo folder %s: %w", *dir, err)
	}
	dbPath := filepath.Join(*dir, "kabar-demo.db")
	outPath := filepath.Join(*dir, "kabar-demo.jsonl")
	if err := os.Remove(dbPath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove old demo store: %w", err)
	}
	// kabar serve's search index belongs to the old store.
	if err := os.RemoveAll(dbPath + ".bleve"); err != nil {
		return fmt.Errorf("remove old demo search index: %w", err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("demo server: %w", err)
	}
	srv := &http.Server{Handler: http.FileServerFS(fixtures.Site()), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	seed := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(e.stdout, "demo site at %s\n", seed)

	db, err := store.Open(dbPath)
	if err != nil {
		return err
	}
	cfg := crawlConfig{db: dbPath, maxDepth: 5, delay: 10 * time.Millisecond, parallelism: 4}
	sum, err := crawl(ctx, e, db, cfg, []string{seed})
	if err != nil {
		db.Close()
		return err
	}
	printSummary(e.stdout, sum)
	n, err := store.ExportFile(ctx, db, outPath, store.Filter{})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "store  %s\nexport %s (%d records)\n", dbPath, outPath, n)
	fmt.Fprintf(e.stdout, "browse it: kabar serve --db %s   (then open http://127.0.0.1:8080/)\n", dbPath)
	return nil
}
