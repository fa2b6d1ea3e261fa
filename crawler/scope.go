package crawler

import (
	"fmt"
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// scope decides which URLs a crawl may fetch. A seed contributes its
// registrable domain (news.detik.com contributes detik.com, so
// sport.detik.com is in scope too); a seed on an IP address or a name with
// no public suffix (localhost, an intranet name) contributes only its exact
// host and port, because "the same site" means nothing more there.
//
// A scope is built before the crawl starts and only read afterwards, so it
// needs no lock.
type scope struct {
	domains map[string]bool // registrable domains: the domain and its subdomains
	hosts   map[string]bool // exact host[:port] as in a canonical URL
}

func newScope() *scope {
	return &scope{domains: map[string]bool{}, hosts: map[string]bool{}}
}

// addSeed puts the site of a canonical seed URL in scope.
func (s *scope) addSeed(canonical string) error {
	u, err := url.Parse(canonical)
	if err != nil {
		return fmt.Errorf("scope of %q: %w", canonical, err)
	}
	host := u.Hostname()
	if d, ok := registrable(host); ok {
		s.domains[d] = true
		return nil
	}
	s.hosts[u.Host] = true
	return nil
}

// addDomain puts a domain given by the user (WithAllowedDomains) in scope:
// the name and all names under it, on any port.
func (s *scope) addDomain(domain string) error {
	d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	if h, _, err := net.SplitHostPort(d); err == nil {
		d = h
	}
	if d == "" || strings.ContainsAny(d, "/?#@") {
		return fmt.Errorf("allowed domain %q: not a domain name", domain)
	}
	s.domains[d] = true
	return nil
}

// allows reports whether a canonical URL is in scope.
func (s *scope) allows(u *url.URL) bool {
	if u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	if s.hosts[u.Host] {
		return true
	}
	host := u.Hostname()
	if net.ParseIP(host) != nil {
		return false
	}
	for h := host; h != ""; {
		if s.domains[h] {
			return true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok {
			break
		}
		h = rest
	}
	return false
}

// registrable returns the registrable domain (eTLD+1) of a host name, and
// false for IP addresses and names without a known public suffix, which are
// scoped by exact host instead.
func registrable(host string) (string, bool) {
	if net.ParseIP(host) != nil || !strings.Contains(host, ".") {
		return "", false
	}
	if _, icann := publicsuffix.PublicSuffix(host); !icann {
		// Unlisted TLDs (.local, .internal, .test) get the default rule
		// "*", which would make every such name one site; private-list
		// suffixes (blogspot.com, github.io) are kept separate by
		// EffectiveTLDPlusOne below and are fine.
		if !knownPrivateSuffix(host) {
			return "", false
		}
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return "", false
	}
	return d, true
}

// knownPrivateSuffix reports whether host's public suffix comes from the
// private section of the list (for example github.io) rather than from the
// implicit "*" rule for unknown TLDs.
func knownPrivateSuffix(host string) bool {
	suffix, _ := publicsuffix.PublicSuffix(host)
	return strings.Contains(suffix, ".")
}
