package queue

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/kabar-news/kabar/queue/natstest"
	"github.com/nats-io/nats.go/jetstream"
)

// A host given back is free at once: its lease is gone from the bucket
// even when the renewal goroutine, ticking every 50 ms, renews leases
// while hosts are taken and given back. A renewal landing between
// release reading the lease's revision and deleting it would leave the
// lease behind, held by nobody, and no other worker could take the host
// until its TTL ran out (under -race, the detector also sees the lease's
// revision read and written by two goroutines).
func TestReleaseLeavesNoLease(t *testing.T) {
	url := natstest.Start(t) + "/L"
	q, err := Open(context.Background(), url, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	f, _, err := q.OpenCrawl(context.Background(), []string{"http://h1/"}, CrawlOptions{ID: "a", LeaseTTL: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	deadline := time.Now().Add(3 * time.Second)
	rounds, lostLeases := 0, 0
	for time.Now().Before(deadline) {
		// New hosts each round: a lease bucket with a 200 ms TTL drops
		// a deleted key's marker soon after, and taking a key back in
		// that instant can fail on its own (the client's Create reads
		// the marker it just missed).
		var hosts []string
		for i := range 4 {
			hosts = append(hosts, fmt.Sprintf("h%d-%d", i, rounds))
		}
		for _, host := range hosts {
			ok, err := f.acquire(ctx, host, hostToken(host))
			if err != nil || !ok {
				t.Fatalf("round %d: take %s: %v %v", rounds, host, ok, err)
			}
		}
		// Let a renewal find the hosts held, now and then.
		time.Sleep(time.Duration(rounds%7) * time.Millisecond)
		for _, host := range hosts {
			f.mu.Lock()
			lost := f.hosts[host].lost
			f.mu.Unlock()
			f.release(ctx, host)
			if lost {
				lostLeases++
				// A renewal timed out (a loaded machine, with a 67 ms
				// bound): the lease is left to run out, by design.
				continue
			}
			if _, err := f.leases.Get(ctx, hostToken(host)); !errors.Is(err, jetstream.ErrKeyNotFound) {
				t.Fatalf("round %d: %s given back, yet its lease is still in the bucket (%v)", rounds, host, err)
			}
		}
		rounds++
	}
	t.Logf("%d rounds of taking and giving back four hosts", rounds)
	// Each host's consumer went with it: kept, one per host ever held,
	// they reach the server's limit per stream (1,000 by default) and a
	// crawl can take no further host.
	info, err := f.stream.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := info.State.Consumers; n > lostLeases {
		t.Errorf("%d consumers left on the stream after %d hosts were given back (%d leases lost)", n, 4*rounds, lostLeases)
	}
}
