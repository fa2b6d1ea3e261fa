package crawler

import (
	"net/url"
	"strings"
)

// Bounds on URL shapes that only crawler traps produce: session ids woven
// into paths, relative links that nest a path in itself on every hop
// (/berita/berita/berita/...), calendars that go on forever. News URLs
// stay far inside them: the deepest real article paths have about eight
// segments.
const (
	maxPathSegments   = 16
	maxSegmentRepeats = 3 // occurrences of one non-empty segment in a path
)

// isTrap reports whether a canonical URL has a shape no real page has.
// Depth and page caps bound what this cannot see.
func isTrap(u *url.URL) bool {
	if len(u.String()) > maxURLLength {
		return true
	}
	segs := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	if len(segs) > maxPathSegments {
		return true
	}
	count := make(map[string]int, len(segs))
	for _, s := range segs {
		if s == "" {
			continue
		}
		count[s]++
		if count[s] >= maxSegmentRepeats {
			return true
		}
	}
	return false
}

// seenKey is the key under which the frontier remembers a canonical URL:
// the URL without its scheme, because news sites serve one page on both
// http and https and link to either.
func seenKey(canonical string) string {
	if rest, ok := strings.CutPrefix(canonical, "https://"); ok {
		return rest
	}
	if rest, ok := strings.CutPrefix(canonical, "http://"); ok {
		return rest
	}
	return canonical
}
