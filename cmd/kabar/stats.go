package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/kabar-news/kabar/store"
)

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("stats", "[--db PATH] [--json] [--window DURATION]",
		"Shows what the store holds: articles by site and by day, groups of copies of one story and\n"+
			"the copies per site, pages that failed, and per site\n"+
			"the share of records with authors, a date, a dateline and quotes and their mean\n"+
			"extraction confidence. A site whose recent records (fetched within --window before its\n"+
			"newest fetch) lost coverage sharply against its earlier ones is named on stderr and the\n"+
			"command exits 3.")
	dbs := addDBFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object (for scripts)")
	window := fs.Duration("window", store.DefaultWindow, "a site's recent records: fetched within this `DURATION` before its newest fetch")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if *window <= 0 {
		return usagef("--window must be positive")
	}
	paths := dbs.paths()
	name := strings.Join(paths, ",") // the "store" the report names
	db := &name
	var s *store.DB
	closeStore := func() error { return s.Close() }
	if len(paths) == 1 {
		s, err = openExisting(paths[0])
	} else {
		s, closeStore, err = openCorpus(ctx, paths, true, store.DefaultLockTimeout)
	}
	if err != nil {
		return err
	}
	defer closeStore()
	st, err := s.Stats()
	if err != nil {
		return err
	}
	qs, err := s.Quality(ctx, store.QualityOptions{Window: *window})
	if err != nil {
		return err
	}
	w := e.stdout
	if *asJSON {
		out := struct {
			Store            string              `json:"store"`
			Articles         int                 `json:"articles"`
			Undated          int                 `json:"undated"`
			RawPages         int                 `json:"raw_pages"`
			Runs             int                 `json:"runs"`
			Failures         int                 `json:"failures"`
			FailuresByReason map[string]int      `json:"failures_by_reason"`
			BySite           map[string]int      `json:"by_site"`
			GroupsBySite     map[string]int      `json:"groups_by_site"`
			CopiesBySite     map[string]int      `json:"copies_by_site"`
			ByDay            map[string]int      `json:"by_day"`
			Sites            []store.SiteQuality `json:"sites"`
		}{*db, st.Articles, st.Undated, st.RawPages, st.Runs, st.Failures, st.FailuresByReason, st.BySite, st.GroupsBySite, st.CopiesBySite, st.ByDay, qs}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("write stats: %w", err)
		}
		return reportCollapses(e.stderr, qs)
	}
	fmt.Fprintf(w, "store %s\narticles %d, crawl runs %d, failed pages %d\n", *db, st.Articles, st.Runs, st.Failures)
	printCounts(w, "by site", st.BySite, false)
	printCounts(w, "groups of copies by site (of their earliest record)", st.GroupsBySite, false)
	printCounts(w, "copies by site (records with duplicate_of)", st.CopiesBySite, false)
	printQuality(w, qs)
	printCounts(w, "by day (published)", st.ByDay, true)
	printCounts(w, "failures by reason", st.FailuresByReason, false)
	if len(st.RecentFailures) > 0 {
		fmt.Fprintf(w, "recent failures:\n")
		for _, f := range st.RecentFailures {
			fmt.Fprintf(w, "  %s  %d  %s\n", f.URL, f.Status, f.Reason)
		}
	}
	return reportCollapses(e.stderr, qs)
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
