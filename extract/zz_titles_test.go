package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

func TestZZTitles(t *testing.T) {
	dir := os.Getenv("TDIR")
	if dir == "" {
		t.Skip()
	}
	f, _ := os.Open(filepath.Join(dir, "manifest.tsv"))
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p, _, _ := strings.Cut(sc.Text(), "\t")
		fh, _ := os.Open(filepath.Join(dir, p))
		var r io.Reader = fh
		if strings.HasSuffix(p, ".gz") {
			r, _ = gzip.NewReader(fh)
		}
		raw, _ := io.ReadAll(r)
		fh.Close()
		text, _, _ := decode(raw, "")
		root, _ := html.Parse(bytes.NewReader(text))
		doc := goquery.NewDocumentFromNode(root)
		meta := readMeta(doc)
		ld := readJSONLD(doc)
		c := map[string]string{}
		if ld.main != nil {
			c["ld"] = ld.main.str("headline")
		}
		c["og"], _ = meta.first("og:title")
		c["tw"], _ = meta.first("twitter:title")
		c["title"] = selText(doc.Find("title").First())
		if n := cascadiaFirst(root, selH1); n != nil {
			c["h1"] = nodeText(n)
		}
		if n := matchingHeading(root, firstNonEmpty(c["og"], c["title"])); n != nil {
			c["mh"] = nodeText(n)
		}
		b, _ := json.Marshal(c)
		fmt.Println(p, string(b))
	}
}
