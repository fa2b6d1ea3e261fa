package extract

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/fixtures"
)

// TestDemoArticleDetection runs the article test over the bundled demo
// site, which the crawler walks in `kabar demo`: every page with an
// expected record is an article, every other page (home, sections,
// private) is not.
func TestDemoArticleDetection(t *testing.T) {
	site := fixtures.Site()
	expected := map[string]bool{}
	err := fs.WalkDir(fixtures.Expected(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".json" {
			expected[strings.TrimSuffix(p, ".json")+".html"] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(expected) == 0 {
		t.Fatal("no expected records in fixtures")
	}
	err = fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		raw, err := fs.ReadFile(site, p)
		if err != nil {
			return err
		}
		pg, err := Extract(raw, fixtures.Host+"/"+p, Options{})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		if want := expected[p]; pg.IsArticle != want && !strings.HasPrefix(p, "private/") {
			t.Errorf("%s: IsArticle = %v, want %v", p, pg.IsArticle, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
