package crawler

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"net"
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/idna"
)

// trackingParamsData lists query parameters that never select content; see
// the file for the rules of adding one.
//
//go:embed data/tracking_params.txt
var trackingParamsData []byte

// skipExtensionsData lists link path extensions that cannot be HTML pages.
//
//go:embed data/skip_extensions.txt
var skipExtensionsData []byte

// tracking is parsed once from trackingParamsData: exact names, and prefixes
// from entries ending in '*'. All are lower-case.
var tracking = parseTracking(trackingParamsData)

// skipExtensions is the set parsed from skipExtensionsData.
var skipExtensions = parseSet(skipExtensionsData)

type trackingList struct {
	exact    map[string]bool
	prefixes []string
}

// dataLines returns the non-empty, non-comment lines of an embedded list,
// trimmed and lower-cased.
func dataLines(data []byte) []string {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.ToLower(strings.TrimSpace(sc.Text()))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
	}
	return lines
}

func parseTracking(data []byte) trackingList {
	t := trackingList{exact: map[string]bool{}}
	for _, line := range dataLines(data) {
		if p, ok := strings.CutSuffix(line, "*"); ok {
			t.prefixes = append(t.prefixes, p)
			continue
		}
		t.exact[line] = true
	}
	return t
}

func parseSet(data []byte) map[string]bool {
	set := map[string]bool{}
	for _, line := range dataLines(data) {
		set[line] = true
	}
	return set
}

// isTracking reports whether the (decoded) query parameter name is a
// tracking parameter.
func (t trackingList) isTracking(name string) bool {
	name = strings.ToLower(name)
	if t.exact[name] {
		return true
	}
	for _, p := range t.prefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// ErrNotHTTP is returned by Canonical for URLs that are not absolute http or
// https URLs (mailto:, javascript:, relative references, ...).
var ErrNotHTTP = errors.New("not an absolute http(s) URL")

// Canonical returns the form of u that kabar uses to decide whether two URLs
// name the same page: every decision (scope, already seen, already stored)
// is made on it, and the command line stores records under it.
//
// The rules, each of which only removes differences that cannot select a
// different page:
//   - scheme and host lower-case; an internationalised host in its ASCII
//     (punycode) form; a trailing dot on the host removed;
//   - the default port (:80 for http, :443 for https) removed;
//   - the fragment removed;
//   - an empty path becomes "/"; "." and ".." segments and repeated slashes
//     are resolved;
//   - tracking parameters (data/tracking_params.txt) removed, empty
//     parameters ("?&a=1&") removed, the remaining parameters sorted by name
//     then value, keeping their original encoding; no "?" when none remain.
//
// Canonical is idempotent: Canonical(Canonical(u)) == Canonical(u). It does
// not fold http into https nor strip "www.": those can name different
// servers, and are handled where a page's own rel=canonical is known.
func Canonical(u string) (string, error) {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return "", fmt.Errorf("canonicalise %q: %w", u, err)
	}
	p.Scheme = strings.ToLower(p.Scheme)
	if (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.Opaque != "" {
		return "", fmt.Errorf("canonicalise %q: %w", u, ErrNotHTTP)
	}
	host, err := canonicalHost(p.Scheme, p.Hostname(), p.Port())
	if err != nil {
		return "", fmt.Errorf("canonicalise %q: %w", u, err)
	}
	p.Host = host
	p.Fragment, p.RawFragment = "", ""
	p.User = nil
	if p.Path == "" {
		p.Path, p.RawPath = "/", ""
	}
	if needsClean(p.EscapedPath()) {
		p = p.JoinPath()
	}
	p.RawQuery = canonicalQuery(p.RawQuery)
	p.ForceQuery = false
	out := p.String()
	// url.Parse lets through hosts that its own output does not parse
	// back ("http://]:"); such a URL names nothing.
	if back, err := url.Parse(out); err != nil || back.Hostname() == "" {
		return "", fmt.Errorf("canonicalise %q: invalid host %q", u, p.Host)
	}
	return out, nil
}

// canonicalHost lower-cases host, converts an internationalised name to
// punycode, and drops the scheme's default port and a trailing dot.
func canonicalHost(scheme, host, port string) (string, error) {
	host = strings.TrimRight(strings.ToLower(host), ".")
	if host == "" || strings.HasPrefix(host, ".") || strings.Contains(host, "..") {
		return "", fmt.Errorf("invalid host %q", host)
	}
	if net.ParseIP(host) == nil {
		// Lookup rules reject names some real sites use (underscores);
		// the lower-cased form is then the best canonical form there is.
		if a, err := idna.Lookup.ToASCII(host); err == nil && a != "" {
			host = a
		}
	}
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		return net.JoinHostPort(host, port), nil
	}
	if strings.Contains(host, ":") { // IPv6 literal
		return "[" + host + "]", nil
	}
	return host, nil
}

// needsClean reports whether an escaped path has dot segments or repeated
// slashes to resolve.
func needsClean(p string) bool {
	if strings.Contains(p, "//") {
		return true
	}
	for seg := range strings.SplitSeq(p, "/") {
		if seg == "." || seg == ".." {
			return true
		}
	}
	return false
}

// canonicalQuery removes tracking and empty parameters from a raw query and
// sorts the rest. Pairs keep their original encoding: re-encoding could turn
// one server's parameter into another.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	// A raw space is not valid in a query: browsers send it as %20. Left
	// raw, a trailing one would be trimmed on the next pass, and Canonical
	// would not be idempotent ("?a #" gave "?a ", then "?a").
	raw = strings.ReplaceAll(raw, " ", "%20")
	type pair struct{ key, raw string }
	var pairs []pair
	for kv := range strings.SplitSeq(raw, "&") {
		if kv == "" {
			continue
		}
		k, _, _ := strings.Cut(kv, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			key = k
		}
		if key == "" || tracking.isTracking(key) {
			continue
		}
		pairs = append(pairs, pair{key, kv})
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.raw, b.raw)
	})
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = p.raw
	}
	return strings.Join(parts, "&")
}

// hasSkipExtension reports whether a URL path ends in an extension listed in
// data/skip_extensions.txt.
func hasSkipExtension(p string) bool {
	ext := strings.TrimPrefix(strings.ToLower(path.Ext(p)), ".")
	return ext != "" && skipExtensions[ext]
}
