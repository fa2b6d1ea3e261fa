package normalize

import (
	"os"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

func TestDebugDump(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("KABAR_DUMP")) {
		raw, _ := readPage(f)
		p, err := extract.Extract(raw, os.Getenv("KABAR_URL"), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s\n authors %q\n editors %q\n bylines %q", f, p.Authors, p.Editors, p.Bylines)
		n := len(p.Body)
		for i, b := range p.Body {
			if i < 3 || i >= n-3 {
				t.Logf("  block %d %.100q", i, b.Text)
			}
		}
	}
}
