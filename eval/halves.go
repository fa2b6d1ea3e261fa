package eval

import (
	"hash/crc32"
	"net/url"
	"regexp"
	"strings"
)

// The benchmark sets are split by publisher into two halves: rules and
// lexicons are developed on one half and checked on the other, which is
// held out; the halves swap between rounds (README, Quality).
// /work/tools/pages.py draws the same line.

var (
	dateSuffix   = regexp.MustCompile(`_[0-9]{4}_[0-9]{2}_[0-9]{2}$`)
	numberSuffix = regexp.MustCompile(`-[0-9]+$`)
)

// Publisher is a page id less a trailing "_YYYY_MM_DD" (fundus ids), then
// less a trailing "-N" (gold-dev ids): "detik-4" and "detik-11" are one
// publisher, "uk-iNews_2025_01_28" is "uk-iNews".
func Publisher(id string) string {
	return numberSuffix.ReplaceAllString(dateSuffix.ReplaceAllString(id, ""), "")
}

// Half is "A" when the CRC-32 (IEEE) of the page's publisher is even,
// else "B".
func Half(id string) string {
	if crc32.ChecksumIEEE([]byte(Publisher(id)))%2 == 0 {
		return "A"
	}
	return "B"
}

// hostSkip are the labels of a host name that name no publisher ("www",
// a top-level or second-level domain, an edition or a mobile prefix);
// /work/tools/pages.py skips the same.
var hostSkip = map[string]bool{"www": true, "com": true, "co": true, "uk": true, "org": true, "net": true,
	"au": true, "m": true, "edition": true, "amp": true}

// PagePublisher is the publisher of a page: for a page named by a hash of
// its content (AEB: 64 hex digits, which say nothing of who published it)
// the first label of its URL's host that names one ("www.nytimes.com" ->
// "nytimes"), else Publisher(id). Each AEB page would otherwise be a
// publisher of its own, and a publisher's pages would fall in both halves.
func PagePublisher(id, pageURL string) string {
	if !isHash(id) || pageURL == "" {
		return Publisher(id)
	}
	u, err := url.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return Publisher(id)
	}
	host := strings.ToLower(u.Hostname())
	for _, l := range strings.Split(host, ".") {
		if !hostSkip[l] {
			return l
		}
	}
	return host
}

// PageHalf is the half of a page's publisher (see PagePublisher and Half).
func PageHalf(id, pageURL string) string {
	if crc32.ChecksumIEEE([]byte(PagePublisher(id, pageURL)))%2 == 0 {
		return "A"
	}
	return "B"
}

// isHash reports an id of 64 hex digits.
func isHash(id string) bool {
	if len(id) != 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
