package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kabar-news/kabar/store"
)

// dbFlag is --db for the commands that read a corpus: repeatable, and each
// value may be a glob ('shards/*.db'), so that the shards of a distributed
// ingest read as one store.
type dbFlag struct {
	values []string
	set    bool
}

func (d *dbFlag) String() string {
	if d == nil || len(d.values) == 0 {
		return "kabar.db"
	}
	return strings.Join(d.values, ",")
}

func (d *dbFlag) Set(s string) error {
	if !d.set {
		d.values, d.set = nil, true
	}
	d.values = append(d.values, s)
	return nil
}

// addDBFlag defines --db PATH (default kabar.db), repeatable, globs allowed.
func addDBFlag(fs *flagSet) *dbFlag {
	d := &dbFlag{values: []string{"kabar.db"}}
	fs.Var(d, "db", "the store `PATH`; repeat it or give a glob ('shards/*.db') to read several stores as one, merged by record id")
	return d
}

// paths expands the globs and drops repeats, in a stable order. A pattern
// that matches nothing stays as it is, so the error names it.
func (d *dbFlag) paths() []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range d.values {
		m, err := filepath.Glob(v)
		if err != nil || len(m) == 0 {
			m = []string{v}
		}
		sort.Strings(m)
		for _, p := range m {
			if abs, err := filepath.Abs(p); err == nil && !seen[abs] {
				seen[abs] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// openCorpus opens the stores of paths read-only as one: a single store as
// it is; several merged by id into a temporary store (with their raw pages
// when withRaw), removed by the returned close function. The merge costs a
// pass over every shard, which an export makes anyway.
func openCorpus(ctx context.Context, paths []string, withRaw bool, lockTimeout time.Duration) (*store.DB, func() error, error) {
	if len(paths) == 1 {
		s, err := openStoreFile(paths[0], false, lockTimeout)
		if err != nil {
			return nil, nil, err
		}
		return s, s.Close, nil
	}
	var srcs []*store.DB
	closeAll := func() {
		for _, s := range srcs {
			s.Close()
		}
	}
	for _, p := range paths {
		s, err := openStoreFile(p, false, lockTimeout)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		srcs = append(srcs, s)
	}
	dir, err := os.MkdirTemp("", "kabar-merge-*")
	if err != nil {
		closeAll()
		return nil, nil, fmt.Errorf("merge stores: %w", err)
	}
	merged, err := store.Open(filepath.Join(dir, "merged.db"), store.WithNoSync())
	if err == nil {
		_, err = store.Merge(ctx, merged, srcs, withRaw)
		if err != nil {
			merged.Close()
		}
	}
	closeAll()
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return merged, func() error {
		err := merged.Close()
		os.RemoveAll(dir)
		return err
	}, nil
}
