package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

// TestFaultProxyPrivateAddress is issue 19, point 1: a crawl of public
// sites through a forward proxy (HTTP_PROXY) still refuses private
// addresses, by redirect or by link, and the proxy itself may sit on a
// private address, named by IP or by DNS, as an office or campus proxy does.
// Without a proxy, a public name that resolves to loopback is refused too.
//
// Nothing here can leave loopback, even with the guard broken: the proxy on
// loopback plays every site itself and forwards nothing; names resolve only
// through the test's DNS server on loopback (net.DefaultResolver is pointed
// at it for the test); and every connection the crawler opens is checked,
// just before connect(2), to go to loopback, so a crawler that bypassed the
// proxy would be refused instead of dialling the public test address.
func TestFaultProxyPrivateAddress(t *testing.T) {
	dns := startDNS(t, map[string]netip.Addr{
		"www.berita-contoh.com":   netip.MustParseAddr("203.0.113.10"),    // the public site
		"admin.berita-contoh.com": netip.MustParseAddr("127.0.0.1"),       // the machine itself
		"meta.berita-contoh.com":  netip.MustParseAddr("169.254.169.254"), // a cloud metadata endpoint
		"lan.berita-contoh.com":   netip.MustParseAddr("10.0.0.7"),        // the router
		"proxy.kampus.ac.id":      netip.MustParseAddr("127.0.0.1"),       // the user's proxy
	})
	useResolver(t, dns)

	var (
		mu    sync.Mutex
		seen  []string // host+path of every request the proxy answered
		dials []string // every address the crawler connected to
	)
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Host == "" {
			http.Error(w, "not a proxy request", http.StatusBadRequest)
			return
		}
		mu.Lock()
		seen = append(seen, r.URL.Host+r.URL.Path)
		mu.Unlock()
		if r.URL.Host != "www.berita-contoh.com" {
			// Playing the private host: a broken guard gets a page.
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><h1>admin</h1><p>secret</p></body></html>")
			return
		}
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><a href="/artikel/satu">satu</a> <a href="/pindah">pindah</a>
				<a href="/meta">meta</a> <a href="http://lan.berita-contoh.com/router">router</a></body></html>`)
		case "/artikel/satu":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><article><p>Berita satu.</p></article></body></html>")
		case "/pindah":
			http.Redirect(w, r, "http://admin.berita-contoh.com/rahasia", http.StatusFound)
		case "/meta":
			http.Redirect(w, r, "http://meta.berita-contoh.com/latest/meta-data/", http.StatusMovedPermanently)
		default:
			http.NotFound(w, r)
		}
	}))
	defer proxy.Close()
	_, port, _ := net.SplitHostPort(proxy.Listener.Addr().String())
	onlyLoopback := func(network, address string, _ syscall.RawConn) error {
		mu.Lock()
		dials = append(dials, address)
		mu.Unlock()
		if ap, err := netip.ParseAddrPort(address); err != nil || !ap.Addr().IsLoopback() {
			t.Errorf("the crawler dialled %s, off loopback", address)
			return fmt.Errorf("test: %s is off loopback", address)
		}
		return nil
	}

	for _, proxyURL := range []string{proxy.URL, "http://proxy.kampus.ac.id:" + port} {
		t.Run(strings.TrimPrefix(proxyURL, "http://"), func(t *testing.T) {
			mu.Lock()
			seen, dials = nil, nil
			mu.Unlock()
			for _, k := range []string{"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"} {
				t.Setenv(k, proxyURL)
			}
			t.Setenv("NO_PROXY", "")
			t.Setenv("no_proxy", "")

			var fails failures
			h := &byPath{}
			c := newTestCrawler(t, WithHandler(h.handle), WithOnFailure(fails.record),
				func(c *config) error { c.dialControl = onlyLoopback; return nil })
			sum, err := c.Run(context.Background(), "http://www.berita-contoh.com/")
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if sum.Articles != 1 || !slices.Contains(seen, "www.berita-contoh.com/artikel/satu") {
				t.Errorf("the public site through the proxy: summary %+v, proxy answered %q; want its article", sum, seen)
			}
			for _, u := range []string{
				"http://www.berita-contoh.com/pindah", // redirect to 127.0.0.1
				"http://www.berita-contoh.com/meta",   // redirect to 169.254.169.254
				"http://lan.berita-contoh.com/router", // link to 10.0.0.7
			} {
				if f, ok := fails.get(u); !ok || !errors.Is(f.err, ErrPrivateAddress) {
					t.Errorf("%s: failure %+v (recorded: %v); want ErrPrivateAddress", u, f, ok)
				}
			}
			for _, s := range seen {
				if !strings.HasPrefix(s, "www.berita-contoh.com/") {
					t.Errorf("the proxy was asked for %s, a private address", s)
				}
			}
			if len(dials) == 0 {
				t.Error("no connection reached the test's dial hook")
			}
		})
	}

	// Without a proxy the address is checked at the dial: a public name
	// that resolves to loopback is refused before connecting.
	t.Run("direct", func(t *testing.T) {
		for _, k := range []string{"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"} {
			t.Setenv(k, "")
		}
		var fails failures
		c := newTestCrawler(t, WithOnFailure(fails.record),
			func(c *config) error { c.dialControl = onlyLoopback; return nil })
		seed := "http://admin.berita-contoh.com/rahasia"
		if _, err := c.Run(context.Background(), seed); err != nil {
			t.Fatal(err)
		}
		if f, ok := fails.get(seed); !ok || !errors.Is(f.err, ErrPrivateAddress) {
			t.Errorf("%s: failure %+v (recorded: %v); want ErrPrivateAddress", seed, f, ok)
		}
	})
}

// startDNS serves A records for names on a loopback UDP port, and answers
// every other name that it does not exist. It returns the server's address.
func startDNS(t *testing.T, records map[string]netip.Addr) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			var p dnsmessage.Parser
			h, err := p.Start(buf[:n])
			if err != nil {
				continue
			}
			q, err := p.Question()
			if err != nil {
				continue
			}
			resp := dnsmessage.Message{
				Header:    dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionDesired: h.RecursionDesired, RecursionAvailable: true},
				Questions: []dnsmessage.Question{q},
			}
			a, ok := records[strings.TrimSuffix(strings.ToLower(q.Name.String()), ".")]
			switch {
			case !ok:
				resp.Header.RCode = dnsmessage.RCodeNameError
			case q.Type == dnsmessage.TypeA && a.Is4():
				resp.Answers = []dnsmessage.Resource{{
					Header: dnsmessage.ResourceHeader{Name: q.Name, Type: dnsmessage.TypeA, Class: dnsmessage.ClassINET, TTL: 60},
					Body:   &dnsmessage.AResource{A: a.As4()},
				}}
			}
			if out, err := resp.Pack(); err == nil {
				pc.WriteTo(out, from)
			}
		}
	}()
	return pc.LocalAddr().String()
}

// useResolver sends every lookup through net.DefaultResolver, which the
// crawler uses, to the DNS server at addr for the rest of the test. Only
// tests that do not run in parallel may call it.
func useResolver(t *testing.T, addr string) {
	t.Helper()
	r := net.DefaultResolver
	preferGo, dial := r.PreferGo, r.Dial
	r.PreferGo = true
	r.Dial = func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", addr)
	}
	t.Cleanup(func() { r.PreferGo, r.Dial = preferGo, dial })
}

// TestFaultProxyBadValue: a proxy variable that is not a URL stops the
// crawl with one line naming the variable (not its value, which may hold a
// password), rather than being dropped and every request sent direct.
func TestFaultProxyBadValue(t *testing.T) {
	// Should the value be dropped after all, the crawl would go direct:
	// to an address, so that nothing is looked up, and that dial is
	// refused before it connects.
	useResolver(t, startDNS(t, nil))
	for _, tc := range []struct{ name, value, want string }{
		{"HTTP_PROXY", "http://[::1", "HTTP_PROXY is not a proxy URL"},
		{"HTTPS_PROXY", "://user:geheim@", "HTTPS_PROXY is not a proxy URL"},
		{"HTTP_PROXY", "ftp://proxy.kampus.ac.id:21", `HTTP_PROXY: scheme "ftp" not supported`},
	} {
		for _, k := range []string{"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"} {
			t.Setenv(k, "")
		}
		t.Setenv(tc.name, tc.value)
		c := newTestCrawler(t, func(c *config) error {
			c.dialControl = func(_, address string, _ syscall.RawConn) error {
				t.Errorf("%s=%s: the crawler dialled %s", tc.name, tc.value, address)
				return errors.New("test: no dialling")
			}
			return nil
		})
		_, err := c.Run(context.Background(), "http://203.0.113.10/")
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "geheim") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s=%s: error %v; want one line with %q", tc.name, tc.value, err, tc.want)
		}
	}
}

// The proxy in use is logged without its password, however it is written.
func TestProxiesInUseRedacted(t *testing.T) {
	for _, v := range []string{"http://kabar:geheim@proxy.kampus.ac.id:3128", "kabar:geheim@proxy.kampus.ac.id:3128"} {
		t.Setenv("HTTP_PROXY", v)
		t.Setenv("http_proxy", v)
		got := fmt.Sprint(proxiesInUse()...)
		if strings.Contains(got, "geheim") || !strings.Contains(got, "proxy.kampus.ac.id:3128") {
			t.Errorf("HTTP_PROXY=%s logged as %s", v, got)
		}
	}
}
