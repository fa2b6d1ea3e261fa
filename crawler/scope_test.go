package crawler

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"testing"
)

func TestScope(t *testing.T) {
	s := newScope()
	for _, seed := range []string{"https://news.detik.com/", "http://127.0.0.1:8080/", "http://localhost:9000/"} {
		if err := s.addSeed(seed); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.addDomain("Kompas.com"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url  string
		want bool
	}{
		{"https://news.detik.com/berita/d-1", true},
		{"https://sport.detik.com/sepakbola/d-2", true},
		{"https://detik.com/", true},
		{"http://www.detik.com/", true},
		{"https://notdetik.com/", false},
		{"https://detik.com.evil.com/", false},
		{"https://nasional.kompas.com/read/1", true},
		{"https://kompas.com/", true},
		{"https://tribunnews.com/", false},
		{"http://127.0.0.1:8080/a", true},
		{"http://127.0.0.1:8081/a", false},
		{"http://127.0.0.2:8080/a", false},
		{"http://localhost:9000/a", true},
		{"http://localhost:9001/a", false},
		{"ftp://news.detik.com/", false},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.allows(u); got != tt.want {
			t.Errorf("allows(%s) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

func TestRegistrable(t *testing.T) {
	tests := []struct {
		host, want string
		ok         bool
	}{
		{"www.tribunnews.com", "tribunnews.com", true},
		{"news.detik.com", "detik.com", true},
		{"regional.kompas.com", "kompas.com", true},
		{"www.bbc.co.uk", "bbc.co.uk", true},
		{"www.antaranews.co.id", "antaranews.co.id", true},
		{"someone.github.io", "someone.github.io", true},
		{"127.0.0.1", "", false},
		{"localhost", "", false},
		{"intranet.test", "", false},
	}
	for _, tt := range tests {
		got, ok := registrable(tt.host)
		if got != tt.want || ok != tt.ok {
			t.Errorf("registrable(%q) = %q, %v; want %q, %v", tt.host, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBareDomainSeed(t *testing.T) {
	var (
		mu    sync.Mutex
		hosts []string
	)
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		hosts = append(hosts, r.Host+r.URL.Path)
		http.NotFound(w, r)
	}))
	defer srv.Close()
	tr := srv.Client().Transport.(*http.Transport).Clone()
	addr := srv.Listener.Addr().String()
	tr.DialContext = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	tr.DialTLSContext = nil
	c := newTestCrawler(t, WithTransport(tr))
	if _, err := c.Run(context.Background(), "WWW.Example.com"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Contains(hosts, "www.example.com/") {
		t.Errorf("bare domain seed: requests %v, want https://www.example.com/", hosts)
	}
}
