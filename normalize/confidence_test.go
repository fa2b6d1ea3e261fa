package normalize

import (
	"slices"
	"strings"
	"testing"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// agreeing are the signals of a body that agrees with every witness.
func agreeing() body.Signals {
	return body.Signals{Bytes: 3000, Blocks: 10, ProseBlocks: 9, LinkDensity: 0.02,
		ABCover: 0.98, ABExtra: 0.02, ElemCover: 1, ElemExtra: 0, Rival: 0.05}
}

func TestConfidence(t *testing.T) {
	long := strings.Repeat("The council met on Monday to discuss the new budget for schools. ", 30)
	dated := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name     string
		sig      func(*body.Signals)
		page     func(*extract.Page)
		art      func(*kabar.Article)
		min, max float64
		warn     string
	}{
		{name: "all agree", min: 1, max: 1},
		{name: "much shorter than articleBody", sig: func(s *body.Signals) { s.ABCover = 0.3 }, max: 0.5, warn: "body much shorter than articleBody"},
		{name: "shorter than articleBody", sig: func(s *body.Signals) { s.ABCover = 0.7 }, min: 0.8, max: 0.8, warn: "body shorter than articleBody"},
		{name: "no articleBody is no penalty", sig: func(s *body.Signals) { s.ABCover, s.ABExtra = -1, -1 }, min: 1, max: 1},
		{name: "outside the article element", sig: func(s *body.Signals) { s.ElemCover, s.ElemExtra = 0.1, 0.9 }, max: 0.6, warn: "body misses most of the <article> element"},
		{name: "a rival text as long", sig: func(s *body.Signals) { s.Rival = 0.9 }, max: 0.7, warn: "another text as long as the body on the page"},
		{name: "live blog by type", page: func(p *extract.Page) { p.Type = "LiveBlogPosting" }, max: 0.6, warn: "possible live blog"},
		{name: "live blog by clock stamps", sig: func(s *body.Signals) { s.Stamps = 6 }, max: 0.6, warn: "possible live blog"},
		{name: "two stories' <article> elements", sig: func(s *body.Signals) { s.Stories = 2 }, min: 0.7, max: 0.7, warn: "body spans several <article> elements (another story taken too?)"},
		{name: "body above the headline", sig: func(s *body.Signals) { s.AboveHead = true }, min: 0.6, max: 0.6, warn: "body lies above the headline"},
		{name: "text under the headline skipped", sig: func(s *body.Signals) { s.HeadGap = 0.8 }, min: 0.7, max: 0.7, warn: "text under the headline left out for a text further down"},
		{name: "a standfirst between headline and body", sig: func(s *body.Signals) { s.HeadGap = 0.1 }, min: 1, max: 1},
		{name: "a long standfirst between headline and body", sig: func(s *body.Signals) { s.HeadGap, s.HeadGapProse = 0.4, 1 }, min: 1, max: 1},
		{name: "a short story under the headline skipped for a longer one", sig: func(s *body.Signals) { s.HeadGap, s.HeadGapProse = 0.4, 3 }, min: 0.7, max: 0.7, warn: "text under the headline left out for a text further down"},
		{name: "a story's paragraphs under the headline skipped", sig: func(s *body.Signals) { s.HeadGap, s.HeadGapProse = 0.8, 3 }, min: 0.7, max: 0.7, warn: "text under the headline left out for a text further down"},
		{name: "headline's story and another text", sig: func(s *body.Signals) { s.HeadColumn = 0.4 }, min: 0.7, max: 0.7, warn: "body joins the headline's text to another text beside it"},
		{name: "headline's header beside the text", sig: func(s *body.Signals) { s.HeadColumn = 0.05 }, min: 1, max: 1},
		{name: "headline's header with a standfirst beside the text", sig: func(s *body.Signals) { s.HeadColumn, s.HeadColumnProse = 0.05, 2 }, min: 1, max: 1},
		{name: "short story under the headline and a long text beside it", sig: func(s *body.Signals) { s.HeadColumn, s.HeadColumnProse = 0.06, 3 }, min: 0.7, max: 0.7, warn: "body joins a short story under the headline to a much longer text"},
		{name: "story's paragraphs in a column of a fair share", sig: func(s *body.Signals) { s.HeadColumn, s.HeadColumnProse = 0.15, 4 }, min: 1, max: 1},
		{name: "headline over the whole text", sig: func(s *body.Signals) { s.HeadColumn = 1 }, min: 1, max: 1},
		{name: "body runs on into the next story", sig: func(s *body.Signals) { s.RunOn = true }, min: 0.7, max: 0.7, warn: "body runs on into another story under a linked headline"},
		{name: "a live blog's entries under linked headlines cost once", sig: func(s *body.Signals) { s.RunOn, s.Stamps = true, 6 }, min: 0.6, max: 0.6, warn: "possible live blog"},
		{name: "one story's <article> element", sig: func(s *body.Signals) { s.Stories = 1 }, min: 1, max: 1},
		{name: "a live blog's entries in <article> elements cost once", sig: func(s *body.Signals) { s.Stories, s.Stamps = 4, 6 }, min: 0.6, max: 0.6, warn: "possible live blog"},
		{name: "teaser list", sig: func(s *body.Signals) { s.Blocks, s.ProseBlocks = 30, 3 }, max: 0.8, warn: "body is mostly short lines (a list or teasers)"},
		{name: "articleBody held whole and another text as long", sig: func(s *body.Signals) { s.ABCover, s.ABExtra = 0.97, 0.6 },
			page: func(p *extract.Page) { p.ArticleBody = strings.Repeat("x", 1500) }, max: 0.6, warn: "body holds another text besides articleBody"},
		{name: "a cut-short articleBody held whole", sig: func(s *body.Signals) { s.ABCover, s.ABExtra = 0.97, 0.8 },
			page: func(p *extract.Page) { p.ArticleBody = strings.Repeat("x", 600) }, min: 0.9, max: 0.9, warn: "body much longer than articleBody"},
		{name: "body from articleBody", sig: func(s *body.Signals) { s.FromArticleBody = true }, min: 0.9, max: 0.9, warn: "body from JSON-LD articleBody"},
		{name: "body from script data", sig: func(s *body.Signals) { s.FromState = true }, min: 0.8, max: 0.8, warn: "body from the page's script data"},
		{name: "link heavy", sig: func(s *body.Signals) { s.LinkDensity = 0.5 }, max: 0.8, warn: "many links in body"},
		{name: "some links", sig: func(s *body.Signals) { s.LinkDensity = 0.15 }, min: 0.9, max: 0.9, warn: "links in body"},
		{name: "half short lines", sig: func(s *body.Signals) { s.Blocks, s.ProseBlocks = 20, 8 }, max: 0.79, warn: "body is half short lines"},
		{name: "subheadings are no short lines", sig: func(s *body.Signals) { s.Blocks, s.ProseBlocks, s.Headings = 20, 9, 8 }, min: 1, max: 1},
		{name: "subheadings over a list still half short lines", sig: func(s *body.Signals) { s.Blocks, s.ProseBlocks, s.Headings = 24, 6, 4 }, max: 0.79, warn: "body is half short lines"},
		{name: "announced lists are no short lines", sig: func(s *body.Signals) { s.Blocks, s.ProseBlocks, s.LedItems = 24, 9, 12 }, min: 1, max: 1},
		{name: "unannounced items still half short lines", sig: func(s *body.Signals) { s.Blocks, s.ProseBlocks, s.LedItems = 24, 9, 4 }, max: 0.79, warn: "body is half short lines"},
		{name: "very short", art: func(a *kabar.Article) { a.Text = "The mayor resigned on Friday." }, max: 0.6, warn: "body very short"},
		{name: "no author costs little", art: func(a *kabar.Article) { a.Authors = nil }, min: 0.95, max: 0.99, warn: "no author"},
		{name: "no date", art: func(a *kabar.Article) { a.PublishedAt = time.Time{} }, min: 0.85, max: 0.95, warn: "no publication date"},
		{name: "date only from text", page: func(p *extract.Page) { p.Published = []extract.Field{{Value: "4 March 2025", Source: "text"}} }, min: 0.9, max: 0.99, warn: "date only from visible text"},
		{name: "ends on a lead-in", art: func(a *kabar.Article) { a.Text = long + "\n\nResidents shared their views online:" }, min: 0.8, max: 0.8, warn: "body ends on a lead-in (what it announces is missing)"},
		{name: "a colon inside is no lead-in", art: func(a *kabar.Article) { a.Text = "He said: we will rebuild. " + long }, min: 1, max: 1},
		{name: "embedded posts a third of the page's text", sig: func(s *body.Signals) { s.Embedded = 1500 }, min: 0.85, max: 0.85, warn: "much of the page's text is embedded posts left out"},
		{name: "embedded posts a tenth of it cost nothing", sig: func(s *body.Signals) { s.Embedded = 400 }, min: 1, max: 1},
		{name: "no text", art: func(a *kabar.Article) { a.Text = "" }, min: 0, max: 0, warn: "no text"},
		{name: "no text, no author", art: func(a *kabar.Article) { a.Text, a.Authors = "", nil }, min: 0, max: 0, warn: "no author"},
		{name: "several faults compound", sig: func(s *body.Signals) { s.ABCover, s.Rival = 0.3, 0.9 }, max: 0.4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &extract.Page{BodySignals: agreeing(), IsArticle: true, Type: "NewsArticle",
				Published: []extract.Field{{Value: "2025-03-04T10:00:00Z", Source: "jsonld"}}}
			a := &kabar.Article{Text: long, Authors: []string{"Mira Hartono"}, PublishedAt: dated}
			if c.sig != nil {
				c.sig(&p.BodySignals)
			}
			if c.page != nil {
				c.page(p)
			}
			if c.art != nil {
				c.art(a)
			}
			conf, warns := Confidence(p, a)
			if conf < c.min || conf > c.max {
				t.Errorf("confidence %.3f, want in [%.2f, %.2f] (warnings %q)", conf, c.min, c.max, warns)
			}
			if c.warn != "" && !slices.Contains(warns, c.warn) {
				t.Errorf("warnings %q lack %q", warns, c.warn)
			}
			if c.warn == "" && c.min == 1 && len(warns) > 0 {
				t.Errorf("unexpected warnings %q", warns)
			}
		})
	}
}

// TestConfidenceInRecord: Normalize writes the confidence and its warnings.
func TestConfidenceInRecord(t *testing.T) {
	p := &extract.Page{Title: "Harbour reopens", IsArticle: true, BodySignals: agreeing(),
		Body: []body.Block{{Kind: body.Paragraph, Text: "The harbour reopened on Tuesday."}}}
	p.BodySignals.ABCover = 0.2
	a := Normalize(p, Options{})
	if a.Extraction == nil || a.Extraction.Confidence <= 0 || a.Extraction.Confidence >= 0.5 {
		t.Fatalf("extraction %+v: want a low confidence", a.Extraction)
	}
	if !slices.Contains(a.Extraction.Warnings, "body much shorter than articleBody") {
		t.Errorf("warnings %q", a.Extraction.Warnings)
	}
}
