package crawler

import (
	"bytes"
	"io"
	"net/http"
	"sync"
)

// Exchange is one HTTP request and the response to it, as the crawl made
// it: pages, robots.txt, feeds, sitemaps, redirects and error statuses
// alike. Body holds the bytes received, content coding undone and charset
// untouched, at most the body cap.
type Exchange struct {
	Request  *http.Request
	Response *http.Response
	Body     []byte
}

// WithOnExchange has f called with every HTTP exchange of the crawl, once
// its body has been read and closed, for archiving (kabar crawl --warc).
// f may be called from several goroutines at once and must not keep the
// Exchange's values past its return.
func WithOnExchange(f func(Exchange)) Option {
	return func(c *config) error { c.onExchange = f; return nil }
}

// recordTransport hands each exchange to a hook. It sits over the
// crawler's gunzip step and under Colly's charset conversion, so the hook
// sees the payload as the server meant it.
type recordTransport struct {
	base http.RoundTripper
	hook func(Exchange)
	max  int
}

func (t recordTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp == nil {
		return resp, err
	}
	if resp.Body == nil || resp.Body == http.NoBody {
		t.hook(Exchange{Request: req, Response: resp})
		return resp, nil
	}
	resp.Body = &recordBody{rc: resp.Body, max: t.max, done: func(b []byte) {
		t.hook(Exchange{Request: req, Response: resp, Body: b})
	}}
	return resp, nil
}

// recordBody copies what is read through it, up to max bytes, and hands
// the copy on when closed.
type recordBody struct {
	rc   io.ReadCloser
	buf  bytes.Buffer
	max  int
	once sync.Once
	done func([]byte)
}

func (b *recordBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	if n > 0 && b.buf.Len() < b.max {
		room := b.max - b.buf.Len()
		b.buf.Write(p[:min(n, room)])
	}
	return n, err
}

func (b *recordBody) Close() error {
	err := b.rc.Close()
	b.once.Do(func() { b.done(b.buf.Bytes()) })
	return err
}
