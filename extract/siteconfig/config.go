// Package siteconfig reads site-config files in the format of FiveFilters'
// ftr-site-config (also read by Full-Text RSS, Wallabag and Readeck): one
// small text file per site, one "directive: value" per line, XPath 1.0
// expressions for where a page's title, body, authors and date stand and
// which elements to strip. It finds the file that applies to a host (a
// user's folder first, then the bundled CC0 snapshot) and evaluates its
// expressions against a parsed page. It does no network I/O; the bundled
// snapshot is read once, lazily, and each file's expressions are compiled
// on first use, so a site that is never seen costs nothing.
package siteconfig

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Config is one parsed site-config file. Repeated directives accumulate:
// for title, body, author and date the expressions are tried in order, the
// first that yields a value wins (author takes every value of that first
// expression); strip-like directives all apply.
type Config struct {
	Name string // file name without .txt ("theguardian.com", ".example.com")

	Title  []string // XPath; may yield elements, attributes or strings
	Body   []string // XPath; several matched elements are joined in order
	Author []string
	Date   []string

	Strip          []string // XPath of elements removed before extraction
	StripIDOrClass []string // a string: elements whose id or class contains it are removed
	StripImageSrc  []string // a string: <img> whose src contains it are removed
	StripAttr      []string // XPath selecting attributes to remove
	Dissolve       []string // XPath of elements replaced by their children
	WrapIn         []WrapIn // wrap_in(tag): XPath
	NativeAdClue   []string // XPath: when it matches, the page is a native ad

	SinglePageLink []string // XPath of a link to the whole article on one page
	NextPageLink   []string // XPath of the link to the article's next page
	IfPageContains []string // XPath; condition for the link directives (kept, see Links)

	Replace []Replace // find_string/replace_string pairs, in order

	HTTPHeaders map[string]string // http_header(name): value

	Prune, Tidy, AutodetectOnFailure, SkipJSONLD, InsertDetectedImage *bool
	Parser                                                            string
	SrcLazyLoadAttr                                                   string

	Tests []Test // test_url with the test_contains lines that follow it

	// Login and other directives kabar reads but does not act on (it
	// never logs in). Keyed by directive as written.
	Other map[string][]string
	// Unknown are lines whose directive is not part of the format, kept
	// as written; Problems say what was wrong with lines (never fatal).
	Unknown  []string
	Problems []string
}

// WrapIn is wrap_in(tag): XPath — each matched element is wrapped in a new
// element named tag.
type WrapIn struct{ Tag, XPath string }

// Replace is one find_string/replace_string pair (or replace_string(find): repl).
type Replace struct{ Find, With string }

// Test is a test_url and what its page must contain.
type Test struct {
	URL      string
	Contains []string
}

// knownOther are directives of the format that concern fetching, logins
// or rendering details kabar has no use for; they are kept in Other.
var knownOther = map[string]bool{
	"login_uri": true, "login_username_field": true, "login_password_field": true, "login_extra_fields": true,
	"not_logged_in_xpath": true, "requires_login": true, "autodetect_next_page": true, "convert_double_br_tags": true,
	"strip_comments": true, "skip_id_or_class": true, "footnotes": true, "single_page_link_in_feed": true,
	"post_strip_attr": true, "move_into": true, "skip_og_image": true, "find_string_in_feed": true,
}

