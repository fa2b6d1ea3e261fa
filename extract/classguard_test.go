package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/kabar-news/kabar/eval"
)

func TestRequiredClass(t *testing.T) {
	for _, tc := range []struct{ sel, want string }{
		{".story-body", "story-body"},
		{"div.lede", "lede"},
		{"div.date.date-item__headline", "date-item__headline"},
		{".news-wrap .writer", "writer"},
		{".news-wrap .writer a", ""},   // the matched element is the a
		{"#main .box#promo.ad", "box"}, // the longest
		{"#reporter", ""},
		{"article", ""},
		{"  .Ad  ", "Ad"},
		{".a, .b", ""},
		{".wrap > .ad", ""},
		{".wrap + .ad", ""},
		{".wrap ~ .ad", ""},
		{"div.ad:first-child", ""},
		{"[class*='ad-slot']", ""},
		{".box[data-x=y]", ""},
		{"*.ad", ""},
		{".caf\\e9", ""},
		{".café", ""},
		{"", ""},
	} {
		if got := requiredClass(tc.sel); got != tc.want {
			t.Errorf("requiredClass(%q) = %q, want %q", tc.sel, got, tc.want)
		}
	}
}

// guardPage is a page whose class attributes hold the guarded names as
// words, as parts of longer words, in another case, twice, and under
// another namespace (svg).
const guardPage = `<html><body>
<div class="wrap"><p class="ad">one</p><p class="adx ad-slot">two</p><p class="AD">three</p></div>
<div class="x  ad	y"><span class="writer">Ana Ruiz</span><span class="co-writer">Bo</span></div>
<div class="lede date"><em class="date-item__headline date">3 May</em></div>
<svg><g class="ad"><text class="writer">t</text></g></svg>
<p class="ad" class="other">dup</p>
</body></html>`

func TestClassGuardMatchesSelector(t *testing.T) {
	root, err := html.Parse(strings.NewReader(guardPage))
	if err != nil {
		t.Fatal(err)
	}
	sels := []string{".ad", "p.ad", ".wrap .ad", ".writer", "div .writer", ".date", "em.date.date-item__headline", ".AD", ".ad-slot", ".missing", "g.ad", "svg .writer"}
	for _, s := range sels {
		checkGuard(t, "guardPage", root, s)
	}
}

// checkGuard fails when the guarded selector s finds other nodes under
// root than the plain one, or when s is guarded and finds none at all on
// a page that was meant to exercise it.
func checkGuard(t *testing.T, page string, root *html.Node, s string) int {
	t.Helper()
	plain, err := cascadia.ParseGroup(s)
	if err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	g := guardClass(s, plain)
	want, got := cascadia.QueryAll(root, plain), cascadia.QueryAll(root, g)
	if !slices.Equal(want, got) {
		t.Errorf("%s: %q: guarded %d nodes, plain %d", page, s, len(got), len(want))
	}
	return len(want)
}

// TestClassGuardBench checks every site rule's selectors, guarded and
// plain, on every page of the benchmark sets (skipped when absent).
func TestClassGuardBench(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	set, err := loadedRules()
	if err != nil {
		t.Fatal(err)
	}
	var sels []string
	for _, r := range set.rules {
		for _, l := range [][]string{r.Body, r.Drop, r.Related, r.Title, r.Byline, r.Author, r.Editor, r.Date, r.Modified, r.Caption, r.Credit} {
			for _, s := range l {
				if !strings.HasPrefix(s, ldPrefix) && requiredClass(s) != "" {
					sels = append(sels, s)
				}
			}
		}
	}
	if len(sels) < 100 {
		t.Fatalf("only %d guarded selectors among the site rules", len(sels))
	}
	root := benchDir(t)
	pages, found := 0, 0
	for _, name := range []string{"aeb", "gold-dev"} {
		dir := filepath.Join(root, name)
		entries, err := eval.LoadManifest(dir)
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			t.Fatal(err)
		}
		for i, e := range entries {
			if i%3 != 0 { // a third of each set keeps the test short
				continue
			}
			raw, err := eval.ReadPage(filepath.Join(dir, e.Path))
			if err != nil {
				t.Fatal(err)
			}
			text, _, _, err := decode(raw, "")
			if err != nil {
				continue
			}
			doc, err := html.Parse(strings.NewReader(string(text)))
			if err != nil {
				t.Fatal(err)
			}
			pages++
			for _, s := range sels {
				found += checkGuard(t, name+"/"+e.ID, doc, s)
			}
		}
	}
	t.Logf("%d guarded selectors on %d pages: %d matches", len(sels), pages, found)
}
