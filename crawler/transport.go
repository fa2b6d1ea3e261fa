package crawler

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/net/http/httpproxy"
)

// newTransport returns the HTTP transport of a Run: connect and header
// timeouts, the proxy the environment names (HTTP_PROXY, HTTPS_PROXY and
// NO_PROXY, read when the Run starts), and, unless private is true, the
// address guard: no connection to a loopback, private or link-local
// address, so that a public site cannot point the crawler at the machine
// it runs on or its network (by a redirect, or a DNS name in scope that
// resolves to such an address). private is true when a seed itself is on
// such a host: the user asked for it.
//
// The guard works in two places because a proxy hides the target from the
// dial. Direct, each address is checked just before connecting, after DNS,
// so a name cannot resolve one way for the check and another for the
// connection. Through a proxy the dial reaches the proxy, which the user
// chose and which often sits on a private address itself (an office or
// campus proxy): that dial is let through, and instead the host of each
// request, the first and every redirect alike, is resolved and checked
// before the request is sent. The proxy resolves the name again, so a site
// whose DNS answers differently from one query to the next may still get
// past it; what the check stops is a name or an address that plainly
// points inside.
func newTransport(cfg *config, private bool) (*http.Transport, error) {
	proxy, err := proxyFromEnvironment()
	if err != nil {
		return nil, err
	}
	g := &guard{private: private, proxy: proxy, control: cfg.dialControl, proxies: map[string]bool{}}
	g.direct = net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second, Control: g.controlDirect}
	g.toProxy = net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second, Control: g.control}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.Proxy = g.proxyFor
	t.DialContext = g.dialContext
	t.ResponseHeaderTimeout = cfg.timeout
	t.MaxIdleConnsPerHost = cfg.parallelism + 1
	return t, nil
}

// proxyFromEnvironment reads HTTP_PROXY, HTTPS_PROXY and NO_PROXY (or
// their lower-case names) now, unlike http.ProxyFromEnvironment, which
// reads them once per process. A value that is not a URL is an error:
// Go's reader would drop it without a word and send every request direct.
func proxyFromEnvironment() (func(*url.URL) (*url.URL, error), error) {
	pc := httpproxy.FromEnvironment()
	for _, v := range []struct{ name, value string }{{"HTTP_PROXY", pc.HTTPProxy}, {"HTTPS_PROXY", pc.HTTPSProxy}} {
		if v.value == "" {
			continue
		}
		u, err := parseProxy(v.value)
		if err != nil || u.Hostname() == "" {
			// The value is left out: it may hold a password.
			return nil, fmt.Errorf("proxy: %s is not a proxy URL (such as http://proxy.example:3128)", v.name)
		}
		if sp := schemePort(u.Scheme); sp == "" {
			return nil, fmt.Errorf("proxy: %s: scheme %q not supported (http, https, socks5)", v.name, u.Scheme)
		}
	}
	return pc.ProxyFunc(), nil
}

// parseProxy reads a proxy variable's value as Go does, which takes
// "proxy:3128" for http://proxy:3128.
func parseProxy(v string) (*url.URL, error) {
	if !strings.Contains(v, "://") {
		v = "http://" + v
	}
	return url.Parse(v)
}

// proxiesInUse returns, as slog attributes, the proxies the environment
// names, passwords redacted; none when requests go direct.
func proxiesInUse() []any {
	pc := httpproxy.FromEnvironment()
	var attrs []any
	for _, v := range []struct{ name, value string }{{"http_proxy", pc.HTTPProxy}, {"https_proxy", pc.HTTPSProxy}} {
		if v.value == "" {
			continue
		}
		shown := "(not a URL)"
		if u, err := parseProxy(v.value); err == nil {
			shown = u.Redacted()
		}
		attrs = append(attrs, v.name, shown)
	}
	if len(attrs) > 0 && pc.NoProxy != "" {
		attrs = append(attrs, "no_proxy", pc.NoProxy)
	}
	return attrs
}

// guard is the address guard of one transport; see newTransport.
type guard struct {
	private bool // a seed is on a private host: nothing is refused
	proxy   func(*url.URL) (*url.URL, error)
	control func(network, address string, c syscall.RawConn) error // tests' hook; may be nil
	direct  net.Dialer                                             // checks the address it connects to
	toProxy net.Dialer                                             // the user's proxy: not checked

	mu      sync.Mutex
	proxies map[string]bool // host:port of the proxies in use, as the transport dials them
}

