package extract_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

func TestDump(t *testing.T) {
	dir := os.Getenv("DIR")
	if dir == "" {
		t.Skip()
	}
	f, _ := os.Open(filepath.Join(dir, "manifest.tsv"))
	sc := bufio.NewScanner(f)
	only := os.Getenv("ONLY")
	for sc.Scan() {
		p, u, _ := strings.Cut(sc.Text(), "\t")
		if only != "" && !strings.Contains(p, only) {
			continue
		}
		fh, _ := os.Open(filepath.Join(dir, p))
		var r io.Reader = fh
		if strings.HasSuffix(p, ".gz") {
			r, _ = gzip.NewReader(fh)
		}
		raw, _ := io.ReadAll(r)
		fh.Close()
		pg, err := extract.Extract(raw, u, extract.Options{NoRules: os.Getenv("NORULES") != ""})
		if err != nil {
			fmt.Println(p, "ERR", err)
			continue
		}
		fmt.Println("BODY", p, len(pg.Body))
		pg.Body = nil
		pg.ArticleBody = fmt.Sprint(len(pg.ArticleBody))
		b, _ := json.Marshal(pg)
		fmt.Println(p, string(b))
	}
}
