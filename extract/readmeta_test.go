package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// plainReadMeta is readMeta as it was written before its values shared
// one array: a slice grown per key in a map grown as it fills.
func plainReadMeta(idx *docIndex) metaTags {
	m := metaTags{}
	sel(idx.metas).Each(func(_ int, s *goquery.Selection) {
		content := strings.TrimSpace(s.AttrOr("content", ""))
		if content == "" {
			return
		}
		for _, attr := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k, ok := s.Attr(attr); ok && strings.TrimSpace(k) != "" {
				key := strings.ToLower(strings.TrimSpace(k))
				m[key] = append(m[key], content)
			}
		}
	})
	return m
}

// TestReadMetaShared holds readMeta to the plain form (repeated keys, a
// tag under two keys, keys in capitals, empty contents), checks that
// appending to one key's values leaves the next key's alone, and that it
// allocates less than the plain form.
func TestReadMetaShared(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head>`)
	b.WriteString(`<meta property="og:title" name="title" content="Lighthouse keeper retires">`)
	b.WriteString(`<meta property="article:tag" content="coast"><meta property="article:tag" content="weather">`)
	b.WriteString(`<meta name="Author" content=" Mara Quint "><meta name="author" content="Olek Brandt">`)
	b.WriteString(`<meta name="description" content="">`)
	b.WriteString(`<meta itemprop="datePublished" content="2031-04-02">`)
	b.WriteString(`<meta http-equiv="Content-Language" content="en">`)
	for _, k := range []string{"twitter:card", "twitter:site", "og:type", "og:locale", "robots", "viewport", "theme-color", "section"} {
		b.WriteString(`<meta name="` + k + `" content="value of ` + k + `">`)
	}
	b.WriteString(`</head><body><p>Out at the point.</p></body></html>`)
	root, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	idx := indexDoc(root)
	defer idx.release()
	got, want := readMeta(idx), plainReadMeta(idx)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("readMeta = %v\nwant %v", got, want)
	}
	for k := range got {
		before := append([]string(nil), got["og:type"]...)
		_ = append(got[k], "appended")
		if k != "og:type" && !reflect.DeepEqual(got["og:type"], before) {
			t.Errorf("appending to %q changed og:type to %v", k, got["og:type"])
		}
	}
	shared := testing.AllocsPerRun(20, func() { readMeta(idx) })
	plain := testing.AllocsPerRun(20, func() { plainReadMeta(idx) })
	if shared >= plain {
		t.Errorf("readMeta allocates %v times, the plain form %v: want fewer", shared, plain)
	}
}
