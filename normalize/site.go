package normalize

import (
	"net/netip"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// registrableDomain is the domain a publisher registered ("tribunnews.com"
// for "www.tribunnews.com", "detik.com" for "sport.detik.com"). A host
// without a name is its own domain: an address ("127.0.0.1", "::1") has
// no public suffix to cut at.
func registrableDomain(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	if isAddress(host) {
		return host
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}

// siteFromDomain names a site after its domain when the page does not:
// "tribunnews.com" gives "Tribunnews". An address names itself whole: its
// first label ("127" of 127.0.0.1) would name nothing, and would make
// namesSite take a name's leading number for the site's.
func siteFromDomain(domain string) string {
	if domain == "" || isAddress(domain) {
		return domain
	}
	label, _, _ := strings.Cut(domain, ".")
	r, n := utf8.DecodeRuneInString(label)
	return string(unicode.ToUpper(r)) + label[n:]
}

// isAddress reports whether host is an IP address rather than a name.
func isAddress(host string) bool {
	_, err := netip.ParseAddr(host)
	return err == nil
}

// namesSite says s is the site's name or domain, however it is written
// ("Tribunnews.com", "KOMPAS.com", "detikNews", "Berita Terkini Tribunnews",
// "ANTARA" on antaranews.com).
// With exact set, only the name itself counts: a headline may start with
// the publisher's name, but a trailing part that merely starts or ends
// with it is the site's tag line.
func namesSite(s, site, domain string, exact bool) bool {
	k := siteKey(s)
	if k == "" {
		return false
	}
	label, _, _ := strings.Cut(domain, ".")
	if isAddress(domain) {
		label = domain
	}
	for _, cand := range []string{siteKey(site), siteKey(domain), siteKey(label)} {
		if cand == "" || len(cand) < 3 {
			continue
		}
		if k == cand || (!exact && len(s) <= 40 && (strings.HasPrefix(k, cand) || strings.HasSuffix(k, cand) || (len(k) >= 4 && strings.HasPrefix(cand, k)))) {
			return true
		}
	}
	return false
}

// siteKey reduces a site name to letters and digits, dropping the common
// domain endings.
func siteKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, suf := range []string{".co.id", ".co.uk", ".com", ".net", ".org", ".id"} {
		s = strings.TrimSuffix(s, suf)
	}
	s = strings.TrimPrefix(s, "www.")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
