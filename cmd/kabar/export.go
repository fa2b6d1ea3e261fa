package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/kabar-news/kabar/store"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("export", "[--db PATH] [--out FILE|-] [--format jsonl|csv|parquet] [--since DATE] [--until DATE] [--site DOMAIN] [--lang CODE] [--min-confidence X] [--dedup[=latest]] [--since-last NAME]",
		"Streams stored articles, in a stable order (by publication time, undated last; with\n"+
			"--since-last, in the order they changed). The format follows --format or else the file\n"+
			"name (.csv, .parquet, anything else JSON Lines); a .gz or .zst suffix compresses.\n"+
			"A file is written completely or not at all. With --since-last NAME only articles new\n"+
			"or changed since the last export under NAME are written, and NAME moves on only once\n"+
			"the file is complete and synced. --min-confidence X keeps only records whose\n"+
			"extraction.confidence is at least X (records stored before kabar wrote one count as 0).\n"+
			"--dedup writes one record per story: of each group of copies (same text, or small edits,\n"+
			"another headline or boilerplate, a truncated copy) its earliest published record;\n"+
			"--dedup=latest its latest published one.")
	dbs := addDBFlag(fs)
	out := fs.String("out", "-", "write to this `FILE` (- for stdout)")
	format := fs.String("format", "", "`FORMAT`: jsonl, csv or parquet (default: from the --out name, else jsonl)")
	since := fs.String("since", "", "only articles published on or after this `DATE` (2006-01-02 or RFC 3339)")
	until := fs.String("until", "", "only articles published before this `DATE`")
	site := fs.String("site", "", "only articles of these `DOMAIN`s (comma-separated; subdomains included)")
	lang := fs.String("lang", "", "only articles in this language (two-letter `CODE`)")
	minConf := fs.Float64("min-confidence", 0, "only articles whose extraction confidence is at least `X` (0-1)")
	var dd dedupFlag
	fs.Var(&dd, "dedup", "one record per story: the group's earliest (--dedup) or `latest` (--dedup=latest)")
	sinceLast := fs.String("since-last", "", "only articles new or changed since the last export under this `NAME`")
	lockTimeout := fs.Duration("lock-timeout", store.DefaultLockTimeout, "wait this long for a crawl holding the store")
	quiet := fs.Bool("quiet", false, "print nothing but errors (for cron)")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	f, err := parseFilter(*since, *until, *site, *lang)
	if err != nil {
		return err
	}
	if *minConf < 0 || *minConf > 1 || *minConf != *minConf {
		return usagef("--min-confidence must be between 0 and 1, not %v", *minConf)
	}
	f.MinConfidence = *minConf
	f.Dedup = dd.mode
	fmtOut := store.FormatOf(*out)
	if *format != "" {
		if fmtOut, err = store.ParseFormat(*format); err != nil {
			return usagef("--format: %v", err)
		}
	}
	if *lockTimeout <= 0 {
		return usagef("--lock-timeout must be positive")
	}
	// Only --since-last writes (the cursor); a plain export shares the
	// file with other readers.
	paths := dbs.paths()
	if len(paths) > 1 && *sinceLast != "" {
		return usagef("--since-last keeps its cursor in one store; give one --db")
	}
	var s *store.DB
	var closeStore func() error
	if len(paths) == 1 {
		s, err = openStoreFile(paths[0], *sinceLast != "", *lockTimeout)
		closeStore = func() error { return s.Close() }
	} else {
		s, closeStore, err = openCorpus(ctx, paths, false, *lockTimeout)
	}
	if err != nil {
		return err
	}
	defer closeStore()
	var n int
	switch {
	case *out == "-" && *sinceLast != "":
		n, err = store.ExportSinceTo(ctx, s, e.stdout, *sinceLast, f, fmtOut)
	case *out == "-":
		n, err = store.ExportAs(ctx, s, e.stdout, f, fmtOut)
	case *sinceLast != "":
		n, err = store.ExportSinceAs(ctx, s, *out, *sinceLast, f, fmtOut)
	default:
		n, err = store.ExportFileAs(ctx, s, *out, f, fmtOut)
	}
	if err != nil {
		return err
	}
	if !*quiet {
		to := *out
		if to == "-" {
			to = "standard output"
		}
		what := ""
		if *sinceLast != "" {
			what = fmt.Sprintf(" new or changed since the last export %q", *sinceLast)
		}
		fmt.Fprintf(e.stderr, "exported %d articles%s to %s (%s)\n", n, what, to, fmtOut)
	}
	return nil
}

// parseFilter reads the selection flags shared by export and reextract.
func parseFilter(since, until, sites, lang string) (store.Filter, error) {
	var f store.Filter
	var err error
	if f.Since, err = parseDate("--since", since); err != nil {
		return f, err
	}
	if f.Until, err = parseDate("--until", until); err != nil {
		return f, err
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Until.After(f.Since) {
		return f, usagef("--until %s is not after --since %s", until, since)
	}
	for _, s := range strings.Split(sites, ",") {
		if s = strings.TrimSpace(strings.ToLower(s)); s != "" {
			f.Sites = append(f.Sites, s)
		}
	}
	f.Lang = strings.ToLower(strings.TrimSpace(lang))
	return f, nil
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

// openStoreFile opens a store that must already exist (a reading command
// never creates an empty store by mistake), for writing only when write is
// set, waiting up to lockTimeout for a process that holds it.
func openStoreFile(path string, write bool, lockTimeout time.Duration) (*store.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open store %s: no such file (crawl first, or give --db)", path)
	}
	opts := []store.Option{store.WithLockTimeout(lockTimeout)}
	if !write {
		opts = append(opts, store.WithReadOnly())
	}
	return store.Open(path, opts...)
}

// dedupFlag is --dedup: bare it means each group's earliest record,
// --dedup=latest its latest, --dedup=earliest said outright.
type dedupFlag struct{ mode store.DedupMode }

func (d *dedupFlag) String() string { return string(d.mode) }

// IsBoolFlag lets --dedup stand without a value.
func (d *dedupFlag) IsBoolFlag() bool { return true }

func (d *dedupFlag) Set(s string) error {
	switch strings.ToLower(s) {
	case "true", "earliest":
		d.mode = store.DedupEarliest
	case "latest":
		d.mode = store.DedupLatest
	case "false":
		d.mode = store.DedupOff
	default:
		return fmt.Errorf("want earliest or latest, not %q", s)
	}
	return nil
}
