package crawler

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// newTransport returns the HTTP transport of a Run: connect and header
// timeouts, and, unless private is true, a refusal to connect to loopback,
// private and link-local addresses, so that a public site cannot point the
// crawler at the machine it runs on or its network (by a redirect, or a DNS
// name in scope that resolves to such an address). private is true when a
// seed itself is on such a host.
func newTransport(cfg *config, private bool) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	d := &net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}
	d.Control = func(network, address string, c syscall.RawConn) error {
		if !private {
			if err := refusePrivate(network, address, c); err != nil {
				return err
			}
		}
		if cfg.dialControl != nil {
			return cfg.dialControl(network, address, c)
		}
		return nil
	}
	t.DialContext = d.DialContext
	t.ResponseHeaderTimeout = cfg.timeout
	t.MaxIdleConnsPerHost = cfg.parallelism + 1
	return t
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
