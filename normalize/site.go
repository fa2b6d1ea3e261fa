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

// siteKeySuffixes are the common domain endings siteKey drops, each in
// turn, in this order.
var siteKeySuffixes = [...]string{".co.id", ".co.uk", ".com", ".net", ".org", ".id"}

// maxSiteKeyASCII is the longest name siteKeyASCII lowers on the stack.
const maxSiteKeyASCII = 64

// siteKey reduces a site name to letters and digits, dropping the common
// domain endings.
func siteKey(s string) string {
	s = strings.TrimSpace(s)
	if k, ok := siteKeyASCII(s); ok {
		return k
	}
	s = strings.ToLower(s)
	for _, suf := range siteKeySuffixes {
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

// siteKeyASCII is siteKey for a name in ASCII (trimmed) of at most
// maxSiteKeyASCII bytes, most names and words: lowered on the stack and
// kept to [a-z0-9] in one allocation, where strings.ToLower and a
// strings.Builder allocate as they go. ok is false for any other s.
func siteKeyASCII(s string) (string, bool) {
	if len(s) > maxSiteKeyASCII {
		return "", false
	}
	var buf [maxSiteKeyASCII]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	l := buf[:len(s)]
	for _, suf := range siteKeySuffixes {
		if len(l) >= len(suf) && string(l[len(l)-len(suf):]) == suf {
			l = l[:len(l)-len(suf)]
		}
	}
	if len(l) >= 4 && string(l[:4]) == "www." {
		l = l[4:]
	}
	n := 0
	for _, c := range l {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			l[n] = c
			n++
		}
	}
	return string(l[:n]), true
}
