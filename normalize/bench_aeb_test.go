package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/siteconfig"
)

// BenchmarkNormalizeAEB times Normalize alone over the 181 aeb pages, one
// op a pass over all of them, extracted once before timing as
// BenchmarkCompare (bench/) extracts them: with the bundled site configs.
// It is the normalize side of that benchmark, to be counted under
// valgrind (one pass is `-test.benchtime 2x` less `1x`) without the
// parse and the extraction in the figure. It skips when ../shared is absent.
func BenchmarkNormalizeAEB(b *testing.B) {
	dir := filepath.Join(benchDir, "aeb")
	mf, err := os.ReadFile(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		b.Skipf("no benchmark at %s", dir)
	}
	bundled, err := siteconfig.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	opts := extract.Options{SiteConfigs: siteconfig.Stack{bundled}}
	var pages []*extract.Page
	for _, line := range strings.Split(strings.TrimSpace(string(mf)), "\n") {
		path, pageURL, _ := strings.Cut(line, "\t")
		raw, err := readPage(filepath.Join(dir, path))
		if err != nil {
			b.Fatal(err)
		}
		if p, err := extract.Extract(raw, pageURL, opts); err == nil {
			pages = append(pages, p)
		}
	}
	Normalize(pages[0], Options{}) // the lexicon loads outside the timing
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			Normalize(p, Options{})
		}
	}
}
