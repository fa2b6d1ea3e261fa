package queue

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kabar-news/kabar/crawler"
	"github.com/kabar-news/kabar/queue/natstest"
)

// lossyProxy stands between the client and the NATS server on loopback.
// While it swallows, what the server sends is dropped: the reply to a
// request in flight is lost, as it is when a server dies with the request
// in hand. cut then closes every connection, and the client reconnects
// through the proxy, which forwards again.
type lossyProxy struct {
	ln     net.Listener
	target string

	mu      sync.Mutex
	swallow bool
	conns   []net.Conn
}

func startLossyProxy(t *testing.T, target string) *lossyProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &lossyProxy{ln: ln, target: target}
	t.Cleanup(func() {
		ln.Close()
		p.cut()
	})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { io.Copy(s, c); s.Close() }()
			go p.down(c, s)
		}
	}()
	return p
}

// down copies what the server sends to the client, dropping it while
// the proxy swallows.
func (p *lossyProxy) down(c, s net.Conn) {
	defer c.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := s.Read(buf)
		if n > 0 {
			p.mu.Lock()
			drop := p.swallow
			p.mu.Unlock()
			if !drop {
				if _, werr := c.Write(buf[:n]); werr != nil {
					return
				}
			}
		}
		if err != nil {
			return
		}
	}
}

func (p *lossyProxy) setSwallow(on bool) {
	p.mu.Lock()
	p.swallow = on
	p.mu.Unlock()
}

// cut closes every connection and forwards again.
func (p *lossyProxy) cut() {
	p.mu.Lock()
	conns := p.conns
	p.conns = nil
	p.swallow = false
	p.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// A request whose reply is lost with the connection (a server restart
// with the request in flight) is tried again once the client has
// reconnected, after one try's bound, instead of waiting out the whole
// 30-s bound of the operation: before, a worker stalled for 30 s, and a
// look-up of the stored set answered "not stored" after it.
func TestLostReplyIsTriedAgain(t *testing.T) {
	server := natstest.Start(t)
	p := startLossyProxy(t, strings.TrimPrefix(server, "nats://"))
	q, err := Open(context.Background(), "nats://"+p.ln.Addr().String()+"/R", Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	f, _, err := q.OpenCrawl(context.Background(), []string{"http://h1/"}, CrawlOptions{ID: "a", LeaseTTL: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.try = 500 * time.Millisecond
	const page = "http://h1/story"
	if err := f.MarkStored(page); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"stored look-up", func() error {
			if !f.Stored(page) {
				return errors.New("a stored page reported not stored")
			}
			return nil
		}},
		{"mark stored", func() error { return f.MarkStored("http://h1/other") }},
		{"commit", func() error {
			l := crawler.Link{URL: "http://h1/next", Host: "h1", Key: crawler.Key("http://h1/next")}
			return f.Commit(nil, []string{crawler.Key("http://h1/seen")}, []crawler.Link{l})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p.setSwallow(true)
			errc := make(chan error, 1)
			start := time.Now()
			go func() { errc <- tc.call() }()
			time.Sleep(200 * time.Millisecond) // the request is out, its reply dropped
			p.cut()
			select {
			case err := <-errc:
				if err != nil {
					t.Fatal(err)
				}
				// Reconnecting takes up to nats.ReconnectWait (1 s),
				// one try 0.5 s: far below the operation's 30 s.
				if d := time.Since(start); d > 10*time.Second {
					t.Errorf("took %v", d)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("no answer in 20 s: the lost reply was waited for, not asked again")
			}
		})
	}
}