// proxyFor is the transport's Proxy function. It runs for every request,
// redirects included, before a connection is chosen; when the request goes
// through a proxy it checks the request's host here, since the dial will
// only see the proxy's address.
func (g *guard) proxyFor(req *http.Request) (*url.URL, error) {
	pu, err := g.proxy(req.URL)
	if err != nil || pu == nil {
		return pu, err
	}
	port := pu.Port()
	if port == "" {
		port = schemePort(pu.Scheme)
	}
	g.mu.Lock()
	g.proxies[net.JoinHostPort(pu.Hostname(), port)] = true
	g.mu.Unlock()
	if !g.private {
		if err := checkHost(req.Context(), req.URL.Hostname()); err != nil {
			return nil, err
		}
	}
	return pu, nil
}

// dialContext dials the user's proxy as it is and anything else through
// the address check.
func (g *guard) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	g.mu.Lock()
	toProxy := g.proxies[addr]
	g.mu.Unlock()
	if toProxy {
		return g.toProxy.DialContext(ctx, network, addr)
	}
	return g.direct.DialContext(ctx, network, addr)
}

// controlDirect runs on each address a direct connection is about to be
// made to.
func (g *guard) controlDirect(network, address string, c syscall.RawConn) error {
	if !g.private {
		if err := refusePrivate(network, address, c); err != nil {
			return err
		}
	}
	if g.control != nil {
		return g.control(network, address, c)
	}
	return nil
}

// checkHost refuses a host that is, or resolves to, a private address. A
// name that does not resolve here is refused too: the check cannot be
// made, and the request would go out unchecked.
func checkHost(ctx context.Context, host string) error {
	if a, err := netip.ParseAddr(host); err == nil {
		if isPrivateAddr(a) {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, host)
		}
		return nil
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return fmt.Errorf("resolve %s to check its address before asking the proxy: %w", host, err)
	}
	for _, a := range addrs {
		if isPrivateAddr(a) {
			return fmt.Errorf("%w: %s is %s", ErrPrivateAddress, host, a)
		}
	}
	return nil
}

// schemePort is the default port of a proxy URL's scheme, as net/http
// dials it; "" for a scheme it does not support.
func schemePort(scheme string) string {
	switch scheme {
	case "http":
		return "80"
	case "https":
		return "443"
	case "socks5", "socks5h":
		return "1080"
	}
	return ""
}

// ErrPrivateAddress is wrapped by the error of a connection refused because
// it would reach a loopback, private or link-local address from a crawl of
// public sites.
var ErrPrivateAddress = errors.New("refusing to connect to a private address")

// refusePrivate is a net.Dialer Control function: it runs after name
// resolution, on the address about to be dialled.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, address)
	}
	if isPrivateAddr(ap.Addr()) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, address)
	}
	return nil
}

func isPrivateAddr(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsUnspecified() || a.IsMulticast() || a.IsInterfaceLocalMulticast() ||
		netip.MustParsePrefix("100.64.0.0/10").Contains(a) // carrier-grade NAT
}

// isPrivateHost reports whether a seed's host name is a loopback, private
// or local one: an IP address in such a range, localhost, or a name with
// no public suffix (.local, .internal, .test, a bare intranet name).
func isPrivateHost(host string) bool {
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		return isPrivateAddr(a)
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	_, ok := registrable(host)
	return !ok
}

// gunzipTransport decompresses gzip files (sitemap.xml.gz and the like)
// itself, as a stream that the body cap then bounds. Colly would otherwise
// inflate them after applying the cap to the compressed bytes, so a small
// gzip bomb could fill memory.
type gunzipTransport struct {
	base http.RoundTripper
}

func (t gunzipTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp.Uncompressed || resp.Body == nil || resp.Body == http.NoBody {
		return resp, err
	}
	ce := strings.ToLower(resp.Header.Get("Content-Encoding"))
	ct := strings.ToLower(resp.Header.Get("Content-Type"))
	gzipFile := ce == "" && (strings.Contains(ct, "gzip") || strings.HasSuffix(strings.ToLower(req.URL.Path), ".gz"))
	if !strings.Contains(ce, "gzip") && !gzipFile {
		return resp, nil
	}
	br := bufio.NewReader(resp.Body)
	if magic, _ := br.Peek(2); len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		// Named .gz but sent plain: pass it through as it is.
		resp.Body = readCloser{br, resp.Body}
		return resp, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		resp.Body.Close()
		return nil, fmt.Errorf("gunzip %s: %w", req.URL, err)
	}
	resp.Body = readCloser{zr, resp.Body}
	resp.Uncompressed = true
	resp.ContentLength = -1
	resp.Header.Del("Content-Length")
	resp.Header.Del("Content-Encoding")
	if gzipFile && !strings.Contains(ct, "xml") {
		// A gzip file (application/x-gzip, or octet-stream named .gz) is
		// taken for a gzipped sitemap; parseFeed rejects anything else.
		resp.Header.Set("Content-Type", "application/xml")
	}
	return resp, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}
