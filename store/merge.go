package store

import (
	"context"
	"fmt"

	kabar "github.com/kabar-news/kabar"
)

// mergeBatch is how many records Merge stores per transaction.
const mergeBatch = 256

// Merge copies every record of srcs into dst, merging by id: a record held
// by several sources (a task redelivered to a second worker writes the same
// records into two shards) is stored once, and when the copies differ the
// one from the later source is kept as an update, as a later fetch would
// be. With withRaw the raw pages come along (for stats and re-extraction);
// an export needs only the records. It returns how many records it read.
func Merge(ctx context.Context, dst *DB, srcs []*DB, withRaw bool) (int, error) {
	n := 0
	batch := make([]Entry, 0, mergeBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if _, err := dst.PutMany(ctx, batch); err != nil {
			return err
		}
		clear(batch)
		batch = batch[:0]
		return nil
	}
	for _, src := range srcs {
		var err error
		add := func(e Entry) error {
			n++
			batch = append(batch, e)
			if len(batch) >= mergeBatch {
				return flush()
			}
			return nil
		}
		if withRaw {
			err = src.EachRaw(ctx, Filter{}, func(a kabar.Article, raw *RawPage) error { return add(Entry{Article: a, Raw: raw}) })
		} else {
			err = src.Each(ctx, Filter{}, func(a kabar.Article) error { return add(Entry{Article: a}) })
		}
		if err == nil {
			err = flush()
		}
		if err != nil {
			return n, fmt.Errorf("merge %s: %w", src.Path(), err)
		}
	}
	return n, nil
}
