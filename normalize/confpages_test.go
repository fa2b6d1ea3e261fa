package normalize

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestConfidencePages runs invented pages of the body's failure classes
// through extract and Normalize (site rules off, as on a site no rule
// knows) and checks the body and what the confidence says of it: a live
// blog is taken whole but marked, whatever stamps its entries (clock
// times in headers, "N minutes ago", <time> elements, "Uhr", the
// LiveBlogPosting type); an article with the next story under it keeps
// its own, even when the next one is longer; a partner's story beside the article leaves it; a stub over a
// list of teasers is marked short and the teasers stay out; a tag page
// keeps nothing; an article split around a gallery keeps both parts and
// no counter. The pages are written by testdata/confpages/make.py.
func TestConfidencePages(t *testing.T) {
	const (
		first  = "approved a new plan on Tuesday to rebuild the old river bridge"
		last   = "once the tender process has been completed"
		second = "Fishermen on the Corran estuary"
		live   = "possible live blog"
	)
	cases := []struct {
		file     string
		min, max float64
		warn     string
		kept     []string
		gone     []string
	}{
		{file: "control", min: 1, max: 1, kept: []string{first, last}, gone: []string{"Most read", "All rights reserved"}},
		{file: "live-clock", max: 0.6, warn: live, kept: []string{"Polls close across the county", "choose a leader and a cabinet"}},
		{file: "live-ago", max: 0.6, warn: live, kept: []string{"Recount called in Eastmoor"}},
		{file: "live-time", max: 0.6, warn: live, kept: []string{"Leader concedes"}},
		{file: "live-typed", max: 0.6, warn: live, kept: []string{"Turnout confirmed"}},
		{file: "live-uhr", max: 0.6, warn: live, kept: []string{"Nachzählung angeordnet"}},
		{file: "two-articles", min: 0.5, max: 1, kept: []string{first}, gone: []string{second, "Next story"}},
		{file: "two-divs", min: 0.5, max: 1, kept: []string{first}, gone: []string{second}},
		// The next story's <article> outweighs the three paragraphs under
		// the headline, but opens with its linked headline: the body is
		// the story under the headline, and the rival text below is noted.
		{file: "next-story-longer", min: 0.5, max: 0.7, warn: "another text as long as the body on the page", kept: []string{first}, gone: []string{second}},
		// The next story set in the article's element below its linked
		// headline is taken too; the confidence says so.
		{file: "next-story-linked", max: 0.7, warn: "body runs on into another story under a linked headline", kept: []string{first}},
		{file: "next-story-flat", max: 0.7, warn: "body runs on into another story under a linked headline", kept: []string{first}},
		{file: "beside-block", min: 0.95, max: 1, kept: []string{first}, gone: []string{"From our partners", second}},
		{file: "teaser-stub", max: 0.7, warn: "body very short", gone: []string{"Rail line to reopen", "Subscribe to read"}},
		{file: "teaser-links", max: 0.7, warn: "body very short", gone: []string{"Rail line to reopen"}},
		{file: "teaser-tag", max: 0.5, gone: []string{"Rail line to reopen"}},
		{file: "gallery-split", min: 0.95, max: 1, kept: []string{first, last}, gone: []string{"Photo 1 of 8", "Photo 8 of 8"}},
		{file: "gallery-slides", min: 0.95, max: 1, kept: []string{first, last}, gone: []string{"1 / 10", "9 / 10"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "confpages", c.file+".html"))
			if err != nil {
				t.Fatal(err)
			}
			p, err := extract.Extract(raw, "https://www.marlowcourier.example/news/"+c.file, extract.Options{NoRules: true})
			if err != nil {
				t.Fatal(err)
			}
			a := Normalize(p, Options{})
			conf, warns := a.Extraction.Confidence, a.Extraction.Warnings
			if conf < c.min || conf > c.max {
				t.Errorf("confidence %.3f, want in [%.2f, %.2f] (warnings %q)", conf, c.min, c.max, warns)
			}
			if c.warn != "" && !slices.Contains(warns, c.warn) {
				t.Errorf("warnings %q lack %q", warns, c.warn)
			}
			for _, s := range c.kept {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range c.gone {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q:\n%s", s, a.Text)
				}
			}
		})
	}
}
