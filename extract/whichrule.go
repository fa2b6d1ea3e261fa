package extract

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/kabar-news/kabar/extract/siteconfig"
)

// RuleChoice is one rule that could apply to a page address.
type RuleChoice struct {
	Method string // "rules:kabar/theguardian", "rules:user/example.com", "rules:ftr/theguardian.com"
	From   string // where it is kept: "extract/sites/theguardian.json", "--site-config example.com.txt", "bundled ftr-site-config theguardian.com.txt"
	Used   bool   // the one extraction tries; the others are shadowed
	// Notes are what is wrong with a site-config file: lines it cannot
	// read, directives the format does not have, expressions that do not
	// compile. None is fatal.
	Notes []string
}

// WhichRules lists, in precedence order, every rule that matches
// pageURL: kabar's own site rule, then the site-config files of st (the
// user's, then the bundled snapshot). The first is the one used; when none
// matches, extraction is generic. With opts.NoRules nothing is used.
func WhichRules(pageURL string, opts Options) ([]RuleChoice, error) {
	var out []RuleChoice
	set, err := loadedRules()
	if err != nil {
		return nil, err
	}
	if r := set.match(pageURL); r != nil {
		out = append(out, RuleChoice{Method: "rules:kabar/" + r.ID, From: "extract/sites/" + r.ID + ".json"})
	}
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("extract: %q is not an absolute URL", pageURL)
	}
	for _, s := range opts.SiteConfigs {
		if r := s.Match(u.Hostname()); r != nil {
			from := "bundled ftr-site-config " + r.File
			if r.Origin != "ftr" {
				from = "--site-config " + r.File
			}
			var notes []string
			notes = append(notes, r.Problems...)
			for _, u := range r.Unknown {
				notes = append(notes, "unknown directive: "+u)
			}
			for _, e := range r.CompileErrors() {
				notes = append(notes, "does not compile: "+e)
			}
			out = append(out, RuleChoice{Method: r.Method(), From: from, Notes: notes})
		}
	}
	if len(out) > 0 && !opts.NoRules {
		out[0].Used = true
	}
	return out, nil
}

// TestResult is one test_contains line of a site config checked against
// a saved page.
type TestResult struct {
	Method   string // the config's
	URL      string // its test_url
	Contains string // the text that must appear
	Found    bool
}

// CheckTests extracts the saved page raw, fetched from pageURL, with the
// site config that applies to it in st, and checks every test_contains of
// the config's test_url entries that name this page (compared without
// scheme, "www." and trailing slash) against the extracted title and body.
// It returns nothing when no config applies or none of its tests names
// the page.
func CheckTests(raw []byte, pageURL string, st siteconfig.Stack) ([]TestResult, error) {
	r := st.MatchURL(pageURL)
	if r == nil {
		return nil, nil
	}
	var tests []siteconfig.Test
	for _, t := range r.Tests {
		if sameAddress(t.URL, pageURL) && len(t.Contains) > 0 {
			tests = append(tests, t)
		}
	}
	if len(tests) == 0 {
		return nil, nil
	}
	p, err := Extract(raw, pageURL, Options{SiteConfigs: st, siteConfigFirst: true})
	if err != nil {
		return nil, err
	}
	var sb strings.Builder
	sb.WriteString(p.Title)
	for _, b := range p.Body {
		sb.WriteString("\n")
		sb.WriteString(b.Text)
	}
	text := squashSpace(sb.String())
	var out []TestResult
	for _, t := range tests {
		for _, c := range t.Contains {
			out = append(out, TestResult{Method: r.Method(), URL: t.URL, Contains: c, Found: strings.Contains(text, squashSpace(c))})
		}
	}
	return out, nil
}

func squashSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// sameAddress compares two page addresses without scheme, "www.",
// fragment and trailing slash.
func sameAddress(a, b string) bool {
	key := func(s string) string {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil {
			return s
		}
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
	}
	return key(a) == key(b)
}
