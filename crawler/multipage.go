package crawler

import (
	_ "embed"
	"net/url"
	"strings"
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
