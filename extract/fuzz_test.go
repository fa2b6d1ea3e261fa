package extract

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kabar-news/kabar/fixtures"
)

// fuzzSeedPages returns the fixture pages: the demo site and the saved
// site pages in testdata, with the URL each is extracted under.
func fuzzSeedPages(f *testing.F) (pages [][]byte, urls []string) {
	f.Helper()
	err := fs.WalkDir(fixtures.Site(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		b, err := fs.ReadFile(fixtures.Site(), p)
		if err != nil {
			return err
		}
		pages, urls = append(pages, b), append(urls, fixtures.Host+"/"+p)
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "sites", "*.html"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		pages, urls = append(pages, b), append(urls, "https://www."+strings.TrimSuffix(filepath.Base(name), ".html")+".com/news/1")
	}
	return pages, urls
}

// FuzzExtract checks that Extract never panics on any bytes and any
// Content-Type, that it returns a Page exactly when it returns no error,
// and that what it returns is valid UTF-8 (it decodes every page to UTF-8).
func FuzzExtract(f *testing.F) {
	pages, urls := fuzzSeedPages(f)
	cts := []string{"", "text/html; charset=utf-8", "text/html; charset=windows-1252", "text/html; charset=iso-8859-1", "text/html; charset=shift_jis"}
	for i, p := range pages {
		f.Add(p, urls[i], cts[i%len(cts)], i%4 == 0)
	}
	for _, s := range []string{"", "<", "<html><body><p>x", "\xef\xbb\xbf<p>\xff\xfe", "%PDF-1.4", "<meta charset=utf-16><p>hi",
		strings.Repeat("<div>", 600) + "<p>deep</p>", "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[[[]]]}</script>"} {
		f.Add([]byte(s), "https://example.com/a", "text/html", false)
	}
	f.Fuzz(func(t *testing.T, raw []byte, pageURL, contentType string, noRules bool) {
		p, err := Extract(raw, pageURL, Options{ContentType: contentType, NoRules: noRules})
		if (p == nil) == (err == nil) {
			t.Fatalf("Extract returned page %v with error %v", p != nil, err)
		}
		if err != nil {
			return
		}
		for name, s := range map[string]string{"title": p.Title, "description": p.Description, "site": p.SiteName, "section": p.Section, "canonical": p.CanonicalURL} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", name, s)
			}
		}
		for i, b := range p.Body {
			if !utf8.ValidString(b.Text) {
				t.Errorf("body block %d is not valid UTF-8: %q", i, b.Text)
			}
		}
		for _, fl := range [][]Field{p.Authors, p.Editors, p.Bylines, p.Published, p.Modified} {
			for _, v := range fl {
				if !utf8.ValidString(v.Value) {
					t.Errorf("field from %s is not valid UTF-8: %q", v.Source, v.Value)
				}
			}
		}
	})
}
