package body

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/kabar-news/kabar/fixtures"
)

// FuzzBody checks that Extract never panics on any parsed page, never
// changes the tree it is given (its documented contract), and gives blocks
// of valid UTF-8 text, whitespace collapsed (no surrounding space outside
// preformatted blocks), when the page is valid UTF-8.
func FuzzBody(f *testing.F) {
	err := fs.WalkDir(fixtures.Site(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		b, err := fs.ReadFile(fixtures.Site(), p)
		if err == nil {
			f.Add(b, "")
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "sites", "*.html"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte("<article><p>Baca juga: <a href=/x>x</a></p><p>"+strings.Repeat("kata ", 40)+"</p></article>"), `{"articleBody":"x"}`)
	f.Add([]byte("<p>a<p>b<table><tr><td>c</table>"), "")
	f.Fuzz(func(t *testing.T, raw []byte, articleBody string) {
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			return // too deep, or otherwise refused by the parser
		}
		var before bytes.Buffer
		if err := html.Render(&before, doc); err != nil {
			return
		}
		res := Extract(doc, Options{ArticleBody: articleBody, PageURL: "https://example.com/news/1"})
		var after bytes.Buffer
		html.Render(&after, doc)
		if !bytes.Equal(before.Bytes(), after.Bytes()) {
			t.Fatalf("Extract changed the tree it was given")
		}
		_ = res.Text()
		sg := res.Signals
		for name, v := range map[string]float64{"LinkDensity": sg.LinkDensity, "ABCover": sg.ABCover, "ABExtra": sg.ABExtra,
			"ElemCover": sg.ElemCover, "ElemExtra": sg.ElemExtra, "Rival": sg.Rival} {
			if v < noWitness || v > 1 || v != v {
				t.Errorf("signal %s = %v, outside [-1, 1]", name, v)
			}
		}
		if !utf8.Valid(raw) || !utf8.ValidString(articleBody) {
			return
		}
		for i, b := range res.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Errorf("block %d is not valid UTF-8: %q", i, b.Text)
			}
			if b.Kind != Preformatted && b.Text != strings.TrimSpace(b.Text) {
				t.Errorf("block %d has surrounding space: %q", i, b.Text)
			}
		}
	})
}
