package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/kabar-news/kabar/serve"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("serve", "[--db PATH] [--addr HOST:PORT] [--refresh DURATION]",
		"Serves a local web page to browse, search and check the store: records per day per site,\n"+
			"field coverage per site, failed pages and crawl runs; a filtered, searchable list; each\n"+
			"record beside its stored page (scripts off, nothing fetched); and a JSON API. It runs\n"+
			"beside a crawl or ingest on the same store without holding it up, and shows their new\n"+
			"records within --refresh. The full-text index lives in PATH.bleve.")
	db := fs.String("db", "kabar.db", "the store `PATH`")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (loopback by default; another address exposes the corpus)")
	refresh := fs.Duration("refresh", 2*time.Second, "read new records every `DURATION`")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if *refresh <= 0 {
		return usagef("--refresh must be positive")
	}
	start := time.Now()
	c, err := serve.OpenCorpus(ctx, *db)
	if err != nil {
		return err
	}
	defer c.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log := e.log
	srv := &http.Server{Handler: serve.Handler(c, log), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(e.stderr, "kabar: serving %s (%d records, read in %s) at http://%s/\n",
		*db, c.Stats().Articles, time.Since(start).Round(time.Millisecond), ln.Addr())
	go c.Run(ctx, *refresh, func(err error) { log.Warn("serve: refresh", "err", err) })
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return ctx.Err()
}
