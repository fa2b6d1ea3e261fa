package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/kabar-news/kabar/store"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("export", "[--db PATH] [--out FILE|-] [--since DATE] [--until DATE] [--site DOMAIN] [--lang CODE]",
		"Streams stored articles as JSON Lines, in a stable order. A .gz file is gzip-compressed;\n"+
			"a file is written completely or not at all.")
	db := fs.String("db", "kabar.db", "the store `PATH`")
	out := fs.String("out", "-", "write to this `FILE` (- for stdout)")
	since := fs.String("since", "", "only articles published on or after this `DATE` (2006-01-02 or RFC 3339)")
	until := fs.String("until", "", "only articles published before this `DATE`")
	site := fs.String("site", "", "only articles of these `DOMAIN`s (comma-separated; subdomains included)")
	lang := fs.String("lang", "", "only articles in this language (two-letter `CODE`)")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	var f store.Filter
	if f.Since, err = parseDate("--since", *since); err != nil {
		return err
	}
	if f.Until, err = parseDate("--until", *until); err != nil {
		return err
	}
	for _, s := range strings.Split(*site, ",") {
		if s = strings.TrimSpace(strings.ToLower(s)); s != "" {
			f.Sites = append(f.Sites, s)
		}
	}
	f.Lang = strings.ToLower(*lang)
	s, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	n, err := store.ExportFile(ctx, s, *out, f)
	if err != nil {
		return err
	}
	if *out != "-" {
		fmt.Fprintf(e.stderr, "exported %d articles to %s\n", n, *out)
	}
	return nil
}

// parseDate reads a day (taken as UTC midnight) or an RFC 3339 time.
func parseDate(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, usagef("%s %q is not a date (want 2006-01-02 or RFC 3339)", flag, s)
}
