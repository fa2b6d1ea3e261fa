package body

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/kabar-news/kabar/eval"
)

// sharedBench finds ../shared/bench by walking up from the package folder,
// or skips the test.
func sharedBench(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "..", "shared", "bench")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("../shared/bench not found")
		}
		dir = parent
	}
}

// extractText is the generic body extractor as the benchmark sees it: one
// parse (charset decoded), Extract with no site rule, blocks joined.
func extractText(page []byte, pageURL string) (string, error) {
	doc, err := parsePage(page)
	if err != nil {
		return "", err
	}
	opts := Options{PageURL: pageURL}
	if os.Getenv("KABAR_EVAL_JSONLD") != "" {
		opts.ArticleBody = articleBodyOf(doc)
	}
	return Extract(doc, opts).Text(), nil
}

// articleBodyOf returns the first JSON-LD articleBody of the page, as the
// extract package would pass it (a small reader for the harness only).
func articleBodyOf(doc *html.Node) string {
	var found string
	var find func(v any)
	find = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["articleBody"].(string); ok && found == "" {
				found = s
			}
			for _, e := range x {
				find(e)
			}
		case []any:
			for _, e := range x {
				find(e)
			}
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "script" && attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				find(v)
			}
		}
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// parsePage parses a stored page, decoding its charset.
func parsePage(page []byte) (*html.Node, error) {
	var r io.Reader = bytes.NewReader(page)
	// Pages that declare nothing (or are plainly UTF-8) are read as UTF-8;
	// the prescan's windows-1252 default is only right for old pages.
	if enc, name, certain := charset.DetermineEncoding(page, "text/html"); name != "utf-8" && !(!certain && utf8.Valid(page)) {
		r = enc.NewDecoder().Reader(r)
	}
	return html.Parse(r)
}

// TestEval scores the generic extractor on the shared benchmarks. It runs
// only with KABAR_EVAL=1 (it reads 30 MB of pages); KABAR_EVAL_OUT=DIR also
// writes DIR/NAME.jsonl for cross-checking with score.py.
func TestEval(t *testing.T) {
	if os.Getenv("KABAR_EVAL") == "" {
		t.Skip("set KABAR_EVAL=1 to score the benchmarks")
	}
	bench := sharedBench(t)
	for _, name := range []string{"aeb", "fundus", "gold-dev"} {
		dir := filepath.Join(bench, name)
		var out *json.Encoder
		if o := os.Getenv("KABAR_EVAL_OUT"); o != "" {
			f, err := os.Create(filepath.Join(o, name+".jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			out = json.NewEncoder(f)
		}
		rep, err := eval.Run(context.Background(), dir, func(page []byte, u string) (string, error) {
			return extractText(page, u)
		})
		if err != nil {
			t.Fatal(err)
		}
		if out != nil {
			entries, _ := eval.LoadManifest(dir)
			for _, e := range entries {
				page, err := eval.ReadPage(filepath.Join(dir, e.Path))
				if err != nil {
					t.Fatal(err)
				}
				text, _ := extractText(page, e.URL)
				if err := out.Encode(map[string]string{"source_file": e.Path, "text": text}); err != nil {
					t.Fatal(err)
				}
			}
		}
		var buf bytes.Buffer
		rep.Write(&buf, 15)
		t.Logf("\n%s", buf.String())
	}
}
