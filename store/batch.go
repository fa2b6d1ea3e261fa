package store

import (
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// batcher is group commit: writes that arrive while a transaction is being
// committed wait and are committed together in the next one. A lone writer
// commits at once (no timer, unlike bbolt's DB.Batch), and under parallel
// writers there is about one fsync per commit rather than per record.
//
// The commit runs on the goroutine of the first caller of its group, not on
// a timer goroutine, so that a memory fault or panic inside bbolt on a
// damaged file is recovered by DB.update and returned as an error.
type batcher struct {
	db *DB
	// linger is how long a group's leader waits for company before
	// committing; zero commits as soon as the previous commit ends.
	linger time.Duration

	mu      sync.Mutex
	cur     *group // the group accepting calls, nil when none
	running bool   // a group is committing; the next one waits
}

// group is the calls committed in one transaction. Its first caller leads:
// it waits on start, then commits for all and closes done.
type group struct {
	calls []groupCall
	start chan struct{}
	done  chan struct{}
}

type groupCall struct {
	fn  func(*bolt.Tx) error
	err error
}

// do runs fn in a write transaction shared with concurrent callers and
// returns once that transaction is committed. fn must only touch tx: it may
// run more than once when a group is retried without a failing member.
func (b *batcher) do(fn func(*bolt.Tx) error) error {
	b.mu.Lock()
	lead := b.cur == nil
	if lead {
		b.cur = &group{start: make(chan struct{}), done: make(chan struct{})}
	}
	g := b.cur
	i := len(g.calls)
	g.calls = append(g.calls, groupCall{fn: fn})
	if lead && !b.running {
		b.running = true
		close(g.start)
	}
	b.mu.Unlock()

	if !lead {
		<-g.done
		return g.calls[i].err
	}
	<-g.start
	if b.linger > 0 {
		time.Sleep(b.linger)
	}
	b.mu.Lock()
	if b.cur == g {
		b.cur = nil // later callers form the next group
	}
	b.mu.Unlock()
	b.commit(g.calls)
	close(g.done)

	// Hand over to the group that formed meanwhile, or stop running.
	b.mu.Lock()
	if next := b.cur; next != nil {
		close(next.start)
	} else {
		b.running = false
	}
	b.mu.Unlock()
	return g.calls[i].err
}

// commit runs calls in one transaction. A call that fails is taken out and
// the others are committed without it; the failed ones then run alone, so
// each gets its own error and one bad record never fails its neighbours.
func (b *batcher) commit(calls []groupCall) {
	live := make([]int, len(calls))
	for i := range live {
		live[i] = i
	}
	var solo []int
	for len(live) > 0 {
		failed := -1
		err := b.db.update(func(tx *bolt.Tx) error {
			for j, i := range live {
				if err := calls[i].fn(tx); err != nil {
					failed = j
					return err
				}
			}
			return nil
		})
		if failed >= 0 {
			solo = append(solo, live[failed])
			live = append(live[:failed], live[failed+1:]...)
			continue
		}
		for _, i := range live {
			calls[i].err = err
		}
		break
	}
	for _, i := range solo {
		calls[i].err = b.db.update(calls[i].fn)
	}
}
