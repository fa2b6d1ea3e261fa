package crawler

import (
	_ "embed"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// singleViewData lists the name=value query pairs that ask for a whole
// article on one page.
//
//go:embed data/single_view.txt
var singleViewData []byte

// pageParamsData lists the query parameters that number an article's pages.
//
//go:embed data/page_params.txt
var pageParamsData []byte

var (
	singleView = parseSet(singleViewData)
	pageParams = parseSet(pageParamsData)
)

// maxSingleViewLinks bounds the links of a page searched for a single
// view: real article pages have hundreds, never thousands.
const maxSingleViewLinks = 5000

// singleViewOf looks among the canonical links of the page at canonical URL
// page for the single view of the same article: the same path with a
// single-view parameter. It also returns the links that are numbered pages
// of the same article, which the single view makes redundant.
func singleViewOf(page string, links []item) (single string, parts []string) {
	pu, err := url.Parse(page)
	if err != nil {
		return "", nil
	}
	if isSingleView(pu) {
		return "", nil // already the single view
	}
	for i, l := range links {
		if i == maxSingleViewLinks {
			break
		}
		lu, err := url.Parse(l.url)
		if err != nil || lu.Host != pu.Host || lu.Path != pu.Path || l.url == page {
			continue
		}
		switch {
		case isSingleView(lu):
			if single == "" {
				single = l.url
			}
		case isPageNumber(lu):
			parts = append(parts, l.url)
		}
	}
	if single == "" {
		return "", nil
	}
	return single, parts
}

// isSingleView reports whether u's query asks for a whole article.
func isSingleView(u *url.URL) bool {
	for kv := range strings.SplitSeq(u.RawQuery, "&") {
		if singleView[strings.ToLower(kv)] {
			return true
		}
	}
	return false
}

// isPageNumber reports whether u's query numbers a page of an article.
func isPageNumber(u *url.URL) bool {
	for kv := range strings.SplitSeq(u.RawQuery, "&") {
		k, v, ok := strings.Cut(kv, "=")
		if ok && pageParams[strings.ToLower(k)] && v != "" && strings.Trim(v, "0123456789") == "" {
			return true
		}
	}
	return false
}

// nextLabelsData lists the texts of links that lead to an article's next
// page ("Halaman selanjutnya", "Halaman 2", "Next page").
//
//go:embed data/next_labels.txt
var nextLabelsData []byte

// maxParts bounds the pages of one split article fetched as its parts,
// page one included: real articles have a handful, only listings more.
const maxParts = 30

// maxPartLinks bounds the links of one page remembered as candidates for
// its next part.
const maxPartLinks = 200

// partLink is a link of a page that may lead to the next part of the same
// article: one whose URL contains the path of page one.
type partLink struct {
	url  string // absolute, as found
	text string // the link's text
	next bool   // rel=next
}

// nextLabel is one label of next_labels.txt: literal text, or a pattern
// with the page number (and perhaps the page count) in it.
type nextLabel struct {
	literal string
	re      *regexp.Regexp // with a group for {n}; nil for a literal
}

var nextLabels = parseNextLabels(nextLabelsData)

func parseNextLabels(data []byte) []nextLabel {
	var labels []nextLabel
	for _, line := range dataLines(data) {
		if !strings.Contains(line, "{n}") {
			labels = append(labels, nextLabel{literal: line})
			continue
		}
		pat := regexp.QuoteMeta(line)
		pat = strings.Replace(pat, `\{n\}`, `(\d+)`, 1)
		pat = strings.ReplaceAll(pat, `\{m\}`, `\d+`)
		labels = append(labels, nextLabel{re: regexp.MustCompile("^" + pat + "$")})
	}
	return labels
}

// isNextLabel reports whether a link's text says it leads to page n.
func isNextLabel(text string, n int) bool {
	t := strings.ToLower(strings.Join(strings.Fields(text), " "))
	if t == "" {
		return false
	}
	trimmed := strings.TrimSpace(strings.TrimFunc(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
	for _, l := range nextLabels {
		for _, s := range []string{t, trimmed} {
			if s == "" {
				continue
			}
			if l.re == nil {
				if s == l.literal {
					return true
				}
				continue
			}
			if m := l.re.FindStringSubmatch(s); m != nil {
				if k, err := strconv.Atoi(m[1]); err == nil && k == n {
					return true
				}
			}
		}
	}
	return false
}

// partPathOf is the path that the links to the other pages of the article
// at canonical URL u contain, "" when u cannot be an article (a home page).
func partPathOf(u *url.URL) string {
	p := strings.TrimSuffix(u.EscapedPath(), "/")
	if p == "" {
		return ""
	}
	return p
}

// pageNumber returns the page number a URL's query gives, 0 when none.
func pageNumber(u *url.URL) int {
	for kv := range strings.SplitSeq(u.RawQuery, "&") {
		k, v, ok := strings.Cut(kv, "=")
		if ok && pageParams[strings.ToLower(k)] && v != "" && strings.Trim(v, "0123456789") == "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return 0
			}
			return n
		}
	}
	return 0
}

// withoutPageNumber returns u's query without its page parameters.
func withoutPageNumber(u *url.URL) string {
	var keep []string
	for kv := range strings.SplitSeq(u.RawQuery, "&") {
		k, _, _ := strings.Cut(kv, "=")
		if kv != "" && !pageParams[strings.ToLower(k)] {
			keep = append(keep, kv)
		}
	}
	return strings.Join(keep, "&")
}

// firstPage maps a canonical link to a numbered page (page 2 or later) of
// an article, "?page=2", to the article's first page, which fetches the
// others as its parts: a numbered page is never fetched on its own.
func firstPage(cu string) string {
	u, err := url.Parse(cu)
	if err != nil || pageNumber(u) < 2 {
		return cu
	}
	u.RawQuery = withoutPageNumber(u)
	return u.String()
}

// nextPart picks, among the candidate links of page k of the article whose
// first page is at canonical URL base, the canonical URL of page k+1, or
// "". A link with the same path and a page parameter numbering page k+1
// ("?page=2", "?halaman=2") is taken whatever its text; a link to the path
// with /k+1 appended ("/judul/2") only when its rel is next or its text is
// a label of next_labels.txt, since numbers end many article paths.
func nextPart(base *url.URL, k int, links []partLink) string {
	basePath := strings.TrimSuffix(base.EscapedPath(), "/")
	baseQuery := withoutPageNumber(base)
	pathStyle := basePath + "/" + strconv.Itoa(k+1)
	for _, l := range links {
		cu, err := Canonical(l.url)
		if err != nil {
			continue
		}
		lu, err := url.Parse(cu)
		if err != nil || lu.Host != base.Host {
			continue
		}
		lp := strings.TrimSuffix(lu.EscapedPath(), "/")
		switch {
		case lp == basePath && pageNumber(lu) == k+1 && withoutPageNumber(lu) == baseQuery:
			return cu
		case lp == pathStyle && lu.RawQuery == base.RawQuery && (l.next || isNextLabel(l.text, k+1)):
			return cu
		}
	}
	return ""
}
