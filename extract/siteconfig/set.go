package siteconfig

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/publicsuffix"
)

// bundled is the ftr-site-config snapshot as one gzip'd tar of its .txt
// files (built by `make ftr-snapshot`); ftr/SNAPSHOT names the upstream
// commit and ftr/LICENSE.txt the terms (CC0).
//
//go:embed ftr/ftr-site-config.tar.gz
var bundled []byte

// Set is the site-config files of one origin, indexed by file name (the
// host it names, with a leading dot for the wildcard form). Files are
// parsed on first lookup. A Set is safe for concurrent use.
type Set struct {
	Origin string // "ftr" for the bundled snapshot, "user" for --site-config

	raw    map[string][]byte
	mu     sync.Mutex
	parsed map[string]*Rule
}

// Rule is one applicable site-config file with where it came from.
type Rule struct {
	*Config
	Origin string // "user" or "ftr"
	File   string // the file name, "theguardian.com.txt"
	x      compiled

	rawOnce  sync.Once // ReadsRawText's answer, found once
	readsRaw bool

	spacingOnce  sync.Once // ReadsSpacing's answer, found once
	readsSpacing bool

	markupOnce                             sync.Once // ReadsComments', ReadsDrawing's, ReadsData's and ReadsUnread's answers
	readsComments, readsDrawing, readsData bool
	readsUnread                            bool
}

// Method is how an extraction names the rule ("rules:ftr/theguardian.com").
func (r *Rule) Method() string { return "rules:" + r.Origin + "/" + r.Name }

var (
	bundleOnce sync.Once
	bundleSet  *Set
	bundleErr  error
)

// Bundled returns the embedded snapshot, unpacked once.
func Bundled() (*Set, error) {
	bundleOnce.Do(func() { bundleSet, bundleErr = readTarGz("ftr", bundled) })
	return bundleSet, bundleErr
}

func readTarGz(origin string, b []byte) (*Set, error) {
	s := &Set{Origin: origin, raw: map[string][]byte{}, parsed: map[string]*Rule{}}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("siteconfig: bundled snapshot: %w", err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("siteconfig: bundled snapshot: %w", err)
		}
		name := filepath.Base(h.Name)
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(name, ".txt") {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("siteconfig: bundled snapshot %s: %w", name, err)
		}
		s.raw[strings.ToLower(strings.TrimSuffix(name, ".txt"))] = data
	}
	return s, nil
}

// LoadDir reads every *.txt file of dir (not its subfolders): a user's
// own site configs, which take precedence over the bundled ones.
func LoadDir(dir string) (*Set, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("siteconfig: listing %s: %w", dir, err)
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("siteconfig: %w", err)
	}
	s := &Set{Origin: "user", raw: map[string][]byte{}, parsed: map[string]*Rule{}}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("siteconfig: %w", err)
		}
		s.raw[strings.ToLower(strings.TrimSuffix(filepath.Base(n), ".txt"))] = b
	}
	return s, nil
}

// FromFiles builds a Set from file contents keyed by file name (tests).
func FromFiles(origin string, files map[string]string) *Set {
	s := &Set{Origin: origin, raw: map[string][]byte{}, parsed: map[string]*Rule{}}
	for n, b := range files {
		s.raw[strings.ToLower(strings.TrimSuffix(n, ".txt"))] = []byte(b)
	}
	return s
}

// Len is the number of files in the set.
func (s *Set) Len() int { return len(s.raw) }

// Names lists the files' names (without .txt), unordered.
func (s *Set) Names() []string {
	out := make([]string, 0, len(s.raw))
	for n := range s.raw {
		out = append(out, n)
	}
	return out
}

// Get returns the parsed file of that name (without .txt), or nil.
func (s *Set) Get(name string) *Rule {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.parsed[name]; ok {
		return r
	}
	b, ok := s.raw[name]
	if !ok {
		return nil
	}
	r := &Rule{Config: Parse(name, b), Origin: s.Origin, File: name + ".txt"}
	s.parsed[name] = r
	return r
}

// Match returns the file that applies to host, following the format's
// naming: "example.com" serves example.com and www.example.com;
// ".example.com" serves every other subdomain (news.example.com,
// a.b.example.com) but not example.com or www.example.com; a file named
// for a subdomain serves that subdomain only. The most specific wins.
// A file named for the exact host (www.example.com.txt) wins over all.
// global.txt is never returned: kabar's generic extraction plays its part.
func (s *Set) Match(host string) *Rule {
	if s == nil {
		return nil
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" || host == "global" {
		return nil
	}
	if r := s.Get(host); r != nil {
		return r // a file for exactly this host (a few are named www.…)
	}
	if bare := strings.TrimPrefix(host, "www."); bare != host {
		return s.Get(bare) // www.example.com: example.com.txt serves it, never a wildcard
	}
	// Wildcards walk up to the registrable domain, never to a public
	// suffix (".co.uk" is no site).
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return nil
	}
	for h := host; len(h) > len(reg); {
		i := strings.IndexByte(h, '.')
		if i < 0 {
			return nil
		}
		h = h[i+1:]
		if r := s.Get("." + h); r != nil {
			return r
		}
	}
	return nil
}

// Stack is the site-config sets consulted in order (the user's, then the
// bundled snapshot); the first that has a file for the host wins.
type Stack []*Set

// MatchURL returns the rule that applies to the page address, or nil.
func (st Stack) MatchURL(pageURL string) *Rule {
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Host == "" {
		return nil
	}
	for _, s := range st {
		if r := s.Match(u.Hostname()); r != nil {
			return r
		}
	}
	return nil
}

// PageLinks returns the single-page view and the next page of the
// article at pageURL, as the site config that applies names them
// (single_page_link, next_page_link), absolute; empty when no config
// applies, it names no such link, or the link is the page itself. The
// page is parsed only when a config with link directives applies.
func (st Stack) PageLinks(pageURL string, page []byte) (single, next string) {
	r := st.MatchURL(pageURL)
	if r == nil || len(r.SinglePageLink)+len(r.NextPageLink) == 0 {
		return "", ""
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", ""
	}
	s, n := r.Links(root)
	return resolve(pageURL, s), resolve(pageURL, n)
}

// resolve makes ref absolute against base; "" when it is not http(s) or
// is base itself.
func resolve(base, ref string) string {
	if ref == "" {
		return ""
	}
	b, err := url.Parse(base)
	if err != nil {
		return ""
	}
	u, err := b.Parse(strings.TrimSpace(ref))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	u.Fragment = ""
	if s := u.String(); s != base {
		return s
	}
	return ""
}
