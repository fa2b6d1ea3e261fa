package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// bylineCase is a byline and the authors it credits.
type bylineCase struct {
	byline string
	want   []string
}

// checkBylineAndMeta reads each case's byline twice, as a visible byline
// and as a meta author of a page at url on site, and wants the same
// authors from both, except for the bylines named in bylineOnly (a meta
// author is one name, so a list there is not read as one).
func checkBylineAndMeta(t *testing.T, url, site, title string, tests []bylineCase, bylineOnly ...string) {
	t.Helper()
	for _, tc := range tests {
		for _, src := range []string{"byline", "meta"} {
			if src == "meta" && slices.Contains(bylineOnly, tc.byline) {
				continue
			}
			p := &extract.Page{URL: url, SiteName: site, Title: title}
			if src == "byline" {
				p.Bylines = []extract.Field{{Value: tc.byline, Source: "byline"}}
			} else {
				p.Authors = []extract.Field{{Value: tc.byline, Source: "meta:author"}}
			}
			got := Normalize(p, Options{}).Authors
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s %q: authors %q, want %q", src, tc.byline, got, tc.want)
			}
		}
	}
}
