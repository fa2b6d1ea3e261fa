package main

import (
	"context"
	"fmt"
	"os"
	"sort"

	"github.com/kabar-news/kabar/store"
)

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("stats", "[--db PATH]", "Shows what the store holds: articles by site and by day, and pages that failed.")
	db := fs.String("db", "kabar.db", "the store `PATH`")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	s, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Stats()
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "store %s\narticles %d, crawl runs %d, failed pages %d\n", *db, st.Articles, st.Runs, st.Failures)
	printCounts(w, "by site", st.BySite, false)
	printCounts(w, "by day (published)", st.ByDay, true)
	printCounts(w, "failures by reason", st.FailuresByReason, false)
	if len(st.RecentFailures) > 0 {
		fmt.Fprintf(w, "recent failures:\n")
		for _, f := range st.RecentFailures {
			fmt.Fprintf(w, "  %s  %d  %s\n", f.URL, f.Status, f.Reason)
		}
	}
	return nil
}

// printCounts prints a map sorted by key (days) or by count (the rest).
func printCounts(w interface{ Write([]byte) (int, error) }, title string, m map[string]int, byKey bool) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if byKey || m[keys[i]] == m[keys[j]] {
			return keys[i] < keys[j]
		}
		return m[keys[i]] > m[keys[j]]
	})
	fmt.Fprintf(w, "%s:\n", title)
	for _, k := range keys {
		fmt.Fprintf(w, "  %-40s %d\n", k, m[k])
	}
}

// openExisting opens a store that must already exist: reading commands
// never create an empty store by mistake.
func openExisting(path string) (*store.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open store %s: no such file (crawl first, or give --db)", path)
	}
	return store.Open(path, store.WithReadOnly())
}
