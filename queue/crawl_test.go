package queue_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/kabar-news/kabar/crawler"
	"github.com/kabar-news/kabar/queue"
	"github.com/kabar-news/kabar/queue/natstest"
)

func openCrawl(t *testing.T, url, id string, seeds []string, maxHosts int) (*queue.Queue, *queue.CrawlFrontier) {
	t.Helper()
	q, err := queue.Open(context.Background(), url, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	f, _, err := q.OpenCrawl(context.Background(), seeds, queue.CrawlOptions{ID: id, LeaseTTL: time.Second, MaxHosts: maxHosts})
	if err != nil {
		t.Fatal(err)
	}
	return q, f
}

func link(host string, i int) crawler.Link {
	u := fmt.Sprintf("http://%s/p/%d", host, i)
	return crawler.Link{URL: u, Host: host, Key: crawler.Key(u)}
}

func yes(string) bool { return true }

// next waits up to d for a link from f.
func next(t *testing.T, f *queue.CrawlFrontier, d time.Duration) (crawler.Link, bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	for {
		l, ok, err := f.Next(yes)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			return l, true
		}
		more, err := f.Wait(ctx)
		if err != nil || !more {
			return crawler.Link{}, false
		}
	}
}

// Two workers of one crawl: a link is queued once whoever finds it; a
// host's links go only to the worker holding its lease; a worker that
// stops renewing (dies) loses the host and the links it held to the other
// after the TTL; the crawl is over when every link is done.
func TestCrawlFrontierShared(t *testing.T) {
	url := natstest.Start(t) + "/T"
	_, a := openCrawl(t, url, "a", []string{"http://h1/"}, 1)
	_, b := openCrawl(t, url, "b", []string{"http://h1/"}, 1)
	defer b.Close()
	links := []crawler.Link{link("h1", 1), link("h1", 2), link("h1", 3)}
	if err := a.Commit(nil, nil, links); err != nil {
		t.Fatal(err)
	}
	// b found the same links: all seen, nothing queued twice.
	if fresh, err := b.Unseen(append(links, link("h1", 4))); err != nil || len(fresh) != 1 || fresh[0].URL != link("h1", 4).URL {
		t.Fatalf("b's unseen links: %v %v", fresh, err)
	}
	if err := b.Commit(nil, nil, links); err != nil {
		t.Fatal(err)
	}
	got, ok := next(t, a, 5*time.Second)
	if !ok {
		t.Fatal("a got no link")
	}
	// a holds h1: b gets nothing of it while a lives.
	if l, ok, err := b.Next(yes); err != nil || ok {
		t.Fatalf("b got %v %v while a holds the host", l, err)
	}
	time.Sleep(1500 * time.Millisecond) // past the TTL: a renews
	if l, ok, err := b.Next(yes); err != nil || ok {
		t.Fatalf("b got %v %v while a renews the lease", l, err)
	}
	if err := a.Commit([]crawler.Link{got}, nil, nil); err != nil {
		t.Fatal(err)
	}
	held, ok := next(t, a, 5*time.Second)
	if !ok {
		t.Fatal("a got no second link")
	}
	// a dies holding a link: its renewals stop (Abandon), nothing is
	// handed back.
	a.Abandon()
	var rest []string
	for range 2 {
		l, ok := next(t, b, 10*time.Second)
		if !ok {
			t.Fatalf("b got only %v after a died", rest)
		}
		rest = append(rest, l.URL)
		if err := b.Commit([]crawler.Link{l}, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	if rest[0] != held.URL && rest[1] != held.URL {
		t.Errorf("b got %v, not the link a held (%s)", rest, held.URL)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if more, err := b.Wait(ctx); err != nil || more {
		t.Errorf("after every link is done: Wait = %v, %v; want the crawl over", more, err)
	}
}
