package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHeadBylineLines: a byline set as a plain paragraph above the story's
// first paragraph of prose is read; one below it (a teaser, a quoted
// book's author), a sentence opening with "By" or a photo credit is not.
func TestHeadBylineLines(t *testing.T) {
	const prose = `<p>Ferry fares on the harbour route will rise by ten percent next month, the operator said on Tuesday, citing fuel costs.</p>`
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"english", `<p>By Corinne Vasseur</p>` + prose, []string{"By Corinne Vasseur"}},
		{"two names with and", `<p>By Corinne Vasseur and Orla Brennan</p>` + prose, []string{"By Corinne Vasseur and Orla Brennan"}},
		{"french et", `<p>Par Claire Dubois et Marc Petit</p>` + prose, []string{"Par Claire Dubois et Marc Petit"}},
		{"german", `<p>Von Jonas Klein</p>` + prose, []string{"Von Jonas Klein"}},
		{"indonesian dan", `<p>Oleh Rina Lestari dan Agus Santoso</p>` + prose, []string{"Oleh Rina Lestari dan Agus Santoso"}},
		{"capitals under a kicker", `<p>Harbour Affairs</p><p>BY CORINNE VASSEUR</p>` + prose, []string{"BY CORINNE VASSEUR"}},
		{"after the first prose paragraph", prose + `<p>By Tomasz Wrona</p><p>More text.</p>`, nil},
		{"a sentence opening with by", `<p>By the time the ferry docked, the queue was long.</p>` + prose, nil},
		{"a photo credit", `<p>Photo by Corinne Vasseur</p>` + prose, nil},
		{"a date after the name", `<p>By Corinne Vasseur, 4 June 2024</p>` + prose, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body><article>" + c.body + "</article></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := headBylineLines(root); !slices.Equal(got, c.want) {
				t.Errorf("headBylineLines = %q, want %q", got, c.want)
			}
		})
	}
}

// TestSplitAuthorLinks: a byline that lists its writers as author links
// with only space between them keeps them apart; one writer's card with a
// second link to the same page ("All articles") is left as it is.
func TestSplitAuthorLinks(t *testing.T) {
	for _, c := range []struct {
		name, meta, want string
	}{
		{"links side by side", `<div class="byline"><a href="/author/corinne-vasseur">Corinne Vasseur</a> <a href="/author/orla-brennan">Orla Brennan</a></div>`, "Corinne Vasseur, Orla Brennan"},
		{"one list item each", `<ul class="authors"><li><a href="/authors/corinne-vasseur">Corinne Vasseur</a></li><li><a href="/authors/orla-brennan">Orla Brennan</a></li></ul>`, "Corinne Vasseur, Orla Brennan"},
		{"label before the links", `<div class="byline">By <a href="/author/a">Corinne Vasseur</a> <a href="/author/b">Orla Brennan</a> <a href="/author/c">Tomasz Wrona</a></div>`, "By Corinne Vasseur, Orla Brennan, Tomasz Wrona"},
		{"already joined", `<div class="byline">Par <a href="/auteur/a">Claire Dubois</a> et <a href="/auteur/b">Marc Petit</a></div>`, "Par Claire Dubois et Marc Petit"},
		{"one writer's card", `<div class="byline"><a href="/author/corinne-vasseur">Corinne Vasseur</a> <a href="/author/corinne-vasseur">All Articles</a></div>`, "Corinne Vasseur All Articles"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte("<html><body><article><h1>Ferry fares rise again</h1>"+c.meta+"<p>Ferry fares on the harbour route will rise by ten percent next month, the operator said on Tuesday.</p></article></body></html>"), "https://harbourtimes.example/news/1", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range p.Bylines {
				if f.Source == "byline" {
					got = append(got, f.Value)
				}
			}
			if len(got) == 0 || got[0] != c.want {
				t.Errorf("bylines %q, want first %q", got, c.want)
			}
		})
	}
}

// TestSplitAffiliation: the outlet or line a byline sets in the element
// after its writers' comes apart from the last name with a comma, as the
// page's layout parts them; a list of writers, a writer's card and a
// first-name/last-name pair are left to the other readers.
func TestSplitAffiliation(t *testing.T) {
	for _, c := range []struct {
		name, meta, want string
	}{
		{"publication after the writers", `<div class="byline-section"><div class="attribution"><span class="author">Mara Quinlan and Peter O. Dunmore</span> <span class="publication">Harbour City Leader</span></div><div class="publish-date">Published 9:14 AM EST Nov 3, 2026</div></div>`,
			"Mara Quinlan and Peter O. Dunmore, Harbour City Leader Published 9:14 AM EST Nov 3, 2026"},
		{"one writer, an agency", `<p class="byline"><span class="author-name">Tomasz Wrona</span><span class="org">Associated Press</span></p>`, "Tomasz Wrona, Associated Press"},
		{"a writer's desk", `<div class="byline"><a href="/author/orla-brennan">Orla Brennan</a><span class="desk">Metro Desk</span></div>`, "Orla Brennan, Metro Desk"},
		// Left as they are.
		{"lower-case word after", `<div class="byline"><span class="author">Orla Brennan</span> <span class="when">yesterday</span></div>`, "Orla Brennan yesterday"},
		{"label before the writer", `<div class="byline">By <span class="author">Orla Brennan</span></div>`, "By Orla Brennan"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte("<html><body><article><h1>Ferry fares rise again</h1>"+c.meta+"<p>Ferry fares on the harbour route will rise by ten percent next month, the operator said on Tuesday.</p></article></body></html>"), "https://harbourtimes.example/news/1", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range p.Bylines {
				if f.Source == "byline" {
					got = append(got, f.Value)
				}
			}
			if len(got) == 0 || got[0] != c.want {
				t.Errorf("bylines %q, want first %q", got, c.want)
			}
		})
	}
}