// Parse reads one site-config file. It never fails: lines it cannot use
// are recorded in Problems or Unknown.
func Parse(name string, data []byte) *Config {
	c := &Config{Name: name}
	var pendingFind []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		colon := directiveEnd(raw)
		if colon < 0 {
			c.Problems = append(c.Problems, fmt.Sprintf("line %d: no directive: %q", line, raw))
			continue
		}
		key := strings.ToLower(strings.TrimSpace(raw[:colon]))
		val := strings.TrimSpace(raw[colon+1:])
		arg := ""
		if i := strings.IndexByte(key, '('); i >= 0 && strings.HasSuffix(key, ")") {
			arg = strings.TrimSpace(raw[strings.IndexByte(raw, '(')+1 : colon-1])
			key = key[:i]
		}
		switch key {
		case "title":
			c.Title = append(c.Title, val)
		case "body":
			c.Body = append(c.Body, val)
		case "author":
			c.Author = append(c.Author, val)
		case "date":
			c.Date = append(c.Date, val)
		case "strip":
			c.Strip = append(c.Strip, val)
		case "strip_id_or_class":
			c.StripIDOrClass = append(c.StripIDOrClass, strings.Trim(val, `"'`))
		case "strip_image_src":
			c.StripImageSrc = append(c.StripImageSrc, val)
		case "strip_attr":
			c.StripAttr = append(c.StripAttr, val)
		case "dissolve":
			c.Dissolve = append(c.Dissolve, val)
		case "wrap_in":
			c.WrapIn = append(c.WrapIn, WrapIn{Tag: strings.ToLower(arg), XPath: val})
		case "native_ad_clue":
			c.NativeAdClue = append(c.NativeAdClue, val)
		case "single_page_link":
			c.SinglePageLink = append(c.SinglePageLink, val)
		case "next_page_link":
			c.NextPageLink = append(c.NextPageLink, val)
		case "if_page_contains":
			c.IfPageContains = append(c.IfPageContains, val)
		case "find_string":
			pendingFind = append(pendingFind, val)
		case "replace_string":
			if arg != "" {
				c.Replace = append(c.Replace, Replace{Find: arg, With: val})
				break
			}
			if len(pendingFind) == 0 {
				c.Problems = append(c.Problems, fmt.Sprintf("line %d: replace_string without find_string", line))
				break
			}
			c.Replace = append(c.Replace, Replace{Find: pendingFind[0], With: val})
			pendingFind = pendingFind[1:]
		case "http_header":
			if c.HTTPHeaders == nil {
				c.HTTPHeaders = map[string]string{}
			}
			c.HTTPHeaders[strings.ToLower(arg)] = val
		case "prune":
			c.Prune = yesNo(val)
		case "tidy":
			c.Tidy = yesNo(val)
		case "autodetect_on_failure":
			c.AutodetectOnFailure = yesNo(val)
		case "skip_json_ld":
			c.SkipJSONLD = yesNo(val)
		case "insert_detected_image":
			c.InsertDetectedImage = yesNo(val)
		case "parser":
			c.Parser = val
		case "src_lazy_load_attr":
			c.SrcLazyLoadAttr = val
		case "test_url":
			c.Tests = append(c.Tests, Test{URL: val})
		case "test_contains":
			if len(c.Tests) == 0 {
				c.Problems = append(c.Problems, fmt.Sprintf("line %d: test_contains before any test_url", line))
				break
			}
			t := &c.Tests[len(c.Tests)-1]
			t.Contains = append(t.Contains, val)
		default:
			if knownOther[key] {
				if c.Other == nil {
					c.Other = map[string][]string{}
				}
				c.Other[key] = append(c.Other[key], val)
				break
			}
			c.Unknown = append(c.Unknown, raw)
		}
	}
	for _, f := range pendingFind {
		c.Problems = append(c.Problems, fmt.Sprintf("find_string %q has no replace_string", f))
	}
	return c
}

// directiveEnd is the index of the colon that ends the directive: the
// first colon outside a parenthesised argument (replace_string(a:b): c).
func directiveEnd(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ':':
			if depth == 0 {
				if i == 0 {
					return -1
				}
				return i
			}
		case ' ', '\t':
			if depth == 0 && !strings.HasPrefix(strings.TrimLeft(s[i:], " \t"), ":") {
				return -1 // a directive is one word
			}
		}
	}
	return -1
}

func yesNo(v string) *bool {
	b := strings.EqualFold(v, "yes") || strings.EqualFold(v, "true") || v == "1"
	return &b
}

// MarkupReplacements are the find/replace pairs that edit markup (their
// find string holds '<' or '>'): the format's way to repair HTML before
// parsing. Pairs that only change characters of the text (typographic
// quotes to straight ones, for readers that cannot show them) are left
// out: kabar keeps the text as the publisher wrote it.
func (c *Config) MarkupReplacements() []Replace {
	var out []Replace
	for _, r := range c.Replace {
		if strings.ContainsAny(r.Find, "<>") {
			out = append(out, r)
		}
	}
	return out
}
