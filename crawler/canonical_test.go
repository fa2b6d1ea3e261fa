package crawler

import (
	"errors"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"http://Example.COM", "http://example.com/"},
		{"HTTPS://www.Tribunnews.com/internasional/2022/11/30/sekjen-nato", "https://www.tribunnews.com/internasional/2022/11/30/sekjen-nato"},
		{"https://example.com/a#section-2", "https://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"http://example.com:8080/a", "http://example.com:8080/a"},
		{"https://example.com.:443/", "https://example.com/"},
		{"http://127.0.0.1:8123/x?b=2&a=1", "http://127.0.0.1:8123/x?a=1&b=2"},
		{"https://example.com/a?utm_source=twitter&utm_medium=social&id=7", "https://example.com/a?id=7"},
		{"https://example.com/a?UTM_Campaign=x", "https://example.com/a"},
		{"https://example.com/a?fbclid=IwAR0&gclid=abc&_ga=1.2&ref=home&page=2", "https://example.com/a?page=2"},
		{"https://news.detik.com/berita/d-123/judul?tag_from=wp_nhl_1&page=all", "https://news.detik.com/berita/d-123/judul?page=all"},
		{"https://example.com/a?&&b=1&", "https://example.com/a?b=1"},
		{"https://example.com/a?", "https://example.com/a"},
		{"https://example.com/a?q=caf%C3%A9&p=a+b", "https://example.com/a?p=a+b&q=caf%C3%A9"},
		{"https://example.com/a?k=2&k=1", "https://example.com/a?k=1&k=2"},
		{"https://example.com/a/./b/../c", "https://example.com/a/c"},
		{"https://example.com//a//b/", "https://example.com/a/b/"},
		{"https://example.com/berita/", "https://example.com/berita/"},
		{"https://user:pw@example.com/a", "https://example.com/a"},
		{"https://BÜCHER.example/a", "https://xn--bcher-kva.example/a"},
		{"  https://example.com/a  ", "https://example.com/a"},
		// Parameters that merely look like tracking ones stay.
		{"https://example.com/a?reference=1&refresh=0&utm=1", "https://example.com/a?reference=1&refresh=0&utm=1"},
	}
	for _, tt := range tests {
		got, err := Canonical(tt.in)
		if err != nil {
			t.Errorf("Canonical(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
		again, err := Canonical(got)
		if err != nil || again != got {
			t.Errorf("Canonical not idempotent on %q: %q, %v", got, again, err)
		}
	}
}

func TestCanonicalRejects(t *testing.T) {
	for _, in := range []string{
		"mailto:redaksi@example.com",
		"javascript:void(0)",
		"/relative/path",
		"ftp://example.com/file",
		"https://",
		"http://[::1",
	} {
		if got, err := Canonical(in); err == nil {
			t.Errorf("Canonical(%q) = %q, want an error", in, got)
		}
	}
	if _, err := Canonical("mailto:x@example.com"); !errors.Is(err, ErrNotHTTP) {
		t.Errorf("Canonical(mailto:) error %v does not wrap ErrNotHTTP", err)
	}
}

func TestTrackingListLoaded(t *testing.T) {
	// The embedded list must have been read: a broken embed would silently
	// keep every tracking parameter.
	for _, name := range []string{"utm_source", "fbclid", "gclid", "ref", "_ga"} {
		if !tracking.isTracking(name) {
			t.Errorf("%q not recognised as a tracking parameter", name)
		}
	}
	for _, name := range []string{"page", "id", "q", "p", "s"} {
		if tracking.isTracking(name) {
			t.Errorf("%q wrongly treated as a tracking parameter", name)
		}
	}
}
